"""Error analysis of attribution on a PolNeAR split (a development tool).

Usage::

    PYTHONPATH=. python benchmarks/attribution_errors.py [SPLIT_DIR] [--show WORD] [--n N]

``SPLIT_DIR`` defaults to ``../shared/data/polnear/train`` (develop on train;
only check figures on dev).  Prints, for gold relations whose cue no predicted
cue overlaps, the missed cue words by frequency (last word of the cue, lower
case), and for predicted cues no gold cue overlaps, the false positives by
lexicon entry.  It also counts, among relations whose cue was found, those whose
source or content was missed.  ``--show WORD`` prints up to ``N`` sentences
with a missed gold cue ending in WORD (``--fp WORD``: false positives of the
lexicon entry WORD; ``--src``: matched cues whose gold source was missed).
Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from mediakit.evaluate.polnear import Pieces, _trim, load_split, predict


def _overlaps(p: Pieces, q: Pieces) -> bool:
    return any(min(b, d) > max(a, c) for a, b in p for c, d in q)


def _context(text: str, pieces: Pieces, width: int = 110) -> str:
    a, b = pieces[0][0], pieces[-1][1]
    lo, hi = max(0, a - width), min(len(text), b + width)
    mark = text[lo:a] + "[[" + text[a:b] + "]]" + text[b:hi]
    return " ".join(mark.split())


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "split",
        nargs="?",
        default=str(Path(__file__).resolve().parents[1].parent / "shared/data/polnear/train"),
    )
    ap.add_argument("--show")
    ap.add_argument("--fp")
    ap.add_argument("--src", action="store_true")
    ap.add_argument("--content", action="store_true")
    ap.add_argument("--n", type=int, default=15)
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    root = Path(args.split)
    if not (root / "text").is_dir() or not (root / "attributions").is_dir():
        sys.stderr.write(f"{root}: not a PolNeAR split directory (needs text/ and attributions/)\n")
        return 2
    missed: Counter[str] = Counter()
    missed_phrase: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    fp_rule: Counter[str] = Counter()
    shown = 0
    src_missed = src_total = content_missed = 0
    src_missed_rule: Counter[str] = Counter()
    out = sys.stdout
    for art in load_split(args.split):
        text = art.text
        preds = predict(text)
        pcues = [(_trim(text, ((a.cue.start, a.cue.end),)), a) for a in preds if a.cue is not None]
        for rel in art.relations:
            if "cue" not in rel:
                continue
            g = _trim(text, rel["cue"])
            if not g:
                continue
            hit = [a for p, a in pcues if p and _overlaps(p, g)]
            words = " ".join(text[a:b] for a, b in g).lower().split()
            last = words[-1] if words else ""
            if not hit:
                missed[last] += 1
                missed_phrase[" ".join(words[-2:])] += 1
                if args.show and last == args.show.lower() and shown < args.n:
                    shown += 1
                    out.write(f"- {art.name}: {_context(text, g)}\n")
                continue
            a = hit[0]
            if "source" in rel and _trim(text, rel["source"]):
                src_total += 1
                gs = _trim(text, rel["source"])
                if a.source is None or not _overlaps(
                    _trim(text, ((a.source.start, a.source.end),)), gs
                ):
                    src_missed += 1
                    src_missed_rule[a.rule] += 1
                    if args.src and shown < args.n:
                        shown += 1
                        got = a.source.text if a.source else None
                        out.write(
                            f"- {art.name} [{a.rule}] gold src "
                            f"{' '.join(text[x:y] for x, y in gs)!r} got {got!r}: "
                            f"{_context(text, g)}\n"
                        )
            if "content" in rel and _trim(text, rel["content"]):
                gc = _trim(text, rel["content"])
                pc = tuple((s.start, s.end) for s in a.content)
                if not _overlaps(pc, gc):
                    content_missed += 1
                    if args.content and shown < args.n:
                        shown += 1
                        out.write(
                            f"- {art.name} [{a.rule}] gold content {_context(text, gc, 30)!r}\n"
                        )
        gcues = [_trim(text, r["cue"]) for r in art.relations if "cue" in r]
        for p, a in pcues:
            if p and not any(g and _overlaps(p, g) for g in gcues):
                fps[a.cue_lemma or ""] += 1
                fp_rule[a.rule] += 1
                if args.fp and a.cue_lemma == args.fp and shown < args.n:
                    shown += 1
                    out.write(f"- FP {art.name} [{a.rule}]: {_context(text, p)}\n")
    if args.show or args.fp or args.src or args.content:
        return 0
    out.write(f"missed gold cues: {sum(missed.values())}\n")
    out.write(", ".join(f"{w} {n}" for w, n in missed.most_common(args.top)) + "\n\n")
    out.write("missed (last two words): ")
    out.write(", ".join(f"{w} {n}" for w, n in missed_phrase.most_common(args.top)) + "\n\n")
    out.write(f"false-positive cues: {sum(fps.values())}\n")
    out.write(", ".join(f"{w} {n}" for w, n in fps.most_common(args.top)) + "\n")
    out.write(", ".join(f"{w} {n}" for w, n in fp_rule.most_common()) + "\n\n")
    out.write(f"cue found, source missed: {src_missed} of {src_total}; by rule: ")
    out.write(", ".join(f"{w} {n}" for w, n in src_missed_rule.most_common()) + "\n")
    out.write(f"cue found, content missed: {content_missed}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

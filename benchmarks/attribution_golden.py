"""Golden-output check for ``find_attributions``: every field of every attribution.

Usage::

    PYTHONPATH=. python benchmarks/attribution_golden.py save   # baseline, before a change
    PYTHONPATH=. python benchmarks/attribution_golden.py check  # after it: identical?

Runs ``find_attributions`` on every PolNeAR train+dev text
(``../shared/data/polnear/{train,dev}/text/*.txt``) and every Wikinews text
(``../shared/data/wikinews/*.csv``, column ``text``; prerequisites as
``mediakit.analyze`` makes them) and writes one JSON line per article with
every field of every :class:`Attribution` and its ``explanation``.  Outputs go
to ``/tmp`` (never into the repository; ``--dir``, else ``$MEDIAKIT_GOLDEN_DIR``,
else ``/tmp/mediakit_attribution_golden``): ``save`` writes the baseline and also
pickles the inputs (text, paragraphs, sentences, quotes, boilerplate), so that
``check`` runs the attribution on exactly the same inputs even when other
modules (paragraphs, sentences, quotes) change meanwhile; ``check --fresh``
recomputes the inputs instead.  Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import mediakit
from mediakit._attribution import Attribution, find_attributions
from mediakit._parse import Article, parse
from mediakit._pipeline import boilerplate_layer
from mediakit._quotes import find_quotes
from mediakit._text import Metadata

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OUT = Path(os.environ.get("MEDIAKIT_GOLDEN_DIR", "/tmp/mediakit_attribution_golden"))


#: PolNeAR texts are read whole, as the evaluation reads them (no metadata prefix).
_NO_METADATA = Metadata(title=None, date=None, path=None, body_start=0)


def _inputs() -> list[tuple[str, tuple[Any, ...]]]:
    """(article id, (text, paragraphs, sentences, quotes, boilerplate)) for every text."""
    out: list[tuple[str, tuple[Any, ...]]] = []
    for split in ("train", "dev"):
        for p in sorted((DATA / "polnear" / split / "text").glob("*.txt")):
            with open(p, encoding="utf-8", newline="") as fh:
                t = fh.read()
            art = parse(t, _NO_METADATA)
            quotes = find_quotes(t, list(art.paragraphs), list(art.sentences))
            out.append(
                (
                    f"polnear/{split}/{p.name}",
                    (t, art.paragraphs, art.sentences, quotes, boilerplate_layer(art)),
                )
            )
    csv.field_size_limit(1 << 30)
    for f in sorted((DATA / "wikinews").glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                t = row["text"]
                if not t.strip():
                    continue
                a = mediakit.analyze(t)
                out.append(
                    (
                        f"wikinews/{f.name}#{i}",
                        (a.text, a.paragraphs, a.sentences, a.quotes, a.boilerplate),
                    )
                )
    return out


def _span(s: Any) -> Any:
    return None if s is None else [s.start, s.end, s.text]


def _record(a: Attribution) -> dict[str, Any]:
    return {
        "source": _span(a.source),
        "cue": _span(a.cue),
        "content": [_span(s) for s in a.content],
        "kind": a.kind,
        "cue_kind": a.cue_kind,
        "cue_lemma": a.cue_lemma,
        "sentence": a.sentence,
        "source_name": a.source_name,
        "source_type": a.source_type,
        "source_type_rule": a.source_type_rule,
        "rule": a.rule,
        "quotes": list(a.quotes),
        "in_boilerplate": a.in_boilerplate,
        "source_resolved_from": a.source_resolved_from,
        "explanation": a.explanation,
    }


def _run(inputs: list[tuple[str, tuple[Any, ...]]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for name, args in inputs:
            text, paragraphs, sentences, quotes, boilerplate = args
            art = Article(text, _NO_METADATA, tuple(paragraphs), tuple(sentences))
            recs = [_record(a) for a in find_attributions(art, quotes, boilerplate)]
            n += len(recs)
            fh.write(json.dumps({"article": name, "attributions": recs}, ensure_ascii=False))
            fh.write("\n")
    return n


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument(
        "--fresh",
        action="store_true",
        help="check: recompute the inputs instead of using the saved ones",
    )
    ap.add_argument(
        "--dir",
        type=Path,
        default=OUT,
        help=f"where the baseline and inputs are kept (default {OUT})",
    )
    args = ap.parse_args(argv)
    out: Path = args.dir
    out.mkdir(exist_ok=True)
    base, pick, now = out / "baseline.jsonl", out / "inputs.pickle", out / "current.jsonl"
    if args.mode == "save":
        inputs = _inputs()
        with pick.open("wb") as fh:
            pickle.dump(inputs, fh)
        n = _run(inputs, base)
        sys.stdout.write(f"saved {len(inputs)} articles, {n} attributions to {base}\n")
        return 0
    if args.fresh:
        inputs = _inputs()
    else:
        with pick.open("rb") as fh:
            inputs = pickle.load(fh)
    n = _run(inputs, now)
    old = base.read_text(encoding="utf-8").splitlines()
    new = now.read_text(encoding="utf-8").splitlines()
    diff = [k for k, (x, y) in enumerate(zip(old, new, strict=False)) if x != y]
    if len(old) != len(new) or diff:
        sys.stdout.write(
            f"DIFFERENT: {len(diff)} of {len(old)} articles differ "
            f"({len(new)} now); first: {[inputs[k][0] for k in diff[:10]]}\n"
        )
        return 1
    sys.stdout.write(f"identical: {len(new)} articles, {n} attributions\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Would a learned cue scorer close the PolNeAR recall gap?  An experiment, not shipped.

Usage::

    python benchmarks/cue_scorer_experiment.py [--polnear ../shared/data/polnear]

Issue 10 allows a learned component.  This script measures what the simplest one
worth shipping would add: a logistic regression over explainable features (the
word, its last three letters, the words around it, the punctuation beside it,
capitals), trained on PolNeAR *train* only, that accepts as a cue a word the rules
left free (in no span of any attribution).  Candidates are the word forms that are
part of a gold cue at least 3 times in train in such free text, at least 5 % of
their uses there, and not function words.  It prints, on PolNeAR *dev*: how many
gold cues the rules miss, how many candidates each threshold accepts and how many of
those lie in a gold cue, and the overlap figures for the cue role if they were added.

Deterministic (fixed seed); pure Python, about half a minute.  Nothing is written.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from mediakit.evaluate.polnear import load_split, predict

_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_FUNCTION = frozenset(
    """to of a an the in on for with at by from as and or but not no is are was were be
    been has have had it its his her their they he she we i you that this these those
    there here about into over out up also would will could can may might must should
    did does do so if than then just more most only very even still all any some one
    two three new last first said says say""".split()
)

Token = tuple[int, int, str]
Doc = tuple[
    str, bytearray, bytearray, list[Token], list[tuple[tuple[int, int], ...]], list[tuple[int, int]]
]


def _docs(split: Path) -> list[Doc]:
    """Per article: text, characters the rules used, characters in a gold cue, words,
    gold cues and predicted cues."""
    out: list[Doc] = []
    for art in load_split(split):
        text = art.text
        used = bytearray(len(text) + 1)
        pcues: list[tuple[int, int]] = []
        for a in predict(text):
            for s in (a.source, a.cue, *a.content):
                if s is not None:
                    used[s.start : s.end] = b"\x01" * (s.end - s.start)
            if a.cue is not None:
                pcues.append((a.cue.start, a.cue.end))
        gold = bytearray(len(text) + 1)
        gcues = []
        for rel in art.relations:
            if "cue" in rel:
                gcues.append(rel["cue"])
                for x, y in rel["cue"]:
                    gold[x:y] = b"\x01" * (y - x)
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        out.append((text, used, gold, words, gcues, pcues))
    return out


def _features(text: str, words: list[Token], i: int) -> list[str]:
    w = words[i][2].lower()
    prev = words[i - 1][2].lower() if i else "<s>"
    nxt = words[i + 1][2].lower() if i + 1 < len(words) else "</s>"
    nxt2 = words[i + 2][2].lower() if i + 2 < len(words) else "</s>"
    after = text[words[i][1] : words[i + 1][0]].strip()[:2] if i + 1 < len(words) else ""
    before = text[words[i - 1][1] : words[i][0]].strip()[-2:] if i else ""
    return [
        "bias",
        "w=" + w,
        "suffix=" + w[-3:],
        "prev=" + prev,
        "next=" + nxt,
        "w+next=" + w + "|" + nxt,
        "prev+w=" + prev + "|" + w,
        "next2=" + nxt2,
        "punct_after=" + after,
        "punct_before=" + before,
        f"prev_cap={bool(i) and words[i - 1][2][:1].isupper()}",
        f"cap={words[i][2][:1].isupper()}",
    ]


def _candidates(docs: list[Doc], vocab: set[str]) -> Iterator[tuple[int, int, list[str], int]]:
    for d, (text, used, gold, words, _g, _p) in enumerate(docs):
        for i, (a, _b, w) in enumerate(words):
            if w.lower() in vocab and not used[a]:
                yield d, a, _features(text, words, i), gold[a]


def _p(weights: dict[str, float], feats: list[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _train(rows: list[tuple[int, int, list[str], int]]) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    rng = random.Random(10)
    rate, l2 = 0.1, 1e-5
    for _epoch in range(8):
        rng.shuffle(rows)
        for _d, _a, feats, y in rows:
            g = _p(weights, feats) - y
            for f in feats:
                weights[f] -= rate * (g + l2 * weights[f])
        rate *= 0.7
    return weights


def _overlaps(a: int, b: int, pieces: tuple[tuple[int, int], ...]) -> bool:
    return any(min(b, y) > max(a, x) for x, y in pieces)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--polnear", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/polnear"
    )
    args = ap.parse_args(argv)
    if not (args.polnear / "train" / "text").is_dir():
        sys.stderr.write(f"{args.polnear}: PolNeAR not found (needs train/ and dev/)\n")
        return 2
    train, dev = _docs(args.polnear / "train"), _docs(args.polnear / "dev")
    in_cue: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for _t, used, gold, words, _g, _p2 in train:
        for a, _b, w in words:
            uses[w.lower()] += 1
            if gold[a] and not used[a]:
                in_cue[w.lower()] += 1
    vocab = {w for w, c in in_cue.items() if c >= 3 and w not in _FUNCTION and c / uses[w] >= 0.05}
    rows = list(_candidates(train, vocab))
    print(
        f"candidate forms: {len(vocab)}; train candidates {len(rows)}, "
        f"in a gold cue {sum(r[3] for r in rows)}"
    )
    weights = _train(rows)
    cands = [(d, a, _p(weights, f), y) for d, a, f, y in _candidates(dev, vocab)]
    n_gold = sum(len(doc[4]) for doc in dev)
    missed = sum(1 for doc in dev for g in doc[4] if not any(_overlaps(a, b, g) for a, b in doc[5]))
    n_pred = sum(len(doc[5]) for doc in dev)
    hit_pred = sum(1 for doc in dev for a, b in doc[5] if any(_overlaps(a, b, g) for g in doc[4]))
    hit_gold = n_gold - missed
    print(
        f"PolNeAR dev: {n_gold} gold cues; the rules' cues overlap {hit_gold} (missed {missed}); "
        f"{n_pred} predicted, {hit_pred} overlapping a gold cue"
    )
    f1 = 2 * (hit_pred / n_pred) * (hit_gold / n_gold) / (hit_pred / n_pred + hit_gold / n_gold)
    print(
        f"rules alone: cue overlap P {hit_pred / n_pred:.3f} R {hit_gold / n_gold:.3f} F1 {f1:.3f}"
    )
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        acc = [(d, a, y) for d, a, p, y in cands if p >= th]
        true = sum(y for _d, _a, y in acc)
        found = sum(
            1
            for d, doc in enumerate(dev)
            for g in doc[4]
            if not any(_overlaps(a, b, g) for a, b in doc[5])
            and any(dd == d and _overlaps(a, a + 1, g) for dd, a, _y in acc)
        )
        p = (hit_pred + true) / (n_pred + len(acc))
        r = (hit_gold + found) / n_gold
        print(
            f"threshold {th}: accepts {len(acc)}, {true} in a gold cue "
            f"(precision {true / max(1, len(acc)):.2f}); missed gold cues found {found}; "
            f"with them cue overlap P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Sentence-level hedge detection on mediakit's hand-labelled dev set (issue 15).

``devset/hedges_news.tsv`` holds Wikinews sentences labelled by hand for epistemic
uncertainty (hedged yes/no).  A sentence counts as found hedged when mediakit finds at
least one marker of kind ``hedge`` in it (approximators and boosters do not count).
Prints precision, recall and F1, and with ``--errors`` every sentence it gets wrong.

    python benchmarks/hedge_eval.py                      # this checkout's mediakit
    python benchmarks/hedge_eval.py --code /work/main    # another checkout's mediakit
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _read(path: Path) -> list[tuple[str, bool, str]]:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["hedged"] not in ("yes", "no"):
            raise SystemExit(f"{path}: id {row['id']}: hedged must be yes or no")
        out.append((row["id"], row["hedged"] == "yes", row["sentence"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", default=str(ROOT), help="import mediakit from this directory")
    ap.add_argument("--devset", default=str(ROOT / "devset" / "hedges_news.tsv"))
    ap.add_argument("--errors", action="store_true", help="print every sentence it gets wrong")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.code).resolve()))
    from mediakit._hedging import find_markers

    tp = fp = fn = tn = 0
    wrong: list[str] = []
    for sid, gold, sentence in _read(Path(args.devset)):
        hedges = [m.text for m in find_markers(sentence) if m.kind == "hedge"]
        found = bool(hedges)
        tp += gold and found
        fp += found and not gold
        fn += gold and not found
        tn += not gold and not found
        if found != gold:
            what = "FP" if found else "FN"
            wrong.append(f"{what} {sid}: {hedges} {sentence}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    import mediakit

    print(f"mediakit from {Path(mediakit.__file__).parent.parent}")
    print(f"{tp + fp + fn + tn} sentences, {tp + fn} hedged by hand")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn}, tn {tn})")
    if args.errors:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()

"""Third held-out check of who the sources are (issue 13), on twelve PolNeAR articles.

Usage:
    python benchmarks/people_gold_3.py             # add --show for every miss and disagreement
    python benchmarks/people_gold_3.py --polnear DIR  # another copy of PolNeAR

Gold: devset/people_gold_3.tsv (named people) and devset/kinds_gold_3.tsv (the sources
quoted or paraphrased, with their kinds) of every 70th article of PolNeAR's train split
(US political news of 7 publishers, 2015-16), annotated before mediakit was run on them.
The key is the file name without ``.txt``; the text is read from
``../shared/data/polnear/train/text/KEY.txt`` (newline translation off). The texts belong
to their publishers and are not in the project: without them the script says so and
exits 0.

Prints the same figures as benchmarks/people_gold_2.py, with its scoring (imported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_gold_2 import run
from sources_gold import ROOT, load

import mediakit

POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--polnear", type=Path, default=POLNEAR)
    ap.add_argument("--devset", type=Path, default=ROOT / "devset")
    ap.add_argument("--show", action="store_true", help="list every miss and disagreement")
    args = ap.parse_args(argv)
    people, kinds = args.devset / "people_gold_3.tsv", args.devset / "kinds_gold_3.tsv"
    texts = args.polnear / "train" / "text"
    missing = sorted({row[0] for row in load(people) if not (texts / f"{row[0]}.txt").is_file()})
    if missing:
        print(
            f"skipped: the PolNeAR texts are not at {texts} ({len(missing)} of the annotated "
            "articles missing; they are not in the project: pass --polnear DIR)"
        )
        return 0
    cache: dict[str, mediakit.Analysis] = {}

    def analysis(key: str) -> mediakit.Analysis:
        if key not in cache:
            text = (texts / f"{key}.txt").read_bytes().decode("utf-8")
            cache[key] = mediakit.analyze(text)
        return cache[key]

    run(people, kinds, analysis, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

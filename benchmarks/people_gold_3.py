"""Held-out checks of who the sources are (issue 13) on texts outside the project.

Usage:
    python benchmarks/people_gold_3.py             # add --show for every miss and disagreement
    python benchmarks/people_gold_3.py --polnear DIR  # another copy of PolNeAR
    python benchmarks/people_gold_3.py --people devset/people_gold_4.tsv --kinds none
                                                   # another gold file (people_gold_4.py)

Gold (default): devset/people_gold_3.tsv (named people) and devset/kinds_gold_3.tsv (the
sources quoted or paraphrased, with their kinds) of every 70th article of PolNeAR's train
split (US political news of 7 publishers, 2015-16), annotated before mediakit was run on
them. A key is either a PolNeAR file name without ``.txt``, read from
``../shared/data/polnear/{train,dev}/text/KEY.txt`` (newline translation off), or
``wn2019_row_N`` / ``wn2020_row_N``, row N (0-based, CSV order) of
``../shared/data/wikinews/wikinews_YEAR.csv`` (its ``text`` column). The PolNeAR texts
belong to their publishers and are not in the project: without them the script says so
and exits 0.

Prints the same figures as benchmarks/people_gold_2.py, with its scoring (imported).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_gold_2 import run
from sources_gold import ROOT, load

import mediakit

POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews"


class Texts:
    """The text of a gold file's key: a PolNeAR file (train, then dev) or a Wikinews row."""

    def __init__(self, polnear: Path, wikinews: Path) -> None:
        self.polnear, self.wikinews = polnear, wikinews
        self._csv: dict[str, list[dict[str, str]]] = {}

    def _polnear(self, key: str) -> Path | None:
        for split in ("train", "dev"):
            path = self.polnear / split / "text" / f"{key}.txt"
            if path.is_file():
                return path
        return None

    def _row(self, key: str) -> str | None:
        year, _, row = key[2:].partition("_row_")
        path = self.wikinews / f"wikinews_{year}.csv"
        if year not in self._csv:
            if not path.is_file():
                return None
            with path.open(encoding="utf-8", newline="") as f:
                self._csv[year] = list(csv.DictReader(f))
        return self._csv[year][int(row)]["text"]

    def get(self, key: str) -> str | None:
        if key.startswith("wn") and "_row_" in key:
            return self._row(key)
        path = self._polnear(key)
        return path.read_bytes().decode("utf-8") if path else None


def main(argv: list[str] | None = None, people: str = "people_gold_3.tsv") -> int:
    kinds_default = people.replace("people_", "kinds_")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--polnear", type=Path, default=POLNEAR)
    ap.add_argument("--wikinews", type=Path, default=WIKINEWS)
    ap.add_argument("--devset", type=Path, default=ROOT / "devset")
    ap.add_argument("--people", type=Path, help=f"people gold file (devset/{people})")
    ap.add_argument("--kinds", help=f"kinds gold file (devset/{kinds_default}); 'none': no kinds")
    ap.add_argument("--show", action="store_true", help="list every miss and disagreement")
    args = ap.parse_args(argv)
    people_path = args.people or args.devset / people
    kinds_path = None if args.kinds == "none" else Path(args.kinds or args.devset / kinds_default)
    if kinds_path is not None and not kinds_path.is_file():
        kinds_path = None
    texts = Texts(args.polnear, args.wikinews)
    keys = sorted({row[0] for row in load(people_path)})
    missing = [k for k in keys if texts.get(k) is None]
    if missing:
        print(
            f"skipped: the PolNeAR texts are not at {args.polnear} or the Wikinews CSVs not at "
            f"{args.wikinews} ({len(missing)} of the annotated articles missing; they are not "
            "in the project: pass --polnear DIR, --wikinews DIR)"
        )
        return 0
    cache: dict[str, mediakit.Analysis] = {}

    def analysis(key: str) -> mediakit.Analysis:
        if key not in cache:
            cache[key] = mediakit.analyze(texts.get(key) or "")
        return cache[key]

    run(people_path, kinds_path, analysis, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

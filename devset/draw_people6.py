"""Draw the twelve articles of the sixth held-out check (issue 13), by a rule fixed before
mediakit was run on them; prints the keys. Reads ../shared/data/polnear/train/text/.

Rule: the train files not used by an earlier gold file (people_gold_3/4/5.tsv, kinds_gold_*),
with 300-1000 words (whitespace tokens), per publisher in sorted (byte) order; three
scores from the text alone:
  W ("many women"): she/her/hers/herself/Mrs./Ms./woman/women per 100 words, highest;
  C ("crime/court"): count of court, judge, jury, trial, police, prosecutor(s), arrested,
    charged, indicted, lawsuit, sentenced, convicted, murder, shooting, crime, highest;
  F ("long feature / op-ed"): the most words.
Picks (the publishers used three times so far get two, Politico and West Journal, used
five and four times, one): breitbart W C, huff-post W F, nyt W C, usa-today W F,
wash-post W C, politico F, west-journal C. Ties go to the first in sorted order; a file
already picked is passed over for the next best.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
WOMEN = re.compile(r"\b(?:she|her|hers|herself|Mrs\.|Ms\.|woman|women)\b", re.I)
COURT = re.compile(
    r"\b(?:court|judge|jury|trial|police|prosecutors?|arrested|charged|indicted|lawsuit|"
    r"sentenced|convicted|murder|shooting|crime)\b",
    re.I,
)
PICKS = {
    "breitbart": "WC",
    "huff-post": "WF",
    "nyt": "WC",
    "usa-today": "WF",
    "wash-post": "WC",
    "politico": "F",
    "west-journal": "C",
}


def used() -> set[str]:
    keys: set[str] = set()
    for path in (ROOT / "devset").glob("*_gold*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                keys.add(line.split("\t", 1)[0])
    return keys


def main() -> None:
    done = used()
    for pub, kinds in PICKS.items():
        pool = []
        for path in sorted(TEXT.glob(f"{pub}_*.txt")):
            key = path.stem
            text = path.read_bytes().decode("utf-8")
            words = len(text.split())
            if key in done or not 300 <= words <= 1000:
                continue
            w = 100 * len(WOMEN.findall(text)) / words
            c = len(COURT.findall(text))
            pool.append((key, words, w, c))
        taken: list[str] = []
        for kind in kinds:
            col = {"W": 2, "C": 3, "F": 1}[kind]
            best = max((p for p in pool if p[0] not in taken), key=lambda p: p[col])
            taken.append(best[0])
            print(f"{kind}\t{best[0]}\twords={best[1]}\tW={best[2]:.2f}\tC={best[3]}")


if __name__ == "__main__":
    main()

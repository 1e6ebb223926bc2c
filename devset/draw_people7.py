"""Draw the twelve articles of the seventh held-out check (issue 13), by a rule fixed before
any article was read and before mediakit was run on them; prints the keys. Reads
../shared/data/polnear/train/text/.

The set stresses pronoun resolution (where the gender errors left come from): articles
dense in third-person pronouns among several named people, and articles that name people
by a role after the article ("the senator", "the woman").

Rule: the train files used by no earlier file of devset/ (the first column of every
*_gold*.tsv: people_gold_3..6, kinds_gold_*, ...; the `article` column of every
newsroom_polnear*.tsv), with 300-1000 words (whitespace tokens), per publisher in sorted
(byte) order; two scores from the text alone (the whole file, headline included):
  P ("pronouns"): the words he/him/his/she/her (any case) per 100 words, highest, among the
    files with at least two different "full names": two capitalised words in a row
    ([A-Z][a-z]+ [A-Z][a-z]+, one space between, the first not a capitalised function
    word of FUNCTION), e.g. "Hillary Clinton" and "Bernie Sanders";
  N ("unnamed person nouns"): "the" (any case) + a person or role noun of ROLES (the
    justice, the general, the woman, the senator, ...) per 100 words, highest (no name
    condition).
Picks: every publisher gets P; the five publishers used four times by the earlier checks
(breitbart, huff-post, nyt, usa-today, wash-post) also get N; Politico and West Journal
(used five times each) get P only: 7 + 5 = 12. Ties go to the first in sorted order; a
file already picked is passed over for the next best.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
PRONOUN = re.compile(r"\b(?:he|him|his|she|her)\b", re.I)
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z]+\b")
FUNCTION = frozenset(
    "The A An And But Or If In On At Of For To By With From As This That These Those It "
    "He She His Her Him They Their We Our You Your I My When While After Before Since "
    "So Yet Not No Yes Mr Mrs Ms Dr Sen Rep Gov".split()
)
ROLES = (
    "man men woman women boy girl senator senators congressman congresswoman lawmaker "
    "governor mayor justice justices judge general president candidate nominee secretary "
    "speaker chairman chairwoman spokesman spokeswoman official aide father mother son "
    "daughter husband wife brother sister businessman billionaire actor actress officer "
    "victim suspect gunman shooter defendant reporter host anchor attorney lawyer "
    "prosecutor sheriff pastor priest pope king queen prince princess"
).split()
ROLE = re.compile(r"\bthe (?:" + "|".join(ROLES) + r")\b", re.I)
PICKS = {
    "breitbart": "PN",
    "huff-post": "PN",
    "nyt": "PN",
    "usa-today": "PN",
    "wash-post": "PN",
    "politico": "P",
    "west-journal": "P",
}


def used() -> set[str]:
    """Keys of every earlier gold file and PolNeAR sentence file of devset/."""
    keys: set[str] = set()
    devset = ROOT / "devset"
    for path in devset.glob("*_gold*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                keys.add(line.split("\t", 1)[0])
    for path in devset.glob("newsroom_polnear*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line and not line.startswith("#") and len(cols) > 1:
                keys.add(cols[1])
    return keys


def names(text: str) -> set[str]:
    """The different two-capitalised-word strings whose first word is no function word."""
    return {m.group(0) for m in FULL_NAME.finditer(text) if m.group(1) not in FUNCTION}


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
            p = 100 * len(PRONOUN.findall(text)) / words
            n = 100 * len(ROLE.findall(text)) / words
            pool.append((key, words, p, n, len(names(text))))
        taken: list[str] = []
        for kind in kinds:
            cands = [c for c in pool if c[0] not in taken and (kind == "N" or c[4] >= 2)]
            col = {"P": 2, "N": 3}[kind]
            best = max(cands, key=lambda c: c[col])
            taken.append(best[0])
            print(
                f"{kind}\t{best[0]}\twords={best[1]}\tP={best[2]:.2f}\tN={best[3]:.2f}"
                f"\tnames={best[4]}\tpool={len(pool)}"
            )


if __name__ == "__main__":
    main()

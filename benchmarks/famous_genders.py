"""Genders mediakit gives to well-known people across PolNeAR's 924 articles: a check of
precision on text nobody annotated.

Usage: python benchmarks/famous_genders.py

mediakit never uses outside knowledge to give a gender (docs/sources.md); this script
does, only to check it: for 27 public figures of the 2016 US campaign whose gender is
public knowledge, it counts the articles where mediakit gives them a gender, how many
are right, and lists every wrong one with its rule and evidence.  Reads
``../shared/data/polnear/*/text/*.txt`` (not bundled); skips when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import mediakit

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
KNOWN = {
    **dict.fromkeys(
        """Donald Trump, Barack Obama, Bernie Sanders, Ted Cruz, Marco Rubio, Jeb Bush,
        Mike Pence, Tim Kaine, Ben Carson, John Kasich, Chris Christie, Paul Ryan,
        Mitch McConnell, Bill Clinton, Joe Biden, Rand Paul""".replace("\n", " ").split(", "),
        "male",
    ),
    **dict.fromkeys(
        """Hillary Clinton, Carly Fiorina, Melania Trump, Ivanka Trump, Elizabeth Warren,
        Nancy Pelosi, Megyn Kelly, Huma Abedin, Debbie Wasserman Schultz, Kellyanne Conway,
        Michelle Obama""".replace("\n", " ").split(", "),
        "female",
    ),
}
KNOWN = {k.strip(): v for k, v in KNOWN.items()}


def main() -> int:
    files = sorted(POLNEAR.glob("*/text/*.txt"))
    if not files:
        print(f"skipped: no PolNeAR texts in {POLNEAR}")
        return 0
    right, wrong = 0, []
    for f in files:
        for p in mediakit.analyze(f).people:
            truth = KNOWN.get(p.name)
            if truth is None or p.gender == "unknown":
                continue
            if p.gender == truth:
                right += 1
            else:
                ev = p.gender_evidence
                wrong.append((f.name, p.name, p.gender, p.gender_rule, ev and ev.text))
    n = right + len(wrong)
    print(f"{len(files)} articles; a gender given to one of {len(KNOWN)} public figures: {n}")
    print(f"right: {right} / {n} = {right / max(n, 1):.1%}; wrong: {len(wrong)}")
    for w in wrong:
        print("  wrong: " + " | ".join(map(str, w)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

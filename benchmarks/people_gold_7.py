"""Seventh held-out check of who the sources are (issue 13): named people and the sources'
kinds of twelve PolNeAR train articles over all seven publishers, drawn by a rule that
stresses pronoun resolution (the most he/him/his/she/her per 100 words among articles
naming several people, and the most unnamed person nouns such as "the senator";
devset/draw_people7.py) (devset/people_gold_7.tsv, devset/kinds_gold_7.tsv), annotated
before mediakit was run on them.

Usage:
    python benchmarks/people_gold_7.py     # add --show for every miss and disagreement

The texts are read as benchmarks/people_gold_3.py reads them (same options); they are not
in the project (they belong to their publishers), so without ../shared/data/polnear the
script says so and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_gold_3 import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], people="people_gold_7.tsv"))

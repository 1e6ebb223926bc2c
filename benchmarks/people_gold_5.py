"""Fifth held-out check of who the sources are (issue 13): named people and the sources'
kinds of six PolNeAR train articles of the publishers least used so far (Politico, West
Journal) and six Wikinews 2019 articles with women, titles or many people
(devset/people_gold_5.tsv, devset/kinds_gold_5.tsv), annotated before mediakit was run
on them.

Usage:
    python benchmarks/people_gold_5.py     # add --show for every miss and disagreement

The texts are read as benchmarks/people_gold_3.py reads them (same options); the script
says so and exits 0 when they are absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_gold_3 import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], people="people_gold_5.tsv"))

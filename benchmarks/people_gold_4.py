"""Fourth held-out check of who the sources are (issue 13): named people of six PolNeAR
dev articles and six Wikinews 2019 articles with names from outside the English-speaking
world (devset/people_gold_4.tsv; no kinds file), annotated before mediakit was run on them.

Usage:
    python benchmarks/people_gold_4.py     # add --show for every miss and disagreement

The texts are read as benchmarks/people_gold_3.py reads them (same options); the script
says so and exits 0 when they are absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_gold_3 import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], people="people_gold_4.tsv"))

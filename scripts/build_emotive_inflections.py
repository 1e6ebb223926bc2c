"""Write ``mediakit/data/emotive/inflections.tsv`` from VADER's lexicon and mediakit's
supplement (see ``mediakit._emotive._lexicon.inflection_table``).

    PYTHONPATH=. python scripts/build_emotive_inflections.py
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from mediakit._emotive._lexicon import inflection_table

OUT = Path(__file__).resolve().parents[1] / "mediakit" / "data" / "emotive" / "inflections.tsv"


def main() -> None:
    OUT.write_text(inflection_table(importlib.metadata.version("vaderSentiment")), "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

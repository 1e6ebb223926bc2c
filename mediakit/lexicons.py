"""mediakit's word lists and rule tables, through one loader.

Every list is a data file in ``mediakit/data/`` that opens with a comment block
saying where it comes from (its provenance); lines starting with ``#`` are comments,
the others are entries, fields separated by tabs.

>>> import mediakit.lexicons as lx
>>> lx.names()                       # what exists
>>> lx.rows("cues")[:2]              # the entries, each a list of its fields
>>> print(lx.provenance("hedges"))   # where a list comes from
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["names", "provenance", "read", "rows"]

#: Each lexicon's file under ``mediakit/data/``.
_FILES = {
    "abbreviations": "abbreviations.txt",
    "approximators": "approximators.tsv",
    "boilerplate": "boilerplate.tsv",
    "boosters": "boosters.tsv",
    "cmu_syllables": "cmu_syllables.tsv",
    "cue_senses": "cue_senses.tsv",
    "cues": "cues.tsv",
    "emotive_inflections": "emotive/inflections.tsv",
    "emotive_senses": "emotive/senses.tsv",
    "emotive_supplement": "emotive/supplement.tsv",
    "gender_evidence": "gender_evidence.tsv",
    "given_names": "given_names.tsv",
    "hyphenation": "hyphenation_en_US.tsv",
    "hedges": "hedges.tsv",
    "marked_terms": "marked_terms.tsv",
    "source_types": "source_types.tsv",
    "vader_rules": "emotive/vader_rules.json",
}


def names() -> list[str]:
    """The names of mediakit's lexicons, sorted."""
    return sorted(_FILES)


@cache
def read(name: str) -> str:
    """The text of lexicon ``name`` (see :func:`names`), as shipped."""
    try:
        path = _FILES[name]
    except KeyError:
        raise ValueError(f"no lexicon {name!r}; the lexicons are: {', '.join(names())}") from None
    return files("mediakit").joinpath("data").joinpath(path).read_text(encoding="utf-8")


def rows(name: str) -> list[list[str]]:
    """The entries of lexicon ``name``: each non-blank line that is not a ``#`` comment,
    split at tabs (one field for a plain list)."""
    return [
        line.split("\t")
        for line in read(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]


def provenance(name: str) -> str:
    """The comment block that opens lexicon ``name``: where it comes from and how it is
    read (for ``vader_rules``, its ``PROVENANCE.md``)."""
    if name == "vader_rules":
        return files("mediakit").joinpath("data/emotive/PROVENANCE.md").read_text("utf-8")
    lines = []
    for line in read(name).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return "\n".join(lines).strip()

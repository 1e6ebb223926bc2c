"""mediakit's word lists and rule tables, through one loader.

Every list is a data file in ``mediakit/data/`` that opens with a comment block
saying where it comes from (its provenance); lines starting with ``#`` are comments,
the others are entries, fields separated by tabs.

>>> import mediakit.lexicons as lx
>>> lx.names()                       # what exists
>>> lx.rows("cues")[:2]              # the entries, each a list of its fields
>>> print(lx.provenance("hedges"))   # where a list comes from

A user's own lists (a newsroom's cue verbs, a domain's source-type rules) are used
beside mediakit's, without editing the package:
``mediakit.analyze(text, lexicons={"cues": "newsroom_cues.tsv"})`` or
``mediakit analyze --lexicon cues=newsroom_cues.tsv``; :func:`user_lists` reads and
checks them (same format as the shipped file; their entries win over mediakit's).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

__all__ = [
    "NO_USER_LISTS",
    "LexiconError",
    "UserLists",
    "lower_case_pattern",
    "names",
    "provenance",
    "read",
    "rows",
    "user_lists",
]

#: Each lexicon's file under ``mediakit/data/``.
_FILES = {
    "abbreviations": "abbreviations.txt",
    "approximators": "approximators.tsv",
    "boilerplate": "boilerplate.tsv",
    "boosters": "boosters.tsv",
    "cmu_syllables": "cmu_syllables.tsv",
    "cue_senses": "cue_senses.tsv",
    "cues": "cues.tsv",
    "emotive_compounds": "emotive/compounds.tsv",
    "emotive_emphatics": "emotive/emphatics.tsv",
    "emotive_inflections": "emotive/inflections.tsv",
    "emotive_loaded_phrases": "emotive/loaded_phrases.tsv",
    "emotive_senses": "emotive/senses.tsv",
    "emotive_supplement": "emotive/supplement.tsv",
    "family_names_first": "family_names_first.tsv",
    "gender_evidence": "gender_evidence.tsv",
    "given_names": "given_names.tsv",
    "hyphenation": "hyphenation_en_US.tsv",
    "hedges": "hedges.tsv",
    "marked_terms": "marked_terms.tsv",
    "person_nouns": "person_nouns.tsv",
    "person_roles": "person_roles.tsv",
    "sentence_openers": "sentence_openers.txt",
    "source_types": "source_types.tsv",
    "stance_cues": "stance_cues.tsv",
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


class LexiconError(ValueError):
    """A user's list that mediakit cannot use (the message is one line: file, line, why)."""


Row = tuple[str, ...]
#: The rows of one user list.
Rows = tuple[Row, ...]

#: The cue kinds of ``cues.tsv`` (its header says what each means).
CUE_KINDS = frozenset({"speech", "stance", "cognition", "according_to", "evidence", "passive"})


@dataclass(frozen=True, slots=True)
class UserLists:
    """A user's own lists, read and checked by :func:`user_lists`: entries in the format
    of the shipped file of the same name, used before mediakit's own (so they win)."""

    #: rows of ``cues.tsv``: lemma, kind, strict (0 or 1), forms (``|`` between them)
    cues: tuple[Row, ...] = ()
    #: rows of ``source_types.tsv``: type, rule name, flags (i or c), regular expression
    source_types: tuple[Row, ...] = ()
    #: ``(name, path)`` of each list as given
    paths: tuple[tuple[str, str], ...] = ()


#: No user lists: mediakit's own only (the default everywhere).
NO_USER_LISTS = UserLists()

#: The lists a user can add to.
USER_LISTS = ("cues", "source_types")


def user_lists(lists: Mapping[str, str | os.PathLike[str]] | UserLists | None) -> UserLists:
    """The user's lists ``{name: path}`` (``name`` one of ``cues``, ``source_types``),
    read as UTF-8 and checked line by line; raises :class:`LexiconError` (one line)."""
    if lists is None:
        return NO_USER_LISTS
    if isinstance(lists, UserLists):
        return lists
    got: dict[str, tuple[Row, ...]] = {}
    paths = []
    for name, path in lists.items():
        if name not in USER_LISTS:
            raise LexiconError(f"no user list {name!r}: a user can add to {', '.join(USER_LISTS)}")
        got[name] = _read_user_list(name, Path(path))
        paths.append((name, os.fspath(path)))
    return UserLists(got.get("cues", ()), got.get("source_types", ()), tuple(paths))


def _read_user_list(name: str, path: Path) -> tuple[Row, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise LexiconError(f"{path}: cannot read the {name} list ({why})") from None
    out: list[Row] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = tuple(field.strip() for field in line.split("\t"))
        problem = _cue_problem(row) if name == "cues" else _type_problem(row)
        if problem:
            raise LexiconError(f"{path}:{n}: {problem}")
        out.append(row)
    if not out:
        raise LexiconError(f"{path}: the {name} list has no entries")
    return tuple(out)


def _cue_problem(row: Row) -> str | None:
    if len(row) != 4:
        return f"a cue is 4 fields separated by tabs (lemma, kind, strict, forms), not {len(row)}"
    _lemma, kind, strict, forms = row
    if kind not in CUE_KINDS:
        return f"unknown cue kind {kind!r}; the kinds are: {', '.join(sorted(CUE_KINDS))}"
    if strict not in ("0", "1"):
        return f"strict must be 0 or 1, not {strict!r}"
    if not any(f.strip() for f in forms.split("|")):
        return "no forms (the words to find, separated by |)"
    return None


def _type_problem(row: Row) -> str | None:
    if len(row) != 4:
        return (
            "a source-type rule is 4 fields separated by tabs (type, rule name, flags, "
            f"regular expression), not {len(row)}"
        )
    kind, _name, flags, pattern = row
    if kind not in _known_types():
        return f"unknown source type {kind!r}; the types are: {', '.join(_known_types())}"
    if flags not in ("i", "c"):
        return f"flags must be i (ignore case) or c (case-sensitive), not {flags!r}"
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"the regular expression does not compile ({exc})"
    if flags == "i" and not lower_case_pattern(pattern):
        return "a rule with flag i must be written in lower case"
    return None


def lower_case_pattern(pattern: str) -> bool:
    """A regular expression written in lower case, its escapes (``\\b``, ``\\s``,
    ``\\w``) aside: what a source-type rule with flag ``i`` must be."""
    literal = re.sub(r"\\.", "", pattern)
    return literal == literal.lower()


@cache
def _known_types() -> list[str]:
    """The source types of the shipped ``source_types.tsv``, sorted."""
    return sorted({r[0] for r in rows("source_types")})

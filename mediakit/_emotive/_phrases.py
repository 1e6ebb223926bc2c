"""mediakit's list of loaded multi-word phrases: idioms and metaphors of conflict, deceit
and ridicule, and the writer's charged reporting verbs that are charged only with their
particle ("rails against", "seized on", "ripped into"), none of whose words is emotive
on its own (issue 15).

The list is data (``data/emotive/loaded_phrases.tsv``; its header says how a line is
written).  Each phrase is looked for at one of its words, its **anchor** (the slot marked
``^``, else the slot whose shortest form is longest: "thin" in "out of thin air"), so
that the scorer looks at no more tokens than that: a sentence without an anchor costs
nothing.  A phrase found scores
as one emotive item spanning its words, its entry the phrase as listed and its rule
"mediakit's phrase list '...'"; the lexicon words inside it are not scored apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mediakit import lexicons
from mediakit._emotive._morphology import inflections

__all__ = ["PHRASE_RULE", "Phrase", "load_phrases", "phrase_at"]

PHRASE_RULE = "mediakit's phrase list"


@dataclass(frozen=True, slots=True)
class Phrase:
    """One line of the list: its words' forms, the anchor slot and the valence."""

    text: str  # the phrase as listed, each slot by its first form ("rail against")
    slots: tuple[frozenset[str], ...]
    at: int  # the anchor slot
    value: float
    note: str


def _slot(spec: str) -> frozenset[str]:
    """The forms of one slot: ``a|b|c``; a form ending in ``~`` brings its regular
    inflections too (``rip~``: rip, rips, ripped, ripping)."""
    forms: set[str] = set()
    for form in spec.split("|"):
        if form.endswith("~"):
            form = form[:-1]
            forms.update(inflections(form))
        forms.add(form)
    return frozenset(forms)


def parse_phrase(spec: str, value: float, note: str = "") -> Phrase:
    """A :class:`Phrase` from its written form (``rail~ against|at``)."""
    specs = spec.lower().split()
    marked = [k for k, s in enumerate(specs) if s.startswith("^")]
    specs = [s.lstrip("^") for s in specs]
    slots = tuple(map(_slot, specs))
    longest = max(range(len(slots)), key=lambda k: (min(map(len, slots[k])), -k))
    at = marked[0] if marked else longest
    text = " ".join(s.split("|")[0].rstrip("~") for s in specs)
    return Phrase(text, slots, at, value, note)


def load_phrases() -> Mapping[str, tuple[Phrase, ...]]:
    """The list by anchor form (``loaded_phrases.tsv``)."""
    by_anchor: dict[str, list[Phrase]] = {}
    for row in lexicons.rows("emotive_loaded_phrases"):
        p = parse_phrase(row[0], float(row[1]), row[2] if len(row) > 2 else "")
        for form in p.slots[p.at]:
            by_anchor.setdefault(form, []).append(p)
    return MappingProxyType({w: tuple(ps) for w, ps in by_anchor.items()})


def phrase_at(i: int, low: list[str], phrases: tuple[Phrase, ...]) -> tuple[Phrase, int] | None:
    """The first listed phrase whose anchor is token ``i`` and whose other words are
    around it, with the index of its first token (None when none is)."""
    n = len(low)
    for p in phrases:
        first = i - p.at
        if first < 0 or first + len(p.slots) > n:
            continue
        if all(low[first + k] in slot for k, slot in enumerate(p.slots)):
            return p, first
    return None

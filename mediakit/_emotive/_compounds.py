"""Words joined by a hyphen or a dash that the lexicon does not list whole (issue 15).

VADER looks a token up whole, so "Clinton-bashing", "much-maligned" and "plan—failed"
(two words and a dash, no space) score nothing although a part of each is a lexicon
word.  When the whole is not listed, :func:`compound_hits` reads the parts by the rules
of ``data/emotive/compounds.tsv`` (see its header):

* two words joined by a dash (—, –, or two hyphens) are two words: the stronger scores;
* a hyphenated compound is read from an evaluative first part ("ill-advised",
  "worst-case"), else from its head, the last part ("media-blaming" is a kind of
  blaming); a head that likens or names what is had ("-like", "-style", "-spirited",
  "-hearted") sends the look-up to the part before it ("Nazi-like", "mean-spirited");
  heads that only relate ("-friendly", "-rich", "-free", "-fired") never count, and a
  compound with a prefix or a negation that turns its sense ("anti-", "self-", "non-",
  "not-so-") is left alone.

A part counts when it is a lexicon word of |valence| >= 1.0 without a sense rule (its
context cannot be read inside a compound); a first part of one letter ("R-Ill.",
"e-mail") leaves the token alone.  The word found keeps its own entry and explanation,
with a first rule naming the compound and the part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from mediakit import lexicons
from mediakit._emotive._tokens import PUNCT

__all__ = [
    "COMPOUND_RULE",
    "EMPHATIC_RULE",
    "Compound",
    "compound_hits",
    "compound_of",
    "compound_rules",
    "emphatics",
    "part_capitalised",
]

COMPOUND_RULE = "mediakit's compound rule"
_MIN_PART = 1.0  # |valence| a part needs (weaker words are often another sense)
_DASHES = re.compile(r"[—–]+|-{2,}")
_CACHE_MAX = 50_000


@dataclass(frozen=True, slots=True)
class CompoundRules:
    """The rows of ``compounds.tsv`` by kind."""

    blocking: frozenset[str]
    neutral_head: frozenset[str]
    by_first: frozenset[str]
    modifier: frozenset[str]
    likened: Mapping[str, float]  # a part the lexicon lacks that is a charge when likened to


@dataclass(frozen=True, slots=True)
class Compound:
    """A compound token read through one of its parts."""

    part: str  # the part scored, lower case
    index: int  # its position among the token's parts (dash-joined words first)
    note: str  # the rule's explanation
    value: float | None = None  # its valence, when it is not the lexicon's (emphatics)


_KINDS = ("blocking", "neutral_head", "by_first", "modifier")
_LIKENING = frozenset(("like", "style", "esque", "type"))  # the by_first heads that liken


@cache
def compound_rules() -> CompoundRules:
    """Read ``data/emotive/compounds.tsv`` once."""
    kinds: dict[str, set[str]] = {k: set() for k in _KINDS}
    likened: dict[str, float] = {}
    for row in lexicons.rows("emotive_compounds"):
        if row[0] == "likened":
            likened[row[1]] = float(row[2])
        elif row[0] in kinds:
            kinds[row[0]].add(row[1])
        else:  # pragma: no cover - tests check every kind is known
            raise ValueError(f"compounds.tsv: unknown kind {row[0]!r}")
    blocking, neutral_head, by_first, modifier = (frozenset(kinds[k]) for k in _KINDS)
    return CompoundRules(blocking, neutral_head, by_first, modifier, MappingProxyType(likened))


def _part(
    parts: list[str], lex: Mapping[str, float], sense_words: frozenset[str], rules: CompoundRules
) -> tuple[int, str] | None:
    """The part of a hyphenated compound that carries its charge (index, why), or None."""

    def counts(p: str) -> bool:
        v = lex.get(p)
        return v is not None and abs(v) >= _MIN_PART and p not in sense_words

    first = parts[0]
    if len(first) == 1 or first[:1].isdigit() or not rules.blocking.isdisjoint(parts):
        return None  # "R-Ill.", "10th-richest"; "not-so-good", "anti-terrorism"
    if first in rules.modifier and counts(first):
        return 0, "an evaluative first part"
    head = parts[-1]
    if head in rules.by_first:
        k = len(parts) - 2
        if parts[k] in rules.likened and head in _LIKENING:
            return k, f"likened to ('-{head}')"
        return (k, f"the part before '-{head}'") if counts(parts[k]) else None
    if head not in rules.neutral_head and counts(head):
        return len(parts) - 1, "its head"
    return None


def compound_of(w: str, lex: Mapping[str, float], sense_words: frozenset[str]) -> Compound | None:
    """How token ``w`` (lower case, not a lexicon word) is read through its parts, or None."""
    rules = compound_rules()
    flat = w.replace("—", "-").replace("–", "-").split("-")
    if lex.keys().isdisjoint(flat) and rules.likened.keys().isdisjoint(flat):
        return None  # no part is a word of the lexicon: most compounds, quickly
    best: tuple[float, str, int, str] | None = None
    offset = 0
    words = [x for x in _DASHES.split(w) if x]
    joined = len(words) > 1
    for word in words:
        parts = [p for p in word.split("-") if p]
        if len(parts) == 1 and joined:
            p = parts[0]
            found = (0, "a word joined by a dash") if p in lex and p not in sense_words else None
        elif len(parts) > 1:
            found = _part(parts, lex, sense_words, rules)
        else:
            found = None
        if found is not None:
            k, why = found
            v = abs(lex[parts[k]] if parts[k] in lex else rules.likened[parts[k]])
            if best is None or v > best[0]:
                best = (v, parts[k], offset + k, why)
        offset += len(parts)
    if best is None:
        return None
    _, part, index, why = best
    value = rules.likened.get(part) if why.startswith("likened") else None
    return Compound(part, index, f"{COMPOUND_RULE}: '{part}' of '{w}', {why}", value)


# token -> its reading: a cache of a pure function of the token (the rules are fixed)
_FOUND: dict[str, Compound | None] = {}


def compound_hits(
    text: str,
    low: list[str],
    watch: frozenset[str],
    lex: Mapping[str, float],
    sense_words: frozenset[str],
) -> dict[int, Compound]:
    """The tokens of ``low`` (the tokens of ``text``) with a hyphen or a dash that the
    scorer does not look at (not in ``watch``) and that are read through a part: token
    index -> its reading.  Asked only of a text with a hyphen or a dash in it."""
    out: dict[int, Compound] = {}
    # (a comprehension: map(str.__contains__, ...) goes through a slot wrapper, 3x slower)
    if "—" in text or "–" in text:
        candidates = [i for i, w in enumerate(low) if "-" in w or "—" in w or "–" in w]
    else:
        candidates = [i for i, w in enumerate(low) if "-" in w]
    cache_ = _FOUND
    for i in candidates:
        w = low[i]
        if w in watch:
            continue
        if w in cache_:
            c = cache_[w]
        else:
            if len(cache_) > _CACHE_MAX:
                cache_.clear()
            c = cache_[w] = compound_of(w, lex, sense_words)
        if c is not None:
            out[i] = c
    return out


def part_capitalised(raw_token: str, index: int) -> bool:
    """True when part ``index`` of a compound token (as :func:`compound_of` counts its
    parts) starts with a capital letter in the text ("Nazi-like": part 0)."""
    parts = [p for x in _DASHES.split(raw_token.strip(PUNCT)) for p in x.split("-") if p]
    return index < len(parts) and parts[index][:1].isupper()


EMPHATIC_RULE = "mediakit's rule: an emphatic adverb beside a plain word (emphasis)"
EMPHATIC_VALENCE = -1.0  # our judgement: emphasis in news prose is mostly critical


@cache
def emphatics() -> frozenset[str]:
    """The emphatic degree adverbs of ``data/emotive/emphatics.tsv``."""
    return frozenset(row[0] for row in lexicons.rows("emotive_emphatics"))

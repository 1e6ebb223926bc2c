"""The emotive lexicon and VADER's rule word lists, loaded once and read-only.

The lexicon **values** are read from the installed ``vaderSentiment`` package (MIT
licence); the rule word lists live in ``mediakit/data/emotive/vader_rules.json``
(see ``PROVENANCE.md`` there).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from mediakit import lexicons

__all__ = ["BOOST", "Rules", "rules"]

BOOST = 0.293  # mean rating change caused by a booster ("very") or dampener ("slightly")


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the scorer looks words up in."""

    lexicon: Mapping[str, float]
    intensifiers: Mapping[str, float]  # one-word boosters (+0.293) and dampeners (-0.293)
    phrase_intensifiers: Mapping[str, float]  # "kind of", "sort of", "just enough"
    phrase_heads: Mapping[str, tuple[str, ...]]  # first word -> possible second words
    negations: frozenset[str]
    special_phrases: Mapping[str, float]
    special_heads: frozenset[str]  # first words of special phrases and phrase intensifiers
    watch: frozenset[str]  # every lower-cased token the scorer must look at


def _parse_lexicon(text: str) -> dict[str, float]:
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.strip().split("\t")
        if len(fields) >= 2:
            lexicon[fields[0]] = float(fields[1])  # a later duplicate wins, as in VADER
    return lexicon


@cache
def rules() -> Rules:
    """Load the lexicon and the rule word lists once (read-only afterwards)."""
    lex_text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    lexicon = _parse_lexicon(lex_text)
    raw = json.loads(lexicons.read("vader_rules"))
    words: dict[str, float] = {}
    phrases: dict[str, float] = {}
    for key, sign in (("intensifiers_up", 1.0), ("intensifiers_down", -1.0)):
        for entry in raw[key]:
            (phrases if " " in entry else words)[str(entry)] = sign * BOOST
    heads: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        first, second = phrase.split(" ", 1)
        heads[first] = (*heads.get(first, ()), second)
    special = {str(k): float(v) for k, v in raw["special_phrases"].items()}
    special_heads = frozenset(p.split(" ", 1)[0] for p in (*special, *phrases))
    watch = frozenset((*lexicon, *words, *heads))
    return Rules(
        lexicon=MappingProxyType(lexicon),
        intensifiers=MappingProxyType(words),
        phrase_intensifiers=MappingProxyType(phrases),
        phrase_heads=MappingProxyType(heads),
        negations=frozenset(str(w) for w in raw["negations"]),
        special_phrases=MappingProxyType(special),
        special_heads=special_heads,
        watch=watch,
    )

"""The emotive lexicon and VADER's rule word lists, loaded once and read-only.

The lexicon is VADER's (its **values** read from the installed ``vaderSentiment``
package, MIT licence), then mediakit's supplement (``data/emotive/supplement.tsv``)
for the words VADER lacks, then the regular inflections of both that neither lists
(``_morphology``).  The rule word lists live in ``data/emotive/vader_rules.json``, the
sense rules in ``data/emotive/senses.tsv``, the loaded phrases in
``data/emotive/loaded_phrases.tsv`` (see ``PROVENANCE.md`` there).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from mediakit import lexicons
from mediakit._compiled import data_key, derived
from mediakit._emotive._compounds import emphatics
from mediakit._emotive._morphology import adverb, inflections, siblings
from mediakit._emotive._phrases import Phrase, load_phrases
from mediakit._emotive._results import SUPPLEMENT_RULE
from mediakit._emotive._senses import Senses, load_senses

__all__ = ["BOOST", "Rules", "fast_rules", "rules"]

_MIN_LENDING = 0.5  # |valence| below which a word lends nothing to its inflections
_SUPPLEMENT_ENTRY = "mediakit's supplement entry"
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
    origin: Mapping[str, tuple[str, float, str]]  # token not in VADER -> entry, valence, why
    senses: Senses
    unusual: frozenset[str]  # the tokens of ``origin``, with sense rules, phrase anchors
    phrases: Mapping[str, tuple[Phrase, ...]]  # anchor form -> the loaded phrases (_phrases)
    emphatic: frozenset[str]  # emphatic adverbs (_compounds.emphatics), in ``watch`` too


def _parse_lexicon(text: str) -> dict[str, float]:
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.strip().split("\t")
        if len(fields) >= 2:
            lexicon[fields[0]] = float(fields[1])  # a later duplicate wins, as in VADER
    return lexicon


def _vader_text() -> str:
    return files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")


def _vader_lexicon() -> dict[str, float]:
    return _parse_lexicon(_vader_text())


def _base_lexicon(senses: Senses) -> tuple[dict[str, float], dict[str, tuple[str, float, str]]]:
    """VADER's lexicon without the neutral words, with mediakit's supplement entries
    added, and those entries with their origin."""
    lexicon = _vader_lexicon()
    for word in senses.neutral:  # "no": a determiner, not a negative word (it still negates)
        lexicon.pop(word, None)
    origin: dict[str, tuple[str, float, str]] = {}
    for row in lexicons.rows("emotive_supplement"):
        if row[0] not in lexicon:
            origin[row[0]] = (row[0], float(row[1]), SUPPLEMENT_RULE)
    lexicon.update((w, v) for w, (_, v, _) in origin.items())
    return lexicon, origin


def _full_lexicon(
    senses: Senses,
) -> tuple[dict[str, float], dict[str, tuple[str, float, str]]]:
    """:func:`_base_lexicon` with the inflections of its words added (their origin too)."""
    lexicon, origin = _base_lexicon(senses)
    supplement = frozenset(origin)
    for form, entry in lexicons.rows("emotive_inflections"):  # see inflection_table()
        whose = _SUPPLEMENT_ENTRY if entry in supplement else "VADER's lexicon"
        origin[form] = (entry, lexicon[entry], f"an inflection of {whose} '{entry}'")
    lexicon.update((w, v) for w, (_, v, _) in origin.items())
    return lexicon, origin


@cache
def rules() -> Rules:
    """Load the lexicon and the rule word lists once (read-only afterwards)."""
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
    senses = load_senses()
    # built once per machine from the texts it is read from (mediakit._compiled.derived)
    key = data_key(
        _vader_text(), *map(lexicons.read, ("emotive_supplement", "emotive_inflections"))
    )
    key += " neutral: " + " ".join(sorted(senses.neutral))
    lexicon, origin = derived("emotive_lexicon", key, lambda: _full_lexicon(senses))
    loaded = load_phrases()
    emphatic = emphatics()
    watch = frozenset((*lexicon, *words, *heads, *loaded, *emphatic))
    return Rules(
        lexicon=MappingProxyType(lexicon),
        intensifiers=MappingProxyType(words),
        phrase_intensifiers=MappingProxyType(phrases),
        phrase_heads=MappingProxyType(heads),
        negations=frozenset(str(w) for w in raw["negations"]),
        special_phrases=MappingProxyType(special),
        special_heads=special_heads,
        watch=watch,
        origin=MappingProxyType(origin),
        senses=senses,
        unusual=frozenset((*origin, *senses.words, *loaded)),
        phrases=loaded,
        emphatic=emphatic,
    )


@cache
def fast_rules() -> Rules:
    """:func:`rules` with plain dicts for the scorer, which reads them and never changes
    them: ``get`` on a read-only view calls the dict's own ``get`` by name, several
    times slower than on the dict (82,000 look-ups for the 295 Wikinews articles)."""
    r = rules()
    return dataclasses.replace(
        r,
        lexicon=dict(r.lexicon),
        intensifiers=dict(r.intensifiers),
        phrase_intensifiers=dict(r.phrase_intensifiers),
        phrase_heads=dict(r.phrase_heads),
        special_phrases=dict(r.special_phrases),
        origin=dict(r.origin),
        phrases=dict(r.phrases),
    )


def inflected(lexicon: Mapping[str, float]) -> dict[str, str]:
    """The regular inflections of the lexicon's words that it does not list itself,
    each with the entry it comes from (see _morphology).

    Words of |valence| < 0.5 lend nothing (too weak to matter, and often noise), and a
    positive word lends no -s form: VADER rated "good", "kind", "hand", "justice" as
    qualities, and "goods", "kinds", "hands", "justices" are things."""
    out: dict[str, str] = {}
    for entry, v in lexicon.items():
        if abs(v) < _MIN_LENDING:
            continue
        for form in (*inflections(entry), *siblings(entry), adverb(entry)):
            if not form or form in lexicon or form in out:
                continue
            if v > 0 and form.endswith("s"):
                continue
            out[form] = entry
    return out


def inflection_table(vader_version: str) -> str:
    """The text of ``data/emotive/inflections.tsv``: :func:`inflected` of VADER's lexicon
    and mediakit's supplement, less the ``not_inflection`` rows of ``senses.tsv`` and
    the words of VADER's rules and the emphatic adverbs (``emphatics.tsv``: "endlessly" stays
    an emphatic, not an inflection of "endless"; ``scripts/build_emotive_inflections.py`` writes it;
    tests/test_emotive_senses.py checks that it is this function's output).  Shipped
    as a table so that loading the lexicon does not make 11,000 forms each time."""
    senses = load_senses()
    lexicon, _ = _base_lexicon(senses)
    raw = json.loads(lexicons.read("vader_rules"))
    skip = {*senses.not_inflections, *raw["negations"], *raw["intensifiers_up"]}
    skip.update(raw["intensifiers_down"])
    skip.update(emphatics())
    lines = [
        "# Regular inflections of the emotive lexicon's words that the lexicon does not list",
        f"# (vaderSentiment {vader_version}'s lexicon and mediakit's supplement.tsv), each with",
        "# the entry it inherits its valence from. Generated, not written by hand: made by",
        "# mediakit/_emotive/_morphology.py through _lexicon.inflection_table() (rebuild with",
        "# python scripts/build_emotive_inflections.py; a test checks it is up to date).",
        "# form\tentry",
    ]
    for form, entry in sorted(inflected(lexicon).items()):
        if form not in skip:
            lines.append(f"{form}\t{entry}")
    return "\n".join(lines) + "\n"

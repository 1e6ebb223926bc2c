"""Diversity and prominence: how many voices share the attributions, who they are (kind,
named, gender from evidence in the text) and where the first one comes in."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family, ratio, rounded

if TYPE_CHECKING:
    from mediakit._analysis import Analysis, SourceSummary

__all__ = ["DIVERSITY"]

DIVERSITY = Family(
    "diversity",
    "Diversity and prominence",
    "Over the canonical sources of the story's attributions (the unresolved "
    '"(unnamed source)" left out); kinds and genders as in docs/sources.md: gender comes '
    "only from evidence in the text (a title, a gendered noun, a pronoun that can only be "
    "that person), never from a first name, so many person sources are `unknown`. Shares "
    "by gender are over **person** sources; word-weighted shares weight each person "
    "source by its direct + reported words.",
)
_metric = DIVERSITY.metric
_NO_SOURCES = "also when there are no sources"
_NO_PERSONS = "also when no source is a person"
_SHANNON = "Shannon (1948); as used for source diversity by e.g. Masini et al. (2018)."
_EVIDENCE = "mediakit gender evidence rules (docs/sources.md)"


def _canonical(a: Analysis) -> list[SourceSummary]:
    return [s for s in a.sources if s.name != "(unnamed source)"]


def _persons(a: Analysis) -> list[SourceSummary]:
    return [s for s in _canonical(a) if s.kind == "person"]


def _shares(a: Analysis) -> list[float]:
    srcs = _canonical(a)
    total = sum(s.attributions for s in srcs)
    return [s.attributions / total for s in srcs] if total else []


@_metric(
    unit="nats",
    direction="attributions spread over more sources",
    empty=None,
    empty_note=_NO_SOURCES,
    reference=_SHANNON,
)
def source_diversity_shannon(a: Analysis) -> float | None:
    """Shannon entropy −Σ p·ln p of the attributions over canonical sources (p = a
    source's share of the attributions); 0 for one source, ln n for n equal ones."""
    p = _shares(a)
    return rounded(-sum(x * math.log(x) for x in p) + 0.0, 6) if p else None


@_metric(
    unit="fraction 0–1",
    direction="attributions spread over more sources",
    empty=None,
    empty_note=_NO_SOURCES,
    reference="Simpson (1949), as the Gini–Simpson index 1 − Σp².",
)
def source_diversity_simpson(a: Analysis) -> float | None:
    """Gini–Simpson index 1 − Σ p² of the attributions over canonical sources: the chance
    that two attributions drawn at random have different sources."""
    p = _shares(a)
    return rounded(1.0 - sum(x * x for x in p)) if p else None


@_metric(
    unit="fraction 0–1",
    direction="one source dominates",
    empty=None,
    empty_note=_NO_SOURCES,
    reference="mediakit source canonicalisation",
)
def top_source_share(a: Analysis) -> float | None:
    """Share of the attributions (to canonical sources) that go to the most attributed one."""
    p = _shares(a)
    return rounded(max(p)) if p else None


@_metric(
    unit="fraction 0–1",
    direction="more named sources",
    empty=None,
    empty_note=_NO_SOURCES,
    reference="Named vs. unnamed sourcing (Duffy & Williams 2011).",
)
def named_source_share(a: Analysis) -> float | None:
    """Share of canonical sources that are named: a person or organisation whose name has
    a capitalised word ('Tom Ellery', 'Interior Ministry'), not 'officials' or 'a
    spokesman'."""
    srcs = _canonical(a)
    named = sum(
        1
        for s in srcs
        if s.kind in ("person", "organisation") and any(w[:1].isupper() for w in s.name.split())
    )
    return rounded(ratio(named, len(srcs)))


@_metric(unit="sources", direction="more people quoted", empty=0, reference=_EVIDENCE)
def person_sources(a: Analysis) -> int:
    """Canonical sources whose kind is person (named or not: 'Tom Ellery', 'a spokeswoman')."""
    return len(_persons(a))


@_metric(unit="sources", direction="more women quoted", empty=0, reference=_EVIDENCE)
def female_sources(a: Analysis) -> int:
    """Person sources the text shows to be female (a title, a gendered noun or a pronoun)."""
    return sum(1 for s in _persons(a) if s.gender == "female")


@_metric(unit="sources", direction="more men quoted", empty=0, reference=_EVIDENCE)
def male_sources(a: Analysis) -> int:
    """Person sources the text shows to be male (a title, a gendered noun or a pronoun)."""
    return sum(1 for s in _persons(a) if s.gender == "male")


def _gender_share(a: Analysis, gender: str, *, words: bool) -> float | None:
    persons = _persons(a)
    if words:
        total = sum(s.direct_words + s.reported_words for s in persons)
        part = sum(s.direct_words + s.reported_words for s in persons if s.gender == gender)
        return rounded(ratio(part, total))
    return rounded(ratio(sum(1 for s in persons if s.gender == gender), len(persons)))


@_metric(
    unit="fraction 0–1",
    direction="more of the people quoted are women",
    empty=None,
    empty_note=_NO_PERSONS,
    reference=_EVIDENCE,
)
def female_source_share(a: Analysis) -> float | None:
    """female_sources / person_sources."""
    return _gender_share(a, "female", words=False)


@_metric(
    unit="fraction 0–1",
    direction="more of the people quoted are men",
    empty=None,
    empty_note=_NO_PERSONS,
    reference=_EVIDENCE,
)
def male_source_share(a: Analysis) -> float | None:
    """male_sources / person_sources."""
    return _gender_share(a, "male", words=False)


@_metric(
    unit="fraction 0–1",
    direction="less evidence of gender in the text",
    empty=None,
    empty_note=_NO_PERSONS,
    reference=_EVIDENCE,
)
def unknown_gender_source_share(a: Analysis) -> float | None:
    """Share of person sources whose gender the text does not show (no evidence, or
    evidence that disagrees)."""
    return _gender_share(a, "unknown", words=False)


@_metric(
    unit="fraction 0–1",
    direction="more of the quoted words are women's",
    empty=None,
    empty_note="also when person sources are given no words",
    reference=_EVIDENCE,
)
def female_source_word_share(a: Analysis) -> float | None:
    """Direct + reported words of female person sources / those of all person sources."""
    return _gender_share(a, "female", words=True)


@_metric(
    unit="fraction 0–1",
    direction="more of the quoted words are men's",
    empty=None,
    empty_note="also when person sources are given no words",
    reference=_EVIDENCE,
)
def male_source_word_share(a: Analysis) -> float | None:
    """Direct + reported words of male person sources / those of all person sources."""
    return _gender_share(a, "male", words=True)


@_metric(
    unit="fraction 0–1",
    direction="more quoted words from people of unshown gender",
    empty=None,
    empty_note="also when person sources are given no words",
    reference=_EVIDENCE,
)
def unknown_gender_source_word_share(a: Analysis) -> float | None:
    """Direct + reported words of person sources of unknown gender / those of all person
    sources."""
    return _gender_share(a, "unknown", words=True)


@_metric(
    unit="fraction 0–1",
    direction="the first source comes later",
    empty=None,
    empty_note="also when there are no attributions",
    reference="mediakit sentence splitter",
)
def first_source_position(a: Analysis) -> float | None:
    """Story sentences before the sentence of the first attribution / story sentences
    (0: the first sentence is attributed)."""
    atts = a._story_attributions
    sids = a._story_sentence_ids
    if not atts or not sids:
        return None
    first = min(x.sentence for x in atts)
    return rounded(sum(1 for i in sids if i < first) / len(sids))

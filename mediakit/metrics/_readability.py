"""Readability: the classic formulas on the story text's words and sentences.

The six scores are computed together, in one pass over the story words
(``mediakit._readability.readability``: syllables as textstat 0.7.8 counts them, each
score rounded to 0.01); each metric here is one of them, and its docstring is its
formula.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["READABILITY"]

READABILITY = Family(
    "readability",
    "Readability",
    "The classic formulas on **story** words and sentences, with syllables counted as "
    "textstat 0.7.8 counts them (offline: the CMU dictionary, else pyphen).",
)
_metric = READABILITY.metric
_SCHOOLING = "years of schooling"
_GRADE = "US school grade"
_HARDER = "harder to read"


@_metric(
    unit="score (about 0–100)",
    direction="EASIER to read",
    empty=None,
    reference="Flesch (1948); syllables by textstat 0.7.8 (CMU dictionary, else pyphen).",
)
def flesch_reading_ease(a: Analysis) -> float | None:
    """206.835 − 1.015 × words/sentence − 84.6 × syllables/word, on story text; rounded
    to 0.01."""
    return a._readability["flesch_reading_ease"]


@_metric(unit=_GRADE, direction=_HARDER, empty=None, reference="Kincaid et al. (1975).")
def flesch_kincaid_grade(a: Analysis) -> float | None:
    """0.39 × words/sentence + 11.8 × syllables/word − 15.59."""
    return a._readability["flesch_kincaid_grade"]


@_metric(unit=_SCHOOLING, direction=_HARDER, empty=None, reference="Gunning (1952).")
def gunning_fog(a: Analysis) -> float | None:
    """0.4 × (words/sentence + 100 × words of 3+ syllables / words)."""
    return a._readability["gunning_fog"]


@_metric(unit=_SCHOOLING, direction=_HARDER, empty=None, reference="McLaughlin (1969).")
def smog_index(a: Analysis) -> float | None:
    """1.043 × √(30 × words of 3+ syllables / sentences) + 3.1291."""
    return a._readability["smog_index"]


@_metric(unit=_GRADE, direction=_HARDER, empty=None, reference="Coleman & Liau (1975).")
def coleman_liau_index(a: Analysis) -> float | None:
    """0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8."""
    return a._readability["coleman_liau_index"]


@_metric(unit=_GRADE, direction=_HARDER, empty=None, reference="Senter & Smith (1967).")
def automated_readability_index(a: Analysis) -> float | None:
    """4.71 × letters/word + 0.5 × words/sentence − 21.43."""
    return a._readability["automated_readability_index"]

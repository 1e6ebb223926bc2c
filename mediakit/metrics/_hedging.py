"""Hedges, boosters and approximators: words that soften or strengthen a claim, or make
a quantity less than exact, outside boilerplate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family, ratio, rounded

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["HEDGING"]

HEDGING = Family(
    "hedging",
    "Hedges, boosters and approximators",
    'Markers from curated lists (`mediakit.lexicons.provenance("hedges")`, `"boosters"`, '
    '`"approximators"`), per 1,000 **story** words. A hedge is epistemic uncertainty only '
    "(the writer or a source withholds full commitment: may, probably, reportedly, I think); "
    "an approximator makes a quantity or a degree less than exact (about 50, more than half, "
    "somewhat) and says nothing of how sure anyone is, so it is counted apart (since issue "
    "15; before, approximators before a number counted as hedges). The rules beyond the "
    "lists (the month May, could of past ability, questions, word senses) are in "
    "`mediakit/_hedging.py`; each marker's explanation names its entry and rule.",
)
_metric = HEDGING.metric
_HYLAND = "Hyland (2005), 'Metadiscourse', Continuum; mediakit's own lists."


def _per_1000_story_words(a: Analysis, kind: str) -> float | None:
    n = sum(1 for m in a.markers if m.kind == kind and not a._in_boilerplate(m.start))
    return rounded(ratio(1000.0 * n, a.story_words), 3)


@_metric(
    unit="per 1,000 words",
    direction="more tentative or distanced claims",
    empty=None,
    reference=_HYLAND,
)
def hedges_per_1000_words(a: Analysis) -> float | None:
    """Hedges of epistemic uncertainty (could, alleged, I think, is expected to, not
    immediately clear ...) per 1,000 story words; approximators are not counted."""
    return _per_1000_story_words(a, "hedge")


@_metric(unit="per 1,000 words", direction="more emphatic certainty", empty=None, reference=_HYLAND)
def boosters_per_1000_words(a: Analysis) -> float | None:
    """Boosters (clearly, undoubtedly ...) per 1,000 story words."""
    return _per_1000_story_words(a, "booster")


_PRINCE = (
    "Prince, Frader and Bosk (1982), 'On hedging in physician-physician discourse'; "
    "mediakit's own list."
)


@_metric(
    unit="per 1,000 words",
    direction="more approximate quantities and degrees",
    empty=None,
    reference=_PRINCE,
)
def approximators_per_1000_words(a: Analysis) -> float | None:
    """Approximators (about 50, more than half, nearly ten, somewhat ...) per 1,000 story
    words: quantities and degrees made less than exact, which are no uncertainty."""
    return _per_1000_story_words(a, "approximator")

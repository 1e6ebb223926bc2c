"""Hedges and boosters: words that soften or strengthen a claim, outside boilerplate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family, ratio, rounded

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["HEDGING"]

HEDGING = Family(
    "hedging",
    "Hedges and boosters",
    'Markers from curated lists (`mediakit.lexicons.provenance("hedges")`), per 1,000 '
    "**story** words.",
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
    """Hedges (could, alleged, not immediately clear ...) per 1,000 story words."""
    return _per_1000_story_words(a, "hedge")


@_metric(unit="per 1,000 words", direction="more emphatic certainty", empty=None, reference=_HYLAND)
def boosters_per_1000_words(a: Analysis) -> float | None:
    """Boosters (clearly, undoubtedly ...) per 1,000 story words."""
    return _per_1000_story_words(a, "booster")

"""Sourcing: quotations, attributions and the sources they name, outside boilerplate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family, ratio, rounded
from mediakit.metrics._voices import VOICE_REFERENCE

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["SOURCING"]

SOURCING = Family(
    "sourcing",
    "Sourcing",
    "Quotations and attribution relations (source–cue–content) outside boilerplate; rates "
    "are per 1,000 **story** words, sentence shares of story sentences.",
)
_metric = SOURCING.metric
_NO_ATTRIBUTIONS = "also when there are no attributions"


@_metric(unit="quotations", direction="more quoting", empty=0, reference="mediakit quote finder")
def quotes(a: Analysis) -> int:
    """Direct quotations outside boilerplate (a quote broken by its cue counts twice)."""
    return sum(1 for q in a.quotes if not a._in_boilerplate(q.start))


@_metric(unit="relations", direction="more attributed material", empty=0, reference=VOICE_REFERENCE)
def attributions(a: Analysis) -> int:
    """Attribution relations (source–cue–content) outside boilerplate."""
    return len(a._story_attributions)


@_metric(
    unit="per 1,000 words",
    direction="denser sourcing",
    empty=None,
    reference="PolNeAR averages about 32 (Newell et al. 2018).",
)
def attributions_per_1000_words(a: Analysis) -> float | None:
    """attributions / story words × 1000."""
    return rounded(ratio(1000.0 * len(a._story_attributions), a.story_words), 3)


@_metric(
    unit="fraction 0–1",
    direction="more sentences carry a source",
    empty=None,
    reference=VOICE_REFERENCE,
)
def attributed_sentence_share(a: Analysis) -> float | None:
    """Share of story sentences holding a direct quote, reported content or an
    attribution frame."""
    sids = a._story_sentence_ids
    voices = a.sentence_voices
    attributed = sum(1 for i in sids if voices[i] != "narration" or a._has_frame(i))
    return rounded(ratio(attributed, len(sids)))


@_metric(
    unit="sources", direction="more voices", empty=0, reference="mediakit source canonicalisation"
)
def sources(a: Analysis) -> int:
    """Distinct canonical sources of the story's attributions."""
    return len({x.source_name for x in a._story_attributions if x.source_name})


@_metric(
    unit="fraction 0–1",
    direction="more anonymous sourcing",
    empty=None,
    empty_note=_NO_ATTRIBUTIONS,
    reference="Duffy & Williams (2011) on anonymous sourcing.",
)
def anonymous_attribution_share(a: Analysis) -> float | None:
    """Share of attributions whose source type is anonymous ('officials', 'sources',
    'a senior official who asked not to be named')."""
    atts = a._story_attributions
    return rounded(ratio(sum(1 for x in atts if x.source_type == "anonymous"), len(atts)))


@_metric(
    unit="fraction 0–1",
    direction="more attribution to things said",
    empty=None,
    empty_note=_NO_ATTRIBUTIONS,
    reference="Cue kinds in mediakit/data/cues.tsv.",
)
def speech_cue_share(a: Analysis) -> float | None:
    """Share of attributions whose cue is a speech verb (said, told, claimed ...) rather
    than cognition, 'according to', evidence or a passive frame."""
    atts = a._story_attributions
    return rounded(ratio(sum(1 for x in atts if x.cue_kind == "speech"), len(atts)))

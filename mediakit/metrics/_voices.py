"""Voices: whose words the article's words are (each body word is in exactly one voice)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family, ratio, rounded

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["VOICES", "VOICE_REFERENCE"]

VOICES = Family(
    "voices",
    "Voices",
    "Shares of **all body words**, boilerplate included; the five shares sum to 1.",
)
_metric = VOICES.metric
#: The attribution model the voices follow (also cited by the sourcing metrics).
VOICE_REFERENCE = (
    "Voices follow the attribution model of Pareti (2016), 'PARC 3.0', LREC, and "
    "Newell et al. (2018), 'PolNeAR', LREC."
)


def _share(a: Analysis, voice: str) -> float | None:
    return rounded(ratio(a.voice_counts[voice], a.words))


@_metric(
    unit="fraction 0–1",
    direction="more of the article is sources' own words",
    empty=None,
    reference=VOICE_REFERENCE,
)
def direct_share(a: Analysis) -> float | None:
    """Share of all body words inside quotation marks."""
    return _share(a, "direct")


@_metric(
    unit="fraction 0–1",
    direction="more paraphrase of sources",
    empty=None,
    reference=VOICE_REFERENCE,
)
def reported_share(a: Analysis) -> float | None:
    """Share of all body words in attributed, paraphrased content (not in quotation marks)."""
    return _share(a, "reported")


@_metric(
    unit="fraction 0–1",
    direction="more words spent saying who said what",
    empty=None,
    reference=VOICE_REFERENCE,
)
def frame_share(a: Analysis) -> float | None:
    """Share of all body words in attribution frames (the source and the cue, e.g.
    'Ukrainian authorities said')."""
    return _share(a, "frame")


@_metric(
    unit="fraction 0–1",
    direction="more unattributed narration",
    empty=None,
    reference=VOICE_REFERENCE,
)
def narration_share(a: Analysis) -> float | None:
    """Share of all body words in the reporter's own voice."""
    return _share(a, "narration")


@_metric(
    unit="fraction 0–1",
    direction="more page furniture",
    empty=None,
    reference="as boilerplate_paragraphs",
)
def boilerplate_share(a: Analysis) -> float | None:
    """Share of all body words in boilerplate. The five shares sum to 1."""
    return _share(a, "boilerplate")

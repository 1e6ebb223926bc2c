"""Emotive language: VADER valence and mediakit's emotive intensity of story sentences.

Each sentence is scored on its own (``Analysis.emotion``, see docs/emotive.md); these
metrics summarise the scores of the story sentences (boilerplate left out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit._emotive import EMOTIVE_THRESHOLD
from mediakit.metrics._registry import Family, ratio, rounded

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["EMOTIVE"]

EMOTIVE = Family(
    "emotive",
    "Emotive language",
    "VADER compound scores, emotive intensity and subjectivity of **story** sentences, "
    "each scored on its own (docs/emotive.md).",
)
_metric = EMOTIVE.metric
_VADER = "Hutto & Gilbert (2014), 'VADER', ICWSM; mediakit's own re-implementation."


def _mean_abs_compound_in(a: Analysis, voice: str) -> float | None:
    """Mean |compound| over the story sentences in ``voice``."""
    voices = a.sentence_voices
    vals = [abs(a.emotion[i].compound) for i in a._story_sentence_ids if voices[i] == voice]
    return rounded(ratio(sum(vals), len(vals)), 4)


@_metric(unit="fraction 0–1", direction="more charged sentences", empty=None, reference=_VADER)
def emotive_sentence_share(a: Analysis) -> float | None:
    """Share of story sentences whose emotive intensity is at least EMOTIVE_THRESHOLD
    (see docs/emotive.md)."""
    emo = a._story_emotion
    return rounded(ratio(sum(1 for e in emo if e.intensity >= EMOTIVE_THRESHOLD), len(emo)))


@_metric(unit="−1 to 1", direction="more positive wording and topic", empty=None, reference=_VADER)
def mean_compound(a: Analysis) -> float | None:
    """Mean VADER compound over story sentences (scored one sentence at a time)."""
    emo = a._story_emotion
    return rounded(ratio(sum(e.compound for e in emo), len(emo)), 4)


@_metric(
    unit="0 to 1",
    direction="more polarised wording and topic, either sign",
    empty=None,
    reference=_VADER,
)
def mean_abs_compound(a: Analysis) -> float | None:
    """Mean |VADER compound| over story sentences."""
    emo = a._story_emotion
    return rounded(ratio(sum(abs(e.compound) for e in emo), len(emo)), 4)


@_metric(
    unit="0 to 1",
    direction="more charged wording, either sign",
    empty=None,
    reference="docs/emotive.md",
)
def mean_emotive_intensity(a: Analysis) -> float | None:
    """Mean emotive intensity over story sentences."""
    emo = a._story_emotion
    return rounded(ratio(sum(e.intensity for e in emo), len(emo)), 4)


@_metric(
    unit="0 to 1",
    direction="a more emotive narrator",
    empty=None,
    empty_note="also when no narration sentences",
    reference=_VADER,
)
def narration_mean_abs_compound(a: Analysis) -> float | None:
    """Mean |compound| over sentences in the narrator's voice."""
    return _mean_abs_compound_in(a, "narration")


@_metric(
    unit="0 to 1",
    direction="more emotive quotations",
    empty=None,
    empty_note="also when no direct sentences",
    reference=_VADER,
)
def direct_mean_abs_compound(a: Analysis) -> float | None:
    """Mean |compound| over sentences that are direct quotation."""
    return _mean_abs_compound_in(a, "direct")


@_metric(
    unit="0 to 1",
    direction="more sentences speaking from someone's own position (opinion, demand, hedge)",
    empty=None,
    reference="docs/emotive.md#subjectivity",
)
def mean_subjectivity(a: Analysis) -> float | None:
    """Mean sentence subjectivity over story sentences: emotive intensity combined with
    stance cues (hedges, boosters, should/must, first- and second-person pronouns)."""
    subj = a.subjectivity
    vals = [subj[i].score for i in a._story_sentence_ids]
    return rounded(ratio(sum(vals), len(vals)), 4)


@_metric(
    unit="0 to 1",
    direction="a narrator who speaks more from their own position",
    empty=None,
    empty_note="also when no narration sentences",
    reference="docs/emotive.md#subjectivity",
)
def narration_mean_subjectivity(a: Analysis) -> float | None:
    """Mean sentence subjectivity over sentences in the narrator's voice."""
    subj, voices = a.subjectivity, a.sentence_voices
    vals = [subj[i].score for i in a._story_sentence_ids if voices[i] == "narration"]
    return rounded(ratio(sum(vals), len(vals)), 4)


@_metric(unit="per 1,000 words", direction="more emotive vocabulary", empty=None, reference=_VADER)
def emotive_words_per_1000_words(a: Analysis) -> float | None:
    """Words with a lexicon valence (VADER's lexicon or mediakit's supplement, after rules)
    per 1,000 story words."""
    emo = a._story_emotion
    return rounded(ratio(1000.0 * sum(len(e.words) for e in emo), a.story_words), 3)


@_metric(unit="marks", direction="more exclamation", empty=0, reference=_VADER)
def exclamations(a: Analysis) -> int:
    """Exclamation marks in story sentences."""
    return sum(e.exclamations for e in a._story_emotion)

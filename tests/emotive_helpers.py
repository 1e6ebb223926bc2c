"""Helpers shared by the emotive tests: score a sentence through both scorers and index
its flagged words."""

from __future__ import annotations

from mediakit._emotive import EmotiveWord, SentenceEmotion, score_sentence
from mediakit._emotive._batch import score_sentences
from mediakit._spans import Span


def both(text: str) -> SentenceEmotion:
    """``score_sentence(text)``, checked to equal what the batch scorer gives."""
    one = score_sentence(text)
    assert score_sentences(text, [Span(0, len(text), text)]) == [one]
    return one


def flagged(r: SentenceEmotion, *, lower: bool = True) -> dict[str, EmotiveWord]:
    """The flagged words of ``r`` by their text (lower-cased unless ``lower`` is false)."""
    return {(w.text.lower() if lower else w.text): w for w in r.words}

"""Emotive language: a fast, self-explaining implementation of VADER's scoring.

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM) gives each sentence a
*compound* score in -1..1 from a human-rated lexicon and a handful of rules.
This package implements the published algorithm anew, tuned for speed, and
records for every scored word which lexicon entry matched and which rules
changed its score.  The lexicon **values** are read from the installed
``vaderSentiment`` package (MIT licence); the rule word lists live in
``mediakit/data/emotive/vader_rules.json`` (see ``PROVENANCE.md`` there).

On top of VADER's compound, :func:`score_sentence` computes an *emotive
intensity* in 0..1: how charged the wording is, whatever its sign
(see ``docs/emotive.md`` for the formula and how it was checked against
people's ratings).

Modules, one idea each: ``_results`` (what is returned), ``_tokens`` (tokens and
news typography), ``_lexicon`` (the lexicon and word lists, loaded once),
``_vader`` (VADER's rules for one word), ``_score`` (one sentence), ``_batch``
(every sentence of an article, faster).
"""

from __future__ import annotations

from mediakit._emotive._batch import score_sentences
from mediakit._emotive._results import (
    EMOTIVE_THRESHOLD,
    EmotiveWord,
    SentenceEmotion,
    _emotion,
    _word,
)
from mediakit._emotive._score import score_sentence

__all__ = [
    "EMOTIVE_THRESHOLD",
    "EmotiveWord",
    "SentenceEmotion",
    "_emotion",
    "_word",
    "score_sentence",
    "score_sentences",
]

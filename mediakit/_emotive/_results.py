"""The results of emotive scoring: one sentence's scores and its explained words."""

from __future__ import annotations

from dataclasses import dataclass

#: The rule a word of mediakit's emotive supplement (``data/emotive/supplement.tsv``)
#: carries, and the words its inflections' rule names it by.
SUPPLEMENT_RULE = "mediakit's supplement, not VADER's lexicon"

__all__ = ["EMOTIVE_THRESHOLD", "EmotiveWord", "SentenceEmotion"]

EMOTIVE_THRESHOLD: float = 0.27
"""Intensity at or above which a sentence counts as "emotive" (see docs/emotive.md)."""


@dataclass(frozen=True, slots=True)
class EmotiveWord:
    """A lexicon word of a sentence and how the rules changed its valence.

    ``start``/``end`` are character offsets into the text given to
    :func:`score_sentence`, shifted by its ``offset``.
    """

    start: int
    end: int
    text: str
    entry: str
    valence: float
    score: float
    rules: tuple[str, ...]

    @property
    def lexicon(self) -> str:
        """Which list the entry is from: "VADER lexicon" or "mediakit supplement"."""
        if any("mediakit's supplement" in r for r in self.rules):
            return "mediakit supplement"
        return "VADER lexicon"


@dataclass(frozen=True, slots=True)
class SentenceEmotion:
    """VADER's scores of one sentence plus mediakit's emotive intensity.

    ``compound`` is VADER's compound score (-1 most negative .. 1 most
    positive), ``pos``/``neg``/``neu`` VADER's proportions (all 0.0 for text
    without words), ``intensity`` mediakit's emotive intensity (0 neutral ..
    1 most charged, whatever the sign).
    """

    compound: float
    pos: float
    neg: float
    neu: float
    intensity: float
    words: tuple[EmotiveWord, ...]
    intensifiers: tuple[tuple[int, int, str], ...]
    exclamations: int
    caps_words: int

    @property
    def is_emotive(self) -> bool:
        """True when ``intensity`` is at or above :data:`EMOTIVE_THRESHOLD`."""
        return self.intensity >= EMOTIVE_THRESHOLD


# Frozen dataclasses set each field through object.__setattr__ in __init__,
# which costs about 0.7 us per object here; _word() and _emotion() make the
# same objects by setting the slots directly (test_emotive checks that they
# cover every field and give equal objects).
_new = object.__new__
(_w_start, _w_end, _w_text, _w_entry, _w_valence, _w_score, _w_rules) = (
    EmotiveWord.__dict__[f].__set__ for f in EmotiveWord.__dataclass_fields__
)
(_e_compound, _e_pos, _e_neg, _e_neu, _e_intensity, _e_words, _e_intens, _e_excl, _e_caps) = (
    SentenceEmotion.__dict__[f].__set__ for f in SentenceEmotion.__dataclass_fields__
)


def _word(
    start: int,
    end: int,
    text: str,
    entry: str,
    valence: float,
    score: float,
    rules: tuple[str, ...],
) -> EmotiveWord:
    """``EmotiveWord(...)``, faster."""
    w: EmotiveWord = _new(EmotiveWord)
    _w_start(w, start)
    _w_end(w, end)
    _w_text(w, text)
    _w_entry(w, entry)
    _w_valence(w, valence)
    _w_score(w, score)
    _w_rules(w, rules)
    return w


def _emotion(
    compound: float,
    pos: float,
    neg: float,
    neu: float,
    intensity: float,
    words: tuple[EmotiveWord, ...],
    intensifiers: tuple[tuple[int, int, str], ...],
    exclamations: int,
    caps_words: int,
) -> SentenceEmotion:
    """``SentenceEmotion(...)``, faster."""
    e: SentenceEmotion = _new(SentenceEmotion)
    _e_compound(e, compound)
    _e_pos(e, pos)
    _e_neg(e, neg)
    _e_neu(e, neu)
    _e_intensity(e, intensity)
    _e_words(e, words)
    _e_intens(e, intensifiers)
    _e_excl(e, exclamations)
    _e_caps(e, caps_words)
    return e

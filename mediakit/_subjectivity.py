"""Sentence subjectivity: how far a sentence speaks from someone's own position (issue 15).

A sentence is subjective when what it says is an opinion, judgement, feeling, wish,
demand, prediction or speculation, the writer's or a speaker's (``devset/LOADED.md``).
Charged words are one sign of it (mediakit's emotive intensity); the others are stance
cues: hedges and boosters (``hedges.tsv``, ``boosters.tsv``, the hedging layer's markers),
words of obligation ("should", "have to") and first- and second-person pronouns
(``stance_cues.tsv``).  The score combines them as independent chances::

    subjectivity = 1 - (1 - intensity) * product over the kinds of cue present of (1 - weight)

so 0 is a plain report with no cue and no charged word, and each kind of cue raises the
score whatever the others (a cue counts once per sentence, however often it occurs).
The weights (:data:`WEIGHTS`) were chosen on the tuning halves of the hand-labelled
sentences (``devset/loaded_news.tsv``, the dev half of ``devset/newsroom_polnear.tsv``)
from a coarse grid (0, .1, ... .5), the best round values of a flat optimum; the held-out
sets were scored once (``docs/emotive.md``).  Approximators ("about 40") are no cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._emotive import SentenceEmotion, score_sentence
from mediakit._hedging import Marker, find_markers
from mediakit._spans import Span

__all__ = [
    "WEIGHTS",
    "SentenceSubjectivity",
    "StanceCue",
    "score",
    "sentence_subjectivity",
    "text_subjectivity",
]

#: Each kind of cue's weight: the chance it alone gives that a sentence is subjective.
WEIGHTS: dict[str, float] = {"hedge": 0.2, "booster": 0.2, "obligation": 0.4, "personal": 0.2}


@dataclass(frozen=True, slots=True)
class StanceCue:
    """A cue at ``[start, end)`` of kind ``hedge``, ``booster``, ``obligation`` or
    ``personal``; ``entry`` is the list entry that matched."""

    start: int
    end: int
    text: str
    kind: str
    entry: str


@dataclass(frozen=True, slots=True)
class SentenceSubjectivity:
    """A sentence's subjectivity (0 .. 1, higher: more of it speaks from someone's own
    position) and the cues that raised it (the emotive words are the sentence's own)."""

    score: float
    intensity: float
    cues: tuple[StanceCue, ...]

    def explain(self) -> str:
        """The cues as one line, kind by kind: "hedge: I think; personal: I"."""
        kinds: dict[str, list[str]] = {}
        for c in self.cues:
            kinds.setdefault(c.kind, []).append(c.text)
        return "; ".join(f"{k}: {', '.join(v)}" for k, v in kinds.items())


def score(intensity: float, kinds: set[str] | frozenset[str]) -> float:
    """The subjectivity of a sentence with emotive ``intensity`` and cues of ``kinds``."""
    rest = 1.0 - intensity
    for k in kinds:
        rest *= 1.0 - WEIGHTS[k]
    return 1.0 - rest


@cache
def _forms() -> dict[str, tuple[str, str]]:
    """Every entry of ``stance_cues.tsv`` as written and capitalised ("I" forms as written
    only), with its (kind, entry)."""
    forms: dict[str, tuple[str, str]] = {}
    for entry, kind in lexicons.rows("stance_cues"):
        for form in (entry, entry[:1].upper() + entry[1:]):
            forms[form] = (kind, entry)
    return forms


def _plain() -> str:
    """The stance pattern, plain: every form as a whole word, longest first, then in order
    (the same pattern text in every process: a cached compiled pattern is found by it)."""
    alternation = "|".join(
        r"\s+".join(map(re.escape, f.split())) for f in sorted(_forms(), key=lambda f: (-len(f), f))
    )
    return rf"(?<![\w’'\-])(?:{alternation})(?![\w’'\-])"


@cache
def _stance() -> re.Pattern[str]:
    """:func:`_plain` after a look-ahead of the forms' first letters: without it the engine
    tries the look-behind and every branch at every character (a third more time on the
    Wikinews texts); ``tests/test_subjectivity.py`` ties the two."""
    first = "".join(sorted({re.escape(f[0]) for f in _forms()}))
    return compile_pattern(rf"(?=[{first}])" + _plain())


def stance_cues(text: str, start: int = 0, end: int | None = None) -> list[StanceCue]:
    """The obligation and personal cues of ``text[start:end]``."""
    pattern, forms = _stance(), _forms()
    out = []
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        kind, entry = forms[" ".join(m.group().split())]
        out.append(StanceCue(m.start(), m.end(), m.group(), kind, entry))
    return out


@cache
def _first_words() -> frozenset[str]:
    """The first word of every form of :func:`_forms`."""
    return frozenset(f.split()[0] for f in _forms())


#: Characters that join a word to the next as the stance pattern's look-arounds see them
#: (besides letters and digits: ``str.isalnum`` is ``\w`` without "_").
_JOINING = "_’'-"


def _joined(text: str, pos: int) -> bool:
    """The character at ``pos`` would join a cue to its neighbour (no character: no)."""
    return 0 <= pos < len(text) and (text[pos].isalnum() or text[pos] in _JOINING)


def stance_cues_of_words(text: str, starts: Sequence[int], words: Sequence[str]) -> list[StanceCue]:
    """:func:`stance_cues` of the body whose words (``Article.word_starts`` and
    ``word_texts``) are given, found by looking words up instead of scanning the text with
    the pattern (half the time on the Wikinews articles).  A dotted abbreviation's letters
    ("I.B.M.") are matched by the pattern itself.  ``tests/test_subjectivity.py`` ties the
    two."""
    forms, firsts = _forms(), _first_words()
    out: list[StanceCue] = []
    n = len(words)
    for i in compress(range(n), map(firsts.__contains__, words)):
        w, a = words[i], starts[i]
        b = a + len(w)
        if _joined(text, a - 1):
            continue
        if i + 1 < n:
            nxt, c = words[i + 1], starts[i + 1]
            two = forms.get(f"{w} {nxt}")
            if two is not None and text[b:c].isspace() and not _joined(text, c + len(nxt)):
                out.append(StanceCue(a, c + len(nxt), text[a : c + len(nxt)], *two))
                continue
        one = forms.get(w)
        if one is not None and not _joined(text, b):
            out.append(StanceCue(a, b, w, *one))
    for i in compress(range(n), map(str.__contains__, words, repeat("."))):
        out += stance_cues(text, starts[i], starts[i] + len(words[i]))
    return sorted(out, key=lambda c: c.start) if out else out


def sentence_subjectivity(
    text: str,
    sentences: Sequence[Span],
    emotion: Sequence[SentenceEmotion],
    markers: Sequence[Marker],
    words: tuple[Sequence[int], Sequence[str]] | None = None,
) -> list[SentenceSubjectivity]:
    """Each sentence's subjectivity, from its emotive intensity (``emotion``), the hedges
    and boosters among ``markers`` and the stance cues of its text (of its body's
    ``words``, starts and texts, where given: :func:`stance_cues_of_words`)."""
    starts = [s.start for s in sentences]
    cues: list[list[StanceCue]] = [[] for _ in sentences]
    found = [
        StanceCue(m.start, m.end, m.text, m.kind, m.entry)
        for m in markers
        if m.kind in ("hedge", "booster")
    ]
    found += stance_cues(text) if words is None else stance_cues_of_words(text, *words)
    for c in sorted(found, key=lambda c: c.start):
        k = bisect.bisect_right(starts, c.start) - 1
        if k >= 0 and c.start < sentences[k].end:
            cues[k].append(c)
    return [
        SentenceSubjectivity(score(e.intensity, {c.kind for c in cs}), e.intensity, tuple(cs))
        for e, cs in zip(emotion, cues, strict=True)
    ]


def text_subjectivity(text: str) -> SentenceSubjectivity:
    """The subjectivity of ``text`` read as one sentence (for scoring labelled sentences
    one by one, as ``python -m mediakit.evaluate`` does)."""
    whole = Span(0, len(text), text)
    return sentence_subjectivity(text, [whole], [score_sentence(text)], find_markers(text))[0]

"""Emotive language: a fast, self-explaining implementation of VADER's scoring.

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM) gives each sentence a
*compound* score in -1..1 from a human-rated lexicon and a handful of rules.
This module implements the published algorithm anew, tuned for speed, and
records for every scored word which lexicon entry matched and which rules
changed its score.  The lexicon **values** are read from the installed
``vaderSentiment`` package (MIT licence); the rule word lists live in
``mediakit/data/emotive/vader_rules.json`` (see ``PROVENANCE.md`` there).

On top of VADER's compound, :func:`score_sentence` computes an *emotive
intensity* in 0..1: how charged the wording is, whatever its sign
(see ``docs/emotive.md`` for the formula and how it was checked against
people's ratings).
"""

from __future__ import annotations

import json
import math
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import accumulate
from types import MappingProxyType

__all__ = [
    "EMOTIVE_THRESHOLD",
    "EmotiveWord",
    "SentenceEmotion",
    "score_sentence",
]

# ---------------------------------------------------------------- constants
# Constants of the VADER algorithm, as published by Hutto & Gilbert (2014) and
# used by vaderSentiment 3.3.2.
_BOOST = 0.293  # mean rating change caused by a booster ("very") or dampener ("slightly")
_CAPS = 0.733  # mean rating change caused by writing a sentiment word in ALL CAPS
_NEGATE = -0.74  # scalar applied to a negated sentiment word
_NEVER_SO = 1.25  # "never so good", "never this bad"
_BUT_BEFORE = 0.5  # words before a contrastive "but"
_BUT_AFTER = 1.5  # words after it
_EXCLAIM = 0.292  # per "!" (at most 4 count)
_EXCLAIM_MAX = 4
_QUESTION = 0.18  # per "?" when there are 2 or 3
_QUESTION_MAX = 0.96  # when there are more than 3
_ALPHA = 15.0  # normalisation x / sqrt(x^2 + alpha)
_DISTANCE_DAMPING = (1.0, 0.95, 0.9)  # booster at 1, 2, 3 words before the sentiment word

# Emotive intensity (mediakit's own; see docs/emotive.md).  The fitted constants
# were chosen by grid search on the odd-numbered lines of the NYT editorial
# snippets only; the even-numbered lines were kept for checking.
_NEG_WEIGHT = 1.75  # negative wording reads as more charged than positive (fitted)
_FURTHER_WORDS = 0.5  # every word after the strongest one counts half (fitted)
_LENGTH_REF = 20.0  # tokens; word evidence is divided by (tokens / 20) ** 0.25
_LENGTH_POWER = 0.25  # (fitted)
_INTENSIFIER_WEIGHT = 1.0  # per booster/dampener found (fitted)
_EXCLAIM_WEIGHT = _EXCLAIM  # per "!" (at most 4): VADER's increment, not fitted (too rare)
_CAPS_WEIGHT = _CAPS  # per emphasised ALL-CAPS word: VADER's increment, not fitted
_INTENSITY_HALF = 12.0  # raw evidence at which intensity == 0.5 (fitted)

EMOTIVE_THRESHOLD: float = 0.27
"""Intensity at or above which a sentence counts as "emotive" (see docs/emotive.md)."""

_PUNCT = string.punctuation
_SO_THIS = frozenset(("so", "this"))
_OR_NOR = frozenset(("or", "nor"))
_AT_VERY = frozenset(("at", "very"))


# ---------------------------------------------------------------- results
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


_EMPTY = SentenceEmotion(0.0, 0.0, 0.0, 0.0, 0.0, (), (), 0, 0)


# ---------------------------------------------------------------- data
@dataclass(frozen=True, slots=True)
class _Rules:
    lexicon: Mapping[str, float]
    intensifiers: Mapping[str, float]  # one-word boosters (+0.293) and dampeners (-0.293)
    phrase_intensifiers: Mapping[str, float]  # "kind of", "sort of", "just enough"
    phrase_heads: Mapping[str, tuple[str, ...]]  # first word -> possible second words
    negations: frozenset[str]
    special_phrases: Mapping[str, float]
    special_heads: frozenset[str]  # first words of special phrases and phrase intensifiers
    watch: frozenset[str]  # every lower-cased token the scorer must look at


def _parse_lexicon(text: str) -> dict[str, float]:
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.strip().split("\t")
        if len(fields) >= 2:
            lexicon[fields[0]] = float(fields[1])  # a later duplicate wins, as in VADER
    return lexicon


@cache
def _rules() -> _Rules:
    """Load the lexicon and the rule word lists once (read-only afterwards)."""
    lex_text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    lexicon = _parse_lexicon(lex_text)
    raw = json.loads(
        files("mediakit")
        .joinpath("data")
        .joinpath("emotive")
        .joinpath("vader_rules.json")
        .read_text(encoding="utf-8")
    )
    words: dict[str, float] = {}
    phrases: dict[str, float] = {}
    for key, sign in (("intensifiers_up", 1.0), ("intensifiers_down", -1.0)):
        for entry in raw[key]:
            (phrases if " " in entry else words)[str(entry)] = sign * _BOOST
    heads: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        first, second = phrase.split(" ", 1)
        heads[first] = (*heads.get(first, ()), second)
    special = {str(k): float(v) for k, v in raw["special_phrases"].items()}
    special_heads = frozenset(p.split(" ", 1)[0] for p in (*special, *phrases))
    watch = frozenset((*lexicon, *words, *heads))
    return _Rules(
        lexicon=MappingProxyType(lexicon),
        intensifiers=MappingProxyType(words),
        phrase_intensifiers=MappingProxyType(phrases),
        phrase_heads=MappingProxyType(heads),
        negations=frozenset(str(w) for w in raw["negations"]),
        special_phrases=MappingProxyType(special),
        special_heads=special_heads,
        watch=watch,
    )


# ---------------------------------------------------------------- scoring
def _is_negation(word: str, negations: frozenset[str]) -> bool:
    return word in negations or "n't" in word


def _fmt(x: float) -> str:
    return f"{x:+.3f}".rstrip("0").rstrip(".")


def _special_check(
    v: float, low: list[str], i: int, n: int, rules: _Rules, notes: list[str]
) -> float:
    """VADER's check of special phrases and two-word dampeners around word ``i`` (i >= 3)."""
    w, l1, l2, l3 = low[i], low[i - 1], low[i - 2], low[i - 3]
    heads = rules.special_heads
    if not (w in heads or l1 in heads or l2 in heads or l3 in heads):
        return v
    special = rules.special_phrases
    for seq in (f"{l1} {w}", f"{l2} {l1} {w}", f"{l2} {l1}", f"{l3} {l2} {l1}", f"{l3} {l2}"):
        if seq in special:
            v = special[seq]
            notes.append(f"phrase '{seq}' sets {_fmt(v)}")
            break
    if n - 1 > i:
        seq = f"{w} {low[i + 1]}"
        if seq in special:
            v = special[seq]
            notes.append(f"phrase '{seq}' sets {_fmt(v)}")
    if n - 1 > i + 1:
        seq = f"{w} {low[i + 1]} {low[i + 2]}"
        if seq in special:
            v = special[seq]
            notes.append(f"phrase '{seq}' sets {_fmt(v)}")
    phrases = rules.phrase_intensifiers
    for seq in (f"{l3} {l2}", f"{l2} {l1}"):  # no three-word intensifiers exist
        if seq in phrases:
            s = phrases[seq]
            v += s
            notes.append(f"{'booster' if s > 0 else 'dampener'} '{seq}' {_fmt(s)}")
    return v


def _valence(
    i: int,
    low: list[str],
    raw: list[str],
    n: int,
    cap_diff: bool,
    rules: _Rules,
    notes: list[str],
) -> tuple[float, bool]:
    """Score lexicon word ``i`` with VADER's rules; return (score, emphasised by caps)."""
    lex = rules.lexicon
    w = low[i]
    base = lex[w]
    v = base
    if w == "no" and i != n - 1 and low[i + 1] in lex:
        v = 0.0
        notes.append("'no' before a sentiment word: scored 0, negates that word instead")
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in _OR_NOR)
    ):
        v = base * _NEGATE
        notes.append(f"negated by 'no' x{_NEGATE}")
    caps = False
    if cap_diff and raw[i].isupper():
        caps = True
        c = _CAPS if v > 0 else -_CAPS
        v += c
        notes.append(f"ALL CAPS {_fmt(c)}")
    negations = rules.negations
    boosters = rules.intensifiers
    for k in (1, 2, 3):
        if i < k:
            break
        pw = low[i - k]
        if pw in lex:
            continue
        b = boosters.get(pw)
        if b is not None:
            s = -b if v < 0 else b
            if cap_diff and raw[i - k].isupper():
                s += _CAPS if v > 0 else -_CAPS
            s *= _DISTANCE_DAMPING[k - 1]
            v += s
            kind = "booster" if b > 0 else "dampener"
            where = "" if k == 1 else f" ({k} words before, x{_DISTANCE_DAMPING[k - 1]})"
            notes.append(f"{kind} '{raw[i - k]}' {_fmt(s)}{where}")
        if k == 1:
            if _is_negation(pw, negations):
                v *= _NEGATE
                notes.append(f"negated by '{pw}' x{_NEGATE}")
        elif k == 2:
            l1 = low[i - 1]
            if pw == "never" and l1 in _SO_THIS:
                v *= _NEVER_SO
                notes.append(f"'never {l1}' x{_NEVER_SO}")
            elif pw == "without" and l1 == "doubt":
                pass
            elif _is_negation(pw, negations):
                v *= _NEGATE
                notes.append(f"negated by '{pw}' (2 words before) x{_NEGATE}")
        else:
            l1, l2 = low[i - 1], low[i - 2]
            if pw == "never" and l2 in _SO_THIS:
                v *= _NEVER_SO
                notes.append(f"'never {l2}' x{_NEVER_SO}")
            elif l1 in _SO_THIS:
                # VADER 3.3.2 applies the "never so/this" factor whenever the
                # preceding word is "so" or "this" (operator precedence).
                v *= _NEVER_SO
                notes.append(f"preceded by '{l1}' x{_NEVER_SO} (VADER's 'never so' rule)")
            elif pw == "without" and (l2 == "doubt" or l1 == "doubt"):
                pass
            elif _is_negation(pw, negations):
                v *= _NEGATE
                notes.append(f"negated by '{pw}' (3 words before) x{_NEGATE}")
            v = _special_check(v, low, i, n, rules, notes)
    if i > 0 and low[i - 1] == "least" and not (i > 1 and low[i - 2] in _AT_VERY):
        v *= _NEGATE
        notes.append(f"'least' x{_NEGATE}")
    return v, caps


class _TokenStarts:
    """Character offset of whitespace token ``i`` of ``text``, computed on demand."""

    __slots__ = ("_cum", "_found", "_raw", "_text")

    def __init__(self, text: str, raw: list[str], upto: int) -> None:
        head = raw[: upto + 1]
        self._text = text
        self._raw = raw
        self._found: list[int] | None = None
        # common case: tokens separated by single spaces, no leading space;
        # then token i starts at (length of tokens before it) + i
        self._cum: list[int] | None = (
            list(accumulate(map(len, head), initial=0))
            if text.startswith(" ".join(head))
            else None
        )

    def __getitem__(self, i: int) -> int:
        if self._cum is not None:
            return self._cum[i] + i
        if self._found is None:
            found: list[int] = []
            pos = 0
            find = self._text.find
            for tok in self._raw:
                pos = find(tok, pos)
                found.append(pos)
                pos += len(tok)
            self._found = found
        return self._found[i]


def score_sentence(text: str, offset: int = 0) -> SentenceEmotion:
    """Score one sentence: VADER's compound and proportions, emotive intensity, and why.

    ``offset`` is added to every character position reported (pass the
    sentence's start in its article).  Text without any token gives all
    zeros; so does text made of punctuation only when none of it is an
    emoticon in the lexicon.
    """
    raw = text.split()
    n = len(raw)
    if n == 0:
        return _EMPTY
    rules = _rules()
    punct = _PUNCT
    # VADER strips punctuation from both ends of a token unless that leaves two
    # characters or fewer (so ":)" and "no." stay as they are).
    toks = [s if len(s := t.strip(punct)) > 2 else t for t in raw]
    low = " ".join(toks).lower().split(" ")
    if len(low) != n:  # pragma: no cover - lower() never creates spaces; be safe anyway
        low = [t.lower() for t in toks]
    watch = rules.watch
    hits = [i for i, w in enumerate(low) if w in watch]

    lex = rules.lexicon
    boosters = rules.intensifiers
    heads = rules.phrase_heads
    n_upper = sum(map(str.isupper, raw))
    cap_diff = 0 < n_upper < n
    but_at = low.index("but") if "but" in low else -1

    scored: list[tuple[int, float, bool, list[str]]] = []
    intens: list[tuple[int, int]] = []  # (first token, last token)
    for i in hits:
        w = low[i]
        if w in boosters:
            intens.append((i, i))
            continue
        if w in heads and i + 1 < n and low[i + 1] in heads[w]:
            intens.append((i, i + 1))
            if w == "kind":  # VADER skips "kind" in "kind of" although it is a lexicon word
                continue
        if w not in lex:
            continue
        notes: list[str] = []
        v, caps = _valence(i, low, raw, n, cap_diff, rules, notes)
        if but_at >= 0 and i != but_at and v != 0.0:
            if i < but_at:
                v *= _BUT_BEFORE
                notes.append(f"before 'but' x{_BUT_BEFORE}")
            else:
                v *= _BUT_AFTER
                notes.append(f"after 'but' x{_BUT_AFTER}")
        scored.append((i, v, caps, notes))

    exclamations = text.count("!")
    pos_sum = 0.0
    neg_sum = 0.0
    nonzero = 0
    weighted_sum = 0.0  # |score| of every word, negative ones weighted by _NEG_WEIGHT
    strongest = 0.0
    caps_words = 0
    for i, v, caps, _ in scored:
        if v > 0:
            pos_sum += v + 1.0
            nonzero += 1
        elif v < 0:
            neg_sum += v - 1.0
            nonzero += 1
        a = -v * _NEG_WEIGHT if v < 0 else v
        weighted_sum += a
        if a > strongest:
            strongest = a
        if caps and len(toks[i]) > 1:
            caps_words += 1
    total_v = sum(v for _, v, _, _ in scored)

    if not scored and not any(map(str.isalnum, text)):
        # punctuation only: no words, so no proportions (VADER would say neu 1.0)
        return SentenceEmotion(0.0, 0.0, 0.0, 0.0, 0.0, (), (), exclamations, 0)

    amp = min(exclamations, _EXCLAIM_MAX) * _EXCLAIM
    questions = text.count("?")
    if questions > 3:
        amp += _QUESTION_MAX
    elif questions > 1:
        amp += questions * _QUESTION
    if total_v > 0:
        total_v += amp
    elif total_v < 0:
        total_v -= amp
    compound = total_v / math.sqrt(total_v * total_v + _ALPHA)
    compound = max(-1.0, min(1.0, compound))

    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    neu_count = n - nonzero
    denom = pos_sum - neg_sum + neu_count
    if denom > 0:
        pos, neg, neu = pos_sum / denom, abs(neg_sum) / denom, neu_count / denom
    else:  # pragma: no cover - n >= 1 so denom >= 1
        pos = neg = neu = 0.0

    evidence = 0.0
    if strongest > 0.0:
        evidence = (strongest + _FURTHER_WORDS * (weighted_sum - strongest)) / (
            n / _LENGTH_REF
        ) ** _LENGTH_POWER
    evidence += (
        _INTENSIFIER_WEIGHT * len(intens)
        + _EXCLAIM_WEIGHT * min(exclamations, _EXCLAIM_MAX)
        + _CAPS_WEIGHT * caps_words
    )
    intensity = evidence / (evidence + _INTENSITY_HALF)

    words: tuple[EmotiveWord, ...] = ()
    intensifiers: tuple[tuple[int, int, str], ...] = ()
    if scored or intens:
        last = max(
            scored[-1][0] if scored else 0,
            max((j for _, j in intens), default=0),
        )
        starts = _TokenStarts(text, raw, last)

        def span(i: int) -> tuple[int, int]:
            tok, rtok = toks[i], raw[i]
            lead = 0 if tok is rtok else len(rtok) - len(rtok.lstrip(punct))
            first = starts[i] + lead
            return first, first + len(tok)

        out: list[EmotiveWord] = []
        for i, v, _, notes in scored:
            ws, we = span(i)
            out.append(
                EmotiveWord(ws + offset, we + offset, toks[i], low[i], lex[low[i]], v, tuple(notes))
            )
        words = tuple(out)
        spans: list[tuple[int, int, str]] = []
        for a, b in intens:
            ws = span(a)[0]
            we = span(b)[1]
            spans.append((ws + offset, we + offset, text[ws:we]))
        intensifiers = tuple(spans)

    return SentenceEmotion(
        compound=compound,
        pos=pos,
        neg=neg,
        neu=neu,
        intensity=intensity,
        words=words,
        intensifiers=intensifiers,
        exclamations=exclamations,
        caps_words=caps_words,
    )

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
from functools import cache, lru_cache
from importlib.resources import files
from itertools import accumulate, compress, count, repeat
from operator import add, is_not, itemgetter
from types import MappingProxyType

from mediakit import lexicons

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

_PUNCT = string.punctuation + "“”‘’„‚«»‹›—–―…"  # curly quotes, dashes, ellipsis: issue 15
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
    raw = json.loads(lexicons.read("vader_rules"))
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
def _fmt(x: float) -> str:
    return f"{x:+.3f}".rstrip("0").rstrip(".")


def _special_check(
    v: float, low: list[str], i: int, n: int, rules: _Rules, notes: list[str]
) -> float:
    """VADER's check of special phrases and two-word dampeners around word ``i`` (i >= 3).

    A phrase can only match when its first word is one of ``special_heads``,
    so each candidate is built only when its first word is one.
    """
    w, l1, l2, l3 = low[i], low[i - 1], low[i - 2], low[i - 3]
    heads = rules.special_heads
    special = rules.special_phrases
    # VADER's order: "l1 w", "l2 l1 w", "l2 l1", "l3 l2 l1", "l3 l2"; the first found wins
    seq = ""
    if l1 in heads and (s := f"{l1} {w}") in special:
        seq = s
    elif l2 in heads and ((s := f"{l2} {l1} {w}") in special or (s := f"{l2} {l1}") in special):
        seq = s
    elif l3 in heads and ((s := f"{l3} {l2} {l1}") in special or (s := f"{l3} {l2}") in special):
        seq = s
    if seq:
        v = special[seq]
        notes.append(f"phrase '{seq}' sets {_fmt(v)}")
    if w in heads:
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
    phrase_heads = rules.phrase_heads
    phrases = rules.phrase_intensifiers
    for first, second in ((l3, l2), (l2, l1)):  # no three-word intensifiers exist
        if first in phrase_heads:
            seq = f"{first} {second}"
            if seq in phrases:
                b = phrases[seq]
                v += b
                notes.append(f"{'booster' if b > 0 else 'dampener'} '{seq}' {_fmt(b)}")
    return v


def _boosted(
    v: float, b: float, k: int, i: int, raw: list[str], cap_diff: bool, notes: list[str]
) -> float:
    """Add booster/dampener ``b`` found ``k`` words before word ``i`` to its valence ``v``."""
    s = -b if v < 0 else b
    if cap_diff and raw[i - k].isupper():
        s += _CAPS if v > 0 else -_CAPS
    s *= _DISTANCE_DAMPING[k - 1]
    kind = "booster" if b > 0 else "dampener"
    where = "" if k == 1 else f" ({k} words before, x{_DISTANCE_DAMPING[k - 1]})"
    notes.append(f"{kind} '{raw[i - k].strip(_PUNCT)}' {_fmt(s)}{where}")
    return v + s


def _valence(
    i: int,
    low: list[str],
    raw: list[str],
    n: int,
    cap_diff: bool,
    rules: _Rules,
    notes: list[str],
) -> tuple[float, bool]:
    """Score lexicon word ``i`` with VADER's rules; return (score, emphasised by caps).

    VADER looks at the three words before ``i`` in turn (nearest first),
    skipping those that are lexicon words themselves; the three steps are
    written out one after the other.
    """
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
    if i == 0:
        return v, caps
    negations = rules.negations
    boosters = rules.intensifiers
    # one word before
    l1 = low[i - 1]
    if l1 not in lex:
        b = boosters.get(l1)
        if b is not None:
            v = _boosted(v, b, 1, i, raw, cap_diff, notes)
        if l1 in negations or "n't" in l1:
            v *= _NEGATE
            notes.append(f"negated by '{l1}' x{_NEGATE}")
    if i > 1:
        # two words before
        l2 = low[i - 2]
        if l2 not in lex:
            b = boosters.get(l2)
            if b is not None:
                v = _boosted(v, b, 2, i, raw, cap_diff, notes)
            if l2 == "never" and l1 in _SO_THIS:
                v *= _NEVER_SO
                notes.append(f"'never {l1}' x{_NEVER_SO}")
            elif l2 == "without" and l1 == "doubt":
                pass
            elif l2 in negations or "n't" in l2:
                v *= _NEGATE
                notes.append(f"negated by '{l2}' (2 words before) x{_NEGATE}")
        if i > 2:
            # three words before
            l3 = low[i - 3]
            if l3 not in lex:
                b = boosters.get(l3)
                if b is not None:
                    v = _boosted(v, b, 3, i, raw, cap_diff, notes)
                if l3 == "never" and l2 in _SO_THIS:
                    v *= _NEVER_SO
                    notes.append(f"'never {l2}' x{_NEVER_SO}")
                elif l1 in _SO_THIS:
                    # VADER 3.3.2 applies the "never so/this" factor whenever the
                    # preceding word is "so" or "this" (operator precedence).
                    v *= _NEVER_SO
                    notes.append(f"preceded by '{l1}' x{_NEVER_SO} (VADER's 'never so' rule)")
                elif l3 == "without" and (l2 == "doubt" or l1 == "doubt"):
                    pass
                elif l3 in negations or "n't" in l3:
                    v *= _NEGATE
                    notes.append(f"negated by '{l3}' (3 words before) x{_NEGATE}")
                heads = rules.special_heads
                if w in heads or l1 in heads or l2 in heads or l3 in heads:
                    v = _special_check(v, low, i, n, rules, notes)
        if l1 == "least" and low[i - 2] not in _AT_VERY:
            v *= _NEGATE
            notes.append(f"'least' x{_NEGATE}")
    elif l1 == "least":
        v *= _NEGATE
        notes.append(f"'least' x{_NEGATE}")
    return v, caps


def _token(raw_token: str, punct: str) -> str:
    """VADER's token: punctuation stripped from both ends unless <= 2 characters remain."""
    s = raw_token.strip(punct)
    return s if len(s) > 2 else raw_token


@lru_cache(maxsize=64)
def _unscored(exclamations: int) -> SentenceEmotion:
    """The (immutable) result for a sentence with words but none VADER looks at."""
    evidence = _EXCLAIM_WEIGHT * min(exclamations, _EXCLAIM_MAX)
    intensity = evidence / (evidence + _INTENSITY_HALF)
    return SentenceEmotion(0.0, 0.0, 0.0, 1.0, intensity, (), (), exclamations, 0)


def _token_starts(text: str, raw: list[str], upto: int) -> list[int]:
    """Character offsets of the whitespace tokens ``raw[0..upto]`` of ``text``."""
    head = raw[: upto + 1]
    if text.startswith(" ".join(head)):
        # common case: tokens separated by single spaces, no leading space;
        # then token i starts at (length of tokens before it) + i
        return list(map(add, accumulate(map(len, head), initial=0), count()))
    found: list[int] = []
    pos = 0
    find = text.find
    for tok in head:
        pos = find(tok, pos)
        found.append(pos)
        pos += len(tok)
    return found


def score_sentence(text: str, offset: int = 0) -> SentenceEmotion:
    """Score one sentence: VADER's compound and proportions, emotive intensity, and why.

    ``offset`` is added to every character position reported (pass the
    sentence's start in its article).  Text without any token gives all
    zeros; so does text made of punctuation only when none of it is an
    emoticon in the lexicon.
    """
    # VADER strips punctuation from both ends of a token unless that leaves two
    # characters or fewer (so ":)" and "no." stay as they are); see _token().
    punct = _PUNCT
    fast = text.isascii() or ("\u0130" not in text and "\u03a3" not in text)
    if fast:
        # Lower-casing maps every character to one character, on its own, and
        # never to or from punctuation or whitespace -- except for U+0130 "İ"
        # (two characters) and U+03A3 "Σ" (final sigma depends on the next
        # character); checked for every code point.  So lower-casing the text
        # first gives the same tokens.  strip() returns the token itself when
        # there is nothing to strip, so only the changed tokens (about one in
        # seven) are checked for the two-character rule.
        lowered = text.lower().replace("’", "'").split()  # "don’t" negates as "don't" does
        n = len(lowered)
        if n == 0:
            return _EMPTY
        low = list(map(str.strip, lowered, repeat(punct)))
        for i in compress(count(), map(is_not, low, lowered)):
            if len(low[i]) <= 2:
                low[i] = lowered[i]
    else:
        raw = text.split()
        n = len(raw)
        if n == 0:
            return _EMPTY
        toks = [_token(t, punct) for t in raw]
        low = " ".join(toks).lower().replace("’", "'").split(" ")
        if len(low) != n:  # pragma: no cover - lower() never creates spaces; be safe anyway
            low = [t.lower() for t in toks]
    rules = _rules()
    watch = rules.watch
    if watch.isdisjoint(low):
        # nothing to score (about three sentences in ten)
        if not any(map(str.isalnum, text)):
            return SentenceEmotion(0.0, 0.0, 0.0, 0.0, 0.0, (), (), text.count("!"), 0)
        return _unscored(text.count("!"))
    if fast:
        raw = text.split()
    hits = list(compress(count(), map(watch.__contains__, low)))

    lex = rules.lexicon
    boosters = rules.intensifiers
    heads = rules.phrase_heads
    cap_diff = any(map(str.isupper, raw)) and not all(map(str.isupper, raw))
    but_at = low.index("but") if "but" in low else -1

    scored: list[tuple[int, float, list[str]]] = []
    intens: list[tuple[int, int]] = []  # (first token, last token)
    pos_sum = 0.0
    neg_sum = 0.0
    nonzero = 0
    weighted_sum = 0.0  # |score| of every word, negative ones weighted by _NEG_WEIGHT
    strongest = 0.0
    caps_words = 0
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
        scored.append((i, v, notes))
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
        if caps and len(_token(raw[i], punct)) > 1:
            caps_words += 1

    exclamations = text.count("!")
    total_v = sum(map(itemgetter(1), scored))

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
    if not -1.0 <= compound <= 1.0:  # pragma: no cover - |x| / sqrt(x * x + 15) < 1
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
        starts = _token_starts(text, raw, last)

        def span(i: int) -> tuple[int, int]:
            rtok = raw[i]
            tok = _token(rtok, punct)
            lead = 0 if tok is rtok else len(rtok) - len(rtok.lstrip(punct))
            first = starts[i] + lead
            return first, first + len(tok)

        out: list[EmotiveWord] = []
        for i, v, notes in scored:
            rtok = raw[i]
            s = rtok.strip(punct)
            if len(s) > 2:  # as _token()
                tok = s
                first = starts[i] + (0 if s is rtok else len(rtok) - len(rtok.lstrip(punct)))
            else:
                tok = rtok
                first = starts[i]
            w = low[i]
            start = first + offset
            out.append(_word(start, start + len(tok), tok, w, lex[w], v, tuple(notes)))
        words = tuple(out)
        spans: list[tuple[int, int, str]] = []
        for a, b in intens:
            ws = span(a)[0]
            we = span(b)[1]
            spans.append((ws + offset, we + offset, text[ws:we]))
        intensifiers = tuple(spans)

    return _emotion(
        compound, pos, neg, neu, intensity, words, intensifiers, exclamations, caps_words
    )

"""Scoring every sentence of an article in one pass: :func:`score_sentence` of each,
with less work per sentence.

What changes is where the work is done, never what is found (tests/test_emotive_batch.py
ties :func:`score_sentences` to :func:`score_sentence` on the 295 Wikinews articles and
on hand-built texts):

* the tokens are VADER's from a cache (:func:`~._tokens.vader_tokens`), not stripped
  one by one;
* the scored sentence's VADER scores and intensity are worked out in one function;
* the scorer's look-ups read plain dicts, not read-only views (``fast_rules``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from itertools import compress, count

from mediakit._emotive._compounds import (
    Compound,
    compound_hits,
)
from mediakit._emotive._lexicon import Rules, fast_rules
from mediakit._emotive._results import EmotiveWord, SentenceEmotion, _emotion, _word
from mediakit._emotive._score import (
    _CAPS_WEIGHT,
    _EMPTY,
    _EXCLAIM_WEIGHT,
    _FURNITURE_TOKENS,
    _FURTHER_WORDS,
    _INTENSIFIER_WEIGHT,
    _INTENSITY_HALF,
    _LENGTH_POWER,
    _LENGTH_REF,
    _NEG_WEIGHT,
    _TOPIC_NOTE,
    _TOPIC_WEIGHT,
    Intens,
    Scored,
    _asides,
    _emphasis,
    _no_words,
    _unscored,
    _unusual,
    name_part,
    score_sentence,
    unlisted_word,
)
from mediakit._emotive._senses import in_name, is_furniture
from mediakit._emotive._tokens import PUNCT, token, token_span, token_starts, vader_tokens
from mediakit._emotive._vader import (
    ALPHA,
    BUT_AFTER,
    BUT_BEFORE,
    CAPS,
    EXCLAIM,
    EXCLAIM_MAX,
    QUESTION,
    QUESTION_MAX,
    fmt,
    valence,
)
from mediakit._spans import Span

__all__ = ["score_sentences"]


def score_sentences(text: str, sentences: Sequence[Span]) -> list[SentenceEmotion]:
    """``[score_sentence(s.text, s.start) for s in sentences]``, faster: ``sentences``
    are spans of ``text`` (``s.text == text[s.start:s.end]``)."""
    if "\u0130" in text or "\u03a3" in text:  # lower() is not per character: the plain way
        return [score_sentence(s.text, s.start) for s in sentences]
    r = fast_rules()
    watch_disjoint = r.watch.isdisjoint
    isalnum = str.isalnum
    out: list[SentenceEmotion] = []
    append = out.append
    for s in sentences:
        stext = s.text
        lowtext = stext.lower()  # most sentences are ASCII, where lower() is fastest
        if not stext.isascii():
            lowtext = lowtext.replace("’", "'")  # "don’t" negates as "don't" does
        lowered = lowtext.split()
        if not lowered:
            append(_EMPTY)
            continue
        low = vader_tokens(lowered)
        extra = (
            compound_hits(stext, low, r.watch, r.lexicon, r.senses.words)
            if "-" in stext or "—" in stext or "–" in stext
            else {}
        )
        if not extra and watch_disjoint(low):  # nothing to score (three sentences in ten)
            if any(map(isalnum, stext)):
                append(_unscored(stext.count("!")))
            else:
                append(_no_words(stext))
            continue
        append(_scored_sentence(stext, s.start, low, r, "n't" not in lowtext, extra))
    return out


def _scored_sentence(
    text: str, offset: int, low: list[str], r: Rules, quiet: bool, extra: dict[int, Compound]
) -> SentenceEmotion:
    """:func:`score_sentence` of a sentence with a word the scorer looks at (``quiet``:
    no "n't" in it; ``extra``: its compounds read through a part)."""
    raw = text.split()
    n = len(low)
    if n <= _FURNITURE_TOKENS and is_furniture(text):  # "Play video": page furniture
        return _unscored(text.count("!"))
    scored, intens, caps_words = _words(low, raw, r, quiet, extra)
    if "?)" in text or "!)" in text:
        _asides(raw, scored)
    if not scored and not any(map(str.isalnum, text)):
        return _no_words(text)
    exclamations = text.count("!")
    amp = min(exclamations, EXCLAIM_MAX) * EXCLAIM
    if "?" in text:
        questions = text.count("?")
        if questions > 3:
            amp += QUESTION_MAX
        elif questions > 1:
            amp += questions * QUESTION
    # the lists of _vader_scores and _intensity from one loop; sum() adds them as there
    # (the same bits on every Python: 3.12's sum() of floats is compensated)
    scores: list[float] = []
    positive: list[float] = []
    negative: list[float] = []
    weighted: list[float] = []
    for item in scored:
        v = item[1]
        scores.append(v)
        if v > 0:
            positive.append(v)
        elif v < 0:
            negative.append(v)
        weighted.append(item[5])
    total_v = sum(scores)
    if total_v > 0:
        total_v += amp
    elif total_v < 0:
        total_v -= amp
    compound = total_v / math.sqrt(total_v * total_v + ALPHA)
    pos_sum = sum(positive) + len(positive)
    neg_sum = sum(negative) - len(negative)
    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    neu_count = n - len(positive) - len(negative)
    denom = pos_sum - neg_sum + neu_count
    evidence = 0.0
    strongest = max(weighted, default=0.0)
    if strongest > 0.0:
        evidence = (strongest + _FURTHER_WORDS * (sum(weighted) - strongest)) / (
            n / _LENGTH_REF
        ) ** _LENGTH_POWER
    evidence += (
        _INTENSIFIER_WEIGHT * len(intens)
        + _EXCLAIM_WEIGHT * min(exclamations, EXCLAIM_MAX)
        + _CAPS_WEIGHT * caps_words
    )
    intensity = evidence / (evidence + _INTENSITY_HALF)
    words, spans = (
        _explained(text, low, raw, scored, intens, offset) if scored or intens else ((), ())
    )
    return _emotion(
        compound,
        pos_sum / denom,
        abs(neg_sum) / denom,
        neu_count / denom,
        intensity,
        words,
        spans,
        exclamations,
        caps_words,
    )


@cache
def _noisy() -> frozenset[str]:
    """The tokens that make valence() change a word's score when they are the word or
    one of the three before it (with any token that has "n't"): boosters, negations,
    the first words of special phrases, and the words its rules name.  A word with none
    of them about is scored by the capitals rule alone."""
    r = fast_rules()
    rule_words = ("no", "never", "without", "doubt", "so", "this", "least", "or", "nor")
    return frozenset((*r.intensifiers, *r.negations, *r.special_heads, *rule_words))


def _words(
    low: list[str], raw: list[str], r: Rules, quiet: bool, extra: dict[int, Compound]
) -> tuple[Scored, Intens, int]:
    """``_score._score_words``, with the capitals' rule found only when it can matter:
    VADER's "a word in capitals in a sentence not all in capitals" asks whether a
    looked-at word is in capitals before it asks about the sentence, so when none is,
    the sentence's tokens are not each looked at twice; and a word with no token of
    :func:`_noisy` among it and the three before it, in a sentence without "n't"
    (``quiet``), is not taken through valence()."""
    n = len(low)
    lex = r.lexicon
    boosters = r.intensifiers
    heads = r.phrase_heads
    senses = r.senses
    topic = senses.topic
    emphatic = r.emphatic
    unusual = r.unusual
    phrases = r.phrases
    hits = list(compress(count(), map(r.watch.__contains__, low)))
    if extra:
        hits = sorted({*hits, *extra})
    # every use of cap_diff is "cap_diff and raw[j].isupper()" for a looked-at j (a hit, or
    # the first token of a phrase found at a hit: checked when one is)
    cap_diff = any(map(str.isupper, map(raw.__getitem__, hits))) and not all(map(str.isupper, raw))
    title_case: bool | None = None  # a headline in title case: found when first needed
    but_at = low.index("but") if "but" in low else -1
    noisy = _noisy()
    scored: Scored = []
    intens: Intens = []
    caps_words = 0
    skip_to = -1  # the last token of a loaded phrase found: its words are not scored apart
    for i in hits:
        if i <= skip_to:
            continue
        w = low[i]
        if w in boosters:
            intens.append((i, i))
            if w not in emphatic:  # an emphatic booster before a plain word is an item too
                continue
        if w in heads and i + 1 < n and low[i + 1] in heads[w]:
            intens.append((i, i + 1))
            if w == "kind":  # VADER skips "kind" in "kind of" although it is a lexicon word
                continue
        base = lex.get(w)
        notes: list[str] = []
        entry = w
        last = i
        if base is None and w not in phrases:
            got = unlisted_word(i, low, raw, r, extra, notes)
            if got is None:
                continue
            entry, base, last = got
        elif w in unusual:  # not VADER's entry, sense rules or a phrase anchor: rare
            found = _unusual(w, i, base, low, raw, r, scored, notes)
            if found is None:
                continue
            i, last, entry, base = found
            if last != i:
                skip_to = last
                if not cap_diff and raw[i].isupper():  # a phrase opens before its anchor:
                    cap_diff = not all(map(str.isupper, raw))  # a looked-at word ("PC brigade")
        assert base is not None  # a phrase anchor outside a phrase went on above
        if last == i and not raw[i].islower() and in_name(i, raw):
            title_case, named = name_part(i, raw, base, notes, title_case)
            if named:
                continue  # part of a name ("United Nations"): a neutral word
        if last < 0:
            last = i
        if quiet and noisy.isdisjoint(low[i - 3 if i > 3 else 0 : i + 1]):
            v = base  # valence() would change nothing but for capitals
            caps = cap_diff and raw[i].isupper()
            if caps:
                c = CAPS if v > 0 else -CAPS
                v += c
                notes.append(f"ALL CAPS {fmt(c)}")
        else:
            v, caps = valence(i, low, raw, n, cap_diff, r, notes, base)
        if but_at >= 0 and i != but_at and v != 0.0:
            if i < but_at:
                v *= BUT_BEFORE
                notes.append(f"before 'but' x{BUT_BEFORE}")
            else:
                v *= BUT_AFTER
                notes.append(f"after 'but' x{BUT_AFTER}")
        a = -v * _NEG_WEIGHT if v < 0 else v  # its evidence of intensity
        if entry in topic and not any(map(_emphasis, notes)):
            a *= _TOPIC_WEIGHT
            notes.append(_TOPIC_NOTE)
        scored.append((i, v, notes, entry, base, a, last))
        if caps and len(token(raw[i])) > 1:
            caps_words += 1
    return scored, intens, caps_words


def _explained(
    text: str, low: list[str], raw: list[str], scored: Scored, intens: Intens, offset: int
) -> tuple[tuple[EmotiveWord, ...], tuple[tuple[int, int, str], ...]]:
    """``_score._explained``: the intensifiers come in text order, so the last token
    looked at is the last scored word's or the last intensifier's; and a scored word
    whose token ``low`` holds at full length is its whole raw token (not stripped
    again)."""
    last = scored[-1][6] if scored else 0
    if intens and intens[-1][1] > last:
        last = intens[-1][1]
    starts = token_starts(text, raw, last)
    punct = PUNCT
    words = []
    for i, v, notes, entry, base, _, j in scored:
        if v and j != i:  # a loaded phrase: from its first token's start to its last's end
            a = token_span(raw[i], starts[i])[0]
            b = token_span(raw[j], starts[j])[1]
            words.append(_word(a + offset, b + offset, text[a:b], entry, base, v, tuple(notes)))
        elif v:  # a word the rules scored 0 ("no" before a sentiment word) is not emotive
            rtok = raw[i]
            if len(low[i]) == len(rtok):  # token() kept it whole (lower() keeps lengths)
                a = starts[i] + offset
                words.append(_word(a, a + len(rtok), rtok, entry, base, v, tuple(notes)))
                continue
            tok = rtok.strip(punct)
            if len(tok) > 2:
                a = starts[i] + (0 if tok is rtok else len(rtok) - len(rtok.lstrip(punct)))
            else:
                tok = rtok
                a = starts[i]
            a += offset
            words.append(_word(a, a + len(tok), tok, entry, base, v, tuple(notes)))
    if not intens:
        return tuple(words), ()
    spans = []
    for i, j in intens:
        a = token_span(raw[i], starts[i])[0]
        b = token_span(raw[j], starts[j])[1]
        spans.append((a + offset, b + offset, text[a:b]))
    return tuple(words), tuple(spans)

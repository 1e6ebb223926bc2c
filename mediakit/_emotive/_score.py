"""Scoring one sentence: VADER's compound and proportions, emotive intensity, and why."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from mediakit._emotive._compounds import (
    EMPHATIC_RULE,
    EMPHATIC_VALENCE,
    Compound,
    compound_hits,
    part_capitalised,
)
from mediakit._emotive._lexicon import Rules, fast_rules
from mediakit._emotive._phrases import PHRASE_RULE, Phrase, phrase_at
from mediakit._emotive._results import EmotiveWord, SentenceEmotion, _emotion, _word
from mediakit._emotive._senses import EPITHET_RULE, epithet, in_name, is_furniture, sense_of
from mediakit._emotive._tokens import PUNCT, lowered_tokens, token, token_span, token_starts
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

__all__ = ["score_sentence"]

# Emotive intensity (mediakit's own; see docs/emotive.md).  The fitted constants
# were chosen by grid search on the odd-numbered lines of the NYT editorial
# snippets only; the even-numbered lines were kept for checking.
_NEG_WEIGHT = 1.75  # negative wording reads as more charged than positive (fitted)
_FURTHER_WORDS = 0.5  # every word after the strongest one counts half (fitted)
_LENGTH_REF = 20.0  # tokens; word evidence is divided by (tokens / 20) ** 0.25
_LENGTH_POWER = 0.25  # (fitted)
_INTENSIFIER_WEIGHT = 1.0  # per booster/dampener found (fitted)
_EXCLAIM_WEIGHT = EXCLAIM  # per "!" (at most 4): VADER's increment, not fitted (too rare)
_CAPS_WEIGHT = CAPS  # per emphasised ALL-CAPS word: VADER's increment, not fitted
_INTENSITY_HALF = 12.0  # raw evidence at which intensity == 0.5 (fitted)
_TOPIC_WEIGHT = 0.5  # a word naming what happened, not intensified (emotive_topic_weight.py)
_TOPIC_NOTE = f"names what happened (topic): x{_TOPIC_WEIGHT} in intensity"

# the writer's one-word aside in brackets asking or exclaiming: "(really?)" (sarcasm)
_ASIDE = re.compile(r"\((?:[A-Za-z]+[?!]+|[?!]+)\)")
_ASIDE_VALENCE = -1.5  # our judgement: beside VADER's "mock" -1.8 and "ridicule" -2.0
ASIDE_RULE = "mediakit's rule: a one-word question or exclamation in brackets (sarcasm)"

# the words a headline in title case leaves in lower case
_HEADLINE_LOWER = frozenset("a an the and or but nor of in on at to for by with from as vs".split())
_FURNITURE_TOKENS = 6  # longer sentences are never page furniture ("Play video")
_EMPTY = SentenceEmotion(0.0, 0.0, 0.0, 0.0, 0.0, (), (), 0, 0)

# (token, score, the rules applied, lexicon entry, its valence, evidence of intensity,
# last token: the token itself, or a loaded phrase's last)
Scored = list[tuple[int, float, list[str], str, float, float, int]]
Intens = list[tuple[int, int]]  # (first token, last token) of each booster/dampener


@lru_cache(maxsize=64)
def _unscored(exclamations: int) -> SentenceEmotion:
    """The (immutable) result for a sentence with words but none VADER looks at."""
    evidence = _EXCLAIM_WEIGHT * min(exclamations, EXCLAIM_MAX)
    intensity = evidence / (evidence + _INTENSITY_HALF)
    return SentenceEmotion(0.0, 0.0, 0.0, 1.0, intensity, (), (), exclamations, 0)


def _no_words(text: str) -> SentenceEmotion:
    """Punctuation only: no words, so no proportions (VADER would say neu 1.0)."""
    return SentenceEmotion(0.0, 0.0, 0.0, 0.0, 0.0, (), (), text.count("!"), 0)


def _score_words(
    low: list[str], raw: list[str], r: Rules, extra: dict[int, Compound]
) -> tuple[Scored, Intens, int]:
    """Score every lexicon word of the sentence (and the compounds of ``extra``,
    :func:`~._compounds.compound_hits`); find its intensifiers and caps words."""
    n = len(low)
    lex = r.lexicon
    boosters = r.intensifiers
    heads = r.phrase_heads
    senses = r.senses
    topic = senses.topic
    emphatic = r.emphatic
    unusual = r.unusual
    phrases = r.phrases
    cap_diff = any(map(str.isupper, raw)) and not all(map(str.isupper, raw))
    title_case: bool | None = None  # a headline in title case: found when first needed
    but_at = low.index("but") if "but" in low else -1
    scored: Scored = []
    intens: Intens = []
    caps_words = 0
    skip_to = -1  # the last token of a loaded phrase found: its words are not scored apart
    hits = compress(count(), map(r.watch.__contains__, low))
    for i in sorted({*hits, *extra}) if extra else hits:
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
        assert base is not None  # a phrase anchor outside a phrase went on above
        if last == i and not raw[i].islower() and in_name(i, raw):
            title_case, named = name_part(i, raw, base, notes, title_case)
            if named:
                continue  # part of a name ("United Nations"): a neutral word
        if last < 0:
            last = i
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


def name_part(
    i: int, raw: list[str], base: float, notes: list[str], title_case: bool | None
) -> tuple[bool | None, bool]:
    """For token ``i``, which :func:`in_name` finds in a run of capitals: whether the
    sentence is a headline in title case (``title_case``, found when first needed) and
    whether the word is part of a name, so neutral.  It is not in a headline in title case
    (every word capitalised) nor when it is an epithet before a given name ("Crooked
    Hillary": :func:`~._senses.epithet`, its rule noted)."""
    if epithet(i, raw, base):
        notes.append(EPITHET_RULE)
        return title_case, False
    if title_case is None:
        title_case = _HEADLINE_LOWER.issuperset(t for t in raw if t[:1].islower())
    return title_case, not title_case


def unlisted_word(
    i: int, low: list[str], raw: list[str], r: Rules, extra: dict[int, Compound], notes: list[str]
) -> tuple[str, float, int] | None:
    """The entry, valence and last token of token ``i``, which the lexicon lacks and no
    phrase opens: an emphatic adverb ("absolutely", "wildly"; an item unless a lexicon
    word follows it, which VADER's booster rule raises instead) or a compound of
    ``extra`` read through a part; None for any other word (its rules go to ``notes``)."""
    w = low[i]
    if w in r.emphatic:
        if i + 1 < len(low) and low[i + 1] in r.lexicon:
            return None
        notes.append(f"{EMPHATIC_RULE} '{w}'")
        return w, EMPHATIC_VALENCE, i
    if i not in extra:
        return None
    entry, base = _compound(extra[i], r, notes)
    last = i
    if not raw[i].islower() and not part_capitalised(raw[i], extra[i].index):
        last = -1  # a capital in another part ("Clinton-bashing"): not a name
    return entry, base, last


def _compound(c: Compound, r: Rules, notes: list[str]) -> tuple[str, float]:
    """The entry and valence of a compound read through part ``c`` (its rules noted)."""
    notes.append(c.note)
    if c.value is not None:
        return c.part, c.value
    if c.part in r.origin:
        entry, base, why = r.origin[c.part]
        notes.append(why)
        return entry, base
    return c.part, r.lexicon[c.part]


def _unusual(
    w: str,
    i: int,
    base: float | None,
    low: list[str],
    raw: list[str],
    r: Rules,
    scored: Scored,
    notes: list[str],
) -> tuple[int, int, str, float] | None:
    """The rare path of token ``i`` (``w``, lexicon valence ``base`` or None) for both
    scorers: a loaded phrase it anchors (:func:`_phrase`), else mediakit's entry for a
    word VADER lacks, then its sense rules.  Its first and last tokens, entry and
    valence; None when it is not scored (no phrase and no entry, or a neutral sense)."""
    last = i
    entry = w
    phrases = r.phrases
    if w in phrases and (found := phrase_at(i, low, phrases[w])) is not None:
        i, last, entry, base = _phrase(found, scored, notes)
    elif base is None:
        return None
    elif w in r.origin:
        entry, base, why = r.origin[w]
        notes.append(why)
    senses = r.senses
    if last == i and w in senses.words and (sense := sense_of(i, low, raw, senses)) is not None:
        if not sense.value:
            return None  # not emotive in this sense: a neutral word
        base = sense.value
        notes.append(f"{sense.note}: '{' '.join(sense.words)}' sets {fmt(base)}")
    return i, last, entry, base


def _phrase(
    found: tuple[Phrase, int], scored: Scored, notes: list[str]
) -> tuple[int, int, str, float]:
    """A loaded phrase found (:func:`~._phrases.phrase_at`): its first and last tokens,
    entry and valence; the words of it scored already are dropped (scored as one)."""
    p, first = found
    while scored and scored[-1][0] >= first:
        scored.pop()
    notes.append(f"{PHRASE_RULE} '{p.text}' ({p.note})")
    return first, first + len(p.slots) - 1, p.text, p.value


def _asides(raw: list[str], scored: Scored) -> None:
    """Add to ``scored`` each one-word question or exclamation in brackets, the writer's
    sarcastic aside ("(really?)", "(seriously?!)"): asked only of a sentence with "?)" or
    "!)" in it.  A word of the lexicon inside it is scored as the aside instead."""
    for i, t in enumerate(raw):
        m = _ASIDE.match(t)
        if m is None:
            continue
        for k, item in enumerate(scored):
            if item[0] >= i:
                if item[0] == i:
                    del scored[k]
                break
        else:
            k = len(scored)
        text = m.group(0)
        note = f"{ASIDE_RULE} '{text}'"
        a = -_ASIDE_VALENCE * _NEG_WEIGHT
        scored.insert(k, (i, _ASIDE_VALENCE, [note], text, _ASIDE_VALENCE, a, i))


def _emphasis(note: str) -> bool:
    """True for the note of a rule that makes a word emphatic (booster, capitals)."""
    return note.startswith(("booster", "ALL CAPS"))


def _vader_scores(
    scores: list[float], n: int, text: str, exclamations: int
) -> tuple[float, float, float, float]:
    """VADER's compound and pos/neg/neu proportions from the word scores, with its
    emphasis from "!" (at most 4) and "??" or more."""
    amp = min(exclamations, EXCLAIM_MAX) * EXCLAIM
    if "?" in text:
        questions = text.count("?")
        if questions > 3:
            amp += QUESTION_MAX
        elif questions > 1:
            amp += questions * QUESTION
    total_v = sum(scores)
    if total_v > 0:
        total_v += amp
    elif total_v < 0:
        total_v -= amp
    compound = total_v / math.sqrt(total_v * total_v + ALPHA)
    if not -1.0 <= compound <= 1.0:  # pragma: no cover - |x| / sqrt(x * x + 15) < 1
        compound = max(-1.0, min(1.0, compound))
    positive = [v for v in scores if v > 0]
    negative = [v for v in scores if v < 0]
    nonzero = len(positive) + len(negative)
    pos_sum = sum(positive) + len(positive)
    neg_sum = sum(negative) - len(negative)
    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    neu_count = n - nonzero
    denom = pos_sum - neg_sum + neu_count
    if denom <= 0:  # pragma: no cover - n >= 1 so denom >= 1
        return compound, 0.0, 0.0, 0.0
    return compound, pos_sum / denom, abs(neg_sum) / denom, neu_count / denom


def _intensity(
    scored: Scored, n: int, intensifiers: int, exclamations: int, caps_words: int
) -> float:
    """mediakit's emotive intensity (docs/emotive.md)."""
    weighted = list(map(itemgetter(5), scored))
    strongest = max(weighted, default=0.0)
    evidence = 0.0
    if strongest > 0.0:
        evidence = (strongest + _FURTHER_WORDS * (sum(weighted) - strongest)) / (
            n / _LENGTH_REF
        ) ** _LENGTH_POWER
    evidence += (
        _INTENSIFIER_WEIGHT * intensifiers
        + _EXCLAIM_WEIGHT * min(exclamations, EXCLAIM_MAX)
        + _CAPS_WEIGHT * caps_words
    )
    return evidence / (evidence + _INTENSITY_HALF)


def _explained(
    text: str, raw: list[str], scored: Scored, intens: Intens, offset: int
) -> tuple[tuple[EmotiveWord, ...], tuple[tuple[int, int, str], ...]]:
    """The scored words with their offsets and rules, and the intensifiers' spans."""
    if not scored and not intens:
        return (), ()
    last = max(scored[-1][6] if scored else 0, max((j for _, j in intens), default=0))
    starts = token_starts(text, raw, last)
    words = []
    for i, v, notes, entry, base, _, j in scored:
        if v and j != i:  # a loaded phrase: from its first token's start to its last's end
            a = token_span(raw[i], starts[i])[0]
            b = token_span(raw[j], starts[j])[1]
            words.append(_word(a + offset, b + offset, text[a:b], entry, base, v, tuple(notes)))
        elif v:  # a word the rules scored 0 ("no" before a sentiment word) is not emotive
            rtok = raw[i]
            tok = rtok.strip(PUNCT)  # as token_span(), inline: this runs for every word
            if len(tok) > 2:
                a = starts[i] + (0 if tok is rtok else len(rtok) - len(rtok.lstrip(PUNCT)))
            else:
                tok = rtok
                a = starts[i]
            a += offset
            words.append(_word(a, a + len(tok), tok, entry, base, v, tuple(notes)))
    spans = []
    for i, j in intens:
        a = token_span(raw[i], starts[i])[0]
        b = token_span(raw[j], starts[j])[1]
        spans.append((a + offset, b + offset, text[a:b]))
    return tuple(words), tuple(spans)


def score_sentence(text: str, offset: int = 0) -> SentenceEmotion:
    """Score one sentence: VADER's compound and proportions, emotive intensity, and why.

    ``offset`` is added to every character position reported (pass the
    sentence's start in its article).  Text without any token gives all
    zeros; so does text made of punctuation only when none of it is an
    emoticon in the lexicon.
    """
    low, raw = lowered_tokens(text)
    n = len(low)
    if n == 0:
        return _EMPTY
    r = fast_rules()
    extra = (
        compound_hits(text, low, r.watch, r.lexicon, r.senses.words)
        if "-" in text or "—" in text or "–" in text
        else {}
    )
    if not extra and r.watch.isdisjoint(low):  # nothing to score (three sentences in ten)
        if not any(map(str.isalnum, text)):
            return _no_words(text)
        return _unscored(text.count("!"))
    if raw is None:
        raw = text.split()
    if n <= _FURNITURE_TOKENS and is_furniture(text):  # "Play video": page furniture
        return _unscored(text.count("!"))
    scored, intens, caps_words = _score_words(low, raw, r, extra)
    if "?)" in text or "!)" in text:
        _asides(raw, scored)
    if not scored and not any(map(str.isalnum, text)):
        return _no_words(text)
    scores = list(map(itemgetter(1), scored))
    exclamations = text.count("!") if "!" in text else 0
    compound, pos, neg, neu = _vader_scores(scores, n, text, exclamations)
    intensity = _intensity(scored, n, len(intens), exclamations, caps_words)
    words, spans = _explained(text, raw, scored, intens, offset)
    return _emotion(compound, pos, neg, neu, intensity, words, spans, exclamations, caps_words)

"""Senses: where a lexicon word is not emotive, or not the emotion it is listed with.

The rules are data (``mediakit/data/emotive/senses.tsv``, one rule a line; its header
says what each kind means) plus one rule of code: a capitalised word inside a run of
capitalised words is part of a name ("United Nations", "Great Britain", "Justice
Department") and scores nothing.  :func:`sense_of` is asked only about words that
have a rule (``Senses.words``) or a capital letter, so it costs nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mediakit import lexicons
from mediakit._boilerplate import find_boilerplate
from mediakit._emotive._tokens import PUNCT
from mediakit._spans import Span

__all__ = [
    "EPITHET_RULE",
    "Senses",
    "epithet",
    "in_name",
    "is_furniture",
    "load_senses",
    "sense_of",
]

EPITHET_RULE = (
    "mediakit's rule: a charged adjective before a given name is an epithet, not part of the"
    " name ('Crooked Hillary')"
)
#: How an epithet ends: the adjectives and participles of nicknames (Crooked, Crazy, Lying,
#: Lyin'); nouns, verbs and -ly adverbs before a name are left to the name rule ("Crime
#: Bill", "Slams Hillary" in a headline, "Unfortunately Hillary ...").
_EPITHET_ENDINGS = ("ed", "y", "ing", "in'", "in’")
_EPITHET_MAX = -1.0  # only clearly negative words: names are rarely abuse

_QUOTES = "\"'“”‘’«»"
_QUOTE_OPENERS = tuple(_QUOTES)
_CLOSERS = (",", ";", ":", "!", "?")


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str  # phrase, after, before, only_after, initial
    words: tuple[str, ...]  # the phrase's words (phrase) or the context words
    at: int  # the word's position in the phrase (phrase only)
    value: float
    note: str


@dataclass(frozen=True, slots=True)
class Senses:
    """The sense rules by word, the topic words and the forms that are no inflections."""

    rules: Mapping[str, tuple[_Rule, ...]]
    words: frozenset[str]
    topic: frozenset[str]
    not_inflections: frozenset[str]
    neutral: frozenset[str]  # function words scored 0 everywhere: left out of the lexicon


def load_senses() -> Senses:
    """Read ``senses.tsv`` (see its header)."""
    by_word: dict[str, list[_Rule]] = {}
    topic: set[str] = set()
    not_inflections: set[str] = set()
    neutral: set[str] = set()
    for row in lexicons.rows("emotive_senses"):
        kind, word = row[0], row[1]
        context = row[2].split() if len(row) > 2 and row[2] != "-" else []
        value = float(row[3]) if len(row) > 3 else 0.0
        note = row[4] if len(row) > 4 else ""
        if kind == "topic":
            topic.add(word)
        elif kind == "neutral":
            neutral.add(word)
        elif kind == "not_inflection":
            not_inflections.add(context[0])
        elif kind == "phrase":
            at = context.index(word)
            by_word.setdefault(word, []).append(_Rule(kind, tuple(context), at, value, note))
        elif kind in ("after", "before", "only_after", "initial"):
            by_word.setdefault(word, []).append(_Rule(kind, tuple(context), 0, value, note))
        else:  # pragma: no cover - tests/test_emotive_senses.py checks every kind is known
            raise ValueError(f"senses.tsv: unknown kind {kind!r}")
    rules = {w: tuple(rs) for w, rs in by_word.items()}
    return Senses(
        MappingProxyType(rules),
        frozenset(rules),
        frozenset(topic),
        frozenset(not_inflections),
        frozenset(neutral),
    )


def sense_of(i: int, low: list[str], raw: list[str], senses: Senses) -> _Rule | None:
    """The first sense rule that applies to token ``i`` (None when none does)."""
    n = len(low)
    for r in senses.rules[low[i]]:
        kind = r.kind
        if kind == "phrase":
            first = i - r.at
            if first >= 0 and first + len(r.words) <= n:
                if tuple(low[first : first + len(r.words)]) == r.words:
                    return r
        elif kind == "after":
            if i > 0 and low[i - 1] in r.words:
                return r
        elif kind == "before":
            if i + 1 < n and low[i + 1] in r.words:
                return r
        elif kind == "only_after":
            if i == 0 or low[i - 1] not in r.words:
                return r
        elif i == 0 and raw[0].endswith(","):  # initial
            return r
    return None


def _capitalised(tok: str) -> bool:
    s = tok.strip(PUNCT)
    return len(s) > 1 and s[0].isupper() and not s.isupper()


def _closes(tok: str) -> bool:
    """True when ``tok`` ends in a comma, colon, semicolon, "!" or "?" (closing quotes
    aside).  A sentence's first word so closed is no part of a name after it ("Sadly,
    Trump ...", "Outrageous!" Trump said); inside a sentence a comma can part the parts
    of one name ("Springfield, Ill.", "Nice, France"), so it is left alone there."""
    return tok.rstrip(_QUOTES).endswith(_CLOSERS)


def in_name(i: int, raw: list[str]) -> bool:
    """True when token ``i`` is part of a name: it and a neighbour are capitalised.

    The sentence's first word counts as a neighbour only after it ("The United
    Nations" is a name through "Nations").  Not when the run of capitals opens with a
    quotation mark (a quoted title or slogan: "The Impeachment Hoax"), and a quotation
    mark opening a token parts it from the capitalised word before it (Trump
    "Soviet-style": a scare-quoted word after a name is no part of it); a comma, colon,
    semicolon, "!" or "?" after the sentence's first word parts it from the name after
    it ("Sadly, Trump ...": :func:`_closes`).  The caller
    checks that the sentence is not a headline in title case, where every word is
    capitalised."""
    if not _capitalised(raw[i]):
        return False
    quoted = raw[i].startswith(_QUOTE_OPENERS)
    before = i > 1 and not quoted and _capitalised(raw[i - 1])
    after = (
        i + 1 < len(raw)
        and _capitalised(raw[i + 1])
        and not raw[i + 1].startswith(_QUOTE_OPENERS)
        and not (i == 0 and _closes(raw[0]))
    )
    if not (before or after):
        return False
    first = i
    while first > 0 and not raw[first].startswith(_QUOTE_OPENERS):
        if not _capitalised(raw[first - 1]):
            break
        first -= 1
    return not raw[first].startswith(_QUOTE_OPENERS)


def epithet(i: int, raw: list[str], valence: float) -> bool:
    """True when token ``i``, capitalised and opening a run of capitals, is a charged
    adjective before a given name: a nickname of abuse ("Crooked Hillary", "Crazy
    Bernie"), which :func:`in_name` would read as part of the name.  The word must be
    clearly negative (valence at most -1.0), end as an adjective or participle does
    (:data:`_EPITHET_ENDINGS`) and not be a given name itself; the next token must be a
    given name of mediakit's list (``given_names.tsv``).  As in :func:`in_name`, the
    sentence's first word does not open the run for the word after it ("So, Crooked
    Hillary ...")."""
    if valence > _EPITHET_MAX or i + 1 >= len(raw) or (i > 1 and _capitalised(raw[i - 1])):
        return False
    word = raw[i].strip(PUNCT)
    low = word.lower()
    if not low.endswith(_EPITHET_ENDINGS) or low.endswith("ly"):  # no adverb
        return False
    from mediakit._names import given_names  # the people layer's list, loaded once

    names = given_names()
    after = raw[i + 1].strip(PUNCT).removesuffix("’s").removesuffix("'s")
    return word not in names and after in names


def is_furniture(text: str) -> bool:
    """True when ``text`` is page furniture by mediakit's boilerplate rules ("Play
    video", "Like us on Facebook"): its words are no emotion, wherever it is scored."""
    return bool(find_boilerplate([Span(0, len(text), text)]))

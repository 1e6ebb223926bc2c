"""Hedges and boosters: how firmly claims are made.

Matches our curated lists (``data/hedges.tsv``, ``data/boosters.tsv``) on
whole words, case-insensitively, longest entry first.  Every match says which
entry and which category made it count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from mediakit import lexicons
from mediakit._trie import trie_pattern

__all__ = ["Marker", "find_markers"]

_NUMBER = re.compile(
    r"\s+(?:\$|£|€)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|"
    r"dozen|a dozen|dozens|hundreds|thousands|half|a third|a quarter)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A hedge or booster at ``[start, end)``: ``entry`` is the list entry that matched."""

    start: int
    end: int
    text: str
    kind: str  # "hedge" | "booster"
    entry: str
    category: str


@dataclass(frozen=True, slots=True)
class _Lexicon:
    entries: dict[str, tuple[str, str]]  # entry -> (kind, category)
    pattern: re.Pattern[str]  # lower-case text
    after_char: re.Pattern[str] | None  # see _after_char


def _load(name: str, kind: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for entry, category in lexicons.rows(name):
        out[" ".join(entry.lower().split())] = (kind, category)
    return out


# Speed: trie_pattern()'s pattern opens with a look-behind (no word character
# before the match), and ``re`` can do nothing faster than try it, then the
# trie, at every offset of the text.  _after_char() instead matches one
# character that is not an ASCII word character and then the trie without the
# look-behind: ``re`` skips to such characters with a bitmap test and tries
# the trie only there, mostly after spaces.  Such a character may still be a
# non-ASCII word character ("é") or "’": then the look-behind would have
# failed, and that rare text is matched again with the full pattern.
_WORD_START = r"(?<![\w'’-])"
_NOT_WORD = re.compile(r"[^\w'’-]")
_MAYBE_NOT_WORD = r"[^0-9A-Za-z_'\-]"  # a superset of _NOT_WORD, tested with a bitmap


def _after_char(pattern: re.Pattern[str], entries: Iterable[str]) -> re.Pattern[str] | None:
    """``pattern`` without its look-behind, after one character of _MAYBE_NOT_WORD.

    ``None`` if ``pattern`` does not open with the look-behind, or if an entry
    ends in a character that is not a word character: a match could then
    start right where the one before it ends, where this pattern cannot.
    """
    if not pattern.pattern.startswith(_WORD_START) or any(_NOT_WORD.match(e[-1]) for e in entries):
        return None
    return re.compile(_MAYBE_NOT_WORD + pattern.pattern[len(_WORD_START) :], pattern.flags)


@cache
def _lexicon() -> _Lexicon:
    entries = _load("hedges", "hedge") | _load("boosters", "booster")
    pattern = trie_pattern(entries)
    return _Lexicon(entries, pattern, _after_char(pattern, entries))


@cache
def _pattern_ci() -> re.Pattern[str]:
    """The lexicon's pattern for any case, for the rare text whose ``lower()`` changes
    length ("İ"); compiled only then (about 0.003 s of every start, issue 11)."""
    return trie_pattern(_lexicon().entries, flags=re.IGNORECASE)


def _spans(lex: _Lexicon, low: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``[m.span() for m in lex.pattern.finditer(low, start, stop)]``, faster."""
    if lex.after_char is None:
        return [m.span() for m in lex.pattern.finditer(low, start, stop)]
    out: list[tuple[int, int]] = []
    # The look-behind sees the text before ``start``; a match at ``start``
    # itself has no character of its own before it in [start, stop).
    pos = start
    first = lex.pattern.match(low, start, stop)
    if first is not None:
        out.append(first.span())
        pos = first.end()
    # Matches never start where the last one ended (entries end in a word
    # character): each is preceded by a character of [pos, stop).
    for m in lex.after_char.finditer(low, pos, stop):
        a = m.start()
        if not _NOT_WORD.match(low, a):  # "é" or "’": see _after_char
            return [m.span() for m in lex.pattern.finditer(low, start, stop)]
        out.append((a + 1, m.end()))
    return out


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Hedges and boosters in ``text[start:end]``, in text order.

    A phrase matches whole words, any whitespace between them; the longest
    entry at a position wins.
    """
    lex = _lexicon()
    stop = len(text) if end is None else end
    low = text.lower()
    if len(low) == len(text):
        matched, spans = low, _spans(lex, low, start, stop)
    else:  # a few characters change length in lower case ("İ"): match case-insensitively
        matched, spans = text, [m.span() for m in _pattern_ci().finditer(text, start, stop)]
    entries = lex.entries
    out: list[Marker] = []
    for a, e in spans:
        key = " ".join(matched[a:e].lower().split())
        kind, category = entries[key]
        if category == "approximator" and not _NUMBER.match(text, e, stop):
            continue
        out.append(Marker(a, e, text[a:e], kind, key, category))
    return out

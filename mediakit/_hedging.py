"""Hedges and boosters: how firmly claims are made.

Matches our curated lists (``data/hedges.tsv``, ``data/boosters.tsv``) on
whole words, case-insensitively, longest entry first.  Every match says which
entry and which category made it count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

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
    pattern_ci: re.Pattern[str]  # any case (for text whose lower() changes length)


def _load(name: str, kind: str) -> dict[str, tuple[str, str]]:
    raw = files("mediakit").joinpath(f"data/{name}").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        entry, category = line.split("\t")
        out[" ".join(entry.lower().split())] = (kind, category)
    return out


@cache
def _lexicon() -> _Lexicon:
    entries = _load("hedges.tsv", "hedge") | _load("boosters.tsv", "booster")
    return _Lexicon(entries, trie_pattern(entries), trie_pattern(entries, flags=re.IGNORECASE))


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Hedges and boosters in ``text[start:end]``, in text order.

    A phrase matches whole words, any whitespace between them; the longest
    entry at a position wins.
    """
    lex = _lexicon()
    stop = len(text) if end is None else end
    low = text.lower()
    if len(low) == len(text):
        matches = lex.pattern.finditer(low, start, stop)
    else:  # a few characters change length in lower case ("İ"): match case-insensitively
        matches = lex.pattern_ci.finditer(text, start, stop)
    out: list[Marker] = []
    for m in matches:
        a, e = m.span()
        key = " ".join(m.group().lower().split())
        kind, category = lex.entries[key]
        if category == "approximator" and not _NUMBER.match(text, e, stop):
            continue
        out.append(Marker(a, e, text[a:e], kind, key, category))
    return out

"""Tokens and small text helpers shared by the attribution modules."""

from __future__ import annotations

from mediakit._compiled import compile_pattern

# a number's thousands separators stay inside its token ("12,345", "1,051,635"): a comma
# between digits is no clause boundary
_TOKEN = compile_pattern(r"[\w@&](?:[\w’'.\-@&]*[\w.])?(?:(?<=\d),\d{3}(?!\d))*|[^\w\s]")
_WORDCHARS = compile_pattern(r"\w")
_BOUNDARY_WORDS = frozenset(
    """that and but or because while when if as after before since although though where
    so than whether until unless why how what which whom whose despite amid including
    unlike like whereas nor yet then where""".split()
)

_BOUNDARY_PUNCT = frozenset(',;:()[]"“”‘—–!?…')
_RELATIVE = frozenset({"who", "which"})
_OPEN_QUOTES = "\"“‘'«"


def _trim(text: str, a: int, b: int, chars: str = " \t\r\n,;:") -> tuple[int, int]:
    """``a..b`` without the ``chars`` at either end."""
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _is_cap(tok: str) -> bool:
    """``tok`` starts with a capital or a digit."""
    return tok[:1].isupper() or tok[:1].isdigit()


def _count_tokens(text: str, a: int, b: int, limit: int) -> int:
    """``len(_TOKEN.findall(text[a:b]))``, counted no further than ``limit``."""
    n = 0
    for _m in _TOKEN.finditer(text, a, b):  # no anchors or look-arounds: as on a slice
        n += 1
        if n >= limit:
            break
    return n


#: Words before a day or month that go with it out of a source's span ("the senator on
#: Tuesday dismissed", "A report commissioned by the museum in May concluded").
_BEFORE_DAY = frozenset("on earlier late in during since until by last this next".split())
#: Prepositions that end no source: the cue took the word after them ("the museum in
#: May concluded": "May" is read as the cue's modal).
_PREPOSITIONS_LAST = frozenset("in on at of by for from to with during since until".split())
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
#: First words of an appositive or relative clause between commas before a cue ("X, a
#: spokesman, said", "X, who ..., said", "Tom Ellery, 52, said" is read apart).
_APPOSITION_OPENERS = frozenset(
    "a an the who whose which his her its their then now himself herself".split()
)


def _glued_dash(text: str, tok: tuple[int, int, str]) -> bool:
    """The token is a dash between two words with no space ("Playa del Carmen–Cozumel",
    "2019–2020"): a range or a compound, no clause boundary."""
    a, b, word = tok
    return word in "–—" and 0 < a and b < len(text) and text[a - 1].isalnum() and text[b].isalnum()

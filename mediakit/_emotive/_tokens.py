"""Tokens as VADER reads them, with news typography stripped (issue 15).

VADER strips punctuation from both ends of a whitespace token unless that leaves two
characters or fewer (so ":)" and "no." stay as they are).  mediakit strips curly
quotes, dashes, guillemets and the ellipsis too, and reads a curly apostrophe inside
a token as a straight one.
"""

from __future__ import annotations

import string
from itertools import accumulate, compress, count, repeat
from operator import add, is_, is_not

__all__ = ["PUNCT", "lowered_tokens", "token", "token_starts", "vader_tokens"]

PUNCT = string.punctuation + "“”‘’„‚«»‹›—–―…"  # curly quotes, dashes, ellipsis: issue 15


def token(raw_token: str) -> str:
    """VADER's token: punctuation stripped from both ends unless <= 2 characters remain."""
    s = raw_token.strip(PUNCT)
    return s if len(s) > 2 else raw_token


# lower-cased whitespace token -> token() of it: a cache of a pure function of the
# string (a news vocabulary repeats: most tokens of an article were seen before)
_TOKENS: dict[str, str] = {}
_TOKENS_MAX = 200_000  # emptied when it grows past this (about 30 MB)


def vader_tokens(lowered: list[str]) -> list[str]:
    """``[token(t) for t in lowered]``, faster (for tokens already lower-cased, as
    :func:`lowered_tokens` makes them): a look-up of a token seen before costs a
    third of stripping it (``str.strip`` builds its set of characters at every call)."""
    low: list[str | None] = list(map(_TOKENS.get, lowered))
    if None in low:
        cache = _TOKENS
        if len(cache) > _TOKENS_MAX:
            cache.clear()
        punct = PUNCT
        for i in compress(count(), map(is_, low, repeat(None))):
            t = lowered[i]
            s = t.strip(punct)  # token(t), inline: about one token in eight is new
            low[i] = cache[t] = s if len(s) > 2 else t
    return low  # type: ignore[return-value]  # no None left


def lowered_tokens(text: str) -> tuple[list[str], list[str] | None]:
    """The lower-cased tokens of ``text``, and its raw tokens when they were needed.

    Lower-casing maps every character to one character, on its own, and never to or
    from punctuation or whitespace -- except for U+0130 "İ" (two characters) and
    U+03A3 "Σ" (final sigma depends on the next character); checked for every code
    point.  So lower-casing the text first gives the same tokens.  strip() returns
    the token itself when there is nothing to strip, so only the changed tokens
    (about one in seven) are checked for the two-character rule.
    """
    punct = PUNCT
    if text.isascii() or ("\u0130" not in text and "\u03a3" not in text):
        lowered = text.lower().replace("’", "'").split()  # "don’t" negates as "don't" does
        low = list(map(str.strip, lowered, repeat(punct)))
        for i in compress(count(), map(is_not, low, lowered)):
            if len(low[i]) <= 2:
                low[i] = lowered[i]
        return low, None
    raw = text.split()
    toks = [token(t) for t in raw]
    low = " ".join(toks).lower().replace("’", "'").split(" ")
    if len(low) != len(raw):  # pragma: no cover - lower() never creates spaces; be safe anyway
        low = [t.lower() for t in toks]
    return (low if raw else []), raw


def token_starts(text: str, raw: list[str], upto: int) -> list[int]:
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


def token_span(raw_token: str, start: int) -> tuple[int, int]:
    """The characters of ``raw_token`` (starting at ``start``) that :func:`token` keeps."""
    s = raw_token.strip(PUNCT)
    if len(s) <= 2:
        return start, start + len(raw_token)
    first = start + (0 if s is raw_token else len(raw_token) - len(raw_token.lstrip(PUNCT)))
    return first, first + len(s)

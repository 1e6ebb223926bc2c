"""Content spans: what a cue attributes, before it ("..., X said") or after it
("X said ..."), where a paraphrase stops, and quotes that belong to it."""

from __future__ import annotations

import bisect
import re

from mediakit._attribution._article import _Article
from mediakit._attribution._model import _Cue
from mediakit._attribution._tokens import (
    _BOUNDARY_WORDS,
    _OPEN_QUOTES,
    _TOKEN,
    _count_tokens,
    _trim,
)
from mediakit._compiled import compile_pattern

# Where a paraphrase ends: a clause that changes subject or turns against it.
_CONTENT_STOP = compile_pattern(
    r"(?:,\s+(?:but|despite|while|whereas|although|though|even\s+as|yet)\b"
    r"|;\s|\s[—–]\s|\s--\s)",
    re.IGNORECASE,
)

# ``_CONTENT_STOP`` as it is searched (by ``_content_stop``): every branch starts with its
# punctuation, the white space before a dash checked by a look-behind, so the engine
# skips ahead to the few characters that can start a match instead of trying each white
# space (about twice as fast).  A match at a dash starts one character later.
_CONTENT_STOP_SCAN = compile_pattern(
    r"(?:,\s+(?:but|despite|while|whereas|although|though|even\s+as|yet)\b"
    r"|;\s|[—–](?<=\s[—–])\s|--(?<=\s--)\s)",
    re.IGNORECASE,
)


def _content_stop(text: str, a: int, hi: int) -> int:
    """Where ``_CONTENT_STOP.search(text, a, hi)`` starts (``hi`` if nowhere)."""
    m = _CONTENT_STOP_SCAN.search(text, a, hi)
    if m is not None and m.start() == a and text[a] not in ",;":
        # a dash at ``a``: its white space lies before ``a``, where no match may start
        m = _CONTENT_STOP_SCAN.search(text, a + 1, hi)
    if m is None:
        return hi
    k = m.start()
    return k if text[k] in ",;" else k - 1  # (a dash: from the white space before it)


def _quote_pieces(art: _Article, qis: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    pieces: list[tuple[int, int]] = []
    used: list[int] = []
    for qi in qis:
        q = art.quotes[qi]
        pieces.append((q.start, q.end))
        used.append(qi)
    return pieces, used


def _content_before(
    art: _Article, lo: int, boundary: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Content that ends at ``boundary`` (the comma before "X said"), from ``lo`` on."""
    text = art.text
    qi = art.quote_closing_at(boundary)
    if qi is not None:
        q = art.quotes[qi]
        if q.outer_start <= lo or text[lo : q.outer_start].strip() == "":
            return _quote_pieces(art, art.chain_start(qi))
        a, b = _trim(text, lo, q.end)
        return ([(a, b)], [qi]) if a < b else None
    a, b = _trim(text, lo, boundary)
    if b - a < 3:
        return None
    k = bisect.bisect_left(art.q_starts, a)
    inside: list[int] = []
    while k < len(art.quotes) and art.quotes[k].outer_start < b:
        if art.quotes[k].end <= b:
            inside.append(k)
        k += 1
    return [(a, b)], inside


def _content_after(
    art: _Article, lo: int, hi: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Content that starts at ``lo`` (after a cue) and runs to ``hi`` or a clause stop."""
    text = art.text
    a = lo
    while a < hi and text[a] in " \t,:":
        a += 1
    if a >= hi:
        return None
    qi = art.quote_at(a) if text[a] in _OPEN_QUOTES else None
    b = _content_stop(text, a, hi)
    tag = text.find("<tweet", a, b)
    if tag != -1:
        b = tag  # an embedded tweet is its own attribution
    # a quote opened in the content runs to its end, even past the sentence
    quotes_in: list[int] = []
    k = bisect.bisect_left(art.q_starts, a)
    while k < len(art.quotes) and art.quotes[k].outer_start < b:
        q = art.quotes[k]
        quotes_in.append(k)
        if q.end > b:
            b = max(b, q.end)
        k += 1
    a, b = _trim(text, a, b, " \t\r\n,;:.")
    if a >= b:
        return None
    if qi is not None and len(quotes_in) == 1 and art.quotes[qi].outer_end >= b:
        return _quote_pieces(art, art.chain(qi))
    if quotes_in and art.quotes[quotes_in[-1]].continues:
        pieces = [(a, b)]
        chain = art.chain(quotes_in[-1])
        more, used = _quote_pieces(art, chain[1:])
        return pieces + more, quotes_in + used
    return [(a, b)], quotes_in


def _next_paragraph_quote(art: _Article, pos: int) -> int | None:
    """A quote that opens the paragraph after the one holding ``pos``."""
    pi = art.paragraph_of(pos)
    if pi + 1 >= len(art.paragraphs):
        return None
    nxt = art.paragraphs[pi + 1]
    qi = art.quote_at(nxt.start)
    if qi is not None and art.quotes[qi].outer_start == nxt.start:
        return qi
    return None


_OPENS_CLAUSE = compile_pattern(r"\s*(?:that\b|[:\"“‘])")


def _starts_clause(art: _Article, a: int, b: int) -> bool:
    """The text after a cue opens its own content ("that ...", a quote)."""
    m = _OPENS_CLAUSE.match(art.text[a : min(b, a + 12)])
    return m is not None


_COMMA_GAP = compile_pattern(r"\s*,\s*")


def _parenthetical_rest(
    art: _Article, cues: list[_Cue], ci: int, hi: int, ends: list[int]
) -> tuple[int, int] | None:
    """The rest of a sentence after a parenthetical ", they said," (no other cue in it).

    ``ends`` are the cues' ends (ascending).
    """
    text = art.text
    c = cues[ci]
    m = _COMMA_GAP.match(text, c.end, hi)
    if m is None:
        return None
    a, b = _trim(text, m.end(), hi, " \t\r\n,;:.!?")
    k = bisect.bisect_right(ends, a)  # the first cue that ends after ``a``
    while k < len(cues) and cues[k].verb < a:
        k += 1  # (one reaching over ``a``)
    if (k < len(cues) and cues[k].verb < b) or _count_tokens(text, a, b, 3) < 3:
        return None
    first = _TOKEN.findall(text[a : a + 30])
    if first and (first[0].endswith("ing") or first[0].lower() in _BOUNDARY_WORDS):
        return None
    return a, b


def _quote_before(art: _Article, pos: int) -> int | None:
    """A quote that ends the previous sentence of the same paragraph ("...?" | X said.)."""
    k = bisect.bisect_right(art.q_starts, pos) - 1
    if k < 0:
        return None
    q = art.quotes[k]
    if q.end > pos or art.paragraph_of(q.end) != art.paragraph_of(pos):
        return None
    if art.text[q.end : pos].strip(" \t?!.,\"”’'»") == "" and art.text[q.end : pos].strip(" \t"):
        return k
    return None


_FIRST_NON_SPACE = compile_pattern(r"\s*(\S)")
_SHORT_TAIL_MAX = 7  # words after "X said" that still count as a tail ("on Sunday")


def _short_tail(art: _Article, a: int, b: int) -> bool:
    """Only a short tail ("on Sunday", "in a statement") follows the cue."""
    text = art.text
    first = _FIRST_NON_SPACE.match(text, a, b)
    if first is not None:
        ch = first.group(1)
        if ch == "," or ch == "(":
            return True  # ", referring to ...", ", adding ...": later cues take the rest
        if ch in _OPEN_QUOTES:
            return False
    n = 0
    for m in _TOKEN.finditer(text, a, b):
        t = m.group(0)
        if t[:1].isalnum():
            n += 1
            if n > _SHORT_TAIL_MAX or (len(t) == 4 and t.lower() == "that"):
                return False  # a long tail, or a that-clause
    return True


# (a short phrase may come between the source and the comma: '"...," wrote Trump on
# Twitter, "..."')
_COMMA_QUOTE = compile_pattern(
    r"(?:\s+(?:on|in|at|via|during|after|to|from|for)\s[^,.;:!?\"“”‘’\n]{1,40}?)?"
    r"\s*,\s*([\"“‘'])"
)


def _broken_quote_rest(
    art: _Article, pos: int, hi: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """``, "..."`` right after "she said": the second piece of a broken quote."""
    text = art.text
    m = _COMMA_QUOTE.match(text, pos, min(len(text), pos + 60))
    if m is None:
        return None
    qi = art.quote_at(m.start(1))
    if qi is None or art.quotes[qi].outer_start != m.start(1):
        return None
    return _quote_pieces(art, art.chain(qi))

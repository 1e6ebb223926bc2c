"""Reading articles and cutting them into paragraphs, sentences and words.

All positions are character offsets into the article's text exactly as decoded
(no newline translation), so ``text[start:end]`` is always the piece itself.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._spans import Span

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_SENTENCE_CHARS",
    "ArticleError",
    "Metadata",
    "paragraph_spans",
    "parse_metadata",
    "sentence_spans",
    "word_spans",
]


class ArticleError(ValueError):
    """An input that cannot be analysed as an article (the message says why and what to do)."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the article says about itself, apart from its body.

    ``body_start`` is the offset where article text begins (after a metadata
    prefix such as `` date 2022-02-28 ``); everything before it is metadata.
    """

    title: str | None
    date: str | None
    path: str | None
    body_start: int
    date_raw: str | None = None


# ---------------------------------------------------------------- reading

#: Files larger than this are refused: an article is at most a few hundred
#: kilobytes, and a larger file is a dump, a book or a mistake (the same limit
#: as for a fetched web page).
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file of at most :data:`MAX_ARTICLE_BYTES`.

    A FIFO or a device (``/dev/zero``) would block or never end; a directory
    and a missing file get their own messages from the reader.  Raises
    :class:`ArticleError`; lets ``OSError`` through.
    """
    st = path.stat() if path.exists() else None
    if st is None or stat.S_ISDIR(st.st_mode):
        return
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError(f"{path}: is not a regular file (a pipe or a device); give a text file")
    check_size(path, st.st_size)


def check_size(path: Path, size: int) -> None:
    """Refuse a file of more than :data:`MAX_ARTICLE_BYTES` (raises :class:`ArticleError`)."""
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{path}: is {size / 2**20:.1f} MB, more than the {MAX_ARTICLE_BYTES >> 20} MB an "
            "article may have; split it into one file per article"
        )


def read_bytes(path: str | Path) -> bytes:
    """Read an article file's bytes; an unreadable path raises :class:`ArticleError`."""
    p = Path(path)
    try:
        check_regular(p)
        return p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{p}: is a directory, not an article file") from None
    except PermissionError:
        raise ArticleError(f"{p}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{p}: cannot be read ({exc.strerror})") from None


# ---------------------------------------------------------------- metadata

# The seed format's first-line prefix: " date 2022-02-28 " then the body.  The
# value must start with a digit, so that an article opening "date palms grow"
# keeps its words.
_DATE_PREFIX = compile_pattern(r"\A[ \t]*date[ \t]+(\d\S*)[ \t]+")
_ISO_DATE = compile_pattern(r"\A(\d{4})-(\d{2})-(\d{2})\Z")
_EOL = compile_pattern(r"[\r\n]")
_TITLE_END = compile_pattern(r"[.!?:;,\"”’')\]]\s*\Z")


def parse_metadata(text: str, path: str | None = None) -> Metadata:
    """Find the optional `` date YYYY-MM-DD `` prefix and a title line.

    A title is a first paragraph that is a single short line (at most 25
    words) without closing punctuation, followed by more text.  A malformed
    date is kept in ``date_raw`` and ``date`` is ``None``.
    """
    body_start = 0
    date_iso: str | None = None
    date_raw: str | None = None
    m = _DATE_PREFIX.match(text)
    if m:
        date_raw = m.group(1)
        body_start = m.end()
        d = _ISO_DATE.match(date_raw)
        if d:
            try:
                date_iso = date(int(d[1]), int(d[2]), int(d[3])).isoformat()
            except ValueError:
                date_iso = None
    title: str | None = None
    eol = _EOL.search(text, body_start)  # LF, CRLF or a lone CR
    first_end = eol.start() if eol else -1
    if first_end != -1:
        line = text[body_start:first_end].strip()
        rest = text[first_end:].strip()
        if (
            line
            and rest
            and len(line.split()) <= 25
            and not _TITLE_END.search(line)
            and line[:1].isupper()
        ):
            title = line
    return Metadata(title=title, date=date_iso, path=path, body_start=body_start, date_raw=date_raw)


# ---------------------------------------------------------------- paragraphs

_PARA = compile_pattern(r"[^\r\n]+")


def paragraph_spans(text: str, start: int = 0) -> list[Span]:
    """Paragraphs are the non-blank lines of the text (any of LF, CRLF, CR ends a line).

    Surrounding spaces are trimmed; blank lines separate nothing extra.
    """
    out: list[Span] = []
    for m in _PARA.finditer(text, start):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(Span(a, b, text[a:b]))
    return out


# ---------------------------------------------------------------- sentences


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in lexicons.rows("abbreviations"))


_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([¡¿"
# A terminal mark, any closing quotes or brackets, then either whitespace or
# (the "glued" case, as in "assessed.The") directly an upper-case letter.
# ("[.!?…][.!?…]*", not "[.!?…]+": a pattern that opens with a character class
# lets ``re`` skip ahead to the next mark instead of trying every offset.)
_BOUNDARY = compile_pattern(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=(\s+)|[A-Z][a-z])")
_NEXT_START = compile_pattern(r"[\"'“‘«(\[¡¿]*[A-Z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")


_INITIALS = compile_pattern(r"(?:[a-z]\.)+[a-z]")


@lru_cache(maxsize=4096)  # the same words end sentences again and again
def _is_abbreviation(token: str) -> bool:
    """``token`` is the text before a full stop, such as ``Mr`` or ``U.S``."""
    low = token.lower().rstrip(".")
    if low in _abbreviations():
        return True
    # Initials and dotted abbreviations: "J", "U.S", "a.m"
    if len(low) == 1 and low.isalpha():
        return True
    return "." in low and _INITIALS.fullmatch(low) is not None


_DOTTED = compile_pattern(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")
_WORD_AT = compile_pattern(r"[A-Za-z]+")
#: Words that, capitalised after a dotted acronym ("U.S. The ..."), start a
#: new sentence rather than continue a name ("U.S. Senate").
_OPENER_WORDS = frozenset(
    "The He She It They We I You But And In This That These Those A An His Her Their Its "
    "There Some Many Most On At As After Before When While If Yet So Still Now Then Meanwhile "
    "However Although Since".split()
)


#: Words that continue a clock time ("8 p.m. Monday", "9 a.m. GMT", "p.m. local time").
_AFTER_CLOCK = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december gmt bst utc est edt
    cst cdt pst pdt et pt cet cest aest aedt local eastern central pacific mountain
    today tomorrow tonight""".split()
)


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    m = _WORD_AT.match(text, pos, end)
    return m is not None and m.group() in _OPENER_WORDS


#: The word before a full stop is the run of characters back to a space or an
#: opening mark (at most 40 of them).  ``re`` cannot search backwards, so this
#: is matched at the start of the reversed 40 characters before the stop.
_TOKEN_REVERSED = compile_pattern(f"[^\\s{re.escape(_OPENERS)}]*")
_GLUED_WORD = compile_pattern(r"[A-Za-z][a-z]+")


def _not_an_end(text: str, m: re.Match[str], start: int, end: int, nxt: re.Match[str]) -> bool:
    """The full stop of boundary ``m`` ends an abbreviation, not a sentence."""
    k = m.start()
    run = _TOKEN_REVERSED.match(text[max(start, k - 40) : k][::-1])
    size = run.end() if run is not None else 0  # (it always matches)
    if not size:
        return False
    token = text[k - size : k]
    if m.end(1) < 0:
        # "assessed.The", "Sunday.The": only a word of 2+ letters (lower case
        # after its first) glued to a capitalised word; never "U.S.The",
        # "St.John" or "ITV.com".
        return _GLUED_WORD.fullmatch(token) is None or _is_abbreviation(token)
    if token.lower() in ("a.m", "p.m"):
        # "at 7.04 p.m. According to ...": a clock time ends a sentence unless a day,
        # month or time zone follows ("8 p.m. Monday", "9 a.m. GMT")
        nxt_word = _WORD_AT.match(text, nxt.end() - 1, end)
        return nxt_word is None or nxt_word.group().lower() in _AFTER_CLOCK
    # "the U.S. He said": a dotted acronym can end a sentence when a typical
    # sentence opener follows; titles never do.
    return _is_abbreviation(token) and not (
        _DOTTED.fullmatch(token) and _starts_sentence(text, nxt.end() - 1, end)
    )


#: A stretch of more than this many characters with no sentence end (a page
#: without punctuation, markup, a list of names) is cut at the last space
#: before the limit: real sentences are far shorter (the longest of 34,000
#: PolNeAR news sentences has 1,094 characters), and the cut keeps the
#: per-sentence analysis linear in the length of the text.
MAX_SENTENCE_CHARS = 2000


def _cut_long(text: str, a: int, b: int, out: list[Span], cuts: list[int] | None) -> None:
    """Append ``text[a:b]`` to ``out`` as one sentence, or as several if it is too long."""
    while b - a > MAX_SENTENCE_CHARS:
        k = a + MAX_SENTENCE_CHARS
        lo = a + MAX_SENTENCE_CHARS // 2
        while k > lo and not text[k].isspace():
            k -= 1
        if k == lo:  # no space in the second half: the next space after the limit
            m = _SPACE.search(text, a + MAX_SENTENCE_CHARS, b)
            if m is None:
                break
            k = m.start()
        e = k
        while e > a and text[e - 1].isspace():
            e -= 1
        out.append(Span(a, e, text[a:e]))
        if cuts is not None:
            cuts.append(e)
        while k < b and text[k].isspace():
            k += 1
        a = k
    if a < b:
        out.append(Span(a, b, text[a:b]))


_SPACE = compile_pattern(r"\s")


def sentence_spans(text: str, paragraphs: list[Span], cuts: list[int] | None = None) -> list[Span]:
    """Split each paragraph into sentences.

    Boundaries are terminal punctuation (with any closing quotes) followed by
    a space and a capital, digit or opening quote; also "glued" sentences with
    no space ("assessed.The").  Known abbreviations, initials and dotted
    acronyms do not end sentences; decimals never do (no space after the dot).
    Sentences never cross paragraphs.  A sentence longer than
    :data:`MAX_SENTENCE_CHARS` is cut at spaces; the offsets of the cuts are
    appended to ``cuts`` when it is given.
    """
    out: list[Span] = []
    for para in paragraphs:
        start, end = para.start, para.end
        a = start  # where the next sentence starts, after any spaces
        while a < end and text[a].isspace():
            a += 1
        for m in _BOUNDARY.finditer(text, start, end):
            stop = m.end()
            if stop >= end:
                continue
            # Group 1 is the whole run of spaces after the marks (None when a
            # word is glued on): the next sentence starts at its end.
            after = m.end(1)
            nxt = _NEXT_START.match(text, stop if after < 0 else after)
            if nxt is None:
                continue  # next word starts in lower case: not a boundary
            marks = m.group()
            if (
                marks[0] == "."
                and marks.rstrip(_CLOSERS) == "."
                and _not_an_end(text, m, start, end, nxt)
            ):
                continue
            # "!" or "?" glued to the next word ("world!Death") is an end too
            if a < stop:
                if stop - a > MAX_SENTENCE_CHARS:
                    _cut_long(text, a, stop, out, cuts)
                else:
                    out.append(Span(a, stop, text[a:stop]))
            a = stop if after < 0 else after
        if a < end:
            if end - a > MAX_SENTENCE_CHARS:
                _cut_long(text, a, end, out, cuts)
            else:
                out.append(Span(a, end, text[a:end]))
    return out


# ---------------------------------------------------------------- words

WORD_RE = compile_pattern(
    r"(?:[^\W\d_]\.){2,}"  # U.S.  a.m.
    r"|\d+(?:[.,:/]\d+)*(?:[^\W\d_]+)?"  # 1,684  3.5  24-hour's digits  1990s
    r"|[^\W_]+(?:['’\-][^\W_]+)*"  # words, with inner apostrophes and hyphens
)


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the words in ``text[start:end]``: letters/digits with inner ' ’ -."""
    if end is None:
        end = len(text)
    return [m.span() for m in WORD_RE.finditer(text, start, end)]

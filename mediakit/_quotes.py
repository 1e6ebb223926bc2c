"""Direct quotations: the words between quotation marks.

Handles straight and curly double marks, guillemets, British single marks
(with double marks nested inside), quotes that run over several paragraphs
(news style: no closing mark at the end of a paragraph whose next paragraph
opens with a mark), and unbalanced marks: a quote that never closes ends at
the end of the sentence in which it opened and is flagged ``closed=False``,
so one stray mark cannot swallow the rest of the article.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from mediakit._compiled import compile_pattern
from mediakit._spans import Span
from mediakit._text import WORD_RE

__all__ = ["Quote", "find_quotes"]

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_DOUBLE_ANY = '"“”„«»'
_SINGLE_ANY = "'‘’‚"
_MARK = compile_pattern("[\"“”„«»'‘’‚]")
_OPEN_CONTEXT = " \t\r\n([{—–-/:;,"


@dataclass(frozen=True, slots=True)
class Quote:
    """One stretch of quoted words inside one paragraph.

    ``start``/``end`` cover the words inside the marks (marks excluded);
    ``open_mark``/``close_mark`` are the offsets of the marks themselves
    (``None`` when a quote continues from, or into, another paragraph
    without a mark, or never closes).
    """

    start: int
    end: int
    text: str
    open_mark: int | None
    close_mark: int | None
    closed: bool
    continues: bool  # the quotation goes on in the next paragraph
    continuation_of: int | None  # index of the quote it continues, if any
    words: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @property
    def outer_start(self) -> int:
        return self.open_mark if self.open_mark is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


#: A mark at the start of a paragraph may open a quote after any of these.
_OPEN_AFTER = _OPEN_CONTEXT + _DOUBLE_ANY + _SINGLE_ANY


def _pairs(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Outermost quote pairs ``(open_mark, close_mark)`` in ``text[lo:hi]``.

    Returns the pairs and the offset of a double mark left open at the end.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # ("d" | "s", offset)
    for mm in _MARK.finditer(text, lo, hi):
        i = mm.start()
        c = mm.group()
        # the characters either side; a paragraph's edges count as spaces
        p = text[i - 1] if i > lo else " "
        n = text[i + 1] if i + 1 < hi else " "
        if c in _DOUBLE_ANY:
            top_d: int | None = None  # the innermost open double mark
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == "d":
                    top_d = k
                    break
            can_open = p in _OPEN_AFTER and not n.isspace()
            can_close = not p.isspace()
            if c in _DOUBLE_OPEN:
                # a “ used as a closing mark
                opens = can_open or not can_close
            elif c in _DOUBLE_CLOSE:
                # a ” used as an opening mark
                opens = top_d is None and can_open
            else:  # "
                opens = can_open
                if top_d is not None and can_close:
                    opens = False
            if top_d is not None and not opens:
                start = stack[top_d][1]
                del stack[top_d:]  # single marks opened inside are abandoned
                if not stack:
                    pairs.append((start, i))
            elif opens:
                stack.append(("d", i))
            # a lone closing mark with nothing open is ignored
        else:  # a single mark
            if p.isalnum() and n.isalnum():
                continue  # apostrophe: don't, Ukraine’s
            if stack and stack[-1][0] == "s" and not p.isspace() and not n.isalnum():
                start = stack.pop()[1]
                if not stack:
                    pairs.append((start, i))
            elif (
                c != "’"
                and p in _OPEN_AFTER
                and not n.isspace()
                and (n.isalpha() or n in _DOUBLE_ANY)
            ):
                stack.append(("s", i))
    # Unclosed single marks are mostly too ambiguous ('90s, rock 'n' roll): dropped,
    # but for one that opens the paragraph or follows a colon ("Mr Ellery said: ‘We
    # lost everything …"), British style for a quotation that runs on.
    if not stack:
        return pairs, None
    dangling = next((off for kind, off in stack if kind == "d"), None)
    if dangling is None and _opens_confidently(text, lo, stack[0][1], hi):
        dangling = stack[0][1]
    return pairs, dangling


def _opens_confidently(text: str, lo: int, i: int, hi: int) -> bool:
    """A single mark at ``i`` opens the paragraph (a curly ‘) or follows a colon, before 4+
    words."""
    before = text[lo:i].rstrip()
    if before and not before.endswith(":"):
        return False
    if not before and text[i] != "‘":
        return False  # a straight mark opening a paragraph may be an elision: 'Tis
    return len(WORD_RE.findall(text, i, min(hi, i + 200))) >= 4


def _unopened_close(text: str, para: Span, family: str) -> int | None:
    """The closing mark of ``family`` ("d" or "s") that ends a quotation carried into
    ``para`` whose opening mark is missing: the paragraph's first quotation mark, which
    must read as a closing one ("… Nobody came,” he added.").  ``None`` if there is none.
    """
    m = _MARK.search(text, para.start, para.end)
    if m is None or m.start() == para.start:
        return None
    i, c = m.start(), m.group()
    p = text[i - 1]
    n = text[i + 1] if i + 1 < para.end else " "
    if p.isspace() or n.isalnum():
        return None
    if family == "d" and c in '"”»':
        return i
    if family == "s" and c in "'’":
        return i
    return None


def _word_count(text: str, a: int, b: int) -> int:
    return len(WORD_RE.findall(text, a, b))


def find_quotes(text: str, paragraphs: list[Span], sentences: list[Span]) -> list[Quote]:
    """All direct quotations, in text order."""
    quotes: list[Quote] = []
    sent_ends: list[int] | None = None  # made when first needed
    carried: int | None = None  # index of a quote that continues into this paragraph
    unopened: int | None = None  # its closing mark, when this paragraph lost its opening one
    for pi, para in enumerate(paragraphs):
        scan_from = para.start if unopened is None else unopened + 1
        pairs, dangling = _pairs(text, scan_from, para.end)
        items: list[tuple[int, int, int | None, int | None, bool, bool]] = []
        if unopened is not None:
            items.append((para.start, unopened, None, unopened, True, False))
        elif not pairs and dangling is None:
            carried = None  # no quote here (most paragraphs): nothing continues
            continue
        elif carried is not None:
            first_open = min([a for a, _b in pairs] + ([dangling] if dangling is not None else []))
            if first_open != para.start:
                # A continued quote whose paragraph lost its opening mark: rare; treat as narration.
                carried = None
        for a, b in pairs:
            items.append((a + 1, b, a, b, True, False))
        unopened = None
        if dangling is not None:
            family = "d" if text[dangling] in _DOUBLE_ANY else "s"
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is not None and nxt.text[:1] in "\"“„«‘'":
                items.append((dangling + 1, para.end, dangling, None, True, True))
            elif nxt is not None and (close := _unopened_close(text, nxt, family)) is not None:
                # the next paragraph goes on without re-opening the quotation mark
                items.append((dangling + 1, para.end, dangling, None, True, True))
                unopened = close
            else:
                if sent_ends is None:
                    sent_ends = [s.end for s in sentences]
                k = bisect.bisect_right(sent_ends, dangling)
                stop = sent_ends[k] if k < len(sent_ends) else para.end
                stop = min(stop, para.end)
                # never run into the next quote of this paragraph
                later = [a for a, _b in pairs if a > dangling]
                if later:
                    stop = min(stop, later[0])
                items.append((dangling + 1, stop, dangling, None, False, False))
        items.sort()
        for n, (a, b, om, cm, closed, continues) in enumerate(items):
            ia, ib = a, b
            while ia < ib and text[ia].isspace():
                ia += 1
            while ib > ia and text[ib - 1].isspace():
                ib -= 1
            if ia >= ib:
                continue  # empty marks ("") quote nothing
            at_start = om == para.start or (om is None and a == para.start)
            cont_of = carried if n == 0 and carried is not None and at_start else None
            quotes.append(
                Quote(
                    start=ia,
                    end=ib,
                    text=text[ia:ib],
                    open_mark=om,
                    close_mark=cm,
                    closed=closed,
                    continues=continues,
                    continuation_of=cont_of,
                    words=_word_count(text, ia, ib),
                )
            )
        carried = len(quotes) - 1 if quotes and quotes[-1].continues and items else None
    return quotes

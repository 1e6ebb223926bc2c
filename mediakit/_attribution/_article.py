"""The per-article context every structure rule works in: the text, its
paragraphs, sentences and quotes, and the mask of characters already used."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from mediakit._quotes import Quote
from mediakit._spans import Span


class _Mask:
    """Characters already given a role in some attribution."""

    def __init__(self, n: int) -> None:
        self._used = bytearray(n + 1)

    def free(self, a: int, b: int) -> bool:
        return a < b and self._used.find(1, a, b) == -1

    def take(self, a: int, b: int) -> None:
        if a < b:
            self._used[a:b] = b"\x01" * (b - a)

    def free_pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        i = a
        while i < b:
            j = self._used.find(1, i, b)
            if j == -1:
                out.append((i, b))
                break
            if j > i:
                out.append((i, j))
            k = self._used.find(0, j, b)
            if k == -1:
                break
            i = k
        return out


class _Article:
    """The per-article context every structure rule works in."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        sentences: Sequence[Span],
        quotes: Sequence[Quote],
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.q_starts = [q.outer_start for q in quotes]
        self.p_starts = [p.start for p in paragraphs]
        self.mask = _Mask(len(text))
        self.left_memo: dict[tuple[int, int], tuple[int, int] | None] = {}
        self.next_cont: dict[int, int] = {}
        for i, q in enumerate(quotes):
            if q.continuation_of is not None:
                self.next_cont[q.continuation_of] = i

    # ----- quotes
    def quote_at(self, pos: int) -> int | None:
        """Index of the quote whose marks enclose ``pos``."""
        k = bisect.bisect_right(self.q_starts, pos) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.outer_start <= pos < max(q.outer_end, q.end):
                return k
        return None

    def quote_closing_at(self, pos: int) -> int | None:
        """Index of the quote whose words end just before ``pos`` (marks, commas between)."""
        k = bisect.bisect_right(self.q_starts, pos - 1) - 1
        if k < 0:
            return None
        q = self.quotes[k]
        a, b = min(q.end, pos), max(q.end, pos)
        if b - a <= 4 and self.text[a:b].strip(" ,.;:!?\"”’'»") == "":
            return k
        return None

    def chain(self, qi: int) -> list[int]:
        """``qi`` and the quotes that continue it in later paragraphs."""
        out = [qi]
        while out[-1] in self.next_cont:
            out.append(self.next_cont[out[-1]])
        return out

    def chain_start(self, qi: int) -> list[int]:
        """The whole continued quotation that ``qi`` belongs to."""
        first = qi
        while self.quotes[first].continuation_of is not None:
            c = self.quotes[first].continuation_of
            assert c is not None
            first = c
        return self.chain(first)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.p_starts, pos) - 1)

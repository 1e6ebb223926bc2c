"""The sentence at hand: its cues, and the regions of it already claimed.

The structure rules (``_structures.py``) try the cues of a sentence one by one; a
relation found claims its characters, and later cues look only at the free
region around them.  Every question asked here is a bisection or touches only
nearby text, so that a sentence with n cues costs O(n log n), not O(n^2): the
cue offsets are kept in sorted lists, and the claimed regions too (their
starts, their ends, and their union).
"""

from __future__ import annotations

import bisect

from mediakit._attribution._article import _Article
from mediakit._attribution._model import _Cue, _Found
from mediakit._compiled import compile_pattern


class _Sentence:
    """One sentence with cues, while the structure rules run on it."""

    __slots__ = (
        "art",
        "asked",
        "asked_verbs",
        "c_ends",
        "c_starts",
        "cues",
        "done",
        "end",
        "ends",
        "first_found",
        "found",
        "last_tweet",
        "link_memo",
        "n_cues",
        "si",
        "start",
        "text",
        "u_ends",
        "u_starts",
    )

    def __init__(
        self,
        art: _Article,
        found: list[_Found],
        si: int,
        cues: list[_Cue],
        last_tweet: int | None,
    ) -> None:
        self.art = art
        self.text = art.text
        self.found = found  # all relations of the article so far; new ones go here
        self.si = si  # the sentence's index
        self.cues = cues  # its cues, in text order
        self.n_cues = len(cues)
        self.last_tweet = last_tweet  # index in ``found`` of its last embedded tweet
        sent = art.sentences[si]
        self.start: int = sent.start
        self.end: int = sent.end
        # the cues' ends, ascending (the cue matches do not overlap), and the "Asked
        # (if ...)" cues with their offsets
        self.ends: list[int] = []
        self.asked: list[int] = []
        self.asked_verbs: list[int] = []
        for k, c in enumerate(cues):  # (one loop, no comprehensions: most lists are short)
            self.ends.append(c.end)
            if c.form == "asked":
                self.asked.append(k)
                self.asked_verbs.append(c.verb)
        # Regions of the sentence already attributed: their starts and ends (each
        # sorted) and their union (disjoint, sorted).
        self.c_starts: list[int] = []
        self.c_ends: list[int] = []
        self.u_starts: list[int] = []
        self.u_ends: list[int] = []
        self.done: set[int] = set()  # cues that found their relation in pass 1
        self.first_found = len(found)  # the sentence's first relation in ``found``
        self.link_memo: list[tuple[str, int] | None] = [None] * len(cues)  # see ``link``

    def is_claimed(self, pos: int) -> bool:
        """Some relation of the sentence has claimed ``pos``."""
        u_starts = self.u_starts
        if not u_starts:
            return False
        k = bisect.bisect_right(u_starts, pos) - 1
        return k >= 0 and pos < self.u_ends[k]

    def region_start(self, pos: int) -> int:
        """The end of the last claimed region that ends by ``pos`` (or the sentence start)."""
        c_ends = self.c_ends
        k = bisect.bisect_right(c_ends, pos)
        return c_ends[k - 1] if k and c_ends[k - 1] > self.start else self.start

    def region_end(self, pos: int) -> int:
        """The start of the first claimed region that starts at ``pos`` or later."""
        c_starts = self.c_starts
        k = bisect.bisect_left(c_starts, pos)
        return c_starts[k] if k < len(c_starts) and c_starts[k] < self.end else self.end

    def add(self, f: _Found) -> None:
        """Record the relation ``f`` and claim the region it spans."""
        self.found.append(f)
        if self.n_cues == 1:
            return  # nothing else in the sentence asks what is claimed
        lo, hi = len(self.text), 0  # the region from the first to the last character used
        for a, b in f.content:
            if a < lo:
                lo = a
            if b > hi:
                hi = b
        if f.source:
            lo, hi = min(lo, f.source[0]), max(hi, f.source[1])
        if f.cue:
            lo, hi = min(lo, f.cue.start), max(hi, f.cue.end)
        bisect.insort(self.c_starts, lo)
        bisect.insort(self.c_ends, hi)
        if lo < hi:
            u_starts, u_ends = self.u_starts, self.u_ends
            i = bisect.bisect_left(u_ends, lo)  # union pieces that touch or overlap
            j = bisect.bisect_right(u_starts, hi)
            if i < j:
                lo, hi = min(lo, u_starts[i]), max(hi, u_ends[j - 1])
            u_starts[i:j] = [lo]
            u_ends[i:j] = [hi]

    def left_bound(self, ci: int, lo: int) -> int:
        """Where a source before cue ``ci`` may start: never back over another cue."""
        ends = self.ends
        j = bisect.bisect_right(ends, self.cues[ci].start, 0, ci) - 1
        return ends[j] if j >= 0 and ends[j] > lo else lo

    def asked_before(self, ci: int, lo: int) -> bool:
        """An earlier cue of the sentence is a clause-opening "Asked ..." at ``lo``.

        Only the first such cue at or after ``lo`` can open the region (a later one has
        the word "asked" of the first in its lead).
        """
        asked = self.asked
        i = bisect.bisect_left(self.asked_verbs, lo)
        return i < len(asked) and asked[i] < ci and _asked_opener(self.art, lo, self.cues[asked[i]])

    def plain_cue_within(self, ci: int, lo: int, hi: int) -> bool:
        """A cue before ``ci`` that is not strict lies within ``lo..hi``."""
        ends, cues = self.ends, self.cues
        k = bisect.bisect_right(ends, lo, 0, ci)  # the first that ends after ``lo``
        j = bisect.bisect_right(ends, hi, 0, ci)  # those that end by ``hi``
        while k < j:
            # only cues reaching over ``lo`` start before it (few): the loop is short
            d = cues[k]
            if lo <= d.start and not d.entry.strict and not self._takes_object(d):
                return True
            k += 1
        return False

    def _takes_object(self, d: _Cue) -> bool:
        """Cue ``d`` ends with or is followed by a preposition ("may add to his team"):
        it takes an object, not a clause that a later "..., he said" would cut."""
        if d.form.endswith(_PREPOSITION_ENDINGS):
            return True
        return _PREPOSITION_NEXT.match(self.text, d.end) is not None

    def link(self, k: int) -> tuple[str, int]:
        """The token just before cue ``k`` in the sentence, and where it starts."""
        got = self.link_memo[k]
        if got is None:
            got = self.link_memo[k] = _link_before(self.art, self.start, self.cues[k].start)
        return got


_PREPOSITION_ENDINGS = (" to", " of", " for", " about", " on", " at", " with", " against")
_PREPOSITION_NEXT = compile_pattern(r"\s+(?:to|of|for|about|on|at|with|against|over|into)\s")

# Read on the reversed text: white space, then a run of word characters, apostrophes
# and hyphens (the word), or any other single character.
_LINK_BACK = compile_pattern(r"\s*(?:([\w’'\-]+)|(\S))")


def _link_before(art: _Article, lo: int, pos: int) -> tuple[str, int]:
    """The token just before ``pos`` (lower case) and where it starts."""
    lo = max(lo, pos - 40)
    m = _LINK_BACK.match(art.text[lo:pos][::-1])
    if m is None:
        return "", -1  # only white space back to ``lo``
    word = m.group(1)
    if word is None:
        return m.group(2), pos - m.end()
    return word[::-1].lower(), pos - m.end()


_ASKED_LEAD = frozenset(
    {"", "when", "when he was", "when she was", "when they were", "after being", "if", "as"}
)


def _asked_opener(art: _Article, lo: int, c: _Cue) -> bool:
    """``c`` is a clause-opening "Asked (if ...)" / "When asked ..."."""
    if c.form != "asked" or c.verb < lo:
        return False
    lead = art.text[lo : c.start].strip(" \t\r\n\"“”‘’'").lower()
    return lead in _ASKED_LEAD

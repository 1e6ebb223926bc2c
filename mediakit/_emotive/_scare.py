"""Scare quotes: the writer's distancing marks around a word or two (issue 15).

A short quoted span is scare quotes ("the notion of a "non-partisan" civil service") when
the marks are not there to quote, name or mention.  The rules, each a reason the marks
are something else (``devset/LOADED.md``: names, titles, terms used as terms and
quotations are not scare quotes):

0. its marks are double (", “ ”, or NYT's pair of apostrophes): single marks are also
   apostrophes, and the quotation marks of British and headline style;
1. it holds one to three words of lower-case letters (inner hyphens allowed), three
   letters or more in all: a capital is a name, a title or the start of a quoted
   sentence; a digit is a figure;
2. nothing is inside the marks but the words: a quoted sentence or clause carries its
   comma or full stop inside them (news style);
3. the opening mark begins a word (after a space, the sentence's start or a bracket) and
   the closing mark ends one (before a space, punctuation or the end);
4. nothing before it in the sentence introduces a quotation, a name or a term: a colon
   (a source's words follow, as in a headline's "Study: ..."), an attribution cue of
   ``data/cues.tsv`` (said, called, labeled, dubbed, argued, believes, envisioned ...:
   the marks quote the one whose words or thoughts are reported) or a word of naming and
   mentioning of ``data/emotive/quote_frames.tsv`` (named, titled, known, the term, the
   word, so-called).

A span that holds a word the scorer already scored is left to that word.  A scare quote
is one emotive item spanning its words, valence -1.5 (beside the bracketed sarcastic
aside's, :data:`~._score.ASIDE_RULE`), its rule :data:`SCARE_RULE`.
"""

from __future__ import annotations

import re
from functools import cache

from mediakit import lexicons
from mediakit._emotive._tokens import PUNCT

__all__ = ["SCARE_RULE", "SCARE_VALENCE", "add_scare_quotes", "maybe_quoted", "scare_quotes"]

SCARE_RULE = (
    "mediakit's rule: a short quoted span that quotes, names and mentions nothing (scare quotes)"
)
SCARE_VALENCE = -1.5  # our judgement: the writer's distancing, as the sarcastic aside
_MIN_LETTERS = 3
# a word or three in double marks; the boundaries (rule 3) are checked apart (a pattern
# that opens with its marks is found faster); '' is a pair of apostrophes (NYT's marks)
_SPAN = re.compile(r"(?:\"|“|'')([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})(?:\"|”|'')")
_BEFORE = " \t\n([{"
_AFTER = " \t\n,.;:!?)]}"


def maybe_quoted(text: str) -> bool:
    """True when ``text`` may hold a scare quote: a mark that can open one."""
    return ' "' in text or "“" in text or " ''" in text or text[:1] in "\"'"


@cache
def _frames() -> frozenset[str]:
    """The words that make a quoted span a quotation, a name or a term (rule 4)."""
    words = {row[0] for row in lexicons.rows("emotive_quote_frames")}
    for row in lexicons.rows("cues"):  # every kind: speech, stance, cognition, ...
        words.update(f.split()[0] for f in row[3].split("|"))
    return frozenset(w.lower() for w in words)


def scare_quotes(text: str) -> list[tuple[int, int, str]]:
    """The scare quotes of ``text``: (first token, last token, the words), by the rules
    of the module's docstring; token indices count ``text.split()``."""
    out: list[tuple[int, int, str]] = []
    frames = _frames()
    for m in _SPAN.finditer(text):
        words = m.group(1)
        a, b = m.span()
        if (a and text[a - 1] not in _BEFORE) or (b < len(text) and text[b] not in _AFTER):
            continue
        if sum(map(str.isalpha, words)) < _MIN_LETTERS:
            continue
        head = text[:a]
        before = head.lower().split()
        if ":" in head or not frames.isdisjoint(t.strip(PUNCT) for t in before):
            continue  # a source's words ("Study: ... 'likely' ..."), a quotation, a term
        first = len(before) - (1 if before and not text[m.start() - 1].isspace() else 0)
        out.append((first, first + words.count(" "), words))
    return out


def add_scare_quotes(
    quoted: list[tuple[int, int, str]],
    scored: list[tuple[int, float, list[str], str, float, float, int]],
    neg_weight: float,
) -> None:
    """Add each scare quote of ``quoted`` (:func:`scare_quotes`) to the scorer's list of
    scored items, in token order, unless a word inside it is scored already."""
    for first, last, words in quoted:
        k = 0
        while k < len(scored) and scored[k][6] < first:
            k += 1
        if k < len(scored) and scored[k][0] <= last:
            continue  # a scored word inside (or a phrase across) carries it
        note = f"{SCARE_RULE} '{words}'"
        a = -SCARE_VALENCE * neg_weight
        scored.insert(k, (first, SCARE_VALENCE, [note], words, SCARE_VALENCE, a, last))

"""Parse once: an article's text cut into paragraphs, sentences and words, as one
frozen document object (:class:`Article`) that every layer takes as its input.

>>> from mediakit import parse
>>> art = parse("Storm hits coast\\n\\nThe mayor said it was bad. Roads closed.")
>>> [s.text for s in art.sentences]
['Storm hits coast', 'The mayor said it was bad.', 'Roads closed.']
>>> art.metadata.title, art.word_texts[:3]
('Storm hits coast', ('Storm', 'hits', 'coast'))

Like spaCy's ``Doc``, an Article can also be built by hand from its text and a
segmentation (``Article(text, metadata, paragraphs, sentences)``); its words are
always derived from the text.  Every position is a character offset into
:attr:`Article.text` (``text[s.start:s.end] == s.text``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import accumulate

from mediakit._compiled import compile_pattern
from mediakit._spans import Span
from mediakit._text import Metadata, paragraph_spans, parse_metadata, sentence_spans

__all__ = ["Article", "parse"]

#: WORD_RE as one capturing group: ``split`` then yields the gaps and the
#: words alternately, so one C-level pass gives every word's text and (from
#: the running sum of the pieces' lengths) its start offset.  Every branch of
#: WORD_RE begins with a letter or digit (``[^\W_]``), so that character is
#: taken first and the branches then go on from it (a look-behind says which
#: kind it was): the same words, but a pattern that begins with a character
#: class lets the regex engine skip the gaps without trying each branch at each
#: of their characters.  Possessive repeats (``*+``, ``++``): each piece ends
#: where the next cannot begin, so the greedy match is the one found, and the
#: engine keeps no backtracking points (a fifth less time in ``_word_split``
#: on the Wikinews articles).  The first branch looks for its full stop before it
#: looks behind at the letter (the look-behind is a jump of the engine, the stop a
#: character test that fails after most words: about 1 % fewer instructions in the split).
#: ``tests/test_parse.py`` ties it to WORD_RE.
_LETTER = r"[^\W\d_]"
_WORD_SPLIT_PATTERN = (
    r"([^\W_](?:"
    rf"\.(?<={_LETTER}\.)(?:{_LETTER}\.)++"  # U.S.  a.m.
    rf"|(?<=\d)\d*+(?:[.,:/]\d++)*+(?:{_LETTER}++)?+"  # 1,684  3.5  1990s
    r"|[^\W_]*+(?:['’\-][^\W_]++)*+"  # words, with inner apostrophes and hyphens
    r"))"
)
_WORD_SPLIT = compile_pattern(_WORD_SPLIT_PATTERN)
#: _WORD_SPLIT for a text without "_" (nearly every article): a letter or digit
#: (``[^\W_]``) is then any word character, written ``[0-9A-Za-z\w]`` so that the
#: engine tests an ASCII character against a bitmap before it asks for its Unicode
#: category (a negated class asks for the category of every character): 8 % fewer
#: instructions in the split of the Wikinews articles.  ``tests/test_parse.py`` ties
#: the two.
_WORD_SPLIT_NO_UNDERSCORE = compile_pattern(
    _WORD_SPLIT_PATTERN.replace(r"[^\W_]", r"[0-9A-Za-z\w]")
)


@dataclass(frozen=True)
class Article:
    """One article, parsed: its text, metadata, paragraphs, sentences and words.

    Made by :func:`parse` (or by hand, spaCy style, from a text and its
    segmentation).  Frozen: no attribute can be set after construction.

    * ``text``: the article exactly as decoded (offsets index into it);
    * ``metadata``: title, date, path and ``body_start``, where the body begins
      after an optional `` date YYYY-MM-DD `` prefix (:class:`mediakit.Metadata`);
    * ``paragraphs``: the non-blank lines of the body, trimmed, as spans;
    * ``sentences``: the sentences of each paragraph, as spans (never across paragraphs);
    * ``sentence_cuts``: offsets where a stretch of more than
      ``mediakit._text.MAX_SENTENCE_CHARS`` characters without a sentence end was cut;
    * words (computed from ``text`` and ``body_start`` on first use):
      :attr:`word_starts` and :attr:`word_texts` (parallel tuples), :attr:`words`
      (spans) and :attr:`sentence_words` (the words of each sentence).

    A span outside the text, or one whose ``text`` is not the text at its offsets,
    raises ``ValueError``.
    """

    text: str
    metadata: Metadata
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    sentence_cuts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        text, n = self.text, len(self.text)
        _check_body_start(self.metadata.body_start, n)
        for kind, spans in (("paragraph", self.paragraphs), ("sentence", self.sentences)):
            for s in spans:
                if not (0 <= s.start <= s.end <= n and text[s.start : s.end] == s.text):
                    raise ValueError(
                        f"{kind} span {s.start}..{s.end} {s.text[:40]!r} is not the text at "
                        "its offsets"
                    )

    @property
    def body_start(self) -> int:
        """The offset where the article's body begins (``metadata.body_start``)."""
        return self.metadata.body_start

    @cached_property
    def _word_split(self) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """Every word of the body: its start offset and its text, in one pass.

        ``_WORD_SPLIT.split`` gives ``[gap, word, gap, word, ..., gap]``; the
        running sum of the pieces' lengths, from ``body_start``, puts the start
        of word *k* at position ``2k + 1``.  Same words as ``WORD_RE.finditer``
        (the pattern has no look-behind, so cutting the metadata off first
        changes nothing).
        """
        body = self.metadata.body_start
        text = self.text[body:] if body else self.text
        parts = (_WORD_SPLIT if "_" in text else _WORD_SPLIT_NO_UNDERSCORE).split(text)
        ends = list(accumulate(map(len, parts), initial=body))
        return tuple(ends[1:-1:2]), tuple(parts[1::2])

    @property
    def word_starts(self) -> tuple[int, ...]:
        """The start offset of every word of the body, in text order."""
        return self._word_split[0]

    @property
    def word_texts(self) -> tuple[str, ...]:
        """The text of every word of the body, in text order."""
        return self._word_split[1]

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Every word of the body as a span (letters or digits with inner ``'`` ``’`` ``-``)."""
        return tuple(
            Span(a, a + len(w), w) for a, w in zip(self.word_starts, self.word_texts, strict=True)
        )

    @cached_property
    def sentence_words(self) -> tuple[range, ...]:
        """Indices of the words of each sentence (a word belongs to the sentence it starts in)."""
        starts = self.word_starts
        out: list[range] = []
        for s in self.sentences:
            lo = bisect.bisect_left(starts, s.start)
            hi = bisect.bisect_left(starts, s.end)
            out.append(range(lo, hi))
        return tuple(out)


#: The fields of :class:`Article`, in its order.
_FIELDS = tuple(f.name for f in fields(Article))


def _check_body_start(body_start: int, n: int) -> None:
    if not 0 <= body_start <= n:
        raise ValueError(f"metadata.body_start {body_start} lies outside the text (0..{n})")


def parse(text: str, metadata: Metadata | None = None) -> Article:
    """Parse an article's text once: its metadata, paragraphs, sentences and words.

    ``metadata`` defaults to what the text says about itself (an optional
    `` date YYYY-MM-DD `` prefix and a title line, ``mediakit._text.parse_metadata``);
    give it to set a path, title or date read elsewhere (its ``body_start`` must be the
    offset where the body begins).  The result is the input of every layer and of
    :func:`mediakit.analyze`::

        art = mediakit.parse(text)
        a = mediakit.analyze(art)
    """
    md = parse_metadata(text) if metadata is None else metadata
    _check_body_start(md.body_start, len(text))
    paragraphs = paragraph_spans(text, md.body_start)
    cuts: list[int] = []
    sentences = sentence_spans(text, paragraphs, cuts)
    # ``Article(...)`` without its check of every span against the text: these spans
    # were cut from the text itself (the check copies and compares every paragraph and
    # sentence again: 35M instructions on the Wikinews articles, a third of a percent
    # of the analysis).  ``tests/test_parse.py`` ties the two.
    art = object.__new__(Article)
    for name, value in zip(
        _FIELDS, (text, md, tuple(paragraphs), tuple(sentences), tuple(cuts)), strict=True
    ):
        object.__setattr__(art, name, value)
    return art

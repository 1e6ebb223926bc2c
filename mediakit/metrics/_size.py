"""Size: how long the article is, in words, sentences and paragraphs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.metrics._registry import Family

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["SIZE"]

SIZE = Family(
    "size",
    "Size",
    "How long the article is. Story words and sentences are those outside boilerplate "
    "(page furniture).",
)
_metric = SIZE.metric
_SENTENCES = "mediakit sentence splitter"


@_metric(
    unit="words",
    direction="longer article",
    empty=0,
    reference="mediakit word rule: letters/digits with inner ' ’ -; 1,684 and U.S. are one word.",
)
def words(a: Analysis) -> int:
    """Words in the article body (after any metadata prefix), boilerplate included."""
    return a.words


@_metric(unit="words", direction="longer story", empty=0, reference="as words")
def story_words(a: Analysis) -> int:
    """Words not in boilerplate. Story words are all words except boilerplate."""
    return a.story_words


@_metric(unit="sentences", direction="more sentences", empty=0, reference=_SENTENCES)
def sentences(a: Analysis) -> int:
    """Sentences in the body, boilerplate included."""
    return len(a.sentences)


@_metric(unit="sentences", direction="more sentences", empty=0, reference=_SENTENCES)
def story_sentences(a: Analysis) -> int:
    """Sentences that are not boilerplate."""
    return len(a._story_sentence_ids)


@_metric(unit="paragraphs", direction="more paragraphs", empty=0, reference="—")
def paragraphs(a: Analysis) -> int:
    """Non-blank lines of the body."""
    return len(a.paragraphs)


@_metric(
    unit="paragraphs",
    direction="more furniture",
    empty=0,
    reference="Rules in mediakit/data/boilerplate.tsv; idea from CleanEval (Baroni et al. 2008).",
)
def boilerplate_paragraphs(a: Analysis) -> int:
    """Paragraphs flagged as page furniture (players, captions, promotions, read-more links)."""
    return len(a.boilerplate)

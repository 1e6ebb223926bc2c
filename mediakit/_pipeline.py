"""The analysis pipeline, in one place and one order.

    text ──parse──▶ Article ──build_layers──▶ Layers ──▶ Analysis(article, layers)

1. :func:`mediakit.parse` cuts the text once into paragraphs, sentences and words
   (``mediakit/_parse.py``).
2. The layers, each a function of the :class:`~mediakit._parse.Article` (and of the
   layers before it), are built by :func:`build_layers` in the order of
   :data:`LAYERS`: boilerplate (``_boilerplate.py``), quotes and marked terms
   (``_quotes.py``, ``_marked.py``), attribution (``_attribution/``, which also names
   and types the sources), emotive scores per sentence (``_emotive/``), hedges and
   boosters (``_hedging.py``).
3. :class:`mediakit.Analysis` holds the Article and its Layers, frozen.  What is read
   from them is built on first use and cached there, in this order of dependence:
   the voice of every word (``_voices.py``), the sentences' voices, the people
   (``_people.py``), the sources (``_source_summary.py``), readability
   (``_readability.py``), the warnings (:func:`analysis_warnings`) and the metrics
   (``mediakit/metrics/``).

To add a layer: write it as a function of the Article, add a field to
:class:`Layers`, its name to :data:`LAYERS` and its call to :func:`build_layers`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from mediakit._attribution import Attribution, find_attributions
from mediakit._boilerplate import Boilerplate, find_boilerplate
from mediakit._checks import language_warnings, markup_warnings
from mediakit._emotive import SentenceEmotion, score_sentences
from mediakit._hedging import Marker, find_markers
from mediakit._marked import MarkedTerm, split_marked_terms
from mediakit._parse import Article
from mediakit._quotes import Quote, find_quotes
from mediakit._text import MAX_SENTENCE_CHARS
from mediakit.lexicons import NO_USER_LISTS, UserLists

__all__ = [
    "LAYERS",
    "Layers",
    "analysis_warnings",
    "attribution_layer",
    "boilerplate_layer",
    "build_layers",
    "emotion_layer",
    "gc_paused",
    "marker_layer",
    "quote_layer",
]

#: The layers of an article, in the order :func:`build_layers` builds them (each may
#: use the ones before it); the fields of :class:`Layers`.
LAYERS: tuple[str, ...] = (
    "boilerplate",
    "quotes",
    "marked_terms",
    "attributions",
    "emotion",
    "markers",
)


@dataclass(frozen=True, slots=True)
class Layers:
    """The layers of one article (lists of frozen records, in text order).

    Frozen: no layer can be replaced; the lists are the layer functions' own and are
    not to be changed either.
    """

    #: page furniture paragraphs (bylines, captions, share buttons ...)
    boilerplate: list[Boilerplate]
    #: quotations of speech (marked terms taken out)
    quotes: list[Quote]
    #: quoted words that are not speech (scare quotes, titles, terms)
    marked_terms: list[MarkedTerm]
    #: who says what, with which cue (with each source's name and type)
    attributions: list[Attribution]
    #: the emotive scores of each sentence
    emotion: list[SentenceEmotion]
    #: hedges, boosters and approximators of the body
    markers: list[Marker]


def boilerplate_layer(article: Article) -> list[Boilerplate]:
    """The paragraphs that are page furniture, not story (``_boilerplate.py``)."""
    return find_boilerplate(list(article.paragraphs))


def quote_layer(article: Article) -> tuple[list[Quote], list[MarkedTerm]]:
    """The quotations of speech and the marked terms (``_quotes.py``, ``_marked.py``)."""
    sentences = list(article.sentences)
    quoted = find_quotes(article.text, list(article.paragraphs), sentences)
    return split_marked_terms(article.text, quoted, sentences)


def attribution_layer(
    article: Article,
    quotes: Sequence[Quote],
    boilerplate: Sequence[Boilerplate],
    user: UserLists = NO_USER_LISTS,
) -> list[Attribution]:
    """Who says what (``_attribution/``), given the quotes and boilerplate layers (and a
    user's own cue and source-type lists)."""
    return find_attributions(article, quotes, boilerplate, user)


def emotion_layer(article: Article) -> list[SentenceEmotion]:
    """The emotive scores of every sentence (``_emotive/``)."""
    return score_sentences(article.text, article.sentences)


def marker_layer(article: Article) -> list[Marker]:
    """The hedges, boosters and approximators of the body (``_hedging.py``)."""
    return find_markers(article.text, article.metadata.body_start)


def build_layers(article: Article, user: UserLists = NO_USER_LISTS) -> Layers:
    """Every layer of ``article``, in the order of :data:`LAYERS` (``user``: a user's
    own lists, :func:`mediakit.lexicons.user_lists`)."""
    boilerplate = boilerplate_layer(article)
    quotes, marked_terms = quote_layer(article)
    attributions = attribution_layer(article, quotes, boilerplate, user)
    return Layers(
        boilerplate=boilerplate,
        quotes=quotes,
        marked_terms=marked_terms,
        attributions=attributions,
        emotion=emotion_layer(article),
        markers=marker_layer(article),
    )


def analysis_warnings(article: Article, story_words: Sequence[str]) -> list[str]:
    """What a reader should know about the input: not English, markup, a bad date, no
    story text, sentences cut for lack of punctuation (in this order).

    ``story_words``: the texts of the words outside boilerplate.
    """
    text, md = article.text, article.metadata
    out = language_warnings(text, md.body_start, story_words)
    out += markup_warnings(text, md.body_start)
    if md.date_raw is not None and md.date is None:
        out.append(
            f"the date {md.date_raw[:40]!r} is not a valid YYYY-MM-DD date; "
            "the article's date is left empty"
        )
    if article.word_starts and not story_words:
        out.append(
            "every paragraph is page furniture (boilerplate): there is no story text, "
            "so the story metrics are empty"
        )
    if article.sentence_cuts:
        out.append(
            f"{len(article.sentence_cuts)} stretch(es) of more than {MAX_SENTENCE_CHARS:,} "
            "characters without a sentence end were cut at spaces: the text lacks "
            "punctuation, so its sentences and sentence-based metrics are unreliable"
        )
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one article is analysed.

    An analysis allocates hundreds of thousands of small records and makes no
    reference cycles, so reference counting frees everything; left running,
    the cyclic collector would rescan the process's long-lived objects again
    and again and cost about 40% of the analysis time.  The collector's
    previous state is restored on exit (also on error).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

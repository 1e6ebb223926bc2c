"""The analysis of one article: its parsed text and every layer, tied to character
offsets, held frozen (the pipeline that builds it: ``mediakit/_pipeline.py``)."""

from __future__ import annotations

import bisect
import os
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cached_property
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from mediakit._attribution import Attribution
from mediakit._boilerplate import Boilerplate
from mediakit._compiled import compile_pattern
from mediakit._display import ArticleView, analysis_html
from mediakit._emotive import SentenceEmotion
from mediakit._hedging import Marker
from mediakit._ingest import Decoded, is_url, read_article
from mediakit._json import analysis_dict, to_json
from mediakit._lazy import lazy_import
from mediakit._marked import MarkedTerm
from mediakit._parse import Article, parse
from mediakit._people import PeopleIndex, Person
from mediakit._pipeline import Layers, analysis_warnings, build_layers, gc_paused
from mediakit._quotes import Quote
from mediakit._readability import readability
from mediakit._source_summary import SourceSummary, source_summaries
from mediakit._spans import Span
from mediakit._subjectivity import SentenceSubjectivity, sentence_subjectivity
from mediakit._tables import (
    TABLE_COLUMNS,
    TABLE_ROWS,
    TABLE_SPECS,
    attribution_rows,
    marker_rows,
    people_rows,
    quote_rows,
    sentence_rows,
    source_rows,
)
from mediakit._text import ArticleError, Metadata, parse_metadata
from mediakit._voices import (
    CODE,
    NAME,
    STORY_MASK,
    VOICES,
    in_boilerplate,
    paint,
    sentence_voices,
    voice_of_counts,
    word_codes,
)
from mediakit.lexicons import NO_USER_LISTS, UserLists, user_lists
from mediakit.metrics import compute as compute_metrics

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")  # imported when first used (mediakit/_lazy.py)

__all__ = ["VOICES", "Analysis", "SourceSummary", "analyze", "voice_of_counts"]


class Analysis:
    """Everything mediakit finds in one article.

    Build it with :func:`analyze`.  It holds the parsed :class:`~mediakit.Article`
    (:attr:`article`) and its layers (:attr:`layers`, built by
    ``mediakit._pipeline.build_layers``) and nothing else; it is frozen (no attribute
    can be set), and what is read from the layers (the words' voices, sources, people,
    metrics, warnings) is built on first use and cached.  Layers are lists of frozen
    records with character offsets into :attr:`text`; tables are tidy pandas DataFrames
    (``sentence_table()``, ``attribution_table()`` ...); :meth:`to_dict` is the
    versioned JSON form (schema ``mediakit.analysis/1``).

    ``Analysis(article, layers)`` only stores its arguments.
    """

    article: Article
    layers: Layers

    def __init__(self, article: Article, layers: Layers) -> None:
        if not isinstance(article, Article) or not isinstance(layers, Layers):
            raise TypeError(
                "Analysis(article, layers) holds a parsed Article and its Layers; "
                "to analyse a text use mediakit.analyze(text)"
            )
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "layers", layers)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"an Analysis is frozen: {name!r} cannot be set")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"an Analysis is frozen: {name!r} cannot be deleted")

    # ------------------------------------------------------------ the article

    @property
    def text(self) -> str:
        """The article exactly as decoded (every offset indexes into it)."""
        return self.article.text

    @property
    def metadata(self) -> Metadata:
        return self.article.metadata

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        return self.article.paragraphs

    @property
    def sentences(self) -> tuple[Span, ...]:
        return self.article.sentences

    # ------------------------------------------------------------ the layers

    @property
    def boilerplate(self) -> list[Boilerplate]:
        return self.layers.boilerplate

    @property
    def quotes(self) -> list[Quote]:
        return self.layers.quotes

    @property
    def marked_terms(self) -> list[MarkedTerm]:
        return self.layers.marked_terms

    @property
    def attributions(self) -> list[Attribution]:
        return self.layers.attributions

    @property
    def emotion(self) -> list[SentenceEmotion]:
        return self.layers.emotion

    @property
    def markers(self) -> list[Marker]:
        return self.layers.markers

    @cached_property
    def subjectivity(self) -> list[SentenceSubjectivity]:
        """Each sentence's subjectivity with the cues that raised it
        (:mod:`mediakit._subjectivity`)."""
        return sentence_subjectivity(
            self.text,
            self.sentences,
            self.emotion,
            self.markers,
            (self._starts, self._word_texts),
        )

    @cached_property
    def warnings(self) -> list[str]:
        """What a reader should know about the input (``_pipeline.analysis_warnings``)."""
        return analysis_warnings(self.article, self._story_word_texts)

    # ------------------------------------------------------------ voices

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        return self.article.word_starts

    @cached_property
    def _word_texts(self) -> tuple[str, ...]:
        return self.article.word_texts

    @cached_property
    def _paint(self) -> bytearray:
        """One voice code per character (``_voices.paint``)."""
        lay = self.layers
        return paint(
            len(self.text),
            self.metadata.body_start,
            lay.attributions,
            lay.quotes,
            lay.boilerplate,
        )

    @cached_property
    def _codes(self) -> bytes:
        """The voice code of every word: the shared per-word array."""
        return word_codes(self._paint, self._starts)

    @cached_property
    def word_voices(self) -> list[str]:
        """The voice of every word, in text order."""
        return [NAME[c] for c in self._codes]

    @cached_property
    def _words(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every word of the body."""
        return [(a, a + len(w)) for a, w in zip(self._starts, self._word_texts, strict=True)]

    @property
    def _sentence_words(self) -> tuple[range, ...]:
        """Indices of the words of each sentence (a word belongs to the sentence it starts in)."""
        return self.article.sentence_words

    @cached_property
    def sentence_voices(self) -> list[str]:
        """The voice of each sentence: one of direct, reported, mixed, narration, boilerplate."""
        return sentence_voices(
            self._codes,
            self._sentence_words,
            [s.start for s in self.sentences],
            self._paint,
            self.attributions,
        )

    def _in_boilerplate(self, pos: int) -> bool:
        """Whether the character at ``pos`` lies in a boilerplate paragraph."""
        return in_boilerplate(self._paint, pos)

    # ------------------------------------------------------------ counts

    @cached_property
    def voice_counts(self) -> dict[str, int]:
        """Words in each voice (every body word is in exactly one)."""
        return {v: self._codes.count(CODE[v]) for v in VOICES}

    @property
    def words(self) -> int:
        return len(self._starts)

    @property
    def story_words(self) -> int:
        """Words that are not boilerplate."""
        return self.words - self.voice_counts["boilerplate"]

    def _words_in(self, spans: Sequence[Span]) -> Counter[str]:
        """Voices of the words that start inside any of ``spans``."""
        starts = self._starts
        c: Counter[str] = Counter()
        for s in spans:
            lo = bisect.bisect_left(starts, s.start)
            hi = bisect.bisect_left(starts, s.end)
            seg = self._codes[lo:hi]
            for code in set(seg):
                c[NAME[code]] += seg.count(code)
        return c

    @cached_property
    def sources(self) -> list[SourceSummary]:
        """One row per canonical source, most words first (``_source_summary.py``)."""
        return source_summaries(self)

    @cached_property
    def people(self) -> list[Person]:
        """The named people of the body (not boilerplate), in order of first mention, each
        with the gender the text gives and its evidence (docs/sources.md)."""
        return self._people_by_name.people()

    @cached_property
    def _people_by_name(self) -> PeopleIndex:
        return PeopleIndex(self)

    @cached_property
    def metrics(self) -> dict[str, float | int | None]:
        """The article's summary metrics: every metric of :data:`mediakit.metrics.METRICS`,
        in its order (each defined in ``mediakit/metrics/`` and in docs/metrics.md)."""
        with gc_paused():
            return compute_metrics(self)

    # The story's layers (boilerplate left out), shared by several metrics.

    @cached_property
    def _story_sentence_ids(self) -> list[int]:
        return [i for i, v in enumerate(self.sentence_voices) if v != "boilerplate"]

    @cached_property
    def _story_attributions(self) -> list[Attribution]:
        return [a for a in self.attributions if not a.in_boilerplate]

    @cached_property
    def _story_emotion(self) -> list[SentenceEmotion]:
        """The emotive scores of the story sentences."""
        return [self.emotion[i] for i in self._story_sentence_ids]

    @cached_property
    def _readability(self) -> dict[str, float | None]:
        """The readability scores of the story text (mediakit._readability)."""
        return readability(self._story_word_texts, len(self._story_sentence_ids))

    def _has_frame(self, sentence: int) -> bool:
        r = self._sentence_words[sentence]
        return CODE["frame"] in self._codes[r.start : r.stop]

    @cached_property
    def _story_word_texts(self) -> Sequence[str]:
        """The words outside boilerplate, as strings."""
        if CODE["boilerplate"] not in self._codes:
            return self._word_texts
        return list(compress(self._word_texts, self._codes.translate(STORY_MASK)))

    # ------------------------------------------------------------ tables

    def sentence_table(self) -> pd.DataFrame:
        """One row per sentence: offsets, text, voice, VADER compound, emotive intensity."""
        return pd.DataFrame(sentence_rows(self), columns=TABLE_COLUMNS["sentences"])

    def attribution_table(self) -> pd.DataFrame:
        """One row per attribution: source, cue, content, kind, source name and type, rule."""
        return pd.DataFrame(attribution_rows(self), columns=TABLE_COLUMNS["attributions"])

    def quote_table(self) -> pd.DataFrame:
        """One row per direct quotation, with the attribution it belongs to (or none)."""
        return pd.DataFrame(quote_rows(self), columns=TABLE_COLUMNS["quotes"])

    def source_table(self) -> pd.DataFrame:
        """One row per source: name, type, mentions, attributions, direct and reported words."""
        return _frame(source_rows(self), "sources")

    def people_table(self) -> pd.DataFrame:
        """One row per named person of the body: gender and its evidence, mentions, first
        mention, whether the person is quoted (docs/sources.md)."""
        return _frame(people_rows(self), "people")

    def marker_table(self) -> pd.DataFrame:
        """Labelled words: emotive words, hedges and boosters, each with the entry that made it."""
        return pd.DataFrame(marker_rows(self), columns=TABLE_COLUMNS["markers"])

    def _table_rows(self, table: str) -> list[dict[str, Any]]:
        """The rows of a long table as plain dicts (no DataFrame built), for corpus runs.

        ``table`` is a key of :data:`~mediakit._tables.TABLE_SPECS`; the rows hold the
        same values as the DataFrame method's, with ``None`` where it has NaN.
        """
        return TABLE_ROWS[table](self)

    def word_table(self) -> pd.DataFrame:
        """One row per word with its voice (for audits: every word is in exactly one voice)."""
        return pd.DataFrame(
            {
                "start": [a for a, _ in self._words],
                "end": [b for _, b in self._words],
                "text": [self.text[a:b] for a, b in self._words],
                "voice": self.word_voices,
            }
        )

    def summary(self) -> pd.DataFrame:
        """A one-row DataFrame: the article's metadata and summary metrics."""
        row: dict[str, Any] = {
            "path": self.metadata.path,
            "title": self.metadata.title,
            "date": self.metadata.date,
        }
        row.update(self.metrics)
        return pd.DataFrame([row])

    def _quote_owner(self) -> dict[int, int]:
        owner: dict[int, int] = {}
        for i, a in enumerate(self.attributions):
            for q in a.quotes:
                owner.setdefault(q, i)
        return owner

    # ------------------------------------------------------------ export

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON form (schema ``mediakit.analysis/1``, see docs/json.md)."""
        return analysis_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (UTF-8 characters as they are; compact when
        ``indent`` is ``None``)."""
        return to_json(self.to_dict(), indent)

    def _repr_html_(self) -> str:
        return analysis_html(self)

    def show(self, layers: Iterable[str] | None = None) -> ArticleView:
        """The highlighted article with only ``layers`` marked (default: all), for Jupyter.

        ``layers``: some of ``"boilerplate"``, ``"quote"``, ``"reported"``, ``"source"``,
        ``"cue"``, ``"emotive"``, ``"hedge"``, ``"booster"``; an unknown name raises
        ValueError listing the valid ones.  The view is displayed when it is the last
        value of a cell (or by ``display(a.show(...))``).
        """
        return ArticleView(self, layers)

    def __repr__(self) -> str:
        path = self.metadata.path
        name = self.metadata.title or (Path(path).name if path else "text")
        return (
            f"<Analysis of {name!r}: {self.words} words, {len(self.sentences)} sentences, "
            f"{len(self.attributions)} attributions, {len(self.quotes)} quotes>"
        )


def _frame(rows: list[dict[str, Any]], table: str) -> pd.DataFrame:
    """A long table; an int column with empty cells is pandas' nullable ``Int64``."""
    df = pd.DataFrame(rows, columns=TABLE_COLUMNS[table])
    for col, kind in TABLE_SPECS[table]:
        if kind == "int" and df[col].isna().any():
            df[col] = df[col].astype("Int64")
    return df


_LOOKS_LIKE_PATH = compile_pattern(r"\A[^\n\r]{1,4096}\Z")


def _is_file(s: str) -> bool:
    try:
        return Path(s).is_file()
    except (OSError, ValueError):
        return False


def analyze(
    source: str | os.PathLike[str] | Article,
    *,
    path: str | None = None,
    lexicons: Mapping[str, str | os.PathLike[str]] | UserLists | None = None,
) -> Analysis:
    """Analyse one article, given as text, as a path to a file, as a URL, or parsed.

    A ``pathlib.Path`` is always read as a file.  A ``str`` is read as a URL when it is
    one (``http://``, ``https://``; the page is fetched and its article extracted) and
    as a file when it is a single line naming an existing file; otherwise it is the
    article text itself.  Files and pages are read as the command line reads them
    (``mediakit._ingest.read_article``): UTF-8, UTF-16 with its mark, or a detected
    encoding, which a :class:`UnicodeWarning` names.  An :class:`~mediakit.Article`
    (from :func:`mediakit.parse`, or built by hand) is analysed as it is.  ``path``
    overrides the ``metadata.path`` recorded.  ``lexicons``: a user's own lists used
    beside mediakit's, ``{"cues": path, "source_types": path}`` in the format of the
    shipped files (:func:`mediakit.lexicons.user_lists`, which raises
    :class:`mediakit.lexicons.LexiconError` for a list it cannot use).  Raises
    :class:`mediakit.ArticleError` when the input cannot be read as an article.
    """
    user = user_lists(lexicons)
    if isinstance(source, Article):
        if path is not None:
            source = replace(source, metadata=replace(source.metadata, path=path))
        return analyze_article(source, user)
    if isinstance(source, os.PathLike):
        return _read_and_analyze(source, path, user)
    if is_url(source):
        return _read_and_analyze(source, path, user)
    if _LOOKS_LIKE_PATH.match(source) and _is_file(source):
        return _read_and_analyze(Path(source), path, user)  # a file, even one named "-"
    return _analyze_text(source, parse_metadata(source, path=path), user)


def require_words(a: Analysis, article_id: str) -> Analysis:
    """``a`` itself, or the commands' one error for an article without words (the library's
    :func:`analyze` gives an empty analysis instead: zero counts, undefined shares)."""
    if a.words == 0:
        raise ArticleError(f"{article_id}: the article is empty (no words after any metadata line)")
    return a


def analyze_article(article: Article, user: UserLists = NO_USER_LISTS) -> Analysis:
    """The analysis of a parsed article: its layers (``_pipeline.build_layers``), held."""
    with gc_paused():
        return Analysis(article, build_layers(article, user))


def analyze_decoded(
    art: Decoded, article_id: str, user: UserLists = NO_USER_LISTS, *, path: str | None = None
) -> Analysis:
    """An input read by ``_ingest.load``, analysed as the commands analyse one: ``path``
    (when given) as its metadata's path, the commands' error when it has no words
    (:func:`require_words`), and its reading warnings (an encoding guessed) before the
    analysis' own in ``warnings``."""
    md = art.metadata if path is None else replace(art.metadata, path=path)
    a = require_words(analyze_article(parse(art.text, md), user), article_id)
    a.warnings[:0] = art.warnings
    return a


def _analyze_text(text: str, metadata: Metadata, user: UserLists = NO_USER_LISTS) -> Analysis:
    with gc_paused():
        article = parse(text, metadata)
        return Analysis(article, build_layers(article, user))


def _read_and_analyze(
    locator: str | os.PathLike[str], path: str | None, user: UserLists = NO_USER_LISTS
) -> Analysis:
    """The article at ``locator`` (a file or a URL), read as every reader reads it."""
    record = read_article(locator)
    for message in record.warnings:
        warnings.warn(message, UnicodeWarning, stacklevel=3)
    md = record.metadata if path is None else replace(record.metadata, path=path)
    return _analyze_text(record.text, md, user)

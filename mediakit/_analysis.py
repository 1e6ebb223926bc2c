"""The analysis of one article: every layer, tied to character offsets."""

from __future__ import annotations

import bisect
import gc
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import accumulate, compress
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediakit._attribution import Attribution, find_attributions
from mediakit._boilerplate import Boilerplate, find_boilerplate
from mediakit._checks import language_warnings, markup_warnings
from mediakit._display import ArticleView, analysis_html
from mediakit._emotive import SentenceEmotion, score_sentence
from mediakit._hedging import Marker, find_markers
from mediakit._ingest import is_url, read_article
from mediakit._json import analysis_dict
from mediakit._lazy import lazy_import
from mediakit._marked import MarkedTerm, split_marked_terms
from mediakit._people import PeopleIndex, Person
from mediakit._quotes import Quote, find_quotes
from mediakit._readability import readability
from mediakit._source_kinds import source_profile
from mediakit._spans import Span
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
from mediakit._text import (
    MAX_SENTENCE_CHARS,
    WORD_RE,
    Metadata,
    paragraph_spans,
    parse_metadata,
    sentence_spans,
)
from mediakit.metrics import compute as compute_metrics

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")  # imported when first used (mediakit/_lazy.py)

__all__ = ["VOICES", "Analysis", "SourceSummary", "analyze"]


#: The five voices a word can be in, in the order of precedence used when
#: layers overlap: boilerplate, then direct quotation, then attribution
#: frame, then reported content; every other word is narration.
VOICES: tuple[str, ...] = ("direct", "reported", "frame", "narration", "boilerplate")
_CODE = {"metadata": 0, "narration": 1, "reported": 2, "frame": 3, "direct": 4, "boilerplate": 5}
_NAME = {v: k for k, v in _CODE.items()}
#: A sentence takes a single voice when that voice has at least this share of
#: its non-frame words; otherwise it is "mixed".
SENTENCE_VOICE_SHARE = 0.75


#: WORD_RE as one capturing group: ``split`` then yields the gaps and the
#: words alternately, so one C-level pass gives every word's text and (from
#: the running sum of the pieces' lengths) its start offset.
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")
#: Maps a word's voice code to 1 when it is story text, 0 when boilerplate.
_STORY_MASK = bytes(0 if c == _CODE["boilerplate"] else 1 for c in range(256))


def voice_of_counts(counts: dict[str, int], *, frame_voice: str) -> str:
    """A sentence's voice from the number of its words in each voice.

    The voice of at least :data:`SENTENCE_VOICE_SHARE` of its direct, reported
    and narration words, else ``mixed``; a sentence of frame words only (a cue
    whose content lies elsewhere) takes ``frame_voice``.
    """
    core = {v: counts.get(v, 0) for v in ("direct", "reported", "narration") if counts.get(v, 0)}
    total = sum(core.values())
    if total == 0:
        return frame_voice if counts.get("frame", 0) else "narration"
    top, count = max(core.items(), key=lambda kv: (kv[1], kv[0]))
    return top if count / total >= SENTENCE_VOICE_SHARE else "mixed"


@contextmanager
def _gc_paused() -> Iterator[None]:
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


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One source (a canonical person or body) and the words it is given."""

    name: str
    type: str
    type_rule: str
    mentions: int
    attributions: int
    direct_words: int
    reported_words: int
    #: person, organisation, group, document or unknown (docs/sources.md), and its rule
    kind: str = "unknown"
    kind_rule: str = "unknown:no_rule"
    #: female, male or unknown for a person; ``None`` for other kinds
    gender: str | None = None
    gender_rule: str | None = None
    #: the words of the article that give the gender (``None`` when none do)
    gender_evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        ev = self.gender_evidence
        return {
            "name": self.name,
            "type": self.type,
            "type_rule": self.type_rule,
            "mentions": self.mentions,
            "attributions": self.attributions,
            "direct_words": self.direct_words,
            "reported_words": self.reported_words,
            "kind": self.kind,
            "kind_rule": self.kind_rule,
            "gender": self.gender,
            "gender_rule": self.gender_rule,
            "gender_evidence": None if ev is None else ev.to_dict(),
        }


class Analysis:
    """Everything mediakit finds in one article.

    Build it with :func:`analyze`.  Layers are lists of frozen records with
    character offsets into :attr:`text`; tables are tidy pandas DataFrames
    (``sentence_table()``, ``attribution_table()`` ...); :meth:`to_dict` is
    the versioned JSON form (schema ``mediakit.analysis/1``).
    """

    def __init__(self, text: str, metadata: Metadata) -> None:
        with _gc_paused():
            self._build(text, metadata)

    def _build(self, text: str, metadata: Metadata) -> None:
        self.text = text
        self.metadata = metadata
        self.warnings: list[str] = []
        body = metadata.body_start
        self.paragraphs: list[Span] = paragraph_spans(text, body)
        cuts: list[int] = []
        self.sentences: list[Span] = sentence_spans(text, self.paragraphs, cuts)
        self.boilerplate: list[Boilerplate] = find_boilerplate(self.paragraphs)
        quoted = find_quotes(text, self.paragraphs, self.sentences)
        self.quotes: list[Quote]
        self.marked_terms: list[MarkedTerm]
        self.quotes, self.marked_terms = split_marked_terms(text, quoted, self.sentences)
        self.attributions: list[Attribution] = find_attributions(
            text, self.paragraphs, self.sentences, self.quotes, self.boilerplate
        )
        self.emotion: list[SentenceEmotion] = [
            score_sentence(s.text, s.start) for s in self.sentences
        ]
        self._split_words(text, body)
        self.markers: list[Marker] = find_markers(text, body)
        self._label_words()
        self.warnings += language_warnings(
            self.text, self.metadata.body_start, self._story_word_texts
        )
        self.warnings += markup_warnings(self.text, self.metadata.body_start)
        if metadata.date_raw is not None and metadata.date is None:
            self.warnings.append(
                f"the date {metadata.date_raw[:40]!r} is not a valid YYYY-MM-DD date; "
                "the article's date is left empty"
            )
        if self._starts and not self.story_words:
            self.warnings.append(
                "every paragraph is page furniture (boilerplate): there is no story text, "
                "so the story metrics are empty"
            )
        if cuts:
            self.warnings.append(
                f"{len(cuts)} stretch(es) of more than {MAX_SENTENCE_CHARS:,} characters without "
                "a sentence end were cut at spaces: the text lacks punctuation, so its sentences "
                "and sentence-based metrics are unreliable"
            )

    def _split_words(self, text: str, body: int) -> None:
        """Every word of the body: its text and its start offset, in one pass.

        ``_WORD_SPLIT.split`` gives ``[gap, word, gap, word, ..., gap]``; the
        running sum of the pieces' lengths, from ``body``, puts the start of
        word *k* at position ``2k + 1``.  Same words as ``WORD_RE.finditer``
        (the pattern has no look-behind, so cutting the metadata off first
        changes nothing).
        """
        parts = _WORD_SPLIT.split(text[body:] if body else text)
        ends = list(accumulate(map(len, parts), initial=body))
        self._starts: list[int] = ends[1:-1:2]
        self._word_texts: list[str] = parts[1::2]

    # ------------------------------------------------------------ voices

    def _label_words(self) -> None:
        n = len(self.text)
        paint = bytearray([_CODE["narration"]]) * n
        body = self.metadata.body_start
        paint[:body] = bytes([_CODE["metadata"]]) * body
        for a in self.attributions:
            for c in a.content:
                paint[c.start : c.end] = bytes([_CODE["reported"]]) * (c.end - c.start)
        for a in self.attributions:
            for fs in (a.source, a.cue):
                if fs is not None:
                    paint[fs.start : fs.end] = bytes([_CODE["frame"]]) * (fs.end - fs.start)
        for q in self.quotes:
            paint[q.start : q.end] = bytes([_CODE["direct"]]) * (q.end - q.start)
        for b in self.boilerplate:
            paint[b.start : b.end] = bytes([_CODE["boilerplate"]]) * (b.end - b.start)
        self._paint = paint
        starts = self._starts
        if len(starts) > 1:
            self._codes = bytes(itemgetter(*starts)(paint))
        else:
            self._codes = bytes(paint[a] for a in starts)

    @cached_property
    def word_voices(self) -> list[str]:
        """The voice of every word, in text order."""
        return [_NAME[c] for c in self._codes]

    @cached_property
    def _words(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every word of the body."""
        return [(a, a + len(w)) for a, w in zip(self._starts, self._word_texts, strict=True)]

    @cached_property
    def _sentence_words(self) -> list[range]:
        """Indices of the words of each sentence (a word belongs to the sentence it starts in)."""
        starts = self._starts
        out: list[range] = []
        for s in self.sentences:
            lo = bisect.bisect_left(starts, s.start)
            hi = bisect.bisect_left(starts, s.end)
            out.append(range(lo, hi))
        return out

    @cached_property
    def sentence_voices(self) -> list[str]:
        """The voice of each sentence: one of direct, reported, mixed, narration, boilerplate."""
        boiler = _CODE["boilerplate"]
        by_cue: dict[int, str] = {}
        for a in self.attributions:
            by_cue.setdefault(a.sentence, "direct" if a.kind == "direct" else "reported")
        out: list[str] = []
        codes = self._codes
        narration = _CODE["narration"]
        for k, idx in enumerate(self._sentence_words):
            seg = codes[idx.start : idx.stop]
            if seg and seg.count(narration) == len(seg):
                out.append("narration")  # the common case: every word is narration
                continue
            if boiler in seg or (not idx and self._in_boilerplate(self.sentences[k].start)):
                out.append("boilerplate")
                continue
            voices = {v: seg.count(_CODE[v]) for v in ("direct", "reported", "narration", "frame")}
            out.append(voice_of_counts(voices, frame_voice=by_cue.get(k, "narration")))
        return out

    def _in_boilerplate(self, pos: int) -> bool:
        """Whether the character at ``pos`` lies in a boilerplate paragraph."""
        return 0 <= pos < len(self._paint) and self._paint[pos] == _CODE["boilerplate"]

    # ------------------------------------------------------------ counts

    @cached_property
    def voice_counts(self) -> dict[str, int]:
        """Words in each voice (every body word is in exactly one)."""
        return {v: self._codes.count(_CODE[v]) for v in VOICES}

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
                c[_NAME[code]] += seg.count(code)
        return c

    @cached_property
    def sources(self) -> list[SourceSummary]:
        """One row per canonical source, most words first."""
        groups: dict[str, list[Attribution]] = {}
        for a in self._story_attributions:
            name = a.source_name or "(unnamed source)"
            groups.setdefault(name, []).append(a)
        out = []
        for name, atts in groups.items():
            words = self._words_in([c for a in atts for c in a.content])
            types = Counter((a.source_type, a.source_type_rule) for a in atts)
            (stype, rule), _n = types.most_common(1)[0]
            s = SourceSummary(
                name=name,
                type=stype,
                type_rule=rule,
                mentions=sum(1 for a in atts if a.source is not None),
                attributions=len(atts),
                direct_words=words["direct"],
                reported_words=words["reported"],
            )
            at = [a.source for a in atts if a.source is not None]
            kind, krule, gender, grule, ev = source_profile(
                s, [x.text for x in at], self._people_by_name, self.text, at
            )
            out.append(
                replace(
                    s,
                    kind=kind,
                    kind_rule=krule,
                    gender=gender,
                    gender_rule=grule,
                    gender_evidence=ev,
                )
            )
        out.sort(key=lambda s: (-(s.direct_words + s.reported_words), -s.attributions, s.name))
        return out

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
        with _gc_paused():
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
        return _CODE["frame"] in self._codes[r.start : r.stop]

    @cached_property
    def _story_word_texts(self) -> list[str]:
        """The words outside boilerplate, as strings."""
        if _CODE["boilerplate"] not in self._codes:
            return self._word_texts
        return list(compress(self._word_texts, self._codes.translate(_STORY_MASK)))

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
        """:meth:`to_dict` as JSON text (UTF-8 safe, no NaN)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)

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


_LOOKS_LIKE_PATH = re.compile(r"\A[^\n\r]{1,4096}\Z")


def _is_file(s: str) -> bool:
    try:
        return Path(s).is_file()
    except (OSError, ValueError):
        return False


def analyze(source: str | os.PathLike[str], *, path: str | None = None) -> Analysis:
    """Analyse one article, given as text, as a path to a file, or as a URL.

    A ``pathlib.Path`` is always read as a file.  A ``str`` is read as a URL when it is
    one (``http://``, ``https://``; the page is fetched and its article extracted) and
    as a file when it is a single line naming an existing file; otherwise it is the
    article text itself.  Files and pages are read as the command line reads them
    (``mediakit._ingest.read_article``): UTF-8, UTF-16 with its mark, or a detected
    encoding, which a :class:`UnicodeWarning` names.  ``path`` overrides the
    ``metadata.path`` recorded.  Raises :class:`mediakit.ArticleError` when the input
    cannot be read as an article.
    """
    if isinstance(source, os.PathLike):
        return _read_and_analyze(source, path)
    if is_url(source):
        return _read_and_analyze(source, path)
    if _LOOKS_LIKE_PATH.match(source) and _is_file(source):
        return _read_and_analyze(Path(source), path)  # a file, even one named "-"
    return Analysis(source, parse_metadata(source, path=path))


def _read_and_analyze(locator: str | os.PathLike[str], path: str | None) -> Analysis:
    """The article at ``locator`` (a file or a URL), read as every reader reads it."""
    article = read_article(locator)
    for message in article.warnings:
        warnings.warn(message, UnicodeWarning, stacklevel=3)
    md = article.metadata if path is None else replace(article.metadata, path=path)
    return Analysis(article.text, md)

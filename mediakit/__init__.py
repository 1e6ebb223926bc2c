"""mediakit: explainable framing metrics for news articles.

>>> import mediakit
>>> a = mediakit.analyze(mediakit.seed_path())
>>> a.summary()          # one row of documented metrics
>>> mediakit.metrics.compute(a, ["direct_share"])  # any of them (mediakit.metrics.METRICS)
>>> a.sentence_table()   # one row per sentence, with its voice and emotive scores
>>> a                    # in a notebook: the article with voices highlighted
"""

from mediakit._analysis import VOICES, Analysis, SourceSummary, analyze
from mediakit._attribution import Attribution
from mediakit._boilerplate import Boilerplate
from mediakit._corpus import seed_path, seed_paths, summarize
from mediakit._hedging import Marker
from mediakit._quotes import Quote
from mediakit._run import CorpusError, CorpusTables, RunStats, analyze_corpus, write_corpus
from mediakit._spans import Span
from mediakit._text import ArticleError, Metadata
from mediakit._version import __version__
from mediakit.plotting import (
    plot_cues,
    plot_emotion_arc,
    plot_emotion_by_voice,
    plot_hedges,
    plot_source_types,
    plot_sources,
    plot_voices,
)

__all__ = [
    "VOICES",
    "Analysis",
    "ArticleError",
    "Attribution",
    "Boilerplate",
    "CorpusError",
    "CorpusTables",
    "Marker",
    "Metadata",
    "Quote",
    "RunStats",
    "SourceSummary",
    "Span",
    "__version__",
    "analyze",
    "analyze_corpus",
    "plot_cues",
    "plot_emotion_arc",
    "plot_emotion_by_voice",
    "plot_hedges",
    "plot_source_types",
    "plot_sources",
    "plot_voices",
    "seed_path",
    "seed_paths",
    "summarize",
    "write_corpus",
]

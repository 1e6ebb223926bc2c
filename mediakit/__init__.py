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
from mediakit._compare import compare, cue_profile
from mediakit._corpus import sample_corpus, seed_path, seed_paths, summarize
from mediakit._hedging import Marker
from mediakit._people import Person
from mediakit._quotes import Quote
from mediakit._run import CorpusError, CorpusTables, RunStats, analyze_corpus, write_corpus
from mediakit._spans import Span
from mediakit._text import ArticleError, Metadata
from mediakit._version import __version__
from mediakit.plotting import (
    plot_cues,
    plot_emotion_arc,
    plot_emotion_by_voice,
    plot_groups,
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
    "Person",
    "Quote",
    "RunStats",
    "SourceSummary",
    "Span",
    "__version__",
    "analyze",
    "analyze_corpus",
    "compare",
    "cue_profile",
    "plot_cues",
    "plot_emotion_arc",
    "plot_emotion_by_voice",
    "plot_groups",
    "plot_hedges",
    "plot_source_types",
    "plot_sources",
    "plot_voices",
    "sample_corpus",
    "seed_path",
    "seed_paths",
    "summarize",
    "write_corpus",
]

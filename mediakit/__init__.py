"""mediakit: explainable framing metrics for news articles.

>>> import mediakit
>>> a = mediakit.analyze(mediakit.seed_path())
>>> art = mediakit.parse("Storm hits coast\n\nThe mayor said it was bad.")  # parsed once
>>> mediakit.analyze(art).attributions  # the layers of a parsed Article
>>> a.summary()          # one row of documented metrics
>>> mediakit.metrics.compute(a, ["direct_share"])  # any of them (mediakit.metrics.METRICS)
>>> a.sentence_table()   # one row per sentence, with its voice and emotive scores
>>> a                    # in a notebook: the article with voices highlighted
>>> mediakit.agreement(mediakit.coding_sheet([mediakit.seed_path()]), "my_coding.csv")
"""

from mediakit._agreement import (
    agreement,
    cohen_kappa,
    confusion,
    evaluate_brat,
    evaluate_sheet,
    krippendorff_alpha,
)
from mediakit._analysis import VOICES, Analysis, SourceSummary, analyze
from mediakit._attribution import Attribution
from mediakit._boilerplate import Boilerplate
from mediakit._compare import compare, cue_profile
from mediakit._corpus import summarize
from mediakit._export import SheetError, coding_sheet, read_sheet, write_sheet
from mediakit._export import write_brat as export_brat
from mediakit._hedging import Marker
from mediakit._parse import Article, parse
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
from mediakit.samples import sample_corpus, seed_path, seed_paths

__all__ = [
    "VOICES",
    "Analysis",
    "Article",
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
    "SheetError",
    "SourceSummary",
    "Span",
    "__version__",
    "agreement",
    "analyze",
    "analyze_corpus",
    "coding_sheet",
    "cohen_kappa",
    "compare",
    "confusion",
    "cue_profile",
    "evaluate_brat",
    "evaluate_sheet",
    "export_brat",
    "krippendorff_alpha",
    "parse",
    "plot_cues",
    "plot_emotion_arc",
    "plot_emotion_by_voice",
    "plot_groups",
    "plot_hedges",
    "plot_source_types",
    "plot_sources",
    "plot_voices",
    "read_sheet",
    "sample_corpus",
    "seed_path",
    "seed_paths",
    "summarize",
    "write_corpus",
    "write_sheet",
]

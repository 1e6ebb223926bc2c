"""Helpers for more than one article (the bundled example articles are in
:mod:`mediakit.samples`; ``seed_path`` and ``seed_paths`` are kept here too)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from mediakit._analysis import Analysis, analyze
from mediakit._lazy import lazy_import
from mediakit._run import CorpusTables, analyze_corpus, write_corpus
from mediakit.metrics import METRICS
from mediakit.samples import sample_corpus, seed_path, seed_paths

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")  # imported when first used (mediakit/_lazy.py)

__all__ = [
    "CorpusTables",
    "analyze_corpus",
    "sample_corpus",
    "seed_path",
    "seed_paths",
    "summarize",
    "write_corpus",
]


def summarize(articles: Iterable[Analysis | str | os.PathLike[str]]) -> pd.DataFrame:
    """One row per article (metadata and summary metrics), in input order.

    For many articles, other kinds of input, parallel runs and long tables,
    see :func:`analyze_corpus` and :func:`write_corpus`.
    """
    frames = [(a if isinstance(a, Analysis) else analyze(a)).summary() for a in articles]
    if not frames:
        return _empty_summary()
    return pd.concat(frames, ignore_index=True)


def _empty_summary() -> pd.DataFrame:
    """The summary table with no rows: its columns and kinds from the metrics' records
    (``mediakit.metrics.METRICS``), not from analysing anything."""
    columns: dict[str, pd.Series] = {
        name: pd.Series([], dtype="str") for name in ("path", "title", "date")
    }
    for name, metric in METRICS.items():
        columns[name] = pd.Series([], dtype="int64" if metric.kind == "int" else "float64")
    return pd.DataFrame(columns)

"""Helpers for more than one article, and the bundled example articles."""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit._analysis import Analysis, analyze
from mediakit._lazy import lazy_import
from mediakit._run import CorpusTables, analyze_corpus, write_corpus
from mediakit._text import parse_metadata

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

SEED_NAME = "000_4e797ae91df71bb2.txt"


def seed_paths() -> list[Path]:
    """Paths of the example articles bundled with mediakit (the seed article first)."""
    root = files("mediakit").joinpath("data/seeds")
    with as_file(root) as d:
        paths = sorted(Path(d).glob("*.txt"))
    return sorted(paths, key=lambda p: (p.name != SEED_NAME, p.name))


def sample_corpus() -> pd.DataFrame:
    """The bundled sample corpus: 295 Wikinews articles of 2019–2020 (CC BY 2.5, credit
    Wikinews and its contributors; ``data/samples/README.md``), one a row, with columns
    ``url`` (the article on Wikinews), ``date``, ``outlet``, ``title`` and ``text``:
    ready for :func:`mediakit.analyze_corpus`."""
    root = files("mediakit").joinpath("data/samples/wikinews_2019_2020.csv.gz")
    with as_file(root) as path:
        return pd.read_csv(path, dtype=str, keep_default_na=False, compression="gzip")


def seed_path() -> Path:
    """Path of the seed article (an ITV News report on the shelling of Kharkiv, 28 Feb 2022)."""
    return seed_paths()[0]


def summarize(articles: Iterable[Analysis | str | os.PathLike[str]]) -> pd.DataFrame:
    """One row per article (metadata and summary metrics), in input order.

    For many articles, other kinds of input, parallel runs and long tables,
    see :func:`analyze_corpus` and :func:`write_corpus`.
    """
    frames = [(a if isinstance(a, Analysis) else analyze(a)).summary() for a in articles]
    if not frames:
        return Analysis("", parse_metadata("")).summary().iloc[0:0]
    return pd.concat(frames, ignore_index=True)

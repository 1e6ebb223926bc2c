"""The example articles bundled with mediakit, for notebooks, exercises and tests.

* the **seed**: a real ITV News report on the shelling of Kharkiv (28 February 2022);
* a **sample corpus** of 295 Wikinews articles of 2019-2020 (CC BY 2.5), one a row;
* four invented **practice** articles on one event (a footbridge collapse in the
  fictional town of Harwick) in four house styles: wire, tabloid, official statement
  and eyewitness feature, built to differ in framing, not in facts (see
  ``data/seeds/PRACTICE_README.md``).

>>> import mediakit
>>> from mediakit import samples
>>> a = mediakit.analyze(samples.seed_path())
>>> [p.name for p in samples.practice_paths()][:1]
['101_practice_wire.txt']
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit._lazy import lazy_import

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")  # imported when first used (mediakit/_lazy.py)

__all__ = ["SEED_NAME", "practice_paths", "sample_corpus", "seed_path", "seed_paths"]

#: The file name of the seed article.
SEED_NAME = "000_4e797ae91df71bb2.txt"


def seed_paths() -> list[Path]:
    """Paths of every bundled example article: the seed first, then the practice
    articles in name order."""
    root = files("mediakit").joinpath("data/seeds")
    with as_file(root) as d:
        paths = sorted(Path(d).glob("*.txt"))
    return sorted(paths, key=lambda p: (p.name != SEED_NAME, p.name))


def seed_path() -> Path:
    """Path of the seed article (an ITV News report on the shelling of Kharkiv, 28 Feb 2022)."""
    return seed_paths()[0]


def practice_paths() -> list[Path]:
    """Paths of the four invented practice articles (wire, tabloid, official,
    eyewitness), in that order."""
    return [p for p in seed_paths() if "_practice_" in p.name]


def sample_corpus() -> pd.DataFrame:
    """The bundled sample corpus: 295 Wikinews articles of 2019–2020 (CC BY 2.5, credit
    Wikinews and its contributors; ``data/samples/README.md``), one a row, with columns
    ``url`` (the article on Wikinews), ``date``, ``outlet``, ``title`` and ``text``:
    ready for :func:`mediakit.analyze_corpus`."""
    root = files("mediakit").joinpath("data/samples/wikinews_2019_2020.csv.gz")
    with as_file(root) as path:
        return pd.read_csv(path, dtype=str, keep_default_na=False, compression="gzip")

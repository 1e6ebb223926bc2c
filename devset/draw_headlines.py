"""Draw the headlines of the headline valence and emotion set (issue 15), reproducibly.

Usage, from the repository's root::

    python devset/draw_headlines.py > /tmp/headlines_draw.tsv

Prints ``id  article  headline`` (tab-separated, no labels): 60 article titles drawn with
``random.Random(1517)`` from all the articles of ``../shared/data/wikinews/wikinews_2019.csv``
and ``_2020.csv`` (the ``title`` column, whitespace collapsed), in the order drawn.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wikinews"
SEED = 1517
N = 60


def main() -> None:
    titles: list[tuple[str, str]] = []
    csv.field_size_limit(10**9)
    for year in ("2019", "2020"):
        with open(DATA / f"wikinews_{year}.csv", newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                titles.append((f"wikinews_{year}#{i}", " ".join(row["title"].split())))
    sys.stdout.write("id\tarticle\theadline\n")
    for k, (article, title) in enumerate(random.Random(SEED).sample(titles, N)):
        sys.stdout.write(f"{k}\t{article}\t{title}\n")


if __name__ == "__main__":
    main()

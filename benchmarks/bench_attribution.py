"""Words per second of attribution over the PolNeAR train+dev texts.

Usage: ``PYTHONPATH=. python benchmarks/bench_attribution.py [DATA_DIR]``
(``DATA_DIR`` defaults to ``../shared/data/polnear`` beside the repository).

Two figures: ``find_attributions`` alone (given its prerequisites, computed
beforehand), and the prerequisites plus attribution (paragraphs, sentences,
quotes, boilerplate, attribution).  The texts are read once, before timing.
Times are CPU time of this process (``time.process_time``; the machine is
shared, so wall time is noisy), best of 5 runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from mediakit import parse
from mediakit._attribution import find_attributions
from mediakit._pipeline import boilerplate_layer
from mediakit._quotes import find_quotes
from mediakit._text import WORD_RE


def main(argv: list[str]) -> int:
    root = (
        Path(argv[0])
        if argv
        else Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
    )
    paths = sorted((root / "train" / "text").glob("*.txt")) + sorted(
        (root / "dev" / "text").glob("*.txt")
    )
    if not paths:
        sys.stderr.write(f"{root}: no PolNeAR texts found (train/text, dev/text)\n")
        return 2
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    words = sum(len(WORD_RE.findall(t)) for t in texts)
    prepared = []
    t0 = time.process_time()
    for t in texts:
        art = parse(t)
        quotes = find_quotes(t, list(art.paragraphs), list(art.sentences))
        prepared.append((art, quotes, boilerplate_layer(art)))
    prereq = time.process_time() - t0
    find_attributions(*prepared[0])  # load the lexicons outside the timing
    best = float("inf")
    for _ in range(5):
        t1 = time.process_time()
        for args in prepared:
            find_attributions(*args)
        best = min(best, time.process_time() - t1)
    sys.stdout.write(
        f"{len(texts)} articles, {words:,} words\n"
        f"find_attributions alone: {words / best:,.0f} words/s CPU (best of 5)\n"
        f"prerequisites + attribution: {words / (best + prereq):,.0f} words/s CPU\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

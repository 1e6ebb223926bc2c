"""Throughput of mediakit's emotive scoring against vaderSentiment on the NYT snippets.

Usage: python benchmarks/bench_emotive.py [DIR]
(DIR defaults to ../shared/data/nyt-editorial-snippets beside the repository.)
Sentences are repeated until at least 500,000 words are scored; the best of
several rounds is reported, single core.  Rounds of the two scorers alternate
and are timed in CPU seconds of this process (time.process_time), so other
work on a shared machine disturbs the figures less.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from mediakit._emotive import score_sentence

DEFAULT_DIR = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "nyt-editorial-snippets"
)
MIN_WORDS = 500_000


def load_sentences(directory: Path) -> list[str]:
    path = directory / "nytEditorialSnippets_GroundTruth.txt"
    with path.open(encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\r\n").split("\t", 2)[2] for line in f if line.count("\t") >= 2]


def seconds(func: Callable[[str], object], sentences: list[str]) -> float:
    t0 = time.process_time()
    for s in sentences:
        func(s)
    return time.process_time() - t0


def main(argv: list[str]) -> int:
    directory = Path(argv[0]) if argv else DEFAULT_DIR
    if not directory.is_dir():
        print(f"bench_emotive: no data directory {directory}", file=sys.stderr)
        return 2
    base = load_sentences(directory)
    per_copy = sum(len(s.split()) for s in base)
    sentences = base * -(-MIN_WORDS // per_copy)
    n_words = per_copy * (len(sentences) // len(base))
    print(f"{len(sentences)} sentences, {n_words} words per round")
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    score_sentence("warm up the lexicon")
    best_ours = best_theirs = float("inf")
    for _ in range(3):
        best_ours = min(best_ours, seconds(score_sentence, sentences))
        best_theirs = min(best_theirs, seconds(analyzer.polarity_scores, sentences))
    ours, theirs = n_words / best_ours, n_words / best_theirs
    print(f"mediakit score_sentence : {ours:>10,.0f} words/s")
    print(f"vaderSentiment 3.3.2    : {theirs:>10,.0f} words/s")
    print(f"speed-up                : {ours / theirs:>10.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Throughput of mediakit's emotive scoring against vaderSentiment on the NYT snippets.

Usage: python benchmarks/bench_emotive.py [DIR] [--baseline CHECKOUT]
(DIR defaults to ../shared/data/nyt-editorial-snippets beside the repository.)
Sentences are repeated until at least 500,000 words are scored; the best of
several rounds is reported, single core.  Rounds of the scorers alternate
and are timed in CPU seconds of this process (time.process_time), so other
work on a shared machine disturbs the figures less.  With ``--baseline`` the
``score_sentence`` of another checkout (e.g. /work/main) is timed in the same
rounds and the ratio printed: compare speed within one run, never across runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "data" / "nyt-editorial-snippets"
MIN_WORDS = 500_000
ROUNDS = 5


def load_sentences(directory: Path) -> list[str]:
    path = directory / "nytEditorialSnippets_GroundTruth.txt"
    with path.open(encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\r\n").split("\t", 2)[2] for line in f if line.count("\t") >= 2]


def seconds(func: Callable[[str], object], sentences: list[str]) -> float:
    t0 = time.process_time()
    for s in sentences:
        func(s)
    return time.process_time() - t0


def scorer_of(checkout: Path) -> Callable[[str], object]:
    """``score_sentence`` of the mediakit in ``checkout`` (its modules are then forgotten,
    so a later ``import mediakit`` finds another checkout's)."""
    saved = sys.path[:]
    sys.path.insert(0, str(checkout.resolve()))
    for name in [m for m in sys.modules if m == "mediakit" or m.startswith("mediakit.")]:
        del sys.modules[name]
    try:
        from mediakit._emotive import score_sentence

        score_sentence("warm up the lexicon")
        return score_sentence
    finally:
        for name in [m for m in sys.modules if m == "mediakit" or m.startswith("mediakit.")]:
            del sys.modules[name]
        sys.path[:] = saved


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--baseline", help="another checkout whose score_sentence is timed too")
    args = ap.parse_args(argv)
    directory = Path(args.directory)
    if not directory.is_dir():
        print(f"bench_emotive: no data directory {directory}", file=sys.stderr)
        return 2
    base = load_sentences(directory)
    per_copy = sum(len(s.split()) for s in base)
    sentences = base * -(-MIN_WORDS // per_copy)
    n_words = per_copy * (len(sentences) // len(base))
    print(f"{len(sentences)} sentences, {n_words} words per round")
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    scorers: dict[str, Callable[[str], object]] = {}
    if args.baseline:
        scorers[f"baseline {args.baseline}"] = scorer_of(Path(args.baseline))
    scorers["mediakit score_sentence"] = scorer_of(ROOT)
    scorers["vaderSentiment 3.3.2"] = SentimentIntensityAnalyzer().polarity_scores
    best = dict.fromkeys(scorers, float("inf"))
    for _ in range(ROUNDS):
        for name, func in scorers.items():
            best[name] = min(best[name], seconds(func, sentences))
    for name, secs in best.items():
        print(f"{name:<24}: {n_words / secs:>10,.0f} words/s")
    ours = best["mediakit score_sentence"]
    print(f"{'speed-up over VADER':<24}: {best['vaderSentiment 3.3.2'] / ours:>10.2f}x")
    if args.baseline:
        print(f"{'this / baseline':<24}: {best[f'baseline {args.baseline}'] / ours:>10.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Throughput of mediakit's whole analysis on one core.

Usage: python benchmarks/bench_analysis.py [--min-words N] [--profile]
       python benchmarks/bench_analysis.py --baseline CHECKOUT [--rounds K] [--min-words N]

Reads the Wikinews articles in ../shared/data/wikinews/ when present (real
news prose, CC BY 2.5), otherwise the example articles bundled with
mediakit, repeats them until at least --min-words words have been analysed
(default 1,000,000), and prints words per second.  Each article is analysed
separately, as a corpus run would.

With ``--baseline`` it runs itself K times (default 3) for this checkout and for
CHECKOUT in turn, each in a fresh process importing that checkout's mediakit
(PYTHONPATH), and prints the best CPU figure of each and their ratio: speed is
compared within one run, never across runs.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import platform
import pstats
import re
import subprocess
import sys
import time
from pathlib import Path

import mediakit

WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews"


def load_texts() -> tuple[str, list[str]]:
    if WIKINEWS.is_dir():
        csv.field_size_limit(1 << 30)
        texts: list[str] = []
        for f in sorted(WIKINEWS.glob("wikinews_*.csv")):
            with f.open(encoding="utf-8", newline="") as fh:
                texts += [row["text"] for row in csv.DictReader(fh) if row["text"].strip()]
        return f"Wikinews ({WIKINEWS})", texts
    print(f"note: {WIKINEWS} not found; using the bundled example articles", file=sys.stderr)
    return "bundled example articles", [
        p.read_text(encoding="utf-8") for p in mediakit._corpus.seed_paths()
    ]


def compare(baseline: str, rounds: int, min_words: int) -> int:
    """Alternate fresh runs of this script for this checkout and ``baseline``."""
    here = Path(__file__).resolve()
    checkouts = {"this checkout": str(here.parents[1]), f"baseline {baseline}": baseline}
    best = dict.fromkeys(checkouts, 0.0)
    for _ in range(rounds):
        for name, path in checkouts.items():
            env = {**os.environ, "PYTHONPATH": path}
            cmd = [sys.executable, str(here), "--min-words", str(min_words)]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
            m = re.search(r"= ([\d,]+) words/s of CPU time", out)
            assert m is not None, out
            best[name] = max(best[name], float(m.group(1).replace(",", "")))
    for name, wps in best.items():
        print(f"{name:<40}: {wps:>10,.0f} words/s of CPU time (best of {rounds})")
    ours, theirs = best.values()
    print(f"{'this / baseline':<40}: {ours / theirs:>10.2f}x")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-words", type=int, default=1_000_000)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    ap.add_argument("--baseline", help="another checkout to compare with, in this run")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each with --baseline")
    args = ap.parse_args()
    if args.baseline:
        return compare(args.baseline, args.rounds, args.min_words)
    name, texts = load_texts()
    for t in texts[:5]:  # warm caches (lexicons, regexes)
        _ = mediakit.analyze(t).metrics
    words = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    rounds = 0
    while words < args.min_words:
        for t in texts:
            a = mediakit.analyze(t)
            _ = a.metrics  # compute the summary, as the CLI does
            words += a.words
        rounds += 1
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if prof:
        prof.disable()
    print(f"corpus: {name}: {len(texts)} articles x {rounds} rounds")
    print(
        f"machine: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}, mediakit {mediakit.__version__}"
    )
    print(
        f"whole analysis, one core: {words:,} words in {dt:.2f} s wall = {words / dt:,.0f} "
        f"words/s; {cpu:.2f} s CPU = {words / cpu:,.0f} words/s of CPU time"
    )
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Throughput of mediakit's whole analysis on one core; compares checkouts in one run.

Usage: python benchmarks/bench_analysis.py [--min-words N] [--profile]
                                           [--code DIR ...] [--rounds R]

Reads the Wikinews articles in ../shared/data/wikinews/ when present (real
news prose, CC BY 2.5), otherwise the example articles bundled with
mediakit, repeats them until at least --min-words words have been analysed
(default 1,000,000), and prints words per second.  Each article is analysed
separately, as a corpus run would, with its summary metrics (``a.metrics``).

``--code DIR`` (may be repeated) compares checkouts in one run, since this
machine's speed drifts from minute to minute: one process per checkout (this
one and each DIR), each importing mediakit from its own directory and loading
the lexicons on the seed article, is asked in turn for one pass over the
distinct articles with their summary metrics (the order turning every round):
round 0 with the per-word caches cold, then ``--rounds`` warm passes (default
10).  It prints the calibration line, every round's CPU words/s, each
checkout's cold figure and best and median warm figures, and the ratio of this
checkout's words/s to each DIR's within each round (above 1: this checkout is
faster), with their median.  Short passes in alternation put a slow spell of
the machine on both sides of a ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews"


def load_texts() -> tuple[str, list[str]]:
    if WIKINEWS.is_dir():
        csv.field_size_limit(1 << 30)
        texts: list[str] = []
        for f in sorted(WIKINEWS.glob("wikinews_*.csv")):
            with f.open(encoding="utf-8", newline="") as fh:
                texts += [row["text"] for row in csv.DictReader(fh) if row["text"].strip()]
        return f"Wikinews ({WIKINEWS})", texts
    import mediakit

    print(f"note: {WIKINEWS} not found; using the bundled example articles", file=sys.stderr)
    return "bundled example articles", [
        p.read_text(encoding="utf-8") for p in mediakit._corpus.seed_paths()
    ]


def single(min_words: int, profile: bool) -> None:
    """This checkout alone: the first five articles warm the caches, then rounds."""
    import mediakit

    name, texts = load_texts()
    for t in texts[:5]:  # warm caches (lexicons, regexes)
        _ = mediakit.analyze(t).metrics
    words = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    prof = cProfile.Profile() if profile else None
    if prof:
        prof.enable()
    rounds = 0
    while words < min_words:
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


def serve() -> None:
    """(one checkout, in its own process) Load the lexicons on the seed article, then, for
    each line ``run`` on standard input, analyse every article once and print the words
    and CPU seconds as JSON (the first pass runs with the per-word caches cold)."""
    import mediakit

    _name, texts = load_texts()
    _ = mediakit.analyze(mediakit.seed_path()).metrics  # lexicons, dictionaries, regexes
    print(json.dumps({"file": mediakit.__file__}), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        c0 = time.process_time()
        n = 0
        for t in texts:
            a = mediakit.analyze(t)
            _ = a.metrics
            n += a.words
        print(json.dumps([n, time.process_time() - c0]), flush=True)


def compare(codes: list[str], rounds: int) -> None:
    """One serving process per checkout in ``codes``; every round asks each for one pass
    over the articles, in turns (the order turning every round); print the figures."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_corpus import calibration

    name, texts = load_texts()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; corpus: {name}, {len(texts)} articles; "
        f"calibration loop {calibration():.3f} s CPU"
    )
    procs = []
    for code in codes:
        p = subprocess.Popen(
            [sys.executable, __file__, "--serve"],
            env=dict(os.environ, PYTHONPATH=code),
            cwd=code,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert p.stdin is not None and p.stdout is not None
        print(f"{code}: mediakit from {json.loads(p.stdout.readline())['file']}")
        procs.append(p)
    got: list[list[float]] = [[] for _ in codes]
    try:
        for r in range(rounds + 1):  # round 0: per-word caches cold
            order = list(range(len(codes))) if r % 2 == 0 else list(range(len(codes)))[::-1]
            for i in order:
                stdin, stdout = procs[i].stdin, procs[i].stdout
                assert stdin is not None and stdout is not None
                stdin.write("run\n")
                stdin.flush()
                words, cpu = json.loads(stdout.readline())
                got[i].append(words / cpu)
            print(
                f"round {r}{' (cold)' if r == 0 else ''}, words/s of CPU: "
                + "; ".join(f"{c}: {got[i][-1]:,.0f}" for i, c in enumerate(codes))
            )
    finally:
        for p in procs:
            if p.stdin is not None:
                p.stdin.close()
            p.wait()
    for i, c in enumerate(codes):
        warm = got[i][1:]
        print(
            f"[cold] {c}: {got[i][0]:,.0f} words/s; [warm] best {max(warm):,.0f}, "
            f"median {statistics.median(warm):,.0f} words/s (CPU, {rounds} passes)"
        )
    for i, c in enumerate(codes[1:], start=1):
        ratios = [a / b for a, b in zip(got[0][1:], got[i][1:], strict=True)]
        each = ", ".join(f"{x:.3f}" for x in ratios)
        print(
            f"[ratio] {codes[0]} / {c}, same round: cold {got[0][0] / got[i][0]:.3f}; warm "
            f"{each}; median {statistics.median(ratios):.3f}"
        )


def _wps(pair: list[float]) -> float:
    return pair[0] / pair[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-words", type=int, default=1_000_000)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    ap.add_argument("--code", action="append", default=[], help="compare with this checkout")
    ap.add_argument("--rounds", type=int, default=10, help="warm passes of the comparison")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve()
    elif args.code:
        compare([str(ROOT), *args.code], args.rounds)
    else:
        single(args.min_words, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

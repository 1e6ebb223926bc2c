"""Throughput of mediakit's whole analysis on one core; compares checkouts in one run.

Usage: python benchmarks/bench_analysis.py [--min-words N] [--profile]
                                           [--code DIR ...] [--rounds R]

Reads the Wikinews articles in ../shared/data/wikinews/ when present (real
news prose, CC BY 2.5), otherwise the example articles bundled with
mediakit, repeats them until at least --min-words words have been analysed
(default 1,000,000), and prints words per second.  Each article is analysed
separately, as a corpus run would, with its summary metrics (``a.metrics``).

``--code DIR`` (may be repeated) compares checkouts in one run, since this
machine's speed drifts from minute to minute: each round runs one child
process per checkout (this one first, then each DIR; the order turns every
round), each importing mediakit from its own directory, loading the lexicons
on the seed article, then timing one pass over the distinct articles (per-word
caches cold) and the repeated corpus (warm).  It prints the calibration line,
every round's CPU words/s, each checkout's best and median, and the ratio of
each DIR to this checkout within each round (a ratio above 1 means this
checkout is faster), with their median.
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


def child(min_words: int) -> None:
    """(one checkout, in its own process) Print the cold pass and the repeated corpus,
    as JSON: words and CPU seconds of each."""
    import mediakit

    _name, texts = load_texts()
    _ = mediakit.analyze(mediakit.seed_path()).metrics  # lexicons, dictionaries, regexes

    def run(items: list[str]) -> tuple[int, float]:
        c0 = time.process_time()
        n = 0
        for t in items:
            a = mediakit.analyze(t)
            _ = a.metrics
            n += a.words
        return n, time.process_time() - c0

    cold = run(texts)
    reps = max(1, -(-min_words // max(1, cold[0])))
    warm = run(texts * reps)
    print(json.dumps({"cold": cold, "warm": warm, "file": mediakit.__file__}))


def compare(codes: list[str], min_words: int, rounds: int) -> None:
    """Run every checkout in ``codes`` once per round, in turns; print figures and ratios."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_corpus import calibration

    name, texts = load_texts()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; corpus: {name}, {len(texts)} articles; "
        f"calibration loop {calibration():.3f} s CPU"
    )
    got: dict[str, list[dict[str, list[float]]]] = {c: [] for c in codes}
    for r in range(rounds):
        order = codes if r % 2 == 0 else codes[::-1]
        for code in order:
            env = dict(os.environ, PYTHONPATH=code)
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--min-words", str(min_words)],
                env=env,
                cwd=code,
                capture_output=True,
                text=True,
                check=True,
            )
            got[code].append(json.loads(out.stdout.splitlines()[-1]))
        line = "; ".join(
            f"{c}: cold {_wps(got[c][-1]['cold']):,.0f}, warm {_wps(got[c][-1]['warm']):,.0f}"
            for c in codes
        )
        print(f"round {r + 1} (words/s of CPU): {line}")
    for kind in ("cold", "warm"):
        what = "first pass, per-word caches cold" if kind == "cold" else "repeated corpus"
        base = [_wps(x[kind]) for x in got[codes[0]]]
        for c in codes:
            wps = [_wps(x[kind]) for x in got[c]]
            words = int(got[c][0][kind][0])
            print(
                f"[{kind}] {c}: {what}, {words:,} words: best {max(wps):,.0f}, median "
                f"{statistics.median(wps):,.0f} words/s (CPU)"
            )
            if c != codes[0]:
                ratios = [b / w for b, w in zip(base, wps, strict=True)]
                each = ", ".join(f"{x:.3f}" for x in ratios)
                print(
                    f"[{kind}] {codes[0]} / {c}, same round: {each}; "
                    f"median {statistics.median(ratios):.3f}"
                )


def _wps(pair: list[float]) -> float:
    return pair[0] / pair[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-words", type=int, default=1_000_000)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    ap.add_argument("--code", action="append", default=[], help="compare with this checkout")
    ap.add_argument("--rounds", type=int, default=5, help="rounds of the comparison")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.min_words)
    elif args.code:
        compare([str(ROOT), *args.code], args.min_words, args.rounds)
    else:
        single(args.min_words, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One article through the command line, start-up included, against bare Python.

Usage: python benchmarks/bench_startup.py [--rounds N] [--corpus]

Times ``python3 -c "import re, json, csv"`` (the floor: an interpreter that starts
and imports three standard modules) and ``python3 -m mediakit analyze SEED`` (the
bundled seed article, text output to /dev/null) in alternation, ``--rounds`` times
each (default 5), and prints the best time of each and their ratio.  Best times,
because this machine is shared and a slow spell only ever adds time.  Also prints
whether the command imported pandas (it should not: ``mediakit/_lazy.py``).

``--corpus`` also runs the Wikinews articles (``../shared/data/wikinews/*.csv``, one
article per row) through ``python3 -m mediakit analyze FILES --format jsonl -o
/dev/null``, start-up included, and VADER's ``polarity_scores`` alone on the same
articles' sentences in this process, and prints the words per second of each and their
ratio (target: the command at least 0.5x VADER alone).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from pathlib import Path

import mediakit

WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews"


def _best(cmd: list[str], rounds: int) -> list[float]:
    return [_once(cmd) for _ in range(rounds)]


def _once(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def corpus(rounds: int) -> None:
    """The Wikinews CSVs through the CLI (jsonl) against VADER alone, best of ``rounds``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from mediakit._text import WORD_RE, paragraph_spans, sentence_spans

    files = sorted(WIKINEWS.glob("*.csv"))
    if not files:
        print(f"[corpus] skipped: no Wikinews CSV files in {WIKINEWS}")
        return
    csv.field_size_limit(1 << 30)
    texts = [row["text"] for f in files for row in csv.DictReader(f.open(encoding="utf-8"))]
    n_words = sum(len(WORD_RE.findall(t)) for t in texts)
    sents = [s.text for t in texts for s in sentence_spans(t, paragraph_spans(t))]
    vader = SentimentIntensityAnalyzer()
    cli = [
        sys.executable,
        "-m",
        "mediakit",
        "analyze",
        *map(str, files),
        "--format",
        "jsonl",
        "-o",
        "/dev/null",
        "--force",
        "--no-progress",
    ]
    cli_t: list[float] = []
    vader_t: list[float] = []
    for _ in range(rounds):  # in alternation
        cli_t.append(_once(cli))
        t0 = time.perf_counter()
        for s in sents:
            vader.polarity_scores(s)
        vader_t.append(time.perf_counter() - t0)
    c, v = min(cli_t), min(vader_t)
    print(f"[corpus] {len(texts)} Wikinews articles, {n_words:,} words")
    print(
        f"[corpus] mediakit analyze ... --format jsonl (start-up included): best of {rounds} "
        f"{c:.2f} s = {n_words / c:,.0f} words/s"
    )
    print(
        f"[corpus] VADER polarity_scores alone, same sentences, in-process: best of {rounds} "
        f"{v:.2f} s = {n_words / v:,.0f} words/s"
    )
    print(f"[corpus] ratio: {v / c:.2f}x VADER's speed (target: at least 0.5x)")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--corpus", action="store_true", help="also the Wikinews corpus run")
    args = ap.parse_args(argv)
    bare = [sys.executable, "-c", "import re, json, csv"]
    cli = [sys.executable, "-m", "mediakit", "analyze", str(mediakit.seed_path())]
    bare_t: list[float] = []
    cli_t: list[float] = []
    for _ in range(args.rounds):  # in alternation: a slow spell hits both
        bare_t.append(_once(bare))
        cli_t.append(_once(cli))
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, runpy, io, contextlib\n"
            "sys.argv = ['mediakit', 'analyze', sys.argv[1]]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n"
            "        runpy.run_module('mediakit', run_name='__main__')\n"
            "    except SystemExit:\n"
            "        pass\n"
            "print('pandas' in sys.modules)",
            str(mediakit.seed_path()),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    b, c = min(bare_t), min(cli_t)
    print(f"bare python (import re, json, csv): best of {args.rounds} {b:.3f} s")
    print(f"mediakit analyze SEED (text output): best of {args.rounds} {c:.3f} s")
    print(
        f"ratio: {c / b:.1f}x (target: at most 6x); pandas imported: "
        f"{probe.stdout.strip().splitlines()[-1]}"
    )
    if args.corpus:
        corpus(min(args.rounds, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

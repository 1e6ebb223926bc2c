"""One article through the command line, start-up included, against bare Python.

Usage: python benchmarks/bench_startup.py [--rounds N] [--corpus] [--bytecode] [--phases]
                                          [--code DIR ...]

Times ``python3 -c "import re, json, csv"`` (the floor: an interpreter that starts
and imports three standard modules) and ``python3 -m mediakit analyze SEED`` (the
bundled seed article, text output to /dev/null) in alternation, ``--rounds`` times
each (default 5), and prints the best time of each and their ratio.  Best times,
because this machine is shared and a slow spell only ever adds time.  Also prints
whether the command imported pandas (it should not: ``mediakit/_lazy.py``).

``--corpus`` also runs the Wikinews articles (``../shared/data/wikinews/*.csv``, one
article per row) through ``python3 -m mediakit analyze FILES --format jsonl -o
/dev/null``, start-up included, as the command runs by default (since issue 11: one
process per CPU) and with ``--jobs 1`` (one core), and VADER's ``polarity_scores``
alone on the same articles' sentences in this process, and prints the words per second
of each and their ratio (target: the command at least 0.5x VADER alone); with
``--bytecode``, the default command also with bytecode cached (as installed).

Each time is the wall time of the child process; its CPU time (user + system, from
``getrusage``) is printed beside it, since on this shared machine a busy spell
stretches wall time more than CPU time.  The first line is the machine's calibration
line (as in ``bench_corpus.py``).

Bytecode: where ``PYTHONDONTWRITEBYTECODE`` is set (it is on the development
machines), Python compiles mediakit's modules from source at every start, which a
``pip install`` (it writes the ``.pyc`` files) never does.  ``--bytecode`` also times
both commands with bytecode cached, in a temporary ``PYTHONPYCACHEPREFIX`` filled by
one warm-up run: the figure an installed mediakit gives.  ``--phases`` splits the
seed command's CPU time into importing ``mediakit.cli``, the first command in that
process (lexicons, tables and regexes loaded on first use) and a second one (the
analysis alone); with ``--bytecode``, with bytecode cached.  ``--code DIR``
(repeatable) also times everything with mediakit from another checkout, in
alternation: before and after in one run.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from bench_corpus import calibration  # one calibration loop for both benchmarks

import mediakit

WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews"


def _timed(
    cmd: list[str], env: dict[str, str] | None = None, cwd: str | None = None
) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=cwd)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


ROOT = str(Path(mediakit.__file__).resolve().parents[1])


def _env(code: str | None, base: dict[str, str] | None) -> dict[str, str]:
    """``base`` (or this environment) with mediakit imported from ``code`` (or from the
    checkout this script imported); the command also runs in that directory, since
    ``python -m`` looks in the working directory first."""
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = code or ROOT
    # each checkout its own pattern cache (mediakit/_compiled.py): a run writes the
    # entries it used, so checkouts run in alternation would otherwise evict each
    # other's (the lexicon tables are keyed by the code that built them)
    where = Path(tempfile.gettempdir()) / "mediakit-bench-cache"
    env["MEDIAKIT_CACHE_DIR"] = str(where / f"{zlib.crc32((code or ROOT).encode()):08x}")
    return env


def _label(code: str | None) -> str:
    if code is None:
        return "mediakit analyze SEED"
    rev = subprocess.run(
        ["git", "-C", code, "log", "-1", "--format=%h"], capture_output=True, text=True
    ).stdout.strip()
    return f"mediakit analyze SEED from {code}" + (f" ({rev})" if rev else "")


def startup(rounds: int, env: dict[str, str] | None, label: str, codes: list[str | None]) -> None:
    """The bare interpreter and the one-article command (with mediakit from each of
    ``codes``; ``None`` is this checkout) in alternation, best of ``rounds``."""
    bare = [sys.executable, "-c", "import re, json, csv"]
    cli = [sys.executable, "-m", "mediakit", "analyze", str(mediakit.seed_path())]
    bare_t: list[tuple[float, float]] = []
    cli_t: list[list[tuple[float, float]]] = [[] for _ in codes]
    for _ in range(rounds):  # in alternation: a slow spell hits all
        bare_t.append(_timed(bare, env))
        for i, code in enumerate(codes):
            cli_t[i].append(_timed(cli, _env(code, env), cwd=code or ROOT))
    b, bc = min(bare_t)[0], min(t[1] for t in bare_t)
    print(f"[{label}] bare python (import re, json, csv): best of {rounds} {b:.3f} s wall")
    for code, times in zip(codes, cli_t, strict=True):
        c, cc = min(times)[0], min(t[1] for t in times)
        print(
            f"[{label}] {_label(code)} (text output): best of {rounds} {c:.3f} s wall = "
            f"{c / b:.1f}x bare (target: at most 6x); CPU {cc:.3f} s = {cc / bc:.1f}x bare's "
            f"{bc:.3f} s"
        )


_PHASES = """
import time
c0 = time.process_time()
import mediakit.cli
c1 = time.process_time()
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()):
    mediakit.cli.main(["analyze", str(mediakit.seed_path())])
c2 = time.process_time()
with contextlib.redirect_stdout(io.StringIO()):
    mediakit.cli.main(["analyze", str(mediakit.seed_path())])
print(c1 - c0, c2 - c1, time.process_time() - c2)
"""


def phases(rounds: int, env: dict[str, str] | None, label: str, codes: list[str | None]) -> None:
    """CPU seconds of importing ``mediakit.cli``, of the first seed command in that
    process (lexicons, tables and regexes loaded on first use) and of a second one (the
    analysis alone), best of ``rounds`` each, per checkout, in alternation."""
    best: list[list[float]] = [[float("inf")] * 3 for _ in codes]
    for _ in range(rounds):
        for i, code in enumerate(codes):
            out = subprocess.run(
                [sys.executable, "-c", _PHASES],
                env=_env(code, env),
                cwd=code or ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            best[i] = [min(b, float(x)) for b, x in zip(best[i], out, strict=True)]
    for code, (imp, first, second) in zip(codes, best, strict=True):
        where = f" from {code}" if code else ""
        print(
            f"[{label}] phases{where}, CPU best of {rounds}: import mediakit.cli {imp:.3f} s; "
            f"first seed command {first:.3f} s; second {second:.3f} s"
        )


def cached_bytecode_env(prefix: str) -> dict[str, str]:
    """This environment with bytecode written to and read from ``prefix`` (the first
    round of :func:`startup` fills it, so its best times are those of later rounds)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = prefix
    subprocess.run([sys.executable, "-c", "import re, json, csv"], check=True, env=env)
    return env


def corpus(rounds: int, codes: list[str | None], cached: dict[str, str] | None = None) -> None:
    """The Wikinews CSVs through the CLI (jsonl) against VADER alone, best of ``rounds``;
    with ``cached`` (an environment with bytecode cached), the default command also runs
    in it: the figure an installed mediakit gives."""
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
    # each checkout's command as it runs by default, and with --jobs 1 (one core); with
    # bytecode cached too, where asked
    envs: list[dict[str, str] | None] = [None] if cached is None else [None, cached]
    runs = [(code, jobs, env) for env in envs for code in codes for jobs in (None, "1")]
    runs = [r for r in runs if r[2] is None or r[1] is None]
    cli_t: list[list[tuple[float, float]]] = [[] for _ in runs]
    vader_t: list[tuple[float, float]] = []
    for _ in range(rounds):  # in alternation
        for i, (code, jobs, env) in enumerate(runs):
            cmd = cli if jobs is None else [*cli, "--jobs", jobs]
            cli_t[i].append(_timed(cmd, _env(code, env), cwd=code or ROOT))
        t0, c0 = time.perf_counter(), time.process_time()
        for s in sents:
            vader.polarity_scores(s)
        vader_t.append((time.perf_counter() - t0, time.process_time() - c0))
    v, vc = min(vader_t)[0], min(t[1] for t in vader_t)
    print(f"[corpus] {len(texts)} Wikinews articles, {n_words:,} words")
    print(
        f"[corpus] VADER polarity_scores alone, same sentences, in-process: best of {rounds} "
        f"{v:.2f} s wall = {n_words / v:,.0f} words/s; {vc:.2f} s CPU"
    )
    for (code, jobs, env), times in zip(runs, cli_t, strict=True):
        c, cc = min(times)[0], min(t[1] for t in times)
        where = f" from {code}" if code else ""
        how = " (its default)" if jobs is None else f" --jobs {jobs}"
        how += ", bytecode cached" if env is not None else ", as run here"
        print(
            f"[corpus] mediakit analyze ... --format jsonl{how}{where} (start-up included): "
            f"best of {rounds} {c:.2f} s wall = {n_words / c:,.0f} words/s = {v / c:.2f}x "
            f"VADER's speed (target: at least 0.5x); {cc:.2f} s CPU (all processes) = "
            f"{vc / cc:.2f}x by CPU time"
        )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--corpus", action="store_true", help="also the Wikinews corpus run")
    ap.add_argument("--bytecode", action="store_true", help="also time both with bytecode cached")
    ap.add_argument("--phases", action="store_true", help="also split the seed command's CPU time")
    ap.add_argument(
        "--code",
        action="append",
        default=[],
        help="also time the command with mediakit from this checkout (repeatable)",
    )
    args = ap.parse_args(argv)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, mediakit {mediakit.__version__}; "
        f"calibration loop {calibration():.3f} s CPU; "
        f"PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '(unset)')}"
    )
    codes: list[str | None] = [None, *(str(Path(c).resolve()) for c in args.code)]
    for code in codes:  # (tests that start Python without PYTHONDONTWRITEBYTECODE leave some)
        root = Path(code or ROOT)
        pyc = sum(1 for _ in (root / "mediakit").rglob("*.pyc"))
        print(f"{root}: {pyc} .pyc files under mediakit/ (cached bytecode, where fresh)")
    startup(args.rounds, None, "as run here", codes)
    if args.bytecode:
        with tempfile.TemporaryDirectory(prefix="mediakit-pyc-") as prefix:
            env = cached_bytecode_env(prefix)
            startup(args.rounds, env, "bytecode cached", codes)
            if args.phases:
                phases(args.rounds, env, "bytecode cached", codes)
    elif args.phases:
        phases(args.rounds, None, "as run here", codes)
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
    print(f"pandas imported by the one-article command: {probe.stdout.strip().splitlines()[-1]}")
    if args.corpus:
        if args.bytecode:
            with tempfile.TemporaryDirectory(prefix="mediakit-pyc-") as prefix:
                corpus(min(args.rounds, 3), codes, cached_bytecode_env(prefix))
        else:
            corpus(min(args.rounds, 3), codes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Corpus-scale benchmarks: throughput, scaling, parallel speed-up, peak memory.

Usage: python benchmarks/bench_corpus.py [throughput|stages|length|size|parallel|memory|all]
                                          [--min-words N] [--profile] [--rounds N]
       python benchmarks/bench_corpus.py dask-in-flight [--min-words N] [--rounds N]
       python benchmarks/bench_corpus.py output [--rounds N]   (the CLI's per-article step)

Real prose: the Wikinews articles in ../shared/data/wikinews/ (CSV: url, date,
title, text; CC BY 2.5), or, when absent, the example articles bundled with
mediakit (with a note).  Times are wall-clock seconds with the process's CPU
seconds beside them (the machine is shared, so CPU time is the steadier
figure).  Results are printed; docs/performance.md records them.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import mediakit
from mediakit._text import paragraph_spans, sentence_spans

WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews"


def load_texts() -> tuple[str, list[str]]:
    if WIKINEWS.is_dir() and list(WIKINEWS.glob("*.csv")):
        texts: list[str] = []
        import pandas as pd

        for f in sorted(WIKINEWS.glob("*.csv")):
            texts += [t for t in pd.read_csv(f, dtype=str)["text"].fillna("") if t.strip()]
        return f"Wikinews ({WIKINEWS})", texts
    print(f"note: {WIKINEWS} not found; using the bundled example articles", file=sys.stderr)
    return "bundled example articles", [
        p.read_text(encoding="utf-8") for p in mediakit.seed_paths()
    ]


def words(text: str) -> int:
    return mediakit.analyze(text).words


def repeat_to(texts: list[str], min_words: int) -> tuple[list[str], int]:
    counts = [words(t) for t in texts]
    out: list[str] = []
    n = 0
    while n < min_words:
        for t, c in zip(texts, counts, strict=True):
            out.append(t)
            n += c
            if n >= min_words:
                break
    return out, n


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    r = fn()
    return r, time.perf_counter() - w0, time.process_time() - c0


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def calibration() -> float:
    """CPU seconds of a fixed pure-Python loop (3 million dict updates), best of 3.

    The machine's speed drifts from minute to minute; printed with every run
    so that figures from different runs can be read side by side.
    """
    best = float("inf")
    for _ in range(3):
        c0 = time.process_time()
        d: dict[int, int] = {}
        for i in range(3_000_000):
            d[i & 1023] = d.get(i & 1023, 0) + i
        best = min(best, time.process_time() - c0)
    return best


def header(name: str) -> None:
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, mediakit {mediakit.__version__}; corpus: {name}; "
        f"calibration loop {calibration():.3f} s CPU"
    )


def whole(texts: list[str]) -> int:
    n = 0
    for t in texts:
        a = mediakit.analyze(t)
        _ = a.metrics
        n += a.words
    return n


# ---------------------------------------------------------------- throughput


def bench_throughput(texts: list[str], min_words: int, profile: bool) -> None:
    corpus, _ = repeat_to(texts, min_words)
    # Load the lexicons and dictionaries on another text, outside the timing.
    _ = mediakit.analyze(mediakit.seed_path()).metrics
    if not profile:
        # One pass over the distinct articles first: the per-word caches
        # (syllables, source types) are cold here, as on a new corpus; the
        # repeated corpus below then runs with them warm.
        got, wall, cpu = timed(lambda: whole(texts))
        print(
            f"[throughput] first pass, {len(texts):,} distinct articles, per-word caches cold: "
            f"{got:,} words in {cpu:.2f} s CPU = {got / cpu:,.0f} words/s (CPU)"
        )
    prof = cProfile.Profile() if profile else None
    if prof:
        prof.enable()
    got, wall, cpu = timed(lambda: whole(corpus))
    if prof:
        prof.disable()
    print(
        f"[throughput] mediakit whole analysis, one core: {got:,} words, {len(corpus):,} "
        f"articles in {wall:.1f} s wall / {cpu:.1f} s CPU = {got / cpu:,.0f} words/s (CPU), "
        f"{got / wall:,.0f} words/s (wall); peak RSS {maxrss_mb():.0f} MB"
    )
    if prof:
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(18)
        print("\n".join(s.getvalue().splitlines()[:45]))
    # VADER alone, sentence by sentence, on the same sentences (split beforehand)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sents = []
    for t in texts:
        sents.append([s.text for s in sentence_spans(t, paragraph_spans(t))])
    vader = SentimentIntensityAnalyzer()
    per_round = sum(words(t) for t in texts)
    rounds = max(1, min_words // per_round + (min_words % per_round > 0))

    def run_vader() -> None:
        for _ in range(rounds):
            for ss in sents:
                for s in ss:
                    vader.polarity_scores(s)

    _, wall, cpu = timed(run_vader)
    nv = per_round * rounds
    print(
        f"[throughput] VADER polarity_scores alone, sentence by sentence: {nv:,} words in "
        f"{wall:.1f} s wall / {cpu:.1f} s CPU = {nv / cpu:,.0f} words/s (CPU)"
    )
    try:
        import spacy
        import textacy.extract
    except ImportError:
        print(
            "[throughput] textacy direct_quotations: skipped (textacy/spaCy not installed; "
            "models are never downloaded at run time)"
        )
        return
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        print("[throughput] textacy direct_quotations: skipped (no spaCy English model installed)")
        return
    sample, ns = repeat_to(texts, min(min_words, 200_000))

    def run_textacy() -> None:
        for doc in nlp.pipe(sample):
            list(textacy.extract.triples.direct_quotations(doc))

    _, wall, cpu = timed(run_textacy)
    print(
        f"[throughput] textacy direct_quotations on spaCy en_core_web_sm: {ns:,} words in "
        f"{cpu:.1f} s CPU = {ns / cpu:,.0f} words/s (CPU)"
    )


def bench_stages(texts: list[str], min_words: int) -> None:
    """CPU time of each stage of the analysis, run on its own over the same corpus."""
    from mediakit._pipeline import (
        attribution_layer,
        boilerplate_layer,
        emotion_layer,
        marker_layer,
        quote_layer,
    )
    from mediakit._text import parse_metadata

    corpus, _ = repeat_to(texts, min_words)
    _ = mediakit.analyze(mediakit.seed_path()).metrics
    whole(texts)  # per-word caches warm, as in the throughput figure
    n, _wall, total = timed(lambda: whole(corpus))
    spent: dict[str, float] = {}

    def clock(stage: str, fn: Callable[[], Any]) -> Any:
        c0 = time.process_time()
        r = fn()
        spent[stage] = spent.get(stage, 0.0) + time.process_time() - c0
        return r

    for t in corpus:
        md = parse_metadata(t)
        paras = clock("paragraphs", lambda t=t, m=md: paragraph_spans(t, m.body_start))
        sents = clock("sentences", lambda t=t, p=paras: sentence_spans(t, p, []))
        # the Article that mediakit.parse would make, from the two stages just timed
        art = mediakit.Article(t, md, tuple(paras), tuple(sents))
        bp = clock("boilerplate", lambda a=art: boilerplate_layer(a))
        qs, _marked = clock("quotes and marked terms", lambda a=art: quote_layer(a))
        clock(
            "attribution (cues, structures, sources)",
            lambda a=art, q=qs, b=bp: attribution_layer(a, q, b),
        )
        clock("emotive (VADER + intensity)", lambda a=art: emotion_layer(a))
        clock("hedges and boosters", lambda a=art: marker_layer(a))
    rest = total - sum(spent.values())
    print(f"[stages] whole analysis: {n:,} words in {total:.2f} s CPU = {n / total:,.0f} words/s")
    for stage, sec in [*spent.items(), ("words, voices, readability, summary metrics", rest)]:
        print(
            f"[stages] {stage:<45} {sec:6.2f} s  {sec / total:6.1%}  "
            f"({n / sec:,.0f} words/s on its own)"
        )


# ---------------------------------------------------------------- scaling


def bench_length(texts: list[str]) -> None:
    whole(texts[:20])
    prev: tuple[int, float] | None = None
    for target in (10_000, 100_000, 1_000_000):
        corpus, _ = repeat_to(texts, target)
        article = "\n\n".join(corpus)
        a, wall, cpu = timed(lambda article=article: mediakit.analyze(article))
        _, wall2, cpu2 = timed(lambda a=a: a.metrics)
        n = a.words
        cpu_t = cpu + cpu2
        line = (
            f"[length] one article of {n:,} words: {wall + wall2:.2f} s wall / {cpu_t:.2f} s "
            f"CPU = {n / cpu_t:,.0f} words/s (CPU)"
        )
        if prev:
            line += f"; {n / prev[0]:.1f}x the words took {cpu_t / prev[1]:.2f}x the CPU time"
        print(line + f"; peak RSS {maxrss_mb():.0f} MB")
        prev = (n, cpu_t)


def bench_size(texts: list[str]) -> None:
    whole(texts[:20])
    for target in (250_000, 500_000, 1_000_000, 2_000_000):
        corpus, _ = repeat_to(texts, target)
        n, wall, cpu = timed(lambda corpus=corpus: whole(corpus))
        print(
            f"[size] corpus of {len(corpus):,} articles, {n:,} words: {wall:.1f} s wall / "
            f"{cpu:.1f} s CPU = {n / cpu:,.0f} words/s (CPU)"
        )


def bench_parallel(texts: list[str], min_words: int, rounds: int) -> None:
    """1 process, 2 processes and Dask on 2 local workers, timed in alternation.

    The host's vCPUs change speed from one minute to the next, so the three
    modes take turns for ``rounds`` rounds and the best wall time of each is
    compared: a slow spell then slows one round, not one mode.
    """
    import pandas as pd

    corpus, n = repeat_to(texts, min_words)
    df = pd.DataFrame({"text": corpus})
    whole(texts[:20])
    walls: dict[str, list[float]] = {}
    rows: dict[str, pd.DataFrame] = {}

    def run(label: str, **kw: Any) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r, wall, cpu = timed(lambda: mediakit.analyze_corpus(df, **kw))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        cpu_note = (
            ""
            if "client" in kw
            else (f"; CPU: this process {cpu:.1f} s, worker processes {workers:.1f} s")
        )
        print(
            f"[parallel] round {len(walls.get(label, [])) + 1}, {label}: {n:,} words in "
            f"{wall:.1f} s wall = {n / wall:,.0f} words/s{cpu_note}"
        )
        walls.setdefault(label, []).append(wall)
        if label in rows:
            pd.testing.assert_frame_equal(r.articles, rows[label])
        rows[label] = r.articles

    with contextlib.ExitStack() as stack:
        client = None
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            print("[parallel] Dask: skipped (distributed not installed)")
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
                )
            )
            client = stack.enter_context(Client(cluster))
            client.run(lambda: whole(texts[:20]))  # the same warm-up as this process had
        for _ in range(rounds):
            run("1 process", jobs=1)
            run("2 processes", jobs=2)
            if client is not None:
                run("Dask, 2 local workers", client=client)
    for label in rows:
        pd.testing.assert_frame_equal(rows[label], rows["1 process"])
    best = {label: min(w) for label, w in walls.items()}
    one = best["1 process"]
    for label, w in best.items():
        print(f"[parallel] best of {rounds}, {label}: {w:.1f} s wall = {n / w:,.0f} words/s")
    line = (
        f"[parallel] speed-up (best of {rounds} each): 2 processes {one / best['2 processes']:.2f}x"
    )
    if "Dask, 2 local workers" in best:
        line += f", Dask 2 workers {one / best['Dask, 2 local workers']:.2f}x"
    print(line + " (identical rows)")


def bench_dask_in_flight(texts: list[str], min_words: int, rounds: int) -> None:
    """Dask on 2 local workers with 1 and with 2 windows of articles in flight.

    The two settings of ``mediakit._run._DASK_IN_FLIGHT`` take turns on one
    cluster for ``rounds`` rounds; the rows must be identical.
    """
    import pandas as pd
    from distributed import Client, LocalCluster

    import mediakit._run as run

    corpus, n = repeat_to(texts, min_words)
    df = pd.DataFrame({"text": corpus})
    walls: dict[int, list[float]] = {1: [], 2: []}
    rows: dict[int, pd.DataFrame] = {}
    default = run._DASK_IN_FLIGHT
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: whole(texts[:20]))
        try:
            for _ in range(rounds):
                for k in (1, 2):
                    run._DASK_IN_FLIGHT = k
                    r, wall, _ = timed(lambda: mediakit.analyze_corpus(df, client=client))
                    walls[k].append(wall)
                    rows[k] = r.articles
        finally:
            run._DASK_IN_FLIGHT = default
    pd.testing.assert_frame_equal(rows[1], rows[2])
    for k, w in walls.items():
        print(
            f"[dask-in-flight] {k} window(s) in flight, {n:,} words: "
            + ", ".join(f"{x:.2f}" for x in w)
            + f" s wall; best {min(w):.2f} s = {n / min(w):,.0f} words/s"
        )
    print(f"[dask-in-flight] best 2 windows / best 1 window: {min(walls[2]) / min(walls[1]):.2f}")


def bench_output(rounds: int) -> None:
    """Where ``mediakit analyze ... --format jsonl`` spends its CPU time per article, in
    this process on one core: reading the Wikinews CSV rows, the analysis, its summary
    metrics, the JSON document (``mediakit._json.document``) and its text
    (``to_json``), then the whole per-article step of a run (``mediakit._run.process``
    with the JSONL text), against VADER alone on the same sentences; best of
    ``rounds`` passes over the 295 distinct articles (caches warm after the first)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from mediakit._analysis import analyze_article
    from mediakit._ingest import iter_inputs, load
    from mediakit._json import document, document_line, to_json
    from mediakit._parse import parse
    from mediakit._run import Options, process

    files = sorted(WIKINEWS.glob("*.csv"))
    if not files:
        print(f"[output] skipped: no Wikinews CSV files in {WIKINEWS}")
        return
    sources = list(iter_inputs(files))
    arts = [load(s) for s in sources]
    n = 0
    sents = [s.text for a in arts for s in sentence_spans(a.text, paragraph_spans(a.text))]
    vader = SentimentIntensityAnalyzer()
    opts = Options(extra=document_line)
    best: dict[str, float] = {}

    def clock(stage: str, fn: Callable[[], Any]) -> Any:
        c0 = time.process_time()
        r = fn()
        spent = time.process_time() - c0
        best[stage] = min(best.get(stage, spent), spent)
        return r

    for _ in range(rounds + 1):  # the first pass fills the caches and is not counted
        clock("read (CSV rows to texts and metadata)", lambda: [load(s) for s in sources])
        an = clock(
            "analysis (parse and layers)",
            lambda: [analyze_article(parse(a.text, a.metadata)) for a in arts],
        )
        clock("summary metrics", lambda an=an: [a.metrics for a in an])
        docs = clock(
            "JSON document (dicts)",
            lambda an=an: [document(a, art) for a, art in zip(an, arts, strict=True)],
        )
        clock("JSON text (json.dumps)", lambda docs=docs: [to_json(d) for d in docs])
        clock(
            "whole per-article step (process, JSONL)", lambda: [process(s, opts) for s in sources]
        )
        clock("VADER alone, same sentences", lambda: [vader.polarity_scores(x) for x in sents])
        n = sum(a.words for a in an)
    whole = best["whole per-article step (process, JSONL)"]
    print(f"[output] {len(arts)} Wikinews articles, {n:,} words; CPU, best of {rounds}:")
    for stage, sec in best.items():
        print(
            f"[output] {stage:<42} {sec:6.3f} s  {sec / whole:6.1%} of the step  "
            f"{n / sec:>10,.0f} words/s"
        )
    json_alternatives(docs, rounds)


def json_alternatives(docs: list[dict[str, Any]], rounds: int) -> None:
    """The JSON text of the same documents by other means than ``json.dumps`` (CPU, best
    of ``rounds``), and whether each gives the same bytes as mediakit's ``to_json``."""
    import json

    from mediakit._json import to_json

    plain = [to_json(d) for d in docs]
    ways: dict[str, Callable[[dict[str, Any]], str]] = {
        "json.dumps (mediakit's to_json)": to_json,
        "one JSONEncoder, no cycle check": json.JSONEncoder(
            ensure_ascii=False, allow_nan=False, check_circular=False
        ).encode,
    }
    try:
        import orjson
    except ImportError:
        print("[output] orjson: skipped (not installed)")
    else:
        ways["orjson.dumps"] = lambda d: orjson.dumps(d).decode("utf-8")
    for name, fn in ways.items():
        sec = min(timed(lambda fn=fn: [fn(d) for d in docs])[2] for _ in range(rounds))
        same = [fn(d) for d in docs] == plain
        print(
            f"[output] JSON text by {name:<32} {sec:6.3f} s CPU; "
            f"{'the same bytes' if same else 'different bytes'}"
        )


def bench_memory(texts: list[str], min_words: int) -> None:
    corpus, n = repeat_to(texts, min_words)
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "corpus"
        src.mkdir()
        for i, t in enumerate(corpus):
            (src / f"{i:07d}.txt").write_text(t, encoding="utf-8")
        out = Path(d) / "out"
        cmd = [
            sys.executable,
            "-m",
            "mediakit",
            "analyze",
            str(src),
            "--out-dir",
            str(out),
            "--tables",
            "sentences,attributions,sources,quotes",
            "--no-progress",
        ]
        for jobs in ("1", "2"):
            t0 = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            r = subprocess.run([*cmd, "--jobs", jobs, "--force"], capture_output=True, text=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall = time.perf_counter() - t0
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            print(
                f"[memory] CLI --out-dir with 4 tables, --jobs {jobs}: {len(corpus):,} files, "
                f"{n:,} words in {wall:.1f} s wall / {cpu:.1f} s CPU (all processes); "
                f"peak RSS of the largest process {after.ru_maxrss / 1024:.0f} MB; exit "
                f"{r.returncode}; {r.stderr.strip().splitlines()[0] if r.stderr else ''}"
            )
        sizes = {p.name: p.stat().st_size >> 20 for p in out.iterdir()}
        print(f"[memory] outputs (MB): {sizes}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "what",
        nargs="?",
        default="all",
        choices=[
            "throughput",
            "stages",
            "length",
            "size",
            "parallel",
            "memory",
            "all",
            "dask-in-flight",
            "output",
        ],
    )
    ap.add_argument("--min-words", type=int, default=2_000_000)
    ap.add_argument("--memory-words", type=int, default=5_000_000)
    ap.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="parallel, dask-in-flight: rounds of the modes in turn; output: best of N",
    )
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary")
    args = ap.parse_args()
    name, texts = load_texts()
    header(name)
    if args.what in ("throughput", "all"):
        bench_throughput(texts, args.min_words, args.profile)
    if args.what in ("stages", "all"):
        bench_stages(texts, args.min_words)
    if args.what in ("length", "all"):
        bench_length(texts)
    if args.what in ("size", "all"):
        bench_size(texts)
    if args.what in ("parallel", "all"):
        bench_parallel(texts, args.min_words, args.rounds)
    if args.what == "dask-in-flight":
        bench_dask_in_flight(texts, args.min_words, args.rounds)
    if args.what == "output":
        bench_output(args.rounds)
    if args.what in ("memory", "all"):
        bench_memory(texts, args.memory_words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

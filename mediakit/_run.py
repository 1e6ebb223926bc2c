"""Running the analysis over a corpus: serially, on N processes, or on Dask.

Each article goes through :func:`process` (read, analyse, flatten into rows);
runners yield the results *in input order*, so every way of running gives
the same rows.  Writers stream rows to Parquet (``pyarrow.parquet
.ParquetWriter``, in batches) or CSV, into a temporary file that replaces the
target only when the run has finished, so memory does not grow with the
corpus and a file is never left half-written.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import signal
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediakit._analysis import Analysis, analyze_decoded
from mediakit._ingest import DEFAULT_TIMEOUT, Decoded, Input, iter_inputs, load
from mediakit._lazy import lazy_import
from mediakit._pipeline import gc_paused
from mediakit._sinks import CorpusError, ResultSink, Sink, coerce, columns, open_sink
from mediakit._text import ArticleError
from mediakit._workers import forked_pool
from mediakit.lexicons import NO_USER_LISTS, UserLists

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")  # imported when first used (mediakit/_lazy.py)

__all__ = [
    "TABLES",
    "CorpusError",
    "CorpusTables",
    "RunStats",
    "analyze_corpus",
    "dask_client",
    "default_jobs",
    "write_corpus",
]

#: Long tables a corpus run can write, with the Analysis method that makes each.
TABLES: dict[str, str] = {
    "sentences": "sentence_table",
    "attributions": "attribution_table",
    "quotes": "quote_table",
    "sources": "source_table",
    "people": "people_table",
    "markers": "marker_table",
}
DEFAULT_CHUNKSIZE = 8
_DASK_WINDOW = 2048
_DASK_IN_FLIGHT = 2
_MAX_DEFAULT_JOBS = 8


# ---------------------------------------------------------------- one article


@dataclass(frozen=True, slots=True)
class Options:
    """What the per-article function does (picklable: sent to workers)."""

    tables: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    extra: Callable[[Analysis, Decoded], Any] | None = None
    time_limit: float | None = None
    user: UserLists = NO_USER_LISTS  # a user's own lists (``--lexicon``)


@dataclass(slots=True)
class Result:
    """One article's output: its summary row, long-table rows and any extra."""

    row: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extra: Any = None
    warnings: list[str] = field(default_factory=list)  # the analysis's own (not decoding)


class _TimeLimit(BaseException):
    """Raised by the alarm of :func:`_time_limit` (a BaseException: nothing swallows it)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_TimeLimit` in this block after ``seconds`` of wall-clock time.

    Uses ``SIGALRM``, so it works in the main thread of a process (a serial
    run, each ``--jobs`` worker) on POSIX systems; elsewhere (Dask worker
    threads, Windows) the limit is not enforced.
    """
    if (
        seconds is None
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise _TimeLimit

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _rows(a: Analysis, table: str, article_id: str) -> list[dict[str, Any]]:
    # Plain dicts straight from the analysis: building each table as a
    # DataFrame only to flatten it again cost more than the analysis itself.
    return [{"article_id": article_id, **r} for r in a._table_rows(table)]


def process(src: Input, opts: Options) -> Result:
    """Read and analyse one article; failures are recorded in ``row["error"]``."""
    row: dict[str, Any] = {
        "path": src.location if src.kind != "url" else None,
        "title": src.title,
        "date": src.date,
        "article_id": src.id,
        "outlet": src.outlet,
        "url": src.url,
        "encoding": src.encoding,
        "error": None,
        "warnings": None,
    }
    res = Result(row)
    try:
        # the whole step without the cyclic collector, not the analysis alone
        # (``_pipeline.gc_paused``): its records stay alive while the parse before it
        # and the rows and JSON after it are made, and each collection in those would
        # traverse them again
        with _time_limit(opts.time_limit), gc_paused():
            _process(src, opts, res)
    except _TimeLimit:
        row["error"] = (
            f"{src.id}: gave up after the time limit of {opts.time_limit:g} s per article"
        )
        res.tables = {}
        res.extra = None
    return res


def _process(src: Input, opts: Options, res: Result) -> None:
    row = res.row
    try:
        art = load(src, timeout=opts.timeout)
        md = art.metadata
        row.update(
            path=md.path,
            title=md.title,
            date=md.date,
            outlet=art.outlet,
            url=art.url,
            encoding=art.encoding,
        )
        a = analyze_decoded(art, src.id, opts.user)
        res.warnings = a.warnings[len(art.warnings) :]  # the analysis' own
        row["warnings"] = "; ".join(a.warnings) or None
        row.update(a.metrics)
        res.tables = {t: _rows(a, t, src.id) for t in opts.tables}
        if opts.extra is not None:
            res.extra = opts.extra(a, art)
    except ArticleError as exc:
        row["error"] = str(exc)
    except Exception as exc:  # a bug in the analysis must not stop a corpus run
        row["error"] = f"{src.id}: analysis failed ({type(exc).__name__}: {exc})"
        res.tables = {}
        res.extra = None


# ---------------------------------------------------------------- runners


def _serial(inputs: Iterable[Input], opts: Options) -> Iterator[Result]:
    for s in inputs:
        yield process(s, opts)


def _pool(inputs: Iterable[Input], opts: Options, jobs: int, chunksize: int) -> Iterator[Result]:
    # The first article is analysed here: a single article never starts a pool, and
    # the workers, forked after it (where processes fork), inherit the lexicons,
    # tables and compiled patterns it loaded instead of each loading them again.
    it = iter(inputs)
    first = next(it, None)
    if first is None:
        return
    yield process(first, opts)
    second = next(it, None)
    if second is not None:
        yield from _imap(itertools.chain([second], it), opts, jobs, chunksize)


def _imap(inputs: Iterable[Input], opts: Options, jobs: int, chunksize: int) -> Iterator[Result]:
    # Pool.imap reads its input as fast as it can; a semaphore keeps at most
    # `limit` articles in flight so memory stays bounded on a large corpus.
    limit = max(4 * jobs * chunksize, chunksize)
    sem = threading.Semaphore(limit)
    stop = threading.Event()

    def feed() -> Iterator[Input]:
        for s in inputs:
            while not sem.acquire(timeout=0.05):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            yield s

    import multiprocessing  # only a parallel run needs it (0.003 s of every start)

    with forked_pool(multiprocessing.get_context(), jobs) as pool:
        try:
            for r in pool.imap(partial(process, opts=opts), feed(), chunksize):
                sem.release()
                yield r
        finally:
            stop.set()


def _dask(inputs: Iterable[Input], opts: Options, client: Any) -> Iterator[Result]:
    # The corpus goes to the cluster one window of articles at a time, each a
    # dask.bag of a few partitions per worker.  Two windows are in flight, so
    # the workers start on the next window while the last partitions of the
    # current one finish and its results travel back; memory stays bounded at
    # two windows whatever the corpus size.
    import dask.bag as db

    it = iter(inputs)
    fn = partial(process, opts=opts)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:
        workers = 2

    def submit(window: list[Input]) -> Any:
        bag = db.from_sequence(  # type: ignore[no-untyped-call]
            window, npartitions=min(len(window), 4 * workers)
        )
        return client.compute(bag.map(fn))

    in_flight: collections.deque[Any] = collections.deque()
    more = True
    try:
        while True:
            while more and len(in_flight) < _DASK_IN_FLIGHT:
                window = list(itertools.islice(it, _DASK_WINDOW))
                if window:
                    in_flight.append(submit(window))
                else:
                    more = False
            if not in_flight:
                return
            results: list[Result] = in_flight.popleft().result()
            yield from results
    finally:
        for future in in_flight:
            future.cancel()


@contextlib.contextmanager
def dask_client(client: Any, jobs: int) -> Iterator[Any]:
    """A distributed client: the one given, one connected to an address, or a local cluster."""
    if client is None or not isinstance(client, str):
        yield client
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise CorpusError(
            "running on Dask needs dask and distributed: pip install 'mediakit[corpus]'"
        ) from None
    if client == "local":
        with (
            LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as c,  # type: ignore[no-untyped-call]
        ):
            yield c
        return
    try:
        c = Client(client, timeout="30s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise CorpusError(f"cannot connect to the Dask scheduler at {client} ({exc})") from None
    with c:
        yield c


def default_jobs(inputs: Sequence[str] = ()) -> int:
    """The processes a command-line run uses unless told: one per CPU this process may
    use, at most 8; one when an input is ``-`` (worker processes have no standard
    input, so standard input is read where the run started)."""
    if "-" in inputs:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, _MAX_DEFAULT_JOBS))


def iter_results(
    inputs: Iterable[Input],
    opts: Options,
    *,
    jobs: int = 1,
    client: Any = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Result]:
    """Results in input order: in this process, on ``jobs`` processes, or on a Dask client."""
    if client is not None:
        yield from _dask(inputs, opts, client)
    elif jobs > 1:
        yield from _pool(inputs, opts, jobs, chunksize)
    else:
        yield from _serial(inputs, opts)


# ---------------------------------------------------------------- run statistics


def _reason(row: dict[str, Any]) -> str:
    err = str(row["error"])
    for prefix in (row.get("article_id"), row.get("path"), row.get("url")):
        if prefix and err.startswith(f"{prefix}: "):
            return err[len(prefix) + 2 :]
    return err


@dataclass(slots=True)
class RunStats:
    """Counts of a corpus run (``summary()`` is the text the CLI prints)."""

    articles: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    reasons: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)
    first_error: str | None = None
    outputs: list[str] = field(default_factory=list)

    def add(self, row: dict[str, Any]) -> None:
        self.articles += 1
        if row.get("error"):
            self.failed += 1
            self.reasons[_reason(row)] += 1
            if self.first_error is None:
                self.first_error = str(row["error"])
        else:
            self.words += int(row.get("words") or 0)
        enc = row.get("encoding")
        if enc and enc not in ("utf-8", "utf-16"):
            self.encodings[str(enc)] += 1

    def encoding_warning(self) -> str | None:
        if not self.encodings:
            return None
        n = sum(self.encodings.values())
        encs = ", ".join(f"{e} ×{k}" for e, k in self.encodings.most_common())
        return (
            f"{n} of {self.articles} articles were not UTF-8 and were decoded with "
            f"charset-normalizer's best guess ({encs}); see the encoding column"
        )

    def summary(self) -> str:
        ok = self.articles - self.failed
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds > 0 else ""
        lines = [
            f"{self.articles:,} article{'' if self.articles == 1 else 's'}: {ok:,} analysed "
            f"({self.words:,} word{'' if self.words == 1 else 's'} in "
            f"{self.seconds:.1f} s{rate}), {self.failed:,} failed"
        ]
        for reason, k in self.reasons.most_common(5):
            lines.append(f"  {k:,} × {reason}")
        if len(self.reasons) > 5:
            lines.append(f"  ... and {len(self.reasons) - 5} other reasons (see the error column)")
        return "\n".join(lines)


# ---------------------------------------------------------------- the API


@dataclass(frozen=True)
class CorpusTables:
    """The tidy tables of a corpus: one row per article, and the long tables asked for.

    Long tables have an ``article_id`` column joining them to ``articles``;
    those not asked for are ``None``.  Failed articles have their ``error``.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame | None = None
    attributions: pd.DataFrame | None = None
    quotes: pd.DataFrame | None = None
    sources: pd.DataFrame | None = None
    people: pd.DataFrame | None = None
    markers: pd.DataFrame | None = None

    @property
    def failed(self) -> pd.DataFrame:
        """The articles that could not be read or analysed, with their error."""
        return self.articles[self.articles["error"].notna()]


def check_tables(tables: Iterable[str]) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(t.strip() for t in tables if t.strip()))
    bad = [t for t in out if t not in TABLES]
    if bad:
        raise CorpusError(f"unknown table {bad[0]!r}; choose from {', '.join(TABLES)}")
    return out


def _progress(results: Iterator[Result], on: bool) -> Iterator[Result]:
    if not on:
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit=" articles", dynamic_ncols=True, mininterval=0.5))


def _warn_encodings(stats: RunStats) -> None:
    msg = stats.encoding_warning()
    if msg:
        warnings.warn(msg, UserWarning, stacklevel=3)


def analyze_corpus(
    inputs: Any,
    *,
    tables: Iterable[str] = (),
    jobs: int = 1,
    client: Any = None,
    text_column: str = "text",
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool = False,
    time_limit: float | None = None,
) -> CorpusTables:
    """Analyse many articles and return their tidy tables (in memory).

    ``inputs``: paths, directories, glob patterns, URLs, a DataFrame with a
    ``text_column`` (and optional title, date, outlet, url columns), or an
    iterable of any of these or of article texts (see :func:`iter_inputs`).
    ``tables``: long tables to build besides ``articles``: any of
    ``sentences``, ``attributions``, ``quotes``, ``sources``, ``people``, ``markers``.
    ``jobs``: processes to use; ``client``: a ``dask.distributed.Client``, a
    scheduler address (``"tcp://host:8786"``) or ``"local"`` to run on Dask.
    ``time_limit``: give up on an article after that many seconds (recorded
    as failed; enforced in serial runs and ``jobs`` workers, on POSIX).
    The result is the same, row for row, however it is run.  For corpora that
    do not fit in memory use :func:`write_corpus`.
    """
    want = check_tables(tables)
    opts = Options(tables=want, timeout=timeout, time_limit=time_limit)
    articles: list[dict[str, Any]] = []
    long: dict[str, list[dict[str, Any]]] = {t: [] for t in want}
    stats = RunStats()
    with dask_client(client, jobs) as c:
        results = iter_results(
            iter_inputs(inputs, text_column=text_column), opts, jobs=jobs, client=c
        )
        for r in _progress(results, progress):
            stats.add(r.row)
            articles.append(r.row)
            for t, rows in r.tables.items():
                long[t].extend(rows)
    _warn_encodings(stats)

    def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
        cols = columns(name)
        return pd.DataFrame(coerce(rows, cols), columns=[c for c, _ in cols])

    return CorpusTables(
        articles=frame("articles", articles), **{t: frame(t, long[t]) for t in want}
    )


def output_paths(out_dir: Path, tables: Sequence[str], fmt: str) -> dict[str, Path]:
    ext = "parquet" if fmt == "parquet" else "csv"
    return {t: out_dir / f"{t}.{ext}" for t in ("articles", *tables)}


def run_to_sinks(
    inputs: Iterable[Input],
    opts: Options,
    sinks: dict[str, Sink],
    *,
    jobs: int = 1,
    client: Any = None,
    progress: bool = False,
    results: Sequence[ResultSink] = (),
) -> RunStats:
    """Stream results into sinks (``articles`` and long tables), then hand each whole
    result to the ``results`` sinks, in input order; commit the table sinks at the end
    (the caller closes the ``results`` sinks: it knows whether the run succeeded)."""
    stats = RunStats()
    t0 = time.perf_counter()
    try:
        for r in _progress(iter_results(inputs, opts, jobs=jobs, client=client), progress):
            stats.add(r.row)
            if "articles" in sinks:
                sinks["articles"].write([r.row])
            for t, rows in r.tables.items():
                if t in sinks:
                    sinks[t].write(rows)
            for sink in results:
                sink.add(r)
        for s in sinks.values():
            s.close()
    except BaseException:
        for s in sinks.values():
            s.abort()
        raise
    stats.seconds = time.perf_counter() - t0
    return stats


def write_corpus(
    inputs: Any,
    out_dir: str | os.PathLike[str],
    *,
    tables: Iterable[str] = (),
    format: str = "parquet",
    jobs: int = 1,
    client: Any = None,
    force: bool = False,
    text_column: str = "text",
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool = False,
    time_limit: float | None = None,
) -> RunStats:
    """Analyse many articles, streaming the tables to files in ``out_dir``.

    Writes ``articles.parquet`` (or ``.csv`` with ``format="csv"``) and one
    file per long table asked for; results are written as they come, so
    memory does not grow with the corpus.  Each file appears only when the
    run has finished (written to a temporary file, then renamed); existing
    files are not overwritten unless ``force``.  Returns the run's counts.
    """
    if format not in ("parquet", "csv"):
        raise CorpusError(f"unknown format {format!r}; choose parquet or csv")
    want = check_tables(tables)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise CorpusError(f"{out}: exists and is not a folder")
    paths = output_paths(out, want, format)
    clash = [p for p in paths.values() if p.exists()]
    if clash and not force:
        raise CorpusError(f"{clash[0]}: already exists; use --force to overwrite it")
    out.mkdir(parents=True, exist_ok=True)
    opts = Options(tables=want, timeout=timeout, time_limit=time_limit)
    with dask_client(client, jobs) as c:
        sinks: dict[str, Sink] = {}
        try:
            for t, p in paths.items():
                sinks[t] = open_sink(p, t, format)
        except BaseException:
            for s in sinks.values():
                s.abort()
            raise
        stats = run_to_sinks(
            iter_inputs(inputs, text_column=text_column),
            opts,
            sinks,
            jobs=jobs,
            client=c,
            progress=progress,
        )
    stats.outputs = [str(p) for p in paths.values()]
    _warn_encodings(stats)
    return stats

"""One ``mediakit analyze`` run as one library call, :func:`run_analyze`: the inputs
(:func:`mediakit._ingest.iter_inputs`), a runner (serial, processes or Dask:
:mod:`mediakit._run`) and the sinks (:mod:`mediakit._sinks`: tables, documents,
warnings), each output written through :mod:`mediakit._atomic`.  The command line only
parses its arguments into an :class:`AnalyzeRequest`.

Exit codes: 0 all articles analysed; 1 some failed (each recorded with its error, the
rest written); bad options raise :class:`UsageError`, an input that fails when it is
the only one (or all fail, to standard output) raises ``ArticleError``: one line each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mediakit._analysis import Analysis
from mediakit._ingest import DEFAULT_TIMEOUT, Decoded, is_url, iter_inputs
from mediakit._json import document_json, document_line
from mediakit._readable import summary_text_of
from mediakit._run import (
    Options,
    RunStats,
    check_tables,
    dask_client,
    default_jobs,
    output_paths,
    run_to_sinks,
)
from mediakit._sinks import (
    CorpusError,
    CsvSink,
    DocumentSink,
    ResultSink,
    Sink,
    WarningLog,
    columns,
    open_sink,
)
from mediakit._text import ArticleError
from mediakit.lexicons import LexiconError, UserLists, user_lists
from mediakit.samples import seed_path

__all__ = ["AnalyzeRequest", "UsageError", "choose_format", "run_analyze"]


class UsageError(Exception):
    """Options that cannot run (one line; the command exits with 2)."""


@dataclass(frozen=True)
class AnalyzeRequest:
    """The options of ``mediakit analyze`` (see ``mediakit analyze --help``)."""

    inputs: Sequence[str] = ()
    format: str | None = None
    output: str | None = None
    out_dir: str | None = None
    tables: str = ""
    jobs: int | None = None  # None: _run.default_jobs(inputs)
    scheduler: str | None = None
    text_column: str = "text"
    timeout: float = DEFAULT_TIMEOUT
    time_limit: float | None = None
    progress: bool | None = None
    force: bool = False
    lexicons: Sequence[str] = ()  # "NAME=PATH" each: a user's own lists


#: The per-article text each streamed format needs, made where the article is analysed.
_DOCUMENT: dict[str, Callable[[Analysis, Decoded], Any]] = {
    "table": summary_text_of,
    "json": document_json,
    "jsonl": document_line,
}
_SUFFIX_FORMAT = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".json": "json",
    ".jsonl": "jsonl",
    ".xlsx": "xlsx",
    ".txt": "table",
    "": "table",
}


def choose_format(req: AnalyzeRequest) -> str:
    """The output format: given, from the ``-o`` file's ending, or parquet for a folder."""
    fmt = req.format
    if req.out_dir:
        if req.output:
            raise UsageError("give either -o FILE or --out-dir DIR, not both")
        fmt = fmt or "parquet"
        if fmt not in ("parquet", "csv"):
            raise UsageError("--out-dir writes tables: use --format parquet or csv")
        return fmt
    if req.tables:
        raise UsageError("--tables needs --out-dir DIR (one file per table)")
    if fmt is None:
        suffix = Path(req.output).suffix.lower() if req.output else ""
        fmt = _SUFFIX_FORMAT.get(suffix)
        if fmt is None:
            known = " ".join(s for s in _SUFFIX_FORMAT if s)
            raise UsageError(
                f"{req.output}: cannot tell the output format from {suffix!r}; name the file"
                f" with one of {known}, or give --format"
            )
    if fmt == "parquet" and not req.output:
        raise UsageError("--format parquet needs -o FILE or --out-dir DIR")
    return fmt


def _check_numbers(req: AnalyzeRequest) -> None:
    if req.jobs is not None and req.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if req.timeout <= 0:
        raise UsageError("--timeout must be positive")
    if req.time_limit is not None and req.time_limit <= 0:
        raise UsageError("--time-limit must be positive")


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise UsageError(f"{path}: already exists; use --force to overwrite it")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"{path}: the folder {parent} does not exist")


@dataclass
class _Outputs:
    """Where this run writes: table sinks by table name, or a document sink."""

    tables: dict[str, Sink]
    documents: DocumentSink | None = None

    def abort(self) -> None:
        """Remove every temporary output of a run that did not finish (also when it
        failed before writing, such as a Dask scheduler that cannot be reached)."""
        if self.documents is not None:
            self.documents.abort()
        for sink in self.tables.values():
            sink.abort()


def _open_outputs(
    req: AnalyzeRequest, fmt: str, tables: tuple[str, ...], stdout: IO[str]
) -> _Outputs:
    if req.out_dir:
        out_dir = Path(req.out_dir)
        if out_dir.exists() and not out_dir.is_dir():
            raise UsageError(f"{out_dir}: exists and is not a folder")
        paths = output_paths(out_dir, tables, fmt)
        for p in paths.values():
            if out_dir.is_dir():
                _check_output(p, req.force)
        out_dir.mkdir(parents=True, exist_ok=True)
        outs = _Outputs({})
        try:
            for t, p in paths.items():
                outs.tables[t] = open_sink(p, t, fmt)
        except BaseException:
            outs.abort()
            raise
        return outs
    if fmt in ("csv", "parquet", "xlsx") and req.output:
        out = Path(req.output)
        _check_output(out, req.force)
        return _Outputs({"articles": open_sink(out, "articles", fmt)})
    if fmt == "csv":
        return _Outputs({"articles": CsvSink(stdout, columns("articles"))})
    if req.output:
        _check_output(Path(req.output), req.force)
        return _Outputs({}, DocumentSink(fmt, path=Path(req.output)))
    return _Outputs({}, DocumentSink(fmt, out=stdout))


def _inputs(paths: Sequence[str]) -> list[str | Path]:
    if not paths:
        return [seed_path()]
    return [p if is_url(p) else Path(p) for p in paths]


def _user_lists(given: Sequence[str]) -> UserLists:
    """The ``--lexicon NAME=PATH`` options, read and checked (a UsageError otherwise)."""
    pairs: dict[str, str] = {}
    for item in given:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise UsageError(f"--lexicon {item!r}: give NAME=PATH (cues=our_cues.tsv)")
        pairs[name] = path
    try:
        return user_lists(pairs)
    except LexiconError as exc:
        raise UsageError(str(exc)) from None


def run_analyze(req: AnalyzeRequest, *, stdout: IO[str], stderr: IO[str]) -> int:
    """Run ``mediakit analyze``: read the inputs, analyse them, write the outputs and
    the run's warnings and summary to ``stderr``; returns the exit code (0 or 1)."""
    fmt = choose_format(req)
    _check_numbers(req)
    try:
        tables = check_tables(req.tables.split(","))
    except CorpusError as exc:
        raise UsageError(str(exc)) from None
    progress = stderr.isatty() if req.progress is None else req.progress
    opts = Options(
        tables=tables,
        timeout=req.timeout,
        extra=_DOCUMENT.get(fmt),
        time_limit=req.time_limit,
        user=_user_lists(req.lexicons),
    )
    sources = iter_inputs(_inputs(req.inputs), text_column=req.text_column)
    outs = _open_outputs(req, fmt, tables, stdout)
    log = WarningLog(stderr)
    results: list[ResultSink] = [log] if outs.documents is None else [log, outs.documents]
    jobs = default_jobs(req.inputs) if req.jobs is None else req.jobs
    if "-" in req.inputs:
        jobs = 1  # standard input is read here: worker processes have none
    try:
        with dask_client(req.scheduler, jobs) as c:
            stats = run_to_sinks(
                sources,
                opts,
                outs.tables,
                jobs=jobs,
                client=c,
                progress=progress,
                results=results,
            )
    except CorpusError as exc:
        outs.abort()
        raise UsageError(str(exc)) from None
    except BaseException:
        outs.abort()
        raise
    to_files = bool(req.out_dir or req.output)
    all_failed = stats.articles > 0 and stats.failed == stats.articles
    if outs.documents is not None:
        if all_failed and to_files:
            outs.documents.abort()
        else:
            outs.documents.close()
    return _report(stats, log.encodings, stderr, to_files=to_files, all_failed=all_failed)


def _report(
    stats: RunStats, enc: list[str], err: IO[str], *, to_files: bool, all_failed: bool
) -> int:
    if len(enc) <= 5:
        for w in enc:
            err.write(f"mediakit: warning: {w}\n")
    else:
        err.write(f"mediakit: warning: {stats.encoding_warning()}\n")
    if all_failed:
        if stats.articles == 1:
            raise ArticleError(stats.first_error or "the article failed")
        if not to_files:
            raise ArticleError(
                f"all {stats.articles} articles failed; the first: {stats.first_error}"
            )
    if stats.failed or to_files:
        err.write(f"mediakit: {stats.summary()}\n")
    if all_failed:
        return 2
    return 1 if stats.failed else 0

"""The ``mediakit`` command line.

``mediakit analyze [INPUT ...] [--format table|json|jsonl|csv|parquet] [-o FILE]``
or, for a corpus, ``mediakit analyze INPUT ... --out-dir DIR [--tables ...]
[--jobs N] [--scheduler ADDRESS]`` (docs/corpus.md); with no INPUT it
analyses the bundled seed article.  Exit codes: 0 all articles analysed; 1
some failed (each recorded with its error, the rest written); 2 a usage
error or no article could be analysed (one line on stderr, never a
traceback).  ``mediakit export``, ``evaluate`` and ``agree`` check mediakit against
a person's coding (mediakit/_cli_check.py, docs/agreement.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from mediakit import _cli_check
from mediakit._analysis import Analysis
from mediakit._atomic import AtomicFile, write_text_atomic
from mediakit._compare import add_compare_parser, run_compare
from mediakit._display import format_value
from mediakit._ingest import Article, is_url, iter_sources
from mediakit._json import SCHEMA
from mediakit._run import (
    TABLES,
    Options,
    Result,
    RunStats,
    check_tables,
    dask_client,
    output_paths,
    run_to_sinks,
)
from mediakit._sinks import (
    CorpusError,
    CsvSink,
    Sink,
    columns,
    open_sink,
)
from mediakit._text import ArticleError
from mediakit._version import __version__
from mediakit.samples import seed_path

__all__ = ["main"]


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mediakit", description="Explainable framing metrics for news articles.")
    p.add_argument("--version", action="version", version=f"mediakit {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    an = sub.add_parser(
        "analyze",
        help="analyse articles or a corpus (default: the bundled seed article)",
        description="Analyse articles: .txt files, saved web pages (.html), table files "
        "(.csv, .jsonl, .parquet: one article per row), directories, glob patterns and "
        "URLs.  An article that fails is recorded with its error and the run goes on.",
        epilog="Corpus example: mediakit analyze 'news/*.csv' --out-dir results "
        "--tables sentences,sources --jobs 2  (see docs/corpus.md)",
    )
    an.add_argument(
        "paths",
        nargs="*",
        metavar="INPUT",
        help="article files, directories, glob patterns or http(s) URLs; - reads "
        "standard input; none = the bundled seed article",
    )
    an.add_argument(
        "--format",
        choices=["table", "json", "jsonl", "csv", "parquet"],
        default=None,
        help="table: readable summary (default on a terminal); json: one document, or a "
        "list for several articles; jsonl: one document per line; csv, parquet: one row "
        "per article.  Default: from the -o file's ending, parquet with --out-dir",
    )
    an.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically) instead of standard output",
    )
    an.add_argument(
        "--out-dir",
        metavar="DIR",
        help="write articles.parquet (or .csv) and the --tables to DIR, streaming",
    )
    an.add_argument(
        "--tables",
        metavar="LIST",
        default="",
        help=f"long tables to write with --out-dir, comma-separated: {','.join(TABLES)}",
    )
    an.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="analyse on N processes (default 1)"
    )
    an.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on Dask: a distributed scheduler address (tcp://host:8786), or 'local' "
        "for a local cluster of --jobs worker processes",
    )
    an.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="the text column of .csv/.jsonl/.parquet inputs (default: text)",
    )
    an.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="give up fetching a URL after SECONDS (default 30)",
    )
    an.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="give up on an article (reading and analysing) after SECONDS and "
        "record it as failed (default: no limit)",
    )
    an.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    an.add_argument("--force", action="store_true", help="overwrite existing output files")
    _add_report_parser(sub)
    _cli_check.add_parsers(sub)
    add_compare_parser(sub)
    return p


def _add_report_parser(sub: Any) -> None:
    """The ``report`` command's arguments."""
    rp = sub.add_parser(
        "report",
        help="write a standalone HTML report of one article or several compared",
        description="Execute mediakit's report notebook for one article, or several "
        "compared, in a fresh kernel and write it as standalone HTML (no code cells).",
    )
    rp.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .html), URLs, - for standard input, or anything "
        "`mediakit analyze` reads (at most 12 articles); none = the bundled seed article",
    )
    rp.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="report.html",
        help="HTML file to write (default: report.html)",
    )
    rp.add_argument("--force", action="store_true", help="overwrite an existing output file")


_CONTROL = str.maketrans(
    {c: "\ufffd" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
)


def _table(a: Analysis) -> str:
    """The readable summary; control characters of the text (a terminal escape
    sequence hidden in a title or a source name) are shown as U+FFFD."""
    return _table_lines(a).translate(_CONTROL)


def _table_lines(a: Analysis) -> str:
    md = a.metadata
    m = a.metrics
    lines = [
        f"mediakit {__version__} — {md.path or '(no file)'}",
        f"title: {md.title or '—'}   date: {md.date or '—'}",
        f"{a.words} words ({a.story_words} story, {a.voice_counts['boilerplate']} "
        f"boilerplate) in {len(a.sentences)} sentences, {len(a.paragraphs)} paragraphs",
        "",
        "Voices (share of words):",
    ]
    for v in ("direct", "reported", "frame", "narration", "boilerplate"):
        share = m[f"{v}_share"]
        bar = "#" * round(40 * float(share)) if isinstance(share, float) else ""
        lines.append(f"  {v:<12}{format_value(share):>7}  {bar}")
    lines += ["", "Sources (words given: direct + reported):"]
    for s in a.sources:
        lines.append(
            f"  {s.name[:40]:<40} {s.type:<16} {s.attributions:>2} attr  "
            f"{s.direct_words:>4} direct {s.reported_words:>4} reported"
        )
    if not a.sources:
        lines.append("  (none found)")
    lines += ["", "Attributions:"]
    for at in a.attributions:
        where = " [in boilerplate]" if at.in_boilerplate else ""
        lines.append(
            f"  s{at.sentence:<3} {(at.source.text if at.source else '—')[:38]:<38} "
            f"{(at.cue.text if at.cue else '—')[:16]:<16} {at.kind:<8} "
            f"{at.cue_kind or '—'}{where}"
        )
    lines += ["", "Metrics:"]
    skip = {f"{v}_share" for v in ("direct", "reported", "frame", "narration", "boilerplate")}
    for key, value in m.items():
        if key not in skip:
            lines.append(f"  {key:<32} {format_value(value)}")
    for warning in a.warnings:
        lines.append(f"warning: {warning}")
    lines.append("")
    lines.append("Definitions: docs/metrics.md; JSON (--format json) has every label and offset.")
    return "\n".join(lines) + "\n"


def _input(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in ("article_id", "path", "outlet", "url", "encoding")}


def _json_extra(a: Analysis, art: Article) -> dict[str, Any]:
    d = a.to_dict()
    d["input"] = {
        "article_id": art.id,
        "path": art.metadata.path,
        "outlet": art.outlet,
        "url": art.url,
        "encoding": art.encoding,
    }
    return d


def _table_extra(a: Analysis, art: Article) -> str:
    return _table(a)


def _document(r: Result) -> dict[str, Any]:
    if r.row.get("error"):
        return {
            "schema": SCHEMA,
            "mediakit_version": __version__,
            "input": _input(r.row),
            "error": r.row["error"],
        }
    doc: dict[str, Any] = r.extra
    return doc


class _StreamSink:
    """Table, JSON or JSON Lines text, written as results come (to a stream or a temp file)."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.n = 0
        self._first: str | None = None

    def write_result(self, r: Result) -> None:
        if self.fmt == "table":
            if not r.row.get("error"):
                self.out.write(("\n" if self.n else "") + str(r.extra))
                self.n += 1
            return
        indent = 2 if self.fmt == "json" else None
        text = json.dumps(_document(r), ensure_ascii=False, indent=indent, allow_nan=False)
        if self.fmt == "jsonl":
            self.out.write(text + "\n")
        elif self.n == 0:
            self._first = text  # a single document is written bare, several as a list
        else:
            if self.n == 1:
                self.out.write("[\n" + self._first_item())
            self.out.write(",\n" + _indented(text))
        self.n += 1

    def _first_item(self) -> str:
        return _indented(self._first or "")

    def finish(self) -> None:
        if self.fmt == "json":
            if self.n == 1:
                self.out.write((self._first or "") + "\n")
            elif self.n > 1:
                self.out.write("\n]\n")
            else:
                self.out.write("[]\n")


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _abort(file_out: AtomicFile | None, sinks: dict[str, Sink]) -> None:
    """Remove every temporary output of a run that did not finish (also when it failed
    before writing, such as a Dask scheduler that cannot be reached)."""
    if file_out is not None:
        file_out.abort()
    for sink in sinks.values():
        sink.abort()


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise _UsageError(f"{path}: already exists; use --force to overwrite it")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise _UsageError(f"{path}: the folder {parent} does not exist")


_SUFFIX_FORMAT = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".json": "json",
    ".jsonl": "jsonl",
    ".xlsx": "xlsx",
    ".txt": "table",
    "": "table",
}


def _choose_format(args: argparse.Namespace) -> str:
    fmt: str | None = args.format
    if args.out_dir:
        if args.output:
            raise _UsageError("give either -o FILE or --out-dir DIR, not both")
        fmt = fmt or "parquet"
        if fmt not in ("parquet", "csv"):
            raise _UsageError("--out-dir writes tables: use --format parquet or csv")
        return fmt
    if args.tables:
        raise _UsageError("--tables needs --out-dir DIR (one file per table)")
    if fmt is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        fmt = _SUFFIX_FORMAT.get(suffix)
        if fmt is None:
            known = " ".join(s for s in _SUFFIX_FORMAT if s)
            raise _UsageError(
                f"{args.output}: cannot tell the output format from {suffix!r}; name the file"
                f" with one of {known}, or give --format"
            )
    if fmt == "parquet" and not args.output:
        raise _UsageError("--format parquet needs -o FILE or --out-dir DIR")
    return fmt


def _inputs(paths: Sequence[str]) -> list[str | Path]:
    if not paths:
        return [seed_path()]
    return [p if is_url(p) else Path(p) for p in paths]


_MAX_WARNINGS = 5


def _run_analyze(args: argparse.Namespace) -> int:
    fmt = _choose_format(args)
    if args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    if args.timeout <= 0:
        raise _UsageError("--timeout must be positive")
    if args.time_limit is not None and args.time_limit <= 0:
        raise _UsageError("--time-limit must be positive")
    try:
        tables = check_tables(args.tables.split(","))
    except CorpusError as exc:
        raise _UsageError(str(exc)) from None
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    extra: Callable[[Analysis, Article], Any] | None = None
    if fmt == "table":
        extra = _table_extra
    elif fmt in ("json", "jsonl"):
        extra = _json_extra
    opts = Options(tables=tables, timeout=args.timeout, extra=extra, time_limit=args.time_limit)
    sources = iter_sources(_inputs(args.paths), text_column=args.text_column)

    sinks: dict[str, Sink] = {}
    stream: _StreamSink | None = None
    file_out: AtomicFile | None = None
    to_files = bool(args.out_dir or args.output)
    if args.out_dir:
        out_dir = Path(args.out_dir)
        if out_dir.exists() and not out_dir.is_dir():
            raise _UsageError(f"{out_dir}: exists and is not a folder")
        paths = output_paths(out_dir, tables, fmt)
        for p in paths.values():
            if out_dir.is_dir():
                _check_output(p, args.force)
        out_dir.mkdir(parents=True, exist_ok=True)
        for t, p in paths.items():
            sinks[t] = open_sink(p, t, fmt)
    elif fmt in ("csv", "parquet", "xlsx") and args.output:
        out = Path(args.output)
        _check_output(out, args.force)
        sinks["articles"] = open_sink(out, "articles", fmt)
    elif fmt == "csv":
        sinks["articles"] = CsvSink(sys.stdout, columns("articles"))
    else:
        if args.output:
            _check_output(Path(args.output), args.force)
            file_out = AtomicFile(Path(args.output))
        stream = _StreamSink(fmt, file_out.fh if file_out else sys.stdout)

    enc_warnings: list[str] = []
    shown = 0

    def on_result(r: Result) -> None:
        nonlocal shown
        for w in r.warnings:  # the analysis's warnings (not English, markup ...)
            if shown < _MAX_WARNINGS:
                print(f"mediakit: warning: {r.row['article_id']}: {w}", file=sys.stderr)
            elif shown == _MAX_WARNINGS:
                print(
                    "mediakit: warning: more warnings are in the warnings column/field",
                    file=sys.stderr,
                )
            shown += 1
        enc = r.row.get("encoding")
        if enc and enc not in ("utf-8", "utf-16") and len(enc_warnings) < 6:
            enc_warnings.append(
                f"{r.row['article_id']}: not UTF-8; decoded as {enc} "
                "(charset-normalizer's best guess)"
            )
        if stream is not None:
            stream.write_result(r)

    try:
        with dask_client(args.scheduler, args.jobs) as c:
            stats = run_to_sinks(
                sources,
                opts,
                sinks,
                jobs=args.jobs,
                client=c,
                progress=progress,
                on_result=on_result,
            )
    except CorpusError as exc:
        _abort(file_out, sinks)
        raise _UsageError(str(exc)) from None
    except BaseException:
        _abort(file_out, sinks)
        raise
    all_failed = stats.articles > 0 and stats.failed == stats.articles
    if stream is not None:
        if all_failed and file_out is not None:
            file_out.abort()
        else:
            stream.finish()
            if file_out is not None:
                file_out.commit()
    return _report_run(stats, enc_warnings, to_files=to_files, all_failed=all_failed)


def _report_run(stats: RunStats, enc: list[str], *, to_files: bool, all_failed: bool) -> int:
    err = sys.stderr
    if len(enc) <= 5:
        for w in enc:
            print(f"mediakit: warning: {w}", file=err)
    else:
        print(f"mediakit: warning: {stats.encoding_warning()}", file=err)
    if all_failed:
        if stats.articles == 1:
            raise ArticleError(stats.first_error or "the article failed")
        if not to_files:
            raise ArticleError(
                f"all {stats.articles} articles failed; the first: {stats.first_error}"
            )
    if stats.failed or to_files:
        print(f"mediakit: {stats.summary()}", file=err)
    if all_failed:
        return 2
    return 1 if stats.failed else 0


def _write_atomic(path: Path, data: str, *, force: bool) -> None:
    _check_output(path, force)
    write_text_atomic(path, data)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = _build_parser()
        if not args_list:
            args_list = ["analyze"]
        args = parser.parse_args(args_list)
        if args.command is None:
            parser.print_help()
            return 0
        if args.command == "compare":
            error = run_compare(args)
            if error is not None:
                raise _UsageError(error)
            return 0
        if args.command == "report":
            from mediakit._report import ReportError, build_report

            try:
                build_report(args.paths, args.output, force=args.force)
            except ReportError as exc:
                raise _UsageError(str(exc)) from None
            return 0
        if args.command in _cli_check.COMMANDS:
            return _cli_check.run(args)
        return _run_analyze(args)
    except (ArticleError, _UsageError, CorpusError, _cli_check.CheckError) as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mediakit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

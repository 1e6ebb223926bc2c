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
import sys
from collections.abc import Sequence
from typing import Any

from mediakit import _cli_check
from mediakit._analyze_run import AnalyzeRequest, UsageError, run_analyze
from mediakit._compare import add_compare_parser, run_compare
from mediakit._compiled import save as save_patterns
from mediakit._run import TABLES
from mediakit._sinks import CorpusError
from mediakit._text import ArticleError
from mediakit._version import __version__

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mediakit", description="Explainable framing metrics for news articles.")
    p.add_argument("--version", action="version", version=f"mediakit {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_analyze_parser(sub)
    _add_report_parser(sub)
    _cli_check.add_parsers(sub)
    add_compare_parser(sub)
    return p


def _add_analyze_parser(sub: Any) -> None:
    """The ``analyze`` command's arguments."""
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
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="analyse on N processes (default: one per CPU, at most 8; the first article "
        "is analysed before any other process starts, so one article uses one; "
        "with - among the inputs, 1); every N gives the same output",
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
    an.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="use your own list beside mediakit's: cues=PATH or source_types=PATH, in the "
        "shipped file's format (repeatable)",
    )


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


def _request(args: argparse.Namespace) -> AnalyzeRequest:
    return AnalyzeRequest(
        inputs=args.paths,
        format=args.format,
        output=args.output,
        out_dir=args.out_dir,
        tables=args.tables,
        jobs=args.jobs,
        scheduler=args.scheduler,
        text_column=args.text_column,
        timeout=args.timeout,
        time_limit=args.time_limit,
        progress=args.progress,
        force=args.force,
        lexicons=tuple(args.lexicon),
    )


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
                raise UsageError(error)
            return 0
        if args.command == "report":
            from mediakit._report import ReportError, build_report

            try:
                build_report(args.paths, args.output, force=args.force)
            except ReportError as exc:
                raise UsageError(str(exc)) from None
            return 0
        if args.command in _cli_check.COMMANDS:
            return _cli_check.run(args)
        code = run_analyze(_request(args), stdout=sys.stdout, stderr=sys.stderr)
        save_patterns()  # the large patterns' code, for the next command (_compiled.py)
        return code
    except (ArticleError, UsageError, CorpusError, _cli_check.CheckError) as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mediakit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

"""The ``mediakit`` command line.

``mediakit analyze [PATH ...] [--format table|json|jsonl|csv] [-o FILE]``;
with no PATH it analyses the bundled seed article.  User errors exit with
code 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mediakit._analysis import Analysis, analyze
from mediakit._corpus import seed_path
from mediakit._text import ArticleError
from mediakit._version import __version__

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
        help="analyse articles (default: the bundled seed article)",
        description="Analyse one or more UTF-8 text articles.",
    )
    an.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt); none = the bundled seed article",
    )
    an.add_argument(
        "--format",
        choices=["table", "json", "jsonl", "csv"],
        default="table",
        help="table: readable summary (default); json: one document, or a list for "
        "several paths; jsonl: one document per line; csv: one row per article",
    )
    an.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically) instead of standard output",
    )
    an.add_argument("--force", action="store_true", help="overwrite an existing output file")
    rp = sub.add_parser("report", help="write a standalone HTML report (runs the report notebook)",
                        description="Execute mediakit's report notebook for one article in a "
                        "fresh kernel and write it as standalone HTML (no code cells).")
    rp.add_argument("path", nargs="?", metavar="PATH",
                    help="article file (.txt); none = the bundled seed article")
    rp.add_argument("-o", "--output", metavar="FILE", default="report.html",
                    help="HTML file to write (default: report.html)")
    rp.add_argument("--force", action="store_true", help="overwrite an existing output file")
    return p


def _analyze_path(path: str) -> Analysis:
    a = analyze(Path(path))
    if a.words == 0:
        raise ArticleError(f"{path}: the article is empty (no words after any metadata line)")
    return a


def _fmt(v: object) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def _table(a: Analysis) -> str:
    md = a.metadata
    m = a.metrics
    lines = [
        f"mediakit {__version__} — {md.path}",
        f"title: {md.title or '—'}   date: {md.date or '—'}",
        f"{a.words} words ({a.story_words} story, {a.voice_counts['boilerplate']} "
        f"boilerplate) in {len(a.sentences)} sentences, {len(a.paragraphs)} paragraphs",
        "",
        "Voices (share of words):",
    ]
    for v in ("direct", "reported", "frame", "narration", "boilerplate"):
        share = m[f"{v}_share"]
        bar = "#" * round(40 * float(share)) if isinstance(share, float) else ""
        lines.append(f"  {v:<12}{_fmt(share):>7}  {bar}")
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
            lines.append(f"  {key:<32} {_fmt(value)}")
    for warning in a.warnings:
        lines.append(f"warning: {warning}")
    lines.append("")
    lines.append("Definitions: docs/metrics.md; JSON (--format json) has every label and offset.")
    return "\n".join(lines) + "\n"


def _csv(analyses: Sequence[Analysis]) -> str:
    buf = io.StringIO()
    rows = [a.summary().iloc[0].to_dict() for a in analyses]
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()


def _render(analyses: Sequence[Analysis], fmt: str) -> str:
    if fmt == "table":
        return "\n".join(_table(a) for a in analyses)
    if fmt == "json":
        if len(analyses) == 1:
            return analyses[0].to_json() + "\n"
        return (
            json.dumps(
                [a.to_dict() for a in analyses], ensure_ascii=False, indent=2, allow_nan=False
            )
            + "\n"
        )
    if fmt == "jsonl":
        return "".join(a.to_json(indent=None) + "\n" for a in analyses)
    return _csv(analyses)


def _write_atomic(path: Path, data: str, *, force: bool) -> None:
    if path.exists() and not force:
        raise _UsageError(f"{path}: already exists; use --force to overwrite it")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise _UsageError(f"{path}: the folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
        if args.command == "report":
            from mediakit._report import ReportError, build_report

            try:
                build_report(args.path, args.output, force=args.force)
            except ReportError as exc:
                raise _UsageError(str(exc)) from None
            return 0
        paths = args.paths or [str(seed_path())]
        analyses = [_analyze_path(p) for p in paths]
        out = _render(analyses, args.format)
        if args.output:
            _write_atomic(Path(args.output), out, force=args.force)
        else:
            sys.stdout.write(out)
        return 0
    except (ArticleError, _UsageError) as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mediakit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

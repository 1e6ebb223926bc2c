"""The command line's checking commands: ``export``, ``evaluate`` and ``agree``
(docs/agreement.md).  They only parse arguments and call library functions; bad
input raises :class:`CheckError` (one line, exit code 2)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from mediakit._agreement import agreement, confusion, evaluate_sheet
from mediakit._analysis import Analysis
from mediakit._export import (
    SheetError,
    coding_sheet,
    read_analyses,
    read_sheet,
    write_brat,
    write_sheet,
)
from mediakit.evaluate.brat import (
    ROLES,
    BratError,
    brat_files,
    check_folder,
    evaluate_brat,
    format_report,
    nested,
    parse_ann,
    score_pairs,
)
from mediakit.samples import seed_path

__all__ = ["CheckError", "add_parsers", "run"]

COMMANDS = ("export", "evaluate", "agree")


class CheckError(Exception):
    """A usage error of a checking command (one line)."""


def add_parsers(sub: Any) -> None:
    """Add ``export``, ``evaluate`` and ``agree`` to the ``mediakit`` subparsers."""
    ex = sub.add_parser(
        "export",
        help="write mediakit's labels for correction: brat standoff or a coding sheet",
        description="Write mediakit's attributions as brat standoff (NAME.txt + NAME.ann, "
        "PolNeAR's scheme) or a coding sheet (.csv or .xlsx, one row per sentence).",
    )
    ex.add_argument(
        "paths",
        nargs="*",
        metavar="INPUT",
        help="articles, as for analyze: files, folders, tables (.csv, .jsonl, .parquet: "
        "one article per row), URLs, - for standard input (default: the seed article)",
    )
    ex.add_argument("--format", choices=["brat", "sheet"], default=None, help="default: from -o")
    ex.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="brat: a folder; sheet: FILE"
    )
    ex.add_argument("--force", action="store_true", help="overwrite existing files")
    ex.add_argument("--text-column", default="text", help="the text column of a table input (text)")
    ev = sub.add_parser(
        "evaluate",
        help="score mediakit against your annotations (brat folder or corrected sheet)",
        description="brat DIR: span precision, recall and F1 per role, attribution density "
        "and content share.  sheet FILE: voice accuracy and confusion, source and cue agreement.",
    )
    ev.add_argument("kind", choices=["brat", "sheet"])
    ev.add_argument("path", metavar="PATH")
    ev.add_argument("--json", action="store_true", help="print JSON")
    ag = sub.add_parser(
        "agree",
        help="agreement between coders: coding sheets or brat folders",
        description="Sheets: per field Krippendorff's alpha (nominal), Cohen's kappa (two "
        "coders), percent agreement and the voice confusion matrix.  brat folders: span F1.",
    )
    ag.add_argument("coders", nargs="+", metavar="CODER", help="two or more sheets or folders")
    ag.add_argument("--json", action="store_true", help="print JSON")


def _analyses(inputs: list[str], text_column: str) -> list[Analysis]:
    """The articles to export, read as ``analyze`` reads them; their reading warnings
    (an encoding guessed) on standard error."""
    analyses = list(read_analyses(inputs or [str(seed_path())], text_column=text_column))
    for a in analyses:
        for w in a.warnings:
            print(f"mediakit: warning: {a.metadata.path}: {w}", file=sys.stderr)
    return analyses


def _export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    fmt = args.format or ("sheet" if out.suffix.lower() in (".csv", ".xlsx") else "brat")
    analyses = _analyses(args.paths, args.text_column)
    if fmt == "sheet":
        if out.exists() and not args.force:
            raise CheckError(f"{out}: already exists; use --force to overwrite it")
        if out.suffix.lower() not in (".csv", ".xlsx"):
            raise CheckError(f"{out}: a coding sheet is .csv or .xlsx")
        write_sheet(coding_sheet(analyses), out)
    else:
        if out.exists() and not out.is_dir():
            raise CheckError(f"{out}: exists and is not a folder")
        if out.is_dir() and any(out.glob("*.ann")) and not args.force:
            raise CheckError(f"{out}: already holds .ann files; use --force to overwrite them")
        write_brat(analyses, out)
    print(f"mediakit: wrote {len(analyses)} article(s) to {out}", file=sys.stderr)
    return 0


def _clean(x: Any) -> Any:
    if isinstance(x, float) and math.isnan(x):
        return None
    if isinstance(x, dict):
        return {k: _clean(v) for k, v in x.items()}
    return x


def _evaluate(args: argparse.Namespace) -> int:
    if args.kind == "brat":
        res = evaluate_brat(check_folder(args.path))
        if args.json:
            print(json.dumps(nested(res), indent=2))
        else:
            print(format_report(res, title=f"mediakit against {args.path}"))
        return 0
    out = evaluate_sheet(args.path)
    matrix = out.pop("voice_confusion")
    if args.json:
        out["voice_confusion"] = {str(k): v for k, v in matrix.to_dict(orient="index").items()}
        print(json.dumps(_clean(out), indent=2))
        return 0
    print(f"mediakit against {args.path}: {out['sentences']} sentences")
    print(f"voice accuracy: {out['voice_accuracy']:.3f}")
    for field in ("voice", "source", "cue", "source_type"):
        f = out[field]
        print(f"{field:<12} agreement {f['percent']:.3f}   Cohen's kappa {_num(f['cohen_kappa'])}")
    print("voice confusion (rows: the coder's sheet, columns: mediakit):")
    print(matrix.to_string())
    return 0


def _num(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.3f}"


def _agree_brat(folders: list[Path]) -> dict[str, dict[str, float | None]]:
    """Span F1 between each pair of coders' folders (articles matched by name), averaged."""
    coded = [{name: (text, parse_ann(raw)) for name, text, raw in brat_files(f)} for f in folders]
    sums: dict[str, dict[str, float]] = {r: {"exact_f1": 0.0, "overlap_f1": 0.0} for r in ROLES}
    n = 0
    for i in range(len(coded)):
        for j in range(i + 1, len(coded)):
            shared = sorted(set(coded[i]) & set(coded[j]))
            if not shared:
                raise CheckError(f"{folders[i]} and {folders[j]} share no article")
            res = score_pairs((coded[i][k][0], coded[j][k][1], coded[i][k][1]) for k in shared)
            n += 1
            for r in ROLES:
                for m in ("exact", "overlap"):
                    sums[r][f"{m}_f1"] += res[f"{r}_{m}_f1"]
    return {r: {k: v / n for k, v in d.items()} for r, d in sums.items()}


def _agree(args: argparse.Namespace) -> int:
    if len(args.coders) < 2:
        raise CheckError("agree needs at least two coders (sheets or brat folders)")
    paths = [Path(c) for c in args.coders]
    dirs = [p.is_dir() for p in paths]
    if any(dirs) and not all(dirs):
        raise CheckError("give either coding sheets or brat folders, not both")
    if all(dirs):
        res = _agree_brat([check_folder(p) for p in paths])
        if args.json:
            print(json.dumps(res, indent=2))
        else:
            print(f"span F1 between {len(paths)} coders (pairwise mean)")
            for r, d in res.items():
                print(f"{r:<8} exact {d['exact_f1']:.3f}   overlap {d['overlap_f1']:.3f}")
        return 0
    sheets = [read_sheet(p) for p in paths]
    table = agreement(*sheets)
    matrix = None
    if len(sheets) == 2:
        matrix = confusion(sheets[0], sheets[1], "voice", names=(paths[0].stem, paths[1].stem))
    if args.json:
        doc: dict[str, Any] = {str(rec.pop("field")): rec for rec in table.to_dict("records")}
        if matrix is not None:
            doc["voice"]["confusion"] = matrix.to_dict(orient="index")
        print(json.dumps(_clean(doc), indent=2))
        return 0
    print(f"agreement between {len(sheets)} coders ({', '.join(map(str, paths))})")
    print(f"{'field':<12} {'units':>5} {'alpha':>7} {'kappa':>7} {'percent':>8}")
    for rec in table.to_dict("records"):
        print(
            f"{rec['field']:<12} {rec['units']:>5} {_num(rec['krippendorff_alpha']):>7} "
            f"{_num(rec['cohen_kappa']):>7} {_num(rec['percent']):>8}"
        )
    if matrix is not None:
        print(f"voice confusion (rows: {paths[0]}, columns: {paths[1]}):")
        print(matrix.to_string())
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one checking command; bad input raises :class:`CheckError` (or a sheet,
    brat or article error), each one line."""
    try:
        if args.command == "export":
            return _export(args)
        if args.command == "evaluate":
            return _evaluate(args)
        return _agree(args)
    except (SheetError, BratError) as exc:
        raise CheckError(str(exc)) from None

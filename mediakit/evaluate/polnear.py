"""Measure attribution against PolNeAR (Newell, Margolin & Ruths 2018).

Usage: ``python -m mediakit.evaluate polnear DIR`` where ``DIR`` is a split
directory holding ``text/NAME.txt`` and ``attributions/NAME_XXXX.ann``.

The data are never copied into the project; this module only reads them.
The scoring is that of any brat folder (:mod:`mediakit.evaluate.brat`, also
``mediakit evaluate brat DIR``): this harness is that scoring on a PolNeAR split.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mediakit.evaluate.brat import _TRIM as _TRIM
from mediakit.evaluate.brat import Pieces as Pieces
from mediakit.evaluate.brat import _match_exact as _match_exact
from mediakit.evaluate.brat import _match_overlap as _match_overlap
from mediakit.evaluate.brat import _trim as _trim
from mediakit.evaluate.brat import evaluate_brat, parse_ann
from mediakit.evaluate.brat import format_report as format_report
from mediakit.evaluate.brat import predict as predict
from mediakit.evaluate.brat import spearman as spearman

__all__ = [
    "GoldArticle",
    "evaluate_polnear",
    "load_split",
    "main",
    "predict",
    "spearman",
]

_parse_ann = parse_ann  # the name the tests know it by


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article and its gold attribution relations (role -> pieces)."""

    name: str
    text: str
    relations: tuple[dict[str, Pieces], ...]


def annotated_files(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """``(name, text, annotation)`` of each article of a directory in PolNeAR's layout
    (``text/NAME.txt``, ``attributions/NAME_XXXX.ann``; the first ``.ann`` in sort
    order), read without newline translation (brat offsets count every character)."""
    root = Path(path)
    for txt in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        with open(anns[0], encoding="utf-8", newline="") as fh:
            yield txt.stem, text, fh.read()


def load_split(path: str | Path) -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split directory, each with its first annotation file."""
    for name, text, raw in annotated_files(path):
        yield GoldArticle(name, text, tuple(parse_ann(raw)))


def evaluate_polnear(path: str | Path) -> dict[str, float]:
    """Score attribution on one PolNeAR split directory; a flat dict of figures."""
    return evaluate_brat(path)


def annotated_dir(argv: list[str], command: str, what: str) -> Path | None:
    """The one directory argument of an evaluation ``command``, or None after a one-line
    message on stderr when there is not exactly one or it lacks ``text/`` and
    ``attributions/`` (``what`` names what it should be)."""
    if len(argv) != 1:
        sys.stderr.write(f"usage: python -m mediakit.evaluate {command} DIR\n")
        return None
    root = Path(argv[0])
    if not (root / "text").is_dir() or not (root / "attributions").is_dir():
        sys.stderr.write(f"{root}: not {what} (needs text/ and attributions/)\n")
        return None
    return root


def main(argv: list[str]) -> int:
    """``polnear DIR``: print the figures; exit 2 when DIR is not a PolNeAR split."""
    root = annotated_dir(argv, "polnear", "a PolNeAR split directory")
    if root is None:
        return 2
    sys.stdout.write(format_report(evaluate_polnear(root)) + "\n")
    return 0

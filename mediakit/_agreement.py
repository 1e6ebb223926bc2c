"""Agreement between coders, and mediakit scored on a corrected coding sheet.

Statistics (our own implementations, documented in ``docs/agreement.md``):

* :func:`krippendorff_alpha`, nominal, any number of coders, missing values
  allowed: ``1 - (n - 1) * D_o / D_e`` from the coincidence matrix, where a unit
  with ``m`` values adds ``1 / (m - 1)`` for each ordered pair of its values and
  units with fewer than two values are left out (Krippendorff 2011, "Computing
  Krippendorff's Alpha-Reliability").
* :func:`cohen_kappa`, two coders: ``(p_o - p_e) / (1 - p_e)`` over the units both
  coded, ``p_e`` from each coder's own label shares (Cohen 1960).
* :func:`percent_agreement`: the share of agreeing pairs of values within units.

A value is missing when a coder's sheet has no row for the unit or the cell
holds ``?``; an empty cell is the label "none" (no source, no cue).
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediakit._analysis import Analysis
from mediakit._compiled import compile_pattern
from mediakit._export import NOT_CODED, SheetError, analysis_of, coding_sheet, read_sheet
from mediakit._ingest import iter_inputs
from mediakit._lazy import lazy_import
from mediakit.evaluate import brat

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")

__all__ = [
    "FIELDS",
    "agreement",
    "cohen_kappa",
    "confusion",
    "evaluate_brat",
    "evaluate_sheet",
    "krippendorff_alpha",
    "percent_agreement",
]

#: The coded fields of a sheet that agreement is computed on.
FIELDS = ("voice", "source", "cue", "source_type")
Units = Sequence[Sequence[Hashable | None]]  # units x coders, None = missing


def _pairable(units: Units) -> list[list[Hashable]]:
    return [vals for vals in ([v for v in u if v is not None] for u in units) if len(vals) >= 2]


def coincidences(units: Units) -> dict[tuple[Hashable, Hashable], float]:
    """The coincidence matrix ``o[c, k]`` of nominal reliability data (units x coders)."""
    o: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for vals in _pairable(units):
        w = 1 / (len(vals) - 1)
        for i, c in enumerate(vals):
            for j, k in enumerate(vals):
                if i != j:
                    o[(c, k)] += w
    return o


def krippendorff_alpha(units: Units) -> float:
    """Krippendorff's alpha for nominal data; ``units`` is a list of units, each the
    list of the coders' values (None = missing).  nan when there is no variation
    (every pairable value the same) or nothing pairable."""
    o = coincidences(units)
    n_c: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _k), w in o.items():
        n_c[c] += w
    n = sum(n_c.values())
    observed = sum(w for (c, k), w in o.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if n <= 1 or expected == 0:
        return math.nan
    return 1 - (n - 1) * observed / expected


def _both(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> list[tuple[Any, Any]]:
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def cohen_kappa(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float:
    """Cohen's kappa of two coders over the units both coded (None = missing); nan when
    chance agreement is 1 (both used one and the same label) or no unit is shared."""
    pairs = _both(a, b)
    if not pairs:
        return math.nan
    n = len(pairs)
    p_o = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    p_e = sum(ca[c] * cb[c] for c in ca) / (n * n)
    if p_e == 1:
        return math.nan
    return float((p_o - p_e) / (1 - p_e))


def percent_agreement(units: Units) -> float:
    """The share of agreeing pairs of values within units (for two coders: the share
    of units both coded where they agree); nan when nothing is pairable."""
    agree = total = 0
    for vals in _pairable(units):
        for i in range(len(vals)):
            for j in range(i + 1, len(vals)):
                total += 1
                agree += vals[i] == vals[j]
    return agree / total if total else math.nan


_SPACE = compile_pattern(r"\s+")
_EDGE = " \t\"'“”‘’.,;:!?()[]"


def normalize(field: str, value: str) -> str | None:
    """A sheet cell as compared: None for ``?`` (not coded); ``source`` and ``cue`` are
    case-folded, with runs of white space made one space and quotation marks and
    punctuation at either end removed."""
    v = value.strip()
    if v == NOT_CODED:
        return None
    if field in ("source", "cue"):
        v = _SPACE.sub(" ", v).strip(_EDGE).casefold()
    return v


def _unit_table(sheets: Sequence[pd.DataFrame], field: str) -> list[list[str | None]]:
    """Units (article, start, end) x coders for one field, in the first-seen order."""
    keyed: list[dict[tuple[str, int, int], str | None]] = []
    order: dict[tuple[str, int, int], None] = {}
    for sh in sheets:
        d: dict[tuple[str, int, int], str | None] = {}
        for art, s, e, v in zip(sh["article"], sh["start"], sh["end"], sh[field], strict=True):
            key = (str(art), int(s), int(e))
            d[key] = normalize(field, str(v))
            order.setdefault(key)
        keyed.append(d)
    return [[d.get(key) for d in keyed] for key in order]


def _as_sheet(item: pd.DataFrame | str | os.PathLike[str]) -> pd.DataFrame:
    return item if isinstance(item, pd.DataFrame) else read_sheet(item)


def agreement(
    *sheets: pd.DataFrame | str | os.PathLike[str], fields: Sequence[str] = FIELDS
) -> pd.DataFrame:
    """Agreement between two or more coders' sheets (DataFrames or paths), one row per
    field: ``units`` (coded by at least two), ``krippendorff_alpha``, ``cohen_kappa``
    (two coders only, else nan) and ``percent``.  Units are sentences, matched on
    ``article``, ``start`` and ``end``."""
    if len(sheets) < 2:
        raise SheetError("agreement needs at least two coders' sheets")
    frames = [_as_sheet(s) for s in sheets]
    rows = []
    for field in fields:
        units = _unit_table(frames, field)
        kappa = math.nan
        if len(frames) == 2:
            kappa = cohen_kappa([u[0] for u in units], [u[1] for u in units])
        rows.append(
            {
                "field": field,
                "units": len(_pairable(units)),
                "krippendorff_alpha": krippendorff_alpha(units),
                "cohen_kappa": kappa,
                "percent": percent_agreement(units),
            }
        )
    return pd.DataFrame(rows)


def confusion(
    a: pd.DataFrame | str | os.PathLike[str],
    b: pd.DataFrame | str | os.PathLike[str],
    field: str = "voice",
    *,
    names: tuple[str, str] = ("a", "b"),
) -> pd.DataFrame:
    """The confusion matrix of two coders on one field: rows are ``a``'s labels, columns
    ``b``'s (the axes are called ``names``), cells the number of units both coded
    (``(none)`` stands for an empty cell)."""
    units = _unit_table([_as_sheet(a), _as_sheet(b)], field)
    pairs = [
        (x or "(none)", y or "(none)")
        for x, y in _both([u[0] for u in units], [u[1] for u in units])
    ]
    labels = sorted({x for x, _ in pairs} | {y for _, y in pairs})
    counts = Counter(pairs)
    table = pd.DataFrame(
        [[counts[(x, y)] for y in labels] for x in labels], index=labels, columns=labels
    )
    table.index.name, table.columns.name = names
    return table


def _find(name: str, sheet_path: Path | None) -> Path | None:
    p = Path(name)
    tries = [p]
    if sheet_path is not None and not p.is_absolute():
        tries += [d / p for d in sheet_path.resolve().parents]
    return next((t for t in tries if t.is_file()), None)


def _resolve(labels: Sequence[str], sheet_path: Path) -> dict[str, Path | Analysis]:
    """The article each of a sheet's ``article`` labels names (in the order given): a
    file, or a table's row (``news.csv#3``, as ``mediakit export`` names it), read again
    as it was exported; each table is read once, however many of its rows are named.
    A label found nowhere raises :class:`SheetError` naming the sheet row it is first on."""
    first_row: dict[str, int] = {}
    for i, label in enumerate(labels, start=2):
        first_row.setdefault(label, i)
    found: dict[str, Path | Analysis] = {}
    by_table: dict[Path, dict[str, str]] = {}  # table -> {row number: label}
    for label in first_row:
        path = _find(label, sheet_path)
        file, sep, n = label.rpartition("#")
        table = _find(file, sheet_path) if path is None and sep and n.isdigit() else None
        if path is not None:
            found[label] = path
        elif table is not None:
            by_table.setdefault(table, {})[n] = label
        else:
            raise _not_found(sheet_path, first_row[label], label)
    for table, wanted in by_table.items():
        for src in iter_inputs(table):
            n = src.id.rpartition("#")[2]
            if n in wanted:
                found[wanted.pop(n)] = analysis_of(src)
        if wanted:
            label = min(wanted.values(), key=first_row.__getitem__)
            raise _not_found(sheet_path, first_row[label], label)
    return {label: found[label] for label in first_row}


def _not_found(sheet_path: Path, row: int, label: str) -> SheetError:
    return SheetError(
        f"{sheet_path}: row {row}: article {label!r} not found (relative to here or the "
        "sheet; an article read from a URL or standard input must be saved as a file)"
    )


def _key(row: Any) -> tuple[str, int, int]:
    return (str(row["article"]), int(row["start"]), int(row["end"]))


def check_rows(sheet: pd.DataFrame, ours: pd.DataFrame) -> None:
    """Every row of a coder's ``sheet`` must be a sentence of mediakit's ``ours`` (same
    article, start, end and text); :class:`SheetError` names the first that is not."""
    known = {_key(r): str(r["text"]) for r in ours.to_dict("records")}
    for i, r in enumerate(sheet.to_dict("records"), start=2):
        key = _key(r)
        if key not in known:
            raise SheetError(f"row {i}: no sentence of {key[0]} runs from {key[1]} to {key[2]}")
        if _SPACE.sub(" ", str(r["text"])).strip() != _SPACE.sub(" ", known[key]).strip():
            raise SheetError(f"row {i}: the text differs from the article's at {key[1]}-{key[2]}")


def evaluate_sheet(path: str | os.PathLike[str]) -> dict[str, Any]:
    """mediakit against a corrected coding sheet (the coder's labels are the reference):
    ``sentences``, ``voice_accuracy``, and for each of :data:`FIELDS` ``percent``
    and ``cohen_kappa``; ``voice_confusion`` (coder's voice x mediakit's).  Articles
    are found by the ``article`` column, relative to here or to the sheet's folders."""
    p = Path(path)
    gold = read_sheet(p)
    articles = _resolve([str(a) for a in gold["article"]], p)  # a SheetError names the row
    ours = coding_sheet(list(articles.values()), names=list(articles))
    try:
        check_rows(gold, ours)
    except SheetError as exc:
        raise SheetError(f"{p}: {exc}") from None
    table = agreement(gold, ours)
    out: dict[str, Any] = {"sentences": len(gold)}
    for r in table.to_dict("records"):
        out[str(r["field"])] = {"percent": r["percent"], "cohen_kappa": r["cohen_kappa"]}
    out["voice_accuracy"] = out["voice"]["percent"]
    out["voice_confusion"] = confusion(gold, ours, "voice", names=("coder", "mediakit"))
    return out


def evaluate_brat(path: str | os.PathLike[str]) -> pd.DataFrame:
    """mediakit against a folder of brat annotations (``NAME.txt`` + ``NAME.ann``, or
    PolNeAR's ``text/`` + ``attributions/``), as ``mediakit evaluate brat DIR --json``
    prints it, in long form: columns ``measure`` (source, cue, content,
    density_per_1000w, content_share, articles), ``statistic`` and ``value``."""
    res = brat.nested(brat.evaluate_brat(brat.check_folder(path)))
    rows = [
        {"measure": m, "statistic": k, "value": math.nan if v is None else float(v)}
        for m, stats in res.items()
        for k, v in stats.items()
    ]
    return pd.DataFrame(rows, columns=["measure", "statistic", "value"])

"""Where corpus rows go: the output tables' columns (from their declarations) and the
writers that stream rows to Parquet (``pyarrow.parquet.ParquetWriter``, in batches) or
CSV, into a temporary file that replaces the target only when the run has finished."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import IO, Any, Protocol

from mediakit._atomic import temp_beside
from mediakit._tables import TABLE_SPECS
from mediakit.metrics import METRICS

__all__ = [
    "INPUT_COLUMNS",
    "CorpusError",
    "CsvSink",
    "ExcelSink",
    "ParquetSink",
    "Sink",
    "coerce",
    "columns",
    "open_sink",
]

#: The columns of the ``articles`` table that describe the input, before the metrics.
INPUT_COLUMNS = [
    "path",
    "title",
    "date",
    "article_id",
    "outlet",
    "url",
    "encoding",
    "error",
    "warnings",
]
_BATCH_ROWS = 2048


class CorpusError(ValueError):
    """A corpus run cannot start (bad options, an output that already exists)."""


# ---------------------------------------------------------------- schemas


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """``(column, kind)`` pairs of an output table; kind is int, float, bool or str.

    From the declarations: :data:`mediakit._tables.TABLE_SPECS` for the long tables,
    the registered metrics (``mediakit.metrics.METRICS``, each with its kind) for
    ``articles``; nothing is analysed to learn them.
    """
    if table == "articles":
        out = [(c, "str") for c in INPUT_COLUMNS]
        out += [(m.name, m.kind) for m in METRICS.values()]
        return tuple(out)
    return (("article_id", "str"), *TABLE_SPECS[table])


def _cell(v: Any, kind: str) -> Any:
    if v is None or (isinstance(v, float) and v != v):
        return None
    if kind == "int":
        return int(v)
    if kind == "float":
        return float(v)
    if kind == "bool":
        return bool(v)
    return v if isinstance(v, str) else str(v)


def coerce(rows: Iterable[dict[str, Any]], cols: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    return [{c: _cell(r.get(c), k) for c, k in cols} for r in rows]


# ---------------------------------------------------------------- writers


class Sink(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class ParquetSink:
    """Rows to a Parquet file, written in row groups of ``batch`` rows."""

    def __init__(self, path: Path, cols: Sequence[tuple[str, str]], batch: int = _BATCH_ROWS):
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
        self._pa = pa
        self.path = path
        self.cols = list(cols)
        self.schema = pa.schema([(c, types[k]) for c, k in cols])
        self.batch = batch
        self._buf: list[dict[str, Any]] = []
        self._tmp = temp_beside(path)
        try:
            self._writer = pq.ParquetWriter(self._tmp, self.schema)
        except BaseException:
            self._tmp.unlink(missing_ok=True)
            raise

    def _flush(self) -> None:
        if self._buf:
            table = self._pa.Table.from_pylist(coerce(self._buf, self.cols), schema=self.schema)
            self._writer.write_table(table)
            self._buf = []

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._buf.extend(rows)
        if len(self._buf) >= self.batch:
            self._flush()

    def close(self) -> None:
        self._flush()
        if self._writer.is_open:
            self._writer.write_table(self.schema.empty_table())
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self._tmp.unlink(missing_ok=True)


class CsvSink:
    """Rows appended to a CSV file (or a stream) as they come; ``None`` is an empty cell."""

    def __init__(self, target: Path | IO[str], cols: Sequence[tuple[str, str]]):
        self.cols = list(cols)
        self.path: Path | None = None
        self._tmp: Path | None = None
        if isinstance(target, Path):
            self.path = target
            self._tmp = temp_beside(target)
            self._fh: IO[str] = self._tmp.open("w", encoding="utf-8", newline="")
        else:
            self._fh = target
        self._w = csv.DictWriter(
            self._fh, fieldnames=[c for c, _ in cols], lineterminator="\n", extrasaction="ignore"
        )
        self._w.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        for r in coerce(rows, self.cols):
            self._w.writerow({k: "" if v is None else v for k, v in r.items()})

    def close(self) -> None:
        self._fh.flush()
        if self._tmp is not None and self.path is not None:
            self._fh.close()
            os.replace(self._tmp, self.path)

    def abort(self) -> None:
        if self._tmp is not None:
            with contextlib.suppress(Exception):
                self._fh.close()
            self._tmp.unlink(missing_ok=True)


class ExcelSink:
    """Rows to an Excel workbook (one sheet named after the table), written at the end:
    a workbook cannot be streamed, so the rows are kept until :meth:`close` (use CSV or
    Parquet for a large corpus).  Needs openpyxl (``pip install 'mediakit[excel]'``)."""

    def __init__(self, path: Path, cols: Sequence[tuple[str, str]], table: str):
        import importlib.util

        if importlib.util.find_spec("openpyxl") is None:
            raise CorpusError("writing .xlsx needs openpyxl: pip install 'mediakit[excel]'")
        self.path = path
        self.cols = list(cols)
        self.table = table
        self._rows: list[dict[str, Any]] = []

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._rows.extend(coerce(rows, self.cols))

    def close(self) -> None:
        import pandas as pd

        frame = pd.DataFrame(self._rows, columns=[c for c, _ in self.cols])
        tmp = temp_beside(self.path)
        try:
            frame.to_excel(tmp, index=False, sheet_name=self.table[:31], engine="openpyxl")
            os.replace(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)

    def abort(self) -> None:
        self._rows = []


def open_sink(path: Path, table: str, fmt: str) -> Sink:
    cols = columns(table)
    if fmt == "xlsx":
        return ExcelSink(path, cols, table)
    if fmt == "parquet":
        try:
            return ParquetSink(path, cols)
        except ImportError:
            raise CorpusError(
                "writing Parquet needs pyarrow: pip install 'mediakit[corpus]' (or use CSV)"
            ) from None
    return CsvSink(path, cols)

"""Where a run's output goes: the output tables' columns (from their declarations), the
writers that stream rows to Parquet (``pyarrow.parquet.ParquetWriter``, in batches) or
CSV, into a temporary file that replaces the target only when the run has finished, and
the sinks of whole results: each article's document (readable table, JSON, JSON Lines)
and the run's warnings on standard error."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from mediakit._atomic import AtomicFile, temp_beside
from mediakit._json import error_document, to_json
from mediakit._tables import TABLE_SPECS
from mediakit.metrics import METRICS

if TYPE_CHECKING:
    from mediakit._run import Result

__all__ = [
    "INPUT_COLUMNS",
    "CorpusError",
    "CsvSink",
    "DocumentSink",
    "ExcelSink",
    "ParquetSink",
    "ResultSink",
    "Sink",
    "WarningLog",
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


# ---------------------------------------------------------------- whole results


class ResultSink(Protocol):
    """Receives each article's whole result, in input order (after the table sinks)."""

    def add(self, r: Result) -> None: ...


class DocumentSink:
    """Each article's document as text, written as results come: ``table`` (the readable
    summary; failed articles are left out), ``json`` (one document bare, several as a
    list) or ``jsonl`` (one per line).  The text of an analysed article is its result's
    ``extra``, made where it was analysed; a failed one's is built here from its row.
    To a stream, or to ``path`` through a temporary file that :meth:`close` renames."""

    def __init__(self, fmt: str, out: IO[str] | None = None, path: Path | None = None) -> None:
        self.fmt = fmt
        self._file: AtomicFile | None = None
        if path is not None:
            self._file = AtomicFile(path)
            self.out: IO[str] = self._file.fh
        elif out is not None:
            self.out = out
        else:
            raise ValueError("DocumentSink needs a stream or a path")
        self.n = 0
        self._first: str | None = None

    def add(self, r: Result) -> None:
        if self.fmt == "table":
            if not r.row.get("error"):
                self.out.write(("\n" if self.n else "") + str(r.extra))
                self.n += 1
            return
        if r.row.get("error"):
            text = to_json(error_document(r.row), 2 if self.fmt == "json" else None)
        else:
            text = str(r.extra)
        if self.fmt == "jsonl":
            self.out.write(text + "\n")
        elif self.n == 0:
            self._first = text  # a single document is written bare, several as a list
        else:
            if self.n == 1:
                self.out.write("[\n" + _indented(self._first or ""))
            self.out.write(",\n" + _indented(text))
        self.n += 1

    def close(self) -> None:
        """End the text (the JSON list) and put the file in place."""
        if self.fmt == "json":
            if self.n == 1:
                self.out.write((self._first or "") + "\n")
            elif self.n > 1:
                self.out.write("\n]\n")
            else:
                self.out.write("[]\n")
        if self._file is not None:
            self._file.commit()

    def abort(self) -> None:
        """Leave no file (and any existing one as it was)."""
        if self._file is not None:
            self._file.abort()


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class WarningLog:
    """The run's warnings on ``err`` as results come: an article's analysis warnings
    (the first ``limit``, then one line saying where the rest are), and the inputs not
    decoded as UTF-8 kept in :attr:`encodings` for the end of the run (at most 6)."""

    def __init__(self, err: IO[str], limit: int = 5) -> None:
        self.err = err
        self.limit = limit
        self.shown = 0
        self.encodings: list[str] = []

    def add(self, r: Result) -> None:
        for w in r.warnings:  # the analysis's warnings (not English, markup ...)
            if self.shown < self.limit:
                self.err.write(f"mediakit: warning: {r.row['article_id']}: {w}\n")
            elif self.shown == self.limit:
                self.err.write(
                    "mediakit: warning: more warnings are in the warnings column/field\n"
                )
            self.shown += 1
        enc = r.row.get("encoding")
        if enc and enc not in ("utf-8", "utf-16") and len(self.encodings) < 6:
            self.encodings.append(
                f"{r.row['article_id']}: not UTF-8; decoded as {enc} "
                "(charset-normalizer's best guess)"
            )

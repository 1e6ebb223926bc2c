"""Reading articles from many kinds of input, for corpus runs.

An *input* is a path, a directory, a glob pattern, a URL, a pandas DataFrame
with a text column, or a text.  :func:`iter_inputs` expands inputs lazily
into :class:`Input` records (one per article, in a stable order, each with a
stable ``id``); :func:`load` turns one input into :class:`Decoded` (its
decoded text and metadata).  Reading files and fetching URLs happens in
:func:`load`, so it runs in the worker processes of a parallel run; rows of
CSV, JSONL and Parquet files are read (streamed) where the inputs are made.

Article ids: a file's path (``news/a.txt``); ``FILE#N`` for the N-th data row
of a table file (N counts from 1, the header is not a row); the URL for a URL;
the DataFrame's index label for a DataFrame row; the position (from 0) for a
text given directly.

Decoding (:func:`decode_bytes`): UTF-8 first (a byte-order mark is dropped);
otherwise charset-normalizer's best guess among the legacy encodings of the
WHATWG Encoding Standard (the ones web pages and office software actually
use), recorded in ``Decoded.encoding`` with a warning.  Binary data (NUL
bytes, a PDF, ZIP, image or other file signature, or many control
characters) is refused with :class:`ArticleError`.  Offsets are always
offsets into the decoded text.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mediakit._compiled import compile_pattern
from mediakit._decode import EXACT_ENCODINGS, decode_bytes, encoding_warning, file_encoding
from mediakit._lazy import imported_types, lazy_import
from mediakit._text import (
    MAX_ARTICLE_BYTES,
    ArticleError,
    Metadata,
    check_size,
    parse_metadata,
    read_bytes,
)

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")  # imported when first used (mediakit/_lazy.py)

__all__ = [
    "ARTICLE_SUFFIXES",
    "Decoded",
    "Input",
    "decode_bytes",
    "is_locator",
    "is_url",
    "iter_inputs",
    "load",
    "read_article",
]

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".parquet"})
#: File name endings that are read as articles when a directory is given.
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
#: Metadata columns read from table files (and DataFrames) besides the text.
META_COLUMNS = ("title", "date", "outlet", "url")
DEFAULT_TIMEOUT = 30.0
_MAX_FETCH_BYTES = 20 * 1024 * 1024
_ISO_DATE = compile_pattern(r"\A\s*(\d{4})-(\d{2})-(\d{2})")
_GLOB_CHARS = compile_pattern(r"[*?\[]")
_URL = compile_pattern(r"\Ahttps?://\S+\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Input:
    """One article to read: a file, a URL, or a text already in memory.

    ``kind`` is ``"text"`` (``text`` holds the article: a table row or a text
    given directly), ``"file"`` (a ``.txt`` file), ``"html"`` (a saved web
    page) or ``"url"``; ``error`` is set when the input failed before any
    article could be read (a missing file, a table without a text column).
    """

    id: str
    kind: str
    location: str | None = None
    text: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    encoding: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Decoded:
    """An input's decoded text and what is known about it (parsed: :class:`mediakit.Article`)."""

    id: str
    text: str
    metadata: Metadata
    outlet: str | None = None
    url: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------- metadata


def _clean(v: Any) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str):
        if isinstance(v, float) and v != v:  # NaN
            return None
        # pandas' other missing values (NA, NaT) exist only once pandas is imported
        try:
            if "pandas" in sys.modules and pd.isna(v):
                return None
        except (TypeError, ValueError):
            pass
    s = str(v).strip()
    return s or None


def _iso_date(raw: str | None) -> str | None:
    if not raw:
        return None
    m = _ISO_DATE.match(raw)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _article(
    src: Input, text: str, *, path: str | None, encoding: str | None, warnings: tuple[str, ...]
) -> Decoded:
    md = parse_metadata(text, path=path)
    if src.title is not None or src.date is not None:
        md = replace(
            md,
            title=src.title if src.title is not None else md.title,
            date=_iso_date(src.date) if src.date is not None else md.date,
            date_raw=src.date if src.date is not None else md.date_raw,
        )
    return Decoded(
        id=src.id,
        text=text,
        metadata=md,
        outlet=src.outlet,
        url=src.url,
        encoding=encoding,
        warnings=warnings,
    )


# ---------------------------------------------------------------- HTML and URLs


def _extract_html(html: str, *, source: str, url: str | None) -> Input:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - depends on the installation
        raise ArticleError(
            f"{source}: reading web pages needs trafilatura: pip install 'mediakit[corpus]'"
        ) from None
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ArticleError(f"{source}: no article text found in the page")
    return Input(
        id=source,
        kind="text",
        text=text,
        title=_clean(getattr(doc, "title", None)),
        date=_clean(getattr(doc, "date", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)) or url,
    )


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Fetch a web page (GET, following redirects); raises :class:`ArticleError`."""
    # imported here: urllib.request brings http.client, email and ssl, about 0.02 s of
    # every command's start, and only a URL needs it
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "mediakit (+corpus analysis)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data: bytes = resp.read(_MAX_FETCH_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: cannot be fetched (HTTP {exc.code} {exc.reason})") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise ArticleError(
                f"{url}: cannot be fetched (no answer within {timeout:g} s)"
            ) from None
        raise ArticleError(f"{url}: cannot be fetched ({reason})") from None
    except TimeoutError:
        raise ArticleError(f"{url}: cannot be fetched (no answer within {timeout:g} s)") from None
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{url}: cannot be fetched ({exc})") from None
    if len(data) > _MAX_FETCH_BYTES:
        raise ArticleError(f"{url}: the page is larger than {_MAX_FETCH_BYTES >> 20} MB")
    return data


# ---------------------------------------------------------------- loading


def load(src: Input, *, timeout: float = DEFAULT_TIMEOUT) -> Decoded:
    """Read one source: its decoded text and metadata.  Raises :class:`ArticleError`."""
    if src.error is not None:
        raise ArticleError(src.error)
    if src.kind == "text":
        return _article(src, src.text or "", path=src.location, encoding=src.encoding, warnings=())
    if src.kind == "stdin":
        text, encoding = decode_bytes(_read_stdin(), source="-")
        warns = () if encoding in EXACT_ENCODINGS else (encoding_warning("-", encoding),)
        return _article(src, text, path=None, encoding=encoding, warnings=warns)
    if src.kind == "url":
        assert src.location is not None
        html, encoding = decode_bytes(fetch(src.location, timeout=timeout), source=src.location)
        page = _extract_html(html, source=src.id, url=src.location)
        warns = () if encoding in EXACT_ENCODINGS else (encoding_warning(src.id, encoding),)
        return _article(page, page.text or "", path=None, encoding=encoding, warnings=warns)
    assert src.location is not None
    path = Path(src.location)
    text, encoding = decode_bytes(read_bytes(path), source=src.location)
    warns = () if encoding in EXACT_ENCODINGS else (encoding_warning(src.location, encoding),)
    if src.kind == "html":
        page = _extract_html(text, source=src.id, url=None)
        return _article(page, page.text or "", path=src.location, encoding=encoding, warnings=warns)
    return _article(src, text, path=src.location, encoding=encoding, warnings=warns)


def _read_stdin() -> bytes:
    """Standard input's bytes (``-`` as an input), at most :data:`MAX_ARTICLE_BYTES`."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("-: standard input is not available")
    data: bytes = stream.read(MAX_ARTICLE_BYTES + 1)
    check_size(Path("-"), len(data))
    return data


def read_article(locator: str | os.PathLike[str], *, timeout: float = DEFAULT_TIMEOUT) -> Decoded:
    """One article from a text file, an HTML page (a file or a URL), read and decoded as
    every part of mediakit reads it: the library's :func:`mediakit.analyze`, the command
    line, the report and corpus runs.

    Bytes are UTF-8 (a BOM dropped), else UTF-16 with its mark, else the encoding that
    charset-normalizer finds (the article's ``warnings`` then say which); binary data,
    a directory or a table of articles raise :class:`ArticleError` with a one-line
    message.
    """
    s = os.fspath(locator)
    if s == "-" and not isinstance(locator, os.PathLike):  # a Path("-") is a file
        return load(Input(id="-", kind="stdin", location="-"), timeout=timeout)
    if is_url(s):
        return load(Input(id=s, kind="url", location=s, url=s), timeout=timeout)
    p = Path(s)
    suffix = p.suffix.lower()
    if p.is_dir():
        raise ArticleError(
            f"{s}: is a directory; analyse its articles with mediakit.analyze_corpus or "
            "`mediakit analyze DIR`"
        )
    if suffix in TABLE_SUFFIXES:
        raise ArticleError(
            f"{s}: is a table of articles; analyse it with mediakit.analyze_corpus or "
            "`mediakit analyze FILE`"
        )
    kind = "html" if suffix in HTML_SUFFIXES else "file"
    return load(Input(id=s, kind=kind, location=s), timeout=timeout)


# ---------------------------------------------------------------- expanding inputs


def is_url(s: str) -> bool:
    return bool(_URL.match(s))


def is_locator(s: str) -> bool:
    """Whether a string names an input (URL, path, directory, glob) rather than being a text.

    A single line is a locator when it is ``-`` (standard input), a URL, names an existing file or
    directory, is a glob pattern matching something, or ends like an article
    file (``.txt``, ``.csv`` ...: a missing file is then an error, not a text).
    """
    if "\n" in s or "\r" in s or len(s) > 4096 or not s.strip():
        return False
    if s == "-" or is_url(s):
        return True
    try:
        p = Path(s)
        if p.exists() or p.suffix.lower() in ARTICLE_SUFFIXES:
            return True
    except (OSError, ValueError):
        return False
    return bool(_GLOB_CHARS.search(s)) and any(True for _ in glob.iglob(s, recursive=True))


def _row_input(
    sid: str, file: str | None, row: Mapping[Any, Any], text_column: str, encoding: str | None
) -> Input:
    text = row.get(text_column)
    meta = {k: _clean(row.get(k)) for k in META_COLUMNS}
    if text is None or not isinstance(text, str) or not text.strip():
        what = "missing" if text is None or _clean(text) is None else f"not text ({text!r:.40})"
        return Input(
            id=sid,
            kind="text",
            location=file,
            error=f"{sid}: the text is {what}",
            encoding=encoding,
            **meta,
        )
    return Input(id=sid, kind="text", location=file, text=text, encoding=encoding, **meta)


def _missing_column(file: str, columns: Iterable[str], text_column: str) -> Input:
    cols = ", ".join(str(c) for c in columns) or "none"
    return Input(
        id=file,
        kind="text",
        location=file,
        error=f"{file}: has no {text_column!r} column (columns: {cols}); "
        "name the text column with --text-column",
    )


#: Rows read (and checked) before any is yielded: pandas' ``chunksize`` in _pandas_csv_rows.
_CSV_CHUNK = 500


class _NotPlainCSV(Exception):
    """Something in the file that the csv module may read otherwise than pandas."""


def _plain_csv_chunks(path: Path, encoding: str) -> Iterator[tuple[list[str], list[list[str]]]]:
    """The header and the rows of a plain CSV file, ``_CSV_CHUNK`` rows at a time, read
    with the csv module; raises :class:`_NotPlainCSV` at the first thing pandas may
    read otherwise (no header, an empty or repeated column name, a row of another
    width, a blank-looking line, a quoting error, a decoding error)."""
    try:
        with path.open(encoding=encoding, newline="") as fh:
            reader = csv.reader(fh, strict=True)
            header = next(reader, None)
            if not header or not all(header) or len(set(header)) != len(header):
                raise _NotPlainCSV
            width = len(header)
            chunk: list[list[str]] = []
            for fields in reader:
                if len(fields) != width or (width == 1 and not fields[0].strip()):
                    if not fields:
                        continue  # an empty line: pandas skips it too
                    raise _NotPlainCSV
                chunk.append(fields)
                if len(chunk) == _CSV_CHUNK:
                    yield header, chunk
                    chunk = []
            yield header, chunk
    except (csv.Error, UnicodeError) as exc:
        raise _NotPlainCSV from exc


def _csv_rows(path: Path, text_column: str) -> Iterator[Input]:
    """The rows of a CSV file as pandas reads them (every value a string, no missing
    values but for short rows).  A plain file -- nearly every one -- is read with the
    csv module, which saves importing pandas (about 0.4 s of a corpus command);
    from the first thing it may read otherwise, pandas reads the rest of the file.
    ``tests/test_ingest.py`` checks both give the same sources."""
    file = str(path)
    encoding = file_encoding(path)
    enc = encoding.replace("-sig", "")
    n = 0
    try:
        for header, chunk in _plain_csv_chunks(path, encoding):
            if text_column not in header:
                yield _missing_column(file, header, text_column)
                return
            for fields in chunk:
                n += 1
                row = dict(zip(header, fields, strict=True))
                yield _row_input(f"{file}#{n}", file, row, text_column, enc)
        return
    except _NotPlainCSV:
        pass
    yield from _pandas_csv_rows(path, text_column, skip=n)


def _pandas_csv_rows(path: Path, text_column: str, *, skip: int = 0) -> Iterator[Input]:
    """The rows of a CSV file as pandas reads them, but the first ``skip``."""
    file = str(path)
    encoding = file_encoding(path)
    n = 0
    with pd.read_csv(
        path, dtype=str, keep_default_na=False, na_values=[], encoding=encoding, chunksize=500
    ) as reader:
        for chunk in reader:
            if text_column not in chunk.columns:
                yield _missing_column(file, chunk.columns, text_column)
                return
            for row in chunk.to_dict("records"):
                n += 1
                if n > skip:
                    yield _row_input(
                        f"{file}#{n}", file, row, text_column, encoding.replace("-sig", "")
                    )


def _jsonl_rows(path: Path, text_column: str) -> Iterator[Input]:
    file = str(path)
    encoding = file_encoding(path)
    enc = encoding.replace("-sig", "")
    with path.open(encoding=encoding, newline="") as fh:
        n = 0
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Input(
                    id=f"{file}#{n}",
                    kind="text",
                    location=file,
                    error=f"{file}#{n}: line {lineno} is not JSON ({exc.msg})",
                )
                continue
            if not isinstance(row, dict):
                yield Input(
                    id=f"{file}#{n}",
                    kind="text",
                    location=file,
                    error=f"{file}#{n}: line {lineno} is not a JSON object",
                )
                continue
            yield _row_input(f"{file}#{n}", file, row, text_column, enc)


def _parquet_rows(path: Path, text_column: str) -> Iterator[Input]:
    file = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the installation
        yield Input(
            id=file,
            kind="text",
            location=file,
            error=f"{file}: reading Parquet needs pyarrow: pip install 'mediakit[corpus]'",
        )
        return
    pf = pq.ParquetFile(path)
    names = pf.schema_arrow.names
    if text_column not in names:
        yield _missing_column(file, names, text_column)
        return
    cols = [text_column, *(c for c in META_COLUMNS if c in names and c != text_column)]
    n = 0
    for batch in pf.iter_batches(batch_size=500, columns=cols):
        for row in batch.to_pylist():
            n += 1
            yield _row_input(f"{file}#{n}", file, row, text_column, "utf-8")


def _table_rows(path: Path, text_column: str) -> Iterator[Input]:
    reader = {".csv": _csv_rows, ".jsonl": _jsonl_rows, ".parquet": _parquet_rows}
    rows = reader[path.suffix.lower()](path, text_column)
    n = 0
    try:
        for n, src in enumerate(rows, 1):  # noqa: B007
            yield src
    except ArticleError as exc:
        yield Input(id=str(path), kind="text", location=str(path), error=str(exc))
        return
    except Exception as exc:  # a malformed table file: record it, go on with the corpus
        where = f" after row {n}" if n else ""
        msg = f"{path}: cannot be read as {path.suffix[1:].upper()}{where} ({exc})".splitlines()[0]
        yield Input(id=str(path), kind="text", location=str(path), error=msg)
        return
    if n == 0:
        yield Input(id=str(path), kind="text", location=str(path), error=f"{path}: has no rows")


def _file_inputs(path: Path, text_column: str) -> Iterator[Input]:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        yield from _table_rows(path, text_column)
    elif suffix in HTML_SUFFIXES:
        yield Input(id=str(path), kind="html", location=str(path))
    else:
        yield Input(id=str(path), kind="file", location=str(path))


def _dir_files(d: Path) -> list[Path]:
    return sorted(
        (p for p in d.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()),
        key=lambda p: p.as_posix(),
    )


def _locator_inputs(s: str, text_column: str) -> Iterator[Input]:
    if s == "-":
        yield Input(id="-", kind="stdin", location="-")  # standard input
        return
    if is_url(s):
        yield Input(id=s, kind="url", location=s, url=s)
        return
    p = Path(s)
    if p.is_dir():
        files = _dir_files(p)
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
        if not files:
            yield Input(
                id=s,
                kind="file",
                location=s,
                error=f"{s}: is a directory with no article files ({kinds})",
            )
        for f in files:
            yield from _file_inputs(f, text_column)
        return
    if p.exists() or not _GLOB_CHARS.search(s):
        yield from _file_inputs(p, text_column)
        return
    matches = sorted(glob.glob(s, recursive=True))
    files = [Path(m) for m in matches if Path(m).is_file()]
    if not files:
        yield Input(id=s, kind="file", location=s, error=f"{s}: the pattern matches no files")
    for f in files:
        yield from _file_inputs(f, text_column)


def _frame_inputs(df: pd.DataFrame, text_column: str) -> Iterator[Input]:
    if text_column not in df.columns:
        yield _missing_column("DataFrame", df.columns, text_column)
        return
    cols = [text_column, *(c for c in META_COLUMNS if c in df.columns)]
    for idx, row in zip(df.index, df[cols].to_dict("records"), strict=True):
        yield _row_input(str(idx), None, row, text_column, None)


def iter_inputs(
    inputs: Any,
    *,
    text_column: str = "text",
) -> Iterator[Input]:
    """Expand inputs into one :class:`Input` per article, lazily and in a stable order.

    ``inputs`` is one input or an iterable of them: a ``pathlib.Path``; a
    ``str`` that is a URL, a path, a directory (its article files, recursively,
    sorted), or a glob pattern (sorted matches), otherwise a text; a
    DataFrame with a text column (one article per row); a Series of texts.
    Inputs that fail (a missing file, a pattern that matches nothing, a table
    without the text column) become sources with ``error`` set.
    """
    # (pandas is not imported to ask: a DataFrame can only exist once it is)
    tables = imported_types("pandas", "DataFrame", "Series")
    frame, series = tables[:1], tables[1:]
    if isinstance(inputs, (str, os.PathLike, *tables)):
        inputs = [inputs]
    for i, item in enumerate(inputs):
        if isinstance(item, frame):
            yield from _frame_inputs(cast("pd.DataFrame", item), text_column)
        elif isinstance(item, series):
            yield from _frame_inputs(cast("pd.Series", item).to_frame(text_column), text_column)
        elif isinstance(item, os.PathLike):
            yield from _locator_inputs(os.fspath(item), text_column)
        elif isinstance(item, str):
            if is_locator(item):
                yield from _locator_inputs(item, text_column)
            else:
                yield Input(id=str(i), kind="text", text=item)
        else:
            yield Input(
                id=str(i),
                kind="text",
                error=f"input {i}: {type(item).__name__} is not a path, URL, text or DataFrame",
            )

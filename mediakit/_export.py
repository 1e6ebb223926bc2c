"""mediakit's labels for a person to correct: brat standoff and a coding sheet.

* :func:`write_brat` writes ``NAME.txt`` (the text analysed, byte for byte) and
  ``NAME.ann`` in PolNeAR's scheme: ``Source``, ``Cue`` and ``Content`` text-bound
  spans, an ``Attribution`` trigger (on the cue, else on the content, else on the
  source) and an ``E`` event joining them; ``#`` notes say why (on the trigger: the
  structure rule, cue kind and source type; on the source: its canonical name).
  ``annotation.conf`` makes the folder a brat/INCEpTION collection.
* :func:`coding_sheet` is one row per sentence (columns in :data:`SHEET_COLUMNS`,
  documented in ``docs/agreement.md``); :func:`read_sheet` reads a (corrected)
  sheet back, checking every row, and raises :class:`SheetError` naming the row.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mediakit._analysis import Analysis, analyze, analyze_decoded
from mediakit._atomic import temp_beside, write_text_atomic
from mediakit._attribution import Attribution
from mediakit._ingest import Input, is_url, iter_inputs, load
from mediakit._lazy import lazy_import

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy_import("pandas")

__all__ = [
    "SENTENCE_VOICES",
    "SHEET_COLUMNS",
    "SOURCE_TYPES",
    "SheetError",
    "coding_sheet",
    "read_sheet",
    "write_brat",
    "write_sheet",
]

SHEET_COLUMNS = (
    "article",
    "sentence",
    "start",
    "end",
    "text",
    "voice",
    "source",
    "cue",
    "source_type",
)
#: The voices a sentence can have (``Analysis.sentence_voices``).
SENTENCE_VOICES = ("direct", "reported", "mixed", "narration", "boilerplate")
#: The source types of ``data/source_types.tsv``, and "unknown" when no rule fires.
SOURCE_TYPES = (
    "anonymous",
    "document",
    "expert",
    "media",
    "military",
    "official",
    "organisation",
    "party",
    "police_emergency",
    "social_media",
    "unknown",
    "witness",
)
#: A cell holding this is not coded (a missing value); an empty cell means "none".
NOT_CODED = "?"

ANNOTATION_CONF = """\
# brat / INCEpTION configuration for mediakit's export (PolNeAR's attribution scheme)
[entities]
Source
Cue
Content

[relations]

[events]
Attribution\tSource?:Source, Cue?:Cue, Content?:Content

[attributes]
"""


class SheetError(ValueError):
    """A coding sheet that cannot be read; the message is one line naming the row."""


def read_analyses(inputs: Sequence[str], *, text_column: str = "text") -> Iterator[Analysis]:
    """Each article of ``inputs`` analysed, read as ``mediakit analyze`` reads them (files,
    folders, the rows of CSV / JSONL / Parquet tables, URLs, ``-`` for standard input).

    An article's ``metadata.path`` is where it came from: its file, else its input's id
    (``news.csv#3`` for a table's third row, the URL, ``-``), so that exported names and
    sheet rows say it.  Its reading warnings (an encoding guessed) come first in its
    ``warnings``.  Raises :class:`ArticleError` (one line) for an input that cannot be
    read or has no words.
    """
    for src in iter_inputs(list(inputs), text_column=text_column):
        yield analysis_of(src)


def analysis_of(src: Input) -> Analysis:
    """One input of :func:`read_analyses`, analysed as that function says."""
    path = None if src.kind in ("file", "html") else src.id
    return analyze_decoded(load(src), src.id, path=path)


def _name(a: Analysis, k: int) -> str:
    """A file name for article ``k`` of an export: its file's name without the ending,
    ``NAME_3`` for row 3 of ``NAME.csv``, the URL's host and path, ``stdin`` for ``-``."""
    path = a.metadata.path
    if not path:
        return f"article_{k + 1}"
    if path == "-":
        return "stdin"
    if is_url(path):
        parts = urlsplit(path)
        slug = re.sub(r"[^\w.-]+", "_", f"{parts.netloc}{parts.path}").strip("_.")
        return slug[:100] or f"article_{k + 1}"
    file, sep, row = path.rpartition("#")
    if sep and row.isdigit():
        return f"{Path(file).stem}_{row}"
    return Path(path).stem


def _ann_lines(attributions: Sequence[Attribution]) -> list[str]:
    lines: list[str] = []
    t = n = 0
    for e, a in enumerate(attributions, 1):
        args: list[str] = []
        source_id = ""
        roles = (
            ("Source", [a.source] if a.source else []),
            ("Cue", [a.cue] if a.cue else []),
            ("Content", list(a.content)),
        )
        for label, spans in roles:
            if not spans:
                continue
            t += 1
            offsets = ";".join(f"{s.start} {s.end}" for s in spans)
            shown = " ".join(s.text for s in spans)
            lines.append(f"T{t}\t{label} {offsets}\t{_one_line(shown)}")
            args.append(f"{label}:T{t}")
            source_id = f"T{t}" if label == "Source" else source_id
        first = a.cue or (a.content[0] if a.content else None) or a.source
        if first is None:
            continue
        anchor = (first.start, first.end)
        if source_id and a.source_name:
            n += 1
            lines.append(f"#{n}\tAnnotatorNotes {source_id}\t{_one_line(a.source_name)}")
        t += 1
        trigger = f"T{t}"
        lines.append(f"{trigger}\tAttribution {anchor[0]} {anchor[1]}\t{_one_line(first.text)}")
        lines.append(f"E{e}\tAttribution:{trigger} " + " ".join(args))
        n += 1
        note = (
            f"mediakit: rule {a.rule}; cue kind {a.cue_kind or 'none'}; "
            f"source type {a.source_type} ({a.source_type_rule}); content {a.kind}"
        )
        lines.append(f"#{n}\tAnnotatorNotes {trigger}\t{_one_line(note)}")
    return lines


def _one_line(text: str) -> str:
    return re.sub(r"\s", " ", text)


def write_brat(
    articles: Iterable[Analysis | str | os.PathLike[str]], out_dir: str | os.PathLike[str]
) -> list[Path]:
    """Write ``NAME.txt`` + ``NAME.ann`` for each article (an :class:`Analysis`, or what
    :func:`mediakit.analyze` reads) and ``annotation.conf`` into ``out_dir`` (created if
    needed); NAME is the file name without its ending.  The ``.ann`` paths written."""
    analyses = (a if isinstance(a, Analysis) else analyze(a) for a in articles)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    seen: set[str] = set()
    for k, a in enumerate(analyses):
        name = _name(a, k)
        if name in seen:
            raise SheetError(f"two articles are both named {name!r}: rename one")
        seen.add(name)
        write_text_atomic(out / f"{name}.txt", a.text)  # no newline translation: offsets hold
        lines = _ann_lines(a.attributions)
        write_text_atomic(out / f"{name}.ann", "".join(line + "\n" for line in lines))
        written.append(out / f"{name}.ann")
    write_text_atomic(out / "annotation.conf", ANNOTATION_CONF)
    return written


def _sentence_attribution(a: Analysis, k: int) -> Attribution | None:
    """The attribution of sentence ``k``: the one whose content covers most of its
    characters (the first on a tie), else the first whose cue is in it, else None."""
    s = a.sentences[k]
    best: Attribution | None = None
    most = 0
    for at in a.attributions:
        n = sum(max(0, min(c.end, s.end) - max(c.start, s.start)) for c in at.content)
        if n > most:
            best, most = at, n
    if best is None:
        best = next((at for at in a.attributions if at.sentence == k), None)
    return best


def _source_label(at: Attribution | None) -> str:
    if at is None:
        return ""
    if at.source_name:
        return at.source_name
    return at.source.text if at.source is not None else ""


def coding_sheet(
    articles: Iterable[Analysis | str | os.PathLike[str]], *, names: Sequence[str] | None = None
) -> pd.DataFrame:
    """mediakit's labels as a coding sheet: one row per sentence, columns
    :data:`SHEET_COLUMNS`.  ``article`` is the path the article was read from (or
    ``names``); ``voice`` is ``Analysis.sentence_voices``; ``source``, ``cue`` and
    ``source_type`` are those of the sentence's attribution (the one whose content
    covers most of the sentence, else the one whose cue is in it; empty when none)."""
    rows: list[dict[str, Any]] = []
    for k, item in enumerate(articles):
        a = item if isinstance(item, Analysis) else analyze(item)
        label = names[k] if names is not None else (a.metadata.path or f"article_{k + 1}")
        voices = a.sentence_voices
        for i, s in enumerate(a.sentences):
            at = _sentence_attribution(a, i)
            rows.append(
                {
                    "article": label,
                    "sentence": i,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "voice": voices[i],
                    "source": _source_label(at),
                    "cue": at.cue.text if at is not None and at.cue is not None else "",
                    "source_type": at.source_type if at is not None else "",
                }
            )
    return pd.DataFrame(rows, columns=list(SHEET_COLUMNS))


def _excel_engine() -> None:
    if importlib.util.find_spec("openpyxl") is None:
        raise SheetError("reading or writing .xlsx needs openpyxl: pip install 'mediakit[excel]'")


def write_sheet(sheet: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write a coding sheet to ``.csv`` (UTF-8) or ``.xlsx`` (needs openpyxl), atomically."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        write_text_atomic(out, sheet.to_csv(index=False, lineterminator="\n"))
    elif suffix == ".xlsx":
        _excel_engine()
        tmp = temp_beside(out)
        try:
            sheet.to_excel(tmp, index=False, engine="openpyxl")
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        raise SheetError(f"{out}: a coding sheet is .csv or .xlsx")
    return out


def _load(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise SheetError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _excel_engine()
        raw = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
    elif suffix == ".csv":
        try:
            raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise SheetError(f"{path}: not a readable CSV file ({first})") from None
    else:
        raise SheetError(f"{path}: a coding sheet is .csv or .xlsx")
    return raw


def read_sheet(path: str | os.PathLike[str]) -> pd.DataFrame:
    """A coding sheet read back and checked: the columns of :data:`SHEET_COLUMNS` (others
    are kept), ``sentence``/``start``/``end`` whole numbers, ``voice`` one of
    :data:`SENTENCE_VOICES` or ``?``, ``source_type`` empty, ``?`` or one of
    :data:`SOURCE_TYPES`.  Raises :class:`SheetError` naming the first bad row (rows
    are numbered as a spreadsheet shows them: the header is row 1)."""
    p = Path(path)
    raw = _load(p)
    missing = [c for c in SHEET_COLUMNS if c not in raw.columns]
    if missing:
        raise SheetError(f"{p}: missing column(s) {', '.join(missing)}")
    sheet = raw.copy()
    for col in ("article", "text", "voice", "source", "cue", "source_type"):
        sheet[col] = sheet[col].astype(str).str.strip()
    for i, row in enumerate(sheet.itertuples(index=False), start=2):
        for col in ("sentence", "start", "end"):
            value = str(getattr(row, col)).strip()
            if not value.isdigit():
                raise SheetError(f"{p}: row {i}: {col} {value!r} is not a whole number")
        if row.voice not in SENTENCE_VOICES and row.voice != NOT_CODED:
            raise SheetError(
                f"{p}: row {i}: unknown voice {row.voice!r} "
                f"(one of {', '.join(SENTENCE_VOICES)}, or ? for not coded)"
            )
        if row.source_type not in (*SOURCE_TYPES, "", NOT_CODED):
            raise SheetError(
                f"{p}: row {i}: unknown source_type {row.source_type!r} "
                f"(one of {', '.join(SOURCE_TYPES)}, empty for none, or ?)"
            )
    for col in ("sentence", "start", "end"):
        sheet[col] = sheet[col].astype(int)
    keys = sheet[["article", "start", "end"]].astype(str).agg("|".join, axis=1)
    dup = keys.duplicated()
    if dup.any():
        i = int(dup.to_numpy().nonzero()[0][0]) + 2
        raise SheetError(f"{p}: row {i}: the same sentence appears twice")
    return sheet

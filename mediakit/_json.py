"""The JSON form of an analysis (schema ``mediakit.analysis/1``, documented in
``docs/json.md``): one function of the :class:`~mediakit.Analysis`, and the documents
``mediakit analyze --format json|jsonl`` writes (the analysis with its ``input``, or a
failed input with its ``error``), serialised where the article was analysed.

The lists that are also long tables (sentences, attributions, quotes, sources, people,
markers) are built from the tables' row builders (``mediakit/_tables.py``), so the JSON
and the tables cannot drift: every column of a table is a key of its JSON records, with
the same value, except where the JSON gives a span ``{start, end, text}`` for a column
the table gives as text (:data:`SPAN_KEYS`).  ``tests/test_json_tables.py`` checks it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from mediakit._lazy import lazy_import
from mediakit._spans import Span
from mediakit._tables import (
    attribution_rows,
    marker_rows,
    quote_rows,
    sentence_rows,
)
from mediakit._version import __version__

if TYPE_CHECKING:
    import orjson

    from mediakit._analysis import Analysis
    from mediakit._ingest import Decoded
else:
    orjson = lazy_import("orjson")  # only JSON output needs it (mediakit/_lazy.py)

__all__ = [
    "SCHEMA",
    "SPAN_KEYS",
    "analysis_dict",
    "document",
    "document_json",
    "document_line",
    "error_document",
    "to_json",
]

SCHEMA = "mediakit.analysis/1"

#: The keys whose JSON value is a span ``{start, end, text}`` (or null) where the long
#: table of the same name gives the text (attributions' ``content``: the table joins the
#: pieces with " … ", the JSON spans the first to the last and lists the pieces in
#: ``content_pieces``; the sources' and people's ``gender_evidence``: the table gives
#: its text and, in ``gender_evidence_start``, its start).
SPAN_KEYS: dict[str, tuple[str, ...]] = {
    "attributions": ("source", "cue", "content"),
    "sources": ("gender_evidence",),
    "people": ("gender_evidence",),
}


def _span_dict(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else s.to_dict()


def analysis_dict(an: Analysis) -> dict[str, Any]:
    """``an`` as the versioned JSON document (plain dicts, lists, strings and numbers)."""
    md = an.metadata
    return {
        "schema": SCHEMA,
        "mediakit_version": __version__,
        "article": {
            "path": md.path,
            "title": md.title,
            "date": md.date,
            "date_raw": md.date_raw,
            "body_start": md.body_start,
            "characters": len(an.text),
            "words": an.words,
            "sentences": len(an.sentences),
            "paragraphs": len(an.paragraphs),
        },
        "warnings": list(an.warnings),
        "metrics": dict(an.metrics),
        "voice_words": dict(an.voice_counts),
        "sentences": sentence_rows(an),
        "attributions": _attributions(an),
        "quotes": quote_rows(an),
        "marked_terms": [m.to_dict() for m in an.marked_terms],
        "sources": [s.to_dict() for s in an.sources],
        "people": [p.to_dict() for p in an.people],
        "boilerplate": [
            {"start": b.start, "end": b.end, "text": b.text, "rule": b.rule, "reason": b.reason}
            for b in an.boilerplate
        ],
        "markers": marker_rows(an),
    }


def _attributions(an: Analysis) -> list[dict[str, Any]]:
    """The attribution table's rows with spans for source, cue and content, the content's
    pieces and the indices of the quotes."""
    out = []
    for row, a in zip(attribution_rows(an), an.attributions, strict=True):
        content = None
        if a.content:
            content = Span.of(an.text, a.content[0].start, a.content[-1].end).to_dict()
        row.update(
            source=_span_dict(a.source),
            cue=_span_dict(a.cue),
            content=content,
            content_pieces=[c.to_dict() for c in a.content],
            quotes=list(a.quotes),
        )
        out.append(row)
    return out


def to_json(doc: dict[str, Any], indent: int | None = None) -> str:
    """``doc`` as JSON text: UTF-8 characters as they are, compact (``indent=None``) or
    indented; mediakit's one way.

    Written by orjson (a tenth of the time of the standard library's encoder on the
    Wikinews documents, a twelfth of a corpus run's time per article) where it gives
    :func:`plain_json`'s text: compact or indented by 2.  Other indents, and a document
    orjson refuses (a text holding a lone surrogate, a key that is not a string, an
    integer beyond 64 bits), go through :func:`plain_json` itself.
    ``tests/test_json_tables.py`` ties the two on the sample articles; the one
    difference is the spelling of a number below 1e-4 (``0.00001`` for ``1e-05``: the
    same float when read back).  A NaN or infinity,
    which mediakit never puts in a document (an undefined metric is ``None``), would be
    written as ``null``.
    """
    if indent is None or indent == 2:
        try:
            opt = orjson.OPT_INDENT_2 if indent else 0
            return orjson.dumps(doc, option=opt).decode()
        except orjson.JSONEncodeError:
            pass
    return plain_json(doc, indent)


def plain_json(doc: dict[str, Any], indent: int | None = None) -> str:
    """The standard library's JSON text of ``doc``: the reference :func:`to_json` keeps to
    (compact separators without indent; UTF-8 characters as they are; NaN refused)."""
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        doc, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


def document(an: Analysis, art: Decoded) -> dict[str, Any]:
    """The document of one analysed input: :func:`analysis_dict` and its ``input``."""
    d = analysis_dict(an)
    d["input"] = {
        "article_id": art.id,
        "path": art.metadata.path,
        "outlet": art.outlet,
        "url": art.url,
        "encoding": art.encoding,
    }
    return d


def document_line(an: Analysis, art: Decoded) -> str:
    """:func:`document` as one line of JSON Lines (``--format jsonl``), without the newline."""
    return to_json(document(an, art))


def document_json(an: Analysis, art: Decoded) -> str:
    """:func:`document` indented by 2 (``--format json``)."""
    return to_json(document(an, art), indent=2)


def error_document(row: dict[str, Any]) -> dict[str, Any]:
    """The document of an input that failed, from its ``articles`` row."""
    return {
        "schema": SCHEMA,
        "mediakit_version": __version__,
        "input": {k: row.get(k) for k in ("article_id", "path", "outlet", "url", "encoding")},
        "error": row["error"],
    }

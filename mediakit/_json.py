"""The JSON form of an analysis (schema ``mediakit.analysis/1``, documented in
``docs/json.md``): one function of the :class:`~mediakit.Analysis`, and the documents
``mediakit analyze --format json|jsonl`` writes (the analysis with its ``input``, or a
failed input with its ``error``), serialised where the article was analysed."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from mediakit._spans import Span
from mediakit._tables import marker_rows
from mediakit._version import __version__

if TYPE_CHECKING:
    from mediakit._analysis import Analysis
    from mediakit._ingest import Article

__all__ = [
    "SCHEMA",
    "analysis_dict",
    "document",
    "document_json",
    "document_line",
    "error_document",
    "to_json",
]

SCHEMA = "mediakit.analysis/1"


def _span_dict(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else s.to_dict()


def analysis_dict(an: Analysis) -> dict[str, Any]:
    """``an`` as the versioned JSON document (plain dicts, lists, strings and numbers)."""
    owner = an._quote_owner()
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
        "sentences": [
            {
                "index": i,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "voice": v,
                "compound": e.compound,
                "emotive": e.intensity,
            }
            for i, (s, v, e) in enumerate(
                zip(an.sentences, an.sentence_voices, an.emotion, strict=True)
            )
        ],
        "attributions": [
            {
                "source": _span_dict(a.source),
                "cue": _span_dict(a.cue),
                "content": (
                    None
                    if not a.content
                    else _span_dict(Span.of(an.text, a.content[0].start, a.content[-1].end))
                ),
                "content_pieces": [c.to_dict() for c in a.content],
                "kind": a.kind,
                "cue_lemma": a.cue_lemma,
                "cue_kind": a.cue_kind,
                "sentence": a.sentence,
                "source_name": a.source_name,
                "source_type": a.source_type,
                "source_type_rule": a.source_type_rule,
                "rule": a.rule,
                "quotes": list(a.quotes),
                "in_boilerplate": a.in_boilerplate,
            }
            for a in an.attributions
        ],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "closed": q.closed,
                "attribution": owner.get(i),
            }
            for i, q in enumerate(an.quotes)
        ],
        "marked_terms": [m.to_dict() for m in an.marked_terms],
        "sources": [s.to_dict() for s in an.sources],
        "people": [p.to_dict() for p in an.people],
        "boilerplate": [
            {"start": b.start, "end": b.end, "text": b.text, "rule": b.rule, "reason": b.reason}
            for b in an.boilerplate
        ],
        "markers": marker_rows(an),
    }


def to_json(doc: dict[str, Any], indent: int | None = None) -> str:
    """``doc`` as JSON text: UTF-8 characters as they are, no NaN (mediakit's one way)."""
    return json.dumps(doc, ensure_ascii=False, indent=indent, allow_nan=False)


def document(an: Analysis, art: Article) -> dict[str, Any]:
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


def document_line(an: Analysis, art: Article) -> str:
    """:func:`document` as one line of JSON Lines (``--format jsonl``), without the newline."""
    return to_json(document(an, art))


def document_json(an: Analysis, art: Article) -> str:
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

"""The long tables: each table's columns with their kinds (:data:`TABLE_SPECS`) and
the function that builds its rows from an analysis (:data:`TABLE_ROWS`).  DataFrames,
JSON and the corpus sinks all come from these, so they cannot drift."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mediakit._analysis import Analysis
    from mediakit._spans import Span

__all__ = [
    "TABLE_COLUMNS",
    "TABLE_ROWS",
    "TABLE_SPECS",
    "attribution_rows",
    "marker_rows",
    "people_rows",
    "quote_rows",
    "sentence_rows",
    "source_rows",
]

#: The long tables (``Analysis.sentence_table()`` ... ``marker_table()``): each column
#: with its kind (int, float, bool or str), the one declaration the DataFrames, JSON and
#: the corpus sinks (CSV, Parquet) follow; ``tests/test_analysis.py`` checks that the
#: tables built have exactly these columns and kinds.
TABLE_SPECS: dict[str, tuple[tuple[str, str], ...]] = {
    "sentences": (
        ("index", "int"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("voice", "str"),
        ("words", "int"),
        ("compound", "float"),
        ("emotive", "float"),
        ("subjectivity", "float"),
        ("subjectivity_cues", "str"),
    ),
    "attributions": (
        ("index", "int"),
        ("sentence", "int"),
        ("kind", "str"),
        ("source", "str"),
        ("cue", "str"),
        ("content", "str"),
        ("cue_lemma", "str"),
        ("cue_kind", "str"),
        ("source_name", "str"),
        ("source_type", "str"),
        ("source_type_rule", "str"),
        ("rule", "str"),
        ("in_boilerplate", "bool"),
        ("content_words", "int"),
        ("source_kind", "str"),  # of the canonical source (the sources table)
        ("source_gender", "str"),
    ),
    "quotes": (
        ("index", "int"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("words", "int"),
        ("closed", "bool"),
        ("attribution", "int"),  # the index of its attribution; empty when none
        ("source_name", "str"),
    ),
    "sources": (
        ("name", "str"),
        ("type", "str"),
        ("type_rule", "str"),
        ("mentions", "int"),
        ("attributions", "int"),
        ("direct_words", "int"),
        ("reported_words", "int"),
        ("kind", "str"),
        ("kind_rule", "str"),
        ("gender", "str"),  # empty when the kind is not person
        ("gender_rule", "str"),
        ("gender_evidence", "str"),  # the words that give the gender
        ("gender_evidence_start", "int"),
    ),
    "people": (
        ("name", "str"),
        ("gender", "str"),
        ("gender_rule", "str"),
        ("gender_evidence", "str"),
        ("gender_evidence_start", "int"),
        ("mentions", "int"),
        ("first_mention", "int"),
        ("quoted", "bool"),
        ("attributions", "int"),
    ),
    "markers": (
        ("kind", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("entry", "str"),
        ("category", "str"),
        ("value", "float"),
        ("why", "str"),
        ("sentence", "int"),
    ),
}
#: The column names of each long table (from :data:`TABLE_SPECS`).
TABLE_COLUMNS: dict[str, list[str]] = {
    name: [c for c, _kind in spec] for name, spec in TABLE_SPECS.items()
}


def sentence_rows(an: Analysis) -> list[dict[str, Any]]:
    """The rows of the ``sentences`` table, as plain dicts."""
    words = an._sentence_words
    return [
        {
            "index": i,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "voice": v,
            "words": len(words[i]),
            "compound": e.compound,
            "emotive": e.intensity,
            "subjectivity": j.score,
            "subjectivity_cues": j.explain(),
        }
        for i, (s, v, e, j) in enumerate(
            zip(an.sentences, an.sentence_voices, an.emotion, an.subjectivity, strict=True)
        )
    ]


def attribution_rows(an: Analysis) -> list[dict[str, Any]]:
    """The rows of the ``attributions`` table, as plain dicts (the kind and gender of
    an attribution in boilerplate are empty: its source is not one of the story's)."""
    kinds = {s.name: (s.kind, s.gender) for s in an.sources}
    starts = an._starts  # the words that start in each piece (sum(an._words_in(...)))
    return [
        {
            "index": i,
            "sentence": a.sentence,
            "kind": a.kind,
            "source": a.source.text if a.source else None,
            "cue": a.cue.text if a.cue else None,
            "content": " … ".join(c.text for c in a.content) or None,
            "cue_lemma": a.cue_lemma,
            "cue_kind": a.cue_kind,
            "source_name": a.source_name,
            "source_type": a.source_type,
            "source_type_rule": a.source_type_rule,
            "rule": a.rule,
            "in_boilerplate": a.in_boilerplate,
            "content_words": sum(
                bisect.bisect_left(starts, c.end) - bisect.bisect_left(starts, c.start)
                for c in a.content
            ),
            "source_kind": kinds.get(a.source_name or "(unnamed source)", (None, None))[0],
            "source_gender": kinds.get(a.source_name or "(unnamed source)", (None, None))[1],
        }
        for i, a in enumerate(an.attributions)
    ]


def quote_rows(an: Analysis) -> list[dict[str, Any]]:
    """The rows of the ``quotes`` table, as plain dicts."""
    owner = an._quote_owner()
    return [
        {
            "index": i,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "words": q.words,
            "closed": q.closed,
            "attribution": owner.get(i),
            "source_name": (an.attributions[owner[i]].source_name if i in owner else None),
        }
        for i, q in enumerate(an.quotes)
    ]


def _with_evidence(row: dict[str, Any], ev: Span | None) -> dict[str, Any]:
    """``row`` with the gender evidence as its text and start offset (flat columns)."""
    row["gender_evidence"] = None if ev is None else ev.text
    row["gender_evidence_start"] = None if ev is None else ev.start
    return row


def source_rows(an: Analysis) -> list[dict[str, Any]]:
    """The rows of the ``sources`` table, as plain dicts."""
    return [_with_evidence(s.to_dict(), s.gender_evidence) for s in an.sources]


def people_rows(an: Analysis) -> list[dict[str, Any]]:
    """The rows of the ``people`` table, as plain dicts."""
    return [_with_evidence(p.to_dict(), p.gender_evidence) for p in an.people]


def marker_rows(an: Analysis) -> list[dict[str, Any]]:
    """The rows of the ``markers`` table, as plain dicts."""
    rows: list[dict[str, Any]] = []
    for i, e in enumerate(an.emotion):
        for w in e.words:
            rows.append(
                {
                    "kind": "emotive",
                    "start": w.start,
                    "end": w.end,
                    "text": w.text,
                    "entry": w.entry,
                    "category": "positive" if w.score > 0 else "negative",
                    "value": w.score,
                    "why": "; ".join((f"{w.lexicon} '{w.entry}' {w.valence:+.1f}", *w.rules)),
                    "sentence": i,
                }
            )
    starts = [s.start for s in an.sentences]
    for m in an.markers:
        rows.append(
            {
                "kind": m.kind,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "entry": m.entry,
                "category": m.category,
                "value": None,
                "why": f"{m.kind} list entry '{m.entry}' ({m.category})"
                + (f"; {m.rule}" if m.rule else ""),
                "sentence": bisect.bisect_right(starts, m.start) - 1,
            }
        )
    rows.sort(key=itemgetter("start", "kind"))
    return rows


#: The row builder of each long table.
TABLE_ROWS: dict[str, Callable[[Analysis], list[dict[str, Any]]]] = {
    "sentences": sentence_rows,
    "attributions": attribution_rows,
    "quotes": quote_rows,
    "sources": source_rows,
    "people": people_rows,
    "markers": marker_rows,
}

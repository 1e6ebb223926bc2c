"""The long tables' declarations: each table's columns with their kinds."""

from __future__ import annotations

__all__ = ["TABLE_COLUMNS", "TABLE_SPECS"]

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

"""The JSON document and the long tables come from the same row builders: every
column of a table is a key of its JSON records, with the same value, except the span
keys (``mediakit._json.SPAN_KEYS``), whose span text is the table's text."""

from __future__ import annotations

import json
from typing import Any

import pytest

import mediakit
from mediakit._json import SPAN_KEYS, plain_json, to_json
from mediakit._tables import TABLE_COLUMNS, TABLE_ROWS
from tests.conftest import sample_analyses

TEXTS = [
    # a quote broken by its cue (content in two pieces), a named source with a title
    '"We will not close the school," Mrs Ana Ruiz said. "Not this year." She added that '
    "the board, which met on Monday, might vote again.\n\nOfficials said about 40 pupils "
    'were affected. The report called the plan "reckless".',
    "",
]


def _span_text(value: Any) -> Any:
    return None if value is None else value["text"]


def _check(an: mediakit.Analysis) -> None:
    doc = an.to_dict()
    for row, a in zip(doc["attributions"], an.attributions, strict=True):
        # counted by bisection over the word starts: the words of the content's voices
        assert row["content_words"] == sum(an._words_in(a.content).values())
    for table, build in TABLE_ROWS.items():
        rows, records = build(an), doc[table]
        assert len(rows) == len(records), table
        spans = SPAN_KEYS.get(table, ())
        for row, rec in zip(rows, records, strict=True):
            assert set(TABLE_COLUMNS[table]) == set(row), table  # the declared columns
            for col in TABLE_COLUMNS[table]:
                if col in spans and table == "attributions" and col == "content":
                    joined = " … ".join(p["text"] for p in rec["content_pieces"]) or None
                    assert joined == row[col]
                elif col in spans:
                    assert _span_text(rec[col]) == row[col], (table, col)
                elif col == "gender_evidence_start":
                    ev = rec["gender_evidence"]
                    assert (None if ev is None else ev["start"]) == row[col]
                else:
                    assert rec[col] == row[col], (table, col)


@pytest.mark.parametrize("text", TEXTS)
def test_json_records_hold_the_table_columns(text: str) -> None:
    _check(mediakit.analyze(text))


def test_json_records_hold_the_table_columns_on_the_seed(seed: mediakit.Analysis) -> None:
    assert seed.attributions and seed.quotes and seed.sources and seed.markers
    _check(seed)


# ------------------------------------------------------------ the JSON text


def test_to_json_is_the_standard_library_text_on_the_sample_corpus() -> None:
    """orjson's text (``to_json``) is ``json.dumps``'s (``plain_json``), compact and
    indented, character for character, on every sample article."""
    for an in sample_analyses():
        doc = an.to_dict()
        assert to_json(doc) == plain_json(doc)
        assert to_json(doc, indent=2) == plain_json(doc, indent=2)


@pytest.mark.parametrize(
    "doc",
    [
        {"text": "lone \ud800 surrogate"},  # orjson refuses it: the plain path writes it
        {1: "an integer key"},
        {"big": 10**30},
        {"y": 1e16, "z": -0.0, "w": 0.1 + 0.2, "u": '\u2028\x7f\x1f é 😀\\"'},
    ],
)
def test_to_json_falls_back_or_agrees_on_unusual_documents(doc: dict[Any, Any]) -> None:
    for indent in (None, 2, 4):
        assert to_json(doc, indent) == plain_json(doc, indent)


def test_to_json_spells_tiny_numbers_otherwise_but_keeps_their_value() -> None:
    """The one difference: a number below 1e-4 is written 0.00001 where the standard
    library writes 1e-05; read back, it is the same float, bit for bit."""
    doc = {"x": 1e-05, "y": -3.0e-7, "z": 5e-324}
    assert to_json(doc) == '{"x":0.00001,"y":-3e-7,"z":5e-324}'
    assert json.loads(to_json(doc)) == json.loads(plain_json(doc)) == doc


def test_analysis_to_json_compact_and_indented() -> None:
    an = mediakit.analyze(TEXTS[0])
    compact = an.to_json(indent=None)
    assert "\n" not in compact and '":' in compact and '": ' not in compact
    assert json.loads(compact) == json.loads(an.to_json()) == an.to_dict()
    assert an.to_json().startswith('{\n  "schema": "mediakit.analysis/1",')

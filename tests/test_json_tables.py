"""The JSON document and the long tables come from the same row builders: every
column of a table is a key of its JSON records, with the same value, except the span
keys (``mediakit._json.SPAN_KEYS``), whose span text is the table's text."""

from __future__ import annotations

from typing import Any

import pytest

import mediakit
from mediakit._json import SPAN_KEYS
from mediakit._tables import TABLE_COLUMNS, TABLE_ROWS

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

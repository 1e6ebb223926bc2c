"""Each collocation of a plain word's charged sense (loaded_phrases.tsv, twentieth session)
matches its charged example sentence and not its plain one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mediakit._emotive._phrases import parse_phrase
from tests.emotive_helpers import both

EXAMPLES = Path(__file__).with_name("emotive_collocations.tsv")
ROWS = list(
    csv.DictReader(
        [line for line in EXAMPLES.read_text("utf-8").splitlines() if not line.startswith("#")],
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
)


def _entries(text: str) -> set[str]:
    return {w.entry for w in both(text).words}


def test_every_example_row_is_a_listed_phrase() -> None:
    listed = {
        line.split("\t")[0]
        for line in (Path(__file__).parents[1] / "mediakit/data/emotive/loaded_phrases.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line and not line.startswith("#")
    }
    assert len(ROWS) == 166
    assert {r["phrase"] for r in ROWS} <= listed


@pytest.mark.parametrize("row", ROWS, ids=[r["phrase"] for r in ROWS])
def test_a_collocation_matches_its_charged_sentence_not_its_plain_one(row: dict[str, str]) -> None:
    """The charged sentence holds the phrase (or a longer listed phrase holding it:
    "scrape the bottom of the barrel"); the plain one holds neither."""
    entry = parse_phrase(row["phrase"], -1.0).text
    assert any(entry in e for e in _entries(row["charged"]))
    assert not any(entry in e for e in _entries(row["plain"]))


def test_both_scorers_give_capitals_to_a_phrase_opening_before_its_anchor() -> None:
    """ "PC brigade" is found at "brigade"; its capitals count in the batch scorer too."""
    w = both("The comedian blamed the PC brigade.").words[-1]
    assert w.entry == "pc brigade" and any("ALL CAPS" in r for r in w.rules)

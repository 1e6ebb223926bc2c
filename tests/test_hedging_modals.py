"""Hedge entries of the third FOLDOC check (mediakit/data/hedges.tsv, docs/hedging.md):
hearsay and unattributed evaluation fire on hand-built sentences of the first list and
leave those of the second alone."""

from __future__ import annotations

import pytest

from mediakit._hedging import find_markers


def _hedges(text: str) -> list[str]:
    return [m.entry for m in find_markers(text) if m.kind == "hedge"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("There is a theory that the fault lay in the power supply.", "there is a theory"),
        ("Its old terminals are said to resemble typewriters.", "are said to resemble"),
        ("The program was said to have run for a week.", "was said to have"),
        ("The firm sold highly regarded compilers.", "highly regarded"),
        ("I have often felt that testing is an art.", "i have often felt"),
    ],
)
def test_third_foldoc_entries(text: str, entry: str) -> None:
    assert entry in _hedges(text)


@pytest.mark.parametrize(
    "text",
    [
        "A variable is said to shadow another of the same name.",  # naming
        "The act said to have been done to a name in capitals.",  # a reduced relative
        "Relativity is a theory that explains gravity.",
    ],
)
def test_third_foldoc_entries_need_their_words(text: str) -> None:
    assert _hedges(text) == []

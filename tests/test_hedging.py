from __future__ import annotations

import pytest

from mediakit._hedging import _lexicon, _spans, find_markers


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.entry) for m in find_markers(text)]


def test_hedges_and_boosters_with_their_entries() -> None:
    text = "The damage could be higher; it was not immediately clear. Clearly, it is alleged."
    assert found(text) == [
        ("could be", "hedge", "could be"),
        ("not immediately clear", "hedge", "not immediately clear"),
        ("Clearly", "booster", "clearly"),
        ("alleged", "hedge", "alleged"),
    ]


def test_longest_entry_wins_and_whole_words_only() -> None:
    assert found("mayor Mayhew") == []
    assert found("It was NOT  IMMEDIATELY clear") == [
        ("NOT  IMMEDIATELY clear", "hedge", "not immediately clear")
    ]


def test_approximators_need_a_number() -> None:
    assert found("They talked about it at least twice") == []
    assert found("about 50 people, at least seven dead") == [
        ("about", "hedge", "about"),
        ("at least", "hedge", "at least"),
    ]


def test_offsets_survive_case_changing_characters() -> None:
    text = "İstanbul officials said it could happen."
    ms = find_markers(text)
    assert [(text[m.start : m.end], m.entry) for m in ms] == [("could", "could")]


@pytest.mark.parametrize(
    "text",
    [
        "perhaps it may be so",
        "Perhaps—perhaps “perhaps” (perhaps) ’perhaps ‘perhaps -perhaps 'perhaps _perhaps",
        "émay be, café\u00a0may be, naïvemay; Ωmay be",
        "could\nbe\u00a0likely, could\tbe, 5may, may5 may",
        "It was not immediately clear it is unclear, more than likely",
        "maybe may-be may’be may's",
    ],
)
def test_fast_scan_agrees_with_the_lexicon_pattern(text: str) -> None:
    lex = _lexicon()
    low = text.lower()
    for start in range(len(low) + 1):
        for stop in range(start, len(low) + 1, 3):
            expected = [m.span() for m in lex.pattern.finditer(low, start, stop)]
            assert _spans(lex, low, start, stop) == expected, (start, stop)

from __future__ import annotations

from mediakit._hedging import find_markers


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

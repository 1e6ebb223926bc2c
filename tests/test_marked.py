"""Quotations of speech told apart from marked terms (titles, names, scare quotes, terms)."""

from __future__ import annotations

import pytest

import mediakit
from mediakit._marked import REASONS
from mediakit._pipeline import quote_layer


def _split(text: str):  # type: ignore[no-untyped-def]
    return quote_layer(mediakit.parse(text))


@pytest.mark.parametrize(
    ("text", "term", "reason", "rule"),
    [
        (
            "Residents fled along the so-called “safe corridor” on Monday.",
            "safe corridor",
            "scare",
            "marker_word",
        ),
        ("She starred in the film “Pillow Talk” in 1959.", "Pillow Talk", "title", "marker_word"),
        ("A rescue ship named 'Alan Kurdi' left the port.", "Alan Kurdi", "name", "marker_word"),
        ("The word “genocide” was avoided in the statement.", "genocide", "term", "marker_word"),
        (
            "He won the “Player of the Year” award in 2019.",
            "Player of the Year",
            "title",
            "short_no_cue",
        ),
        ("The tank was left “unattended” for an hour.", "unattended", "scare", "short_no_cue"),
    ],
)
def test_marked_terms_are_not_quotations(text: str, term: str, reason: str, rule: str) -> None:
    quotes, marked = _split(text)
    assert quotes == []
    assert [(m.text, m.reason, m.rule) for m in marked] == [(term, reason, rule)]
    assert marked[0].reason in REASONS
    assert text[marked[0].start : marked[0].end] == term


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” she said.",
        "He described the plan as “reckless”.",
        "The mayor called the decision “a disgrace”.",
        "She told victims “there is nothing to be ashamed of” at the event.",
        "Mr Ellery said: ‘We lost everything in the flood.’",
    ],
)
def test_speech_stays_a_quotation(text: str) -> None:
    quotes, marked = _split(text)
    assert marked == []
    assert len(quotes) == 1


def test_marked_term_words_take_their_contexts_voice_and_json_lists_them() -> None:
    a = mediakit.analyze(
        "Refugees used the so-called “safe corridor” on Monday, officials said.\n\n"
        "“We are leaving,” said one woman."
    )
    d = a.to_dict()
    assert [q["text"] for q in d["quotes"]] == ["We are leaving,"]
    assert [(m["text"], m["reason"]) for m in d["marked_terms"]] == [("safe corridor", "scare")]
    voices = dict(zip(a._word_texts, a.word_voices, strict=True))
    assert voices["corridor"] == "reported"  # inside the officials' content, not direct
    assert voices["leaving"] == "direct"


def test_renumbered_continuations_stay_consistent() -> None:
    text = (
        "The “Eagles” lost again.\n\n"
        "Coach Roe said: “We were poor today.\n\n“We must do better,” she added."
    )
    quotes, marked = _split(text)
    assert [m.text for m in marked] == ["Eagles"]
    assert [q.continuation_of for q in quotes] == [None, 0]

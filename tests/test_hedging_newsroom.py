"""The classes fixed after the PolNeAR check (issue 15, devset/newsroom_polnear.tsv):
hand-built sentences, not the set's."""

from __future__ import annotations

import pytest

from mediakit._emotive import score_sentence
from mediakit._hedging import find_markers


def _hedges(text: str) -> list[str]:
    return [m.text for m in find_markers(text) if m.kind == "hedge"]


@pytest.mark.parametrize(
    "text",
    [
        "''I think the tax will pass,'' the senator said.",
        "The mayor said, ''Perhaps the budget is too small.''",
        "''It may rain tomorrow,'' she added.",
    ],
)
def test_two_apostrophes_are_a_quotation_mark(text: str) -> None:
    assert _hedges(text)


def test_two_apostrophes_keep_offsets() -> None:
    text = "''I think so,'' he said."
    (m,) = find_markers(text)
    assert text[m.start : m.end] == "I think"


def test_one_apostrophe_is_still_no_word_start() -> None:
    assert not _hedges("The rock'n'may show is on.")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"I don\'t believe the plan will work," he said.', "I don't believe"),
        ("We don’t think the vote is close.", "We don’t think"),
        ("We do not believe the bill will pass.", "We do not believe"),
        ("We expect to win the state by a wide margin.", "We expect"),
        ("I expect the talks will resume next week.", "I expect"),
    ],
)
def test_first_person_belief_and_expectation(text: str, cue: str) -> None:
    assert cue in _hedges(text)


def test_third_person_expectation_was_listed_already() -> None:
    assert _hedges("The party expects to win the state.")


@pytest.mark.parametrize(
    "word",
    [
        "vitriol",
        "gaffes",
        "coverup",
        "carpetbagger",
        "demagogue",
        "hypocrisy",
        "rabidly",
        "fearmongering",
        "pandering",
        "toxic",
        "bashing",
        "self-styled",
        "pimping",
    ],
)
def test_political_invective_is_emotive(word: str) -> None:
    sentence = f"The column was about {word} in the campaign."
    assert word in [w.text for w in score_sentence(sentence).words]


def test_invective_keeps_its_explanation() -> None:
    (w,) = [
        w for w in score_sentence("He answered the vitriol at once.").words if w.text == "vitriol"
    ]
    assert w.entry == "vitriol"
    assert w.lexicon == "mediakit supplement"
    assert w.valence < 0


@pytest.mark.parametrize(
    "text", ["I do not believe in ghosts.", "We believe in a strong defence.", "I believe in him."]
)
def test_believe_in_is_faith_not_doubt(text: str) -> None:
    assert not _hedges(text)


def test_believe_that_is_still_a_hedge() -> None:
    assert _hedges("I believe that the bill will pass.")


@pytest.mark.parametrize(
    "text",
    [
        "Defeat the enemy with all our might and means!",
        "The might of the empire was never tested.",
        "China showed its military might at the parade.",
    ],
)
def test_might_the_noun_is_no_hedge(text: str) -> None:
    assert [m for m in find_markers(text) if m.entry == "might"] == []


def test_might_the_modal_is_still_a_hedge() -> None:
    assert [m.entry for m in find_markers("The talks might fail, officials said.")] == ["might"]
    assert [m.entry for m in find_markers("They all might be wrong.")] == ["might"]

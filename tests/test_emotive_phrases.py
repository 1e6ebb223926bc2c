"""mediakit's loaded phrases, charged reporting verbs and sarcastic asides (issue 15):
hand-built sentences of each class, each flagged word with its entry and rule, the batch
scorer finding the same, and a neutral report of violence staying low."""

from __future__ import annotations

import pytest

from mediakit import lexicons
from mediakit._emotive import score_sentence
from mediakit._emotive._phrases import PHRASE_RULE, load_phrases, parse_phrase
from mediakit._emotive._score import ASIDE_RULE
from tests.emotive_helpers import both, flagged


# ---------------------------------------------------------------- multi-word phrases
@pytest.mark.parametrize(
    ("text", "span", "entry"),
    [
        (
            "The senator rails against the Washington establishment.",
            "rails against",
            "rail against",
        ),
        ("He railed at the press again on Monday.", "railed at", "rail against"),
        ("Republicans seized on the remarks within hours.", "seized on", "seize on"),
        ("The governor ripped into his rival at the rally.", "ripped into", "rip into"),
        ("She tore into the proposal in a speech.", "tore into", "tear into"),
        ("He took a swipe at the mayor.", "took a swipe at", "take a swipe at"),
        (
            "The figures came out of thin air, the report said.",
            "out of thin air",
            "out of thin air",
        ),
        ("Critics call the bill a Trojan horse for tax cuts.", "Trojan horse", "trojan horse"),
        (
            "She sharpened her knife before the debate.",
            "sharpened her knife",
            "sharpen one's knife",
        ),
        ("He called the inquiry a witch hunt.", "witch hunt", "witch hunt"),
        ("Party leaders threw him under the bus.", "under the bus", "under the bus"),
        ("The campaign went off the rails in August.", "off the rails", "off the rails"),
    ],
)
def test_a_listed_phrase_is_one_flagged_item_with_its_rule(
    text: str, span: str, entry: str
) -> None:
    r = both(text)
    w = flagged(r)[span.lower()]
    assert w.entry == entry
    assert w.score < 0
    assert text[w.start : w.end] == span
    assert any(rule.startswith(f"{PHRASE_RULE} '{entry}'") for rule in w.rules)
    assert r.intensity > 0.15


def test_words_inside_a_phrase_are_not_scored_apart() -> None:
    r = both("He called it a witch hunt.")
    assert [w.text for w in r.words] == ["witch hunt"]  # not "witch" as well


def test_a_phrase_word_alone_is_not_loaded() -> None:
    for text in (
        "Police seized drugs and cash at the border.",
        "The storm ripped up roads and rails.",
        "The horse ran in the race.",
        "Thin air at altitude slows the runners.",
    ):
        assert both(text).words == (), text


def test_a_negated_phrase_is_negated() -> None:
    w = flagged(both("He did not rail against anyone."))["rail against"]
    assert w.score > 0
    assert any("negated" in rule for rule in w.rules)


def test_phrase_rows_are_well_formed() -> None:
    for row in lexicons.rows("emotive_loaded_phrases"):
        assert len(row) == 3, row
        p = parse_phrase(row[0], float(row[1]), row[2])
        assert len(p.slots) >= 2, row
        assert -4.0 <= p.value <= 4.0
    assert "thin" in load_phrases()  # "out of thin air" is looked for at its rarest word
    assert parse_phrase("rip~ into", -1.8).slots[0] >= {"rip", "rips", "ripped", "ripping"}


# ---------------------------------------------------------------- charged reporting verbs
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Democrats decried the ruling.", "decried"),
        ("The senator assailed the plan.", "assailed"),
        ("Trump lambasted the network.", "lambasted"),
        ("He launched into a tirade about the media.", "tirade"),
        ("Critics called the project a boondoggle.", "boondoggle"),
        ("Rivals accused him of flip-flopping on trade.", "flip-flopping"),
    ],
)
def test_charged_reporting_words_are_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0
    assert w.lexicon == "mediakit supplement"


# ---------------------------------------------------------------- sarcasm
def test_a_bracketed_one_word_question_is_a_sarcastic_aside() -> None:
    r = both("The campaign says it is the best plan ever (really?) for voters.")
    w = flagged(r)["really"]  # the word of the aside, its entry the aside
    assert w.score < 0 and w.entry == "(really?)"
    assert w.rules == (f"{ASIDE_RULE} '(really?)'",)


def test_brackets_without_a_question_are_no_aside() -> None:
    r = both("He agreed (yes) to the best terms.")
    assert all(w.entry != "(yes)" for w in r.words)


# ---------------------------------------------------------------- topic is not tone
def test_a_plain_report_of_violence_stays_low() -> None:
    plain = both("Police said two people were killed in the shooting on Sunday.")
    charged = both("Critics said the senator ripped into a witch hunt of a trial.")
    assert plain.intensity < charged.intensity


def test_supporters_are_a_group_not_approval() -> None:
    assert both("Sanders supporters gathered outside the hall.").words == ()


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Critics called the senator a sexist.", "sexist"),
        ("He denied making xenophobic remarks.", "xenophobic"),
        ("She said the donors were crooks.", "crooks"),
        ("Protesters branded the ministers traitors.", "traitors"),
        ("The column accused him of cronyism.", "cronyism"),
    ],
)
def test_name_calling_labels_are_loaded(sentence: str, word: str) -> None:
    """Name-calling of people (prejudice, dishonesty, disloyalty) from the supplement,
    with the regular plural from the inflection rule."""
    e = score_sentence(sentence)
    (w,) = [w for w in e.words if w.text == word]
    assert w.score < 0 and any("supplement" in r for r in w.rules)

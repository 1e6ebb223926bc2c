"""Intensified plain words (issue 15, branch loaded8): an emphatic adverb of
``emphatics.tsv`` beside a word the lexicon lacks is flagged itself, with its rule; before
a lexicon word VADER's booster rule raises that word instead, as before.  Each "flagged"
case listed no emotive word before."""

from __future__ import annotations

import pytest

from mediakit._emotive._compounds import EMPHATIC_RULE
from tests.emotive_helpers import both


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator sees the issue as absolutely black and white.", "absolutely"),
        ("The campaign was utterly unprepared for the vote.", "utterly"),
        ("Her account is totally unverified, aides said.", "totally"),
        ("The budget is patently unaffordable.", "patently"),
        ("Arguments erupted endlessly at the meetings.", "endlessly"),
        ("The plan was downright unworkable.", "downright"),
    ],
)
def test_an_emphatic_adverb_beside_a_plain_word_is_flagged(text: str, word: str) -> None:
    r = both(text)
    hits = [w for w in r.words if w.rules and w.rules[0].startswith(EMPHATIC_RULE)]
    assert [w.text for w in hits] == [word]
    assert hits[0].entry == word and hits[0].score < 0 and r.intensity > 0


def test_before_a_lexicon_word_the_booster_raises_that_word() -> None:
    r = both("The claim was absolutely wrong.")
    assert [w.text for w in r.words] == ["wrong"]
    assert any(n.startswith("booster 'absolutely'") for n in r.words[0].rules)


def test_plain_degree_words_are_not_emphatics() -> None:
    for text in ("The results were very different.", "The vote was completely new to them."):
        assert not both(text).words

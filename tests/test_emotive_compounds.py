"""Words joined by a hyphen or a dash that the lexicon does not list whole (issue 15,
branch loaded8): read through a part by the rules of ``compounds.tsv``, each with its
entry and the rule that found it; the batch scorer finds the same.  Every "flagged" case
here scored nothing before (the token was looked up whole)."""

from __future__ import annotations

import pytest

from mediakit import lexicons
from mediakit._emotive._compounds import COMPOUND_RULE, compound_rules
from tests.emotive_helpers import both, flagged


@pytest.mark.parametrize(
    ("text", "token", "entry", "why"),
    [
        ("The Clinton-bashing went on for an hour.", "Clinton-bashing", "bashing", "its head"),
        ("It was a much-maligned plan.", "much-maligned", "malign", "its head"),
        ("The senator gave him a tongue-lashing.", "tongue-lashing", "lash", "its head"),
        ("The plan—failed again, aides said.", "plan—failed", "failed", "joined by a dash"),
        ("The plan--failed again, aides said.", "plan--failed", "failed", "joined by a dash"),
        ("It was an ill-advised move.", "ill-advised", "ill", "evaluative first part"),
        ("This is the worst-case scenario.", "worst-case", "worst", "evaluative first part"),
        ("A kind-hearted nurse helped.", "kind-hearted", "kind", "the part before '-hearted'"),
        ("Republican Clinton-bashing grew.", "Clinton-bashing", "bashing", "its head"),
        ("He made Nazi-like remarks.", "Nazi-like", "nazi", "likened to ('-like')"),
        ("A cult-like following grew.", "cult-like", "cult", "likened to ('-like')"),
    ],
)
def test_a_compound_is_read_through_its_charged_part(
    text: str, token: str, entry: str, why: str
) -> None:
    w = flagged(both(text), lower=False)[token]
    assert w.entry == entry
    assert w.rules[0].startswith(COMPOUND_RULE) and why in w.rules[0]
    assert text[w.start : w.end] == token


def test_the_part_keeps_its_own_explanation() -> None:
    w = flagged(both("It was a much-maligned plan."), lower=False)["much-maligned"]
    assert w.rules[1] == "an inflection of mediakit's supplement entry 'malign'"
    assert w.score < 0


@pytest.mark.parametrize(
    "text",
    [
        "The anti-terrorism unit met.",  # a stance prefix: against the head
        "That was not-so-good news.",  # negated inside the compound
        "The self-cleaning coating was tested.",  # self-: not the head's sense
        "The non-violent protest ended.",
        "A coal-fired plant closed in a family-friendly, tax-free town.",  # relating heads
        "Rep. Smith (R-Ill.) voted.",  # one-letter first part: a party and a state
        "The 10th-richest county voted.",  # a number first
        "The power-sharing deal held.",
        "A well-known senator spoke.",  # "well" has sense rules: not read inside a compound
        "The Nazi-era files were opened.",  # a mention, not a likening
    ],
)
def test_compounds_whose_parts_are_not_their_sense_stay_unflagged(text: str) -> None:
    assert not any("-" in w.text for w in both(text).words)


def test_a_sentence_with_only_a_compound_is_scored() -> None:
    r = both("Clinton-bashing.")
    assert r.intensity > 0 and r.compound < 0


def test_negation_and_boosters_reach_a_compound() -> None:
    plain = both("It was a much-maligned plan.")
    negated = both("It was not a much-maligned plan.")
    boosted = both("It was a very much-maligned plan.")
    assert negated.compound > 0 > plain.compound
    assert boosted.intensity > plain.intensity


def test_the_whole_compound_listed_wins() -> None:
    w = flagged(both("The fear-mongering went on."), lower=False)["fear-mongering"]
    assert not w.rules or not w.rules[0].startswith(COMPOUND_RULE)


def test_every_row_of_the_table_is_of_a_known_kind() -> None:
    kinds = {"blocking", "neutral_head", "by_first", "modifier", "likened"}
    assert {row[0] for row in lexicons.rows("emotive_compounds")} == kinds
    assert "anti" in compound_rules().blocking
    assert lexicons.provenance("emotive_compounds")

"""The rules and entries of the Wikipedia check (issue 15; docs/hedging.md): views of an
unnamed group, vague attribution, facts left open, speculation; counterfactual "could
have"; "appears" of occurrence; classification by "considered part of".  Sentences
written for these tests (none is Wikipedia's)."""

from __future__ import annotations

import pytest

from mediakit._hedging import find_markers


def _hedges(text: str) -> list[tuple[str, str]]:
    return [(m.entry, m.rule) for m in find_markers(text) if m.kind == "hedge"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Some authors exclude the mosses and thus do not consider them plants.", "consider"),
        ("Many Christians and Jews endorse this reading of the text.", "endorse"),
        ("Despite this, many historians argue that the treaty failed.", "argue"),
        ("A number of linguists contend the older etymology is wrong.", "contend"),
        ("Some have argued that the walls were older.", "some have argued"),
        ("However, several theologians insist the letter is genuine.", "insist"),
        ("Most archaeologists consider the earlier date right.", "consider"),
    ],
)
def test_a_view_held_by_an_unnamed_group(text: str, entry: str) -> None:
    got = dict(_hedges(text))
    assert entry in got
    if entry in ("consider", "endorse", "argue", "contend", "insist"):
        assert got[entry].startswith("an unnamed group's view: the clause opens with")


@pytest.mark.parametrize(
    "text",
    [
        "Some compilers consider the statement an error.",  # things, not people
        "Most implementations accept both forms.",
        "Smith and Jones argue that the treaty failed.",  # named holders
        "Some of the files that she endorsed were lost.",  # the quantifier is not the subject
        "Many questions remain about the site.",
        "Some protesters said they had come from the north.",  # reporting, not a weasel
        "The routine is chosen according to some fixed algorithm.",
        "According to some 200 witnesses, the tower fell at noon.",
    ],
)
def test_a_named_or_non_human_holder_is_no_weasel(text: str) -> None:
    assert _hedges(text) == []


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("According to some, the bridge was built by the Romans.", "according to some"),
        ("The ruler is considered by some to have been a usurper.", "is considered"),
        ("Her reign was seen by many as a golden age.", "seen by many"),
        ("It was once thought that the river flowed west.", "was once thought"),
        ("It is estimated that 20 million copies were sold.", "it is estimated that"),
        ("The castle is estimated to date from the 12th century.", "is estimated to"),
        ("It is unknown whether the first alphabets had an order.", "it is unknown"),
        ("The word is of unknown origin.", "is of unknown"),
        ("A carving of unknown origin was found.", "unknown origin"),
        ("The meaning of the carvings is often disputed.", "is often disputed"),
        ("The exact date is a matter of debate.", "is a matter of debate"),
        ("Early writers speculated that the stones were altars.", "speculated"),
        ("The building was reputedly haunted.", "reputedly"),
        ("A putative ancestor of the genus was found in 1990.", "putative"),
        ("The crew are presumed dead.", "presumed"),
    ],
)
def test_vague_attribution_open_facts_and_speculation(text: str, entry: str) -> None:
    assert entry in dict(_hedges(text))


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 25,000 people died in the siege.",  # an approximator, no hedge
        "The region is known for its vineyards.",
        "He is the unknown soldier of the poem.",
        "Had the army held out longer, it would have grown stronger and could have won.",
        "If the king had waited, he might have kept the throne.",
        "Literary alchemy appears throughout the history of English literature.",
        "The name appears frequently in medieval charters.",
        "Portions of the peninsula are considered part of the south-west region.",
        "Stored values are regarded as part of the state of the machine.",
    ],
)
def test_estimates_counterfactuals_occurrence_and_classification_are_no_hedges(
    text: str,
) -> None:
    assert _hedges(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fire could have been caused by a cigarette.",  # no unreal condition: a conjecture
        "It appears as if the file was never written.",
        "The valley is considered one of the most beautiful in the region.",
    ],
)
def test_the_hedges_beside_those_rules_stay(text: str) -> None:
    assert _hedges(text) != []

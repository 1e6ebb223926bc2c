"""Gender evidence that could belong to someone else is no evidence (docs/sources.md):
names inside quotations are not antecedents of the narrator's pronouns, and a surname
alone that two people share, or that the article uses before it names the person in
full, gives neither of them a title."""

from __future__ import annotations

import mediakit


def _genders(text: str) -> dict[str, str]:
    return {p.name: p.gender for p in mediakit.analyze(text).people}


def test_a_name_inside_a_quotation_is_not_the_antecedent_of_the_speaker() -> None:
    text = (
        "Ben Carson spoke in Iowa on Sunday.\n\n"
        "He said the attacks on him were unfair.\n\n"
        '"Nobody is more likely to beat Hillary Clinton than me," he said.'
    )
    got = _genders(text)
    assert got.get("Hillary Clinton") == "unknown"  # not 'male' from "he"


def test_the_narrators_own_mention_is_still_the_antecedent() -> None:
    text = 'Hillary Clinton spoke in Iowa on Sunday. "We will win," she said.'
    assert _genders(text)["Hillary Clinton"] == "female"


def test_a_shared_surname_gives_no_title_evidence() -> None:
    text = (
        "Barack Obama and Michelle Obama arrived at the dinner together. Mr. Obama spoke "
        "first and thanked the guests."
    )
    got = _genders(text)
    assert got["Michelle Obama"] != "male"
    assert got["Barack Obama"] != "female"


def test_a_title_before_the_full_name_may_be_someone_else() -> None:
    text = (
        "Mr. Obama told the crowd that progress was on the ballot. The crowd cheered "
        "for a long time.\n\nLater in the evening Michelle Obama thanked the volunteers."
    )
    assert _genders(text)["Michelle Obama"] != "male"


def test_a_title_after_the_full_name_still_counts() -> None:
    text = "Ann Leslie reported from Moscow. Later, Mrs. Leslie filed a second report."
    assert _genders(text)["Ann Leslie"] == "female"

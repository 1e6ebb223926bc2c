"""Who the sources are: the classes of the third held-out check (US political news,
devset/people_gold_3.tsv), on texts built by hand."""

from __future__ import annotations

import pytest

from mediakit import analyze
from tests.people_helpers import people_genders as _people


def test_an_object_pronoun_after_a_subject_is_someone_else() -> None:
    # "Sanders beat her": her is not Sanders
    text = (
        "Clinton talked about coal mines. Her rivals pounced on those words. "
        "Bernie Sanders beat her 51% to 36% in West Virginia."
    )
    assert _people(text)["Bernie Sanders"][0] == "unknown"
    text = "Tom Harker met the panel. Tom Harker thanked him for the work."
    assert _people(text)["Tom Harker"][0] == "unknown"


def test_a_possessive_her_after_a_name_still_counts() -> None:
    text = "Nadia Brook spoke on Monday. Nadia Brook and her husband toured the plant."
    assert _people(text)["Nadia Brook"] == ("female", "her")


def test_a_pronoun_after_an_unresolved_one_of_its_gender_is_no_evidence() -> None:
    # the first "her" points past the sentence (to someone named before it); so does the
    # second, though Sanders is named between them
    text = (
        "The count was close late on Tuesday.\n\n"
        "While a defeat would do little to diminish her delegate lead over Bernie Sanders, "
        "it would magnify her difficulty in unifying the party."
    )
    assert _people(text)["Bernie Sanders"][0] == "unknown"


def test_himself_refers_within_its_sentence() -> None:
    text = (
        "Polls show voters trust Hillary Clinton more. Yet, much like John Kerry found "
        "himself playing defense, the party is worried."
    )
    assert _people(text)["John Kerry"] == ("male", "himself")


def test_another_given_name_with_the_surname_is_someone_else() -> None:
    # "Bill Clinton" is no mention of Hillary Clinton: "his" is no evidence for her
    text = (
        "Hillary Clinton spoke in Ohio.\n\n"
        "Galvin said that Bill Clinton created a jam when he addressed voters."
    )
    assert _people(text)["Hillary Clinton"][0] == "unknown"
    text = "Hillary Clinton spoke in Ohio. Mrs. Clinton said she would win."
    assert _people(text)["Hillary Clinton"][0] == "female"


def test_a_two_word_surname_is_the_persons_own() -> None:
    text = (
        "Debbie Wasserman Schultz stepped down.\n\n"
        "Wasserman Schultz, a six-term congresswoman, faces a primary."
    )
    assert _people(text)["Debbie Wasserman Schultz"][0] == "female"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rudolph W. Giuliani, the former mayor of New York City, has also urged the "
            "candidate to dig in.",
            "Rudolph W. Giuliani",
        ),
        ("Stephen Miller was Sen. Jeff Sessions’ main immigration aide.", "Jeff Sessions"),
        ("Stephen Miller was Sen. Jeff Sessions' main immigration aide.", "Jeff Sessions"),
    ],
)
def test_middle_initials_and_plural_possessives(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_name_does_not_run_into_a_weekday() -> None:
    text = "Ted Cruz spoke. It was a strong night for Ted Cruz Super Tuesday was over."
    assert "Ted Cruz Super Tuesday" not in _people(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rival Republican candidates have long criticized the plan.", "group"),
        ("Large majorities of Americans agreed with the senator.", "group"),
        (
            "Exit polls from the New Hampshire primary showed that most voters were angry.",
            "document",
        ),
        ("Audit files from NGP VAN show that four accounts ran searches.", "document"),
        ("The complaint alleged that the committee failed to act.", "document"),
        ("Recent polling is showing that the senator has a lead.", "document"),
        ("According to the Real Clear Politics average, the senator is up.", "document"),
        ("As a Politico reporter noted, the stadium was half empty.", "person"),
        ("A White House official said the talks would go on.", "person"),
        ("An anti-Trump PAC revealed that its polling shows a tie.", "organisation"),
    ],
)
def test_heads_of_us_political_news_sources(text: str, kind: str) -> None:
    (s,) = [s for s in analyze(text).sources if s.name != "(unnamed source)"]
    assert s.kind == kind, (s.name, s.kind_rule)


def test_a_role_run_that_ends_with_a_named_person_is_that_person() -> None:
    text = (
        "Trish James spoke at City Hall. \u201cThe senator voted twice,\u201d New York City "
        "Public Defender Trish James said. Ms. James left."
    )
    s = {s.name: s for s in analyze(text).sources}["New York City Public Defender Trish James"]
    assert (s.kind, s.kind_rule, s.gender) == ("person", "person:named_after_role", "female")


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Mr. Trump's daughter Ivanka and her husband spoke.", "Ivanka", "female"),
        ("Jillian Soto, who lost her sister Victoria at the school, spoke.", "Victoria", "female"),
        ("He served under Presidents Reagan and George W. Bush.", "Reagan", "unknown"),
        ("Robert and Rebekah Mercer fund the group.", "Robert Mercer", "unknown"),
    ],
)
def test_people_named_by_one_word_after_kin_or_with_a_shared_surname(
    text: str, name: str, gender: str
) -> None:
    assert _people(text)[name][0] == gender


def test_one_word_kin_names_join_the_full_name_and_coordinations_are_checked() -> None:
    got = _people("Ivanka Trump spoke on Monday. His daughter Ivanka left early.")
    assert "Ivanka" not in got and got["Ivanka Trump"][0] == "female"
    got = _people("Hillary Clinton spoke. Hillary and Tim Kaine went to Ohio.")
    assert "Hillary Kaine" not in got
    got = _people("Ben Carson and Chris Christie spoke. Her father Jean-Marie Le Pen left.")
    assert "Carson Christie" not in got and "Jean-" not in got


def test_kin_names_found_fast_are_the_plain_patterns() -> None:
    from mediakit._people_short import _KIN_THEN_NAME, _kin_names

    text = (
        "His son Beau and her daughter Ivanka came. The person Sam left; his wife Mary "
        "Jones too. Presidents Reagan and George W. Bush, Sens. Warren and a grandson "
        "Tom's friend. Mother Teresa. x-son Bob. Her father Jean-Marie left. sister Ann"
    )
    plain = [m.span(1) for m in _KIN_THEN_NAME.finditer(text)]
    assert _kin_names(text, 0, len(text)) == plain
    assert [text[a:b] for a, b in plain] == ["Beau", "Ivanka", "Reagan", "Warren", "Bob", "Ann"]

"""Source kinds of an occupation or a member before a body (issue 13; docs/sources.md,
"Source kinds"): the person is the source, not the body after the preposition; a body
named after a person is an organisation, no person; nor is a source named by a day.
Texts built by hand; each test keeps a reading that must not change."""

from __future__ import annotations

from mediakit import analyze
from tests.people_helpers import source_kinds


def test_an_occupation_before_a_body_is_a_person() -> None:
    text = "An administrator at the hospital said beds ran out."
    assert source_kinds(text) == {"administrator at the hospital": ("person", "person:role_noun")}
    text = "A line cook at the restaurant said staff were tired."
    assert source_kinds(text) == {"line cook at the restaurant": ("person", "person:role_noun")}
    # the body itself, and its spokesperson, keep their kinds
    text = "The hospital said beds ran out."
    assert source_kinds(text)["hospital"][0] == "organisation"


def test_one_member_of_a_body_is_a_person_but_member_states_are_not() -> None:
    text = "One member of the committee said the plan was flawed."
    assert source_kinds(text) == {"One member of the committee": ("person", "person:member_of")}
    text = "A member of the public said it was loud."
    assert source_kinds(text) == {"member of the public": ("person", "person:member_of")}
    text = "Member states of the union said no."
    assert source_kinds(text)["Member states of the union"][0] != "person"


def test_a_body_named_after_a_person_is_an_organisation_not_a_person() -> None:
    text = "The Peter McVerry Trust said it would help. Lakeview Ridge Developments said no."
    assert source_kinds(text) == {
        "Peter McVerry Trust": ("organisation", "organisation:named_body"),
        "Lakeview Ridge Developments": ("organisation", "organisation:named_body"),
    }
    assert [p.name for p in analyze("Story\n\n" + text).people] == []
    # only as the last word: a surname that is also a body's word stays a person's
    text = "Samantha Power said she agreed."
    assert [(p.name, p.gender) for p in analyze("Story\n\n" + text).people] == [
        ("Samantha Power", "female")
    ]


def test_a_business_or_charity_speaking_as_a_body_is_an_organisation() -> None:
    text = "The restaurant said it would reopen. The charity said funds ran out."
    assert source_kinds(text) == {
        "restaurant": ("organisation", "organisation:body_noun"),
        "charity": ("organisation", "organisation:body_noun"),
    }


def test_a_source_name_ending_in_a_weekday_is_no_person() -> None:
    # "Even Friday, he claimed": the attribution engine's source, no person of the article
    text = "Even Friday, he claimed that the vote was rigged, Trump said."
    assert "Even Friday" not in [p.name for p in analyze("Story\n\n" + text).people]

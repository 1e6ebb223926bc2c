"""Who the sources are: named people found without a listed given name (issue 13, the
classes of devset/people_gold_4.tsv and the misses of people_gold_2/3), on texts built by
hand with invented names; organisations, places and works kept out; and never a gender
from a first name."""

from __future__ import annotations

import pytest

from mediakit import lexicons
from mediakit._names import given_names
from mediakit._people import _name_of, looks_like_full_name
from mediakit._people_context import listed_with, person_context, role_nouns
from tests.people_helpers import people_genders as _people

# invented names whose first words are no listed given name
_UNLISTED = ("Zorvek", "Tamsiq", "Quillan", "Ubrenda", "Vashti")


def test_the_invented_first_names_are_not_listed() -> None:
    assert not any(n in given_names() for n in _UNLISTED)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role right before the name
        ("The debate was led by moderator Zorvek Alanis, who kept time.", "Zorvek Alanis"),
        ("The incumbent Tamsiq Orrel-Bai stayed in office.", "Tamsiq Orrel-Bai"),
        # "identified as"
        ("The dead seaman was identified as Quillan Mavers by the Coast Guard.", "Quillan Mavers"),
        # a plural role before a list
        ("Their rivals such as Zorvek Alanis and Tamsiq Orrel attacked it.", "Zorvek Alanis"),
        # a role at the end of an apposition
        (
            "Zorvek Alanis, a senior fellow at the Brandt Institute, said the talks failed.",
            "Zorvek Alanis",
        ),
        # an outlet's person, also with a listed given name as the surname
        ("It began when Fox News' Ubrenda Kessler confronted him.", "Ubrenda Kessler"),
        ("It began when Fox News' Zorvek Kelly confronted him.", "Zorvek Kelly"),
        # a party and state after the name
        ("Sens. Zorvek Alanis (D-Ohio) and Tamsiq Orrel (R-Utah) objected.", "Zorvek Alanis"),
        # ", who"
        ("Vashti Omberg, who lost her son in the attack, spoke first.", "Vashti Omberg"),
        # a role at the start of a sentence
        ("Moderator Zorvek Alanis opened the debate.", "Zorvek Alanis"),
        # a title that opens a name
        ("Princess Ubrenda Kessler filed her candidacy on Friday.", "Ubrenda Kessler"),
        ("Coast Guard Commandant Admiral Quillan Mavers issued an order.", "Quillan Mavers"),
        ("Sandy Hook Principal Vashti Omberg was among the dead.", "Vashti Omberg"),
        # particles inside the name
        # (the source of a speech verb, named like a person with a particle)
        ("Arnel dela Vega of the army's Western Command said so.", "Arnel dela Vega"),
        ("Officials met Zorvek al-Tamsiq, a spokesman for the ministry.", "Zorvek al-Tamsiq"),
    ],
)
def test_a_name_with_no_listed_first_name_is_found_by_its_context(text: str, name: str) -> None:
    assert name in _people(text), _people(text)


def test_a_title_alone_before_one_name_makes_a_person() -> None:
    assert "Francis" in _people("Statements came from Pope Francis and others.")


def test_a_name_in_a_list_of_people_is_a_person() -> None:
    text = "Guests included Oprah Winfrey, Zorvek Alanis, Kevin Feige, Tamsiq Orrel, and Paul Rudd."
    people = _people(text)
    assert {"Zorvek Alanis", "Tamsiq Orrel"} <= set(people)
    text = "The likes of Quillan Mavers or Sen. Marco Rubio lost ground."
    assert "Quillan Mavers" in _people(text)
    # a listed given name as the surname ("Rand Paul" is not "Paul")
    text = "Their rivals such as Zorvek Alanis and Tamsiq Paul attacked it."
    assert "Tamsiq Paul" in _people(text)


def test_listed_with_needs_and_or_or_commas_on_both_sides() -> None:
    text = "The governor of Puerto Rico, Wanda Vazquez, spoke."
    a = text.index("Puerto Rico")
    w = text.index("Wanda")
    people = [(w, w + len("Wanda Vazquez"))]
    assert listed_with(text, [(a, a + len("Puerto Rico"))], people, lambda a, b: True) == []
    text = "Wanda Vazquez and Zorvek Alanis spoke."
    z = text.index("Zorvek")
    got = listed_with(text, [(z, z + 13)], [(0, 13)], lambda a, b: True)
    assert got == [0]


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        # organisations, places, works and things, not people
        ("A lawyer for the Sierra Club, who has sued, said no.", "Sierra Club"),
        ("Asked about a loan from Goldman Sachs and Donald Trump about debts.", "Goldman Sachs"),
        ("Guests included Tim Gunn and Grateful Dead drummer Mickey Hart.", "Grateful Dead"),
        ("He spoke during an interview on CNBC's Squawk Box in May.", "Squawk Box"),
        ("The fire started in the Karol Bagh area of the capital.", "Karol Bagh"),
        ("Exports from the Johan Sverdrup oil field rose.", "Johan Sverdrup"),
        ("He owns the King Vapealot vape store in Toowoomba.", "Vapealot"),
        ("The vote of Cuban Americans, who lean right, matters.", "Cuban Americans"),
        ("They met near Queen Victoria Market on Sunday.", "Victoria Market"),
        ("Only 24 Percent of Hillary Clinton's Contributors Are Small Donors.", "Contributors"),
        ("Stealth Over Health: Hillary Clinton Was Headed to ER.", "Hillary Clinton Was Headed"),
        (
            "The host, the moderators said, was late. Zorvek Alanis, the moderators said.",
            "Zorvek Alanis",
        ),
    ],
)
def test_organisations_places_and_works_are_not_made_people(text: str, not_a_person: str) -> None:
    assert not any(not_a_person in name for name in _people(text)), _people(text)


def test_an_owner_before_a_possessive_keeps_the_owners_name() -> None:
    people = _people("Only 24 Percent of Hillary Clinton's Contributors Are Small Donors.")
    assert "Hillary Clinton" in people


def test_a_title_that_is_also_a_surname_ends_a_name() -> None:
    text = "Last week, I caught Larry King on his post-CNN perch. Mr. King, 82, told me so."
    assert _people(text)["Larry King"] == ("male", "Mr. King")


def test_the_last_words_of_one_full_name_join_it() -> None:
    text = (
        "Debbie Wasserman Schultz stepped down.\n\n"
        "Wasserman Schultz, a six-term congresswoman, faces a primary."
    )
    assert list(_people(text)) == ["Debbie Wasserman Schultz"]


def test_no_gender_from_a_first_name() -> None:
    # strongly gendered listed first names, no title, noun or pronoun for the person
    assert given_names()["Margaret"] == "f" and given_names()["Robert"] == "m"
    text = (
        "Margaret Olsen and Robert Vance signed the letter. "
        "Olsen and Vance, both members of the board, met the mayor on Monday."
    )
    assert _people(text) == {"Margaret Olsen": ("unknown", None), "Robert Vance": ("unknown", None)}
    # found by their context alone: still no gender
    text = "Moderator Zorvek Alanis and Ubrenda Kessler, a senior fellow at the institute, spoke."
    people = _people(text)
    assert people["Zorvek Alanis"][0] == people["Ubrenda Kessler"][0] == "unknown"


def test_the_role_words_never_give_a_gender() -> None:
    # "seaman", "anchor" make a person, not a gender ("seaman" is no gender_evidence word)
    evidence = {row[0] for row in lexicons.rows("gender_evidence")}
    assert "moderator" in role_nouns() and "moderator" not in evidence
    text = "The moderator Quillan Mavers opened the debate."
    assert _people(text)["Quillan Mavers"] == ("unknown", None)


def test_an_object_pronoun_that_carries_on_with_someone_else_is_no_evidence() -> None:
    text = (
        "Ferro Laski, a fire service spokesman, said the male victim had burns. "
        "Police officer Vashti Omberg stated police believe him to be aged 25. "
        "Omberg revealed police have been unable to question him."
    )
    assert _people(text)["Vashti Omberg"][0] == "unknown"


def test_a_pronoun_after_one_that_cannot_mean_the_person_is_no_evidence() -> None:
    text = (
        "His obsession with trade is genuine. But he expended his points early. "
        "When pressed by Peter Holt about how he would bring jobs back, "
        "his answer was vague."
    )
    assert _people(text)["Peter Holt"][0] == "unknown"


def test_the_persons_name_between_resets_the_chain() -> None:
    text = (
        "He was 82 years old.\n\n"
        "The current president of Namibia, David Geingob, expressed his condolences."
    )
    assert _people(text)["David Geingob"] == ("male", "his")
    text = (
        "Jo Tronc said the team was tired. Tronc said it was hard.\n\n"
        'Ben Radmall conceded that his side needed work. "We had chances," he said.'
    )
    assert _people(text)["Ben Radmall"][0] == "male"


def test_a_surname_shared_by_two_people_makes_a_pronoun_ambiguous() -> None:
    text = (
        "Cornelius Vanderbilt built railways. Gloria Vanderbilt was his descendant.\n\n"
        "Vanderbilt was married to conductor Leopold Stokowski, who fathered two of her sons."
    )
    assert _people(text)["Leopold Stokowski"][0] == "unknown"


def test_the_context_rules_read_the_words_next_to_the_run() -> None:
    text = "Asked by moderator Zorvek Alanis, she said no."
    a = text.index("Zorvek")
    assert person_context(text, a, a + len("Zorvek Alanis"))
    text = "the Zorvek Alanis, who"
    assert not person_context(text, 4, 4 + len("Zorvek Alanis"))
    assert _name_of("Zorvek Alanis") is None
    assert _name_of("Zorvek Alanis", role=True) == (["Zorvek", "Alanis"], False)
    assert not looks_like_full_name("Actor Denzel Washington")
    assert not looks_like_full_name("Presidents Reagan")
    assert looks_like_full_name("Arnel dela Vega")

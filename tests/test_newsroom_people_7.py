"""People, genders and source kinds in the conventions of other newsrooms, from the
twelfth probe (issue 13; docs/sources.md, "Twelfth probe"): kin nouns after adjectives
or a possessor, "-in-law", one-sex titles of other countries, the pronoun of a phrase
about the subject's own words, initials without stops, ranks and roles as a source's
head.  Texts built by hand; each test keeps a reading that must not change."""

from __future__ import annotations

from mediakit import analyze
from tests.people_helpers import people_genders, source_kinds


def test_a_kin_noun_after_adjectives_or_a_possessor_is_the_named_person_s() -> None:
    text = "Story\n\nHe met a cross from his older brother, Kieran Okoro, at the back post."
    assert people_genders(text) == {"Kieran Okoro": ("male", "brother, Kieran Okoro")}
    text = "Story\n\nAisha Nakato, whose son, Ibrahim Ssali, sat the paper, was angry."
    assert people_genders(text)["Ibrahim Ssali"] == ("male", "son, Ibrahim Ssali")
    text = "Story\n\nThe couple's elder daughter, Meera Joshi, said the house was gone."
    assert people_genders(text) == {"Meera Joshi": ("female", "daughter, Meera Joshi")}
    # a possessor's phrase in apposition to someone else is not the next name's
    text = "Story\n\nAccording to Sadie Weiner, Hagan's former spokeswoman, Kay Hagan died."
    assert people_genders(text)["Kay Hagan"] == ("unknown", None)
    text = "Story\n\nIn the stands, Tillman's mother, Angela Tillman, said she could not look."
    assert people_genders(text)["Angela Tillman"] == ("female", "mother, Angela Tillman")
    # a kin noun with no possessor before it and a name after a comma is no apposition
    text = "Story\n\nShe thanked the nurses and her sister. Later, Dana Okafor said it was over."
    assert people_genders(text)["Dana Okafor"][0] == "unknown"


def test_an_in_law_noun_is_read_as_its_kin_noun() -> None:
    text = "Story\n\nHer brother-in-law, Tony Farrugia, said the family had waited."
    assert people_genders(text) == {"Tony Farrugia": ("male", "brother-in-law, Tony Farrugia")}
    text = "Story\n\nHis mother-in-law, Rita Borg, was not in court."
    assert people_genders(text) == {"Rita Borg": ("female", "mother-in-law, Rita Borg")}


def test_one_sex_titles_of_other_countries() -> None:
    text = "Story\n\nHajjat Aisha Nakato said the board was punishing children."
    assert people_genders(text) == {"Aisha Nakato": ("female", "Hajjat Aisha Nakato")}
    text = "Story\n\nRatu Josefa Vula said the chiefs would meet."
    assert people_genders(text) == {"Josefa Vula": ("male", "Ratu Josefa Vula")}
    # Fijian "Adi" is a woman's title but also a man's given name: no evidence
    text = "Story\n\nChairperson Adi Litia Qalirea said the fee would rise."
    assert people_genders(text)["Adi Litia Qalirea"][0] == "unknown"


def test_a_clause_after_a_name_is_no_apposition() -> None:
    # "had lost her husband" makes no husband of Fatma Hanım (her pronoun is the evidence)
    text = "Story\n\nHe named a neighbour, Fatma Hanım, had lost her husband in the quake."
    assert people_genders(text)["Fatma Hanım"] == ("female", "her")
    text = "Story\n\nTom Reed, her husband, said nothing."
    assert people_genders(text)["Tom Reed"] == ("male", "her husband")


def test_a_hyphenated_noun_in_apposition_is_the_person_s_own() -> None:
    text = (
        "Story\n\nTomás Aguilar, a co-author of the study, said the result was clear. "
        "He said more work was needed."
    )
    assert people_genders(text) == {"Tomás Aguilar": ("male", "He")}


def test_the_pronoun_of_an_opening_phrase_about_the_subject_s_own_words() -> None:
    text = "Story\n\nIn her opening address, Advocate Zanele Ntuli told the court the man lied."
    assert people_genders(text) == {"Zanele Ntuli": ("female", "her")}
    text = "Story\n\nDuring his testimony to the committee, Rob Lowe denied the claim."
    assert people_genders(text) == {"Rob Lowe": ("male", "his")}
    # not a phrase about anything else, nor a name that is not the subject right after it
    text = "Story\n\nIn her absence, John Smith ran the company."
    assert people_genders(text) == {"John Smith": ("unknown", None)}
    text = "Story\n\nAfter his death, Mary Jones said the family grieved."
    assert people_genders(text) == {"Mary Jones": ("unknown", None)}
    text = "Story\n\nIn his letter, the minister said Tom Reed was wrong."
    assert people_genders(text) == {"Tom Reed": ("unknown", None)}


def test_initials_without_stops_open_a_name() -> None:
    text = (
        "Story\n\nExecutive engineer S R Patil said the dam was full. Patil told reporters "
        "the gates were opened."
    )
    people = analyze(text).people
    assert [(p.name, p.mentions) for p in people] == [("S R Patil", 2)]
    assert source_kinds("Police inspector V G Kale said two men were held.") == {
        "V G Kale": ("person", "person:named_person")
    }
    # capital letters that are no initials of a name
    assert analyze("Story\n\nThe A B C said it would appeal. Vitamin B C D helps.").people == []


def test_kin_nouns_and_officers_of_groups_before_a_name() -> None:
    text = "Story\n\nThe family had called her paternal uncle Vinayak Kulkarni in Mumbai."
    assert people_genders(text) == {"Vinayak Kulkarni": ("male", "uncle Vinayak Kulkarni")}
    text = "Lyn Pascoe, convenor of the Save Tarrawong Headland group, said they would appeal."
    assert source_kinds(text) == {"Lyn Pascoe": ("person", "person:named_person")}


def test_a_rank_ending_a_body_s_name_and_a_role_before_at_are_persons() -> None:
    text = "No one died, according to the Dar es Salaam Regional Police Commander, Mr Jo Mwaka."
    assert source_kinds(text)["Dar es Salaam Regional Police Commander"] == (
        "person",
        "person:role_noun",
    )
    text = "A police sub-inspector at Sinhagad Road police station said a case was registered."
    assert source_kinds(text) == {
        "police sub-inspector at Sinhagad Road police station": ("person", "person:role_noun")
    }
    # a body's name with a role inside it stays a body
    assert source_kinds("The Ministry of Health said it would pay.") == {
        "Ministry of Health": ("organisation", "organisation:named_body")
    }


def test_a_title_of_rank_before_a_surname_and_bodies_named_by_common_nouns() -> None:
    text = "SSP Tuilau urged parents to keep watch, and said officers would be posted."
    assert source_kinds(text) == {"SSP Tuilau": ("person", "person:surname")}
    # the person a title gave a one-word name is the source's: a voice, not only a subject
    assert [(p.name, p.quoted) for p in analyze("Story\n\n" + text).people] == [("Tuilau", True)]
    assert source_kinds("In a statement, the club said it had concerns.") == {
        "club": ("organisation", "organisation:body_noun")
    }
    assert source_kinds("Recruiters insist most placements go smoothly.") == {
        "Recruiters": ("group", "group:collective_noun")
    }

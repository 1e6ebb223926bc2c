"""Pronouns as gender evidence in the conventions of the thirteenth probe (issue 13;
docs/sources.md, "Thirteenth probe"): a he or she that opens its main clause points back,
never to a name after it; a candidate that a title or a gendered noun shows to be of the
other gender is no candidate; a mention after a title opens its sentence.  Texts built
by hand; each test keeps a reading that must not change, and one that must stay unknown."""

from __future__ import annotations

from tests.people_helpers import people_genders


def test_a_subject_pronoun_of_the_main_clause_points_back_not_to_a_later_name() -> None:
    text = (
        "Story\n\nDistrict Judge Evelyn Sarkisian warned both sides to be brief. "
        "At one point she cautioned Luis Montoya that he was testifying."
    )
    assert people_genders(text)["Evelyn Sarkisian"] == ("female", "she")
    text = "Story\n\nDana Smith spoke first. He said Alex Jones was wrong."
    assert people_genders(text) == {"Dana Smith": ("male", "He"), "Alex Jones": ("unknown", None)}
    # in a subordinate clause before the subject it may still point forward
    text = "Story\n\nDana Smith spoke first. When she arrived, Alex Jones said the hall was full."
    assert people_genders(text) == {
        "Dana Smith": ("unknown", None),
        "Alex Jones": ("unknown", None),
    }


def test_a_candidate_shown_to_be_of_the_other_gender_is_no_candidate() -> None:
    tail = " Kunene governor Marius Uararavi told reporters the delays were what he called hiccups."
    text = "Story\n\nKaveterua Tjiposa, a mother of six, said the food ran out." + tail
    assert people_genders(text)["Marius Uararavi"] == ("male", "he")
    # nothing shows the first speaker's gender: "he" may be either
    text = "Story\n\nKaveterua Tjiposa said the food ran out." + tail
    assert people_genders(text)["Marius Uararavi"] == ("unknown", None)
    # a gendered noun of the pronoun's own gender still names someone it may mean
    text = "Story\n\nThe father said the food ran out." + tail
    assert people_genders(text)["Marius Uararavi"] == ("unknown", None)
    # a title of the same gender shows a rival, not the other gender
    text = (
        "Story\n\nMs Tjiposa said the food ran out. Nurse Hilma Nghipandulwa says she sees cases."
    )
    assert people_genders(text)["Hilma Nghipandulwa"] == ("unknown", None)
    text = (
        "Story\n\nMr Tjiposa said the food ran out. Nurse Hilma Nghipandulwa says she sees cases."
    )
    assert people_genders(text)["Hilma Nghipandulwa"] == ("female", "she")


def test_a_mention_after_a_title_opens_its_sentence() -> None:
    text = (
        "Story\n\nDeputy Bríd Considine said she had written to the minister, Eamon Garvey, "
        "in February."
    )
    assert people_genders(text) == {
        "Bríd Considine": ("female", "she"),
        "Eamon Garvey": ("unknown", None),
    }
    # a phrase that opens the sentence before its subject still makes it unsure
    text = "Story\n\nPushed by host Chuck Todd on what could bring him to run, Mark Cuban demurred."
    assert people_genders(text)["Mark Cuban"] == ("unknown", None)


def test_a_name_given_as_one_s_own_takes_the_gender_of_its_pronoun() -> None:
    text = "Story\n\nA pensioner who gave her name only as Galina Ivanovna said prices rose."
    assert people_genders(text) == {"Galina Ivanovna": ("female", "her")}
    text = "Story\n\nA man who gave only his first name, Oleg Petrov, said it was cold."
    assert people_genders(text) == {"Oleg Petrov": ("male", "his")}
    text = "Story\n\nA woman who identified herself as Dana Smith said it was cold."
    assert people_genders(text) == {"Dana Smith": ("female", "herself")}
    # a name that is not given as anyone's own stays unknown
    text = "Story\n\nA pensioner who gave the name of her doctor, Galina Ivanovna, was angry."
    assert people_genders(text) == {"Galina Ivanovna": ("unknown", None)}

"""Pronoun evidence that could mean someone else is no evidence (issue 13): the classes of
the wrong public-figure genders of ``benchmarks/famous_genders.py`` (PolNeAR), on texts
built by hand.  Each test also keeps a reading that should stay evidence."""

from __future__ import annotations

from mediakit import analyze
from tests.people_helpers import people_genders as _people


def test_a_person_noun_joined_to_the_name_by_a_clause_is_someone_else() -> None:
    # "The Vermont senator, running against ... Helen Marsh": the senator is not Marsh
    got = _people(
        "Vote\n\n"
        "The Vermont senator, running against former secretary of state Helen Marsh, "
        "leads Marsh 50% to 40% among voters. His lead among independents is larger."
    )
    assert got["Helen Marsh"] == ("unknown", None)
    # a noun of the name's own phrase still is the name's
    got = _people(
        "Vote\n\nA spokesman for Harwick General Hospital, Piet Nandor, spoke. "
        "He said the ward was full."
    )
    assert got["Piet Nandor"][0] == "male"


def test_a_possessive_person_noun_is_someone_else() -> None:
    got = _people(
        "Rally\n\n"
        "The woman's enthusiasm for Tom Grady is recorded in detail: "
        "she clapped. Later she switched off the television."
    )
    assert got["Tom Grady"][0] != "female"


def test_a_given_name_nobody_lists_may_be_whom_the_pronoun_means() -> None:
    got = _people(
        "Rally\n\n"
        '"He really does love us," Melanie said, and soon Tom Grady was waving to the '
        "crowd, and she was switching off the television."
    )
    assert got["Tom Grady"] == ("unknown", None)
    # a given name of a listed person's mention is that person's ("Glenn" of "Glenn Beck")
    got = _people(
        "Radio\n\nRadio host Glenn Beckett minced no words in sharing what he thinks of it."
    )
    assert got["Glenn Beckett"] == ("male", "he")


def test_a_role_after_a_determiner_and_before_a_verb_is_a_person() -> None:
    got = _people(
        "Court\n\n"
        "In three interviews, the justice sounded off on Tom Grady, saying she did not "
        "want to contemplate it."
    )
    assert got["Tom Grady"] == ("unknown", None)
    got = _people(
        "Campaign\n\nThe general stumped for Helen Marsh in Iowa, and the campaign has "
        "touted his endorsement."
    )
    assert got["Helen Marsh"] == ("unknown", None)
    # "the general election" is no person
    got = _people("Campaign\n\nIn the general election Tom Grady did well, and he thanked voters.")
    assert got["Tom Grady"] == ("male", "he")


def test_a_pronoun_after_an_unresolved_one_of_its_gender_is_no_evidence() -> None:
    # "her" the object of Grady's verb is someone else, and so is "her post" after it
    got = _people(
        "Court\n\n"
        "Ruth Bader is known for her liberal bent.\n\n"
        "Tom Grady called on her to resign from her post."
    )
    assert got["Tom Grady"] == ("unknown", None)


def test_the_sources_resolution_can_make_a_pronoun_ambiguous() -> None:
    # the attribution layer reads "she said" as the earlier speaker, Marsh; the possessive
    # "Grady's" in a fronted phrase is no reading that overrules it
    got = _people(
        "Vetting\n\n"
        '"I have been vetted," Helen Marsh said. "I am still here."\n\n'
        "As for Tom Grady's ability to deflect attacks, she said, "
        '"The vetting has not even begun."'
    )
    assert got["Tom Grady"] == ("unknown", None)
    # the subject of the pronoun's own clause is such a reading
    got = _people(
        "Court\n\n"
        "Mitch Cornell spoke first.\n\n"
        '"It is not the time," he said.\n\n'
        "On the other side, leading candidate Tom Grady caused consternation in December, "
        "when he criticized the judge."
    )
    assert got["Tom Grady"] == ("male", "he")


def test_pronouns_of_both_genders_with_one_candidate_are_no_evidence() -> None:
    got = _people(
        "Emails\n\n"
        '"Nothing I said was wrong," Helen Marsh said in the interview.\n\n'
        "Fact checkers have pointed out that Tom Grady said only that her statements were "
        "truthful.\n\n"
        "He also said he was not qualified to weigh in on her public statements."
    )
    assert got["Tom Grady"] == ("unknown", None)


def test_a_prepositional_name_does_not_break_a_chain_of_pronouns() -> None:
    got = _people(
        "Admiral\n\n"
        "Admiral Harry Harrow grew up in Tennessee. He studied the ethics of war at "
        "Oxford. Then came a posting as the military adviser to Secretary of State Helen "
        "Marsh, when he monitored the talks."
    )
    assert got["Helen Marsh"] == ("unknown", None)


def test_a_pronoun_of_an_opening_phrase_may_mean_the_subject_after_it() -> None:
    got = _people(
        "Interview\n\n"
        "Pushed by host Chuck Tedd on what could bring him to run in 2020, Peter Cubane "
        "demurred."
    )
    assert got["Chuck Tedd"] == ("unknown", None)
    # a pronoun after the subject that opens the sentence still is the subject's
    got = _people("Interview\n\nHost Chuck Tedd asked what could bring him to run, and left.")
    assert got["Chuck Tedd"] == ("male", "him")


def test_given_names_of_news_people_make_their_runs_people() -> None:
    names = {p.name for p in analyze("Race\n\nJeb Bosh and Reince Prebus met Huma Abdin.").people}
    assert {"Jeb Bosh", "Reince Prebus", "Huma Abdin"} <= names

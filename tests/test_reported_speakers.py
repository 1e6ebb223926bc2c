"""Gender evidence from what a named speaker says: the subject pronoun that opens the
reported clause ("Mark Kelly said he was pleased") is the speaker's, unless the sentence
before names someone else it could mean (mediakit._speakers); and a gendered noun that
ends a sentence is no evidence for a name after it. Texts built by hand."""

from __future__ import annotations

from tests.people_helpers import people_genders as _people


def test_the_subject_of_a_speakers_reported_clause_is_the_speaker() -> None:
    # the sentence before names a woman, so "he" can only be the speaker
    got = _people(
        "Ruling\n\nJane Smith said the ruling was wrong.\n\nMark Kelly said he was pleased."
    )
    assert got["Mark Kelly"] == ("male", "he")
    assert got["Jane Smith"] == ("unknown", None)
    got = _people(
        "Ruling\n\nJane Smith said the ruling was wrong.\n\n"
        "Mark Kelly told reporters that he was pleased."
    )
    assert got["Mark Kelly"] == ("male", "he")


def test_no_reported_clause_evidence_when_the_sentence_before_offers_another_referent() -> None:
    # a man named before: "he" may be him
    got = _people(
        "Debate\n\nDonald Trump attacked the press on Monday.\n\n"
        "Hillary Clinton said he is unfit to serve."
    )
    assert got["Hillary Clinton"] == ("unknown", None)
    # a man named by a role only
    got = _people(
        "Debate\n\nThe president attacked the press on Monday.\n\n"
        "Hillary Clinton said he is unfit to serve."
    )
    assert got["Hillary Clinton"] == ("unknown", None)
    # a woman before, and "she": either of them
    got = _people(
        "Appeal\n\nSiobhan Walsh said she would appeal the ruling.\n\n"
        "Aroha Te Pania said she was thrilled with the result."
    )
    assert got["Aroha Te Pania"] == ("unknown", None)
    # a possessive after the cue is no subject ("said his remarks": whose?)
    got = _people("Debate\n\nJane Smith spoke first.\n\nMark Kelly said his remarks were misread.")
    assert got["Mark Kelly"] == ("unknown", None)


def test_a_gendered_noun_that_ends_a_sentence_is_no_evidence_for_the_next() -> None:
    got = _people(
        "Law\n\nIt poses a risk to the woman.  Alberto Fernández said the law was unjust."
    )
    assert got["Alberto Fernández"] == ("unknown", None)
    got = _people("Law\n\nThe spokeswoman Priya Nandra said no.")
    assert got["Priya Nandra"] == ("female", "spokeswoman Priya Nandra")


def test_the_subject_of_a_clause_the_subjects_own_clause_opens() -> None:
    got = _people("Expo\n\nJohn Rhys-Davies broke news when he revealed a reboot.")
    assert got["John Rhys-Davies"] == ("male", "he")
    got = _people(
        "Email\n\nJane Smith spoke first.\n\n"
        "Paul Kelly used a private email address while he was in office."
    )
    assert got["Paul Kelly"] == ("male", "he")
    # someone the sentence before names, or a person noun there, may be whom it means
    got = _people(
        "Email\n\nJane Smith spoke first.\n\n"
        "Hillary Clinton used a private email address while she was in office."
    )
    assert got["Hillary Clinton"] == ("unknown", None)
    got = _people("Talks\n\nThe president spoke first.\n\nJohn Reed left before he could answer.")
    assert got["John Reed"] == ("unknown", None)
    # an object of the subject's verb is someone else, whatever clause word follows it
    got = _people(
        "Race\n\nBernie Sanders is a senator. Sanders challenged her when she ran in 1986."
    )
    assert got["Bernie Sanders"] == ("unknown", None)

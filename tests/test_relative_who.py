"""A relative "who" means the phrase right before it, "WHO" in capitals is no pronoun,
and an owner's title is no evidence for the role after it (issue 13, from probes of
other newsrooms' conventions).  Texts built by hand."""

from __future__ import annotations

from mediakit import analyze


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [(a.source.text if a.source else "", a.source_name) for a in analyze(text).attributions]


def test_who_after_a_common_noun_phrase_is_that_phrase() -> None:
    got = _sources(
        "Crash\n\nSgt. Maria Quinones-Bett said the man fled. The victim's daughter, who "
        "asked that her name not be used, told reporters that he was kind."
    )
    assert got[1] == ("who", "victim's daughter")
    got = _sources(
        "Vote\n\nRep. Ernesto Dela Cruz denied the claims. A resident who requested "
        "anonymity said a councillor offered her money."
    )
    assert ("who", "resident") in got
    assert "Ernesto Dela Cruz" not in [name for text, name in got if text == "who"]


def test_who_keeps_the_name_it_stands_after() -> None:
    # after a name's apposition, or a preposition's object, the relative is the name's
    got = _sources("Race\n\nJohn Smith, a farmer, who was there, said it was loud.")
    assert got == [("John Smith, a farmer, who was there", "John Smith")]
    got = _sources(
        'Talks\n\nAnna Berg met the staff. "It failed," said one official familiar with '
        "the talks, who added that the plan was dead."
    )
    assert got[1] == ("who", "one official familiar with the talks")


def test_who_in_capitals_is_the_organisation() -> None:
    a = analyze(
        "Malaria\n\nProfessor Jane Adeyemi said the vaccine worked. The WHO said in a "
        "statement that it welcomed the results."
    )
    assert [x.source_name for x in a.attributions] == ["Jane Adeyemi", "WHO"]
    assert {s.name: s.kind for s in a.sources}["WHO"] == "organisation"


def test_the_owners_title_is_no_evidence_for_the_role_after_it() -> None:
    # a fourth probe's one wrong gender: "Mr" belongs to the owner, not to the lawyer
    a = analyze(
        "Land\n\nMr Thanakorn Rattanawong denied the charges. Mr Thanakorn's lawyer, "
        "Wanida Chaiyaporn, said the land was bought legally."
    )
    assert {s.name: s.gender for s in a.sources} == {
        "Thanakorn Rattanawong": "male",
        "Wanida Chaiyaporn": "unknown",
    }
    a = analyze("Land\n\nMr Thanakorn's lawyer said the land was bought legally.")
    assert [(s.name, s.gender) for s in a.sources] == [("Mr Thanakorn's lawyer", "unknown")]

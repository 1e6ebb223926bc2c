"""People and sources in the conventions of other newsrooms, from the tenth probe (issue
13; docs/sources.md): names written family name first, capitals beyond Latin-1, double
surnames, "Mr." before an unlisted given name, a nation's bodies and heads before a
place.  Texts built by hand; each test keeps a reading that must not change."""

from __future__ import annotations

from mediakit import analyze
from mediakit._names import family_name_first
from mediakit._people_merge import inner_surname


def _people(text: str) -> dict[str, int]:
    return {p.name: p.mentions for p in analyze("Story\n\n" + text).people}


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in analyze("Story\n\n" + text).sources}


def test_names_written_family_name_first_are_kept_whole() -> None:
    text = "Vo Minh Tuan, a driver, said the road was shut. Pham Thi Ngoc Anh said prices rose."
    assert _people(text) == {"Vo Minh Tuan": 1, "Pham Thi Ngoc Anh": 1}
    assert family_name_first(["Tan", "Wei", "Ming"])
    # a listed family name before words that are no given-name syllables
    assert not family_name_first(["Tan", "Jones", "International"])
    assert not family_name_first(["Lee", "Harvey"])  # two words: no convention shown


def test_two_people_with_one_family_name_share_mr_tan() -> None:
    text = (
        "The hospital's chief executive, Dr Tan Hui Ling, apologised. Among those affected "
        "is retiree Tan Wei Ming, 71. Mr Tan said he was worried about scam calls."
    )
    people = {p.name: p.gender for p in analyze("Story\n\n" + text).people}
    # "Mr Tan" is never the chief executive's title
    assert people["Tan Hui Ling"] == "unknown"


def test_capitals_beyond_latin_1_open_a_speaker_s_name() -> None:
    text = "A fisherman, Đoàn Minh Tâm, said he had lost his boat. Tâm added the port was shut."
    assert _people(text) == {"Đoàn Minh Tâm": 2}
    assert _sources(text) == {"Đoàn Minh Tâm": "person"}
    text = "Łukasz Nowak said it was bad. Nowak added more."
    assert _sources(text) == {"Łukasz Nowak": "person"}


def test_the_first_of_two_surnames_names_the_person() -> None:
    assert inner_surname("Inmaculada Sosa Lema") == "Sosa"
    assert inner_surname("Patricia Ann Spearman") is None  # a listed given name
    assert inner_surname("Donald J. Trump") is None
    text = (
        "Inmaculada Sosa Lema runs a pharmacy off Calle Granada. "
        '"Now I sell sunscreen to tourists," says Sosa.'
    )
    assert _people(text) == {"Inmaculada Sosa Lema": 2}
    assert _sources(text) == {"Inmaculada Sosa Lema": "person"}
    # a run with a body's or a place's word is no one's name
    text = 'The Sosa Pharmacy Group stayed shut. "We are closed," says Sosa.'
    assert "Sosa Pharmacy Group" not in _people(text)


def test_mr_with_a_full_stop_before_an_unlisted_given_name() -> None:
    text = "The ministry, in a statement signed by its spokesman, Mr. Sola Akintunde, urged calm."
    people = analyze("Story\n\n" + text).people
    assert [(p.name, p.gender, p.gender_rule) for p in people] == [
        ("Sola Akintunde", "male", "title")
    ]


def test_a_nation_s_bodies_are_organisations_not_people() -> None:
    text = "Environment Canada warned of more snow. Transport Canada said the ferry was safe."
    assert _people(text) == {}
    assert _sources(text) == {
        "Environment Canada": "organisation",
        "Transport Canada": "organisation",
    }
    assert _sources("RSPB Cymru said the turbines would harm birds.") == {
        "RSPB Cymru": "organisation"
    }
    # a person whose surname is a nation's name, after a listed given name
    assert _sources("Kathy Ireland said she would go.") == {"Kathy Ireland": "person"}


def test_heads_before_a_place_or_of() -> None:
    assert _sources("One bond trader in Puerto Alba said the move was priced in.") == {
        "One bond trader in Puerto Alba": "person"
    }
    assert _sources("A drone operator serving near Orikhiv said the lines held.") == {
        "drone operator serving near Orikhiv": "person"
    }
    assert _sources("The Leader of the Opposition said the budget failed.") == {
        "Leader of the Opposition": "person"
    }
    text = "Minutes of the previous meeting, released in May, showed that two members dissented."
    assert _sources(text) == {"Minutes of the previous meeting": "document"}
    assert _sources("The Athletics Integrity Unit said the sample was positive.") == {
        "Athletics Integrity Unit": "organisation"
    }


def test_a_pronoun_means_the_person_last_named_as_a_subject() -> None:
    text = (
        "Jacques Chirac was born in 1932. He served under President Robert Pompidou. "
        "Additionally, Chirac was mayor of Paris. He said Europe must integrate."
    )
    got = analyze("Story\n\n" + text)
    assert [x.source_name for x in got.attributions] == ["Jacques Chirac"]
    # a surname as the object of a cue is no subject: "He said Zelensky is ..." is still
    # the one who filed
    text = (
        "President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer. "
        "Honcharuk filed his resignation on Wednesday. He said Zelensky is "
        '"a model of honesty for me"; "I wrote a resignation offer," he added.'
    )
    got = analyze("Story\n\n" + text)
    assert [x.source_name for x in got.attributions] == ["Oleksiy Honcharuk"]


def test_a_role_in_apposition_with_no_article_or_after_a_possessive() -> None:
    text = "He had spoken to Jordan Petrie, chief executive of the ferry body, on Monday."
    assert "Jordan Petrie" in _people(text)
    text = "He had spoken to S. Arulmozhi, the federation's State president, on Monday."
    assert "S. Arulmozhi" in _people(text)
    # places in a list are no one
    assert _people("Flights from New York, London, Paris, Madrid were cut.") == {}


def _attributed(text: str) -> list[str | None]:
    return [x.source_name for x in analyze("Story\n\n" + text).attributions]


def test_a_past_cue_after_a_year_or_a_month_in_the_subject() -> None:
    text = "A report commissioned by the museum in 2021 concluded there was no basis for it."
    assert _attributed(text) == ["report commissioned by the museum in 2021"]
    text = "A review commissioned by the province in 2023 found that the route was late."
    assert _attributed(text) == ["review commissioned by the province in 2023"]
    # "in May" goes with the cue, not with the source
    text = "A report commissioned by the museum in May concluded there was no basis for it."
    assert _attributed(text) == ["report commissioned by the museum"]
    assert _attributed("Officials last March said the bridge was safe.") == ["Officials"]
    # a year with no noun before it: "reported" is a modifier
    assert _attributed("In 2020 reported cases rose sharply.") == []
    assert _attributed("There were 1,017 reported cases in 2020.") == []


def test_names_of_an_eleventh_probe() -> None:
    # a person noun in apposition; a role with a hyphen before a name
    assert "Murata Shinji" in _people("He spoke with Murata Shinji, a hunter with 40 years.")
    text = "He raised it with the Ministry's director-general, Shai Carmeli, in Jerusalem."
    assert "Shai Carmeli" in _people(text)
    # titles: a Malaysian engineer's, a Knesset member's, a title of two words inside a run
    text = "He met Public Works Department director Ir Hasnul Azri Mat Daud on Monday."
    assert "Hasnul Azri Mat Daud" in _people(text)
    assert "Yifat Barak-Levi" in _people("MK Yifat Barak-Levi toured the site on Tuesday.")
    text = "It was attended by former Chief Secretary to the Government Tan Sri Mokhtar Hashim."
    assert "Mokhtar Hashim" in _people(text)
    # a place's given name before the person's
    text = "Member of Parliament for St Elizabeth South Western Marlon Ebanks-Whyte will attend."
    assert _people(text) == {"Marlon Ebanks-Whyte": 1}
    assert _people("Queen Elizabeth Hospital said it was full.") == {}


def test_a_dash_between_two_words_is_no_clause_boundary() -> None:
    text = (
        "Naviera Caribe Azul, which operates the Playa del Carmen–Cozumel route, said on "
        "its Facebook page that tickets would remain valid."
    )
    assert _attributed(text) == ["Naviera Caribe Azul"]
    text = "The operator of the Dover–Calais route said sailings were cancelled."
    assert _attributed(text) == ["operator of the Dover–Calais route"]


def test_a_capitalised_word_in_ly_before_a_cue_is_a_surname() -> None:
    assert _attributed("Morgan Tully said the club was sold.") == ["Morgan Tully"]
    assert _attributed("Mary Daly told reporters the club was sold.") == ["Mary Daly"]
    got = analyze("Story\n\nThe minister repeatedly said the club was sold.").attributions
    assert [x.cue.text for x in got if x.cue] == ["repeatedly said"]
    # "chair" is a role before a name
    assert _people('Trust chair Morgan Tully told Castlebridge FM: "We have seen it."') == {
        "Morgan Tully": 1
    }

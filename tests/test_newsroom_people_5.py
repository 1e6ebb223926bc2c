"""People and sources in the conventions of other newsrooms, from the eighth and ninth
probes (issue 13; docs/sources.md): relative clauses after a name, people who go by one
name, roles after a possessive, corporate titles, names written surname first, bodies
named by a noun, and pronouns that may mean an article's subject.  Texts built by hand;
each test keeps a reading that must not change."""

from __future__ import annotations

from mediakit import analyze


def _people(text: str) -> dict[str, str]:
    return {p.name: p.gender for p in analyze("Story\n\n" + text).people}


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in analyze("Story\n\n" + text).sources}


def test_a_relative_who_after_a_name_is_that_person() -> None:
    got = analyze("Story\n\nPodesta, who said the plan failed, said he would stay.")
    assert [x.source_name for x in got.attributions] == ["Podesta", "Podesta"]
    # an age between the name and "who" is no source
    text = "Layla, 16, who asked that only her first name be used, said she was afraid."
    assert _sources(text) == {"Layla": "person"}


def test_said_then_a_pronoun_and_a_verb_is_a_reported_clause() -> None:
    got = analyze("Story\n\nThe man, who asked not to be named, said he fled.")
    assert [(x.source_name, x.rule) for x in got.attributions] == [("man", "X_said_content")]
    # an inverted pronoun alone is still one
    got = analyze('Story\n\nShe looked up. "We are leaving," said she.')
    assert [x.rule for x in got.attributions] == ["content_comma_said_X"]


def test_people_who_go_by_one_name() -> None:
    assert "Pita" in _people("A fisherman who asked to be identified only as Pita said he left.")
    assert "Jacqueline" in _people("A neighbour, who gave her name only as Jacqueline, said so.")
    text = "Maria had waited three years. Maria, 34, is seeking asylum. Maria testified."
    people = analyze("Story\n\n" + text).people
    assert [(p.name, p.mentions) for p in people] == [("Maria", 3)]
    # not a people's name, a place with a number, nor a date
    assert _people("The suspects were identified as Narikuravars from the village.") == {}
    assert _people("The bishop of the diocese in the Philippines, 79, died.") == {}
    assert _people("She was born Sept, 26, 2014, in Ohio.") == {}
    assert _people("It was a hacking group known as Fancy Bear.") == {}


def test_roles_in_apposition_after_a_possessive_or_an_age() -> None:
    text = "Uppsala's director of education, Pernilla Sjöberg, was not available."
    assert "Pernilla Sjöberg" in _people(text)
    text = "The constituency's Member of Parliament, Leota Samuelu Fa'asalele, has not commented."
    assert "Leota Samuelu Fa'asalele" in _people(text)
    text = "Li Hong, a 58-year-old retired trader in Shanghai, put 3 million yuan in."
    assert "Li Hong" in _people(text)


def test_corporate_titles_before_a_name() -> None:
    assert _people("Hengrun Trust Chairman Zhou Wenbin has not been seen.") == {
        "Zhou Wenbin": "unknown"
    }
    text = '"It was tough," Chief Executive Dana Whitfield said on a call.'
    assert list(_people(text)) == ["Dana Whitfield"]
    assert _people("President Obama signed an Executive Order.") == {"Obama": "unknown"}
    # a photo caption's label ends the name
    text = "AIP Chairman Markham Robinson Image: Markham Robinson.\n\nRobinson said no."
    assert list(_people(text)) == ["Markham Robinson"]


def test_names_written_surname_first_by_the_articles_convention() -> None:
    text = (
        "Kitakami Mayor Takahashi Reiko announced the plan. Takahashi said bears were near."
        "\n\nSato Kazuki runs an apple orchard. Sato said he was afraid."
    )
    people = analyze("Story\n\n" + text).people
    assert [(p.name, p.mentions) for p in people] == [("Takahashi Reiko", 2), ("Sato Kazuki", 2)]
    # no convention shown: a loose run stays out; nor a phrase of common words
    assert _people("Sato Kazuki runs an orchard. Sato said bears came.") == {}
    text = (
        "President Xi Jinping met him. Xi said so. Climate Change was the topic. Climate "
        "was all they discussed, and the climate is changing."
    )
    assert "Climate Change" not in _people(text)


def test_a_body_named_like_a_person() -> None:
    text = (
        "British payments app Kestrel Pay said on Thursday that hackers stole data. "
        "Kestrel Pay, founded in 2017, says it has 3 million users."
    )
    assert _people(text) == {}
    assert _sources(text) == {"Kestrel Pay": "organisation"}


def test_known_as_is_no_cue() -> None:
    got = analyze("Story\n\nThe man, known only as Kofi, said he fled.")
    assert [(x.source_name, x.cue_lemma) for x in got.attributions] == [("man", "say")]


def test_a_pronoun_that_may_mean_the_articles_subject_is_no_evidence() -> None:
    text = (
        "Grace Nakamura-Pryce, whose bakery fed the town, has died. Her son, Daniel Pryce, "
        "said she was ill. Mrs Nakamura-Pryce opened the bakery in 1962.\n\nHer apprentice, "
        "Kofi Mensah, took over. Mensah said she would keep the recipes."
    )
    got = _people(text)
    assert got["Grace Nakamura-Pryce"] == "female"
    assert got["Kofi Mensah"] == "unknown"  # "she" may be Mrs Hale
    # a reflexive after the name in its own sentence still counts
    text += " The former mayor, Rajesh Chaudhry, who described himself as a customer, wept."
    assert _people(text)["Rajesh Chaudhry"] == "male"
    # and with no such subject, the speaker's "she" is hers
    assert _people("Ann Lowe runs a bakery. Lowe said she was tired.") == {"Ann Lowe": "female"}


def test_names_with_letters_nicknames_and_hyphenated_given_names() -> None:
    text = "Her barrister, Jonathan Whitcombe KC, said the ruling was wrong."
    assert list(_people(text)) == ["Jonathan Whitcombe"]
    text = 'In Manila, Sen. Teodoro "Teddy" Alcaraz filed a resolution.'
    assert list(_people(text)) == ["Teodoro Alcaraz"]
    # a headline's capitalised words with a quoted one are no nickname
    assert _people("Retired General Reveals ‘Demoralizing’ Experience Of Serving.") == {}
    text = '"It was weak," said Jun-ho Park, a transport analyst at Nordea Markets.'
    assert list(_people(text)) == ["Jun-ho Park"]
    assert "Rosa" in _people("A woman who gave only her first name, Rosa, said she left.")


def test_a_title_and_of_before_a_name() -> None:
    text = "Opposition Member of Parliament Kemar Thorpe described it as a crisis."
    assert list(_people(text)) == ["Kemar Thorpe"]
    # an apposition after the run: the run is a body's name, the person follows
    text = "The Director of Mid Wales Tourism Partnership, David Clay, called it a step back."
    assert list(_people(text)) == ["David Clay"]


def test_kinds_of_the_ninth_probe() -> None:
    assert _sources("One of the passengers said the plane shook.") == {
        "One of the passengers": "person"
    }
    got = _sources("A firefighter working on the north side said it jumped the road.")
    assert got == {"firefighter working on the north side": "person"}
    got = _sources("The campaign group Families for Accountability said the inquiry failed.")
    assert got == {"campaign group Families for Accountability": "organisation"}
    assert _sources("One district GOP leader said he was worried.") == {
        "One district GOP leader": "person"
    }
    assert _sources("The police watchdog said it would investigate.") == {
        "police watchdog": "organisation"
    }
    assert _sources("A small-scale miner said the slope gave way.") == {
        "small-scale miner": "person"
    }
    assert _sources("According to a 1987 profile in the Gazette, she was poor.") == {
        "1987 profile": "document"
    }
    assert _sources("Pilots' representatives said the roster was unsafe.") == {
        "Pilots' representatives": "group"
    }
    # a noun in -ing before a preposition stays the head
    assert _sources("The most recent polling in Florida showed him ahead.") == {
        "most recent polling in Florida": "document"
    }


def test_kinds_of_the_tenth_probe() -> None:
    # a lower-case head before a body's name is the person, not the body
    assert _sources("A nurse at the Baruch Padeh center said beds were full.") == {
        "nurse at the Baruch Padeh center": "person"
    }
    assert _sources("A spokeswoman for the Israeli Defense Ministry said no.") == {
        "spokeswoman for the Israeli Defense Ministry": "person"
    }
    assert _sources("The head of the Service Employees International Union said yes.") == {
        "head of the Service Employees International Union": "person"
    }
    # a participle in -ed before a preposition ends the head
    assert _sources("Passengers stranded at the pier said no one told them.") == {
        "Passengers stranded at the pier": "group"
    }
    got = _sources("Research conducted by the Center for Media and Public Affairs found bias.")
    assert got == {"Research conducted by the Center for Media and Public Affairs": "document"}
    assert _sources("A projection by the consulting firm Oxford Economics showed a fall.") == {
        "projection by the consulting firm Oxford Economics": "document"
    }
    # the body noun heads stay bodies
    assert _sources("The parliament of Portugal said no.") == {
        "parliament of Portugal": "organisation"
    }

"""Sources and people in the conventions of newsrooms unlike the tuning corpus (issue 13):
British and Australian titles and descriptors, departments whose names hold a comma,
surnames that are also words of places, cue words used as nouns.  Texts built by hand;
each test keeps a reading that must not change."""

from __future__ import annotations

from mediakit import analyze
from tests.people_helpers import people_genders


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in analyze(text).sources}


def _kind_rules(text: str) -> dict[str, str]:
    return {s.name: s.kind_rule for s in analyze(text).sources}


def _attributions(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (a.source.text if a.source else None, a.cue.text if a.cue else None)
        for a in analyze(text).attributions
    ]


def test_a_possessive_opening_an_apposition_means_someone_else() -> None:
    got = people_genders(
        "Budget\n\nMs Sharon Thompson, his deputy, said residents would be consulted. "
        "She added that libraries would stay open."
    )
    assert got["Sharon Thompson"] == ("female", "Ms Sharon Thompson")
    # a possessive that is the name's own still counts: "Tom Grady and his wife"
    got = people_genders("Vote\n\nTom Grady and his wife voted early in Leeds.")
    assert got["Tom Grady"] == ("male", "his")


def test_a_descriptor_joined_by_hyphens_names_no_one_and_can_give_a_gender() -> None:
    text = 'Bills\n\nMother-of-two Kerry Walsh, 34, said she was worried. "We manage," she said.'
    assert people_genders(text)["Kerry Walsh"] == ("female", "Mother-of-two Kerry Walsh")
    assert "Kerry Walsh" in _sources(text)


def test_british_titles_are_no_part_of_a_name() -> None:
    got = _sources(
        "Budget\n\nCllr Ann Lee said the budget was fair. "
        "Det Insp Tom Hardy said the inquiry would continue. Revd Jane Holt said prayers."
    )
    assert {"Ann Lee", "Tom Hardy", "Jane Holt"} <= set(got)
    assert all(k == "person" for k in got.values())


def test_a_surname_that_is_a_place_word_after_a_given_name() -> None:
    text = (
        "Claims\n\nThe Insurance Council declared a catastrophe. Its chief executive, "
        "Andrew Hall, said about 2,000 claims had been lodged."
    )
    assert _sources(text).get("Andrew Hall") == "person"
    assert "Andrew Hall" in people_genders(text)
    # places stay places: no person in "Victoria Park" or "the Albert Hall"
    got = people_genders(
        "Parks\n\nCrowds gathered in Victoria Park on Sunday. The Albert Hall concert went ahead."
    )
    assert got == {}


def test_a_cue_word_after_an_ing_verb_is_its_object() -> None:
    got = _attributions(
        "Floods\n\nThe council declared a catastrophe, allowing claims to be fast-tracked."
    )
    assert [cue for _source, cue in got] == ["declared"]
    got = _attributions("Stocks\n\nThe move came amid a slump, stoking fears of a recession.")
    assert got == []
    # a noun in -ing speaks as a document: "national polling shows", "the filing cites"
    got = _attributions("Race\n\nNational polling shows Ms Reed ahead by four points.")
    assert ("National polling", "shows") in got
    got = _attributions("Suit\n\nThe filing cites three earlier rulings.")
    assert ("The filing", "cites") in got


def test_a_department_whose_name_holds_a_comma() -> None:
    text = (
        "Rules\n\nA spokesperson for the Department for Environment, Food and Rural Affairs "
        "said the rules would change."
    )
    assert _attributions(text) == [
        ("A spokesperson for the Department for Environment, Food and Rural Affairs", "said")
    ]
    assert "spokesperson for the Department for Environment, Food and Rural Affairs" in (
        _sources(text)
    )
    # a list of people after a place and a comma stays the source
    got = _attributions("Prices\n\nPrices rose in Leeds, Smith and Jones said.")
    assert got == [("Smith and Jones", "said")]


def test_figures_published_by_a_body_speak_for_it() -> None:
    text = (
        "Prices\n\nFigures published by the Office for National Statistics show "
        "inflation fell to 4%."
    )
    assert _sources(text) == {"Office for National Statistics": "organisation"}


def test_someone_named_by_their_age_is_a_person() -> None:
    got = _kind_rules(
        'Bills\n\n"It is unfair," the 29-year-old told this newspaper. '
        "Two 16-year-olds said they saw the car."
    )
    assert got == {"29-year-old": "person:age_noun", "Two 16-year-olds": "group:age_noun"}


def test_titles_of_indian_and_french_usage_are_evidence() -> None:
    got = people_genders(
        "Metro\n\nSmt. Meenakshi Lekhi, MP from New Delhi, said the issue was serious. "
        "Shri Ram Kumar said it was fine. Mme Anne Dufour said nothing."
    )
    assert got == {
        "Meenakshi Lekhi": ("female", "Smt. Meenakshi Lekhi"),
        "Ram Kumar": ("male", "Shri Ram Kumar"),
        "Anne Dufour": ("female", "Mme Anne Dufour"),
    }


def test_local_news_a_release_from_an_office_a_place_acting_a_capitalised_role() -> None:
    text = (
        "Flood\n\nAccording to a press release from the mayor's office, about 300 homes "
        "are without water. Resident Doug Peterson said he woke up to water. "
        "Anyone with questions can call 801-483-6900, the city said."
    )
    an = analyze(text)
    first = an.attributions[0]
    assert first.source is not None
    assert first.source.text == "a press release from the mayor's office"
    assert [c.text for c in first.content] == ["about 300 homes are without water"]
    got = {s.name: s.kind for s in an.sources}
    assert got == {
        "mayor's office": "organisation",
        "Doug Peterson": "person",
        "city": "organisation",
    }


def test_science_news_a_venue_a_recipient_and_a_co_author() -> None:
    text = (
        "Reefs\n\nReefs recover within a decade, according to research published in "
        "Nature on Wednesday. Co-author Pedro Silva, a professor at the University of "
        "Lisbon, cautioned that the findings did not apply everywhere. Terry Hughes told "
        "The Guardian the sample was too small."
    )
    an = analyze(text)
    got = [
        (a.source.text if a.source else None, [c.text for c in a.content]) for a in an.attributions
    ]
    assert got == [
        ("research published in Nature", ["Reefs recover within a decade"]),
        (
            "Co-author Pedro Silva, a professor at the University of Lisbon",
            ["that the findings did not apply everywhere"],
        ),
        ("Terry Hughes", ["the sample was too small"]),
    ]
    kinds = {s.name: s.kind for s in an.sources}
    assert kinds == {
        "research published in Nature": "document",
        "Pedro Silva": "person",
        "Terry Hughes": "person",
    }
    # a possessive after "told" is no recipient of its own: "told her colleagues the news"
    got = [
        [c.text for c in a.content]
        for a in analyze("She told her colleagues the news.").attributions
    ]
    assert got == [["her colleagues the news"]]


def test_a_generational_suffix_is_no_surname() -> None:
    text = (
        "Shops\n\nRobert L. Hayes Jr., who owns the hardware store, said business was down. "
        "Mr. Hayes, a former Marine, said he had laid off two workers."
    )
    got = {s.name: (s.kind, s.attributions) for s in analyze(text).sources}
    assert got == {"Robert L. Hayes Jr.": ("person", 2)}


def test_court_news_a_quote_then_a_new_clause_a_recipient_and_court_papers() -> None:
    text = (
        'Court\n\nJudge Mary Brooks called the crimes "a betrayal." She said the sentence '
        "should deter others. According to the indictment, Dennis Callahan took cash. "
        "Callahan told the judge he was sorry. He went on to cite his health."
    )
    an = analyze(text)
    got = [
        (
            a.source.text if a.source else None,
            a.cue.text if a.cue else None,
            [c.text for c in a.content],
        )
        for a in an.attributions
    ]
    assert got == [
        ("Judge Mary Brooks", "called", ['the crimes "a betrayal."']),
        ("She", "said", ["the sentence should deter others"]),
        ("the indictment", "According to", ["Dennis Callahan took cash"]),
        ("Callahan", "told", ["he was sorry"]),
        ("He", "went on to cite", ["his health"]),
    ]
    assert {s.name: s.kind for s in an.sources}["indictment"] == "document"
    # a short tail after a quote stays the quote's attribution: "Trump said the day after"
    got = [
        (a.rule, [c.text for c in a.content])
        for a in analyze('"We will win." Trump said the day after.').attributions
    ]
    assert got == [("quote_then_X_said", ["We will win."])]


def test_a_question_to_you_is_no_attribution() -> None:
    assert _attributions("Interview\n\nDo you think the tax will pass?") == []
    assert _attributions("Interview\n\nWhat would you say to voters who feel betrayed?") == []
    # a statement by "you", and the asking itself, stay
    assert _attributions("Interview\n\nYou said you would win.") == [("You", "said")]
    assert _attributions('Interview\n\n"Do you think we will win?" he asked.') == [("he", "asked")]


def test_kinds_of_sources_of_any_newsroom() -> None:
    got = _kind_rules(
        "Talks\n\nThe talks failed, Agence France-Presse reported. Xinhua said the "
        "visit went well. Many said the plan would fail. Someone told the paper it "
        "was a hoax. The book says the war was lost. A New York businessman said "
        "the tax would hurt. Employees said they were not paid."
    )
    assert got == {
        "Agence France-Presse": "organisation:news_outlet",
        "Xinhua": "organisation:news_outlet",
        "Many": "group:indefinite",
        "Someone": "person:indefinite",
        "book": "document:document_noun",
        "New York businessman": "person:role_noun",
        "Employees": "group:collective_noun",
    }
    got = _kind_rules("Claims\n\nSeveral fact checkers said the claim was false.")
    assert got == {"Several fact checkers": "group:quantified"}


def test_sports_news_roles_nations_particles_and_an_object_after_a_comma() -> None:
    text = (
        "Football\n\nManchester United were held to a draw by Erik ten Hag's old club. "
        "Goalkeeper Mark Flekken made six saves. Brentford boss Thomas Frank praised his "
        "side's resilience. \"I'm very proud of the lads,\" the Dane said. The Portuguese "
        'midfielder added: "It\'s on us." Former defender Gary Neville, speaking on Sky, '
        'described the performance as "flat".'
    )
    an = analyze(text)
    people = {p.name: p.gender for p in an.people}
    assert {"Erik ten Hag", "Mark Flekken", "Thomas Frank", "Gary Neville"} <= set(people)
    assert people["Thomas Frank"] == "male"  # "Brentford boss Thomas Frank praised his"
    kinds = {s.name: s.kind_rule for s in an.sources}
    assert kinds["Dane"] == "person:demonym"
    assert kinds["Portuguese midfielder"] == "person:role_noun"
    assert ("Former defender Gary Neville", "described") in _attributions(text)
    # a singular noun in -ss before a cue noun: "on a press call Friday" is no cue
    got = _attributions("Data\n\nThe leaders, on a press call Friday, said the data was stolen.")
    assert got == [("The leaders", "said")]


def test_the_name_after_a_role_of_a_body_names_the_source() -> None:
    # "the director of <a body>, <name>, said": the source is the person, also when the
    # given name is not listed (international news)
    a = analyze(
        "Rights\n\nThe director of Argentina's Amnesty International, Mariela Belski, said "
        "the president had listened.\n\nThe current president of Namibia, Hage Geingob, "
        "said the vote was fair."
    )
    assert [x.source_name for x in a.attributions] == ["Mariela Belski", "Hage Geingob"]
    assert {p.name: p.quoted for p in a.people} == {"Mariela Belski": True, "Hage Geingob": True}
    # a body's name with a comma stays one source
    a = analyze(
        "Housing\n\nA spokesperson for the Department for Levelling Up, Housing and "
        "Communities said the plan was sound."
    )
    assert a.attributions[0].source_name == (
        "spokesperson for the Department for Levelling Up, Housing and Communities"
    )


def test_an_unnamed_persons_pronoun_is_no_evidence_for_the_named_one_before() -> None:
    # a neighbour, a trader, a relative ... may be whom "she" means
    got = people_genders(
        "Shooting\n\nSuperintendent Brian Kelly said the investigation was ongoing.\n\n"
        "A neighbour said she heard screaming."
    )
    assert got["Brian Kelly"] == ("unknown", None)
    got = people_genders(
        "Market\n\nMary Walsh said the market would close.\n\n"
        "According to a trader, he left at noon."
    )
    assert got["Mary Walsh"] == ("unknown", None)


def test_titles_of_singaporean_malaysian_and_nigerian_usage() -> None:
    got = people_genders(
        "Rent\n\nMadam Lim Soo Hwa said the rent was too high.\n\n"
        "Alhaji Musa Bello said the market would reopen. Engr. Chukwuma Obi said the bridge "
        "was safe. Datuk Seri Anwar Ibrahim spoke."
    )
    assert got["Lim Soo Hwa"] == ("female", "Madam Lim Soo Hwa")
    assert {"Musa Bello", "Chukwuma Obi", "Anwar Ibrahim"} <= set(got)
    # "chairman" is no evidence ("Madam Chairman" is how some papers address a woman)
    got = people_genders("Session\n\nThe chairman, Folake Adeyemi, opened the session.")
    assert got["Folake Adeyemi"] == ("unknown", None)


def test_a_source_name_never_runs_across_a_line() -> None:
    # the headline's last word is no part of the first paragraph's source
    a = analyze("Floods hit Kenya\n\nOxfam said the aid was late.")
    assert [s.name for s in a.sources] == ["Oxfam"]


def test_bodies_named_with_words_of_firms_and_watchdogs() -> None:
    for body in ("Capital Economics", "Corruption Watch", "Scottish Water", "Kenanga Research"):
        assert _sources(f"Markets\n\n{body} said growth would slow.") == {body: "organisation"}
    # the same words in lower case name nothing; a surname like them stays a person's
    assert _sources("Talks\n\nSamantha Power said the talks would go on.") == {
        "Samantha Power": "person"
    }


def test_a_name_written_surname_first_is_one_source_with_its_titled_first_word() -> None:
    a = analyze(
        "Rent\n\nMr Lee Kuan Wei said the rent was too high. Mr Lee added that he would "
        "move.\n\nMadam Lim Soo Hwa, 62, said she agreed. Madam Lim said prices had doubled."
    )
    assert {s.name: s.gender for s in a.sources} == {
        "Lee Kuan Wei": "male",
        "Lim Soo Hwa": "female",
    }


def test_a_name_with_a_particle_before_an_appositive_is_the_source() -> None:
    a = analyze("Market\n\nLorna dela Cruz, 47, a vendor, said prices rose.")
    assert [x.source_name for x in a.attributions] == ["Lorna dela Cruz"]


def test_two_particles_inside_a_name() -> None:
    a = analyze(
        "Farm\n\nJuan de la Cruz, 50, a farmer, said no.\n\n"
        "Ursula von der Leyen said the plan was sound."
    )
    assert [x.source_name for x in a.attributions] == ["Juan de la Cruz", "Ursula von der Leyen"]


def test_a_number_in_words_after_said_is_no_object_of_the_cue() -> None:
    # "about a third" is an approximator of the content, not "said about"
    assert _attributions("Water\n\nThe survey said about a third of homes had no water.") == [
        ("The survey", "said")
    ]
    assert _attributions("Noise\n\nShe complained about the noise.") == [
        ("She", "complained about")
    ]

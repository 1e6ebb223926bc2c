"""Sources and people in the conventions of other newsrooms, from the fourth and fifth
probes (issue 13): documents named after their bodies, people who go by one name, a
relative clause of "whose", website names, contributor lines.  Texts built by hand; each
test keeps a reading that must not change."""

from __future__ import annotations

from mediakit import analyze


def _kinds(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in analyze("Story\n\n" + text).sources}


def _cues(text: str) -> list[tuple[str | None, str | None]]:
    a = analyze("Story\n\n" + text)
    return [(x.source_name, x.cue.text if x.cue else None) for x in a.attributions]


def test_a_document_noun_before_a_finite_cue_is_its_subject() -> None:
    # "report" is no verb before "indicated": the report speaks
    text = "A 2023 Ministry of Health report indicated that malaria was rising."
    assert _cues(text) == [("2023 Ministry of Health report", "indicated")]
    assert _kinds(text) == {"2023 Ministry of Health report": "document"}
    # "according to" is no noun before "reports"
    assert _cues("According to reports, the bridge had collapsed.")[0][1] == "According to"
    # a possessive in -s' makes the cue word a noun ("officers' report")
    got = _cues("A council officers' report presented to the committee concluded that it failed.")
    assert got[0][1] == "concluded"


def test_document_heads_after_a_body_or_before_who_made_it() -> None:
    assert _kinds("According to the State outline, the money was moved abroad.") == {
        "State outline": "document"
    }
    assert _kinds(
        "Court papers filed by the Manhattan district attorney's office say he lied."
    ) == {"Court papers filed by the Manhattan district attorney's office": "document"}
    got = _kinds("The WHO's World Malaria Report said cases rose.")
    assert got == {"WHO's World Malaria Report": "document"}
    # a body named "Survey" stays a body
    got = _kinds("The United States Geological Survey said the quake struck at 9 a.m.")
    assert got == {"United States Geological Survey": "organisation"}


def test_the_head_before_a_prepositional_phrase_decides() -> None:
    got = _kinds("A resident of the city's al-Hali district said the water had turned brown.")
    assert got == {"resident of the city's al-Hali district": "person"}
    assert _kinds("But some on the west side of town said they had no warning.") == {
        "some on the west side of town": "group"
    }
    assert _kinds("One pal said she was heartbroken.") == {"One pal": "person"}
    assert _kinds("According to PowerOutage.us, 200,000 homes had no power.") == {
        "PowerOutage.us": "organisation"
    }


def test_a_person_who_goes_by_one_name() -> None:
    text = (
        "Workers' union leader Hendra, who like many Indonesians goes by one name, said "
        "the pay was late. Another worker, Sutrisno, 41, said he had not seen his family."
    )
    a = analyze("Strike\n\n" + text)
    assert {s.name: s.kind for s in a.sources} == {"Hendra": "person", "Sutrisno": "person"}
    assert {p.name for p in a.people} == {"Hendra", "Sutrisno"}
    # a body in apposition after a body noun stays no person
    a = analyze("Shares\n\nThe company, Acme, said it would appeal.")
    assert [p.name for p in a.people] == []
    assert {s.name: s.kind for s in a.sources} == {"Acme": "organisation"}


def test_titles_and_roles_of_other_newsrooms() -> None:
    a = analyze("Talks\n\nMorowali Regent Andi Baso Lamatta said his office would mediate.")
    assert [p.name for p in a.people] == ["Andi Baso Lamatta"]
    a = analyze("Storm\n\nMore storms are due on Wednesday, CNN meteorologist Jordan Reyes said.")
    assert [p.name for p in a.people] == ["Jordan Reyes"]
    assert [s.kind for s in a.sources] == ["person"]
    # "Without" and "Sans" are no words of a person's name
    a = analyze("Aid\n\nDoctors Without Borders said half of the patients travelled far.")
    assert [p.name for p in a.people] == []


def test_a_pronoun_after_whose_relative_clause_is_no_evidence() -> None:
    text = (
        "Jordan Pike, whose son is in seventh grade, says the family plans to use Mondays "
        "for appointments that now pull him out of class."
    )
    a = analyze("Schools\n\n" + text)
    assert [(p.name, p.gender) for p in a.people] == [("Jordan Pike", "unknown")]
    # an apposition of the person's own still is evidence
    a = analyze("Schools\n\nSam Reed, a father of two, said he was angry.")
    assert [(p.name, p.gender) for p in a.people] == [("Sam Reed", "male")]


def test_contributor_lines_are_boilerplate() -> None:
    text = (
        "Vote\n\nThe governor said the bill would pass.\n\n"
        "Associated Press writer Nora Kessling in Kansas City, Missouri, contributed to "
        "this report.\n\nJane Roe contributed reporting from Kabul.\n\n"
        "She contributed to the report on poverty, the minister said."
    )
    a = analyze(text)
    assert [b.rule for b in a.boilerplate] == ["contributor_credit", "contributor_credit"]
    assert [p.name for p in a.people] == []


def test_a_quantity_that_declines_is_no_refusal() -> None:
    assert _cues("Voters' views of her readiness have also declined, by nine points.") == []
    assert _cues("Sales declined 5% last year.") == []


def test_a_nickname_in_quotation_marks_inside_a_name() -> None:
    text = (
        'Captain Tom "Tank" Greaves, making his 300th appearance, said the room was '
        'hurting. "Nobody is hiding," Greaves said.'
    )
    a = analyze("Match\n\n" + text)
    assert [(p.name, p.gender) for p in a.people] == [("Tom Greaves", "male")]
    assert [s.kind for s in a.sources] == ["person"]
    # a nickname before no listed given name makes no person
    assert [p.name for p in analyze('Rally\n\nHe called Clinton "Crooked" Hillary.').people] == []


def test_a_surname_of_two_words_on_second_reference() -> None:
    text = (
        "Councilmember María Elena Ruiz Castillo moved to continue the item. "
        '"We are talking about livelihoods," Ruiz Castillo said.'
    )
    a = analyze("Council\n\n" + text)
    assert [(s.name, s.kind) for s in a.sources] == [("Ruiz Castillo", "person")]
    # a titled surname of two words keeps giving its title's gender
    text = "Evangelicals back Bob Vander Plaats. Mr. Vander Plaats said he would pray."
    a = analyze("Iowa\n\n" + text)
    assert [(p.name, p.gender) for p in a.people] == [("Bob Vander Plaats", "male")]


def test_kin_and_predecessors_name_one_person() -> None:
    a = analyze("Home\n\nKerry's mum Linda, 63, has moved in to help with the children.")
    assert [(p.name, p.gender) for p in a.people] == [("Linda", "female")]
    a = analyze("Rice\n\nShe took over after her predecessor, Daisuke Ono, resigned.")
    assert [p.name for p in a.people] == ["Daisuke Ono"]


def test_bodies_in_the_plural_and_numbers_of_a_set_are_groups() -> None:
    got = _kinds(
        "Nine of 17 surveyed by Bloomberg expect a hold. Opposition parties have criticized "
        "the response. Rights groups say the law is cruel. Stats NZ said the deficit widened."
    )
    assert got == {
        "Nine": "group",
        "Opposition parties": "group",
        "Rights groups": "group",
        "Stats NZ": "organisation",
    }


def test_nouns_of_one_person_and_their_plurals() -> None:
    got = _kinds(
        "A neighbouring farmer said the fence was down. Urban planners say the plan "
        "fails. One of the traders said prices rose. Mrs Ashdown's husband said she was "
        "brave. The local teachers union said it would strike."
    )
    assert got == {
        "neighbouring farmer": "person",
        "Urban planners": "group",
        "One of the traders": "person",
        "Mrs Ashdown's husband": "person",
        "local teachers union": "organisation",
    }


def test_bodies_of_police_colleges_and_panels() -> None:
    got = _kinds(
        "Norfolk Constabulary said two people were arrested. The Royal College said the "
        "figures were wrong."
    )
    assert got == {"Norfolk Constabulary": "organisation", "Royal College": "organisation"}
    assert [p.name for p in analyze("Arrests\n\nNorfolk Constabulary said it acted.").people] == []


def test_titles_and_suffixes_of_other_newsrooms_names() -> None:
    # "Barr." is a title, not a sentence's end
    text = "A lawyer and activist, Barr. Chinedu Okafor, urged the state to act."
    assert [p.name for p in analyze("Market\n\n" + text).people] == ["Chinedu Okafor"]
    text = "Rodolfo Mercado Jr. said the river rose. Mercado Jr. added that pumps failed."
    assert {s.name: s.kind for s in analyze("Floods\n\n" + text).sources} == {
        "Rodolfo Mercado Jr.": "person",
        "Mercado Jr.": "person",
    }


def test_a_nickname_after_a_role_names_a_person() -> None:
    text = (
        'Senior guard DeShawn "Boog" Tillman hit the winner. Sophomore Cam "Deuce" '
        "Whitfield came off the bench."
    )
    assert [p.name for p in analyze("Game\n\n" + text).people] == [
        "DeShawn Tillman",
        "Cam Whitfield",
    ]


def test_a_plurals_possessive_belongs_to_the_source() -> None:
    assert _cues("The officers' report said the plan failed.") == [("officers' report", "said")]
    assert _kinds("The officers' report said the plan failed.") == {"officers' report": "document"}
    # a closing single quotation mark after a word in -s is no possessive
    assert _cues("'We love the Smiths' said the fans.") == [("fans", "said")]


def test_nicknamed_runs_found_fast_are_the_plain_patterns() -> None:
    from mediakit._people_short import _NICKNAMED, nicknamed_runs

    texts = [
        "Captain Tom \"Tank\" Greaves and Andre 'Bigga' Campbell met Dwight “Speedy” Alleyne.",
        "THE ‘BATMAN’ AND ‘JUSTICE LEAGUE’ TRAILERS were out. It's Joe's 'Big' Day.",
        '"Quote" Start, then Guadalupe "Lupe" Salcedo Rivas said "no" Twice.',
    ]
    for text in texts:
        plain = [m.span() for m in _NICKNAMED.finditer(text)]
        assert [m.span() for m in nicknamed_runs(text, 0, len(text))] == plain


def test_two_plurals_of_people_joined_by_and_are_one_source() -> None:
    got = _cues("At least 27 people were missing, local officials and survivors told AFP.")
    assert got == [("local officials and survivors", "told")]
    assert _cues("Residents and shopkeepers said the road was closed.") == [
        ("Residents and shopkeepers", "said")
    ]
    # "and" after a verb joins nothing
    assert _cues("The plan failed and officials said it was over.") == [("officials", "said")]


def test_a_name_with_a_number_reports() -> None:
    assert _cues("Channel 12 reported that the drone was one of three.") == [
        ("Channel 12", "reported")
    ]
    # after a number alone, or a month and a day, the word is no cue
    assert _cues("In 2019 reported cases rose.") == []
    assert _cues("Staff went to all 11 of the March 1 states to organize.") == []


def test_names_of_initials_and_a_surname() -> None:
    text = (
        "A Division Bench of Justices N. Sethuraman and P. Vasanthi heard a petition filed "
        "by S. Anbarasan, president of the association. Mr. Anbarasan said lorries took "
        "sand. The team was led by the late T. Gopalakrishnan, a veteran of the mission."
    )
    got = [(p.name, p.gender) for p in analyze("Court\n\n" + text).people]
    assert got == [
        ("N. Sethuraman", "unknown"),
        ("P. Vasanthi", "unknown"),
        ("S. Anbarasan", "male"),
        ("T. Gopalakrishnan", "unknown"),
    ]
    # a middle initial is no name of its own, nor are initials of places
    text = "Donald J. Trump met Raúl M. Grijalva. Shares of U.S. Steel fell in St. Louis."
    assert [p.name for p in analyze("Talks\n\n" + text).people] == [
        "Donald J. Trump",
        "Raúl M. Grijalva",
    ]


def test_initials_runs_found_fast_are_the_plain_pattern_at_initials() -> None:
    import re

    from mediakit._people_short import _INITIALS_NAME, initials_runs

    text = "Justices N. Sethuraman and P. Vasanthi; M.K. Stalin. U.S. Steel. Dr. R. S. Rao left."
    plain: list[tuple[int, int]] = []
    for start in re.finditer(r"(?<![\w.])[A-Z]\.", text):
        m = _INITIALS_NAME.match(text, start.start())
        if m is not None and (not plain or m.start() >= plain[-1][1]):
            plain.append(m.span())
    assert plain  # (the text has such names)
    assert [m.span() for m in initials_runs(text, 0, len(text))] == plain


def test_plurals_of_people_in_a_longer_name_and_bodies_of_asia() -> None:
    got = _kinds(
        "Several traders in the CBD said sales fell. Boda boda operators in Kisumu say "
        "fuel is dear. According to the FIR, the car was stolen. PT Halmahera Prima Nikel "
        "said it would comply. A Division Bench said the order stood."
    )
    assert got == {
        "Several traders in the CBD": "group",
        "Boda boda operators in Kisumu": "group",
        "FIR": "document",
        "PT Halmahera Prima Nikel": "organisation",
        "Division Bench": "organisation",
    }


def test_a_name_with_capitals_beyond_ascii_before_an_age_and_an_apposition() -> None:
    text = "Hüseyin Öztürk, 63, a resident of Kemikler, told Anadolu that he watched the fire."
    assert _cues(text) == [("Hüseyin Öztürk", "told")]


def test_a_pronoun_resolved_to_a_group_or_body_does_not_make_it_a_person() -> None:
    text = (
        "Fishermen say the boats leave every week. He said the sea was calm. "
        "The World Food Programme said rations were cut. She said it was unavoidable."
    )
    got = _kinds(text)
    assert got.get("Fishermen") == "group"
    assert got.get("World Food Programme") == "organisation"
    got = _kinds(
        "A paramedic based in the west said crews were left far away. An HSE review found delays."
    )
    assert got == {"paramedic based in the west": "person", "HSE review": "document"}

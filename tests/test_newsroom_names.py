"""People named in the conventions of other newsrooms (issue 13): titles of one word
hyphenated or of two words, a title before an unlisted given name, a role in apposition
before a name, a full name whose surname alone names a person later, and a name referred
to as a thing ("Fine Gael said its").  Texts built by hand; each test keeps a reading
that must not change."""

from __future__ import annotations

from mediakit import analyze
from tests.people_helpers import people_genders


def _people(text: str) -> list[str]:
    return [p.name for p in analyze(text).people]


def test_hyphenated_and_two_word_titles_open_a_name() -> None:
    got = _people("Visit\n\nVice-President Kashim Shettima met Tan Sri Muhyiddin Yassin on Monday.")
    assert got == ["Kashim Shettima", "Muhyiddin Yassin"]
    # "Tan" alone is a surname, not a title
    assert _people("Visit\n\nMs Amy Tan said the visit went well.") == ["Amy Tan"]


def test_a_title_before_an_unlisted_given_name_names_the_whole_name() -> None:
    # the words after the title are the name, not the listed word among them
    got = _people("Summit\n\nThe talks with Chinese President Xi Jinping ended on Monday.")
    assert got == ["Xi Jinping"]
    # a listed given name just after the title keeps its own reading
    got = people_genders("Crisis\n\nThe United Kingdom's Queen Elizabeth II said she agreed.")
    assert got == {"Elizabeth II": ("female", "Queen Elizabeth II")}


def test_a_role_in_apposition_before_an_unlisted_name_is_a_person() -> None:
    assert _people("Arrest\n\nThe suspect, Deshawn Tolliver, was held overnight.") == [
        "Deshawn Tolliver"
    ]
    assert _people("Court\n\nHer lawyer, Femi Falana, filed the appeal.") == ["Femi Falana"]
    # a body in apposition to a body stays none
    assert _people("Shares\n\nThe company, Dangote Cement, posted a loss.") == []


def test_a_full_name_whose_surname_names_a_person_later_is_that_person() -> None:
    # the surname after a title
    got = people_genders(
        "Arrest\n\nDeshawn Tolliver was arrested on Monday. Police said Mr Tolliver had been armed."
    )
    assert got == {"Deshawn Tolliver": ("male", "Mr Tolliver")}
    # the surname alone with an age in apposition
    got = people_genders(
        "Arrest\n\nDeshawn Tolliver was arrested on Monday. Tolliver, 24, told officers he "
        "was innocent."
    )
    assert got == {"Deshawn Tolliver": ("male", "he")}
    # a capitalised word opening a sentence is no given name ("Regarding Trump")
    got = _people(
        "Race\n\nMr Trump spoke on Monday. Regarding Trump, reporters were told nothing. "
        "Mr Trump left."
    )
    assert got == ["Trump"]
    # nor a run that no clause follows ("Classic Clinton: optimistic")
    got = _people("Race\n\nMr Clinton spoke. Classic Clinton: sunny and brief.")
    assert got == ["Clinton"]


def test_a_name_referred_to_as_a_thing_is_a_body() -> None:
    for text, name in [
        ("Vote\n\nFine Gael said its candidates would stand.", "Fine Gael"),
        ("Deal\n\nGoldman Sachs says its profits fell.", "Goldman Sachs"),
        ("Power\n\nEskom, which runs the grid, said cuts would go on.", "Eskom"),
    ]:
        a = analyze(text)
        assert [(s.name, s.kind, s.kind_rule) for s in a.sources] == [
            (name, "organisation", "organisation:referred_to_as_body")
        ]
        assert a.people == []
    # a person's own "its" about a thing needs a noun between: the name stays a person's
    a = analyze("Bank\n\nMaria Sachs said her profits fell, and its shares too.")
    assert [(s.name, s.kind) for s in a.sources] == [("Maria Sachs", "person")]
    # nor does a lower-case head make a body ("Trump's speech said its ...")
    a = analyze("Campaign\n\nThe new campaign speech said its aims were clear.")
    assert [s.kind for s in a.sources] != ["organisation"]


def test_figures_are_people_after_a_possessive_or_a_rank() -> None:
    a = analyze("Rift\n\nThe party's top figures said the plan had failed.")
    assert [(s.name, s.kind) for s in a.sources] == [("party's top figures", "group")]
    a = analyze("Jobs\n\nThe latest figures show a rise in jobs.")
    assert [(s.name, s.kind) for s in a.sources] == [("latest figures", "document")]


def test_initials_for_given_names_name_a_person() -> None:
    got = _people(
        "Canal\n\nK. Palanivel, a farmer, said the canal was dry. R.S. Thangadurai said "
        "water would come. The minister, M.K. Selvaraj, said the dam was safe."
    )
    assert got == ["K. Palanivel", "R.S. Thangadurai", "M.K. Selvaraj"]
    # the dotted initials of a place open no name
    assert _people("Steel\n\nU.S. Steel said its profits fell.") == []


def test_titles_of_elders_priests_advocates_and_soldiers() -> None:
    got = people_genders(
        "Land\n\nUncle Lenny Walker said the land was theirs. Aunty Jean Phillips agreed. "
        "Fr. Emmanuel Sagun said the church was full. Advocate Pieter-Jan van der Merwe "
        "accused the mayor. Cpl. Gisele Tait said the road was shut."
    )
    assert got == {
        "Lenny Walker": ("male", "Uncle Lenny Walker"),
        "Jean Phillips": ("female", "Aunty Jean Phillips"),
        "Emmanuel Sagun": ("male", "Fr. Emmanuel Sagun"),
        "Pieter-Jan van der Merwe": ("unknown", None),
        "Gisele Tait": ("unknown", None),
    }
    # "Uncle" before one word is no elder's title; a role after "Chief" is no name
    assert _people("Tax\n\nThey avoided Uncle Sam, a retired Chief Engineer said.") == []
    assert _people("Rent\n\nHawker Tan Ah Moi said rents were up.") == ["Tan Ah Moi"]


def test_an_apostrophe_after_ng_is_a_letter_of_the_name() -> None:
    a = analyze(
        "River\n\nMzee Ochieng' Ouma, 71, whose grandson drowned, said the river was "
        "dangerous. Mr Ouma added that the bridge was late."
    )
    first = a.attributions[0]
    assert (first.source_name, first.content[0].text) == (
        "Ochieng' Ouma",
        "the river was dangerous",
    )
    assert [(p.name, p.gender) for p in a.people] == [("Ochieng' Ouma", "male")]
    # a possessive's apostrophe after an s stays a possessive
    a = analyze("Talks\n\nReuters’ Luciana Lopez said the talks failed.")
    assert [x.source_name for x in a.attributions] == ["Luciana Lopez"]


def test_a_role_then_a_titled_or_owned_name_is_the_name() -> None:
    a = analyze(
        "Mining\n\nThe Minister for Lands and Natural Resources, Hon. Akosua Serwaa "
        "Dankwah, said the ban would stay.\n\nThe Member for Eden-Monaro, Labor's Rowan "
        "Delacroix-Muir, said the road was unsafe."
    )
    assert [(s.name, s.kind) for s in a.sources] == [
        ("Akosua Serwaa Dankwah", "person"),
        ("Rowan Delacroix-Muir", "person"),
    ]


def test_a_surname_with_a_particle_opening_a_sentence_is_the_persons() -> None:
    a = analyze(
        "Suit\n\nAdvocate Pieter-Jan van der Merwe accused the mayor. Van der Merwe said "
        "the council had lied."
    )
    assert [(p.name, p.mentions) for p in a.people] == [("Pieter-Jan van der Merwe", 2)]
    assert [(s.name, s.attributions) for s in a.sources] == [("Pieter-Jan van der Merwe", 2)]
    a = analyze("Safety\n\nMayor Bill de Blasio spoke. De Blasio said the city was safe.")
    assert [(s.name, s.kind, s.kind_rule) for s in a.sources] == [
        ("De Blasio", "person", "person:surname")
    ]


def test_identified_as_and_rugby_positions_say_a_person() -> None:
    got = _people(
        "Arrest\n\nInvestigators identified the suspect as Dashawn Tremell Witherspoon. "
        "Tries went to lock Fletcher Ormsby-Kane and five-eighth Tipene Whaanga-Hēnare."
    )
    assert got == ["Dashawn Tremell Witherspoon", "Fletcher Ormsby-Kane", "Tipene Whaanga-Hēnare"]


def test_irish_names_members_and_patronymic_particles() -> None:
    got = people_genders(
        "Road\n\nLocal Fianna Fáil TD Caoimhín Mac Giolla Phádraig said the road was "
        "unsafe. Mac Giolla Phádraig said he had raised it.\n\nSinn Féin councillor "
        "Órfhlaith Nic Aodha said residents were afraid. She called for cameras.\n\nThe "
        "man's aunt, Bríd Uí Bhriain, told RTÉ News that the family was upset."
    )
    assert got == {
        "Caoimhín Mac Giolla Phádraig": ("male", "he"),
        "Órfhlaith Nic Aodha": ("female", "She"),
        "Bríd Uí Bhriain": ("female", "aunt, Bríd Uí Bhriain"),
    }
    # a member's title before one word is no name ("TD Ameritrade")
    assert _people("Money\n\nTD Ameritrade founder Joe Ricketts gave $5 million.") == [
        "Joe Ricketts"
    ]


def test_hong_kong_and_korean_names_written_surname_first() -> None:
    got = people_genders(
        "Fares\n\nChan Siu-ming, 45, said the fares were too high. Chan added that he "
        "would protest.\n\nNorth Korean leader Kim Jong-un met Moon Jae-in."
    )
    assert got == {
        "Chan Siu-ming": ("male", "he"),
        "Kim Jong-un": ("unknown", None),
        "Moon Jae-in": ("unknown", None),
    }
    a = analyze(
        "Fares\n\nSecretary for Transport and Logistics Wong Tsz-hin said fares would rise."
    )
    assert [(s.name, s.kind) for s in a.sources] == [("Wong Tsz-hin", "person")]
    # an English given name first keeps the whole name; a hyphenated suffix is no name
    assert _people("Riot\n\nSuperintendent Yolanda Yu Hoi-kwan said so.") == ["Yolanda Yu Hoi-kwan"]
    assert _people("Sale\n\nThe Kremlin-backed group held a New Year-end sale.") == []
    # two people joined by "and" are no role before the second: no gender of hers
    a = analyze(
        "Debate\n\nMrs. Hillary Clinton said she was ready. Donald Trump and Hillary "
        "Clinton said they would debate."
    )
    assert {s.name: s.gender for s in a.sources}["Donald Trump and Hillary Clinton"] != "female"


def test_a_title_of_office_with_a_portfolio_ends_in_the_name() -> None:
    for text, name in [
        ("Deputy Minister of Health Hansika Perera told Parliament it was late.", "Hansika Perera"),
        (
            "Minister of State for Sport Ilaitia Naqelevuki said the team was ready.",
            "Ilaitia Naqelevuki",
        ),
    ]:
        assert [x.source_name for x in analyze("Queues\n\n" + text).attributions] == [name]
    # a name before "of" keeps its own reading; a body after the office stays a body
    a = analyze("Ships\n\nDr. Tristan Smith of University College London said so.")
    assert [x.source_name for x in a.attributions] == ["Tristan Smith"]
    a = analyze("Money\n\nHe is chairman of Our Principles Pac, the group said.")
    assert "Principles Pac" not in [p.name for p in a.people]


def test_barristers_villagers_and_the_thai_khun() -> None:
    got = _people(
        "Water\n\nVillager Malee Sukjai said the water was dirty. Barrister Umair Niazi "
        "said the law was clear."
    )
    assert got == ["Malee Sukjai", "Umair Niazi"]
    got = _people("Land\n\nThanakorn Rattanawong denied it. Khun Thanakorn said he would appeal.")
    assert got == ["Thanakorn Rattanawong"]


def test_an_age_in_brackets_says_a_person() -> None:
    got = _people("Clinic\n\nTatenda Mushonga (45), the director of a clinic, said drugs ran out.")
    assert got == ["Tatenda Mushonga"]
    # a year in brackets says nothing
    assert _people("Show\n\nThe Chelsea Flower Show (2019) was a hit.") == []

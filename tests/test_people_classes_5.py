"""Who the sources are: the classes of the fifth held-out check (Politico and West Journal
political news, Wikinews articles with women, titles and Spanish names;
devset/people_gold_5.tsv), on texts built by hand."""

from __future__ import annotations

from mediakit import analyze
from mediakit._people_merge import person_of_source
from tests.people_helpers import people_genders as _people


def test_a_local_office_before_a_name_is_a_title_not_the_name() -> None:
    # "Assemblywoman", "County Sheriff", "Minority Whip": an office, then the person
    got = _people(
        "Budget passes\n\n"
        'Newly elected Assemblywoman Selma Torrente said, "It is exciting."\n\n'
        '"This is the worst case," said Santa Rosa County Sheriff Bill Brand.\n\n'
        '"It takes an election," said Senate Minority Whip Dick Durnan.'
    )
    assert got["Selma Torrente"] == ("female", "Assemblywoman Selma Torrente")
    assert "Assemblywoman Selma Torrente" not in got
    assert got["Bill Brand"] == ("unknown", None)  # "Sheriff" says no gender
    assert got["Dick Durnan"] == ("unknown", None)


def test_a_party_word_before_a_surname_is_no_name() -> None:
    # "Democrat Spearow" is Patricia Ann Spearow, whose "she" is evidence
    got = _people(
        "Session opens\n\n"
        'State Senator Patricia Ann Spearow said, "It has been a long fight."\n\n'
        "Democrat Spearow, a former Army colonel, was first elected in 2012 when she was 57."
    )
    assert "Democrat Spearow" not in got
    assert got["Patricia Ann Spearow"] == ("female", "she")


def test_a_gendered_noun_with_its_article_then_a_comma_before_the_name() -> None:
    got = _people("Vote\n\nA Republican Assemblywoman, Jill Tollan, also commented on it.")
    assert got["Jill Tollan"] == ("female", "Assemblywoman, Jill Tollan")
    got = _people("Vote\n\nThe spokesman, Ann Smithers said, was not there.")
    assert got["Ann Smithers"] == ("unknown", None)  # a parenthetical cue, no apposition
    got = _people("Vote\n\nA spokesman, Joe Blogg, said nothing. John Hale left.")
    assert got["Joe Blogg"][0] == "male"
    assert got["John Hale"] == ("unknown", None)


def test_an_acronym_or_party_may_modify_the_noun_of_an_apposition() -> None:
    got = _people('Vote\n\n"It worries us," said Diana Orrin, an RNC committeewoman from Nevada.')
    assert got["Diana Orrin"] == ("female", "an RNC committeewoman")
    got = _people("Vote\n\nBob Jonas, a Ford Motor spokesman, said nothing.")
    assert got["Bob Jonas"] == ("unknown", None)  # a name's words: maybe another's


def test_a_title_case_headline_is_no_sentence_before_the_first() -> None:
    text = (
        "Wow: Glenn Beckett Just Responded To Sarah Pollin's Endorsement With One Line.\n\n"
        "Radio host Glenn Beckett minced no words in sharing what he thinks of it."
    )
    assert _people(text)["Glenn Beckett"] == ("male", "he")
    # a lede of one line in sentence case stays a sentence of the story
    text = (
        "Glenn Beckett met Sarah Pollin on Monday in Iowa at the rally of the year.\n\n"
        "Glenn Beckett said what he thinks of it."
    )
    assert _people(text)["Glenn Beckett"] == ("unknown", None)


def _quoted(text: str) -> dict[str, bool]:
    return {p.name: p.quoted for p in analyze(text).people}


def test_a_person_is_quoted_when_a_source_name_means_them() -> None:
    # a role before the name, a surname alone, the first of two surnames
    text = (
        "Glue study\n\n"
        'Scientist Rebecca Falcon, an undergraduate, said "Sutures scar."\n\n'
        "Christopher Gallego-Lazar, also a student, studied the bonds.\n\n"
        'Gallego-Lazar said, "Few studies found this."\n\n'
        "Tomas Ruiz went home."
    )
    got = _quoted(text)
    assert got["Rebecca Falcon"] and got["Christopher Gallego-Lazar"]
    assert not got["Tomas Ruiz"]
    sources = {s.name: (s.kind, s.kind_rule) for s in analyze(text).sources}
    assert sources["Gallego-Lazar"] == ("person", "person:surname")


def test_the_first_of_two_surnames_with_a_title_is_the_person() -> None:
    # "Governor Vázquez" is Wanda Vázquez Garced, whose "she" then counts
    text = (
        "Court rules\n\n"
        "On Wednesday, Secretary of Justice Wanda Vázquez Garced was sworn in.\n\n"
        "Governor Vázquez had previously stated she was uninterested in the post."
    )
    people = {p.name: (p.gender, p.quoted) for p in analyze(text).people}
    assert "Vázquez" not in people
    assert people["Wanda Vázquez Garced"] == ("female", True)
    # a middle given name is no surname: "Ann" alone is no one
    text = "Vote\n\nPatricia Ann Spearow spoke. Governor Ann left."
    assert "Ann" in {p.name for p in analyze(text).people}


def test_a_longer_name_with_all_the_words_of_another_is_the_same_person() -> None:
    text = (
        "Court rules\n\n"
        "The court ruled against Pedro Pierlu over his claim.\n\n"
        "The opinion named Pedro R. Pierlu Urrut as secretary of state."
    )
    names = [p.name for p in analyze(text).people]
    assert names == ["Pedro Pierlu"]
    text = "Vote\n\nPedro Pierlu met Pedro Sanz Ortega on Monday."
    assert len(analyze(text).people) == 2


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {s.name: (s.kind, s.kind_rule) for s in analyze(text).sources}


def test_a_share_of_the_people_asked_is_a_group() -> None:
    got = _kinds(
        "Poll\n\nAmong Trump voters, 74 percent said they are set on him, while only 7 percent "
        "said they are undecided. Nearly eight in 10 Democratic voters said they had decided."
    )
    assert got["74 percent"] == ("group", "group:share_of_people")
    assert got["only 7 percent"] == ("group", "group:share_of_people")
    assert got["Nearly eight in 10 Democratic voters"][0] == "group"


def test_someone_familiar_with_a_thing_is_a_person_and_an_ad_a_document() -> None:
    got = _kinds(
        "Ad\n\nA source familiar with the ad says the group is spending heavily. "
        '"Can conservatives trust him?" a voice over says. People briefed on the talks said '
        "they had stalled."
    )
    assert got["source familiar with the ad"] == ("person", "person:informed")
    assert got["voice over"][0] == "document"
    assert got["People briefed on the talks"] == ("group", "group:informed")


def test_a_publisher_named_after_its_noun_and_an_outlet_word_are_organisations() -> None:
    got = _kinds(
        "Delegates\n\nThe website fivethirtyeight noted that the rules work against him. "
        "The Washington Post reported that he was ousted. A story by the website Politco says "
        "that more delegates will break."
    )
    assert got["website fivethirtyeight"] == ("organisation", "organisation:named_publisher")
    assert got["Washington Post"][0] == "organisation"
    assert got["story by the website Politco"][0] == "document"


def test_a_head_noun_before_behind_and_an_opinion_of_a_court() -> None:
    got = _kinds(
        "Sharks\n\nThe scientists behind the present study only noted hypotheses. The opinion "
        'of the Court, released on Wednesday, read in part, "The oath is unconstitutional."'
    )
    assert got["scientists behind the present study"][0] == "group"
    assert got["opinion of the Court"][0] == "document"


def test_a_titled_surname_or_a_titled_given_name_source_is_the_person() -> None:
    text = (
        "Talk\n\nLarry Kingsley hosts a show. Mr. Kingsley, 82, told me he was free.\n\n"
        "Princess Ubolrat Mahid spoke on Friday. Princess Ubolrat pointed out that she was "
        "a commoner."
    )
    people = {p.name: p.quoted for p in analyze(text).people}
    assert people["Larry Kingsley"] and people["Ubolrat Mahid"]
    # a source name the resolver left titled ("Mr. King" in the New York Times)
    assert person_of_source("Mr. King", ["Larry King", "Ed Schultz"]) == ("Larry King", "surname")
    assert person_of_source("Mr. King", ["Larry King", "Billie Jean King"]) is None
    assert person_of_source("Donald", ["Donald Trump", "Donald Tusk"]) is None


def test_a_name_cut_at_its_hyphen_by_the_source_finder_is_the_person() -> None:
    text = (
        "Convention\n\nThe event featured John Rhys-Daviot and Dan Foglar.\n\n"
        "John Rhys-Daviot broke news when he revealed that a reboot is being considered."
    )
    people = {p.name: p.quoted for p in analyze(text).people}
    assert people["John Rhys-Daviot"] and not people["Dan Foglar"]


def test_a_name_after_an_abbreviated_title_is_a_person() -> None:
    # "Rep." ends its own capitalised run: the title still says a person follows
    got = _people("Feud\n\nBeck read an email about the 2011 shooting of  Rep. Gabby Giffin.")
    assert got == {"Gabby Giffin": ("unknown", None)}
    assert _people("Feud\n\nThey met at the St. Regis Hotel on Monday.") == {}


def test_an_apposition_whose_role_an_acronym_modifies_names_a_person() -> None:
    got = _people("Website\n\nRonna Priebel, the GOP chairwoman, announced a website. Nobody came.")
    assert got["Ronna Priebel"] == ("female", "the GOP chairwoman")
    # "chairman" is no evidence: some newsrooms call women chairman too
    got = _people("Website\n\nReince Priebel, the GOP chairman, announced a website. Nobody came.")
    assert got["Reince Priebel"] == ("unknown", None)


def test_a_titled_surname_joins_a_source_named_like_a_person() -> None:
    # "Monica Rochan" is found from the source's name: "Captain Rochan" is her
    text = (
        "Boat fire\n\nUSCG Captain Monica Rochan told the press the search found nothing. "
        "Captain Rochan said it was hard."
    )
    assert [p.name for p in analyze(text).people] == ["Monica Rochan"]


def test_a_surname_alone_still_names_a_person_joined_to_a_longer_name() -> None:
    # the headline's "Sarah Pallin Unleashed" takes in "Sarah Pallin"; "Pallin" alone is
    # still her, so "she" after "Pallin's posts ... Donald Trumpet's plan" is no one's
    text = (
        "After Death Order On Babies, Sarah Pallin Unleashed 4 Words On Them.\n\n"
        "Former governor Sarah Pallin sent a challenge to the group.\n\n"
        "Pallin's posts include one about Donald Trumpet's immigration plan.\n\n"
        '"We are right," she posted.'
    )
    got = _people(text)
    assert got["Donald Trumpet"] == ("unknown", None)

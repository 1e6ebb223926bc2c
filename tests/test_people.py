"""Who the sources are: kinds, gender from evidence in the text only, people mentioned."""

from __future__ import annotations

import math

import pytest

from mediakit import analyze, seed_path


def _people(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    a = analyze(text)
    return {
        p.name: (p.gender, p.gender_rule, p.gender_evidence.text if p.gender_evidence else None)
        for p in a.people
    }


def _sources(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.name: (s.kind, s.gender) for s in analyze(text).sources}


def test_a_woman_called_she_after_her_full_name() -> None:
    got = _people(
        "Jane Morrow, the head of the trust, said the plan would work. "
        "She added that the money was there."
    )
    assert got["Jane Morrow"] == ("female", "pronoun", "She")


def test_a_man_called_mr() -> None:
    text = 'Tom Ellery runs a stall. "It is a great day," said Mr Ellery.'
    assert _people(text)["Tom Ellery"] == ("male", "title", "Mr Ellery")
    assert _sources(text)["Tom Ellery"] == ("person", "male")


def test_a_first_name_alone_gives_unknown() -> None:
    # "Mary" and "John" are strongly gendered given names: they must not be used
    text = "Mary Jones said the plan was fine. John Smith said it was not."
    assert _people(text)["Mary Jones"] == ("unknown", None, None)
    assert _people(text)["John Smith"] == ("unknown", None, None)
    assert _sources(text)["Mary Jones"] == ("person", "unknown")


def test_a_pronoun_that_could_be_two_people_is_no_evidence() -> None:
    text = "John Harker met Alex Jones on Monday. He said the talks went well."
    got = _people(text)
    assert got["John Harker"][0] == "unknown"
    assert got["Alex Jones"][0] == "unknown"


def test_a_pronoun_after_an_unnamed_person_is_no_evidence() -> None:
    # "she" may be the minister: not evidence for Sam Reed
    text = "Sam Reed met the minister on Monday. She said the talks went well."
    assert _people(text)["Sam Reed"][0] == "unknown"


def test_a_pronoun_inside_a_quotation_is_no_evidence() -> None:
    text = 'Sam Reed said: "She will be back." The club is closed.'
    assert _people(text)["Sam Reed"][0] == "unknown"


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Spokeswoman Priya Nandra said the ward was closed.", "Priya Nandra", "female"),
        (
            "A spokeswoman for Harwick General Hospital, Priya Nandra, said it was closed.",
            "Priya Nandra",
            "female",
        ),
        ("Sam Reed, a father of two, said it was sad.", "Sam Reed", "male"),
        ("Ann Vale, the club's chairwoman, said it was sad.", "Ann Vale", "female"),
        ("Kim Doyle said it was over, and his wife, Ann Doyle, agreed.", "Ann Doyle", "female"),
        ("Dame Ann Leslie said it was sad.", "Ann Leslie", "female"),
        ("Sir Alan Brook said it was sad.", "Alan Brook", "male"),
        ("Mrs Pat Hale said it was sad.", "Pat Hale", "female"),
        ("The actress Robin Hale said it was sad.", "Robin Hale", "female"),
    ],
)
def test_each_kind_of_evidence(text: str, name: str, want: str) -> None:
    assert _people(text)[name][0] == want


def test_evidence_that_disagrees_gives_unknown() -> None:
    text = "Mr Robin Hale said it was over. Robin Hale, a mother of two, left."
    assert _people(text)["Robin Hale"] == ("unknown", "conflicting_evidence", None)


def test_the_evidence_span_points_into_the_text() -> None:
    a = analyze("Tom Ellery runs a stall. Mr Ellery said it was a great day.")
    (p,) = a.people
    ev = p.gender_evidence
    assert ev is not None and a.text[ev.start : ev.end] == ev.text == "Mr Ellery"


def test_people_mentioned_are_not_only_sources() -> None:
    text = (
        "Police are looking for Dan Marsh after the fire. Inspector Claire Dunn said the "
        "building was empty. Marsh was last seen on Friday. Dunn said Marsh had a van."
    )
    a = analyze(text)
    people = {p.name: p for p in a.people}
    assert set(people) == {"Dan Marsh", "Claire Dunn"}
    assert people["Dan Marsh"].quoted is False and people["Dan Marsh"].mentions == 3
    assert people["Claire Dunn"].quoted is True and people["Claire Dunn"].mentions == 2
    assert people["Dan Marsh"].first_mention == text.index("Dan Marsh")


def test_places_and_bodies_are_not_people() -> None:
    text = (
        "Anne Hidalgo visited New York and the Red Cross on Monday. "
        "She said the United Nations would help."
    )
    assert set(_people(text)) == {"Anne Hidalgo"}


def test_boilerplate_people_are_left_out() -> None:
    text = "Tom Ellery said the market would reopen.\n\n(Reporting by Jane Smith; Editing by Bo Li)"
    assert set(_people(text)) == {"Tom Ellery"}


def test_source_kinds() -> None:
    got = {
        s.name: s.kind_rule
        for s in analyze(
            "Officials said the road was shut. The interior ministry said it was safe. "
            "Residents said they were afraid. Reuters reported that the video showed damage. "
            "A spokesman said nothing. Ukraine said it would rebuild. Tom Ellery said it was "
            "sad. The report said the bridge was weak."
        ).sources
    }
    assert got["Officials"] == "group:collective_noun"
    assert got["Residents"] == "group:collective_noun"
    assert got["interior ministry"].startswith("organisation:")
    assert got["Reuters"].startswith("organisation:")
    assert got["Ukraine"] == "organisation:country_or_capital"
    assert got["spokesman"] == "person:role_noun"
    assert got["Tom Ellery"] == "person:named_person"
    assert got["report"].startswith("document:")


def test_an_unnamed_person_source_takes_the_gender_of_its_role_noun() -> None:
    s = {x.name: x for x in analyze("A spokeswoman said the ward was closed.").sources}
    x = s["spokeswoman"]
    assert (x.kind, x.gender, x.gender_rule) == ("person", "female", "role_in_source")


def test_gender_is_null_for_other_kinds_and_in_json() -> None:
    d = analyze("Officials said the road was shut. Mr Tom Ellery said it was sad.").to_dict()
    by = {s["name"]: s for s in d["sources"]}
    assert by["Officials"]["gender"] is None and by["Officials"]["gender_evidence"] is None
    assert by["Tom Ellery"]["gender"] == "male"
    assert by["Tom Ellery"]["gender_evidence"]["text"] == "Mr Tom Ellery"
    (p,) = d["people"]
    assert p["name"] == "Tom Ellery" and p["quoted"] is True


def test_diversity_metrics_by_hand() -> None:
    # Tom Ellery: 2 attributions, Ann Vale: 1, officials: 1 -> p = 1/2, 1/4, 1/4
    a = analyze(
        "Mr Tom Ellery said the market was shut. Ann Vale said it was sad. "
        "Officials said it would reopen. Mr Ellery said he would wait."
    )
    m = a.metrics
    p = [0.5, 0.25, 0.25]
    assert m["source_diversity_shannon"] == pytest.approx(-sum(x * math.log(x) for x in p))
    assert m["source_diversity_simpson"] == pytest.approx(1 - sum(x * x for x in p))
    assert m["top_source_share"] == 0.5
    assert m["person_sources"] == 2 and m["male_sources"] == 1 and m["female_sources"] == 0
    assert m["male_source_share"] == 0.5 and m["unknown_gender_source_share"] == 0.5
    assert m["named_source_share"] == pytest.approx(2 / 3, abs=1e-6)
    assert m["first_source_position"] == 0.0
    words = {s.name: s.direct_words + s.reported_words for s in a.sources}
    total = words["Tom Ellery"] + words["Ann Vale"]
    assert m["male_source_word_share"] == pytest.approx(words["Tom Ellery"] / total, abs=1e-6)


def test_a_source_named_like_a_person_without_a_listed_given_name() -> None:
    text = "Obaidul Quader said the roads were open. He added that buses would run."
    a = analyze(text)
    assert {p.name: p.gender for p in a.people} == {"Obaidul Quader": "male"}
    assert {s.name: s.kind for s in a.sources}["Obaidul Quader"] == "person"


def test_a_capitalised_pronoun_inside_a_name_and_a_forward_pronoun_are_no_evidence() -> None:
    text = (
        "Tom Vale sang with Les Brown and His Band of Renown.\n\n"
        "Within her own party, the choice of Ann Pell was not uncontested."
    )
    got = _people(text)
    assert got["Tom Vale"][0] == "unknown"
    assert got["Ann Pell"][0] == "unknown"


def test_the_public_names() -> None:
    import mediakit

    for name in ("Person", "compare", "cue_profile", "plot_groups", "sample_corpus"):
        assert name in mediakit.__all__ and hasattr(mediakit, name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Police said the road was closed.", "Police", "organisation"),
        ("Kamloops Police said the road was closed.", "Kamloops Police", "organisation"),
        ("Malawi said the border would stay shut.", "Malawi", "organisation"),
        (
            "Rogaland Fire and Rescue said the fire was out.",
            "Rogaland Fire and Rescue",
            "organisation",
        ),
        ("Deutsche Welle reported that the talks failed.", "Deutsche Welle", "organisation"),
        ("Officers said the road was closed.", "Officers", "group"),
    ],
)
def test_forces_countries_and_bodies_are_organisations(text: str, name: str, kind: str) -> None:
    a = analyze(text)
    (s,) = a.sources
    assert (s.name, s.kind) == (name, kind), s.kind_rule
    assert list(a.people) == []  # a body named like a person is not a person mentioned


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no listed given name, but the words around say it is a person
        ("The driver was 30, and 22-year-old Rangoli Patil was her co-pilot.", "Rangoli Patil"),
        ("One of the dead was Jalal Saifur Rahman, a director of the bank.", "Jalal Saifur Rahman"),
        (
            "Road Transport and Bridges Minister Obaidul Quader said buses would stop.",
            "Obaidul Quader",
        ),
    ],
)
def test_a_name_without_a_listed_given_name_is_found_from_its_context(text: str, name: str) -> None:
    assert name in [p.name for p in analyze(text).people]


def test_a_titled_first_name_joins_the_full_name_it_starts() -> None:
    a = analyze(
        "The institute's director, Dr Meerjady Sabrina Flora, spoke on Monday. According to"
        " Dr Meerjady, two cases were children."
    )
    assert [p.name for p in a.people] == ["Meerjady Sabrina Flora"]
    assert a.people[0].mentions >= 2


def test_a_run_after_a_role_word_that_is_a_thing_is_no_person() -> None:
    # "chain" is no role noun: "Tesco, a chain of shops" does not make Tesco a person
    a = analyze("Shoppers left Tesco, a chain of shops, as prices rose.")
    assert [p.name for p in a.people] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The director of the charity, Mariela Belski, said the law was unjust.", "Mariela Belski"),
        ("The film starred actors Mark Ruffalo and others.", "Mark Ruffalo"),
        (
            "The university's president, Wayne A. I. Frederick, said it was a loss.",
            "Wayne A. I. Frederick",
        ),
    ],
)
def test_more_names_found_from_their_context(text: str, name: str) -> None:
    assert name in [p.name for p in analyze(text).people]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The parliament of Portugal voted to extend the state of emergency.", "organisation"),
        ("According to WHO guidelines, masks are not needed.", "document"),
        ("An eyewitness said the van drove at speed.", "person"),
        ("Politicians of the ruling party said the plan was fair.", "group"),
    ],
)
def test_more_source_kinds(text: str, kind: str) -> None:
    (s,) = analyze(text).sources
    assert s.kind == kind, (s.name, s.kind_rule)


def test_a_dropped_analysis_is_freed_without_the_cyclic_collector() -> None:
    """The people index refers to its analysis weakly: no reference cycle keeps a dropped
    analysis (and its layers) alive until the cyclic collector runs."""
    import gc
    import weakref

    was = gc.isenabled()
    gc.disable()
    try:
        a = analyze(seed_path())
        assert a.metrics and a.people  # the people index is built and cached
        ref = weakref.ref(a)
        del a
        assert ref() is None
    finally:
        if was:
            gc.enable()

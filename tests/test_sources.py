"""Sources: canonical names, pronoun resolution, types with their rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit._source_types import _CASE_UNSAFE, _type_rules, source_type
from mediakit._sources import SourceResolver


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("officials", "anonymous"),
        ("a senior official who asked not to be named", "anonymous"),
        ("sources familiar with the talks", "anonymous"),
        ("Ukrainian authorities", "official"),
        ("Ukraine’s Interior Ministry", "official"),
        ("The Russian military", "military"),
        ("the local police", "police_emergency"),
        ("The state emergencies agency", "police_emergency"),
        ("the Republican Party", "party"),
        ("Professor Jane Doe", "expert"),
        ("The New York Times", "media"),
        ("ITV News Correspondent Dan Rivers", "media"),
        ("a video posted on Twitter", "social_media"),
        ("@realDonaldTrump", "social_media"),
        ("a new poll", "document"),
        ("the company", "organisation"),
        ("witnesses", "witness"),
        ("Ukraine", "official"),
        ("Jane Doe", "unknown"),
    ],
)
def test_source_types(words: str, expected: str) -> None:
    kind, rule = source_type(words)
    assert kind == expected, rule
    assert rule.startswith(kind) or kind == "unknown"


def test_canonical_names_and_surnames() -> None:
    text = "The ministry adviser Anton Herashchenko said X. Mr Herashchenko wrote Y."
    r = SourceResolver(text)
    first = r.resolve("The ministry adviser Anton Herashchenko", 0)
    assert first.name == "Anton Herashchenko" and first.type == "official"
    second = r.resolve("Mr Herashchenko", text.index("Mr Herashchenko"))
    assert second.name == "Anton Herashchenko"
    assert second.type == "official" and "same person" in second.type_rule


def test_surname_from_running_text() -> None:
    text = "Ukrainian President Volodymyr Zelenskyy's office said X. Mr Zelenskyy confirmed Y."
    r = SourceResolver(text)
    office = r.resolve("Ukrainian President Volodymyr Zelenskyy's office", 0)
    assert office.entity == "body"
    z = r.resolve("Mr Zelenskyy", text.index("Mr Zelenskyy"))
    assert z.name == "Volodymyr Zelenskyy" and z.type == "official"


def test_pronouns_resolve_to_compatible_entities() -> None:
    text = "Mrs Clark said A. The ministry said B. She said C. It said D. They said E."
    r = SourceResolver(text)
    r.resolve("Mrs Clark", 0)
    r.resolve("The ministry", text.index("The ministry"))
    she = r.resolve("She", text.index("She"))
    assert she.name == "Clark" and she.resolved_from == "Mrs Clark"
    assert "resolved" in she.type_rule
    it = r.resolve("It", text.index("It said"))
    assert it.name == "ministry"
    they = r.resolve("They", text.index("They"))
    assert they.name == "ministry"


def test_unresolvable_pronoun() -> None:
    r = SourceResolver("He said so.")
    info = r.resolve("He", 0)
    assert info.name is None and info.type_rule == "pronoun_unresolved"


def _type_by_ignorecase_patterns(text: str) -> tuple[str, str]:
    """The reference: every rule searched with its pattern as written (no lower-casing)."""
    for rule in _type_rules():
        if rule.pattern.search(text):
            return rule.type, rule.label
    return "unknown", "no_rule"


def test_case_unsafe_characters_cover_every_code_point() -> None:
    """Outside ``_CASE_UNSAFE``, lower-casing a character is exactly what IGNORECASE does
    for the lower-case ASCII patterns: one character out, and an ASCII letter only when
    the character is one (in either case)."""
    chars = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    folds_to_ascii = {m.start() for m in re.finditer("[a-z]", chars, re.IGNORECASE)}
    for i, ch in enumerate(chars):
        if _CASE_UNSAFE.match(ch):
            continue
        low = ch.lower()
        assert len(low) == 1, hex(ord(ch))
        assert (i in folds_to_ascii) == ("a" <= low <= "z"), hex(ord(ch))


@pytest.mark.parametrize(
    "words",
    [
        "OFFICIALS",
        "Sources Familiar With The Talks",
        "THE PENTAGON",
        "Dr. Jane Doe",
        "a Twitter post",
        "İnterior ministry",
        "the \u017fheriff",
        "Ukraine’s FOREIGN Office",
        "A \u212aremlin spokesman",
        "ﬁgures",
        "Straße police",
        "",
        "he",
    ],
)
def test_folded_type_rules_match_the_ignorecase_rules(words: str) -> None:
    source_type.cache_clear()
    assert source_type(words) == _type_by_ignorecase_patterns(words)


_PHRASES = [
    "prime minister",
    "Prime  Minister",
    "white\nhouse",
    "the White House",
    "news agency",
    "gov. Smith",
    "Gov.Smith",
    "e-mail",
    "email",
    "e-mails",
    "Associated Press",
    "think tank",
    "law enforcement",
    "coast guard",
    "super pac",
    "chamber of commerce",
    "running mate",
    "the press",
    "host of",
    "defence ministry",
    "ministry of defense",
    "armed forces",
    "air force",
    "Lt. Smith",
    "Sgt. Pepper",
    "Prof. Doe",
    "Dr. No",
    "Corp. X",
    "Inc.",
    "not to be named",
    "declined to be identified",
    "requested anonymity",
    "scotland yard",
    "secret service",
    "border patrol",
    "fire brigade",
    "rescue workers",
    "lib dems",
    "liberal democrats",
    "presidential hopeful",
    "downing street",
    "foreign office",
    "attorney general",
    "state department",
    "rep. Smith",
    "sen.",
    "house speaker",
    "social media",
    "talk show host",
    "general staff",
    "gen. Smith",
    "col.",
    "news outlets",
]


def _type_rule_texts() -> list[str]:
    """Texts near the type rules' words, made without the split (which they test): the
    letter runs of the patterns as written and some phrases, alone, in other cases and
    in contexts that make a whole word part of one or change its punctuation."""
    words: set[str] = set(_PHRASES)
    for rule in _type_rules():
        words.update(re.findall(r"[A-Za-z]{2,}", rule.pattern.pattern))
    out: list[str] = []
    for w in sorted(words):
        out += [
            w,
            w.upper(),
            w.title(),
            f"the {w}",
            f"{w}s",
            f"x{w}",
            f"{w}-based",
            f"{w}. Smith",
            f"{w}\u00e9",
            f"_{w}",
            f"{w}\u2019s office",
            f"{w}  x",
            f"{w}.x",
        ]
    return out


def test_most_type_rules_are_split_into_words() -> None:
    split = [r.label for r in _type_rules() if r.words is not None]
    assert "official:title_or_body" in split and len(split) >= 10, split


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_type_rule_texts(), " ", ", ", ".", "Smith", "-", "\u00e9"]), max_size=6
    )
)
def test_split_type_rules_match_the_rules_as_written(pieces: list[str]) -> None:
    words = "".join(pieces)
    assert source_type.__wrapped__(words) == _type_by_ignorecase_patterns(words), words


def test_split_type_rules_on_every_alternative() -> None:
    for words in _type_rule_texts():
        assert source_type.__wrapped__(words) == _type_by_ignorecase_patterns(words), words


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "John",
                "A.",
                "A",
                "Smith",
                "O'Neil",
                "Jean-Luc",
                "said",
                "the",
                "J",
                "McDonald",
                "x",
                "É",
                "’s",
                ".",
                ",",
                "-",
            ]
        ),
        max_size=10,
    ),
    st.lists(st.sampled_from([" ", "", "\n", "  ", "\t"]), min_size=10, max_size=10),
)
def test_name_runs_are_those_of_the_pattern_as_written(words: list[str], seps: list[str]) -> None:
    from mediakit._names import _NAME_RUN, _NAME_RUN_AS_WRITTEN

    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    plain = re.compile(_NAME_RUN_AS_WRITTEN)
    got = [(m.start(), m.group(0)) for m in _NAME_RUN.finditer(text)]
    assert got == [(m.start(), m.group(0)) for m in plain.finditer(text)]


def _names(text: str) -> list[tuple[str, str | None]]:
    import mediakit

    return [(a.source.text, a.source_name) for a in mediakit.analyze(text).attributions if a.source]


def test_source_names_drop_ages_appositives_relative_clauses_and_adverbials() -> None:
    from mediakit._names import core_mention

    assert core_mention("Tom Ellery, 52") == "Tom Ellery"
    assert core_mention("Mr Ellery, whose stall stood by the weighbridge") == "Mr Ellery"
    assert core_mention("Dana Cole, curator and director of exhibits at the gallery") == "Dana Cole"
    assert core_mention("Ms Roe yesterday") == "Ms Roe"
    assert core_mention("Trump, also on Twitter") == "Trump"
    assert core_mention("Ukraine, Russia and Belarus") == "Ukraine, Russia and Belarus"


def test_a_definite_role_names_the_person_introduced_with_it() -> None:
    text = (
        "Defence Minister Harriet Vale hosted talks in the capital on Monday.\n\n"
        "The Minister said the talks had gone well."
    )
    assert ("The Minister", "Harriet Vale") in _names(text)


def test_a_capitalised_common_noun_in_a_headline_is_no_antecedent() -> None:
    text = (
        "Eyewitnesses describe the night the market burned\n\n"
        "Sandra Pike was closing her stall when she noticed smoke.\n\n"
        "“I thought a heater was on,” she said."
    )
    names = dict(_names(text))
    assert names.get("she") != "Eyewitnesses"


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("A spokeswoman for Harwick General Hospital", "organisation"),
        ("Attorney General Jeff Sessions", "official"),
        ("General Mark Milley", "military"),
        ("Chief Fire Officer Rachel Dunmore", "police_emergency"),
    ],
)
def test_roles_give_types(words: str, kind: str) -> None:
    assert source_type(words)[0] == kind


def test_type_rules_compile_their_regexes_when_first_searched() -> None:
    """Loading the source-type rules compiles no regex (most are never searched in a
    one-article command, issue 11); each one compiles to the same pattern as written,
    so a malformed rule in source_types.tsv still fails here."""
    import mediakit.lexicons as lx
    from mediakit._source_types import _Lazy

    _type_rules.cache_clear()
    rules = _type_rules()
    lazies = [lz for r in rules for lz in (r.pattern, r.folded, r.rest) if isinstance(lz, _Lazy)]
    assert len(lazies) >= len(rules) and all(lz._compiled is None for lz in lazies)
    for lz in lazies:
        assert lz.search("") is None or lz._compiled is not None
        assert lz._compiled is not None and lz._compiled.pattern == lz.pattern
    written = {(name, flags, pattern) for _, name, flags, pattern in lx.rows("source_types")}
    assert {(r.name, r.pattern._compiled.flags & re.IGNORECASE) for r in rules} == {
        (name, re.IGNORECASE if "i" in flags else 0) for name, flags, _ in written
    }

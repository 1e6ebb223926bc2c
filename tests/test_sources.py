"""Sources: canonical names, pronoun resolution, types with their rules."""

from __future__ import annotations

import re

import pytest

from mediakit._sources import _CASE_UNSAFE, SourceResolver, _type_rules, source_type


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
        "OFFICIALS", "Sources Familiar With The Talks", "THE PENTAGON", "Dr. Jane Doe",
        "a Twitter post", "İnterior ministry", "the \u017fheriff", "Ukraine’s FOREIGN Office",
        "A \u212aremlin spokesman", "ﬁgures", "Straße police", "", "he",
    ],
)
def test_folded_type_rules_match_the_ignorecase_rules(words: str) -> None:
    source_type.cache_clear()
    assert source_type(words) == _type_by_ignorecase_patterns(words)

"""The fast paths of what an Analysis computes on first use give what their plain
versions give, on hand-built texts and on the 295 Wikinews articles bundled as the
sample corpus (the word split and the syllables: tests/test_parse.py and
tests/test_readability.py)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import mediakit
from mediakit._gender_pronouns import _PRONOUN
from mediakit._source_summary import _voice_words
from tests.conftest import sample_analyses

HAND_BUILT = [
    'The mayor said: "We will rebuild the bridge." Officials said it would take a year. '
    '"It is hard," she said, "but we will do it," and the council agreed.',
    'Jo Bright, a mother of three, said the stall was closed. "It is sad," Bright said. '
    "Mr Ellery said he agreed, and Bright said so too. Police said nothing.",
    "",
    "No one said anything here.",
]


@cache
def _articles() -> list[mediakit.Analysis]:
    return [mediakit.analyze(t) for t in HAND_BUILT] + list(sample_analyses())


def test_the_sample_corpus_is_read() -> None:
    assert len(_articles()) >= len(HAND_BUILT) + 290


def test_a_sources_voice_words_are_those_words_in_counts() -> None:
    checked = 0
    for an in _articles():
        groups: dict[str, list[mediakit.Attribution]] = {}
        for a in an._story_attributions:
            groups.setdefault(a.source_name or "(unnamed source)", []).append(a)
        for atts in groups.values():
            spans = [c for a in atts for c in a.content]
            plain: Counter[str] = an._words_in(spans)
            assert _voice_words(an, spans) == (plain["direct"], plain["reported"])
            checked += 1
        assert _voice_words(an, []) == (0, 0)
    assert checked > 1000


_PRONOUN_PLAIN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
PRONOUN_TEXTS = [
    "He said his wife, HERSELF a judge, told him she was hers; Himself and HİS and ſhe.",
    "the_he he_ 3he he3 he’s he's she-wolf Shelf shed hiss hi Hıs hİm herS hersel ſHE",
    "Les Brown and His Band. (She) “he” -her- x.him. heR:him",
]


def test_the_pronoun_pattern_is_the_case_insensitive_alternation() -> None:
    """_PRONOUN (explicit case classes) finds what the plain re.IGNORECASE pattern
    finds, in whole texts and in windows of them (as each sentence is searched)."""
    for text in PRONOUN_TEXTS + [a.text for a in _articles()]:
        fast = [m.span() for m in _PRONOUN.finditer(text)]
        assert fast == [m.span() for m in _PRONOUN_PLAIN.finditer(text)]
        for lo in range(0, len(text), 37):
            hi = min(len(text), lo + 23 + lo % 50)
            plain = _PRONOUN_PLAIN.search(text, lo, hi)
            got = _PRONOUN.search(text, lo, hi)
            assert (got and got.span()) == (plain and plain.span())


def test_the_pronoun_letter_classes_are_re_s_case_folding() -> None:
    """Each letter class of _PRONOUN holds exactly the characters re.IGNORECASE matches
    the letter with (every code point tried)."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    for letter in "heimsrlf":
        plain = re.compile(letter, re.IGNORECASE)
        folded = {c for c in chars if plain.fullmatch(c)}
        classes = set(re.findall(r"\[([^\]]+)\]", _PRONOUN.pattern))
        assert "".join(sorted(folded)) in {"".join(sorted(k)) for k in classes}, letter

"""Inflection fallback: a lexicon that has one form of a word finds the others.

VADER's lexicon lists word forms, not lemmas, and often only some of them ("injured" but
not "injuries", "kill" and "killed" but not "slaughters").  :func:`inflections` makes
the regular English inflections of a word -- plural or third person ``-s``/``-es``/
``-ies``, past ``-ed``/``-d``/``-ied``, ``-ing`` -- with the usual spelling changes
(silent ``e`` dropped, final consonant doubled after a single short vowel, ``y`` to
``i``); :func:`siblings` gives the other participle of a listed one ("injured" ->
"injuring"); :func:`adverb` the regular -ly adverb of an adjective ("brutal" ->
"brutally"), a derivation, not an inflection, but as regular.  Forms are
made once, when the lexicon is loaded; nothing is done per token.  The rules follow
the regular patterns of English inflectional morphology as described in any grammar
(e.g. Quirk et al. 1985, *A Comprehensive Grammar of the English Language*, App. I).
"""

from __future__ import annotations

__all__ = ["adverb", "inflections", "siblings"]

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
_NO_DOUBLING = frozenset("hjkqwxy")


def _doubles(word: str) -> bool:
    """True when the final consonant doubles before -ed/-ing (stab -> stabbed).

    Only for one-syllable words ending consonant-vowel-consonant: longer words double
    only when stressed on the last syllable, which spelling does not show."""
    if len(word) < 3 or word[-1] in _VOWELS or word[-1] in _NO_DOUBLING:
        return False
    if word[-2] not in _VOWELS or word[-3] in _VOWELS:
        return False
    return sum(c in _VOWELS for c in word) == 1


def inflections(word: str) -> list[str]:
    """The regular -s, -ed and -ing forms of ``word`` (lower case, letters only)."""
    if len(word) < 3 or not word.isalpha():
        return []
    if word.endswith(("ed", "ly")):
        return []  # a past form or an adverb: no further inflection
    if word.endswith("ing"):
        return [word + "s"]  # killing -> killings
    if word.endswith("ie"):
        return [word + "s", word + "d", word[:-2] + "ying"]
    if word.endswith("y") and word[-2] not in _VOWELS:
        return [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    if word.endswith(_SIBILANT_ENDS):
        plural = word + "es"
    else:
        plural = word + "s"
    if word.endswith("ee"):
        return [plural, word + "d", word + "ing"]
    if word.endswith("e"):
        return [plural, word + "d", word[:-1] + "ing"]
    if _doubles(word):
        return [plural, word + word[-1] + "ed", word + word[-1] + "ing"]
    return [plural, word + "ed", word + "ing"]


def siblings(form: str) -> list[str]:
    """The other participle of an inflected verb ``form``: "killed" <-> "killing",
    "stabbed" <-> "stabbing", "hated" <-> "hating", "carried" -> "carrying".

    Never the bare stem or an -s form, which could be another word ("united" is not
    "unit", "forced" is not "forces")."""
    if not form.isalpha() or len(form) < 6:
        return []
    if form.endswith("ied"):
        return [form[:-3] + "ying"]
    if form.endswith("ed"):
        return [form[:-2] + "ing"]
    if form.endswith("ing"):
        return [form[:-3] + "ed"]
    return []


def adverb(word: str) -> str:
    """The regular -ly adverb of an adjective ("brutal" -> "brutally", "angry" ->
    "angrily", "unpalatable" -> "unpalatably", "tragic" -> "tragically"); "" for a word
    that makes none (too short, already -ly, or not letters only)."""
    if len(word) < 4 or not word.isalpha() or word.endswith("ly"):
        return ""
    if word.endswith("le") and word[-3] not in _VOWELS:
        return word[:-1] + "y"
    if word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ily"
    if word.endswith("ic"):
        return word + "ally"
    return word + "ly"

"""Person nouns around a pronoun (for :mod:`mediakit._gender_pronouns`): the nouns and
roles that name someone else in a sentence ("the minister", "the justice sounded off"),
and when such a noun is a named person's own ("spokeswoman Priya Nandra")."""

from __future__ import annotations

import re
from collections.abc import Collection

from mediakit._compiled import compile_pattern
from mediakit._people_context import person_noun_words, role_nouns

__all__ = ["_PERSON_NOUN", "_other_person_noun", "_person_nouns"]


def _other_person_noun(
    text: str,
    lo: int,
    pos: int,
    own: list[tuple[int, int]],
    unlike: Collection[str] = (),
) -> bool:
    """A person noun in ``text[lo:pos]`` that is not the person's own: right before one of
    the ``own`` mentions, at most through a phrase of its own and a comma and capitalised
    words ("spokeswoman Priya Nandra", "his wife, Jill Biden", "a spokeswoman for Harwick
    General Hospital, Priya Nandra"; not "The Vermont senator, running against ... Hillary
    Clinton", nor the possessive "The woman's enthusiasm for Trump"), or in an apposition
    right after it ("Sam Reed, a father of two").  Nouns in ``unlike`` (lower case: those
    of the other gender than a pronoun's, "mother" for "he") name no one it may mean."""
    for x, y in _person_nouns(text, lo, pos) + _referring_roles(text, lo, pos):
        if unlike and text[x:y].lower() in unlike:
            continue
        if not any(
            (y <= a and a - y <= 80 and _OWN_BEFORE.fullmatch(text, y, a) is not None)
            or (b <= x and _OWN_APPOSITION.fullmatch(text, b, x) is not None)
            for a, b in own
        ):
            return True
    return False


#: Nouns that name a person (lower case; ``data/person_nouns.tsv``); ``_PERSON_NOUN``
#: matches any of them.
_PERSON_NOUN_WORDS = person_noun_words()
_PERSON_NOUN = compile_pattern(
    r"\b(?:" + "|".join(sorted(_PERSON_NOUN_WORDS)) + r")\b", re.IGNORECASE
)
_WORD_RUN = compile_pattern(r"\b\w+")


def _person_nouns(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where ``_PERSON_NOUN`` matches in ``text[lo:hi]``, found faster: its words are
    whole runs of word characters (``\\b`` on both sides), so each run is looked up in
    :data:`_PERSON_NOUN_WORDS` (the pattern itself decides for a run that is not ASCII,
    where case folding is Unicode's).  A case-insensitive alternation is slow in
    Python's engine (no literal prefix to skip to): about 3x the time of this on the
    Wikinews sentences; ``tests/test_people_fast.py`` ties the two."""
    out = []
    for m in _WORD_RUN.finditer(text, lo, hi):
        w = m.group()
        if (w.lower() in _PERSON_NOUN_WORDS) if w.isascii() else _PERSON_NOUN.fullmatch(w):
            out.append(m.span())
    return out


#: Nouns of a role or title that, after a determiner and before a verb, refer to a person
#: ("the justice sounded off", "The general stumped for Clinton"): ``role_nouns()``'s
#: and these (left out there as often heading a phrase: "general election", "Justice
#: Department"; the verb after rules those out here).
_ROLE_EXTRA = frozenset(
    "justice general admiral colonel commander chief nominee frontrunner front-runner mogul".split()
)
_DETERMINED_ROLE = compile_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]nother)\s+(?:[\w’'\-]+\s+){0,2}?"
    r"([a-z][a-z\-]+)(?=\s*[,;:)—–]|\s+(?:[a-z]+ed|said|says|is|was|has|had|will|would"
    r"|could|can|may|might|must|should|who|whose|also|then|later|did|does|told|tells)\b)"
)


def _referring_roles(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where a role noun after a determiner and before a verb or a clause break refers to
    someone in ``text[lo:hi]`` ("the justice sounded off on Trump, saying she": the
    justice is whom she may mean, not Trump)."""
    roles = role_nouns()
    return [
        m.span(1)
        for m in _DETERMINED_ROLE.finditer(text, lo, hi)
        if m.group(1) in roles or m.group(1) in _ROLE_EXTRA
    ]


#: What may stand between a person noun and the name it is the noun of (``_other_person_noun``).
_OWN_BEFORE = compile_pattern(
    r"(?:[ \t]+(?:of|for|at|with|from|to|in|on)[ \t]+[^,.;:()\n]{1,60})?,?[ \t\n]+"
    r"(?:[A-Z][\w.’'\-]*[ \t]+){0,4}"
)
#: (not a relative clause of whose: "Jordan Pike, whose son is in seventh grade": the
#: son is someone else)
_OWN_APPOSITION = compile_pattern(
    r",\s+(?![Ww]hose\b)(?:\d{1,3},\s+)?(?:[\w’'\-]+\s+){0,4}(?:[A-Za-z]+-)?"
)  # (a prefix of the noun's own too: "Tomás Aguilar, a co-author")

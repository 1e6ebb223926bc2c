"""Which person a he or she stands for, read from its clause: the subject that opens
its sentence ("Judge Sullivan made his ruling"), a subject pronoun that opens the main
clause and so points back ("At one point she cautioned Ferreira Montoya"), or a phrase
that opens the sentence before its subject ("Pushed by Chuck Todd on what could bring
him to run, Cuban demurred"); the tests that :mod:`mediakit._gender_pronouns` applies.
"""

from __future__ import annotations

import re

from mediakit._compiled import compile_pattern
from mediakit._names import given_names
from mediakit._people_context import role_nouns
from mediakit._person_nouns import _person_nouns

_REFLEXIVE = frozenset({"himself", "herself"})
_CAPITALISED = compile_pattern(r"(?<![\w’'\-])[A-Z][a-z]+\b")


#: What follows "her" when it is an object, not a possessive ("beat her 51% to 36%",
#: "told her that", "harmed her.").
_OBJECT_HER = compile_pattern(
    r"her(?=\s*(?:[.,;:!?)\d–—\"”]|\Z|(?:to|in|on|at|for|with|that|the|a|an|as|and|by|from|of|"
    r"up|out|off|back|down|again|about|over|into|after|before|when|while|if|because|since|"
    r"until|unless|though|although|whether|during|despite|where|but|or|so|than|like|"
    r"without|through)\b))",
    re.IGNORECASE,
)


def _is_object(text: str, m: re.Match[str]) -> bool:
    """The pronoun ``m`` is an object: him, or her not followed by a noun."""
    word = m.group().lower()
    return word == "him" or (word == "her" and _OBJECT_HER.match(text, m.start()) is not None)


#: A preposition, then at most four capitalised words of a title ("to Secretary of State ").
_PREPOSITION_TITLE_BEFORE = compile_pattern(
    r"\b(?:by|of|to|with|for|from|about|against|at|on|in|into|over|under|than)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.’'\-]*\s+(?:of\s+)?){0,4}\Z"
)


def _subject_after_opening_phrase(
    text: str, lo: int, m: re.Match[str], here: list[tuple[int, str]]
) -> bool:
    """The pronoun ``m`` stands in a phrase that opens its sentence (no mention opens it)
    and ends at the first comma after the pronoun, and a mention follows that comma at
    once: the clause's subject, whom the pronoun may mean."""
    if any(
        a == lo
        or not text[lo:a].strip(" \"“‘'(")
        or _LEAD_TITLE.fullmatch(text, lo, a) is not None
        or _lead_role(text[lo:a])
        for a, _n in here
    ):
        return False  # (a mention after a title opens it too: "Deputy Bríd Considine")
    comma = text.find(",", m.end())
    if comma < 0 or "." in text[m.end() : comma]:
        return False
    return any(a > comma and not text[comma + 1 : a].strip() for a, _n in here)


_POSSESSIVE_AFTER = compile_pattern(r"[’']s?\b")


def _named_as_subject(text: str, lo: int, pos: int, own: list[tuple[int, int]]) -> bool:
    """One of the person's ``own`` mentions lies in ``text[lo:pos]`` neither after a
    preposition nor possessive ("leading candidate Donald Trump caused consternation,
    when he": not "As for Trump's ability to deflect attacks, she said"): a reading the
    sources' resolution does not overrule."""
    return any(
        lo <= a < pos
        and _PREPOSITION_TITLE_BEFORE.search(text, max(lo, a - 60), a) is None
        and _POSSESSIVE_AFTER.match(text, b) is None
        for a, b in own
    )


def _unlisted_given_name(
    text: str,
    lo: int,
    pos: int,
    spans: dict[str, list[tuple[int, int]]],
    quotes: list[tuple[int, int]],
) -> bool:
    """A common given name (``data/given_names.tsv``) in ``text[lo:pos]``, outside
    quotation marks and neither in nor right before one of the people's mentions ("Glenn
    Beck" where the mention is "Beck"): someone the people index did not list ("Melanie
    said"), whom a pronoun there may mean as well."""
    names = given_names()
    for w in _CAPITALISED.finditer(text, lo, pos):
        a, b = w.span()
        if (
            w.group() in names
            and not any(x <= a < y for x, y in quotes)
            and not any(x <= a < y or b < x <= b + 2 for ss in spans.values() for x, y in ss)
        ):
            return True
    return False


#: What may stand between a clause's subject and its pronoun ("made his ruling", "has a
#: galaxy of famous supporters in her corner"): no clause break, quotation, or name.
_SUBJECT_GAP = compile_pattern(r"[ \t]+(?:[a-z][\w’'\-]*[ \t]+){1,8}")
_CLAUSE_WORDS = frozenset(
    """that who whom which whose when while if because and or but as after before since what
    how why whether where said says told tells added wrote noted argued claimed insisted
    stated explained asked warned thinks thought believes believed""".split()
)  # (a reported clause is another clause: "Glenn Beckett said what he thinks")
#: The clause words that open a clause whose subject may be the sentence's subject.
_SUBORDINATORS = frozenset(
    "that when while after before because since if as although though until once".split()
)
#: Nouns a name may modify, so that it is no subject ("Sanders supporters called for her
#: ouster", "the Obama administration"); with role_nouns()'s words and their plurals.
_NOUNS_AFTER_NAME = frozenset(
    """supporters fans aides staff staffers campaign campaigns administration team allies
    voters officials family government people camp backers critics loyalists delegates
    foundation office spokesman spokeswoman spokesperson""".split()
)
_LEAD_TITLE = compile_pattern(r"(?:[A-Z][\w.’'\-]*[ \t]+){0,2}")


def _lead_role(lead: str) -> bool:
    """Is ``lead`` (the words before the subject's name) at most three words, capitalised
    or a role noun, one of them a role ("Brentford boss", "The Danish coach")?"""
    words = lead.split()
    if not words or len(words) > 3 or lead[-1:] not in " \t":
        return False
    roles = role_nouns()
    return any(w in roles for w in words) and all(w[:1].isupper() or w in roles for w in words)


def _subject_of_clause(
    text: str,
    lo: int,
    here: list[tuple[int, str]],
    spans: dict[str, list[tuple[int, int]]],
    m: re.Match[str],
    subordinate: bool = False,
) -> str | None:
    """The person whose mention opens the sentence (after at most two capitalised words:
    "Judge Sullivan") when the pronoun ``m`` is no object and follows it in the same
    clause, within eight lower-case words with no clause word, person noun or other
    mention between ("Judge Sullivan made his ruling", "Clinton has a galaxy of famous
    supporters in her corner"): that subject is whom it means; else None.
    ``subordinate``: instead, ``m`` is "he" or "she" right after the clause word that
    ends those words, the subject of a clause the subject's own clause opens ("John
    Rhys-Davies broke news when he revealed", "Cruz sought to convey that he is")."""
    if _is_object(text, m) or m.group().lower() in _REFLEXIVE:
        return None
    if subordinate and m.group() not in ("he", "she"):
        return None
    before = [(a, n) for a, n in here if a < m.start()]
    if len({n for _a, n in before}) != 1:
        return None
    a, name = before[0]
    if _LEAD_TITLE.fullmatch(text, lo, a) is None and not _lead_role(text[lo:a]):
        return None
    if name not in spans:
        return None  # (someone called X: a surname two people share)
    end = next((b for x, b in spans[name] if x == a), None)
    if end is None:
        return None
    gap = _SUBJECT_GAP.fullmatch(text, end, m.start())
    words = [] if gap is None else gap.group().split()
    if subordinate and words and words[-1] in _SUBORDINATORS and len(words) > 1:
        words.pop()
    elif subordinate:
        return None
    if gap is None or any(w in _CLAUSE_WORDS for w in words):
        return None
    first = gap.group().split()[0]
    roles = role_nouns()
    if _person_nouns(text, end, m.start()) or (
        first in _NOUNS_AFTER_NAME or first in roles or first.removesuffix("s") in roles
    ):
        return None  # ("Sanders supporters have long called for her ouster": not Sanders)
    return name


#: Words before a he or she that make it no main clause's subject ("When he arrived").
_NOT_MAIN = (
    _SUBORDINATORS
    | _CLAUSE_WORDS
    | frozenset("whenever where whereas unless why how what who whom which whose".split())
)
#: Words that may open a short phrase before a main clause's subject with no comma
#: ("At one point she", "Later he").
_SHORT_OPENERS = frozenset(
    "at on in by later then still even now yesterday today earlier instead also".split()
)


def _main_subject(text: str, lo: int, m: re.Match[str]) -> bool:
    """The pronoun ``m`` is a he or she that opens its sentence's main clause: nothing
    before it, or a phrase that ends in a comma, or a short phrase of time or place with
    no comma ("At one point she cautioned Ferreira Montoya", "He said he had spoken with
    Arsenault", "Even Friday, he claimed"), with no word of another clause ("Rubenwardy
    has said he": he is a reported clause's subject): a name after it is never whom it
    means (the subject stands above the rest of its clause), so it points back."""
    if m.group().lower() not in ("he", "she"):
        return False
    lead = text[lo : m.start()].strip(" \t\n\"“‘'(")
    words = [w.strip("\"“‘'(,").lower() for w in lead.split()]
    if any(w in _NOT_MAIN for w in words):
        return False
    return not words or lead.endswith(",") or (len(words) <= 3 and words[0] in _SHORT_OPENERS)

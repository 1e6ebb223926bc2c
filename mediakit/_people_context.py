"""The words around a capitalised run that say it names a person, though its first word
is no listed given name (issue 13: names from other newsrooms and languages).

* :func:`person_context`: an age or a role right before the run ("22-year-old Rangoli
  Patil", "moderator Lester Holt", "opponents such as Jeb Bush", "identified as Jaypee
  Galicha"), an outlet's possessive opening it ("Fox News' Megyn Kelly", not after a
  preposition: "on CNBC's Squawk Box"), a role and its "of ..." then a comma ("the
  director of ..., Mariela Belski"), or after it an age, a role in apposition ("Michael
  McFaul, a senior fellow at"), ", who" or a party and state ("Sherrod Brown (D-Ohio)");
* :func:`attributive`: "the Karol Bagh area": a name that modifies a noun is no person;
* :func:`body_context`: "Fine Gael said its", "Eskom, which": a name referred to as a
  thing is no person;
* :func:`listed_with`: a run that looks like a full name in one list with a person
  ("Oprah Winfrey, Whoopi Goldberg, Kevin Feige", "Jeb Bush or Sen. Marco Rubio").

The role nouns are ``data/person_roles.tsv``.  None of this ever gives a gender.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cache

from mediakit import lexicons
from mediakit._compiled import compile_pattern


@cache
def role_nouns() -> frozenset[str]:
    """``data/person_roles.tsv``: lower-case nouns for a person's role."""
    return frozenset(row[0] for row in lexicons.rows("person_roles"))


@cache
def person_noun_words() -> frozenset[str]:
    """``data/person_nouns.tsv``: everyday nouns of people ("aunt", "neighbour")."""
    return frozenset(row[0] for row in lexicons.rows("person_nouns"))


def _is_role(word: str) -> bool:
    roles = role_nouns()
    return word in roles or word.removesuffix("s") in roles


def _one_person_word(word: str) -> bool:
    """``word`` names one person in apposition: a role or person noun, or a hyphenated role
    ("director-general", "secretary-general", "attorney-general")."""
    return (
        word in role_nouns()
        or word in person_noun_words()
        or ("-" in word and word.partition("-")[0] in role_nouns())
    )


def _is_role_of(word: str) -> bool:
    """``word`` is a role before "of ...": a role noun, or "member" ("Member of Parliament";
    the role list leaves "member" out for "member state")."""
    return word == "member" or _is_role(word)


_AGE_BEFORE = compile_pattern(r"\b\d{1,3}-year-old\s+\Z")
_ROLE_BEFORE = compile_pattern(r"\b([a-z][a-z\-]+)\s+\Z")
#: "opponents such as", "candidates like", "rivals, including": a plural role, then a list.
_ROLES_SUCH_AS = compile_pattern(r"\b([a-z][a-z\-]+),?\s+(?:such\s+as|like|including)\s+\Z")
#: An abbreviated title, whose stop ends the capitalised run before the name.
_ABBREVIATED_TITLE = compile_pattern(
    r"(?<![\w.])(?:Rep|Reps|Sen|Sens|Gov|Dr|Drs|Prof|Lt|Sgt|Cpl|Capt|Col|Gen|Adm|Maj|Rev|Hon|"
    r"Mr|Mrs|Ms|Mx|Mme|Cllr|Insp|Supt|Det|Engr|Barr)\.\s+\Z"
)  # (Mr ... Barr: a tenth probe of other newsrooms, "its Director of Press, Mr. Sola
# Akintunde", where no listed given name opens the name)
#: "identified as", "named as": a person is named next.
_IDENTIFIED_AS = compile_pattern(
    r"\b(?:(?:identified|named)\s+(?:(?:the|a|an|him|her|them)\s+(?:[a-z\-]+\s+)?)?"
    r"(?:only\s+)?|(?:gave|give|gives|giving)\s+(?:his|her|their)\s+(?:first\s+)?name\s+"
    r"(?:only\s+)?|known\s+only\s+)as\s+\Z"
)  # "identified as", "identified the suspect as", "named the dead woman as", "identified
# only as", "who gave her name only as", "known only as" (not "a group known as Fancy
# Bear")
#: The same when one word follows: only a name given "only as" or as a name ("identified
#: only as Pita", "gave her name as Jacqueline"; not "identified as Narikuravars").
_NAMED_ONLY_AS = compile_pattern(r"\b(?:only|name)\s+as\s+\Z")
#: An outlet as a possessor: "NBC's", "Fox News'", "Salem Radio's".
OUTLET = compile_pattern(
    r"(?:[A-Z]{2,6}|(?:[A-Z][\w&.\-]*\s+)*(?:News|Radio|TV|Television|Times|Post|Journal))"
    r"(?:'s|’s|'|’)"
)
_OUTLET_RUN = compile_pattern(OUTLET.pattern + r"\s")
#: A preposition or "the" before a run: "an interview on CNBC's Squawk Box", "the WHO's
#: Monitored Emergency Use", "a lawyer for the Sierra Club, who".
_PREPOSITION_BEFORE = compile_pattern(r"\b(?:on|in|at|to|from|of|for|with|by|about|the)\s+\Z")
#: A role and what it is of, then a comma, just before a name.
_ROLE_THEN_COMMA = compile_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[Tt]he\s+[a-z][\w\-]*|[A-Z][\w\-]*)(?:'s|’s))"
    r"\s+([a-z][a-z\-]+|[A-Z][a-z\-]+)\s+(?:of|at|for)\s[^,.;:]{1,60},\s+"
)  # "Uppsala's director of education, ", "The constituency's Member of Parliament, "
#: A singular role in apposition before a name: "The suspect, Deshawn Tolliver,", "her
#: lawyer, Femi Falana,", "the party's national chairman, Iyorchia Ayu,".
_ROLE_COMMA_BEFORE = compile_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[A-Z][\w\-]*(?:'s|’s))\s+"
    r"(?:[a-z][a-z\-]*(?:'s|’s)?\s+){0,2}([a-z][a-z\-]+),\s+\Z"
)
#: Words just after a name that say it is a person's: an age or a role in apposition
#: (", 52,", ", a director of", ", the mayor of", ", the former mayor of").
_AFTER_PERSON = compile_pattern(
    r",\s+(?:\d{1,3},|(?:a|an)\s+\d{1,3}-year-old\b|"
    r"(?:a|an|the)\s+(?:(?:former|late|then|current|new)\s+)?([a-z][a-z\-]+))"
)  # (", a 58-year-old retired businesswoman"
#: A role at the end of a longer apposition: ", a senior fellow at", ", the chief
#: executive of", ", a fire service spokesman,".
_AFTER_ROLE_PHRASE = compile_pattern(
    r",\s+(?:a|an|the)\s+(?:(?:[a-z][a-z\-]+|[A-Z]{2,6})\s+){1,2}?([a-z][a-z\-]+)"
    r"(?=\s*[,.;:]|\s+(?:of|at|for|with|to|in|on|from)\b)"
)
#: A role in apposition with no article, or after a possessive: ", chief executive of
#: the ferry procurement body", ", the federation's State president," (wire and South
#: Asian styles: a tenth probe of other newsrooms).
_AFTER_BARE_ROLE = compile_pattern(
    r",\s+(?:the\s+)?(?:[\w\-]+(?:'s|’s)\s+)?(?:(?:[a-z][a-z\-]+|[A-Z][a-z]+)\s+)?"
    r"([a-z][a-z\-]+)(?=\s*[,.;:]|\s+(?:of|at|for|with|to|in|on|from)\b)"
)
#: ", who ": a relative pronoun for people.
_WHO_AFTER = compile_pattern(r",\s+who\s")
#: A US politician's party and state: "(D-Ohio)", "(R-Tenn.)", "(D-N.J.)".
_PARTY_STATE = compile_pattern(
    r"\s*\((?:(?:[DRI]|Dem|Rep|Ind)\.?-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?|\d{1,3})\)"
)  # (also an age in brackets: "Tatenda Mushonga (45), the director of", Zimbabwean usage)


#: Words after a name that refer to it as a thing, not a person: a relative "which"
#: ("Eskom, which runs the grid,") or "its" right after a speech verb ("Fine Gael said
#: its candidates would stand", "Goldman Sachs says its profits fell").
_BODY_AFTER = compile_pattern(
    r"(?:’s|'s)?(?:,\s+(?:which|founded|established|headquartered|incorporated)\b|\s+(?:said|says|announced|announces|added|adds|confirmed|"
    r"confirms|stated|states|reported|reports|warned|warns)(?:\s+on\s+\w+)?\s+(?:that\s+)?"
    r"its\b)"
)


#: A noun for a body right before a name: "payments app Kestrel Pay", "rights group
#: Amnesty International", "the lender Rabobank" (no role of a person is among them).
_BODY_BEFORE = compile_pattern(
    r"\b(?:company|firm|app|startup|start-up|lender|bank|carrier|airline|retailer|platform|"
    r"brand|insurer|conglomerate|broadcaster|newspaper|agency|charity|group|watchdog|"
    r"regulator|union|party)[ \t\xa0]+\Z"
)


def body_context(text: str, start: int, end: int) -> bool:
    """The words around a name at ``text[start:end]`` refer to it as a body: after it
    ("Fine Gael said its ...", "Eskom, which ...", "Kestrel Pay, founded in 2017,") or
    before it ("payments app Kestrel Pay"): no person's name, whatever it looks like."""
    return (
        _BODY_AFTER.match(text, end, end + 60) is not None
        or _BODY_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def person_context(text: str, start: int, end: int) -> bool:
    """The words around the capitalised run ``text[start:end]`` say it names a person.
    (Each pattern is tried only when the text next to the run can start its match.)"""
    before = text[max(0, start - 30) : start]
    if before.endswith(("the ", "The ")):
        return False  # "the Sierra Club, who", "the Grateful Dead": a body or a thing
    if "-year-old" in before and _AGE_BEFORE.search(before):
        return True
    if before.endswith(". ") and _ABBREVIATED_TITLE.search(before):
        return True  # "the shooting of Rep. Gabby Giffords": a title the run left out
    if before.endswith("as ") and _IDENTIFIED_AS.search(before):
        return True
    m = _ROLE_BEFORE.search(before)
    if m is not None and _is_role(m.group(1)):
        return True  # "co-pilot Rangoli Patil", "actors Mark Ruffalo"
    if before.endswith(("as ", "like ", "including ")):
        m = _ROLES_SUCH_AS.search(before)
        if m is not None and _is_role(m.group(1)):
            return True  # "opponents such as Jeb Bush"
    if _OUTLET_RUN.match(text, start) and not _PREPOSITION_BEFORE.search(before):
        return True  # "Fox News' Megyn Kelly confronted him", not "on CNBC's Squawk Box"
    if before[-1:].isspace() and before.rstrip()[-1:] == ",":
        m = _ROLE_COMMA_BEFORE.search(text, max(0, start - 60), start)
        if m is not None and _one_person_word(m.group(1)):
            return True  # "The suspect, Deshawn Tolliver,", "The man's aunt, Bríd Uí Bhriain,"
            # "the Ministry's director-general, Shai Carmeli,"
        m = _ROLE_THEN_COMMA.search(text, max(0, start - 90), start)
        if m is not None and m.end() == start and _is_role_of(m.group(1).lower()):
            return True  # "the director of Argentina's Amnesty International, Mariela Belski"
    nxt = text[end : end + 2]
    if "(" in nxt:
        return _PARTY_STATE.match(text, end, end + 20) is not None  # "Sherrod Brown (D-Ohio)",
        # "Tatenda Mushonga (45)"
    if nxt[:1] != ",":
        return False
    if _WHO_AFTER.match(text, end, end + 8) and not _PREPOSITION_BEFORE.search(before):
        return True  # "Sandy Phillips, who lost her daughter", not "for Conservative
        # Principles, who"
    # an apposition names one person: a singular role ("Lester Holt, the anchor of")
    after = _AFTER_PERSON.match(text, end, end + 40)
    if after is not None and (after.group(1) is None or _one_person_word(after.group(1))):
        return True  # (and a person noun: "Murata Shinji, a hunter with")
    after = _AFTER_ROLE_PHRASE.match(text, end, end + 60)
    if after is not None and _one_person_word(after.group(1)):
        return True
    after = _AFTER_BARE_ROLE.match(text, end, end + 60)
    return after is not None and after.group(1) in role_nouns()


#: What may stand between two people of one list: a party and state, a comma or "and" /
#: "or", an outlet's possessive and a title ("Jeb Bush or Sen. Marco Rubio", "Lester
#: Holt, ABC's Martha Raddatz", "Sherrod Brown (D-Ohio) and Robert Menendez").
_LIST_GAP = compile_pattern(
    r"(?:\s*\([^()\n]{1,20}\))?(?:,\s+(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)"
    r"(?:[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)?(?:’s|'s|’|')\s+)?"
    r"(?:(?:Sens?|Reps?|Gov|Govs|Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
)


def listed_with(
    text: str,
    candidates: Sequence[tuple[int, int]],
    people: Sequence[tuple[int, int]],
    ok: Callable[[int, int], bool],
) -> list[int]:
    """The indices of the ``candidates`` (spans of runs that look like full names) that
    stand in one list with a person's mention of ``people`` or, in turn, with such a
    candidate ("Oprah Winfrey, Whoopi Goldberg, Kevin Feige"), and that ``ok`` accepts
    (read only for those in a list)."""
    found: set[int] = set()
    known = list(people)
    changed = True
    while changed:
        changed = False
        by_end = sorted((y, x) for x, y in known)
        by_start = sorted(known)
        for i, (a, b) in enumerate(candidates):
            if i not in found and _in_list(text, a, b, by_end, by_start) and ok(a, b):
                found.add(i)
                known.append((a, b))
                changed = True
    return sorted(found)


def _in_list(
    text: str,
    a: int,
    b: int,
    by_end: Sequence[tuple[int, int]],
    by_start: Sequence[tuple[int, int]],
) -> bool:
    """``text[a:b]`` is joined to a mention (``by_end``: (end, start), ``by_start``:
    (start, end), both sorted) by "and" / "or", or stands between two of them with
    commas ("X, C, Y"): two names with a comma alone between them are no list ("The
    governor of Puerto Rico, Wanda Vázquez Garced")."""
    left = [
        text[y:a]
        for y, _x in by_end[
            bisect.bisect_left(by_end, (a - 40, -1)) : bisect.bisect_right(by_end, (a, a))
        ]
        if _LIST_GAP.fullmatch(text, y, a)
    ]
    right = [
        text[b:x]
        for x, _y in by_start[
            bisect.bisect_left(by_start, (b, -1)) : bisect.bisect_right(by_start, (b + 40, b + 40))
        ]
        if _LIST_GAP.fullmatch(text, b, x)
    ]
    if left and right:
        return True
    return any(_AND_OR.search(gap) for gap in left + right)


_AND_OR = compile_pattern(r"\b(?:and|or)\b|&")


#: Lower-case words after "the NAME" that keep it a name ("the John Smith who ...").
_AFTER_THE_NAME = frozenset(
    """who whom whose and or of in at on to for with from by as that said says told has had
    was is were are will would could can""".split()
)
_NEXT_WORD = compile_pattern(r"[ \t\xa0]+([a-z]+)\b")


def attributive(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` modifies a noun after "the": "the Karol Bagh area",
    "the Johan Sverdrup oil field" (a place or a thing, not the person)."""
    if text[max(0, start - 4) : start] not in ("the ", "The "):
        return False
    m = _NEXT_WORD.match(text, end, end + 30)
    return m is not None and m.group(1) not in _AFTER_THE_NAME


#: An age right after a name: "Sutrisno, 41,", "Tatenda Mushonga (45)" (not "41 per cent").
_AGE_AFTER = compile_pattern(r"(?:,\s*|\s*\()\d{1,3}\b(?!\s*(?:per\b|%|years?\b))")
_WORD_END = compile_pattern(r"(?<![\w\-’'])([A-Za-z][a-z\-]*)[,\s]*\Z")


def role_or_age(name: str, spans: Sequence[str]) -> bool:
    """One of ``spans`` (the source spans of ``name``) has a role or person noun right
    before the name ("union leader Hendra", "Another worker, Sutrisno") or an age right
    after it ("Sutrisno, 41"): the name is a person's, though one word."""
    for sp in spans:
        at = sp.find(name)
        if at < 0:
            continue
        before = _WORD_END.search(sp, 0, at)
        word = "" if before is None else before.group(1).lower()
        if word in role_nouns() or word in person_noun_words():
            return True
        if _AGE_AFTER.match(sp, at + len(name)):
            return True
    return False

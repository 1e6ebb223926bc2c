"""Which names are one person (for :mod:`mediakit._people` and
:mod:`mediakit._source_kinds`): the mentions of an article joined to the one full name
they are part of, and the named person a source's name means."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from mediakit._names import NAME_PARTICLES, given_names
from mediakit._people_words import _INITIAL, _PERSON_TITLES

__all__ = ["inner_surname", "named_after_role", "person_of_source"]


@dataclass(slots=True)
class _Draft:
    name: str
    spans: list[tuple[int, int]]  # full-name mentions (and titled surnames)
    titled: bool = False
    #: the last words of other forms of the name joined to it, which name the person
    #: alone too ("Palin" of "Sarah Palin" joined to a headline's "Sarah Palin Unleashed")
    surnames: list[str] = field(default_factory=list)


#: Singular nouns of a role that may stand before a person's name in a source's name
#: ("Senate Minority Whip Dick Durbin", "Scientist Rebecca Falconer"), and heads of a
#: source's name that make it one person ("Politico reporter") in
#: :mod:`mediakit._source_kinds`.
ROLE_HEADS = frozenset(
    """official spokesman spokeswoman spokesperson minister president secretary senator
    governor mayor judge chancellor premier professor director commissioner chief inspector
    detective superintendent sheriff coroner ambassador chairman chairwoman chair manager
    coach captain leader councillor lawmaker prosecutor attorney commander general colonel
    researcher scientist economist author founder owner resident witness doctor nurse
    officer lawyer man woman mother father analyst expert source diplomat aide eyewitness
    bystander passenger volunteer reporter correspondent journalist columnist editor anchor
    commentator candidate nominee adviser advisor strategist pollster operative advocate
    assemblywoman assemblyman committeewoman committeeman""".split()
)


def inner_surname(name: str) -> str | None:
    """The first of two surnames, which a person may be called by alone ("Vázquez" of
    "Wanda Vázquez Garced", "Rosselló" of "Ricardo Rosselló Nevares"): the last word but
    one of a name of three words or more that opens with a listed given name, when that
    word is no initial, particle or listed given name ("Patricia Ann Spearman", "Donald J.
    Trump" have none); else None."""
    words = name.split()
    if len(words) < 3 or words[0] not in given_names():
        return None
    w = words[-2]
    if _INITIAL.fullmatch(w) or w in NAME_PARTICLES or w in given_names() or not w[:1].isupper():
        return None
    return w


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _merged(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts, each joined to the one full name it is part of: a titled surname alone
    ("Mr Ellery"), the last words of a name ("Wasserman Schultz, a six-term
    congresswoman", "Mayor de Blasio"), the first of two surnames ("Governor Vázquez"
    after "Wanda Vázquez Garced"), a titled given name ("Dr Meerjady" after "Meerjady
    Sabrina Flora"), and a name with another's first and last words ("Donald J. Trump")
    or with all of another's words in order from the same first word ("Pedro R. Pierluisi
    Urrutia" after "Pedro Pierluisi")."""
    names = given_names()
    full = [d for d in drafts if " " in d.name]
    ends: dict[str, list[_Draft]] = {}  # the last words of each full name
    for f in full:
        w = f.name.split()
        for k in range(1, len(w)):
            ends.setdefault(" ".join(w[k:]), []).append(f)
        inner = inner_surname(f.name)
        if inner is not None:
            ends.setdefault(inner, []).append(f)
    kept = []
    for d in drafts:
        owners = [
            f for f in ends.get(d.name, ()) if " " not in d.name or f.name.split()[0] in names
        ]  # (not "Alicia Machado" into "Miss Universe Alicia Machado")
        if not owners and d.titled and " " not in d.name:
            owners = [f for f in full if f.name.split()[0] == d.name]
        if len(owners) == 1:
            owners[0].spans += d.spans
        elif not owners or " " in d.name:
            kept.append(d)
    # a full name whose first and last words are another's ("Donald J. Trump"), or that
    # has all of another's words in order from the same first word, joins it
    merged: dict[tuple[str, str], _Draft] = {}
    by_first: dict[str, list[_Draft]] = {}
    out_list = []
    for d in kept:
        w = d.name.split()
        key2 = (w[0], w[-1])
        if len(w) >= 2 and key2 in merged:
            merged[key2].spans += d.spans
            continue
        if len(w) >= 2:
            same = [
                o
                for o in by_first.get(w[0], ())
                if _subsequence(o.name.split(), w) or _subsequence(w, o.name.split())
            ]
            if len(same) == 1 and w[0] in names:
                same[0].spans += d.spans
                if w[-1] != same[0].name.split()[-1]:
                    same[0].surnames.append(w[-1])
                continue
            merged[key2] = d
            by_first.setdefault(w[0], []).append(d)
        out_list.append(d)
    return out_list


def named_after_role(name: str, people: Collection[str]) -> str | None:
    """The one named person of two words or more whose name ends ``name`` after
    capitalised words or role nouns ("New York City Public Advocate Trish James" -> "Trish
    James"; not "family of Tom Reed"), or None."""
    if " " not in name:
        return None
    found = [
        p
        for p in people
        if " " in p
        and name.endswith(" " + p)
        and all(w[:1].isupper() or w.lower() in ROLE_HEADS for w in name[: -len(p)].split())
    ]
    return found[0] if len(found) == 1 else None


def person_of_source(name: str, people: Collection[str]) -> tuple[str, str] | None:
    """The named person of ``people`` a source's canonical ``name`` means, and how:
    ``named_person`` (the name itself), ``named_after_role`` (a role run that ends with
    the name: "Senate Minority Whip Dick Durbin", "Scientist Rebecca Falconer"),
    ``surname`` (the last word or first surname of one person only, a title before it
    or not: "Gallego-Lazo", "Mr. King", "Vázquez"), ``given_name`` (the first word of one
    person only, when no one has it as a surname: "Princess Ubolratana"), or
    ``cut_name`` (a name that the source finder cut at a hyphen, the start of one
    person's name only: "John Rhys-" of "John Rhys-Davies"); or None."""
    if name in people:
        return name, "named_person"
    words = name.split()
    if len(words) == 2 and words[0].lower() in _PERSON_TITLES:
        name = words[1]  # "Mr. King": a titled surname
    role = named_after_role(name, people)
    if role is not None:
        return role, "named_after_role"
    words = name.split()
    if len(words) >= 2:  # "John Bolton" of "John R. Bolton", as _merged joins them
        same = [
            p
            for p in people
            if p.split()[0] == words[0]
            and (_subsequence(words, p.split()) or _subsequence(p.split(), words))
        ]
        if len(same) == 1:
            return same[0], "named_person"
    if " " not in name and name[:1].isupper():
        owners = [p for p in people if p.split()[-1] == name or inner_surname(p) == name]
        how = "surname"
        if not owners:  # a given name used alone ("Princess Ubolratana")
            owners, how = [p for p in people if p.split()[0] == name], "given_name"
        if len(owners) == 1 and " " in owners[0]:
            return owners[0], how
    if name.endswith("-") and " " in name:
        owners = [p for p in people if p.startswith(name)]
        if len(owners) == 1:
            return owners[0], "cut_name"
    return None

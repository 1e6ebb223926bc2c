"""Which names are one person (for :mod:`mediakit._people` and
:mod:`mediakit._source_kinds`): the mentions of an article joined to the one full name
they are part of, and the named person a source's name means."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from mediakit._names import (
    NAME_PARTICLES,
    capital_particle,
    given_names,
    particle_lowered,
    surname_first,
    surname_of,
)
from mediakit._people_words import _INITIAL, _PERSON_TITLES

__all__ = [
    "PersonNames",
    "inner_surname",
    "named_after_role",
    "occurrences",
    "person_of_source",
]


def occurrences(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where ``word`` stands alone in ``text[lo:hi]`` (not inside a longer word; a
    possessive 's may follow)."""
    out = []
    at = text.find(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1 : at] if at else ""
        after = text[end : end + 1]
        if not (before.isalnum() or before in ("_", "-", "'", "’")) and not (
            after.isalnum() or after in ("_", "-")
        ):
            out.append(at)
        at = text.find(word, end, hi)
    return out


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
    assemblywoman assemblyman committeewoman committeeman player midfielder striker
    defender goalkeeper keeper winger skipper referee athlete boss head dean partner""".split()
)


def inner_surname(name: str) -> str | None:
    """The first of two surnames, which a person may be called by alone ("Vázquez" of
    "Wanda Vázquez Garced", "Rosselló" of "Ricardo Rosselló Nevares", "Sosa" of
    "Inmaculada Sosa Lema"): the last word but one of a name of three words or more,
    when that word is no initial, particle or listed given name ("Patricia Ann
    Spearman", "Donald J. Trump" have none); else None."""
    words = name.split()
    if len(words) < 3:
        return None
    w = words[-2]
    if _INITIAL.fullmatch(w) or w in NAME_PARTICLES or w in given_names() or not w[:1].isupper():
        return None
    return w


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` is in ``long``, in order."""
    i, n = 0, len(short)
    for w in long:
        if i < n and w == short[i]:
            i += 1
    return i == n


#: Words that open a surname of two words or more: the Irish patronymic particles
#: ("Mac Giolla Phádraig", "Nic Aodha", "Uí Bhriain", "Ó Súilleabháin").
_SURNAME_OPENERS = frozenset("Mac Mhic Nic Ní Ó Uí Mc".split())


#: Lower-case words inside a title of office: "Secretary for Transport and Logistics".
_ROLE_JOINERS = frozenset({"for", "and", "of", "the", "&"})


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
        inner = inner_surname(f.name) if len(w) > 2 else None
        if inner is not None:
            ends.setdefault(inner, []).append(f)
    kept = []
    for d in drafts:
        low_first = particle_lowered(d.name)
        if " " in d.name and d.name.split()[0].lower() in NAME_PARTICLES and low_first in ends:
            # "Van der Merwe" opening a sentence: the surname of "Pieter-Jan van der Merwe"
            owners = ends[low_first]
        else:
            owners = [
                f
                for f in ends.get(d.name, ())
                if " " not in d.name
                or f.name.split()[0] in names
                or d.name.split()[0] in _SURNAME_OPENERS
            ]  # (not "Alicia Machado" into "Miss Universe Alicia Machado"; but "Mac Giolla
            # Phádraig" into "Caoimhín Mac Giolla Phádraig")
        if not owners and d.titled and " " not in d.name:
            owners = [f for f in full if f.name.split()[0] == d.name]
        if len(owners) == 1:
            owners[0].spans += d.spans
        elif not owners or " " in d.name:
            kept.append(d)
    # a full name whose first and last words are another's ("Donald J. Trump"), or that
    # has all of another's words in order from the same first word, joins it
    merged: dict[tuple[str, str], _Draft] = {}
    by_first: dict[str, list[tuple[_Draft, list[str]]]] = {}
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
                for o, ow in (by_first.get(w[0], ()) if w[0] in names else ())
                if len(ow) != len(w)
                and (_subsequence(ow, w) if len(ow) < len(w) else _subsequence(w, ow))
            ]
            if len(same) == 1:
                same[0].spans += d.spans
                if w[-1] != same[0].name.split()[-1]:
                    same[0].surnames.append(w[-1])
                continue
            merged[key2] = d
            by_first.setdefault(w[0], []).append((d, w))
        out_list.append(d)
    return out_list


def named_after_role(name: str, people: Collection[str]) -> str | None:
    """The one named person of two words or more whose name ends ``name`` after
    capitalised words or role nouns ("New York City Public Defender Trish James" -> "Trish
    James"; not "family of Tom Reed"), or None."""
    return PersonNames(people).after_role(name)


def person_of_source(name: str, people: Collection[str]) -> tuple[str, str] | None:
    """``PersonNames(people).of(name)``: the named person a source's name means."""
    return PersonNames(people).of(name)


#: What may follow a surname: "Mercado Jr.", "Hill III".
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


class PersonNames:
    """The named people of an article, looked up by the names a source may give them
    (made once an article: each lookup is a few dictionary reads, not a pass over the
    people)."""

    def __init__(self, people: Collection[str]) -> None:
        self.people = frozenset(people)
        self._memo: dict[str, tuple[str, str] | None] = {}
        self._last: dict[str, list[str]] = {}
        self._first: dict[str, list[str]] = {}
        self._indexed = False

    def _index(self) -> None:
        """The people by last word (and first surname) and by first word, made at the
        first lookup of a name that is no person's own (most sources' names are)."""
        self._indexed = True
        for p in self.people:
            w = p.split()
            if len(w) < 2:
                self._last.setdefault(p, []).append(p)  # ("Ellery", titled: no one's own)
                continue
            self._first.setdefault(w[0], []).append(p)
            for key in dict.fromkeys([surname_of(p), inner_surname(p)]):
                if key is not None:
                    self._last.setdefault(key, []).append(p)

    def after_role(self, name: str) -> str | None:
        """The one person whose name of two words or more ends ``name`` after capitalised
        words or role nouns, or None."""
        words = name.split()
        if (
            words[-1] not in self._last
            and self._indexed
            and not surname_first(" ".join(words[-2:]))
        ):
            return None
        found = []
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if (
                tail in self.people
                and all(
                    w[:1].isupper() or w.lower() in ROLE_HEADS or w in _ROLE_JOINERS
                    for w in words[:k]
                )
                and not self._pair(words[:k])
            ):  # ("Secretary for Transport and Logistics Wong Tsz-hin")
                found.append(tail)
        return found[0] if len(found) == 1 else None

    def _pair(self, head: list[str]) -> bool:
        """``head`` joins someone else with "and": a given name or a person's surname
        stands before it ("Donald Trump and Hillary Clinton", "Mr. Rubio and Senator Ted
        Cruz"), not the words of an office ("Secretary for Transport and Logistics")."""
        if "and" not in head:
            return False
        names = given_names()
        before = head[: head.index("and")]
        return any(w in names or w.rstrip(".,") in self._last for w in before)

    def of(self, name: str) -> tuple[str, str] | None:
        """The named person a source's canonical ``name`` means, and how:
        ``named_person`` (the name itself, or one with its first word and all its words
        in order: "John Bolton" of "John R. Bolton"), ``named_after_role`` (a role run
        that ends with the name: "Senate Minority Whip Dick Durbin", "Scientist Rebecca
        Falconer"), ``surname`` (the last word or first surname of one person only, a
        title before it or not: "Gallego-Lazo", "Mr. King", "Vázquez"), ``given_name``
        (the first word of one person only, when no one has it as a surname: "Princess
        Ubolratana"), or ``cut_name`` (a name that the source finder cut at a hyphen,
        the start of one person's name only: "John Rhys-" of "John Rhys-Davies"); or
        None."""
        if name in self.people:
            return name, "named_person"
        if name.endswith(".") and name[:-1] in self.people:
            return name[:-1], "named_person"  # "Robert L. Hayes Jr." of "... Jr"
        if name.islower():
            return None  # every rule needs a capitalised word: "officials", "the police"
        if name not in self._memo:
            self._memo[name] = self._of(name)
        return self._memo[name]

    def _of(self, name: str) -> tuple[str, str] | None:
        if not self._indexed:
            self._index()
        words = name.split()
        first, last = self._first, self._last
        if len(words) >= 2 and capital_particle(words[0]):
            # "De Blasio" opening a sentence: the surname "de Blasio" of "Bill de Blasio"
            tail = " " + particle_lowered(name)
            owners = [p for p in last.get(words[-1], []) if p.endswith(tail)]
            if len(owners) == 1:
                return owners[0], "surname"
        if len(words) == 2 and words[1].rstrip(".") in _NAME_SUFFIXES:
            owners = [
                p
                for p in last.get(words[0], ())
                if p.split()[-1].rstrip(".") == words[1].rstrip(".")
            ]
            if len(owners) == 1:
                return owners[0], "surname"  # "Mercado Jr." of "Rodolfo Mercado Jr"
        if (
            words[0] not in first
            and words[-1] not in last
            and (len(words) != 2 or (words[1] not in last and words[1] not in first))
            and not surname_first(" ".join(words[-2:]))
        ):
            return None  # no word a person's name starts or ends with: "officials"
        if len(words) > 2:
            role = self.after_role(name)
            if role is not None:
                return role, "named_after_role"
        if len(words) >= 2:
            same = [
                p
                for p in self._first.get(words[0], ())
                if _subsequence(words, p.split()) or _subsequence(p.split(), words)
            ]  # (the few people of one first word)
            if len(same) == 1:
                return same[0], "named_person"
        if len(words) == 2 and words[0][:1].isupper() and words[0].lower() not in _PERSON_TITLES:
            owners = [p for p in last.get(words[1], ()) if p.endswith(" " + name) and p != name]
            if len(owners) == 1:
                return owners[0], "surname"  # "Ruiz Castillo" of "María Elena Ruiz Castillo"
        titled = len(words) == 2 and words[0].lower() in _PERSON_TITLES
        if titled:
            name, words = words[1], words[1:]  # "Mr. King": a titled surname
        if len(words) == 1 and name[:1].isupper():
            owners, how = self._last.get(name, []), "surname"
            if not owners:  # a given name used alone ("Princess Ubolratana")
                owners, how = self._first.get(name, []), "given_name"
            if len(owners) == 1 and (" " in owners[0] or titled):
                return owners[0], how  # (titled: "SSP Tuilau" of the one-word "Tuilau")
        if name.endswith("-") and len(words) > 1:
            owners = [p for p in self._first.get(words[0], ()) if p.startswith(name)]
            if len(owners) == 1:
                return owners[0], "cut_name"
        return None

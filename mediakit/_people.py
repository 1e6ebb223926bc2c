"""Who the article is about and who speaks: the named people in its body, each with the
gender the text itself gives (and the words that give it: :mod:`mediakit._gender_evidence`,
never a first name, never outside knowledge).  The kinds of the sources are in
:mod:`mediakit._source_kinds`.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._gender_evidence import _gender, mention_evidence
from mediakit._gender_pronouns import _pronoun_evidence
from mediakit._names import body_of_nation, capital_particle, org_word, surname_first
from mediakit._people_context import (
    attributive,
    body_context,
    listed_with,
    role_nouns,
    role_or_age,
)
from mediakit._people_context import person_context as _person_context
from mediakit._people_merge import PersonNames, _Draft, _merged, inner_surname, occurrences
from mediakit._people_names import _frozen as _frozen
from mediakit._people_names import _Name, _run_names, _unpossessive
from mediakit._people_names import _name_of as _name_of
from mediakit._people_short import (
    _WORD_BEFORE,
    _initials_drafts,
    _nicknamed_drafts,
    _one_word_drafts,
    speaker_run,
)
from mediakit._people_words import (
    _BEFORE_NAME,
    _INITIAL,
    _NAME_ENDS_BEFORE,
    _PEOPLE_RUN,
    _PERSON_TITLES,
    _WEEKDAYS,
    body_ending,
    looks_like_full_name,
)
from mediakit._spans import Span

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["PeopleIndex", "Person", "find_people", "looks_like_full_name"]


@dataclass(frozen=True, slots=True)
class Person:
    """A named person in the article body (boilerplate left out)."""

    name: str
    gender: str  # "female" | "male" | "unknown"
    gender_rule: str | None  # one of _RULE_ORDER, "conflicting_evidence", or None
    gender_evidence: Span | None
    mentions: int
    first_mention: int  # character offset
    quoted: bool  # the source of at least one attribution of the story
    attributions: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "gender": self.gender,
            "gender_rule": self.gender_rule,
            "gender_evidence": None
            if self.gender_evidence is None
            else self.gender_evidence.to_dict(),
            "mentions": self.mentions,
            "first_mention": self.first_mention,
            "quoted": self.quoted,
            "attributions": self.attributions,
        }


def _run_name(text: str, start: int, end: int, raw: str) -> _Name | None:
    """``_name_of(raw, role=_person_context(text, start, end))``, the words around the run
    read only when they would change the answer (for about one run in ten on the
    Wikinews articles; ``tests/test_people_fast.py`` ties the two)."""
    with_role, without = _run_names(raw)
    if with_role == without:
        got = with_role
    else:
        got = with_role if _person_context(text, start, end) else without
    if got is None and text.endswith("of ", 0, start):
        return _after_title_of(text, start, raw)
    return got


#: A title and "of" before a run: "Member of Parliament Kemar Thorpe", "Minister of
#: Health Jane Doe" (the run holds what the title is of, then the name).
_TITLE_OF_BEFORE = compile_pattern(
    r"\b(?:Member|Minister|Secretary|Governor|Director|Head|Chairman|Chairwoman|Chair|"
    r"Commissioner|Speaker|Leader|Mayor|Chief|President)[ \t]+of[ \t]+\Z"
)


def _after_title_of(text: str, start: int, raw: str) -> _Name | None:
    """The last two words of a run after a title and "of" ("Member of Parliament Kemar
    Thorpe": "Kemar Thorpe"), when they look like a full name, a word is left before them
    for what the title is of, and no apposition follows (then the run is a body's name)."""
    words = raw.split()
    if len(words) < 3 or not _TITLE_OF_BEFORE.search(text, max(0, start - 20), start):
        return None
    if text.startswith(",", start + len(raw)):
        return None  # "Director of Mid Wales Tourism Partnership, David Clay": a body
    name = [words[-2], _unpossessive(words[-1])]
    return (tuple(name), True) if looks_like_full_name(" ".join(name)) else None


@lru_cache(maxsize=8192)
def _loose_name(raw: str) -> tuple[str, ...] | None:
    """The words of a run that no rule made a name but that looks like a full name
    ("Whoopi Goldberg", "Rand Paul"): a person if it stands in a list of people."""
    words = raw.split()
    if not _NAME_ENDS_BEFORE.isdisjoint(words[1:]):
        words = words[: next(i for i, t in enumerate(words) if i and t in _NAME_ENDS_BEFORE)]
    while words and words[0].lower() in _BEFORE_NAME:
        words.pop(0)
    if not words or len(words) > 3 or (len(words) == 3 and not _INITIAL.fullmatch(words[1])):
        return None  # "Floridians Jeb Bush", "Now Jeb Bush": two words, or a middle initial
    words[-1] = _unpossessive(words[-1])
    return tuple(words) if looks_like_full_name(" ".join(words)) else None


#: A preposition before a run: "a loan from Goldman Sachs and Donald Trump about ...".
_NOT_LISTED = compile_pattern(r"\b(?:from|at|by|in|with|for|to|against|into|near)\s+\Z")
_NEXT_LOWER = compile_pattern(r"[ \t\xa0]+([a-z][a-z\-]*)")


def _role_next(text: str, end: int) -> bool:
    """A role noun follows ``end``: "Grateful Dead drummer Mickey Hart"."""
    m = _NEXT_LOWER.match(text, end, end + 30)
    return m is not None and m.group(1) in role_nouns()


_THE = ("the ", "The ")


def _span_of(text: str, m: re.Match[str], name: Sequence[str]) -> tuple[int, int]:
    """Where the ``name`` (its words, possessive left out) stands in the run ``m``."""
    start = m.end() - len(" ".join(name)) - (len(m.group()) - len(_unpossessive(m.group())))
    if text[start : start + len(name[0])] != name[0]:
        start = text.find(name[0], m.start(), m.end())
    return start, start + len(" ".join(name))


def _drafts(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]) -> list[_Draft]:
    out: dict[str, _Draft] = {}
    loose: list[tuple[re.Match[str], tuple[str, ...]]] = []
    lone: list[tuple[int, int, str]] = []  # one untitled word: its span and the word
    near: list[bool] = []  # a loose run has another run within 45 characters before it
    last_end = -100
    for m in _PEOPLE_RUN.finditer(text, lo, hi):
        if skip and any(a <= m.start() < b for a, b in skip):
            continue
        if loose and not near[-1] and loose[-1][0].end() + 45 >= m.start():
            near[-1] = True  # ... or after it
        got = _run_name(text, m.start(), m.end(), m.group())
        if got is None or (len(got[0]) == 1 and not got[1]):
            # no name, or one untitled word ("Rand Paul" gives "Paul"): a list may say
            words = _loose_name(m.group())
            if words is not None and len(words) > 1:
                loose.append((m, words))
                near.append(last_end + 45 >= m.start())
            elif " " not in m.group():
                lone.append((m.start(), m.end(), _unpossessive(m.group())))
            if got is None:
                last_end = m.end()
                continue
        last_end = m.end()
        name, titled = got
        key = " ".join(name)
        raw = m.group()
        start = m.end() - len(key) - (len(raw) - len(_unpossessive(raw)))
        if text[start : start + len(name[0])] != name[0]:
            start = text.find(name[0], m.start(), m.end())
        end = start + len(key)
        at = m.start() if titled else start
        if text[max(0, at - 4) : at] in _THE and attributive(text, at, end):
            continue  # "the Karol Bagh area", "the King Vapealot vape store"
        d = out.get(key)
        if d is None:
            d = out[key] = _Draft(key, [])
        d.spans.append((start, end))
        d.titled = d.titled or titled
    if loose:
        _surname_drafts(text, out, loose, lone)
    _surname_first_drafts(text, lo, hi, out, loose)
    if any(near):
        _listed_drafts(
            text,
            lo,
            out,
            [_span_of(text, m, w) for (m, w), n in zip(loose, near, strict=True) if n],
        )
    _one_word_drafts(text, lo, hi, skip, out)
    if '"' in text or "“" in text or "‘" in text:
        _nicknamed_drafts(text, lo, hi, skip, out)
    _initials_drafts(text, lo, hi, skip, out)
    return _merged(list(out.values()))


_OPENERS = " \t\"“‘'([—–-"


def _opens_sentence(text: str, at: int) -> bool:
    """Only spaces, quotation marks or brackets stand between ``at`` and the end of a
    sentence, a line or the text's start: a run there may open with a capitalised
    common word ("Regarding Trump", "Some Cruz")."""
    i = at - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    return frozenset(row[0].strip() for row in lexicons.rows("sentence_openers"))


def _common_word(text: str, word: str) -> bool:
    """``word``, capitalised at a sentence's start, is a common word, no given name: a
    listed opener, a word in -ing, -ly or -wards, or a word the text writes in lower case
    too ("Both", "Regarding", "Afterwards")."""
    low = word.lower()
    if low in _sentence_openers() or (len(low) > 4 and low.endswith(("ing", "ly", "wards"))):
        return True
    return re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", text) is not None


#: What follows a person named at a sentence's start: a word in lower case (no
#: conjunction: "Derelict Obama and Clinton") or an age ("Tolliver, 24,").
_CLAUSE_NEXT = compile_pattern(r"(?:[ \t\xa0]+(?!and\b|or\b)[a-z]|,[ \t\xa0]+\d)")


def _loose_opener(text: str, m: re.Match[str], first: str) -> bool:
    """The run ``m`` opening a sentence is no full name: its first word is a common one,
    or no clause goes on after it ("Classic Clinton: optimistic")."""
    return _common_word(text, first) or _CLAUSE_NEXT.match(text, m.end()) is None


def _surname_drafts(
    text: str,
    out: dict[str, _Draft],
    loose: list[tuple[re.Match[str], tuple[str, ...]]],
    lone: list[tuple[int, int, str]],
) -> None:
    """Add to ``out`` the runs of ``loose`` (they look like full names) whose last word
    names a person elsewhere in the article: after a title ("Deshawn Tolliver ... Mr
    Tolliver") or alone with an age or a role in apposition ("Tolliver, 24,")."""
    wanted = {w[-1] for _, w in loose}
    surnames = {k for k, d in out.items() if d.titled and k in wanted}
    for a, b, word in lone:
        if word in wanted and word not in surnames and _person_context(text, a, b):
            surnames.add(word)
    for m, words in loose:
        key = " ".join(words)
        if (
            words[-1] in surnames
            and key not in out
            and not (_opens_sentence(text, m.start()) and _loose_opener(text, m, words[0]))
        ):
            out[key] = _Draft(key, [_span_of(text, m, words)])


#: A capitalised word next: the word before it is one of a longer name.
_CAPITAL_NEXT = compile_pattern(r"[ \t\xa0]+[A-Z]")


def _surname_first_drafts(
    text: str,
    lo: int,
    hi: int,
    out: dict[str, _Draft],
    loose: list[tuple[re.Match[str], tuple[str, ...]]],
) -> None:
    """In an article that names people surname first, as Japanese, Chinese and Hungarian
    newsrooms do ("Mayor Takahashi Reiko ... Takahashi said"), the first word of a name
    names the person alone: a titled name of two words whose first word stands alone in
    the body and whose second never does shows the convention.  Then that first word
    joins the name's mentions, and a run of ``loose`` of two words whose first word
    stands alone and second never ("Sato Kazuki runs ... Sato said") is a person too."""

    def alone(word: str, other: str) -> bool:
        # ``word`` somewhere in the body not beside ``other`` ("Sato", not "Sato Kazuki")
        for at in occurrences(text, word, lo, hi):
            end = at + len(word)
            if text.startswith(" " + other, end) or text.endswith(other + " ", 0, at):
                continue
            if _CAPITAL_NEXT.match(text, end, end + 4):
                continue  # "Iwate University": a word of another name
            if _WORD_BEFORE.search(text, max(lo, at - 30), at) is None:
                return True
        return False

    shown = False
    for d in out.values():
        parts = d.name.split()
        if d.titled and len(parts) == 2 and alone(parts[0], parts[1]):
            if not alone(parts[1], parts[0]):
                d.surnames.append(parts[0])
                shown = True
    if not shown:
        return
    for m, words in loose:
        key = " ".join(words)
        if (
            len(words) == 2
            and key not in out
            and alone(words[0], words[1])
            and not alone(words[1], words[0])
            and not _common_word(text, words[0])
            and not _common_word(text, words[1])  # "Climate Change"
            and not (_opens_sentence(text, m.start()) and _loose_opener(text, m, words[0]))
        ):
            out[key] = _Draft(key, [_span_of(text, m, words)], surnames=[words[0]])


def _listed_drafts(
    text: str, lo: int, out: dict[str, _Draft], loose: list[tuple[int, int]]
) -> None:
    """Add to ``out`` the runs at ``loose`` that stand in a list of people ("Oprah Winfrey,
    Whoopi Goldberg, Kevin Feige"), not after a preposition ("a loan from Goldman Sachs
    and Donald Trump") nor before a role ("Grateful Dead drummer Mickey Hart"), nor
    opening a sentence with a common word ("Regarding Trump")."""
    people = [span for d in out.values() for span in d.spans]

    def ok(a: int, b: int) -> bool:
        return (
            not _NOT_LISTED.search(text, max(lo, a - 12), a)
            and not _role_next(text, b)
            and not (_opens_sentence(text, a) and _common_word(text, text[a:b].split()[0]))
        )

    for i in listed_with(text, loose, people, ok):
        a, b = loose[i]
        key = " ".join(text[a:b].split())
        out.setdefault(key, _Draft(key, [])).spans.append((a, b))


#: The key of the mentions of someone else with a listed person's surname ("Bill Clinton"
#: beside "Hillary Clinton") among the spans: read for ambiguity, never reported.
OTHER = "\x00"


def _other_given_name(text: str, at: int, own: list[str]) -> bool:
    """The surname at ``at`` follows a capitalised word that is no title, no function word
    and none of the person's ``own`` words ("Wasserman Schultz"): another person's given
    name ("Bill Clinton" is no mention of Hillary Clinton)."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is None or m.group(1) in own:
        return False
    if capital_particle(m.group(1)) and m.group(1).lower() in own:
        return False  # "De Blasio" opening a sentence, of "Bill de Blasio"
    return m.group(1).lower() not in _BEFORE_NAME and m.group(1).lower() not in _PERSON_TITLES


def find_people(an: Analysis) -> list[Person]:
    """The named people of ``an``'s body, in order of first mention."""
    return PeopleIndex(an).people()


class PeopleIndex(Mapping[str, Person]):
    """The named people of an article by name (the names of :func:`find_people`).

    The names and mentions are found at once; a person's gender evidence is read when
    that person is first looked up, so the summary metrics, which look up only the
    people who are sources, do not read the evidence of everyone else (a person's
    evidence does not depend on whose else is read: ``tests/test_people.py`` ties a
    lookup in a fresh index to :func:`find_people`).  Membership (``in``) and iteration
    read no evidence.
    """

    def __init__(self, an: Analysis) -> None:
        # a weak reference: the analysis caches this index, and a strong one would make a
        # reference cycle, so that a dropped analysis waited for the cyclic collector
        # (``tests/test_people.py``: an analysis is freed as soon as it is dropped)
        self._an = weakref.ref(an)
        self._skip = [(b.start, b.end) for b in an.boilerplate]
        drafts, sources = _mentioned(an, self._skip)
        self._spans = _all_spans(an, drafts, self._skip)
        #: the people reported (a surname alone, untitled, is no person of its own)
        self._drafts = {d.name: d for d in drafts if d.titled or " " in d.name}
        #: the attributions of each person (a source's name read as the person it
        #: means: "Scientist Rebecca Falconer", "Gallego-Lazo") or other source name
        self._sources: dict[str, int] = {}
        self.names = PersonNames(self._drafts)
        for source, n in sources.items():
            got = self.names.of(source)
            key = source if got is None else got[0]
            self._sources[key] = self._sources.get(key, 0) + n
        self._done: dict[str, Person] = {}

    def __getitem__(self, name: str) -> Person:
        got = self._done.get(name)
        if got is None:
            if name not in self._drafts:
                raise KeyError(name)
            # one pass for the name asked and everyone a source may name: the sources
            # and the people whose surname is a source's name ("Ellery")
            first = not self._done
            self._read(
                [
                    n
                    for n in self._drafts
                    if n == name
                    or (first and (n in self._sources or n.split()[-1] in self._sources))
                ]
            )
            got = self._done[name]
        return got

    def __contains__(self, name: object) -> bool:
        return name in self._drafts

    def __iter__(self) -> Iterator[str]:
        return iter(self._drafts)

    def __len__(self) -> int:
        return len(self._drafts)

    def people(self) -> list[Person]:
        """Every person, in order of first mention."""
        self._read([n for n in self._drafts if n not in self._done])
        out = [self._done[n] for n in self._drafts]
        out.sort(key=lambda p: p.first_mention)
        return out

    def _read(self, names: list[str]) -> None:
        """Read the gender evidence of ``names`` and make their :class:`Person` records."""
        if not names:
            return
        an = self._an()
        if an is None:
            raise RuntimeError("the analysis of this index no longer exists")
        text = an.text
        evidence: dict[str, list[tuple[int, str, str, Span]]] = {n: [] for n in names}
        shared = _shared_surnames(self._spans)
        for name in names:
            spans = self._spans[name]
            full = min((a for a, b in spans if " " in text[a:b]), default=0)
            for a, b in spans:
                if text[a:b] in shared or (a < full and " " not in text[a:b]):
                    # "Mr. Obama" beside Barack and Michelle Obama, or before the article
                    # names "Michelle Obama": either of them, or someone else
                    continue
                evidence[name].extend(mention_evidence(text, a, b))
        _pronoun_evidence(an, self._spans, evidence, self._skip, shared)
        for name in names:
            gender, rule, span = _gender(evidence[name])
            spans = self._spans[name]
            n = self._sources.get(name, 0)
            self._done[name] = Person(name, gender, rule, span, len(spans), spans[0][0], n > 0, n)


def _shared_surnames(spans: Mapping[str, Sequence[tuple[int, int]]]) -> frozenset[str]:
    """Surnames whose mention alone could mean either of two people who share it."""
    seen: dict[str, int] = {}
    for name in spans:
        last = name.rsplit(" ", 1)[-1]
        seen[last] = seen.get(last, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1)


def _mentioned(an: Analysis, skip: list[tuple[int, int]]) -> tuple[list[_Draft], dict[str, int]]:
    """The drafts of the named people of ``an``'s body, and the attributions of each
    source name of the story."""
    text = an.text
    lo, hi = an.metadata.body_start, len(text)
    drafts = _drafts(text, lo, hi, skip)
    sources: dict[str, int] = {}
    for att in an._story_attributions:
        if att.source_name:
            sources[att.source_name] = sources.get(att.source_name, 0) + 1
    # a source named like a person ("Obaidul Quader"), though no title or listed given
    # name says so, is a person too
    known = {d.name for d in drafts}
    bodies = {
        att.source_name
        for att in an._story_attributions
        if att.source_type in ("organisation", "media", "document", "social_media")
    }
    added = False
    known_names: PersonNames | None = None
    for name in sources:
        if name in known or name in bodies:
            continue
        if not looks_like_full_name(name):
            if " " not in name and _one_name_person(an, name, known):
                # (titled: a person of one word, as "Mr Ellery" is)
                drafts.append(_Draft(name, _body_spans(text, name, lo, hi, skip), titled=True))
                added = True
            elif " " not in name and name[:1].isupper() and not org_word(name):
                run = speaker_run(text, name, lo, hi, skip)
                if run is not None and run[0] not in known and run[1]:
                    # "Inmaculada Sosa Lema runs a pharmacy ... says Sosa"
                    drafts.append(_Draft(run[0], run[1], surnames=[name]))
                    known.add(run[0])
                    added = True
            continue
        known_names = known_names or PersonNames(known)
        got = known_names.of(name)
        if got and got[1] != "surname" and not capital_particle(name.split()[0]):
            continue  # (but "De Blasio" opening a sentence, or a surname of two words,
            # "Mr. Vander Plaats": its spans join "Bill de Blasio", "Bob Vander Plaats")
        if (
            any(org_word(w) for w in name.split())
            or body_of_nation(name.split())
            or body_ending(name.split())
            or name.split()[-1].lower() in _WEEKDAYS
        ):
            continue  # "Qantas Airways", "Deutsche Welle", "Environment Canada": a body
            # named like a person; "Even Friday, he claimed": a day
        spans = _body_spans(text, name, lo, hi, skip)
        if any(body_context(text, a, b) for a, b in spans):
            continue  # "Fine Gael said its candidates", "Goldman Sachs, which"
        if spans and not any(text[max(0, a - 4) : a].lower() == "the " for a, _b in spans):
            drafts.append(_Draft(name, spans))  # "the Red Cross" is no person
            added = True
    # "Captain Rochester" joins a source's name found so ("Monica Rochester")
    return (_merged(drafts) if added else drafts), sources


def _body_spans(
    text: str, name: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where ``name`` stands in the body (``lo``..``hi``), boilerplate (``skip``) left out."""
    spans = [(a, a + len(name)) for a in occurrences(text, name, lo, hi)]
    return [(a, b) for a, b in spans if not any(x <= a < y for x, y in skip)]


def _one_name_person(an: Analysis, name: str, known: set[str]) -> bool:
    """A source of one capitalised word is a person who goes by one name when a span of
    it gives a role before it or an age after it ("union leader Hendra", "Sutrisno, 41")
    and no person of the article has it as a word of their name."""
    if not name[:1].isupper() or name.isupper() or org_word(name):
        return False
    if any(name in k.split() for k in known):
        return False  # "Hendra" of "Hendra Wijaya": the full name's
    spans = [a.source.text for a in an._story_attributions if a.source_name == name and a.source]
    return role_or_age(name, spans)


def _all_spans(
    an: Analysis, drafts: list[_Draft], skip: list[tuple[int, int]]
) -> dict[str, list[tuple[int, int]]]:
    """Every mention of each draft, sorted: its own and its surname alone, where the
    surname is one person's (a surname alone shared by two people, or after another
    given name, is kept under ``OTHER``: someone, for the pronouns)."""
    text = an.text
    lo, hi = an.metadata.body_start, len(text)
    by_surname: dict[str, list[_Draft]] = {}
    for d in drafts:
        first = [d.name.split()[0]] if surname_first(d.name) else []  # "Chan Siu-ming"
        inner = [inner_surname(d.name)] if d.name.count(" ") > 1 else []  # "Sosa" of
        # "Inmaculada Sosa Lema"
        for surname in dict.fromkeys([d.name.split()[-1], *first, *d.surnames, *inner]):
            if surname is None:
                continue
            by_surname.setdefault(surname, []).append(d)
    all_spans: dict[str, list[tuple[int, int]]] = {d.name: list(d.spans) for d in drafts}
    alone = {sn: ds[0] for sn, ds in by_surname.items() if len(ds) == 1 and " " in ds[0].name}
    shared = [sn for sn, ds in by_surname.items() if len(ds) > 1]
    if alone or shared:
        inside = sorted([(a, b) for d in drafts for a, b in d.spans] + skip)
        starts = [a for a, _b in inside]
        for surname in [*alone, *shared]:
            one = alone.get(surname)
            for x in occurrences(text, surname, lo, hi):
                k = bisect.bisect_right(starts, x) - 1
                if one is None and attributive(text, x, x + len(surname)):
                    continue  # "the Shinawatra family": no one of them
                if k < 0 or not inside[k][0] <= x < inside[k][1]:
                    # "Bill Clinton" beside "Hillary Clinton": someone else, who is no
                    # person of the list but makes a pronoun near him ambiguous; so
                    # does "Vanderbilt" alone beside two Vanderbilts
                    if one is None or _other_given_name(text, x, one.name.split()):
                        key = OTHER + surname
                    else:
                        key = one.name
                    all_spans.setdefault(key, []).append((x, x + len(surname)))
    for name, spans in all_spans.items():
        all_spans[name] = sorted(set(spans))
    return all_spans

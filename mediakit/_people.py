"""Who the article is about and who speaks: the named people in its body, each with the
gender the text itself gives (and the words that give it).  The kinds of the sources are
in :mod:`mediakit._source_kinds`.

Gender comes only from evidence in the article (``data/gender_evidence.tsv``):

* ``title``: a title right before the name ("Mr Ellery", "Dame Ann Leslie");
* ``noun_before``: a gendered noun right before the name ("spokeswoman Priya Nandra",
  "his wife, Jill Biden"), or heading a phrase that ends with the name
  ("A spokeswoman for Harwick General Hospital, Priya Nandra");
* ``apposition``: a gendered noun heading an apposition after the name ("Jo Bright, a
  mother of three,", "Tim Vale, the club's chairman,");
* ``pronoun``: he/him/his/himself or she/her/hers/herself outside quotations when the
  person is the only person mentioned from the start of the sentence before the pronoun
  up to it (a pronoun that could refer to two people is no evidence).

Never from a first name, never from outside knowledge. When two pieces of evidence
disagree the gender is ``unknown``: a wrong gender is worse than none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from mediakit import lexicons
from mediakit._names import _ORG_WORDS, _TITLES, given_names
from mediakit._spans import Span

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["Person", "find_people", "looks_like_full_name"]

#: Gender evidence rules, strongest first (the first found of the strongest is kept).
_RULE_ORDER = ("title", "noun_before", "apposition", "role_in_source", "pronoun")


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


@cache
def _evidence_words() -> tuple[dict[str, str], dict[str, str]]:
    titles: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for word, kind, gender in lexicons.rows("gender_evidence"):
        (titles if kind == "title" else nouns)[word] = gender
    return titles, nouns


_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'\-]*)(\.?)(,?)\s+\Z")
_TWO_BEFORE = re.compile(r"([A-Za-z][\w’'\-]*)\s+[A-Za-z][\w’'\-]*,\s+\Z")
_APPOSITION = re.compile(
    r",\s+(?:\d{1,3},\s+)?((?:[\w’'\-]+\s+){0,4}?)([a-z][\w\-]*)(?=\s*[,.;:)]|\s+(?:of|for|at|to|in|with|from|on)\b)"
)
_ROLE_PHRASE = re.compile(r"\b([a-z]+)\s+(?:for|of|at|with|to)\s+[^,.;:\n]{1,70},\s+\Z")
_NOT_APPOSITION = frozenset(
    """who whose which that where when said says and or but if as with of for at to in on
    from by after before about like""".split()
)
# Capitals for names: ASCII, Latin-1 and Latin Extended-A ("Łukasz", "Édouard").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# Runs of capitalised words on one line ("Carmen Yulín Cruz", "Kevin McCarthy"), for
# people (the resolver's ``_NAME_RUN`` is ASCII-only and stays as it is).
_PEOPLE_RUN = re.compile(
    rf"[{_UPPER}](?<![\w’'\-][{_UPPER}])[\w’'\-]*+"
    rf"(?:[ \t\xa0]++(?:[A-Z]\.[ \t\xa0]++)*[{_UPPER}][\w’'\-]*+)+"
)
_PLACE_WORDS = frozenset(
    """street road avenue lane square park river lake mountain mount island islands
    beach bay county city town village airport station bridge hall tower valley coast
    district province region state states kingdom republic sea ocean gulf strait
    canal harbour harbor port hill hills forest desert highway boulevard stadium arena
    cup prize award awards trophy festival championship league games olympics series
    act bill law treaty agreement war wars""".split()
)
# Words that end a name of a thing, unless the name is a given name and one more word
# ("Christmas Day", but "Doris Day").
_WEAK_PLACE_WORDS = frozenset("day week month year hall".split())
_NOT_NAME_START = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)
# Honorifics that make a capitalised word after them a person's name (a surname).
_PERSON_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame lady lord prof prof. professor president
    senator sen. governor gov. mayor judge justice minister premier chancellor rep.
    congressman congresswoman councillor inspector detective sergeant captain general
    colonel officer chief spokesman spokeswoman""".split()
)


_INNER_TITLES = _PERSON_TITLES - {"general", "chief", "officer", "captain", "justice"}


@dataclass(slots=True)
class _Draft:
    name: str
    spans: list[tuple[int, int]]  # full-name mentions (and titled surnames)
    titled: bool = False


def _name_of(raw: str, *, role: bool = False) -> tuple[list[str], bool] | None:
    """The person name in a capitalised run, and whether a title opened it; or None.

    ``role``: the words around the run say it is a person ("22-year-old Rangoli Patil",
    "Jalal Saifur Rahman, a director of ..."), so no listed given name is needed."""
    tokens = raw.split()
    titled = False
    k = 0
    while k < len(tokens) and (
        tokens[k].lower() in _TITLES
        or tokens[k].lower() in _NOT_NAME_START
        or tokens[k].lower()
        in (
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "but",
            "and",
            "when",
            "after",
            "as",
            "for",
            "with",
            "by",
            "of",
            "from",
        )
    ):
        titled = titled or tokens[k].lower() in _PERSON_TITLES
        k += 1
    name = tokens[k:]
    names = given_names()
    if not titled:
        first = next((i for i, t in enumerate(name) if t in names), None)
        if first is not None:
            name = name[first:]
        elif not role:
            # "Bridges Minister Obaidul Quader": two words or more after the run's last
            # title ("General" and "Chief" also open names of things: "General Assembly")
            last = max((i for i, t in enumerate(name) if t.lower() in _INNER_TITLES), default=-1)
            if last < 0 or len(name) - last - 1 < 2:
                return None
            name, titled = name[last + 1 :], True
    if not name or len(name) > 4:
        return None
    if role and not titled and not any(t in names for t in name):
        # found by its context alone: it must look like a full name ("New York",
        # "Agence France-Presse", "Who Gives" do not)
        if not looks_like_full_name(
            " ".join(t.removesuffix("'s").removesuffix("’s") for t in name)
        ):
            return None
    if any(
        t.lower() in _ORG_WORDS or t.lower() in _PLACE_WORDS or t.lower() in _TITLES for t in name
    ):
        return None
    if name[-1].lower() in _WEAK_PLACE_WORDS and (len(name) != 2 or name[0] not in names):
        return None
    name = [t[:-2] if t.endswith(("'s", "’s")) else t for t in name]
    return name, titled


def _name_word(w: str) -> bool:
    """A capitalised word of letters ("Łukasz", "O'Neill", "Jean-Paul", "McGurk")."""
    rest = w[1:].replace("-", "").replace("'", "").replace("’", "")
    return w[:1].isupper() and rest.isalpha() and any(ch.islower() for ch in rest)


def looks_like_full_name(name: str) -> bool:
    """Two to four capitalised words, none a title, an organisation or a place word
    ("Obaidul Quader", "Andrés Manuel López Obrador", not "Northern Ireland Assembly")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(_name_word(w) for w in words)
        and not any(
            w.lower() in _ORG_WORDS
            or w.lower() in _PLACE_WORDS
            or w.lower() in _TITLES
            or w.lower() in _NOT_PERSON
            for w in words
        )
    )


_NOT_PERSON = frozenset(
    """north south east west northern southern eastern western central new united
    national international royal federal general american british european african
    asian chinese russian french german indian linux web services day agence presse
    press who what when where why how""".split()
)


def _drafts(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]) -> list[_Draft]:
    out: dict[str, _Draft] = {}
    for m in _PEOPLE_RUN.finditer(text, lo, hi):
        if any(a <= m.start() < b for a, b in skip):
            continue
        got = _name_of(m.group(), role=_person_context(text, m.start(), m.end()))
        if got is None:
            continue
        name, titled = got
        start = m.end() - len(" ".join(name)) - (2 if m.group().endswith(("'s", "’s")) else 0)
        if text[start : start + len(name[0])] != name[0]:
            start = text.find(name[0], m.start(), m.end())
        end = start + len(" ".join(name))
        key = " ".join(name)
        d = out.get(key)
        if d is None:
            d = out[key] = _Draft(key, [])
        d.spans.append((start, end))
        d.titled = d.titled or titled
    drafts = list(out.values())
    # a titled surname alone ("Mr Ellery") joins the one full name that ends with it
    full = [d for d in drafts if " " in d.name]
    kept = []
    for d in drafts:
        if " " in d.name:
            kept.append(d)
            continue
        owners = [f for f in full if f.name.split()[-1] == d.name]
        if not owners and d.titled:
            # "Dr Meerjady" after "Meerjady Sabrina Flora": the one name it starts
            owners = [f for f in full if f.name.split()[0] == d.name]
        if len(owners) == 1:
            owners[0].spans += d.spans
        elif not owners:
            kept.append(d)
    # a full name whose first and last words are another's ("Donald J. Trump") joins it
    merged: dict[tuple[str, str], _Draft] = {}
    out_list = []
    for d in kept:
        w = d.name.split()
        key2 = (w[0], w[-1])
        if len(w) >= 2 and key2 in merged:
            merged[key2].spans += d.spans
            continue
        if len(w) >= 2:
            merged[key2] = d
        out_list.append(d)
    return out_list


#: Words just before a name that say it is a person's: an age ("22-year-old") or a
#: lower-case role ("co-pilot", "singer", "widow").
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+\Z")
_ROLE_BEFORE = re.compile(r"\b([a-z][a-z\-]+)\s+\Z")
_ROLE_NOUNS = frozenset(
    """pilot co-pilot singer actor actress author writer drummer guitarist player striker
    coach driver artist lawyer doctor nurse director chairman chairwoman founder owner
    editor reporter journalist correspondent photographer activist leader secretary
    farmer teacher student resident witness victim suspect survivor wife husband widow
    widower son daughter mother father brother sister spokesman spokeswoman actor
    actress comedian musician rapper filmmaker producer minister senator governor mayor
    president professor researcher scientist economist analyst official""".split()
)
#: A role and what it is of, then a comma, just before a name.
_ROLE_THEN_COMMA = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([a-z][a-z\-]+)\s+(?:of|at|for)\s"
    r"[^,.;:]{1,60},\s+"
)
#: Words just after a name that say it is a person's: an age or a role in apposition
#: (", 52,", ", a director of", ", the mayor of").
_AFTER_PERSON = re.compile(r",\s+(?:\d{1,3},|(?:a|an|the)\s+([a-z][a-z\-]+))")


def _person_context(text: str, start: int, end: int) -> bool:
    """The words around the capitalised run ``text[start:end]`` say it names a person."""
    before = text[max(0, start - 30) : start]
    if _AGE_BEFORE.search(before):
        return True
    m = _ROLE_BEFORE.search(before)
    if m is not None and (m.group(1) in _ROLE_NOUNS or m.group(1).removesuffix("s") in _ROLE_NOUNS):
        return True  # "co-pilot Rangoli Patil", "actors Mark Ruffalo"
    m = _ROLE_THEN_COMMA.search(text, max(0, start - 90), start)
    if m is not None and m.end() == start and m.group(1) in _ROLE_NOUNS:
        return True  # "the director of Argentina's Amnesty International, Mariela Belski"
    after = _AFTER_PERSON.match(text, end, end + 40)
    return after is not None and (after.group(1) is None or after.group(1) in _ROLE_NOUNS)


def _occurrences(text: str, word: str, lo: int, hi: int) -> list[int]:
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


def _title_evidence(text: str, start: int, end: int) -> tuple[str, str, Span] | None:
    titles, nouns = _evidence_words()
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if (not m.group(3) and low in titles and word[:1].isupper() and not m.group(2)) or (
        m.group(2) and (low + ".") in titles and not m.group(3)
    ):
        return (titles.get(low) or titles[low + "."]), "title", Span.of(text, m.start(), end)
    if low in nouns and not word.endswith(("'s", "’s")):
        if m.group(3):  # "his wife, Jill Biden": a comma only after a possessor
            pos = _TWO_BEFORE.search(text, max(0, start - 60), start)
            possessor = pos is not None and pos.group(1).lower() in ("his", "her", "their")
            before = text[max(0, m.start() - 3) : m.start()]
            if not possessor and not before.endswith(("'s ", "’s ")):
                return None
        return nouns[low], "noun_before", Span.of(text, m.start(), end)
    r = _ROLE_PHRASE.search(text, max(0, start - 110), start)
    if r is not None and r.group(1) in nouns:
        between = text[r.end(1) : start]
        if not any(given_names().get(w) for w in re.findall(r"[A-Z][\w’'\-]*", between)):
            return nouns[r.group(1)], "noun_before", Span.of(text, r.start(1), end)
    return None


def _apposition_evidence(text: str, end: int) -> tuple[str, str, Span] | None:
    _titles, nouns = _evidence_words()
    m = _APPOSITION.match(text, end, min(len(text), end + 80))
    if m is None or m.group(2) not in nouns:
        return None
    between = m.group(1).split()
    if any(w.lower() in _NOT_APPOSITION for w in between) or any(
        w[:1].isupper() for w in between[1:]
    ):
        return None
    if (
        between
        and between[0][:1].isupper()
        and between[0].lower() not in ("a", "an", "the", "his", "her")
    ):
        return None
    at = m.start(1) if m.group(1) else m.start(2)
    return nouns[m.group(2)], "apposition", Span.of(text, at, m.end())


def _gender(evidence: list[tuple[int, str, str, Span]]) -> tuple[str, str | None, Span | None]:
    if not evidence:
        return "unknown", None, None
    if len({g for _r, g, _n, _s in evidence}) > 1:
        return "unknown", "conflicting_evidence", None
    _rank, gender, rule, span = min(evidence, key=lambda e: (e[0], e[3].start))
    return gender, rule, span


def find_people(an: Analysis) -> list[Person]:
    """The named people of ``an``'s body, in order of first mention."""
    text = an.text
    lo, hi = an.metadata.body_start, len(text)
    skip = [(b.start, b.end) for b in an.boilerplate]
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
    for name in sources:
        if name in known or name in bodies or not looks_like_full_name(name):
            continue
        if any(w.lower() in _ORG_WORDS for w in name.split()):
            continue  # "Qantas Airways", "Deutsche Welle": a body named like a person
        spans = [(a, a + len(name)) for a in _occurrences(text, name, lo, hi)]
        spans = [(a, b) for a, b in spans if not any(x <= a < y for x, y in skip)]
        if spans and not any(text[max(0, a - 4) : a].lower() == "the " for a, _b in spans):
            drafts.append(_Draft(name, spans))  # "the Red Cross" is no person
    # surname-only mentions, where the surname is one person's
    by_surname: dict[str, list[_Draft]] = {}
    for d in drafts:
        by_surname.setdefault(d.name.split()[-1], []).append(d)
    all_spans: dict[str, list[tuple[int, int]]] = {d.name: list(d.spans) for d in drafts}
    alone = {sn: ds[0] for sn, ds in by_surname.items() if len(ds) == 1 and " " in ds[0].name}
    if alone:
        inside = sorted([(a, b) for d in drafts for a, b in d.spans] + skip)
        starts = [a for a, _b in inside]
        for surname, d in alone.items():
            for x in _occurrences(text, surname, lo, hi):
                k = bisect.bisect_right(starts, x) - 1
                if k < 0 or not inside[k][0] <= x < inside[k][1]:
                    all_spans[d.name].append((x, x + len(surname)))
    for name, spans in all_spans.items():
        all_spans[name] = sorted(set(spans))
    evidence: dict[str, list[tuple[int, str, str, Span]]] = {d.name: [] for d in drafts}
    for d in drafts:
        for a, b in all_spans[d.name]:
            for got in (_title_evidence(text, a, b), _apposition_evidence(text, b)):
                if got is not None:
                    evidence[d.name].append((_RULE_ORDER.index(got[1]), *got))
    _pronoun_evidence(an, all_spans, evidence, skip)
    out = []
    for d in drafts:
        if not d.titled and " " not in d.name:
            continue
        gender, rule, span = _gender(evidence[d.name])
        spans = all_spans[d.name]
        n = sources.get(d.name, 0)
        out.append(Person(d.name, gender, rule, span, len(spans), spans[0][0], n > 0, n))
    out.sort(key=lambda p: p.first_mention)
    return out


def _pronoun_evidence(
    an: Analysis,
    spans: dict[str, list[tuple[int, int]]],
    evidence: dict[str, list[tuple[int, str, str, Span]]],
    skip: list[tuple[int, int]],
) -> None:
    """Add a pronoun's evidence to the one person its sentence mentions before it or, when
    its sentence mentions nobody before it, the one person the sentence before mentions;
    a person noun of someone else there ("the minister") makes it no evidence (only
    sentences that mention somebody, and those after them, are read)."""
    text = an.text
    sents = an.sentences
    sent_starts = [s.start for s in sents]
    # the mentions of each sentence, in text order: (start, name)
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for name, ss in spans.items():
        for a, _b in ss:
            k = bisect.bisect_right(sent_starts, a) - 1
            by_sentence.setdefault(k, []).append((a, name))
    if not by_sentence:
        return
    quotes = sorted((q.start, q.end) for q in an.quotes) + skip
    rank = _RULE_ORDER.index("pronoun")
    for k in sorted({j for i in by_sentence for j in (i, i + 1) if 0 <= j < len(sents)}):
        here = by_sentence.get(k, [])
        for m in _PRONOUN.finditer(text, sents[k].start, sents[k].end):
            pos = m.start()
            if m.group()[0].isupper() and text[sents[k].start : pos].strip(" \"“‘'("):
                continue  # "Les Brown and His Band": a name, not a pronoun
            names = {n for a, n in here if a < pos}
            if not names and any(a > pos for a, _n in here):
                continue  # "Within her own party, ... Pelosi": may point forward
            lo = sents[k].start
            if k > 0:  # and the sentence before
                before = by_sentence.get(k - 1, [])
                first = _PRONOUN.search(text, sents[k - 1].start, sents[k - 1].end)
                if not names and first is not None and min(a for a, _n in before) > first.start():
                    continue  # "Here he worked with Paul McCartney. Later, he ...": he is not Paul
                names |= {n for _a, n in before}
                lo = sents[k - 1].start
            if len(names) != 1 or any(a <= pos < b for a, b in quotes):
                continue
            name = names.pop()
            if _other_person_noun(text, lo, pos, spans[name]):
                continue
            gender = "male" if m.group().lower() in _MALE_PRONOUNS else "female"
            evidence[name].append((rank, gender, "pronoun", Span.of(text, pos, m.end())))


_PERSON_NOUN = re.compile(
    r"\b(?:man|woman|boy|girl|men|women|mother|father|wife|husband|son|daughter|brother|"
    r"sister|spokes(?:man|woman|person)|official|officer|minister|president|victim|suspect|"
    r"driver|gunman|attacker|child|baby|doctor|nurse|teacher|lawyer|judge|leader|mayor|"
    r"governor|senator|actor|actress|singer|player|coach|resident|witness|friend|"
    r"chairman|chairwoman|king|queen|prince|princess|partner|pilot|captain|student|"
    r"journalist|reporter|author|director|manager|worker|survivor|patient|colleague)\b",
    re.IGNORECASE,
)


def _other_person_noun(text: str, lo: int, pos: int, own: list[tuple[int, int]]) -> bool:
    """A person noun in ``text[lo:pos]`` that is not the person's own: right before one of
    the ``own`` mentions ("spokeswoman Priya Nandra") or in an apposition right after it
    ("Sam Reed, a father of two")."""
    for m in _PERSON_NOUN.finditer(text, lo, pos):
        x = m.start()
        if not any(
            (m.end() <= a and a - m.end() <= 60 and "." not in text[m.end() : a])
            or (b <= x and _OWN_APPOSITION.fullmatch(text, b, x) is not None)
            for a, b in own
        ):
            return True
    return False


_OWN_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:[\w’'\-]+\s+){0,4}")

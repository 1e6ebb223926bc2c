"""Who the article is about and who speaks: the named people in its body, each with the
gender the text itself gives (and the words that give it), and the kind of every source.

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
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from mediakit import lexicons
from mediakit._names import _NAME_RUN, _ORG_WORDS, _TITLES, given_names
from mediakit._spans import Span

if TYPE_CHECKING:
    from mediakit._analysis import Analysis, SourceSummary

__all__ = ["KINDS", "Person", "find_people", "source_profile"]

#: The kinds of source, in the order of the docs.
KINDS: tuple[str, ...] = ("person", "organisation", "group", "document", "unknown")
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
_NOT_APPOSITION = frozenset("who whose which that where when said says and or but if as".split())
_PLACE_WORDS = frozenset(
    """street road avenue lane square park river lake mountain mount island islands
    beach bay county city town village airport station bridge hall tower valley coast
    district province region state states kingdom republic sea ocean gulf strait
    canal harbour harbor port hill hills forest desert highway boulevard stadium arena
    day week month year cup prize award awards trophy festival championship league
    games olympics series act bill law treaty agreement war wars""".split()
)
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


@dataclass(slots=True)
class _Draft:
    name: str
    spans: list[tuple[int, int]]  # full-name mentions (and titled surnames)
    titled: bool = False


def _name_of(raw: str) -> tuple[list[str], bool] | None:
    """The person name in a capitalised run, and whether a title opened it; or None."""
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
        if first is None:
            return None
        name = name[first:]
    if not name or len(name) > 4:
        return None
    if any(
        t.lower() in _ORG_WORDS or t.lower() in _PLACE_WORDS or t.lower() in _TITLES for t in name
    ):
        return None
    name = [t[:-2] if t.endswith(("'s", "’s")) else t for t in name]
    return name, titled


_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ’'\-]+|[A-Z][a-z]+[A-Z][a-z]+")


def looks_like_full_name(name: str) -> bool:
    """Two or three capitalised words, none a title, an organisation or a place word
    ("Obaidul Quader", not "Northern Ireland Assembly")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
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
    asian chinese russian french german indian linux web services day""".split()
)


def _drafts(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]) -> list[_Draft]:
    out: dict[str, _Draft] = {}
    for m in _NAME_RUN.finditer(text, lo, hi):
        if any(a <= m.start() < b for a, b in skip):
            continue
        got = _name_of(m.group())
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


@lru_cache(maxsize=512)
def _surnames(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for the words ``names`` standing alone (a possessive 's may follow)."""
    return re.compile(r"(?<![\w’'\-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w\-])")


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
        at = [m.start() for m in re.finditer(re.escape(name), text[lo:hi])]
        spans = [(lo + x, lo + x + len(name)) for x in at]
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
        inside = sorted((a, b) for d in drafts for a, b in d.spans) + skip
        for m in _surnames(tuple(sorted(alone))).finditer(text, lo, hi):
            x = m.start()
            if not any(a <= x < b for a, b in inside):
                all_spans[alone[m.group()].name].append((x, m.end()))
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
    """Add a pronoun's evidence to the one person mentioned from the start of the sentence
    before it up to it (only sentences after one that mentions somebody are read)."""
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
        before = sorted(by_sentence.get(k - 1, []) + by_sentence.get(k, []))
        lo = sents[k - 1].start if k > 0 else sents[k].start
        for m in _PRONOUN.finditer(text, sents[k].start, sents[k].end):
            pos = m.start()
            names = {n for a, n in before if a < pos}
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
            (m.end() <= a and a - m.end() <= 30 and "." not in text[m.end() : a])
            or (b <= x and _OWN_APPOSITION.fullmatch(text, b, x) is not None)
            for a, b in own
        ):
            return True
    return False


_OWN_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:[\w’'\-]+\s+){0,4}")


# ------------------------------------------------------------------ source kinds

_DOCUMENT_WORD = re.compile(
    r"\b(?:report|reports|study|studies|survey|surveys|poll|polls|data|figures|records?|"
    r"documents?|analysis|statistics|census|filings?|memo|letter|statement|e-?mails?|"
    r"paper|results|estimates?|findings|video|videos|footage|clips?|images?|photos?|"
    r"tweets?|posts?|post|cctv|recording|release|research)\b",
    re.IGNORECASE,
)
_GROUP_HEADS = frozenset(
    """officials sources people residents witnesses eyewitnesses authorities experts
    analysts critics protesters demonstrators locals neighbours neighbors survivors
    families parents students workers scientists researchers doctors activists
    investigators rescuers firefighters paramedics lawmakers legislators diplomats
    insiders aides staff crew fans voters family families jury colleagues team
    supporters opponents observers others
    members leaders citizens villagers victims relatives organisers organizers
    prosecutors officers troops soldiers rebels police""".split()
)
_ROLE_HEADS = frozenset(
    """official spokesman spokeswoman spokesperson minister president secretary senator
    governor mayor judge chancellor premier professor director commissioner chief inspector
    detective superintendent sheriff coroner ambassador chairman chairwoman chair manager
    coach captain leader councillor lawmaker prosecutor attorney commander general colonel
    researcher scientist economist author founder owner resident witness doctor nurse
    officer lawyer man woman mother father analyst expert source diplomat aide""".split()
)
_BODY_HEADS = frozenset(
    """ministry agency department government administration office company council
    commission court committee embassy service army navy force military party union
    group organisation organization bank firm authority board institute university
    hospital school network newspaper channel police""".split()
)


def source_profile(
    s: SourceSummary, spans: Sequence[str], people: dict[str, Person], text: str, at: Sequence[Span]
) -> tuple[str, str, str | None, str | None, Span | None]:
    """``(kind, kind_rule, gender, gender_rule, gender_evidence)`` of one source.

    ``spans`` are the texts of its source spans, ``at`` the spans themselves; ``people``
    the article's named people by name.  The gender is ``None`` when the kind is not person.
    """
    kind, rule = _kind(s, spans, people)
    if kind != "person":
        return kind, rule, None, None, None
    p = people.get(s.name)
    if p is None and " " not in s.name:  # "Ellery": the one person with that surname
        owners = [q for q in people.values() if q.name.split()[-1] == s.name]
        p = owners[0] if len(owners) == 1 else None
    if p is not None:
        return kind, rule, p.gender, p.gender_rule, p.gender_evidence
    titles, nouns = _evidence_words()
    found: list[tuple[int, str, str, Span]] = []
    for sp in at:
        first = re.match(r"([A-Z][a-z]{1,4})(\.?)\s", sp.text)
        if first is not None and (first.group(1) + first.group(2)).lower() in titles:
            title = titles[(first.group(1) + first.group(2)).lower()]
            found.append((0, title, "title", Span.of(text, sp.start, sp.end)))
        head = re.split(r"\s(?:of|for|at|with|from|in|to|on)\s|,", sp.text)[0]
        for w in re.finditer(r"[A-Za-z][\w’'\-]*", head):
            g = nouns.get(w.group().lower())
            if g is not None and text[sp.start + w.end() : sp.start + w.end() + 1] not in (
                "'",
                "’",
            ):
                found.append(
                    (
                        _RULE_ORDER.index("role_in_source"),
                        g,
                        "role_in_source",
                        Span.of(text, sp.start + w.start(), sp.start + w.end()),
                    )
                )
    gender, grule, span = _gender(found)
    return kind, rule, gender, grule, span


def _kind(s: SourceSummary, spans: Sequence[str], people: dict[str, Person]) -> tuple[str, str]:
    name = s.name
    if name == "(unnamed source)":
        return "unknown", "unknown:no_source_name"
    words = name.split()
    low = [w.lower() for w in words]
    capital = [w for w in words if w[:1].isupper()]
    if any(sp.strip().lower() in ("he", "she") for sp in spans):
        return "person", "person:pronoun_he_she"
    if name in people:
        return "person", "person:named_person"
    if s.type_rule.startswith("official:country_or_capital"):
        return "organisation", "organisation:country_or_capital"
    if low and low[-1] in _GROUP_HEADS:
        return "group", "group:collective_noun"  # "officials", "Ukrainian authorities"
    if _DOCUMENT_WORD.search(name) and not capital[1:]:
        return "document", "document:document_noun"
    if s.type_rule.startswith(("media:news_outlet", "social_media:video_or_footage")):
        tp = "organisation" if s.type_rule.startswith("media") else "document"
        return tp, f"{tp}:{s.type_rule.split()[0].split(':')[1]}"
    if capital and (len(capital) >= 2 or name.isupper() or name[:1].isupper()):
        if any(w in _ORG_WORDS or w in _BODY_HEADS for w in low):
            return "organisation", "organisation:named_body"
        if name.isupper() and len(name) >= 2:
            return "organisation", "organisation:acronym"
        if (
            len(capital) == len(words)
            and s.type != "unknown"
            and not s.type_rule.startswith(("official:title", "expert", "witness"))
        ):
            return "organisation", "organisation:named_body"
        if len(words) == 1 and any(
            sp.split()[0].lower().rstrip(".")
            in ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady")
            for sp in spans
            if sp.split()
        ):
            return "person", "person:titled_surname"
    head = low[-1] if low else ""
    if not capital or (len(capital) == 1 and words[0] is capital[0]):
        if head in _GROUP_HEADS or (head.endswith("s") and head[:-1] in _ROLE_HEADS):
            return "group", "group:collective_noun"
        if head in _ROLE_HEADS or head in _evidence_words()[1]:
            return "person", "person:role_noun"
        if head in _BODY_HEADS or head in _ORG_WORDS:
            return "organisation", "organisation:body_noun"
        if _DOCUMENT_WORD.search(name):
            return "document", "document:document_noun"
    return "unknown", "unknown:no_rule"

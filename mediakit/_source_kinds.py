"""The kind of a source (person, organisation, group, document or unknown), with the rule
that gave it, and a person source's gender (from :mod:`mediakit._people`'s evidence).

Rules, first match wins (docs/sources.md): no canonical name -> unknown; a he/she source,
a named person of the article, or a role run that ends with one ("New York City Public
Advocate Trish James") -> person; a country or capital acting as a body ->
organisation; a collective head noun ("officials", "Democrats", "members of ...") ->
group; a lower-case head after capitalised words: a plural role ("Rival Republican
candidates") -> group, a document noun ("Exit polls from the New Hampshire primary") ->
document; a document noun ("report", "video", "footage") -> document; a lower-case
singular role after a capitalised word ("Politico reporter") -> person; a news outlet ->
organisation; a capitalised name with an organisation word or an acronym -> organisation;
a titled surname ("Mr Ellery") -> person; a singular role noun ("a spokeswoman", "the
mayor") -> person; a lower-case body noun ("the interior ministry") -> organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from mediakit._compiled import compile_pattern
from mediakit._gender_evidence import _RULE_ORDER, _evidence_words, _gender
from mediakit._names import _ORG_WORDS, body_of_nation, org_word
from mediakit._people import PeopleIndex, Person
from mediakit._people_context import (
    body_context,
    person_noun_words,
    role_nouns,
    role_or_age,
)
from mediakit._people_merge import ROLE_HEADS, PersonNames
from mediakit._people_words import body_ending
from mediakit._source_kind_words import (
    _BODY_ACRONYM,
    _BODY_HEADS,
    _DOCUMENT_ACRONYMS,
    _DOCUMENT_HEADS,
    _DOCUMENT_WORD,
    _GROUP_HEADS,
    _ONE_PERSON_HEADS,
    _PARTY_MEMBERS,
    _TITLED_DOCUMENTS,
    _WEB_DOMAIN,
)
from mediakit._spans import Span

if TYPE_CHECKING:
    from mediakit._analysis import SourceSummary

__all__ = ["KINDS", "source_profile"]

#: The kinds of source, in the order of the docs.
KINDS: tuple[str, ...] = ("person", "organisation", "group", "document", "unknown")

_TITLE_FIRST = compile_pattern(r"([A-Z][a-z]{1,4})(\.?)\s")
#: A possessive name after a title: "Thanakorn's " of "Mr Thanakorn's lawyer".
_OWNER_AFTER_TITLE = compile_pattern(r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:'s|’s|')\s")
_SPAN_HEAD_END = compile_pattern(r"\s(?:of|for|at|with|from|in|to|on)\s|,")
_SPAN_WORD = compile_pattern(r"[A-Za-z][\w’'\-]*")
_NAME_HEAD_END = compile_pattern(
    r"\s(?:of|from|in|at|for|with|on|by|behind|about|published|released|issued|posted|"
    r"laid|tabled|prepared|commissioned|compiled|submitted|presented|seen|obtained|filed|"
    r"signed|dated|written|sent|shared|leaked|approved|adopted|circulated|produced|based|"
    r"outside|inside|across|within|among|(?!(?:rul|hear|brief|fil|record|poll|meet|build|fund|"
    r"spend|train|wedd|land|warn|bomb|shoot|kill|morn|even|sett|head|bless|clos|open|find)ing\s)"
    r"[a-z]+ing(?=\s(?:on|in|at|for|with|near|the|a|an|to|from)\s)|(?!hundred\s)[a-z]{4,}ed"
    r"(?=\s(?:on|in|at|near|to|from|outside|inside|by|for|with)\s))\s"
)  # (and a participle before a preposition or article: "firefighter working on the north
# side", "attorney representing Immigration and Customs Enforcement", "Passengers stranded
# at the pier"; not a noun in -ing, "polling in Florida"; a document, who made it and
# where it appeared: "a study published in The Lancet", "a report by the Assembly's
# Committee on ...", "an audit report laid in Parliament")
#: A part of a set of people: "Even some of Clinton's allies", "many of his supporters".
_PART_OF = compile_pattern(
    r"(?:(?:even|only|also)\s+)?(?:some|many|most|several|few|a\s+few|all|none|one|two|"
    r"three|dozens|hundreds|thousands)\s+of\s+",
    re.IGNORECASE,
)
#: A number of a set, a source's span: "Nine of 17 surveyed by Bloomberg" (not "one of").
_NUMBER_OF = compile_pattern(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+of\s+"
)
_ROLE_HEADS = ROLE_HEADS
#: A lower-case body noun, then a capitalised name: "campaign group Families for ..."
_NAMED_AFTER_BODY_NOUN = compile_pattern(r"(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\s+[A-Z]")


def source_profile(
    s: SourceSummary,
    spans: Sequence[str],
    people: Mapping[str, Person],
    text: str,
    at: Sequence[Span],
) -> tuple[str, str, str | None, str | None, Span | None]:
    """``(kind, kind_rule, gender, gender_rule, gender_evidence)`` of one source.

    ``spans`` are the texts of its source spans, ``at`` the spans themselves; ``people``
    the article's named people by name.  The gender is ``None`` when the kind is not person.
    """
    names = people.names if isinstance(people, PeopleIndex) else PersonNames(people)
    # the person the name means: itself, a role run that ends with it, the one person
    # with that surname ("Ellery"), or a name cut at a hyphen ("John Rhys-")
    got = names.of(s.name)
    kind, rule = _kind(s, spans, got, lambda: any(_as_body(text, sp, s.name) for sp in at))
    if kind != "person":
        return kind, rule, None, None, None
    p = None if got is None else people[got[0]]
    if p is not None:
        return kind, rule, p.gender, p.gender_rule, p.gender_evidence
    titles, nouns = _evidence_words()
    found: list[tuple[int, str, str, Span]] = []
    for sp in at:
        first = _TITLE_FIRST.match(sp.text)
        if (
            first is not None
            and (first.group(1) + first.group(2)).lower() in titles
            and not _OWNER_AFTER_TITLE.match(sp.text, first.end())
        ):  # (not "Mr Thanakorn's lawyer": the title is the owner's)
            title = titles[(first.group(1) + first.group(2)).lower()]
            found.append((0, title, "title", Span.of(text, sp.start, sp.end)))
        head = _SPAN_HEAD_END.split(sp.text)[0]
        for w in _SPAN_WORD.finditer(head):
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


#: One person named by their nation or party after "the" ("the Dane", "the Brazilian",
#: "the Frenchman", "the Republican"); the collective forms ("the Japanese", "the British")
#: are left out: they name a people or a government.
_DEMONYM = compile_pattern(
    r"[A-Z][a-z]+(?:ian|an|i|man|woman)|Dane|Swede|Scot|Finn|Pole|Czech|Turk|Thai|Brit|"
    r"Briton|Spaniard|Argentine|Greek|Serb|Croat|Kiwi|Aussie|Slovak|Slovene|Bosniak"
)
#: Indefinite pronouns as sources: a group of people ("Many said", "Some argue", "Not
#: everyone agrees") or one person ("One said", "Someone told the paper").
_SOME_PEOPLE = frozenset(
    [
        "many",
        "most",
        "some",
        "several",
        "all",
        "both",
        "few",
        "a few",
        "others",
        "many others",
        "everyone",
        "everybody",
        "not everyone",
        "not everybody",
        "they all",
        "all of them",
    ]
)
_SOMEONE = frozenset(["one", "someone", "somebody", "anyone", "anybody"])
#: Words that count a set of people: "Several fact checkers", "Two witnesses".
_QUANTIFIERS = frozenset(
    """several many some few numerous most two three four five six seven eight nine ten
    dozens hundreds thousands""".split()
)
#: Someone named by their age: "the 29-year-old", "a 16-year-old" (group 1: plural).
_AGE_NOUN = compile_pattern(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old(s?)")
#: A share of the people asked ("74 percent", "only 7 percent", "Nearly eight in 10
#: Democratic voters", "a majority of voters"): poll respondents, a group.
_SHARE = compile_pattern(
    r"(?:(?:only|nearly|about|almost|around|some|just|more\s+than|fewer\s+than|over|"
    r"under)\s+)*(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:\d+|one|two|three|"
    r"four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|three)|(?:a|the)\s+"
    r"(?:majority|minority|third|quarter|half)\b|half|two-thirds|three-quarters)",
    re.IGNORECASE,
)
#: The first words a share may open with (or a digit), read before ``_SHARE`` is.
_SHARE_FIRST = frozenset(
    """only nearly about almost around some just more fewer over under one two three four
    five six seven eight nine a the half two-thirds three-quarters""".split()
)
#: The second (or, after an article, third) word of ``_INFORMED``'s match.
_KNOWING = frozenset("familiar close knowledgeable briefed involved".split())
#: Someone who knows: "Source familiar with the ad", "people briefed on the talks".
_INFORMED = compile_pattern(
    r"(?:an?\s+|the\s+)?(?:(source|person|official|aide)|sources|people|officials|aides)"
    r"\s+(?:familiar|close|knowledgeable|briefed|involved)\b",
    re.IGNORECASE,
)
#: The last word of a news outlet's name ("Washington Post", "the Post", "Daily Beast" is
#: in the outlet list of the source types).
_OUTLET_END = frozenset(
    """Post Times Journal News Herald Tribune Gazette Telegraph Guardian Chronicle Globe
    Examiner Observer Inquirer Courier Dispatch""".split()
)
#: A word for a publisher before its name: "the website fivethirtyeight".
_PUBLISHER_NOUNS = frozenset("website site newspaper paper magazine blog".split())


#: The word before "media" when the media are a set of outlets, not one body's name:
#: lower case ("state media") or a people's adjective ("Turkish", "Russian", "Chinese").
_COLLECTIVE_MEDIA = compile_pattern(r"[a-z][\w\-]*|[A-Z][a-z]+(?:ish|ian|an|ese|i|ch)")


def _phrase_kind(name: str, low: Sequence[str]) -> tuple[str, str] | None:
    """The kind that a source name's phrase shows before its head noun is read: a share of
    people (group), someone who knows (person, or a group when plural), a publisher
    named after its noun ("website fivethirtyeight") or a name ending with an outlet's
    word (organisation); else None."""
    if (name[:1].isdigit() or low[0] in _SHARE_FIRST) and _SHARE.match(name):
        return "group", "group:share_of_people"
    m = _INFORMED.match(name) if len(low) > 1 and low[1] in _KNOWING else None
    if m is None and len(low) > 2 and low[2] in _KNOWING:
        m = _INFORMED.match(name)
    if m is not None:
        return ("person", "person:informed") if m.group(1) else ("group", "group:informed")
    if low[0] == "the":
        low = low[1:]
    if (
        len(low) >= 2
        and low[0] in _PUBLISHER_NOUNS
        and not any(_DOCUMENT_WORD.fullmatch(w) for w in low[1:])
    ):
        return "organisation", "organisation:named_publisher"
    words = name.split()
    if words[-1] in _OUTLET_END and all(w[:1].isupper() for w in words if w.lower() != "the"):
        return "organisation", "organisation:news_outlet"
    return None


def _collective_or_body(name: str) -> bool:
    """``name`` says a group or a body, whatever pronoun the resolver gave it: its last
    word is a collective head or the plural of a person noun ("Geologists", "Fishermen"),
    or a capitalised word of it is a body's ("World Food Programme", "TransPennine
    Express")."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return (
        last in _GROUP_HEADS
        or _people_plural(last)
        or any(w[:1].isupper() and org_word(w) for w in words)
    )


def _pronoun_kind(s: SourceSummary, spans: Sequence[str]) -> tuple[str, str] | None:
    """The kind that a pronoun-like source shows: he or she, a demonym after "the", an
    indefinite pronoun; else None."""
    name = s.name
    if any(sp.strip().lower() in ("he", "she") for sp in spans) and not _collective_or_body(name):
        return "person", "person:pronoun_he_she"
    low_name = name.lower()
    if (
        _DEMONYM.fullmatch(name)
        and name not in _OUTLET_END  # ("The Guardian": an outlet)
        and not s.type_rule.startswith("media")
        and any(sp.split()[0].lower() == "the" for sp in spans if sp.strip())
    ):
        return "person", "person:demonym"  # '"I'm very proud," the Dane said'
    if low_name in _SOME_PEOPLE:
        return "group", "group:indefinite"  # "Many said", "Not everyone agrees"
    if low_name in _SOMEONE:
        return "person", "person:indefinite"  # "Someone told the paper"
    words = low_name.split()
    if (
        len(words) >= 2
        and words[0] in _QUANTIFIERS
        and words[-1].endswith("s")
        and name[-1:].islower()
        and not _AGE_NOUN.fullmatch(words[-1])  # ("Two 16-year-olds": age_noun)
    ):
        return "group", "group:quantified"  # "Several fact checkers", "Three analysts"
    return None


#: Words before "figures" that make them people, not numbers: "the party's top figures",
#: "leading figures of the movement".
_FIGURES_OF_PEOPLE = frozenset(
    "top leading key senior prominent public political party establishment".split()
)


def _people_figures(head_words: Sequence[str]) -> bool:
    """``head_words`` end with "figures" that are people ("the party's top figures")."""
    if len(head_words) < 2 or head_words[-1].lower() != "figures":
        return False
    before = head_words[-2].lower()
    return before in _FIGURES_OF_PEOPLE or before.endswith(("'s", "’s"))


def _as_body(text: str, sp: Span, name: str) -> bool:
    """The source span ``sp`` refers to its ``name`` as a thing: "Fine Gael said its",
    "Eskom, which runs the grid," (:func:`body_context` after the name or the span)."""
    at = sp.text.find(name)
    return body_context(text, sp.start, sp.end) or (
        at >= 0 and body_context(text, sp.start + at, sp.start + at + len(name))
    )


def _named_kind(
    s: SourceSummary, spans: Sequence[str], body: Callable[[], bool]
) -> tuple[str, str] | None:
    """The kind a capitalised name shows: a body the text refers to as a thing, a body's
    word in it, an acronym, a name the source types read as a body, a titled surname."""
    name = s.name
    words = name.split()
    low = [w.lower() for w in words]
    capital = [w for w in words if w[:1].isupper()]
    if words[-1][:1].isupper() and body():
        return "organisation", "organisation:referred_to_as_body"  # "Eskom, which"
    lower_head = not any(w[:1].isupper() for w in _NAME_HEAD_END.split(name)[0].split())
    if capital and (len(capital) >= 2 or name.isupper() or name[:1].isupper()):
        if not lower_head and (
            any(w in _ORG_WORDS or w in _BODY_HEADS for w in low)
            or any(org_word(w) for w in capital)
            or body_ending(words)
        ):
            # (not a lower-case head before a body's name: "nurse at the Baruch Padeh
            # center" is the nurse)
            return "organisation", "organisation:named_body"
        if body_of_nation(words) or (
            len(words) >= 2 and _BODY_ACRONYM.fullmatch(words[0]) and len(capital) == len(words)
        ):
            # "Environment Canada", "Transport Canada": a nation's body; "RSPB Cymru",
            # "BBC Scotland": a body's acronym, then its branch
            return "organisation", "organisation:named_body"
        if name in _DOCUMENT_ACRONYMS:
            return "document", "document:document_acronym"  # "according to the FIR"
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
    return None


def _kind(
    s: SourceSummary,
    spans: Sequence[str],
    got: tuple[str, str] | None,
    body: Callable[[], bool] = lambda: False,
) -> tuple[str, str]:
    """The kind of source ``s`` and its rule; ``got``: the named person its name means;
    ``body``: whether the text refers to a span of it as a thing ("Fine Gael said its"),
    asked only when the kind depends on it."""
    name = s.name
    if name == "(unnamed source)":
        return "unknown", "unknown:no_source_name"
    words = name.split()
    low = [w.lower() for w in words]
    capital = [w for w in words if w[:1].isupper()]
    pronoun = _pronoun_kind(s, spans)
    if pronoun is not None:
        return pronoun
    if got is not None and not body_ending(words):
        # the person's name, or a role run that ends with it ("New York City Public
        # Advocate Trish James"), a surname of one person only, a name cut at a hyphen
        return "person", f"person:{got[1]}"
    phrase = _phrase_kind(name, low)
    if phrase is not None:
        return phrase
    if s.type_rule.startswith("official:country_or_capital"):
        return "organisation", "organisation:country_or_capital"
    if len(words) == 1 and any(_NUMBER_OF.match(sp.strip(" \"“‘'")) for sp in spans):
        return "group", "group:part_of_group"  # "Nine of 17 surveyed by Bloomberg"
    part = _PART_OF.match(name)
    if part is not None:
        last = low[-1].removesuffix("'s").removesuffix("’s")
        if last in _GROUP_HEADS or last in _PARTY_MEMBERS or last[:-1] in _ROLE_HEADS:
            if low[0] == "one":
                return "person", "person:one_of_group"  # "One of the passengers"
            return "group", "group:part_of_group"  # "Even some of Clinton's allies"
    head_words = _NAME_HEAD_END.split(name)[0].split()
    by_head = _head_kind(name, words, head_words)
    if by_head is not None:
        return by_head
    if s.type_rule.startswith(("media:news_outlet", "social_media:video_or_footage")):
        tp = "organisation" if s.type_rule.startswith("media") else "document"
        return tp, f"{tp}:{s.type_rule.split()[0].split(':')[1]}"
    if _WEB_DOMAIN.fullmatch(name):
        return "organisation", "organisation:web_domain"  # "PowerOutage.us", "Politico.com"
    if len(words) >= 2 and words[-1] in _TITLED_DOCUMENTS:
        return "document", "document:titled_document"  # "the WHO's World Malaria Report"
    named = _named_kind(s, spans, body)
    if named is not None:
        return named
    if len(words) == 1 and capital and role_or_age(name, spans):
        # one name, a role before it or an age after it: "Workers' union leader Hendra",
        # "Another worker, Sutrisno, 41," (one name is all many Indonesians go by)
        return "person", "person:role_or_age_by_name"
    return _common_noun_kind(name, words, head_words)


def _head_kind(name: str, words: list[str], head_words: list[str]) -> tuple[str, str] | None:
    """The kind that the head of a name shows (``head_words``: its words up to a
    preposition or a participle): a collective noun, a document noun, a role after a
    capitalised word; else None."""
    low = [w.lower() for w in words]
    capital = [w for w in words if w[:1].isupper()]
    named = _NAMED_AFTER_BODY_NOUN.match(name)
    if (
        named is not None
        and named.group(1).lower() in _BODY_HEADS
        and head_words[-1:] != []
        and head_words[-1][:1].isupper()
    ):
        return "organisation", "organisation:named_body"  # "campaign group Families for
        # Accountability", "rights group Amnesty International"
    head = head_words[-1].lower() if head_words else ""
    if head == "media" and (len(head_words) == 1 or _COLLECTIVE_MEDIA.fullmatch(head_words[-2])):
        return "group", "group:collective_noun"  # "Turkish media", "state media"
    if (
        head in _GROUP_HEADS
        or head in _PARTY_MEMBERS
        or _people_figures(head_words)
        or (bool(head_words) and head_words[-1].islower() and _people_plural(head))
    ):
        # "officials", "Ukrainian authorities", "new members of the House", "Democrats",
        # "the party's top figures"
        return "group", "group:collective_noun"
    if (
        len(head_words) == 1
        and len(words) > 1
        and words[0][:1].isupper()
        and _DOCUMENT_WORD.fullmatch(head)
    ):
        return "document", "document:document_noun"  # "Figures published by NHS England"
    if head_words and head_words[-1][:1].islower():
        # a lower-case head after capitalised words names what speaks
        low_name = name.lower()
        if head.endswith("s") and head[:-1] in _ROLE_HEADS:
            return "group", "group:collective_noun"  # "Rival Republican candidates"
        if _DOCUMENT_WORD.fullmatch(head) or (
            head in _DOCUMENT_HEADS
            and (not head.startswith("average") or len(head_words) > 1 or "poll" in low_name)
        ):
            return "document", "document:document_noun"  # "Exit polls from the ..."
    if _DOCUMENT_WORD.search(name) and not capital[1:]:
        return "document", "document:document_noun"
    if (
        len(words) >= 2
        and words[-1][:1].islower()
        and head_words
        and head_words[-1][:1].isupper()
        and (_DOCUMENT_WORD.fullmatch(low[-1]) or low[-1] in _DOCUMENT_HEADS)
    ):
        # a document noun after a body's name that has "of" inside: "A 2023 Ministry
        # of Health report" (not "the head of the study": its head is lower case)
        return "document", "document:document_noun"
    if (
        len(head_words) >= 2
        and _one_person_word(head)
        and head_words[-1][:1].islower()
        and head_words[-2][:1].isupper()
    ):  # (and "Mrs Ashdown's husband")
        return "person", "person:role_noun"  # "Politico reporter", "White House official"
    if (
        len(head_words) >= 2
        and head_words[0][:1].isupper()
        and head_words[-2][:1].isupper()
        and head_words[-1][:1].isupper()
        and head in _ROLE_HEADS
        and (head != "general" or _one_person_head(head_words[-2].lower()))
    ):
        return "person", "person:role_noun"  # "the Dar es Salaam Regional Police
        # Commander": a rank ends the name (a body's word inside it is the rank's; but
        # "General" after a body's word is no rank: "Directorate General of Civil Aviation")
    if len(head_words) < len(words) and head_words[-1:] and head_words[-1][:1].islower():
        if _one_person_head(head):  # "A teacher at Nakifuma Hill College", "A police
            return "person", "person:role_noun"  # sub-inspector at Sinhagad Road ..."
        if head == "member" and len(head_words) <= 2 and low[len(head_words)] == "of":
            return "person", "person:member_of"  # "One member of the committee" ("member"
            # alone is no person noun: "member states")
    return None


#: Prefixes of a role that leave it one person's ("sub-inspector", "co-founder").
_ROLE_PREFIXES = frozenset("sub vice deputy co assistant acting chief senior junior ex".split())


def _one_person_head(word: str) -> bool:
    """``word`` heads a phrase that names one person: a role or person noun, also after
    a prefix ("sub-inspector", "vice-principal")."""
    prefix, dash, rest = word.partition("-")
    if dash and prefix in _ROLE_PREFIXES:
        word = rest
    return _one_person_word(word)


def _one_person_word(word: str) -> bool:
    """``word`` (lower case) is a role, a noun of one person or a person noun."""
    return word in _ROLE_HEADS or word in _ONE_PERSON_HEADS or _one_person_noun(word)


def _one_person_noun(word: str) -> bool:
    """``word`` names one person: a role or person noun (``data/person_roles.tsv``,
    ``data/person_nouns.tsv``: "farmer", "paramedic", "employee")."""
    return word in role_nouns() or word in person_noun_words()


def _people_plural(word: str) -> bool:
    """``word`` is the plural of a noun of one person ("traders", "planners", "rangers",
    "fishermen")."""
    if word.endswith("men"):
        return _one_person_noun(word[:-3] + "man")
    return word.endswith("s") and (word[:-1] in _ROLE_HEADS or _one_person_noun(word[:-1]))


def _common_noun_kind(name: str, words: list[str], head_words: list[str]) -> tuple[str, str]:
    """The kind of a name of common nouns (no capitalised word, or only its first): an
    age noun, an indefinite pronoun, a role, a collective, a body or a document noun; or
    a lower-case head before "of"; else unknown."""
    low = [w.lower() for w in words]
    capital = [w for w in words if w[:1].isupper()]
    head = low[-1] if low else ""
    age = _AGE_NOUN.fullmatch(head)
    if age is not None:  # "the 29-year-old told this newspaper"; "two 16-year-olds"
        return ("group", "group:age_noun") if age.group(1) else ("person", "person:age_noun")
    head_capital = [w for w in head_words[1:] if w[:1].isupper()]
    if (
        not capital
        or (len(capital) == 1 and words[0] is capital[0])
        or (len(head_words) < len(words) and not head_capital)
    ):
        # (capitalised words after the head are a place's or a body's: "One bond trader
        # in Puerto Alba", "drone operator serving near Orikhiv")
        split_head = head_words[-1].lower() if len(head_words) < len(words) else ""
        if split_head in _SOME_PEOPLE:
            return "group", "group:indefinite"  # "some on the west side of town"
        if _one_person_word(split_head):
            return "person", "person:role_noun"  # "resident of the city's al-Hali district"
        if split_head in _DOCUMENT_HEADS or _DOCUMENT_WORD.fullmatch(split_head):
            return "document", "document:document_noun"  # "Minutes of Monday's meeting"
        if not capital or (len(capital) == 1 and words[0] is capital[0]):
            # (the whole name's last word is its head only when no capital follows)
            if low[:2] == ["one", "of"] and _people_plural(head):
                return "person", "person:one_of_group"  # "One of the traders"
            if head in _GROUP_HEADS or _people_plural(head):
                return "group", "group:collective_noun"  # "Urban planners", "rangers"
            if _one_person_word(head) or head in _evidence_words()[1]:
                return "person", "person:role_noun"  # "a neighbouring farmer"
            if head in _BODY_HEADS or head in _ORG_WORDS:
                return "organisation", "organisation:body_noun"
            if _DOCUMENT_WORD.search(name) or head in _DOCUMENT_HEADS:
                return "document", "document:document_noun"
    first_head = head_words[-1].lower() if head_words else ""
    if head_words and (head_words[0][:1].islower() or len(head_words) == 1):
        # "parliament of Portugal", "government of Burundi": a lower-case head before
        # "of" names what speaks, whatever the capitalised words after it; so does a
        # capitalised head of one word ("Leader of the Opposition")
        if first_head in _BODY_HEADS or first_head in _ORG_WORDS:
            return "organisation", "organisation:body_noun"
        if first_head in _ROLE_HEADS:
            return "person", "person:role_noun"
    return "unknown", "unknown:no_rule"

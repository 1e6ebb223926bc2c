"""Source mentions as names: titles, honorifics, given names, roles and the core of a
mention ("Tom Ellery, 52, whose stall stood ..." -> "Tom Ellery").

Pure functions of a mention's words (and the bundled list of given names); the
per-article state (who was mentioned before) lives in :mod:`mediakit._sources`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._people_context import role_nouns

#: Capitals that open a name: ASCII, Latin-1, Latin Extended-A and the Vietnamese
#: letters ("Łukasz", "Édouard", "Đoàn", "Ưng").
UPPER = (
    "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
#: The letters that go on a name's word after its capital (lower case; Latin
#: Extended-A's are taken whole): "Tâm", "Šefčovič", "Nguyễn".
_LOWER = "a-zß-öø-ÿā-žơưạ-ỹ"

_SUBJECT_PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "who": "r",
    "which": "n",
    "we": "w",
    "i": "i",
    "you": "y",
}
_HONORIFIC_GENDER = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "lady": "f",
    "lord": "m",
    "madam": "f",
    "madame": "f",
}
# Honorifics that open a person's name.
_HONORIFICS = frozenset({*_HONORIFIC_GENDER, "dr", "dr.", "prof", "prof.", "dame", "professor"})
# Words that are titles or roles, not parts of a person's name.
_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss madam madame dr dr. prof prof. sir lady lord dame president
    vice prime minister secretary senator sen. sen rep. rep gov. gov governor mayor
    judge justice chancellor king queen prince princess general gen. gen colonel col.
    lt. lieutenant sgt. sergeant captain capt. adm. admiral commander chief chairman
    chairwoman chair speaker leader spokesman spokeswoman spokesperson adviser advisor
    correspondent reporter editor anchor host ambassador director minister deputy
    attorney former presidential candidate nominee democratic republican rev. rev
    pope bishop father sister brother saint st. professor officer detective agent
    congressman congresswoman representative senators governors candidates
    correspondents news inspector superintendent constable councillor councilor
    commissioner detective chief-executive ceo curator coach manager sheriff coroner
    premier prosecutor mp cllr cllr. revd revd. insp insp. supt supt. det det. dci dcs
    smt smt. shrimati shri mme mme. fr fr. uncle aunty auntie advocate adv. cpl cpl. pte
    pte. mzee ratu hon. engr engr. barr. datuk datin alhaji alhaja barrister khun""".split()
)
_ORG_WORDS = frozenset(
    """ministry office agency department government authorities administration
    campaign committee party council commission company corporation group union
    association foundation organisation organization institute university military
    army police service court parliament congress senate house kremlin pentagon
    embassy network times post journal news press bureau board team staff
    coalition alliance federation society center centre bank firm fund league
    movement church network channel magazine newspaper poll survey report study
    data state republicans democrats officials sources aides people media
    forces ministry's office's airways airlines rescue brigade gazette gazeta zeitung
    tribune herald courier telegraph chronicle welle constabulary college panel garda
    gardaí bench pravda""".split()
)  # (constabulary ... gardaí: a sixth probe of other newsrooms, "Norfolk Constabulary",
# "the Royal College", "the Intergovernmental Panel", "Gardaí said")
#: Words of bodies' names that are common nouns in running text, so they count only
#: capitalised, in a name ("Capital Economics", "Corruption Watch", "Scottish Water",
#: "Wrestling Inc"): of firms and watchdogs in business and civic news (the probe of
#: other newsrooms' conventions, 2026-12-03); not "power", "trust", "market", "capital"
#: (surnames and given names too).  :func:`org_word` reads both lists.
_NAME_ORG_WORDS = frozenset(
    """economics research partners holdings securities analytics consulting advisors
    advisory ventures labs energy motors pharma pharmaceuticals foods mining resources
    telecom networks systems technologies solutions logistics mutual stoppers insurance
    initiative forum watchdog observatory international worldwide services industries
    corp inc ltd plc llc tribunal navy confederation chamber exchange authority watch
    water global statistics stats pt tbk bhd sdn programme program express unit registry
    renewables productions entertainment studios""".split()
)  # (statistics, stats: national statistics offices, "Stats NZ", "Statistics Canada";
# pt ... sdn: Indonesian and Malaysian companies, "PT Halmahera Prima Nikel", "Sdn Bhd";
# programme ... express: "World Food Programme", "TransPennine Express"; unit ...
# renewables: a tenth probe, "Athletics Integrity Unit", "National Registry", "Brython
# Renewables"; productions ... studios: an eleventh, "Sunwave Productions")


def org_word(word: str) -> bool:
    """``word`` is a word of a body's name: one of :data:`_ORG_WORDS` in any case, or of
    :data:`_NAME_ORG_WORDS` capitalised."""
    low = word.lower()
    return low in _ORG_WORDS or (word[:1].isupper() and low in _NAME_ORG_WORDS)


_DETERMINERS = compile_pattern(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)
_NAME_TOKEN = compile_pattern(rf"[{UPPER}][\w’'.\-]*")
_TOKEN = compile_pattern(r"[\w’'.\-@]+")
_POSSESSIVE = compile_pattern(r"(?:’s|'s|’|')$")
# Runs of capitalised words in running text, for names mentioned outside sources.
# (``\b`` before the first capital is written as a look-behind after it, so that the
# pattern starts with a character set: the engine then skips to capitals quickly.  The
# runs of letters and of white space are possessive (``++``): what follows each cannot
# match what it would give back, so backtracking into it never finds a match; without
# it, each capitalised word not followed by another (most of them) costs a step back per
# letter.  ``_NAME_RUN_AS_WRITTEN`` is the plain pattern, for the tests.  A name stays on
# one line: a paragraph is a line, and "Floods hit Kenya" / "Oxfam said" are two.)
_NAME_RUN_AS_WRITTEN = (
    rf"[{UPPER}](?<!\w[{UPPER}])[{_LOWER}’'\-]+(?:[ \t\xa0]+[A-Z]\.)?"
    rf"(?:[ \t\xa0]+[{UPPER}][{_LOWER}’'\-]+)+"
)
_NAME_RUN = compile_pattern(
    rf"[{UPPER}](?<!\w[{UPPER}])[{_LOWER}’'\-]++(?:[ \t\xa0]++[A-Z]\.)?"
    rf"(?:[ \t\xa0]++[{UPPER}][{_LOWER}’'\-]++)+"
)


#: Lower-case particles inside a person's name ("Arnel dela Vega", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    "de del della dela der den van von da dos du bin ibn al el ten ter la las los".split()
)


#: Generational suffixes after a surname ("Robert L. Hayes Jr."): the surname is before.
_GENERATIONS = frozenset("Jr Sr II III IV".split())


#: A name written surname first with a hyphenated given name, as Hong Kong and Korean
#: names are romanised ("Chan Siu-ming", "Wong Tsz-hin", "Kim Jong-un", "Moon Jae-in");
#: not a capitalised word with a hyphenated suffix ("New Year-end", "Kremlin-backed").
_SURNAME_FIRST = compile_pattern(
    r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,4}-(?!(?:led|run|era|end|old|backed|based|born|made|"
    r"owned|style|type|like|wide|level|linked|funded|related|sized|day|year|time|elect)\b)"
    r"[a-z]{1,6}"
)


def surname_first(name: str) -> bool:
    """``name`` is written surname first with a hyphenated given name ("Chan Siu-ming")."""
    return "-" in name and _SURNAME_FIRST.fullmatch(name) is not None


def capital_particle(word: str) -> bool:
    """``word`` is a surname's particle capitalised, as it is opening a sentence ("De" of
    "De Blasio said", "Van" of "Van der Merwe said")."""
    return word[:1].isupper() and word.lower() in NAME_PARTICLES


def particle_lowered(name: str) -> str:
    """``name`` with its first letter in lower case: the form a surname that opens with a
    particle has inside a full name ("De Blasio" -> "de Blasio" of "Bill de Blasio")."""
    return name[:1].lower() + name[1:]


def surname_of(name: str) -> str:
    """The last word of a person's ``name``, the word before a generational suffix
    ("Robert L. Hayes Jr." -> "Hayes"), or the first of a name written surname first
    ("Chan Siu-ming" -> "Chan")."""
    words = name.split()
    if len(words) == 2 and "-" in words[1] and surname_first(name):
        return words[0]
    if len(words) > 2 and words[-1].rstrip(".,") in _GENERATIONS:
        return words[-2]
    return words[-1]


def _strip_possessive(tok: str) -> str:
    return _POSSESSIVE.sub("", tok)


def _strip_possessives(tokens: list[str]) -> list[str]:
    """The words of a name without possessives; but an apostrophe after "ng" inside a
    name is its own letter ("Mzee Ochieng' Ouma": the velar nasal of Kenyan names)."""
    last = len(tokens) - 1
    return [
        t if i < last and t[-3:] in ("ng'", "ng’") else _strip_possessive(t)
        for i, t in enumerate(tokens)
    ]


_PREPOSITIONS = frozenset("of from in at for with on to by about near".split())
_LEADING_COMMON = frozenset(
    """the a an while in on at but and as when after before if though although since
    for from with by of to this that these those it he she they we i his her their its
    our my your mr mrs ms dr""".split()
)


@cache
def given_names() -> dict[str, str]:
    """``data/given_names.tsv``: a common given name -> ``f``, ``m`` or ``u``."""
    return {name: gender for name, gender in lexicons.rows("given_names")}


@cache
def family_names_first() -> frozenset[str]:
    """``data/family_names_first.tsv``: family names written before the given names."""
    return frozenset(row[0] for row in lexicons.rows("family_names_first"))


#: A word of a given name written after the family name: one short syllable or two
#: ("Wei", "Ngoc", "Hui-ling"), capitalised, no capitals inside.
_GIVEN_SYLLABLES = compile_pattern(r"[^\W\d_][^\W\d_A-Z]{0,5}(?:-[^\W\d_A-Z]{1,6})?")


def family_name_first(words: Sequence[str]) -> bool:
    """``words`` are a name written family name first, three or four words: a listed
    family name (``data/family_names_first.tsv``) and short given-name syllables ("Tan
    Wei Ming", "Pham Thi Ngoc Anh"); never gender evidence."""
    return (
        3 <= len(words) <= 4
        and words[0] in family_names_first()
        and all(w[:1].isupper() and _GIVEN_SYLLABLES.fullmatch(w) for w in words[1:])
    )


@cache
def nations() -> frozenset[str]:
    """The countries, nations and capitals of one word that the source types' rule
    ``country_or_capital`` names (``data/source_types.tsv``), and "Cymru"."""
    for row in lexicons.rows("source_types"):
        if row[1] == "country_or_capital":
            names = row[3].split("(?:", 2)[2].rsplit(")", 1)[0].split("|")
            return frozenset(n for n in names if n.isalpha() and not n.isupper()) | {"Cymru"}
    return frozenset({"Cymru"})


def body_of_nation(words: Sequence[str]) -> bool:
    """``words`` name a nation's body, not a person: two or three capitalised words that
    end with a nation's name and open with no listed given name ("Environment Canada",
    "Transport Canada", "Sport England", "RSPB Cymru"; not "Kathy Ireland")."""
    return (
        2 <= len(words) <= 3
        and words[-1] in nations()
        and words[0] not in given_names()
        and words[0][:1].isupper()
        and words[0].lower() not in _HONORIFICS
    )


def _name_gender(name: str) -> str:
    """``m`` or ``f`` when the name's first word is a strongly gendered given name, else ``?``."""
    g = given_names().get(name.split()[0]) if name else None
    return g if g in ("m", "f") else "?"


def _is_full_name(words: str) -> bool:
    """Two to four capitalised words, the first a given name ("Anne Hidalgo")."""
    m = _FULL_NAME.fullmatch(words)
    return m is not None and m.group("first") in given_names()


_POSSESSOR = compile_pattern(r"[\w’'\-]+(?:’s|'s)\s")


#: A capitalised owner's possessive opening a name: "Labor's " of "Labor's Rowan Delacroix-Muir".
_OWNER_FIRST = compile_pattern(r"\A[A-Z][\w\-]*(?:'s|’s)\s+(?=[A-Z])")
#: Titles of other newsrooms that open a person's name ("Hon. Akosua Serwaa Dankwah",
#: "Engr. Chukwuma Obi", "Datuk Seri Anwar Ibrahim"), besides :data:`_HONORIFICS`.
_NAME_OPENING_TITLES = frozenset(
    "hon hon. engr engr. barr barr. datuk datin alhaji alhaja pastor fr fr. sheikh advocate".split()
)


def _names_after_role(head: str, rest: str) -> bool:
    """``rest`` is the name of the role in ``head`` ("The local MP", "Kirra Dawes"):
    2-4 capitalised words, no organisation word, starting with a given name or after a
    head that ends with a role word; and the head names no person of its own
    (a possessor, "Angela Merkel's spokesperson", does not count)."""
    words = rest.split(None, 1)
    if len(words) == 2 and words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
        rest = words[1]  # "The Member for Eden-Monaro, Labor's Rowan Delacroix-Muir"
        words = rest.split(None, 1)
    honorific = len(words) == 2 and (
        words[0].lower() in _HONORIFICS or words[0].lower() in _NAME_OPENING_TITLES
    )
    if honorific:
        rest = words[1]  # "the director of IEDCR, Dr Meerjady Sabrina Flora"
    m = _FULL_NAME.fullmatch(rest)
    if m is None or any(org_word(t) for t in rest.split()):
        return False
    own = _POSSESSOR.sub(" ", head + " ")
    if any(_is_full_name(x.group()) for x in _FULL_NAME.finditer(own)):
        return False
    words = head.split()
    last = words[-1].lower() if words else ""
    return (
        honorific
        or m.group("first") in given_names()
        or last in _TITLES
        or last in _ROLE_WORDS
        or last in role_nouns()  # "Mr Thanakorn's lawyer, Wanida Chaiyaporn"
        or _role_of(words)
    )


def _role_of(words: list[str]) -> bool:
    """``words`` open with a role word of something: "The director of Argentina's Amnesty
    International", "general secretary of the RMT union" (an article and an adjective
    before it at most)."""
    for i, w in enumerate(words[:3]):
        if w.lower() in _ROLE_WORDS:
            return i + 1 < len(words) and words[i + 1] in ("of", "for", "at", "with")
    return False


def _given_name_run(tokens: list[str]) -> list[str] | None:
    """The last run of capitalised tokens from a given name on, two tokens at least
    ("United Nations Nikki Haley" -> "Nikki Haley"), or None."""
    names = given_names()
    end = len(tokens)
    start = end
    while start > 0 and _NAME_TOKEN.fullmatch(tokens[start - 1]):
        start -= 1
    for k in range(start, end - 1):
        if tokens[k] in names:
            return _strip_possessives(tokens[k:end])
    return None


_DETERMINER_WORDS = frozenset("the a an our their its his her my your this that".split())


def _name_after_office(tokens: list[str], prep: int) -> list[str] | None:
    """The last two words of ``tokens`` when a title of office with a preposition ends
    in a name ("Deputy Minister of Health Hansika Perera", "Secretary of State for Sport
    Ilaitia Naqelevuki"): a title right before the preposition ``prep``, and three
    capitalised words or more at the end, not opened by a determiner, the last two no
    body's words nor titles; or None."""
    office = tokens[prep - 1].lower() if prep else ""
    if office not in _TITLES and office not in _ROLE_WORDS:
        return None  # (not "Dr. Tristan Smith of University College London")
    k = len(tokens)
    while k > prep + 1 and _NAME_TOKEN.fullmatch(tokens[k - 1]):
        k -= 1
    tail = tokens[k:]
    if (
        len(tail) < 3
        or tail[0].lower() in _DETERMINER_WORDS  # "chairman of Our Principles Pac"
        or any(org_word(t) or t.lower() in _TITLES for t in tail[-2:])
    ):
        return None
    return _strip_possessives(tail[-2:])


def _person_name(tokens: list[str]) -> list[str] | None:
    """The name in a source's words ("... adviser Anton Herashchenko"), or None.

    The last token must be capitalised (a lower-case head word makes a body or a
    group); the name is the final run of capitalised tokens after its last title
    word, and is not a person when it holds an organisation word ("Interior
    Ministry", "ITV News").
    """
    if not tokens or not _NAME_TOKEN.fullmatch(tokens[-1]):
        return None
    for i, t in enumerate(tokens):
        if t in _PREPOSITIONS:
            # "Joel Pollak of Breitbart California": the name comes before "of";
            # "CCTV from an apartment building in Kharkiv" is not a person; but
            # "US Ambassador to Germany Richard Grenell" ends with the name
            after = _given_name_run(tokens[i + 1 :])
            if after is not None:
                return after
            office = _name_after_office(tokens, i)
            if office is not None:
                return office
            return _person_name(tokens[:i]) if i else None
    start = len(tokens)
    while start > 0 and (
        _NAME_TOKEN.fullmatch(tokens[start - 1])
        or (
            start >= 2
            and tokens[start - 1] in NAME_PARTICLES
            and (
                _NAME_TOKEN.fullmatch(tokens[start - 2])
                or (
                    start >= 3
                    and tokens[start - 2] in NAME_PARTICLES
                    and _NAME_TOKEN.fullmatch(tokens[start - 3])
                )
            )
        )  # "Arnel dela Vega", "Juan de la Cruz", "Ursula von der Leyen"
    ):
        start -= 1
    if (
        start >= 2
        and tokens[start - 1] in ("and", "&")
        and _NAME_TOKEN.fullmatch(tokens[start - 2])
    ):
        # "the Health and Safety Executive", "Rogaland Fire and Rescue", "Trump and
        # Clinton": a name with "and" inside, or two joined: not one person's name
        return None
    run = tokens[start:]
    last_title = -1
    for i, t in enumerate(run):
        if t.lower() in _TITLES or "-of-" in t:
            last_title = i  # (and a descriptor: "Mother-of-two Kerry Walsh")
    name = _strip_possessives(run[last_title + 1 :])
    name = [t for t in name if t]
    while name and name[0].lower() in _LEADING_COMMON:
        name.pop(0)
    if len(name) > 2 and name[0].lower().removeprefix("co-") in role_nouns():
        name.pop(0)  # "Resident Doug Peterson": a role capitalised at a sentence's start
    if not name or any(org_word(t) for t in name):
        return None
    return name


_HEADLINE = compile_pattern(r"[^\n]{1,200}(?<![.!?:\"”’'])\n")


def _headline_end(text: str) -> int:
    """The end of a first line that reads as a headline (short, no final stop), or 0."""
    m = _HEADLINE.match(text)
    if m is None or len(m.group().split()) > 25:
        return 0
    return m.end()


#: Role words a definite mention can stand for a named person with ("the minister").
_ROLE_WORDS = frozenset(
    """president minister secretary senator governor mayor judge chancellor premier
    professor curator director spokesman spokeswoman spokesperson commissioner chief
    inspector detective superintendent sheriff coroner ambassador chairman chairwoman
    chair manager coach captain leader councillor mp lawmaker prosecutor attorney
    commander general colonel researcher scientist economist author founder
    owner headteacher principal""".split()
)
_DEFINITE_ROLE = compile_pattern(r"(?:[Tt]he\s+)?(?:[\w’'\-]+\s+){0,2}?([A-Za-z]+)", re.DOTALL)


_RELATIVE_CLAUSE = compile_pattern(r",?\s+(?:who|whose|which|where|whom)\b.*", re.DOTALL)
_TRAILING_ADVERBIAL = compile_pattern(
    r"[\s,]+(?:yesterday|today|tonight|earlier|later|also|again|too|then|now|however|"
    r"(?:on|last|this|next|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|night|morning|afternoon|evening)|"
    r"(?:in|on|via|through|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:statement|interview|tweet|twitter|facebook|instagram|press\s+conference|"
    r"briefing|email|letter|video|speech|post)s?|to\s+(?-i:(?:the\s+)?[a-z][a-z\s]{0,30}))$",
    re.IGNORECASE,
)
_CAPITALISED = compile_pattern(r"\b[A-Z][\w’'\-]*")
#: Two to four capitalised words that start with a given name ("Anne Hidalgo").
_FULL_NAME = compile_pattern(r"(?P<first>[A-Z][\w’'\-]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'\-]+){1,3}")


#: Capitalised words with "and" before the last ("Housing and Communities", "Food and
#: Rural Affairs"): the end of a body's name whose parts a comma lists.
LISTED_NAME = compile_pattern(
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s+and\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
)
#: A speaker's noun phrase that ends in the first part of a body's name: "A spokesperson
#: for the Department for Levelling Up", "a spokesman for the Department of Health".
SPEAKER_OF_BODY = compile_pattern(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|"
    r"spokespeople|official|officials|source|sources|representative|secretary|minister|"
    r"director|head|chief|statement|report)\s+(?:for|of|at|from)\s+(?:the\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|for|of|and|the|on))*\s*"
)


# a comma that is no thousands separator ("12,345")
_CLAUSE_COMMA = compile_pattern(r"(?<!\d),|,(?!\d{3}(?!\d))")


@lru_cache(maxsize=4096)
def core_mention(words: str) -> str:
    """The part of a source mention that names it: without a relative clause ("Mr
    Ellery, whose stall stood ..."), a time or channel adverbial ("Ms Roe yesterday",
    "Trump, also on Twitter"), or an appositive after a name ("Tom Ellery, 52",
    "Dana Cole, curator and director of exhibits at ...").
    """
    core = _RELATIVE_CLAUSE.sub("", words.strip())
    core = _TRAILING_PARENTHESIS.sub("", core) or core  # "... Seismology (Phivolcs)"
    author = _DOCUMENT_BY.match(core)
    if author is not None:
        return author.group("name")  # "data from the Gun Violence Archive"
    while True:
        cut = _TRAILING_ADVERBIAL.sub("", core)
        if cut == core or not cut.strip():
            break
        core = cut
    m = _CLAUSE_COMMA.search(core)
    head, comma, rest = (core[: m.start()], ",", core[m.end() :]) if m else (core, "", "")
    rest = rest.lstrip()
    if comma and _names_after_role(head, rest.strip()):
        # "The mayor of Paris, Anne Hidalgo": the name, not the role (nor its owner's:
        # "The Member for Eden-Monaro, Labor's Rowan Delacroix-Muir")
        return _OWNER_FIRST.sub("", rest.strip(), count=1)
    named = _CAPITALISED.search(head.strip()[1:]) is not None  # a capital after the first
    # the comma inside a body's name is no cut: "A spokesperson for the Department for
    # Levelling Up, Housing and Communities"
    in_name = bool(comma) and bool(
        LISTED_NAME.fullmatch(rest.strip()) and SPEAKER_OF_BODY.fullmatch(head.strip())
    )
    if (
        comma
        and not in_name
        and head.strip()
        and (named or rest[:1].isdigit() or rest[:1].islower())
    ):
        core = head
    elif comma and head.strip().lower() in _SUBJECT_PRONOUNS:
        core = head
    return core.strip() or words.strip()


def _parse_mention(words: str) -> tuple[list[str], str, list[str] | None]:
    """A source's tokens, the gender its honorific gives ("?" if none) and its person name.

    The name is :func:`_person_name`'s, or for a role without a name ("the mayor") the
    words without a leading article; ``None`` when the mention names no person.
    """
    tokens = _TOKEN.findall(words)
    gender = "?"
    if tokens and tokens[0].lower() in _HONORIFIC_GENDER:
        gender = _HONORIFIC_GENDER[tokens[0].lower()]
    person = _person_name(tokens) if tokens else None
    if person is None and tokens and tokens[-1].lower() in _TITLES:
        person = _DETERMINERS.sub("", words).split()  # "the mayor", "a spokeswoman"
    return tokens, gender, person


# A document and its author: "a tweet by Mike Pompeo", "data from the Gun Violence
# Archive", "a survey published in 2017 by the Royal Pharmaceutical Society".
#: Documents that speak for their author ("data from X", "a tweet by Y"): one list for
#: the source span after a cue (``_attribution/_source_spans.py``) and the name here.
DOCUMENT_NOUNS = (
    "data figures report reports survey study poll tweet statement analysis letter post "
    "release research records documents estimates census"
).split()
#: What follows a document noun up to its author's name (the name is group ``name``).
DOCUMENT_AUTHOR = (
    r"(?:\s+(?:published|released|issued|compiled|posted))?(?:\s+(?:in|on|last)\s+\w+)?"
    r"\s+(?:by|from|of)\s+(?:the\s+)?(?P<name>[A-Z][\w’'\-.]*(?:\s+(?:(?:of|and|for|on)\s+)?"
    r"[A-Z][\w’'\-]*)*|[a-z]+(?:'s|’s)(?:\s+[a-z][\w\-]*)?\s+(?:office|department|"
    r"campaign|team|agency|ministry|council|committee|administration|government))"
)  # (or a body named by its owner: "a press release from the mayor's office")
_DOCUMENT_BY = compile_pattern(
    r"(?:(?i:the|a|an|its|their|his|her)\s+)?(?:[\w’'\-]+\s+){0,2}?"
    r"(?i:" + "|".join(DOCUMENT_NOUNS) + ")" + DOCUMENT_AUTHOR + r"\Z"
)
_TRAILING_PARENTHESIS = compile_pattern(r"\s*\([^()]{1,40}\)\s*\Z")
# A name of capitalised words (with "of", "and", "for", "the" inside) and the acronym
# it is given in parentheses: "the Federal Security Service (FSB)".
_PAREN_ACRONYM = compile_pattern(r"\s\(([A-Z][A-Za-z]{1,11})\)")
_DEFINED_ACRONYM = compile_pattern(
    r"\b((?:[A-Z][\w’'\-]+\s+(?:(?:of|and|for|the|on|in|de|du|la)\s+)*){1,9}[A-Z][\w’'\-]+)"
    r"\s+\(([A-Z][A-Za-z]{1,11})\)"
)


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms an article defines in parentheses after a name, with that name
    ("Federal Security Service (FSB)" -> ``{"FSB": "Federal Security Service"}``); an
    acronym's first definition counts.  The name starts at the first of its words with
    the acronym's initial, and has two words at least."""
    out: dict[str, str] = {}
    for paren in _PAREN_ACRONYM.finditer(text):  # the few parentheses first (fast)
        lo = max(0, paren.start() - 160)
        m = _DEFINED_ACRONYM.search(text, lo, paren.end())
        while m is not None and m.end() != paren.end():
            m = _DEFINED_ACRONYM.search(text, m.end(), paren.end())
        if m is None:
            continue
        acronym, words = m.group(2), m.group(1).split()
        # the name starts at its first word with the acronym's initial: "the Federal
        # Security Service (FSB)" after "The Investigative Committee and"
        k = next((i for i, w in enumerate(words) if w[0] == acronym[0]), None)
        if k is not None and len(words) - k >= 2:
            out.setdefault(acronym, " ".join(words[k:]))
    return out

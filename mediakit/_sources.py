"""Sources: canonical names, pronoun resolution and source types.

Everything here explains itself: a source's type comes with the name of the
rule in ``data/source_types.tsv`` that gave it, and a pronoun's canonical name
comes with the mention it was resolved to.

Per article, a :class:`SourceResolver` is made (no state is shared between
articles) and asked about each source in text order:

* **Canonical names.** A person is named by the run of capitalised words in
  the source with titles and honorifics removed ("The Ukrainian interior
  ministry adviser Anton Herashchenko" -> "Anton Herashchenko"); a later
  surname-only mention ("Mr Herashchenko", "Herashchenko") takes the full
  name of the most recent earlier person with that surname (in a source or
  anywhere in the text).  A body keeps its words without a leading article
  ("The state emergencies agency" -> "state emergencies agency").
* **Pronouns** ("he", "she", "they", "it", "who") are resolved to the most
  recent compatible earlier entity: he/she to a person (honorifics Mr/Mrs/Ms
  give a gender), it to a body, they to a body or group, who to the nearest
  earlier mention of a person or body.  The pronoun stays the source span.
* **Types** come from the first matching rule of ``data/source_types.tsv``;
  an entity keeps the first type found for any of its mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from mediakit._source_types import _source_type, source_type

__all__ = ["SourceInfo", "SourceResolver", "source_type"]

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
}
# Words that are titles or roles, not parts of a person's name.
_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir lady lord dame president
    vice prime minister secretary senator sen. sen rep. rep gov. gov governor mayor
    judge justice chancellor king queen prince princess general gen. gen colonel col.
    lt. lieutenant sgt. sergeant captain capt. adm. admiral commander chief chairman
    chairwoman chair speaker leader spokesman spokeswoman spokesperson adviser advisor
    correspondent reporter editor anchor host ambassador director minister deputy
    attorney former presidential candidate nominee democratic republican rev. rev
    pope bishop father sister brother saint st. professor officer detective agent
    congressman congresswoman representative senators governors candidates
    correspondents news inspector superintendent constable councillor councilor
    commissioner detective chief-executive ceo curator coach manager""".split()
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
    forces ministry's office's""".split()
)
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[A-Z][\w’'.\-]*")
_TOKEN = re.compile(r"[\w’'.\-@]+")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# Runs of capitalised words in running text, for names mentioned outside sources.
# (``\b`` before the first capital is written as a look-behind after it, so that the
# pattern starts with a character set: the engine then skips to capitals quickly.  The
# runs of letters and of white space are possessive (``++``): what follows each cannot
# match what it would give back, so backtracking into it never finds a match; without
# it, each capitalised word not followed by another (most of them) costs a step back per
# letter.  ``_NAME_RUN_AS_WRITTEN`` is the plain pattern, for the tests.)
_NAME_RUN_AS_WRITTEN = r"[A-Z](?<!\w[A-Z])[a-z’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'\-]+)+"
_NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z’'\-]++(?:\s++[A-Z]\.)?(?:\s++[A-Z][a-z’'\-]++)+")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What is known about one source mention."""

    name: str | None  # canonical name (None when a pronoun cannot be resolved)
    type: str
    type_rule: str
    entity: str  # "person" | "body" | "group" | "pronoun"
    resolved_from: str | None = None  # the mention a pronoun was resolved to


@dataclass(slots=True)
class _Entity:
    name: str
    entity: str  # person | body | group
    gender: str  # m | f | ? (persons only)
    type: str
    type_rule: str
    mention: str
    last_pos: int


def _strip_possessive(tok: str) -> str:
    return _POSSESSIVE.sub("", tok)


_PREPOSITIONS = frozenset("of from in at for with on to by about near".split())
_LEADING_COMMON = frozenset(
    """the a an while in on at but and as when after before if though although since
    for from with by of to this that these those it he she they we i his her their its
    our my your mr mrs ms dr""".split()
)


@cache
def given_names() -> dict[str, str]:
    """``data/given_names.tsv``: a common given name -> ``f``, ``m`` or ``u``."""
    raw = files("mediakit").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split("\t")
            out[name] = gender
    return out


def _name_gender(name: str) -> str:
    """``m`` or ``f`` when the name's first word is a strongly gendered given name, else ``?``."""
    g = given_names().get(name.split()[0]) if name else None
    return g if g in ("m", "f") else "?"


def _is_full_name(words: str) -> bool:
    """Two to four capitalised words, the first a given name ("Anne Hidalgo")."""
    m = _FULL_NAME.fullmatch(words)
    return m is not None and m.group("first") in given_names()


_POSSESSOR = re.compile(r"[\w’'\-]+(?:’s|'s)\s")


def _names_after_role(head: str, rest: str) -> bool:
    """``rest`` is the name of the role in ``head`` ("The local MP", "Kirra Dawes"):
    2-4 capitalised words, no organisation word, starting with a given name or after a
    head that ends with a role word; and the head names no person of its own
    (a possessor, "Angela Merkel's spokesperson", does not count)."""
    m = _FULL_NAME.fullmatch(rest)
    if m is None or any(t.lower() in _ORG_WORDS for t in rest.split()):
        return False
    own = _POSSESSOR.sub(" ", head + " ")
    if any(_is_full_name(x.group()) for x in _FULL_NAME.finditer(own)):
        return False
    last = head.split()[-1].lower() if head.split() else ""
    return m.group("first") in given_names() or last in _TITLES or last in _ROLE_WORDS


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
            return [_strip_possessive(t) for t in tokens[k:end]]
    return None


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
            return _person_name(tokens[:i]) if i else None
    start = len(tokens)
    while start > 0 and _NAME_TOKEN.fullmatch(tokens[start - 1]):
        start -= 1
    run = tokens[start:]
    last_title = -1
    for i, t in enumerate(run):
        if t.lower() in _TITLES:
            last_title = i
    name = [_strip_possessive(t) for t in run[last_title + 1 :]]
    name = [t for t in name if t]
    while name and name[0].lower() in _LEADING_COMMON:
        name.pop(0)
    if not name or any(t.lower() in _ORG_WORDS for t in name):
        return None
    return name


_HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?:\"”’'])\n")


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
_DEFINITE_ROLE = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w’'\-]+\s+){0,2}?([A-Za-z]+)", re.DOTALL
)


_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whose|which|where|whom)\b.*", re.DOTALL)
_TRAILING_ADVERBIAL = re.compile(
    r"[\s,]+(?:yesterday|today|tonight|earlier|later|also|again|too|then|now|however|"
    r"(?:on|last|this|next|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|night|morning|afternoon|evening)|"
    r"(?:in|on|via|through|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:statement|interview|tweet|twitter|facebook|instagram|press\s+conference|"
    r"briefing|email|letter|video|speech|post)s?|to\s+(?-i:(?:the\s+)?[a-z][a-z\s]{0,30}))$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]*")
#: Two to four capitalised words that start with a given name ("Anne Hidalgo").
_FULL_NAME = re.compile(r"(?P<first>[A-Z][\w’'\-]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'\-]+){1,3}")


# a comma that is no thousands separator ("12,345")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


@lru_cache(maxsize=4096)
def core_mention(words: str) -> str:
    """The part of a source mention that names it: without a relative clause ("Mr
    Ellery, whose stall stood ..."), a time or channel adverbial ("Ms Roe yesterday",
    "Trump, also on Twitter"), or an appositive after a name ("Tom Ellery, 52",
    "Dana Cole, curator and director of exhibits at ...").
    """
    core = _RELATIVE_CLAUSE.sub("", words.strip())
    while True:
        cut = _TRAILING_ADVERBIAL.sub("", core)
        if cut == core or not cut.strip():
            break
        core = cut
    m = _CLAUSE_COMMA.search(core)
    head, comma, rest = (core[: m.start()], ",", core[m.end() :]) if m else (core, "", "")
    rest = rest.lstrip()
    if comma and _names_after_role(head, rest.strip()):
        return rest.strip()  # "The mayor of Paris, Anne Hidalgo": the name, not the role
    named = _CAPITALISED.search(head.strip()[1:]) is not None  # a capital after the first
    if comma and head.strip() and (named or rest[:1].isdigit() or rest[:1].islower()):
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


class SourceResolver:
    """Canonical names, pronoun resolution and types for one article's sources.

    Call :meth:`resolve` for the sources in text order.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._headline_end = _headline_end(text)
        self._entities: list[_Entity] = []
        # The persons with a name of two words or more, by surname (their last word),
        # in the order of ``_entities`` (a name never changes once remembered).
        self._by_surname: dict[str, list[_Entity]] = {}
        self._by_name: dict[str, _Entity] = {}
        # Capitalised runs in the text (position, words), for surnames and pronouns: found
        # on demand, only as far into the text as a source asks for.
        self._runs: list[tuple[int, str]] = []
        self._run_iter: Iterator[re.Match[str]] | None = None
        self._runs_done = False
        self._names: dict[str, list[str] | None] = {}
        self._types: dict[str, tuple[str, str]] = {}
        self._parsed: dict[str, tuple[list[str], str, list[str] | None]] = {}
        self._no_full_name: dict[str, int] = {}  # surname -> see ``_full_name_for``

    def _type(self, words: str) -> tuple[str, str]:
        got = self._types.get(words)
        if got is None:
            got = self._types[words] = source_type(words)
        return got

    def _text_names_back(
        self, pos: int, surname: str | None = None, floor: int = 0
    ) -> Iterator[tuple[int, str, str]]:
        """Person names (start, name, raw words) mentioned before ``pos`` (and from ``floor``
        on), latest first."""
        runs = self._runs
        if not self._runs_done and (not runs or runs[-1][0] < pos):
            if self._run_iter is None:
                self._run_iter = _NAME_RUN.finditer(self._text)
            for m in self._run_iter:
                runs.append((m.start(), m.group(0)))
                if m.start() >= pos:
                    break
            else:
                self._runs_done = True
        k = bisect.bisect_left(runs, (pos,))
        for i in range(k - 1, -1, -1):
            start, raw = runs[i]
            if start < floor:
                break
            if surname is not None and not raw.endswith(surname) and surname not in raw:
                continue
            if raw not in self._names:
                self._names[raw] = _person_name(raw.split())
            name = self._names[raw]
            if name is not None and len(name) >= 2:
                yield start, " ".join(name), raw

    # ------------------------------------------------------------- helpers

    def _full_name_for(self, surname: str, pos: int) -> str | None:
        best: tuple[int, str] | None = None
        for ent in self._by_surname.get(surname, ()):
            if best is None or ent.last_pos > best[0]:
                best = (ent.last_pos, ent.name)
        if best is not None:
            return best[1]
        # No run of the text that starts before ``floor`` gives a full name with this
        # surname (learnt by an earlier search; a fact about the text alone).
        floor = self._no_full_name.get(surname, 0)
        if pos <= floor:
            return None
        mention = ""
        for start, name, raw in self._text_names_back(pos, surname, floor):
            if name.split()[-1] == surname:
                best, mention = (start, name), raw
                break  # the latest such name
        if best is None:
            self._no_full_name[surname] = pos
            return None
        tp, rule = self._type(mention)
        self._remember(best[1], "person", "?", tp, rule, mention, best[0])
        return best[1]

    def _remember(
        self, name: str, entity: str, gender: str, tp: str, rule: str, mention: str, pos: int
    ) -> _Entity:
        """The entity ``name`` updated by this mention, or a new one (the fields of
        :class:`_Entity`; made only when new)."""
        old = self._by_name.get(name)
        if old is None:
            ent = _Entity(name, entity, gender, tp, rule, mention, pos)
            self._entities.append(ent)
            self._by_name[name] = ent
            if entity == "person" and " " in name:
                self._by_surname.setdefault(name.split()[-1], []).append(ent)
            return ent
        old.last_pos = pos
        if old.gender == "?" and gender != "?":
            old.gender = gender
        if old.type == "unknown" and tp != "unknown":
            old.type, old.type_rule = tp, rule
        return old

    def _resolve_pronoun(self, kind: str, pos: int) -> _Entity | None:
        # the compatible entity mentioned last before ``pos`` (the first of a tie)
        best: _Entity | None = None
        for ent in self._entities:
            if ent.last_pos >= pos or (best is not None and ent.last_pos <= best.last_pos):
                continue
            if ent.last_pos < self._headline_end <= pos:
                continue  # a headline's "Eyewitnesses describe ..." is no antecedent
            if (
                (kind in ("m", "f") and ent.entity == "person" and ent.gender in (kind, "?"))
                or (kind == "n" and ent.entity == "body")
                or (kind == "p" and ent.entity in ("body", "group"))
                or kind == "r"
            ):
                best = ent
        if best is not None:
            return best
        if kind in ("m", "f", "r"):
            # a person named in the running text, not (yet) as a source: the latest
            # whose given name fits the pronoun ("Sandra Pike ... she"), else the latest
            named = self._text_person_back(pos, kind)
            if named is not None:
                tp, rule = self._type(named[2])
                gender = _name_gender(named[1])
                return self._remember(named[1], "person", gender, tp, rule, named[2], named[0])
        return None

    def _text_person_back(self, pos: int, kind: str) -> tuple[int, str, str] | None:
        first: tuple[int, str, str] | None = None
        floor = max(0, pos - 3000, self._headline_end if pos >= self._headline_end else 0)
        for k, named in enumerate(self._text_names_back(pos, floor=floor)):
            if first is None:
                first = named
            gender = _name_gender(named[1])
            if gender != "?" and (kind == "r" or gender == kind):
                return named
            if k >= 12:
                break
        return first

    def _role_antecedent(self, words: str, pos: int) -> tuple[_Entity, str] | None:
        """The person a definite role mention names ("the minister", "The Wooster
        professor"): the name next to the latest earlier use of the role word in the text
        ("Minister Harriet Vale", "Karen Alley, a professor at ..."), or ``None``."""
        m = _DEFINITE_ROLE.fullmatch(words)
        if m is None:
            return None
        role = m.group(1).lower()
        if role not in _ROLE_WORDS:
            return None
        low = self._text.lower()
        at = pos
        for _tries in range(5):
            at = low.rfind(role, 0, at)
            if at < 0:
                return None
            after = at + len(role)
            if not (low[at - 1 : at].isalpha() or low[after : after + 1].isalpha()):
                break  # the whole word
        else:
            return None
        end = at + len(role)
        best: tuple[str, str] | None = None
        lo = max(0, at - 90)
        for m in reversed(list(_NAME_RUN.finditer(self._text, lo, min(len(self._text), end + 60)))):
            start, raw = m.start(), m.group()
            if start > end + 1:
                continue
            near = start <= at < m.end() or end <= start  # "Minister Harriet Vale"
            between = self._text[m.end() : at]
            after = between.startswith(",") and "." not in between  # "Karen Alley, a professor"
            person = _person_name(raw.split()) if near or after else None
            if person:
                name = " ".join(person)
                if len(person) == 1:
                    name = self._full_name_for(person[0], pos) or name
                best = (name, raw)
                break
        if best is None:
            return None
        name, raw = best
        tp, rule = self._type(raw)
        return self._remember(name, "person", "?", tp, rule, raw, pos), raw

    # ------------------------------------------------------------- public

    def resolve(self, mention: str, pos: int) -> SourceInfo:
        """Describe the source ``mention`` found at offset ``pos`` (call in text order).

        The type is read off the whole mention (its appositive says the role); the
        name off its core (:func:`core_mention`).
        """
        return self._resolve(core_mention(mention), mention.strip(), pos)

    def _resolve(self, words: str, whole: str, pos: int) -> SourceInfo:
        low = words.lower()
        if low in _SUBJECT_PRONOUNS:
            kind = _SUBJECT_PRONOUNS[low]
            ent = self._resolve_pronoun(kind, pos) if kind in "mfpnr" else None
            if ent is None:
                return SourceInfo(None, "unknown", "pronoun_unresolved", "pronoun")
            ent.last_pos = pos
            return SourceInfo(
                ent.name,
                ent.type,
                f"{ent.type_rule} (pronoun '{words}' resolved to '{ent.mention}')",
                "pronoun",
                ent.mention,
            )
        tp, rule = self._type(whole)
        parsed = self._parsed.get(words)
        if parsed is None:
            parsed = self._parsed[words] = _parse_mention(words)
        tokens, gender, person = parsed
        if tokens and tokens[-1].lower() in _ROLE_WORDS and tokens[0].lower() not in ("a", "an"):
            role_person = self._role_antecedent(words, pos)
            if role_person is not None:
                ent, raw = role_person
                return SourceInfo(
                    ent.name,
                    tp if tp != "unknown" else ent.type,
                    f"{rule if tp != 'unknown' else ent.type_rule} (role '{words}' resolved to "
                    f"'{raw}')",
                    "person",
                    raw,
                )
        if (
            person is not None
            and len(person) == 1
            and person[0][:1].isupper()
            and person[0].lower() not in _TITLES
            and _source_type(person[0])[0] != "unknown"
        ):
            person = None  # "Eyewitnesses", "Officials": a capitalised common noun, no name
        if person is not None and not rule.endswith("country_or_capital"):
            name = " ".join(person)
            if len(person) == 1:
                full = self._full_name_for(person[0], pos)
                if full is not None:
                    name = full
            if gender == "?":
                gender = _name_gender(name)
            ent = self._remember(name, "person", gender, tp, rule, words, pos)
            if tp == "unknown" and ent.type != "unknown":
                return SourceInfo(
                    ent.name,
                    ent.type,
                    f"{ent.type_rule} (same person as '{ent.mention}')",
                    "person",
                )
            return SourceInfo(ent.name, tp, rule, "person")
        name = _DETERMINERS.sub("", words)
        is_group = (
            bool(tokens)
            and tokens[-1].lower().endswith("s")
            and not any(t[:1].isupper() for t in tokens[1:])
        )
        ent = self._remember(name, "group" if is_group else "body", "?", tp, rule, words, pos)
        if tp == "unknown" and ent.type != "unknown":
            return SourceInfo(
                ent.name, ent.type, f"{ent.type_rule} (same as '{ent.mention}')", ent.entity
            )
        return SourceInfo(ent.name, tp, rule, ent.entity)

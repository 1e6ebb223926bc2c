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
  give a gender), it to a body, they to a body or group, who to the phrase of a
  common noun right before it ("The victim's daughter, who"), else to the nearest
  earlier mention of a person or body.  The pronoun stays the source span.
* **Types** come from the first matching rule of ``data/source_types.tsv``;
  an entity keeps the first type found for any of its mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mediakit._compiled import compile_pattern
from mediakit._names import (
    _DEFINITE_ROLE,
    _DETERMINERS,
    _HONORIFICS,
    _NAME_RUN,
    _ROLE_WORDS,
    _SUBJECT_PRONOUNS,
    _TITLES,
    _headline_end,
    _name_gender,
    _parse_mention,
    _person_name,
    _strip_possessive,
    capital_particle,
    core_mention,
    defined_acronyms,
    particle_lowered,
    surname_of,
)
from mediakit._people_merge import inner_surname
from mediakit._source_types import _source_type, source_type
from mediakit.lexicons import Rows

__all__ = ["SourceInfo", "SourceResolver", "source_type"]


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


#: The fields of a :class:`SourceInfo`, in its order.
SourceFields = tuple[str | None, str, str, str, str | None]

#: The type of a single word (``_source_type``, kept for the process: a pure function of
#: the word; "Eyewitnesses", "Officials" are asked for in article after article).
_word_type = lru_cache(maxsize=4096)(_source_type)

#: :func:`_parse_mention` kept for the process: a pure function of the mention's words
#: (its lists are only read), and many mentions recur from article to article
#: ("police", "the ministry", "officials").
_parsed_mention = lru_cache(maxsize=4096)(_parse_mention)


@lru_cache(maxsize=8192)
def _run_name(raw: str) -> list[str] | None:
    """The person name in a run of capitalised words of the text (only read; a pure
    function of the run, kept for the process: runs recur within and across articles)."""
    return _person_name(raw.split())


# Words before a role that make it another role ("Deputy Governor" is not "the governor").
_LESSER_ROLE = frozenset("deputy vice assistant former acting lieutenant".split())


#: A phrase of a common noun opened by a determiner, then a relative "who" (the end of
#: the searched stretch): "The victim's daughter, ", "A resident ", "one of the
#: protesters, ".
_NOT_IN_HEAD = (
    r"(?!(?:that|which|who|whom|and|or|but|said|says|told|tells|when|while|because|if|as|"
    r"to|was|were|is|are|has|had|have|of|with|for|from|by|in|on|at|among|about|here|"
    r"there)\b)"
)
_RELATIVE_HEAD = compile_pattern(
    r"(?<![\w’'\-])((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)"
    rf"(?:\s+{_NOT_IN_HEAD}[\w’'\-]+){{0,3}}?\s+{_NOT_IN_HEAD}[a-z][a-z\-]+)(?:,\s+|\s+)\Z"
)
#: A preposition before a phrase: it is no clause's subject ("one Democrat familiar with
#: the discussion, who": the relative is the Democrat's).
_PREPOSITION_BEFORE = compile_pattern(
    r"\b(?:of|with|from|for|about|on|in|at|by|among|to|into|than|like)\s+\Z", re.IGNORECASE
)


#: A name and a comma just before a phrase: the phrase is the name's apposition.
_AFTER_NAME = compile_pattern(r"[A-Z][\w’'\-.]*(?:’s|'s)?,\s+\Z")
#: A preposition or a comma before a name: the name is no clause's subject.
_PREPOSITION_OR_COMMA_BEFORE = compile_pattern(
    r"(?:,|\b(?:of|with|from|for|about|on|in|at|by|among|to|into|than|like))\s+\Z",
    re.IGNORECASE,
)
#: A name right before a relative "who", an age in apposition between: "Podesta, who",
#: "Layla, 16, who" (the relative is that person's).
_NAME_BEFORE_WHO = compile_pattern(
    r"(?<![\w’'\-])((?:[A-Z][\w’'\-]*[ \t\xa0]+){0,3}[A-Z][\w’'\-]*)(?:,[ \t\xa0]*\d{1,3})?,"
    r"[ \t\xa0]+\Z"
)


def _last_word(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` stands last in ``text[lo:hi]`` as a whole word ("Li", not the "Li"
    of "Libya") opening a sentence, perhaps after one word and a comma ("Chirac was",
    "Additionally, Chirac was": the sentence's subject, most likely), or ``lo``."""
    at = text.rfind(word, lo, hi)
    while at > lo:
        end = at + len(word)
        if (
            not text[at - 1].isalnum()
            and not (end < len(text) and text[end].isalnum())
            and _subject_place(text, at)
        ):
            return at
        at = text.rfind(word, lo, end - 1)
    return lo


def _subject_place(text: str, at: int) -> bool:
    """Only white space, or one word and a comma, stand between a sentence's end (or the
    text's start) and ``at``."""
    i = at - 1
    while i >= 0 and text[i] in " \t\xa0\"“‘'":
        i -= 1
    if i >= 0 and text[i] == ",":
        i -= 1
        while i >= 0 and text[i].isalpha():
            i -= 1
        while i >= 0 and text[i] in " \t\xa0\"“‘'":
            i -= 1
    return i < 0 or text[i] in ".!?\n"


class SourceResolver:
    """Canonical names, pronoun resolution and types for one article's sources.

    Call :meth:`resolve` for the sources in text order.
    """

    def __init__(self, text: str, user_types: Rows = ()) -> None:
        self._text = text
        self._user_types = user_types  # a user's source-type rules, tried first
        self._headline_end = _headline_end(text)
        self._entities: list[_Entity] = []
        # The persons with a name of two words or more, by surname (their last word),
        # in the order of ``_entities`` (a name never changes once remembered).
        self._by_surname: dict[str, list[_Entity]] = {}
        #: the first word of a person's name introduced after an honorific ("Mr Lee Kuan
        #: Wei": "Lee") -> its people
        self._by_titled_first: dict[str, list[_Entity]] = {}
        self._by_name: dict[str, _Entity] = {}
        self._acronyms: dict[str, str] | None = None  # found on first use
        # Capitalised runs in the text (position, words), for surnames and pronouns: found
        # on demand, only as far into the text as a source asks for.
        self._runs: list[tuple[int, str]] = []
        self._run_iter: Iterator[re.Match[str]] | None = None
        self._runs_done = False
        self._types: dict[str, tuple[str, str]] = {}
        self._no_full_name: dict[str, int] = {}  # surname -> see ``_full_name_for``

    def _type(self, words: str) -> tuple[str, str]:
        got = self._types.get(words)
        if got is None:
            got = self._types[words] = source_type(words, self._user_types)
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
            if surname is not None and surname not in raw:
                continue
            name = _run_name(raw)
            if name is not None and len(name) >= 2:
                yield start, " ".join(name), raw

    # ------------------------------------------------------------- helpers

    def _full_name_for(self, surname: str, pos: int, titled: bool = False) -> str | None:
        best: tuple[int, str] | None = None
        for ent in self._by_surname.get(surname, ()):
            if best is None or ent.last_pos > best[0]:
                best = (ent.last_pos, ent.name)
        if best is not None:
            return best[1]
        first = self._by_titled_first.get(surname, [])
        if titled and len(first) == 1:
            # "Mr Lee Kuan Wei ... Mr Lee": a name written surname first, the title before
            # both mentions (Singaporean, Chinese, Korean, Vietnamese, Hungarian usage)
            return first[0].name
        # No run of the text that starts before ``floor`` gives a full name with this
        # surname (learnt by an earlier search; a fact about the text alone).
        floor = self._no_full_name.get(surname, 0)
        if pos <= floor:
            return None
        mention = ""
        inner: tuple[int, str, str] | None = None
        for start, name, raw in self._text_names_back(pos, surname, floor):
            if surname_of(name) == surname:
                best, mention = (start, name), raw
                break  # the latest such name
            if inner is None and inner_surname(name) == surname:
                inner = start, name, raw  # "Sosa" of "Inmaculada Sosa Lema"
        if best is None and inner is not None:
            best, mention = inner[:2], inner[2]
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
        if self._acronyms is None:
            # (an acronym is defined in parentheses: a text without one defines none,
            # and ``"(" in text`` costs far less than the search)
            self._acronyms = defined_acronyms(self._text) if "(" in self._text else {}
        name = self._acronyms.get(name, name)  # "Phivolcs" -> its name in full
        old = self._by_name.get(name)
        if old is None:
            ent = _Entity(name, entity, gender, tp, rule, mention, pos)
            self._entities.append(ent)
            self._by_name[name] = ent
            if entity == "person" and " " in name:
                self._by_surname.setdefault(surname_of(name), []).append(ent)
                inner = inner_surname(name)  # "Sosa" of "Inmaculada Sosa Lema"
                if inner is not None:
                    self._by_surname.setdefault(inner, []).append(ent)
                if mention.split(None, 1)[0].lower() in _HONORIFICS:
                    self._by_titled_first.setdefault(name.split()[0], []).append(ent)
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
        """The person named in the text before ``pos`` whom a pronoun of ``kind`` means:
        of the last 13 full names, the one mentioned last, by full name or surname alone
        ("President François Mitterrand. Additionally, Chirac was mayor ... He": Jacques
        Chirac), whose given name fits the pronoun, else the one mentioned last."""
        floor = max(0, pos - 3000, self._headline_end if pos >= self._headline_end else 0)
        named = []
        for k, got in enumerate(self._text_names_back(pos, floor=floor)):
            named.append(got)
            if k >= 12:
                break
        if len(named) > 1:
            text = self._text
            named.sort(
                key=lambda n: _last_word(text, _strip_possessive(surname_of(n[1])), n[0], pos),
                reverse=True,
            )
        for got in named:
            gender = _name_gender(got[1])
            if gender != "?" and (kind == "r" or gender == kind):
                return got
        return named[0] if named else None

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
                return self._salient_person(words, pos)
            after = at + len(role)
            if low[at - 1 : at].isalpha() or low[after : after + 1].isalpha():
                continue  # inside another word
            before = low[max(0, at - 12) : at].split()[-1:]
            if before and before[0] in _LESSER_ROLE and before[0] not in words.lower():
                continue  # "Deputy Governor Oleg Klimov" is not "the governor"
            break
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

    def _salient_person(self, words: str, pos: int) -> tuple[_Entity, str] | None:
        """The person a definite role mention whose role the text never gave before
        ("The Wooster professor added" after "said study co-author Karen Alley") names:
        the person source just before it (within 400 characters, with no other person
        named between) when that person's mention holds no other role, or shares a word
        with this one ("Foreign Secretary Marcelo Ebrard" ... "The foreign minister")."""
        last: _Entity | None = None
        for ent in self._entities:
            if ent.entity == "person" and ent.last_pos < pos:
                if last is None or ent.last_pos > last.last_pos:
                    last = ent
        if last is None or pos - last.last_pos > 400:
            return None
        for _start, name, _raw in self._text_names_back(pos, floor=last.last_pos):
            if name != last.name:
                return None  # another person named since
        mention = {w.lower() for w in last.mention.split()}
        mine = {w.lower() for w in words.split()} - {"the"}
        if mention & _ROLE_WORDS and not (mention & mine):
            return None  # "Senator Ruiz" ... "the governor": another role
        return last, last.mention

    # ------------------------------------------------------------- public

    def resolve(self, mention: str, pos: int) -> SourceInfo:
        """Describe the source ``mention`` found at offset ``pos`` (call in text order).

        The type is read off the whole mention (its appositive says the role); the
        name off its core (:func:`core_mention`).
        """
        return SourceInfo(*self._resolve(core_mention(mention), mention.strip(), pos))

    def resolve_fields(self, mention: str, pos: int) -> SourceFields:
        """:meth:`resolve`'s fields as a tuple (name, type, type_rule, entity,
        resolved_from), without the record (the attribution layer reads four of them)."""
        return self._resolve(core_mention(mention), mention.strip(), pos)

    def _relative_head(self, pos: int) -> SourceFields | None:
        """The source that a relative "who" at ``pos`` opens a clause of, when it is a
        phrase of a common noun right before it: "The victim's daughter, who asked ...",
        "A resident who requested anonymity" (not the person named last)."""
        m = _RELATIVE_HEAD.search(self._text, max(0, pos - 90), pos)
        if m is None:
            m = _NAME_BEFORE_WHO.search(self._text, max(0, pos - 60), pos)
            if m is None or _PREPOSITION_OR_COMMA_BEFORE.search(
                self._text, max(0, m.start() - 12), m.start()
            ):
                return None  # "the mayor of Springfield, who": the mayor's; "a gynecologist
                # from Englewood, New Jersey, who": the gynecologist's
            phrase = m.group(1)
            name, tp, rule, entity, _ = self._resolve(core_mention(phrase), phrase, m.start(1))
            if name is None or entity != "person":
                return None
            return name, tp, f"{rule} (relative 'who' of '{phrase}')", entity, phrase
        if _AFTER_NAME.search(
            self._text, max(0, m.start() - 60), m.start()
        ) or _PREPOSITION_BEFORE.search(self._text, max(0, m.start() - 12), m.start()):
            return None  # "Dan Golvach, a Texas voter who": the name's apposition
        phrase = m.group(1)
        name, tp, rule, entity, _ = self._resolve(core_mention(phrase), phrase, m.start(1))
        if name is None or entity == "pronoun":
            return None
        return name, tp, f"{rule} (relative 'who' of '{phrase}')", entity, phrase

    def _resolve(self, words: str, whole: str, pos: int) -> SourceFields:
        low = words.lower()
        if low == "who" and words == low:
            got = self._relative_head(pos)
            if got is not None:
                return got
        if low in _SUBJECT_PRONOUNS and not (len(words) > 1 and words.isupper()):
            # (not "WHO", "IT": an acronym in capitals)
            kind = _SUBJECT_PRONOUNS[low]
            ent = self._resolve_pronoun(kind, pos) if kind in "mfpnr" else None
            if ent is None:
                return None, "unknown", "pronoun_unresolved", "pronoun", None
            ent.last_pos = pos
            return (
                ent.name,
                ent.type,
                f"{ent.type_rule} (pronoun '{words}' resolved to '{ent.mention}')",
                "pronoun",
                ent.mention,
            )
        tp, rule = self._type(whole)
        tokens, gender, person = _parsed_mention(words)
        if tokens and tokens[-1].lower() in _ROLE_WORDS and tokens[0].lower() not in ("a", "an"):
            role_person = self._role_antecedent(words, pos)
            if role_person is not None:
                ent, raw = role_person
                return (
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
            and _word_type(person[0])[0] != "unknown"
        ):
            person = None  # "Eyewitnesses", "Officials": a capitalised common noun, no name
        if person is not None and not rule.endswith("country_or_capital"):
            name = " ".join(person)
            if len(person) > 1 and capital_particle(person[0]):
                # "Van der Merwe" opening a sentence: the surname of the latest "Pieter-Jan
                # van der Merwe"
                tail = " " + particle_lowered(name)
                owners = [e for e in self._by_surname.get(person[-1], ()) if e.name.endswith(tail)]
                if owners:
                    name = max(owners, key=lambda e: e.last_pos).name
            if len(person) == 1:
                titled = words.split(None, 1)[0].lower() in _HONORIFICS
                full = self._full_name_for(person[0], pos, titled)
                if full is not None:
                    name = full
            if gender == "?":
                gender = _name_gender(name)
            ent = self._remember(name, "person", gender, tp, rule, words, pos)
            if tp == "unknown" and ent.type != "unknown":
                return (
                    ent.name,
                    ent.type,
                    f"{ent.type_rule} (same person as '{ent.mention}')",
                    "person",
                    None,
                )
            return ent.name, tp, rule, "person", None
        name = _DETERMINERS.sub("", words)
        is_group = (
            bool(tokens)
            and tokens[-1].lower().endswith("s")
            and not any(t[:1].isupper() for t in tokens[1:])
        )
        ent = self._remember(name, "group" if is_group else "body", "?", tp, rule, words, pos)
        if tp == "unknown" and ent.type != "unknown":
            return (
                ent.name,
                ent.type,
                f"{ent.type_rule} (same as '{ent.mention}')",
                ent.entity,
                None,
            )
        return ent.name, tp, rule, ent.entity, None

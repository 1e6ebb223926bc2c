"""Gender evidence for a named person, from the article's own words only
(``data/gender_evidence.tsv``); the people themselves are found in :mod:`mediakit._people`.

* ``title``: a title right before the name ("Mr Ellery", "Dame Ann Leslie");
* ``noun_before``: a gendered noun right before the name ("spokeswoman Priya Nandra",
  "his wife, Jill Biden"), or heading a phrase that ends with the name
  ("A spokeswoman for Harwick General Hospital, Priya Nandra");
* ``apposition``: a gendered noun heading an apposition after the name ("Jo Bright, a
  mother of three,", "Tim Vale, the club's chairman,");
* ``pronoun``: a pronoun the article resolves to the person (:mod:`mediakit._gender_pronouns`).

Never from a first name, never from outside knowledge. When two pieces of evidence
disagree the gender is ``unknown`` (:func:`_gender`): a wrong gender is worse than none.
"""

from __future__ import annotations

import re
from functools import cache

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._names import given_names
from mediakit._spans import Span

#: Gender evidence rules, strongest first (the first found of the strongest is kept).
_RULE_ORDER = ("title", "noun_before", "apposition", "role_in_source", "pronoun")


@cache
def _evidence_words() -> tuple[dict[str, str], dict[str, str]]:
    titles: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for word, kind, gender in lexicons.rows("gender_evidence"):
        (titles if kind == "title" else nouns)[word] = gender
    return titles, nouns


_WORD_BEFORE = compile_pattern(r"([A-Za-z][\w’'\-]*)(\.?)(,?)\s+\Z")
#: A possessor before a kin or role noun, at most two lower-case words between ("his
#: wife, ", "her older brother, ", "the couple's elder son, ", "whose son, "): the
#: noun is then the name's after the comma.
_POSSESSOR_BEFORE = compile_pattern(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)|[\w\-]+['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}\Z"
)
_APPOSITION = compile_pattern(
    r",\s+(?:\d{1,3},\s+)?((?:[\w’'\-]+\s+){0,4}?)([a-z][\w\-]*)(?=\s*[,.;:)]|\s+(?:of|for|at|to|in|with|from|on)\b)"
)
#: An article and at most two words before a noun: "A Republican " of "A Republican
#: Assemblywoman, Jill Tolles" (a clause's start or a comma before the article).
_ARTICLE_PHRASE = compile_pattern(
    r"(?:^|(?<=[,;:(]\s)|(?<=\n))(?:[Aa]n?|[Tt]he)\s+(?:[\w’'\-]+\s+){0,2}\Z", re.MULTILINE
)
_CUE_AFTER = compile_pattern(r"\s+(?:said|says|told|added|wrote|noted|argued)\b")
_ROLE_PHRASE = compile_pattern(r"\b([a-z]+)\s+(?:for|of|at|with|to)\s+[^,.;:\n]{1,70},\s+\Z")
#: Capitalised words that may stand in an apposition before its noun: an acronym
#: ("RNC", "GOP") or a party's word ("Republican", "Democratic", "Labour").
_MODIFIER = compile_pattern(
    r"[A-Z]{2,6}|Republican|Democratic|Democrat|Labour|Conservative|Liberal|Independent"
)
_NOT_APPOSITION = frozenset(
    """who whose which that where when said says and or but if as with of for at to in on
    from by after before about like through via per including during under over among
    within without despite amid unlike against toward towards into upon behind beside
    between beyond near across along around""".split()
)  # (a preposition opens an adverbial, no apposition: "Schilling, through a spokeswoman,")

#: Words that, after an apposition's first word, show a clause instead: a possessive
#: pronoun or an auxiliary ("Fatma Hanım, had lost her husband": no husband is she).
_CLAUSE_WORDS = frozenset(
    """his her their its our my your had has have was were is are been being will would
    could can did does do not never""".split()
)

_WORD_CHARS_TOO = frozenset("_’'-")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_before(text: str, start: int) -> tuple[int, str, bool, bool] | None:
    """What ``_WORD_BEFORE.search(text, max(0, start - 40), start)`` finds, read
    backwards from ``start`` without the regex engine (which tries each of the 40
    positions in turn): the word's start, the word, and whether a stop and a comma follow
    it; or None.  ``tests/test_people_fast.py`` ties the two."""
    lo = max(0, start - 40)
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == start:
        return None
    k = j
    comma = k > lo and text[k - 1] == ","
    k -= comma
    stop = k > lo and text[k - 1] == "."
    k -= stop
    i = k
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS_TOO):
        i -= 1
    while i < k and text[i] not in _ASCII_LETTERS:
        i += 1
    if i == k:
        return None
    return i, text[i:k], stop, comma


def _title_evidence(text: str, start: int, end: int) -> tuple[str, str, Span] | None:
    titles, nouns = _evidence_words()
    got = _word_before(text, start)
    if got is None:
        return None
    at, word, stop, comma = got
    low = word.lower()
    if "-of-" in low and low.partition("-of-")[0] in nouns:
        low = low.partition("-of-")[0]  # "Mother-of-two Kerry Walsh": a mother
    elif low.endswith("-in-law") and low[:-7] in nouns:
        low = low[:-7]  # "Her brother-in-law, Tony Farrugia": a brother
    if low not in nouns and low not in titles and (low + ".") not in titles:
        r = None if not comma else _role_phrase(text, start)  # (it ends ", ")
    elif (not comma and low in titles and word[:1].isupper() and not stop) or (
        stop and (low + ".") in titles and not comma
    ):
        return (titles.get(low) or titles[low + "."]), "title", Span.of(text, at, end)
    elif low in nouns and not stop and not word.endswith(("'s", "’s")):
        # (a full stop after the noun ends its sentence: "a risk to the woman.  Fernández
        # said" is no woman called Fernández)
        if comma:  # "his wife, Jill Biden": a comma only after a possessor
            if not _possessor_before(text, at):
                # or an article opening the noun's phrase: "A Republican Assemblywoman,
                # Jill Tolles" (no given name between: "the Ann Smith spokesman, ...")
                art = _ARTICLE_PHRASE.search(text, max(0, at - 40), at)
                if (
                    art is None
                    or any(given_names().get(w) for w in art.group().split())
                    or _CUE_AFTER.match(text, end)
                ):
                    return None  # (nor "The spokesman, Ann Smith said, was ...")
        return nouns[low], "noun_before", Span.of(text, at, end)
    else:
        r = _role_phrase(text, start)
    if r is not None and r.group(1) in nouns:
        between = text[r.end(1) : start]
        if not any(given_names().get(w) for w in re.findall(r"[A-Z][\w’'\-]*", between)):
            return nouns[r.group(1)], "noun_before", Span.of(text, r.start(1), end)
    return None


_NAME_COMMA = compile_pattern(r"[A-Z][\w’'\-]*\s+[A-Z][\w’'\-]*,\s+\Z")


def _possessor_before(text: str, at: int) -> bool:
    """A possessor opens the phrase of the noun at ``at`` (:data:`_POSSESSOR_BEFORE`), and
    a noun's possessive opens no apposition to a name of two capitalised words: in "Sadie
    Weiner, Hagan's former spokeswoman, Hagan died" the spokeswoman is Weiner, not Hagan
    (but "In the stands, Tillman's mother, Angela Tillman,"; and a pronoun's may: "Aisha
    Nakato, whose son, Ibrahim Ssali,")."""
    m = _POSSESSOR_BEFORE.search(text, max(0, at - 50), at)
    if m is None:
        return False
    noun = m.group().split(None, 1)[0].endswith(("'s", "’s"))
    return not noun or _NAME_COMMA.search(text, max(0, m.start() - 60), m.start()) is None


def _role_phrase(text: str, start: int) -> re.Match[str] | None:
    """``_ROLE_PHRASE.search(text, max(0, start - 110), start)``, not run unless the text
    before ``start`` ends in a comma and white space, as every match does (most names
    follow no comma: one search in four is run on the Wikinews articles)."""
    window = text[max(0, start - 110) : start]
    if not window[-1:].isspace() or window.rstrip()[-1:] != ",":
        return None
    return _ROLE_PHRASE.search(text, max(0, start - 110), start)


def _apposition_evidence(text: str, end: int) -> tuple[str, str, Span] | None:
    _titles, nouns = _evidence_words()
    m = _APPOSITION.match(text, end, min(len(text), end + 80))
    if m is None or m.group(2) not in nouns:
        return None
    between = m.group(1).split()
    article = bool(between) and between[0].lower() in ("a", "an", "the")
    named = [w for w in between[1:] if w[:1].isupper() and not _MODIFIER.fullmatch(w)]
    if (
        any(w.lower() in _NOT_APPOSITION for w in between)
        or any(w.lower() in _CLAUSE_WORDS for w in between[1:])
        or (named and not (article and len(named) == 1 and _body_word(named[0])))
    ):
        return None  # (an acronym or a party may modify the noun: "an RNC committeewoman";
        # after an article also one word of a body's name that is no given name: "a Tinder
        # spokeswoman", "a Cuellar campaign spokesman"; not two: "a Ford Motor spokesman")
    if (
        between
        and between[0][:1].isupper()
        and between[0].lower() not in ("a", "an", "the", "his", "her")
    ):
        return None
    at = m.start(1) if m.group(1) else m.start(2)
    return nouns[m.group(2)], "apposition", Span.of(text, at, m.end())


#: A phrase opening its sentence about the subject's own words, with his or her ("In her
#: opening address, ", "During his testimony to the committee, "), then the subject's
#: name (a title may open it) and its verb: the possessive is the subject's.
_OWN_WORDS_OPENING = compile_pattern(
    r"(?:^|(?<=[.!?\n])[\"”’]?\s+|(?<=\n))(?:In|During|Throughout|Opening|Closing|Concluding)"
    r"\s+([Hh]is|[Hh]er)\s+(?:[a-z][\w\-]*\s+){0,2}(?:address|speech|remarks|statement"
    r"|testimony|ruling|judgment|judgement|submissions?|evidence|letter|sermon|lecture"
    r"|interview|reply|response|keynote|column|affidavit|verdict|arguments?|presentation"
    r"|summation|decision|dissent|opinion|memoir|announcement|briefing|post|message)"
    r"(?:\s+(?:to|before|at|on)\s+[^,.;:\n]{1,60})?,\s+(?:[A-Z][\w.’'\-]*\s+){0,2}\Z",
    re.MULTILINE,
)
_VERB_AFTER = compile_pattern(r"\s+(?:[a-z]+ly\s+)?[a-z]+\b")


def _own_words_evidence(text: str, start: int, end: int) -> tuple[str, str, Span] | None:
    """The pronoun of a phrase about the subject's own words that opens the sentence,
    when the mention at ``start`` is that subject ("In her opening address, Advocate
    Zanele Ntuli told the court"): no one else's address is the subject's to open.
    Another capitalised word between the comma and the mention must be a title, so
    the mention opens the subject's name."""
    if text.rfind(",", max(0, start - 30), start) < 0:
        return None  # (every match ends in a comma and at most two words: most mentions
        # follow none, and are not searched)
    m = _OWN_WORDS_OPENING.search(text, max(0, start - 140), start)
    if m is None or _VERB_AFTER.match(text, end) is None:
        return None
    gender = "male" if m.group(1).lower() == "his" else "female"
    return gender, "pronoun", Span.of(text, m.start(1), m.end(1))


#: A name given as someone's own, right before it: "who gave her name only as", "gave only
#: his first name,", "identified herself as". The possessive or reflexive is the named
#: person's, whoever gives the name.
_OWN_NAME_BEFORE = compile_pattern(
    r"\b(?:gave|giving|gives|give|offered|provided)\s+(?:only\s+)?(his|her)\s+"
    r"(?:(?:first|full|last|given|real)\s+)?name(?:\s+only)?(?:\s+as)?(?:\s+only)?,?\s+\Z"
    r"|\bidentified\s+(himself|herself)\s+(?:only\s+)?as\s+\Z",
    re.IGNORECASE,
)


def _own_name_evidence(text: str, start: int) -> tuple[str, str, Span] | None:
    """The his, her, himself or herself of a name given as the person's own, right before
    the mention at ``start`` ("A pensioner who gave her name only as Galina Ivanovna",
    "identified himself as")."""
    lo = max(0, start - 60)
    if text.rfind("name", lo, start) < 0 and text.rfind("identified", lo, start) < 0:
        return None  # (most mentions follow neither word, and are not searched)
    m = _OWN_NAME_BEFORE.search(text, lo, start)
    if m is None:
        return None
    g = m.lastindex or 1
    gender = "male" if m.group(g).lower() in ("his", "himself") else "female"
    return gender, "pronoun", Span.of(text, m.start(g), m.end(g))


def mention_evidence(text: str, start: int, end: int) -> list[tuple[int, str, str, Span]]:
    """The evidence of the words around one mention ``text[start:end]``: a title or noun
    before it, an apposition after it, the pronoun of a phrase about the subject's own
    words that opens the sentence; each as ``(rank, gender, rule, span)``."""
    out = []
    for got in (
        _title_evidence(text, start, end),
        _apposition_evidence(text, end),
        _own_words_evidence(text, start, end),
        _own_name_evidence(text, start),
    ):
        if got is not None:
            out.append((_RULE_ORDER.index(got[1]), *got))
    return out


def _body_word(word: str) -> bool:
    """A capitalised word that may name the body a role noun is of ("Tinder", "Google",
    "State"), not a given name ("a John Smith supporter" is no apposition of the name)."""
    return word[1:].islower() and word.isalpha() and word not in given_names()


def _gender(evidence: list[tuple[int, str, str, Span]]) -> tuple[str, str | None, Span | None]:
    if not evidence:
        return "unknown", None, None
    if len({g for _r, g, _n, _s in evidence}) > 1:
        return "unknown", "conflicting_evidence", None
    _rank, gender, rule, span = min(evidence, key=lambda e: (e[0], e[3].start))
    return gender, rule, span

"""People named short: by one word after a kinship noun or a plural title ("her sister
Victoria", "Presidents Reagan and ..."), by a first given name before another's surname
("Robert and Rebekah Mercer"), or with a nickname in quotation marks inside the name
('Captain Tom "Tank" Greaves'): drafts for :func:`mediakit._people._drafts`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mediakit._compiled import compile_pattern
from mediakit._names import given_names
from mediakit._people_context import (
    _IDENTIFIED_AS,
    _NAMED_ONLY_AS,
    person_context,
    person_noun_words,
    role_nouns,
)
from mediakit._people_merge import _Draft, occurrences
from mediakit._people_names import _unpossessive
from mediakit._people_words import (
    _BEFORE_NAME,
    _NOT_IN_FULL_NAME,
    _NOT_NAME_START,
    _PERSON_TITLES,
    _UPPER,
    _name_word,
    looks_like_full_name,
)

__all__ = [
    "_aged_names",
    "_identified_names",
    "_initials_drafts",
    "_kin_names",
    "_nicknamed_drafts",
    "_one_word_drafts",
    "speaker_run",
]

#: A capitalised word right before a point (also read by :mod:`mediakit._people`).
_WORD_BEFORE = compile_pattern(rf"([{_UPPER}][\w’'\-]*)[ \t\xa0]+\Z")


#: Kinship nouns and plural titles before a person named by one word ("her sister
#: Victoria", "daughter Ivanka", "Presidents Reagan and George W. Bush").
_KIN_WORDS = (
    "daughter son wife husband sister brother mother father widow widower niece nephew "
    "granddaughter grandson mum mom dad grandmother grandfather aunt uncle cousin "
    "stepson stepdaughter fiancé fiancée Presidents Senators Sens. Govs. Reps."
).split()  # (mum ... fiancée: a fifth probe of other newsrooms, "Kerry's mum Linda, 63")
#: White space (or a comma and white space: "Schilling's son, Grant,"), then one
#: capitalised word that no other follows.
_ONE_NAME = compile_pattern(
    rf",?[ \t\xa0]+([{_UPPER}][a-z]+)(?![\w’'\-]|[ \t\xa0]+[{_UPPER}]|,?[ \t\xa0]+[{_UPPER}])"
)
#: The plain form of :func:`_kin_names` (``tests/test_people_classes.py`` ties the two).
_KIN_THEN_NAME = compile_pattern(
    r"(?<![\w])(?:" + "|".join(re.escape(w) for w in _KIN_WORDS) + r")" + _ONE_NAME.pattern
)
#: Two given names and a surname: "Robert and Rebekah Mercer" names Robert Mercer too.
#: Found from " and " (a literal the engine skips to: 20x faster on the Wikinews
#: articles than a pattern that starts at the first name) and the word before it.
_AND_THEN = compile_pattern(rf" and ([{_UPPER}][a-z’'\-]+) ([{_UPPER}][\w’'\-]+)")
_FIRST_BEFORE = compile_pattern(rf"(?<![\w’'\-])([{_UPPER}][a-z’'\-]+)\Z")


def _kin_names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``_KIN_THEN_NAME``'s word in ``text[lo:hi]``, found by looking for
    each kinship word with ``str.find`` (about 3x faster than the alternation on the
    Wikinews and PolNeAR dev articles: the engine has no literal to skip to)."""
    out = []
    for w in _KIN_WORDS:
        i = text.find(w, lo, hi)
        while i >= 0:
            j = i + len(w)
            if not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
                m = _ONE_NAME.match(text, j, hi)
                if m is not None:
                    out.append(m.span(1))
            i = text.find(w, j, hi)
    return sorted(out)


def _identified_names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of one capitalised word after "identified (only) as", "who gave her name
    only as", "known only as" ("A fisherman who asked to be identified only as Pita") or
    "gave only her first name," ("A woman who gave only her first name, Rosa,"): a person
    who goes by one name here.  Found from each " as " and " name, " (``str.find``)."""
    out = []
    i = text.find(" as ", lo, hi)
    while i >= 0:
        if _NAMED_ONLY_AS.search(text, max(lo, i - 12), i + 4) and _IDENTIFIED_AS.search(
            text, max(lo, i - 40), i + 4
        ):
            m = _ONE_NAME.match(text, i + 3, hi)
            if m is not None:
                out.append(m.span(1))
        i = text.find(" as ", i + 3, hi)
    i = text.find(" name, ", lo, hi)
    while i >= 0:
        if _FIRST_NAME_ONLY.search(text, max(lo, i - 30), i + 5):
            m = _ONE_NAME.match(text, i + 6, hi)
            if m is not None:
                out.append(m.span(1))
        i = text.find(" name, ", i + 6, hi)
    return sorted(out)


#: "gave only her first name, Rosa": a person named by one word after the comma.
_FIRST_NAME_ONLY = compile_pattern(
    r"\b(?:gave|give|gives|giving|by|use|used|using)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first|given)\s+name\Z"
)


#: An age in apposition: ", 34," (a literal comma first, for the engine to skip to).
_AGE_COMMA = compile_pattern(r",[ \t\xa0]+\d{1,3},(?![ \t\xa0]*\d)")  # (not "Sept, 26, 2014")
#: A preposition or "the" before a word: "in Kenya, 34, people died", "in the
#: Philippines, 79," name no person.
_PLACE_PREPOSITION = compile_pattern(r"\b(?:the|in|at|from|to|of|for|on|near|by)[ \t\xa0]+\Z")
_ONE_WORD_BEFORE = compile_pattern(rf"(?<![\w’'\-.])([{_UPPER}][a-z’'\-]+)\Z")


def _aged_names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of one capitalised word, no other capitalised word before it, with an
    age in apposition: "Maria, 34, who asked that her last name not be published": a
    person who goes by one name in the article."""
    out = []
    for m in _AGE_COMMA.finditer(text, lo, hi):
        w = _ONE_WORD_BEFORE.search(text, max(lo, m.start() - 30), m.start())
        if (
            w is not None
            and not _WORD_BEFORE.search(text, max(lo, w.start() - 30), w.start())
            and not _PLACE_PREPOSITION.search(text, max(lo, w.start() - 8), w.start())
        ):
            out.append(w.span(1))
    return out


def _alone(
    text: str, word: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of ``word`` in the body with no capitalised word right before or after."""
    out = []
    for a in occurrences(text, word, lo, hi):
        b = a + len(word)
        if skip and any(x <= a < y for x, y in skip):
            continue
        if _WORD_BEFORE.search(text, max(lo, a - 30), a) or _CAPITAL_AFTER.match(text, b, b + 4):
            continue
        out.append((a, b))
    return out


_CAPITAL_AFTER = compile_pattern(rf"[ \t\xa0]+[{_UPPER}]")


def _one_word_drafts(
    text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]], out: dict[str, _Draft]
) -> None:
    """Add to ``out`` the people named by one word after a kinship noun or a plural
    title, as someone "identified only as", or with an age ("Maria, 34,") (titled: they
    join the one full name that ends or starts with the word), and
    the first of two given names before a surname whose second is a person of ``out``."""
    kin = _kin_names(text, lo, hi)
    alone = _identified_names(text, lo, hi) + _aged_names(text, lo, hi)
    for k, (a, b) in enumerate(kin + alone):
        word = text[a:b]
        if (skip and any(x <= a < y for x, y in skip)) or not _name_word(word):
            continue
        if word.lower() in _NOT_IN_FULL_NAME or word.lower() in _BEFORE_NAME:
            continue
        d = out.setdefault(word, _Draft(word, [], True))
        d.titled = True
        if k < len(kin):
            d.spans.append((a, b))
        elif not d.spans:
            # one name all through ("Maria, 34, ... Maria testified"): each time the word
            # stands alone, no capitalised word beside it, is a mention
            d.spans.extend(_alone(text, word, lo, hi, skip))
    surnames = {k.split()[-1] for k in out}
    given = {k.split()[0] for k in out if " " in k}
    for m in _AND_THEN.finditer(text, lo, hi):
        f = _FIRST_BEFORE.search(text, max(lo, m.start() - 30), m.start())
        if f is None:
            continue
        first, second, surname = f.group(1), m.group(1), m.group(2)
        if f"{second} {surname}" not in out or first not in given_names() or first in surnames:
            continue  # "Ben Carson and Chris Christie": Carson is a surname
        if first in given:
            continue  # "Hillary and Tim Kaine" after "Hillary Clinton"
        if _WORD_BEFORE.search(text, max(lo, f.start() - 30), f.start()):
            continue  # "Rand Paul and Carly Fiorina"
        if skip and any(a <= f.start() < b for a, b in skip):
            continue
        key = f"{first} {surname}"
        out.setdefault(key, _Draft(key, [])).spans.append(f.span(1))


#: A nickname in quotation marks inside a name: 'Captain Tom "Tank" Greaves', "Andre
#: 'Bigga' Campbell", 'Guadalupe "Lupe" Salcedo Rivas' (groups: given name, surnames).
_NICKNAMED = compile_pattern(
    r"\b([A-Z][\w’'\-]+)[ \t]+[\"“‘'][A-Z][\w’'\-. ]{0,20}?[\"”’'][ \t]+"
    r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?)"
)


#: What opens a nickname: a space and a quotation mark (found with ``str.find``).
_NICK_OPENERS = (' "', " “", " ‘", " '")


def nicknamed_runs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of ``_NICKNAMED`` in ``text[lo:hi]``, in text order, found from the
    places where a space and a quotation mark stand (``str.find``, a literal search) and
    the word before them: about 10x faster on the Wikinews articles than ``finditer``,
    whose pattern opens with a character class the engine tries at every position.
    ``tests/test_newsroom_sources.py`` ties the two (one space before the mark, as the
    pattern's matches nearly always have)."""
    found = []
    for opener in _NICK_OPENERS:
        i = text.find(opener, lo, hi)
        while i >= 0:
            w = i
            while w > lo and (text[w - 1].isalnum() or text[w - 1] in "’'-"):
                w -= 1
            if w < i and (w == 0 or not text[w - 1].isalnum()):
                m = _NICKNAMED.match(text, w, hi)
                if m is not None:
                    found.append(m)
            i = text.find(opener, i + 2, hi)
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:  # (finditer's matches do not overlap)
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _nicknamed_drafts(
    text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]], out: dict[str, _Draft]
) -> None:
    """Add to ``out`` the people named with a nickname in quotation marks between a
    listed given name and the surname: the name is the two without the nickname, and
    the mention the whole run ('Dwight "Speedy" Alleyne' is Dwight Alleyne)."""
    names = given_names()
    for m in nicknamed_runs(text, lo, hi):
        if any(a <= m.start() < b for a, b in skip):
            continue
        if m.group(1) not in names and not _role_before(text, lo, m.start()):
            continue  # (a listed given name, or a role before: 'Sophomore Cam "Deuce"
            # Whitfield'; not 'Clinton "Crooked" Hillary')
        surnames = m.group(2).split()
        if len(surnames) == 2 and not looks_like_full_name(m.group(2)):
            surnames = surnames[:1]  # 'Jesús "Chucho" Morales Double' is no surname
        name = " ".join([m.group(1), *surnames])
        if not looks_like_full_name(name):
            continue
        d = out.get(name)
        if d is None:
            d = out[name] = _Draft(name, [])
        end = m.start(2) + len(" ".join(surnames))
        d.spans.append((m.start(1), end))


def _role_before(text: str, lo: int, at: int) -> bool:
    """A role or person noun or a person's title right before ``at`` ("Senior guard ",
    "Sophomore ", "Sen. ")."""
    m = _WORD_BEFORE_ANY.search(text, max(lo, at - 30), at)
    if m is None:
        return False
    low = m.group(1).lower()
    if low in role_nouns() or low in person_noun_words():
        return True
    # an abbreviated title or an honorific ("Sen. ", "Mr "), not a word that may open a
    # headline's run ('Retired General Reveals ‘Demoralizing’ Experience')
    return (low.endswith(".") and low in _PERSON_TITLES) or low in _HONORIFIC_TITLES


_HONORIFIC_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "mx"})


#: A name of initials and one or two capitalised words at a position where an initial
#: stands: "N. Sethuraman", "M.K. Selvaraj", "R. S. Thangadurai" (South Indian, Sri
#: Lankan and Malaysian usage); groups: the initials, the surname(s).
_INITIALS_NAME = compile_pattern(
    r"((?:[A-Z]\.[ \t]?){1,3})[ \t]*([A-Z][a-z][\w’'\-]+(?:[ \t]+[A-Z][a-z][\w’'\-]+)?)\b"
)


#: Two or three initials without full stops and a surname: "S R Patil", "V G Kale" (as
#: Indian papers write them); groups as in :data:`_INITIALS_NAME`.
_BARE_INITIALS_NAME = compile_pattern(
    r"(?<![\w.’'\-])((?:[A-Z][ \t]){2,3})([A-Z][a-z][\w’'\-]+(?:[ \t]+[A-Z][a-z][\w’'\-]+)?)\b"
)

#: Where a match of :data:`_BARE_INITIALS_NAME` may start: found first, as a pattern that
#: opens with a look-behind is tried at every position (five times the time on the
#: Wikinews texts); ``tests/test_people_fast.py`` ties the two.
_TWO_CAPITALS = compile_pattern(r"[A-Z][ \t][A-Z][ \t]")


def initials_runs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of ``_INITIALS_NAME`` in ``text[lo:hi]`` that start at an initial (a
    capital letter and a full stop, no word character or full stop before it), found
    from the full stops (``str.find``), and of :data:`_BARE_INITIALS_NAME`; in text
    order, not overlapping."""
    out = _dotted_runs(text, lo, hi)
    bare = _bare_runs(text, lo, hi)
    if not bare:
        return out
    both = sorted([*out, *bare], key=lambda m: m.start())
    out = []
    for m in both:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _bare_runs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``list(_BARE_INITIALS_NAME.finditer(text, lo, hi))``, tried only where two capitals
    and white space after each start (:data:`_TWO_CAPITALS`), as every match does."""
    out: list[re.Match[str]] = []
    pos = lo
    while (c := _TWO_CAPITALS.search(text, pos, hi)) is not None:
        m = _BARE_INITIALS_NAME.match(text, c.start(), hi)
        if m is not None:
            out.append(m)
        pos = c.start() + 1 if m is None else m.end()
    return out


def _dotted_runs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of ``_INITIALS_NAME`` of :func:`initials_runs`."""
    out: list[re.Match[str]] = []
    i = text.find(".", lo + 1, hi)
    while i >= 0:
        a = i - 1
        if text[a].isupper() and (a == 0 or not (text[a - 1].isalnum() or text[a - 1] == ".")):
            if not out or a >= out[-1].end():
                m = _INITIALS_NAME.match(text, a, hi)
                if m is not None:
                    out.append(m)
        i = text.find(".", i + 1, hi)
    return out


def _initials_drafts(
    text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]], out: dict[str, _Draft]
) -> None:
    """Add to ``out`` the people named by initials and a surname ("N. Sethuraman") where
    the words around say a person: a title or role before ("Justices N. Sethuraman",
    "Advocate General S. Ravichandran"), a role in apposition or an age after ("S.
    Anbarasan, president of", "the late T. Gopalakrishnan, a veteran of"), or "and"
    after one such name ("... and P. Vasanthi")."""
    last_end = -10
    for m in initials_runs(text, lo, hi):
        if any(a <= m.start() < b for a, b in skip):
            continue
        before = _WORD_BEFORE_ANY.search(text, max(lo, m.start() - 30), m.start())
        titled = _titled(text, lo, m.start())
        if before is not None and before.group(1)[:1].isupper() and not titled:
            continue  # a middle initial: "Donald J. Trump", "Raúl M. Grijalva"
        surnames = m.group(2).split()
        surnames[-1] = _unpossessive(surnames[-1])  # ("J.K. Rowling’s")
        if len(surnames) > 1 and " ".join(surnames) in out:
            continue  # "J. Joe Ricketts": "Joe Ricketts" is found already
        name = " ".join([*m.group(1).split(), *surnames])
        if name in out:
            continue  # (found already, by a title before it)
        if not looks_like_full_name(name) or any(w.lower() in _NOT_IN_FULL_NAME for w in surnames):
            continue
        joined = text[last_end : m.start()] in (" and ", ", ")
        if not (
            joined
            or titled
            or person_context(text, m.start(), m.end())
            or _titled_later(text, m.end(), hi, surnames[-1])
        ):
            continue
        d = out.get(name)
        if d is None:
            d = out[name] = _Draft(name, [], True)
        d.spans.append((m.start(), m.start(2) + len(" ".join(surnames))))
        last_end = m.end()


def _titled(text: str, lo: int, at: int) -> bool:
    """A title (singular or plural) or a role noun right before ``at`` ("Justices ",
    "Advocate General ", "Dr. ")."""
    m = _WORD_BEFORE_ANY.search(text, max(lo, at - 30), at)
    if m is None:
        return False
    w = m.group(1).lower()
    return (
        w in _PERSON_TITLES
        or w.rstrip("s") in _PERSON_TITLES
        or w in role_nouns()
        or w in ("general", "late")
    )


_WORD_BEFORE_ANY = compile_pattern(r"(\w[\w’'\-]*\.?)[ \t]+\Z")


def _titled_later(text: str, lo: int, hi: int, surname: str) -> bool:
    """The surname stands after a title later in ``text[lo:hi]`` ("Mr. Anbarasan")."""
    return any(
        text.find(f"{title} {surname}", lo, hi) >= 0
        for title in ("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.")
    )


#: A run of two to four capitalised words on one line (a name's words: "Inmaculada Sosa
#: Lema", "Đoàn Minh Tâm"), for :func:`speaker_run`.
_NAME_WORDS_RUN = compile_pattern(rf"[{_UPPER}][\w’'\-]+(?:[ \t\xa0]+[{_UPPER}][\w’'\-]+){{1,3}}")


def speaker_run(
    text: str, name: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]] | None:
    """The full name that a speaker of one word (``name``, a source's: "says Sosa")
    shortens: the one run of two to four capitalised words of the body (``lo``..``hi``,
    boilerplate ``skip`` left out) that holds ``name`` after its first word, whose words
    are all words of a name (no title, body, place or month: "Inmaculada Sosa Lema",
    not "the Sosa Pharmacy"), that stands after no "the" and is the first mention of
    ``name``; with its spans.  A surname-first name ("Đoàn Minh Tâm", "Tâm") and the
    first of two surnames ("Cruz Medina Ortiz", "Medina") are found so, whatever the
    given names."""
    first = next(
        (a for a in occurrences(text, name, lo, hi) if not any(x <= a < y for x, y in skip)),
        None,
    )
    if first is None:
        return None
    line = text.rfind("\n", lo, first) + 1
    for m in _NAME_WORDS_RUN.finditer(text, max(line, first - 60), min(hi, first + 80)):
        if not m.start() < first < m.end():
            continue
        words = [_unpossessive(w) for w in m.group().split()]
        if (
            name in words[1:]
            and text[max(0, m.start() - 4) : m.start()].lower() != "the "
            and all(
                _name_word(w)
                and w.lower() not in _BEFORE_NAME
                and w.lower() not in _NOT_IN_FULL_NAME
                and w.lower() not in _NOT_NAME_START
                for w in words
            )
        ):
            full = " ".join(words)
            at = m.start()
            return full, [(a, a + len(full)) for a in occurrences(text, full, at, hi)]
    return None

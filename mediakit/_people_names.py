"""The person name in a capitalised run of words (for :mod:`mediakit._people`): the
words that name someone, once a headline's verbs, an outlet's or owner's possessive
and the titles before the name are cut off, and whether a title named them."""

from __future__ import annotations

from functools import lru_cache

from mediakit._compiled import compile_pattern
from mediakit._names import (
    _HONORIFICS,
    body_of_nation,
    family_name_first,
    given_names,
    surname_first,
)
from mediakit._people_context import OUTLET, role_nouns
from mediakit._people_words import (
    _BEFORE_NAME,
    _INNER_TITLES,
    _NAME_ENDS_BEFORE,
    _NOT_IN_FULL_NAME,
    _NOT_IN_NAME,
    _PERSON_TITLES,
    _POSSESSIVE_ENDS,
    _SURNAME_TITLES,
    _THING_GIVEN,
    _WEAK_PLACE_WORDS,
    _WEEKDAYS,
    _name_word,
    body_ending,
    looks_like_full_name,
)

#: A person's name as words, and whether a title opened it.
_Name = tuple[tuple[str, ...], bool]


def _name_of(raw: str, *, role: bool = False) -> tuple[list[str], bool] | None:
    """The person name in a capitalised run, and whether a title opened it; or None.

    ``role``: the words around the run say it is a person ("22-year-old Rangoli Patil",
    "Jalal Saifur Rahman, a director of ..."), so no listed given name is needed."""
    name, titled, role_in_run = _name_start(raw)
    picked = _picked(name, titled, role or role_in_run)
    return None if picked is None else _checked(*picked)


def _name_start(raw: str) -> tuple[list[str], bool, bool]:
    """The words of a run that may name someone (a headline's verbs, an outlet's or an
    owner's possessive and the titles before a name cut off), whether a title opened
    it, and whether a role word of the run says it is a person."""
    tokens = raw.split()
    while len(tokens) > 2 and tokens[-1].rstrip(",.") in _POSTNOMINALS:
        tokens.pop()  # "Jonathan Whitcombe KC": letters after the name, not of it
    if not _NAME_ENDS_BEFORE.isdisjoint(tokens[1:]):
        cut = next(i for i, t in enumerate(tokens) if i and t in _NAME_ENDS_BEFORE)
        tokens = tokens[:cut]  # "Hillary Clinton Was Headed ...": a headline's words
    owner = None
    if "'" in raw or "’" in raw:
        owner = next(
            (i for i in range(len(tokens) - 2, -1, -1) if tokens[i].endswith(_POSSESSIVE_ENDS)),
            None,
        )
    if owner is not None and OUTLET.fullmatch(" ".join(tokens[: owner + 1])):
        tokens = tokens[owner + 1 :]  # "NBC's Lester Holt": an outlet's person
    elif owner is not None and not any(
        t in given_names() or t.lower() in _PERSON_TITLES for t in tokens[owner + 1 :]
    ):
        # "Hillary Clinton's Contributors": the owner's name
        tokens = [*tokens[:owner], _unpossessive(tokens[owner])]
    titled = False
    k = 0
    while k < len(tokens):
        low = tokens[k].lower()
        if low in _BEFORE_NAME:
            titled = titled or low in _PERSON_TITLES
        elif "-" in low and _inner_title(low):
            titled = True  # "Vice-President Kashim Shettima"
        elif (low, tokens[k + 1].lower() if k + 1 < len(tokens) else "") in _TWO_WORD_TITLES:
            titled = True  # "Tan Sri Muhyiddin Yassin"
            k += 1
        elif k and (tokens[k - 1].lower(), low) in _TITLE_SECOND_WORDS:
            pass  # "Chief Executive Dana Whitfield": the title's second word
        else:
            break
        k += 1
    if (
        titled
        and 0 < k < len(tokens)
        and tokens[k - 1].lower() not in _HONORIFICS
        and tokens[-1].lower() in role_nouns()
    ):
        return [], False, False  # "Chief Engineer", "Chief Medical Examiner": a role
    if (
        0 < k
        and tokens[k - 1].lower() in _FULL_NAME_TITLES
        and (len(tokens) - k < 2 or any(t.endswith(_POSSESSIVE_ENDS) for t in tokens[k:]))
    ):
        return [], False, False  # "Uncle Sam", "Uncle John's Band", "TD Ameritrade"
    role = False
    if k == 0 and len(tokens) > 2 and tokens[0].lower() in role_nouns():
        k, role = 1, True  # "Actor Denzel Washington" at the start of a sentence
    elif 0 < k < len(tokens) - 1 and not titled and tokens[k - 1].lower() in role_nouns():
        role = True  # "Reporter Jomana Karadsheh": a role word of the run, no title
    return tokens[k:], titled, role


def _picked(name: list[str], titled: bool, role: bool) -> tuple[list[str], bool] | None:
    """The words of ``name`` (from :func:`_name_start`) that name the person, and whether
    a title names them, as ``role`` (a person, whatever the given names) decides; or
    None."""
    names = given_names()
    if (
        not titled
        and len(name) >= 2
        and surname_first(" ".join(name[-2:]))
        and not any(t in names for t in name[:-2])  # (but "Yolanda Yu Hoi-kwan")
    ):
        # "Chan Siu-ming", "Logistics Wong Tsz-hin", "Moon Jae-in": a Hong Kong or Korean
        # name, surname first, ends the run
        return name[-2:], False
    pair = next(
        (
            i
            for i in range(1, len(name) - 2)
            if (name[i].lower(), name[i + 1].lower()) in _TWO_WORD_TITLES
        ),
        None,
    )
    if pair is not None:
        # "Government Tan Sri Mokhtar Hashim": a Malaysian title of two words inside the
        # run opens the name
        name, titled = name[pair + 2 :], True
    for k in range(len(name) - 2):
        if family_name_first(name[k:]) and all(_inner_title(t) for t in name[:k]):
            # "Tan Wei Ming", "Transport Minister Tran Hong Ha": family name first, kept
            # whole (not cut at a listed given name, "Wei Ming")
            return name[k:], titled or k > 0
    first = next((i for i, t in enumerate(name) if t in names), None)
    if first is not None and (
        len(name) - first > 4 or any(t.lower() in _NOT_IN_FULL_NAME for t in name[first:])
    ):
        # "St Elizabeth South Western Marlon Ebanks-Whyte": a place's given name, then
        # the person's; the last listed given name with a word after it opens the name
        first = max((i for i, t in enumerate(name[:-1]) if t in names), default=first)
    if not titled and first is not None and first >= 2:
        # "Chinese President Xi Jinping": a title, then an unlisted word before the first
        # listed given name, two words or three in all (the title's words name the
        # person); not "the Kingdom's Queen Elizabeth II"
        last = max((i for i, t in enumerate(name[:first]) if _inner_title(t)), default=-1)
        if 0 <= last < first - 1 and 2 <= len(name) - last - 1 <= 3:
            name, titled, first = name[last + 1 :], True, None
    if not titled:
        if first is not None and not (
            role and first == len(name) - 1 and looks_like_full_name(" ".join(name))
        ):
            name = name[first:]  # (but "Fox News' Megyn Kelly": a listed surname)
        elif first is None:
            # "Bridges Minister Obaidul Quader": two words or more after the run's last
            # title ("General" and "Chief" also open names of things: "General Assembly")
            last = max((i for i, t in enumerate(name) if _inner_title(t)), default=-1)
            if last >= 0 and len(name) - last - 1 >= 2:
                name, titled = name[last + 1 :], True
            elif not role:
                return None
    if not name or len(name) > 4:
        return None
    if role and not titled and not any(t in names for t in name):
        # found by its context alone: it must look like a full name ("New York",
        # "Agence France-Presse", "Who Gives" do not)
        if not looks_like_full_name(
            " ".join(t.removesuffix("'s").removesuffix("’s") for t in name)
        ):
            return None
    return name, titled


#: Titles read as titles only before a full name: of respect for an elder (Australian
#: usage: "Uncle Lenny Walker", "Aunty Jean Phillips"; not "Uncle Sam") and of members of
#: parliaments ("Fianna Fáil TD Caoimhín Mac Giolla Phádraig"; not "TD Ameritrade").
_FULL_NAME_TITLES = frozenset({"uncle", "aunty", "auntie", "td", "mla", "msp", "mep"})
#: Malaysian honorifics of two words, neither a title alone ("Tan" is also a surname).
_TWO_WORD_TITLES = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan")})
#: Letters after a name: counsel's ranks and British honours ("Jonathan Whitcombe KC").
_POSTNOMINALS = frozenset({"KC", "QC", "SC", "SAN", "MBE", "OBE", "CBE", "KBE", "DBE"})
#: The second words of titles of two words whose first is a title alone ("Chief").
_TITLE_SECOND_WORDS = frozenset({("chief", "executive")})
#: What may open a hyphenated title: "Vice-President", "Deputy-Governor", "Ex-Minister".
_TITLE_PREFIXES = ("vice-", "deputy-", "ex-", "acting-")


def _inner_title(word: str) -> bool:
    """A title that may stand inside a run before a name ("Finance Minister Mthuli
    Ncube"), hyphenated ones too ("Vice-President Kashim Shettima")."""
    low = word.lower()
    return low in _INNER_TITLES or (
        low.startswith(_TITLE_PREFIXES) and low.partition("-")[2] in _INNER_TITLES
    )


def _checked(name: list[str], titled: bool) -> tuple[list[str], bool] | None:
    """``name`` (from :func:`_picked`) without a possessive, unless a word of it is no
    word of a person's name; then None."""
    names = given_names()
    surname_title = (
        len(name) in (2, 3) and name[0] in names and name[-1].lower() in _SURNAME_TITLES
    )  # "Larry King"
    if any(
        t.lower() in _NOT_IN_NAME and not (i == 0 and t in _THING_GIVEN and len(name) > 1)
        for i, t in enumerate(name[: -1 if surname_title else None])
    ):
        return None
    if name[-1].lower() in _WEAK_PLACE_WORDS and (len(name) != 2 or name[0] not in names):
        return None
    if name[-1].lower() in _WEEKDAYS:
        return None  # "Ted Cruz Super Tuesday": a name runs into a day's
    if body_ending(name):
        return None  # "Peter McVerry Trust": a body named after a person
    if len(name) > 1 and _ACRONYM.fullmatch(name[-1]):
        return None  # "Joy FM", "Hillary PAC": a station's or body's acronym, no surname
    if not titled and body_of_nation(name):
        return None  # "Environment Canada", "Sport England": a nation's body
    name = [_unpossessive(t) for t in name]
    if len(name) == 1 and (not _name_word(name[0]) or name[0][-1] in "'’"):
        return None  # "King Now''"
    return name, titled


#: Two or three capital letters (not a roman numeral: "Henry VIII" is a name).
_ACRONYM = compile_pattern(r"(?!(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\b)[A-Z]{2,3}")


def _unpossessive(t: str) -> str:
    """A word without its possessive: "Trump's" -> "Trump", "Sessions’" -> "Sessions"."""
    if t.endswith(("'s", "’s")):
        return t[:-2]
    return t[:-1] if t.endswith(("s'", "s’")) else t


@lru_cache(maxsize=8192)
def _run_names(raw: str) -> tuple[_Name | None, _Name | None]:
    """``_name_of(raw)`` with ``role`` true, then false, in one pass over the run's words
    (two calls of _name_of cost about a third more).  A function of the run's words
    alone, and the same names come back from sentence to sentence and article to
    article (3,573 distinct runs of 7,023 in the Wikinews articles): cached."""
    name, titled, role_in_run = _name_start(raw)
    picked = _picked(name, titled, True)
    with_role = None if picked is None else _checked(*picked)
    if role_in_run:
        return _frozen(with_role), _frozen(with_role)  # the run's own role word decides
    # the two differ only in the words picked (most runs: the same words), so the same
    # words are checked once (tests/test_people_fast.py ties this to _name_of)
    other = _picked(name, titled, False)
    without = with_role if other == picked else None if other is None else _checked(*other)
    return _frozen(with_role), _frozen(without)


def _frozen(got: tuple[list[str], bool] | None) -> _Name | None:
    return None if got is None else (tuple(got[0]), got[1])

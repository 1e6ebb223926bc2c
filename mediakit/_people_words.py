"""The words that make or break a person's name in running text (for :mod:`mediakit._people`):
the capitalised runs it reads, titles, particles, and the words of places, things and
title case that are no part of a name; and what looks like a full name."""

from __future__ import annotations

from functools import lru_cache

from mediakit._compiled import compile_pattern
from mediakit._names import (
    _NAME_ORG_WORDS,
    _ORG_WORDS,
    _TITLES,
    NAME_PARTICLES,
    UPPER,
    given_names,
)
from mediakit._people_context import role_nouns

# Capitals for names: ASCII, Latin-1, Latin Extended-A, Vietnamese ("Łukasz", "Édouard").
_UPPER = UPPER
# Runs of capitalised words on one line ("Carmen Yulín Cruz", "Kevin McCarthy"), for
# people (the resolver's ``_NAME_RUN`` has no capitals inside a word); lower-case
# particles inside ("Arnel dela Vega", "Ursula von der Leyen", "Bashar al-Assad").
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"
_PEOPLE_RUN = compile_pattern(
    rf"[{_UPPER}](?<![\w’'\-][{_UPPER}])[\w’'\-]*+"
    rf"(?:[ \t\xa0]++(?:{_PARTICLE}[ \t\xa0]++)*+(?:[A-Z]\.[ \t\xa0]++)*"
    rf"(?:[{_UPPER}]|(?:al|el)-[{_UPPER}])[\w’'\-]*+)+"
)
_PLACE_WORDS = frozenset(
    """street road avenue lane square park river lake mountain mount island islands
    prefecture atoll
    beach bay county city town village airport station bridge hall tower valley coast
    district province region state states kingdom republic sea ocean gulf strait
    canal harbour harbor port hill hills forest desert highway boulevard stadium arena
    college school academy hospital museum cathedral church mosque temple palace forum
    summit conference market show club partners
    cup prize award awards trophy festival championship league games olympics series
    act bill law treaty agreement war wars""".split()
)
# Place words that are also common surnames: after a listed given name, and nothing
# else, they end a full name ("Andrew Hall", "Grace Park", "Jenny Hill"), where the
# name stands as a person's (a source's, one of a list of people).
_SURNAME_PLACES = frozenset("hall hill hills park lane street church temple bay law".split())
# Words that end a name of a thing, unless the name is a given name and one more word
# ("Christmas Day", but "Doris Day").
_WEAK_PLACE_WORDS = frozenset("day week month year hall".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_NAME_START = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)
# Honorifics that make a capitalised word after them a person's name (a surname).
_PERSON_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame lady lord prof prof. professor president
    senator sen. governor gov. mayor judge justice minister premier chancellor rep.
    congressman congresswoman councillor inspector detective sergeant captain general
    colonel officer chief spokesman spokeswoman king queen prince princess pope admiral
    commandant archbishop cardinal rabbi imam sheikh principal sheriff speaker whip
    assemblywoman assemblyman assemblymember committeewoman committeeman councilwoman
    councilman alderman alderwoman cllr cllr. revd revd. smt smt. shrimati shri mme mme.
    madam madame datuk datin seri alhaji alhaja hon hon. engr engr. barr barr. pastor mx
    mx. fr fr. uncle aunty auntie advocate adv. cpl cpl. corporal pte pte. mzee ratu
    sheikha td mla msp mep barrister khun regent chairman chairwoman chairperson ir mk
    hajjat hajji haji hajah ssp dsp acp dcp
    """.split()
)  # (ir, mk: a Malaysian engineer's and an Israeli member of the Knesset's titles, an
# eleventh probe of other newsrooms: "director Ir Hasnul Azri Mat Daud", "MK Yifat
# Barak-Levi"; hajjat ... dcp, a twelfth: Ugandan and Malaysian pilgrims' titles, South
# Asian and Fijian police ranks, "SSP Tuilau")
# Given names that are also words of things, left out of data/given_names.tsv ("the
# Senate bill"): no word of a thing after a title and before a surname ("Sheriff Bill
# Brown", "President Bill Clinton"), nor first of a full name ("Bill Clinton" in a list).
_THING_GIVEN = frozenset({"Bill"})
# Titles that are also surnames after a given name ("Larry King", "John Bishop").
_SURNAME_TITLES = frozenset("king bishop judge prince chancellor".split())
# Words inside a run before which a name ends: a headline's verbs in title case
# ("Hillary Clinton Was Headed to ER") and a photo caption's label ("AIP Chairman
# Markham Robinson Image: Markham Robinson").
_NAME_ENDS_BEFORE = frozenset(
    """Is Was Were Are Be Has Have Had Will Would Could Can Should Shall Might Must Does
    Did Says Tells Image Photo""".split()
)


_INNER_TITLES = _PERSON_TITLES - {"general", "chief", "officer", "captain", "justice"}


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


#: Words a capitalised run may open with that are not the name: titles, days and
#: months, and function words.  (One set each for the checks below, made once.)
_BEFORE_NAME = (
    _TITLES
    | _PERSON_TITLES
    | _NOT_NAME_START
    | frozenset(
        """the a an in on at but and when after as for with by of from to now then also only
        even still yet here there so if while before this that these those that's that’s
        it's it’s democrat""".split()
    )
)
#: Words that make a run no person's name.
_NOT_IN_NAME = _ORG_WORDS | _NAME_ORG_WORDS | _PLACE_WORDS | _TITLES
#: Capitalised words that end a body's name after a person's or a place's ("Peter McVerry
#: Trust", "Lakeview Ridge Developments", "Mater Misericordiae Hospital") though they are
#: no word of a body's name elsewhere in a run ("Trust" may be a given name; "Homes", a
#: surname's look-alike): they count only as the last word.  Not "power", "park",
#: "market", "capital", "bridge": surnames ("Samantha Power", "Park Ji-sung").
BODY_ENDINGS = frozenset(
    """trust developments properties estates enterprises homes farms construction builders
    hospital clinic hotel school academy restaurant cafe café bakery pharmacy trading
    partnership associates""".split()
)


def body_ending(words: list[str]) -> bool:
    """The last of ``words`` (two or more) is a capitalised word of :data:`BODY_ENDINGS`."""
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in BODY_ENDINGS


def _name_word(w: str) -> bool:
    """A capitalised word of letters ("Łukasz", "O'Neill", "Jean-Paul", "McGurk",
    "al-Assad")."""
    if w[:3] in ("al-", "el-"):
        w = w[3:]
    rest = w[1:].replace("-", "").replace("'", "").replace("’", "")
    return w[:1].isupper() and rest.isalpha() and any(ch.islower() for ch in rest)


_INITIAL = compile_pattern(r"[A-Z]\.")
#: A given name of two syllables joined by a hyphen, written first: "Jun-ho", "Min-ji"
#: (Korean names in Western order).
_HYPHENATED_GIVEN = compile_pattern(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
_INITIALS = compile_pattern(r"(?:[A-Z]\.){1,3}")
#: Dotted initials of places and bodies, no person's: "U.S. Steel", "U.N. Security Council".
_PLACE_INITIALS = frozenset(
    "u.s. u.k. u.n. e.u. d.c. n.y. l.a. n.j. s.f. u.a.e. u.s.s.r. p.r. n.z. s.a. a.p. b.c.".split()
)


def _bare_initials(words: list[str]) -> bool:
    """Two or three capital letters without stops open ``words`` and all that follow are
    longer words ("S R Patil", "V G Kale"): initials as Indian papers write them."""
    n = 0
    while n < len(words) and len(words[n]) == 1:
        if not words[n].isupper():
            return False
        n += 1
    return 2 <= n <= 3 and n < len(words)


def _surnames_after_initials(words: list[str]) -> bool:
    """The words after a name's initials are one or two surnames: name words, none that
    may not stand in a full name."""
    return (
        len(words) <= 2
        and not any(w.lower() in _NOT_IN_FULL_NAME for w in words)
        and all(_name_word(w) for w in words)
    )


@lru_cache(maxsize=4096)
def looks_like_full_name(name: str) -> bool:
    """Two to four capitalised words, none a title, an organisation or a place word
    ("Obaidul Quader", "Andrés Manuel López Obrador", not "Northern Ireland Assembly"),
    with middle initials ("Rudolph W. Giuliani") besides."""
    words = name.split()
    if words and len(words[0]) == 1 and _bare_initials(words):
        return _surnames_after_initials([w for w in words if len(w) > 1])  # "S R Patil"
    if len(words) >= 2 and _INITIALS.fullmatch(words[0]):
        # "K. Palanivel", "M.K. Selvaraj", "R. S. Thangadurai": initials for the given
        # names (South Indian, Sri Lankan, Malaysian usage); not "U.S. Steel"
        while len(words) > 1 and _INITIALS.fullmatch(words[0]):
            if words[0].lower() in _PLACE_INITIALS:
                return False
            words = words[1:]
        return _surnames_after_initials(words)
    if len(words) > 2:
        # middle initials and particles ("Rudolph W. Giuliani", "Arnel dela Vega")
        words = (
            words[:1]
            + [w for w in words[1:-1] if not _INITIAL.fullmatch(w) and w not in NAME_PARTICLES]
            + words[-1:]
        )
    if not 2 <= len(words) <= 4:
        return False
    low = [w.lower() for w in words]
    end = None
    if (
        len(words) == 2
        and low[1] in _SURNAME_PLACES
        and (words[0] in given_names() or _HYPHENATED_GIVEN.fullmatch(words[0]))
    ):
        end = 1  # "Andrew Hall", "Jun-ho Park"
    return (
        not any(w in _NOT_IN_FULL_NAME for w in low[1 if words[0] in _THING_GIVEN else 0 : end])
        and low[0] not in role_nouns()  # "Actor Denzel Washington"
        and low[0].removesuffix("s") not in _TITLES  # "Presidents Reagan"
        and not (len(low[-1]) > 5 and low[-1].endswith(("ians", "cans", "eans")))
        # "Cuban Americans", "Indigenous Australians": peoples
        and all(_name_word(w) for w in words)
    )


_NOT_PERSON = frozenset(
    """north south east west northern southern eastern western central new united
    national international royal federal general american british european african
    asian chinese russian french german indian linux web services day agence presse
    press who what when where why how without sans member members opposition regional
    project partnership""".split()
)  # (without, sans: "Doctors Without Borders", "Médecins Sans Frontières")
_NOT_IN_FULL_NAME = _NOT_IN_NAME | _NOT_PERSON

"""Source spans: the noun phrase before a cue ("X said"), after it ("said X"),
and the subject of a clause whose verb is no cue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain as _then
from itertools import islice

from mediakit._attribution._apostrophes import APOSTROPHES, name_apostrophe, plural_possessive
from mediakit._attribution._article import _Article
from mediakit._attribution._cues import _AUX_WORDS, ly_adverb
from mediakit._attribution._tokens import (
    _APPOSITION_OPENERS,
    _BEFORE_DAY,
    _BOUNDARY_PUNCT,
    _BOUNDARY_WORDS,
    _MONTH_NAMES,
    _PREPOSITIONS_LAST,
    _RELATIVE,
    _TOKEN,
    _WORDCHARS,
    _glued_dash,
    _is_cap,
    _trim,
)
from mediakit._compiled import compile_pattern
from mediakit._names import (
    DOCUMENT_AUTHOR,
    DOCUMENT_NOUNS,
    LISTED_NAME,
    NAME_PARTICLES,
    SPEAKER_OF_BODY,
)
from mediakit._people_context import person_noun_words, role_nouns
from mediakit._people_words import _UPPER

_LEFT_STOP = _RELATIVE | _BOUNDARY_WORDS  # words that stop or change the walk to a source
_ANONYMITY = compile_pattern(
    r"\s+(?:asked|requested|spoke|speaking|was\s+granted|were\s+granted|declined|insisted|"
    r"agreed\s+to\s+speak)\b[^,.;]{0,60}?\b(?:named|identified|anonymity|anonymously|"
    r"publicly|on\s+the\s+record)\s*\Z"
)

# Words that cannot start an inverted source ("said X").
_NOT_SOURCE_START = frozenset(
    """that to it in on at for of with about by from this these those there here if
    whether what how why when where because as so and but or not no yes last next
    earlier later today yesterday tomorrow recently previously repeatedly""".split()
)

# Words that are never a source on their own (the walk back found only this).
_FUNCTION_WORDS = frozenset(
    """to of for in on at by with from about into than as and or but nor so if the a an
    this that these there here not no""".split()
)

# Lower-case words that end a source after a cue ("said Smith on Tuesday").
_RIGHT_STOP = frozenset(
    """on in at during after before while when as last this that who which told to
    via from yesterday today tonight earlier later monday tuesday wednesday thursday
    friday saturday sunday but and""".split()
)

_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)

#: Lower-case words that lead a walk back to a source but are not part of it: sentence
#: adverbials ("then he said") and the "with" of "with X stating: ...".
_NOT_SOURCE_LEAD = frozenset({"then", "now", "also", "so", "still", "with"})

#: Words that end a walk back from a cue without being part of the source: the
#: auxiliaries and adverbs of the verb group, and "on" or "earlier" before a day.
_TRAILING = _AUX_WORDS | frozenset(
    """twice meanwhile however too both ’s 's ’re 're ’ve 've hasn't haven't isn't wasn't
    hasn’t haven’t isn’t wasn’t""".split()
)

#: Lower-case words that open an adverbial between a source and its cue, set off by
#: commas ("Sanders, meanwhile, hopes"); a participle ("De Blasio, speaking on WOR710,
#: called") is one too.  Neither is part of the source.  (Measured on PolNeAR train:
#: relative clauses and appositives stay in the span, as its annotators keep them.)
_INTERRUPTION = frozenset(
    "meanwhile however in at on for during after while though instead also too according".split()
)
#: What follows an "-ing" word that takes an object or adverbial: a participle
#: (", leading a coalition of 13 states,"), even when the word can open a role.
_OBJECT_NEXT = compile_pattern(r"\s+(?:a|an|the|his|her|their|its|this|that|to|on|in|at)\s")
#: "-ing" words that open an appositive of role, not a participle ("Robert Peck, managing
#: director at ...").
_ROLE_ING = frozenset(
    """managing acting ranking founding leading presiding reigning governing outgoing
    incoming visiting sitting ruling polling consulting supervising coordinating
    commanding attending practising practicing bestselling best-selling award-winning
    starring recording touring""".split()
)

_PREP_APPOSITIVE = compile_pattern(r"(?:of|from|at|with)\s", re.IGNORECASE)

_SOURCE_MAX = 14  # words in a source span before the cue

# (the patterns of the rules, compiled once: ``re.search(pattern, ...)`` looks the
# pattern up in ``re``'s cache at every call)
_KEEPS_DOT = compile_pattern(r"(?:\b[A-Z]\.|Jr\.|Sr\.|Inc\.|Co\.|Corp\.|Ltd\.)\Z")


def _left_source(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``hi`` (the cue), searched back to ``lo``."""
    key = (lo, hi)
    if key in art.left_memo:
        return art.left_memo[key]
    got = _left_source_uncached(art, lo, hi)
    if got is not None and _PREP_APPOSITIVE.match(art.text, got[0]):
        # "Anderson Cooper, of CNN, ... stated": the walk stopped at the comma before
        # an appositive that opens with a preposition; the name is before it
        comma = art.text.rfind(",", lo, got[0])
        if comma != -1 and not art.text[comma + 1 : got[0]].strip():
            inner = _left_source(art, lo, comma)
            got = (inner[0], got[1]) if inner is not None else got
    if got is not None and LISTED_NAME.fullmatch(art.text, got[0], got[1]):
        got = _body_name_across_comma(art, lo, got)
    if got is not None:
        got = _named_before_appositive(art, lo, got)
        if art.text[got[0] : got[1]].lower() in _FUNCTION_WORDS:
            got = None  # '"the perfect opportunity" to call ...': "to" is nobody
    art.left_memo[key] = got
    return got


def _body_name_across_comma(art: _Article, lo: int, got: tuple[int, int]) -> tuple[int, int]:
    """``got`` extended back over a comma inside a body's name: "A spokesperson for the
    Department for Levelling Up, Housing and Communities said" (the walk stopped at the
    comma, at "Housing and Communities")."""
    text = art.text
    comma = got[0] - 1
    while comma > lo and text[comma] == " ":
        comma -= 1
    if comma <= lo or text[comma] != ",":
        return got
    start = text.rfind(",", lo, comma) + 1 or lo  # the clause before, back to a comma
    head = text[start:comma]
    stripped = head.lstrip(" \"“”‘’'")
    first = comma - len(stripped)
    if SPEAKER_OF_BODY.fullmatch(stripped) is None:
        return got
    return first, got[1]


# A proper name of two to five capitalised words ("Grace Adeyemi", "Charles Federic
# Plotena"), lower-case particles allowed between them ("Lorna dela Cruz", "Juan de la
# Cruz"), not opened by a preposition, article or time word ("In London").
_PARTICLE = "|".join(sorted(NAME_PARTICLES | {"la", "las", "los", "y"}))
_NAME_RUN = compile_pattern(
    rf"[{_UPPER}][\w’'\-.]*(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}[{_UPPER}][\w’'\-.]*){{1,4}}"
)  # (capitals beyond ASCII: "Hüseyin Öztürk, 63, a resident of Kemikler, told")
_NOT_NAME_START = frozenset(
    """in on at by for from after before during since until under over with without
    the a an this that these those last next early late yesterday today""".split()
)
_APPOSITIVE_OPEN = frozenset("a an the his her its their".split())


def _named_before_appositive(art: _Article, lo: int, got: tuple[int, int]) -> tuple[int, int]:
    """``got`` extended back to a name when it is an appositive after that name and a
    comma: "Grace Adeyemi, 34, a nurse on the ward, said", "Charles Plotena, the mayor
    of Esperanza, announced"."""
    text = art.text
    first = text[got[0] : got[1]].split(None, 1)[0]
    if not (first.lower() in _APPOSITIVE_OPEN or first.isdigit() or first[:1].islower()):
        return got
    comma = got[0] - 1
    while comma > lo and text[comma] == " ":
        comma -= 1
    if comma <= lo or text[comma] != ",":
        return got
    inner = _left_source(art, lo, comma)
    if inner is None:
        return got
    name = text[inner[0] : inner[1]]
    if _NAME_RUN.fullmatch(name) and name.split()[0].lower() not in _NOT_NAME_START:
        return inner[0], got[1]
    return got


def _left_source_uncached(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    text = art.text
    a = max(lo, hi - 120)
    chunks = text[a:hi].split()
    if not chunks or chunks[-1].endswith((")", ",")):
        # a parenthesis or an appositive before the cue (the last token is ")" or ",")
        return _left_source_toks(art, lo, hi, _tokens_back(text, a, hi))
    # The plain walk of ``_left_source_toks`` over the tokens of ``_tokens_back``, here
    # without the generators (most sources: a few words back to a boundary).
    picked: list[tuple[int, int, str]] = []
    j = hi
    n_chunks = len(chunks)
    for k, chunk in enumerate(reversed(chunks)):
        i = text.rfind(chunk, a, j)
        j = i + len(chunk)
        if chunk.isalnum() or name_apostrophe(text, chunk, j):
            low = chunk.lower()
            if (
                low == "and"
                and picked
                and k + 1 < n_chunks
                and _and_joins(picked[-1][2], chunks[n_chunks - k - 2])
            ):
                # "and" inside a name ("Rogaland Fire and Rescue") or joining two
                # ("Trump and Clinton said")
                picked.append((i, j, chunk))
                j = i
                continue
            if low in _LEFT_STOP:  # (one look-up for the usual word: neither set)
                if low in _RELATIVE:
                    if not picked:
                        picked.append((i, j, chunk))
                        break
                    if _ANONYMITY.match(text, j, hi):
                        picked.append((i, j, chunk))  # "a senior official who asked not ..."
                        j = i
                        continue
                break  # a boundary word
            picked.append((i, j, chunk))
            if len(picked) > _SOURCE_MAX:
                return None
        else:
            if _TOKEN.fullmatch(chunk):
                # one token (the longest token at its start is all of it): "Obama's"
                toks = [(i, j, chunk)]
            else:
                toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, i, j)]
            for tok in reversed(toks):
                word = tok[2]
                if word in APOSTROPHES and plural_possessive(art, lo, toks, tok):
                    continue  # "The officers' report said": a plural's possessive
                if (word in _BOUNDARY_PUNCT and not _glued_dash(text, tok)) or (
                    len(word) == 1 and not word.isalnum() and word not in "&.-%–—"
                ):
                    return _picked_span(text, picked)
                low = word.lower()
                if low in _RELATIVE:
                    if not picked:
                        picked.append(tok)
                        return _picked_span(text, picked)
                    if _ANONYMITY.match(text, tok[1], hi):
                        picked.append(tok)
                        continue
                    return _picked_span(text, picked)
                if low in _BOUNDARY_WORDS:
                    return _picked_span(text, picked)
                picked.append(tok)
                if len(picked) > _SOURCE_MAX:
                    return None
        j = i
    return _picked_span(text, picked)


def _name_part(chunk: str) -> bool:
    """A chunk that may stand before "and" inside a name or a pair of names ("Rogaland
    Fire and Rescue", "Trump and Clinton"): capitalised, ending in a letter or digit, and
    no word that stops the walk ("Who and Smith": not one name)."""
    return chunk[:1].isupper() and chunk[-1:].isalnum() and chunk.lower() not in _LEFT_STOP


def _and_in_name(text: str, a: int, b: int, tok: tuple[int, int, str], after: str) -> bool:
    """Is the token "and" at ``tok`` a chunk of its own (white space around it) of
    ``text[a:b]`` that joins the chunk before it to ``after`` (:func:`_and_joins`): the
    chunk walk's rule, for the token walk."""
    if tok[0] > a and not text[tok[0] - 1].isspace():
        return False
    if tok[1] < b and not text[tok[1]].isspace():
        return False
    before = text[a : tok[0]].split()
    return bool(before) and _and_joins(after, before[-1])


def _and_joins(after: str, before: str) -> bool:
    """ "and" between the chunk ``before`` and the word ``after`` joins one source: inside
    a name or a pair of names ("Rogaland Fire and Rescue", "Trump and Clinton"), or two
    plural nouns of people ("local officials and survivors told AFP")."""
    if after[:1].isupper():
        return _name_part(before)
    return _people_plural(after) and _people_plural(
        before.lower() if before[1:].islower() else before
    )  # (and "Residents and shopkeepers said")


def _people_plural(word: str) -> bool:
    """A lower-case plural of a role or person noun ("officials", "survivors")."""
    if not (word.islower() and word.endswith("s") and word[:-1].isalpha()):
        return False
    return word[:-1] in role_nouns() or word[:-1] in person_noun_words()


def _tokens_back(text: str, a: int, b: int) -> Iterator[tuple[int, int, str]]:
    """The tokens (start, end, token) of ``_TOKEN`` in ``text[a:b]``, last first, made
    only as far as they are asked for.

    Tokens never hold white space and the tokeniser starts afresh after it, so the
    tokens of the window are those of its white-space separated chunks, each
    tokenised on its own; a chunk of letters and digits only is one token.  Most
    searches stop after a few words, so the rest of the window is never tokenised.
    """
    j = b
    for chunk in reversed(text[a:b].split()):
        i = text.rfind(chunk, a, j)  # the last occurrence ending by ``j`` is this chunk
        j = i + len(chunk)
        if chunk.isalnum() or _TOKEN.fullmatch(chunk) or name_apostrophe(text, chunk, j):
            yield i, j, chunk  # one token (the longest token at its start is all of it)
        else:
            toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, i, j)]
            yield from reversed(toks)
        j = i


def _trails_source(word: str) -> bool:
    """``word`` ends a walk back from a cue but belongs to the verb group, not to the
    source: an auxiliary or adverb ("has", "also", "twice", "repeatedly"), or a day
    ("on Tuesday", "earlier Tuesday")."""
    low = word.lower()
    if low in _TRAILING or low in _WEEKDAYS:
        return True
    return word.islower() and len(low) > 4 and ly_adverb(low)


def _picked_span(text: str, picked: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    if not picked:
        return None
    picked.reverse()
    # a leading sentence adverbial in lower case is not the source ("then he")
    while len(picked) > 1 and picked[0][2].lower() in _NOT_SOURCE_LEAD:
        picked.pop(0)
    # nor are the auxiliaries, adverbs and days between it and the cue ("The Legion has
    # twice complained", "the senator on Tuesday dismissed")
    while len(picked) > 1 and (
        _trails_source(picked[-1][2])
        or (picked[-1][2].lower() in _MONTH_NAMES and picked[-2][2].lower() in _BEFORE_DAY)
        or picked[-1][2] in _PREPOSITIONS_LAST
    ):
        day = picked.pop()[2].lower() in _WEEKDAYS or picked[-1][2].lower() in _BEFORE_DAY
        if day and len(picked) > 1 and picked[-1][2].lower() in _BEFORE_DAY:
            picked.pop()  # "on Tuesday", "in May", "last March"
    a, b = picked[0][0], picked[-1][1]
    if not _WORDCHARS.search(text, a, b):
        return None
    return a, b


def _left_source_toks(
    art: _Article, lo: int, hi: int, back: Iterator[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """The source before ``hi`` from the window's tokens ``back`` (last first)."""
    text = art.text
    last = next(back, None)
    if last is None:
        return None
    if last[2] == ")":
        # "Rep. Jim McDermott (D-Wash.) said": skip the parenthesis
        depth = 1
        for tok in back:
            if tok[2] == ")":
                depth += 1
            elif tok[2] == "(":
                depth -= 1
                if depth == 0:
                    inner = _left_source(art, lo, tok[0])
                    return (inner[0], last[1]) if inner is not None else None
        return None
    # an appositive or relative clause between commas: "X, a spokesman, said"
    if last[2] == ",":
        after: tuple[int, int, str] | None = None  # the token after ``tok`` (text order)
        before_last: tuple[int, int, str] | None = None  # the token before the last comma
        for tok in back:
            if (tok[2] in _BOUNDARY_PUNCT and not _glued_dash(text, tok)) or hi - tok[0] >= 160:
                if tok[2] == "," and after is not None and before_last is not None:
                    first = after[2].lower()
                    if first in _APPOSITION_OPENERS or (
                        (not _is_cap(first) and first not in _BOUNDARY_WORDS)
                        or (first.isdigit() and len(first) <= 3)  # an age: "Tom Ellery, 52,"
                    ):
                        inner = _left_source(art, lo, tok[0])
                        if inner is not None:
                            if first in _INTERRUPTION or (
                                first.endswith("ing")
                                and (first not in _ROLE_ING or _OBJECT_NEXT.match(text, after[1]))
                            ):
                                return inner  # "Trump, in Kentucky, said": not the source
                            return inner[0], before_last[1]
                return None
            if before_last is None:
                before_last = tok
            after = tok
        return None
    picked: list[tuple[int, int, str]] = []
    a = max(lo, hi - 120)
    for tok in _then((last,), back):
        word = tok[2]
        low = word.lower()
        if low == "and" and picked and _and_in_name(text, a, hi, tok, picked[-1][2]):
            picked.append(tok)  # as the chunk walk of _left_source_uncached takes it
            continue
        if word in _BOUNDARY_PUNCT or (
            len(word) == 1 and not word.isalnum() and word not in "&.-%"
        ):
            break
        if low in _RELATIVE:
            if not picked:
                picked.append(tok)
                break
            if _ANONYMITY.match(text, tok[1], hi):
                picked.append(tok)  # "a senior official who asked not to be named"
                continue
            break
        if low in _BOUNDARY_WORDS:
            break
        picked.append(tok)
        if len(picked) > _SOURCE_MAX:
            return None
    return _picked_span(text, picked)


def _right_source(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``lo`` (just after a cue), up to ``hi``."""
    picked: list[tuple[int, int, str]] = []
    # the tokens made only as far as the walk goes (it stops after a few words)
    for m in _TOKEN.finditer(art.text, lo, min(hi, lo + 200)):
        word = m.group(0)
        tok = (m.start(), m.end(), word)
        low = word.lower().rstrip(".")  # "yesterday." is one token
        if word in _BOUNDARY_PUNCT or (len(word) == 1 and not word.isalnum() and word not in "&-"):
            break
        if word == ".":
            break
        if picked and (low in _RIGHT_STOP and not _is_cap(word)):
            break
        if picked and low in _WEEKDAYS:
            break
        picked.append(tok)
        if len(picked) > _SOURCE_MAX:
            return None
    if not picked:
        return None
    if picked[0][2].lower() in _NOT_SOURCE_START:
        return None
    a, b = picked[0][0], picked[-1][1]
    for tok in picked[-2:]:
        if tok[2].lower() in _DOCUMENT_NOUNS:
            # "According to data from the Gun Violence Archive", "a survey published in
            # 2017 by the Royal Pharmaceutical Society": the document and its author
            author = _DOCUMENT_AUTHOR.match(art.text, tok[1], hi)
            if author is not None:
                b = max(b, author.end())
            break
    if picked[-1][2].lower() in _PUBLISHED and b == picked[-1][1]:
        venue = _IN_VENUE.match(art.text, b, hi)
        if venue is not None:
            b = venue.end()  # "according to research published in Nature"
    # "Sen." keeps its dot; a sentence-final dot does not belong to the source
    while b > a and art.text[b - 1] == "." and not _KEEPS_DOT.search(art.text[a:b]):
        b -= 1
    return (a, b) if a < b else None


_DOCUMENT_NOUNS = frozenset(DOCUMENT_NOUNS)
#: A document's verb of publication, and where it appeared: "published in Nature",
#: "released in The Lancet" (a journal's or a paper's name).
_PUBLISHED = frozenset("published released issued posted printed".split())
_IN_VENUE = compile_pattern(
    r"\s+in\s+(?:the\s+|The\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*"
)
_DOCUMENT_AUTHOR = compile_pattern(DOCUMENT_AUTHOR)


_SUBJECT_VERBS = frozenset(
    """has have had is are was were will would can could did does do may might must should
    took takes made makes gave gives got gets went goes came comes held holds met meets won
    wins lost ran runs spent sent left keeps kept began begins became becomes stood stands
    sat brought brings put puts let set hit cut led leads""".split()
)

_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_SUBJECT_OPENERS = frozenset(
    """on in at after before during when while as since with without for from by under over
    earlier later then also but and so yet still meanwhile however""".split()
)


def _clause_subject(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause in ``lo..hi``: the noun phrase before its first verb.

    No parser: the verb is the first lower-case word that is an auxiliary, a common
    irregular verb, ends in "-ed", or ends in "-s" after a name or pronoun.  A fronted
    adverbial ("On Monday, ...") is skipped.
    """
    text = art.text
    # at most the first 24 tokens are read: a comma among the first 12, then 12 more
    toks = [
        (m.start(), m.end(), m.group(0))
        for m in islice(_TOKEN.finditer(text, lo, min(hi, lo + 200)), 24)
    ]
    k = 0
    if toks and toks[0][2].lower() in _SUBJECT_OPENERS:
        comma = next((j for j, t in enumerate(toks[:12]) if t[2] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    start = k
    for j in range(k, min(len(toks), k + 12)):
        word = toks[j][2]
        low = word.lower()
        if j == start:
            if not (_is_cap(word) or low in _SUBJECT_PRONOUNS or low in ("the", "a", "an")):
                return None
            continue
        if word in _BOUNDARY_PUNCT and word != ",":
            return None
        if _is_cap(word) or not word[:1].isalpha():
            continue
        prev = toks[j - 1][2]
        if (
            low in _SUBJECT_VERBS
            or (low.endswith("ed") and len(low) > 3)
            or (
                low.endswith("s")
                and not low.endswith("ss")
                and (prev[:1].isupper() or prev.lower() in _SUBJECT_PRONOUNS)
            )
        ):
            end = j
            while end > start + 1 and toks[end - 1][2].lower().endswith("ly"):
                end -= 1
            return _left_source(art, toks[start][0], toks[end][0])
    return None


_WITH = compile_pattern(r"\bwith\s+", re.IGNORECASE)


def _with_subject(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase between "with" and a participle cue at ``hi`` ("..., with its
    commissioner, Lena Ostrova, stating: ..."; "with officials saying ..."), or None
    when no "with" opens a phrase of names and nouns just before the cue."""
    text = art.text
    a = max(lo, hi - 100)
    last = None
    for m in _WITH.finditer(text, a, hi):
        last = m
    if last is None:
        return None
    s, e = _trim(text, last.end(), hi)
    if text[e:hi].strip() == "," and "," not in text[s:e]:
        return None  # "He left with his wife, saying ...": the participle is the clause's
    words = text[s:e].split()
    if not words or len(words) > 10:
        return None
    for w in words:
        low = w.lower().strip(",")
        if w[:1].islower() and (low in _LEFT_STOP or (low.endswith("ed") and len(low) > 3)):
            return None  # a clause, not a noun phrase
    return s, e


#: What opens an aside between a subject and its cue: a preposition, a participle or
#: "including" ("who, on a press call Friday, criticized", "Other unions, including the
#: AFL-CIO, have endorsed").
_ASIDE_OPENER = compile_pattern(
    r"\s*(?:on|in|at|during|after|before|from|with|including|such\s+as|like|speaking|"
    r"writing|according|citing|[a-z]+ing)\b"
)


def _source_before_aside(art: _Article, lo: int, cue: int) -> tuple[int, int] | None:
    """The source before a short aside set off by commas right before the cue, when none
    ends at the cue: "who, on a press call Friday, criticized Sanders"."""
    text = art.text
    end = cue
    while end > lo and text[end - 1] in " \t":
        end -= 1
    if end <= lo or text[end - 1] != ",":
        return None
    start = text.rfind(",", lo, end - 1)
    if start <= lo or len(text[start + 1 : end - 1].split()) > 12:
        return None
    if _ASIDE_OPENER.match(text, start + 1, end - 1) is None:
        return None
    return _left_source(art, lo, start)

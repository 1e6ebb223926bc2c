"""Gender evidence from pronouns: which named person a he/she/his/her of the narrator's
means, if exactly one can (the other rules are in :mod:`mediakit._gender_evidence`).

A he/him/his/himself or she/her/hers/herself outside quotations is evidence for a person
when that person is the only one mentioned outside quotations from the start of the
sentence before the pronoun up to it (a pronoun that could refer to two people is no
evidence); himself/herself after a name of its own sentence looks no further back than
that sentence; a pronoun after one of the same gender that the sentence left unresolved
(it pointed forward) is no evidence either.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from mediakit._compiled import compile_pattern
from mediakit._gender_evidence import _CUE_AFTER, _RULE_ORDER, _evidence_words
from mediakit._gender_rivals import ShownGenders
from mediakit._names import given_names
from mediakit._person_nouns import _other_person_noun
from mediakit._pronoun_clauses import (
    _CAPITALISED,
    _OBJECT_HER,
    _PREPOSITION_TITLE_BEFORE,
    _REFLEXIVE,
    _is_object,
    _main_subject,
    _named_as_subject,
    _subject_after_opening_phrase,
    _subject_of_clause,
    _unlisted_given_name,
)
from mediakit._spans import Span
from mediakit._speakers import Speakers, sole_candidate

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

#: ``\b(?:he|him|his|himself|she|her|hers|herself)\b`` ignoring case, written so
#: that the regex engine can skip to the next h or s: a case-insensitive alternation
#: gives it no first character to look for, so it tries every branch at every
#: word start (five times the time on the Wikinews texts).  Each letter is the
#: class of the characters ``re.IGNORECASE`` matches it with (i also İ and ı, s
#: also ſ); the first is taken, then ``\b`` before it is a look-behind.
#: ``tests/test_metrics_fast.py`` ties it to the plain pattern.
_PRONOUN = compile_pattern(
    r"[HhSsſ](?<!\w[HhSsſ])(?:(?<=[Hh])(?:[Ee]|[Iiİı][Mm]|[Iiİı][Ssſ]|[Iiİı][Mm][Ssſ][Ee][Ll][Ff]"
    r"|[Ee][Rr]|[Ee][Rr][Ssſ]|[Ee][Rr][Ssſ][Ee][Ll][Ff])|(?<=[Ssſ])[Hh][Ee])\b"
)
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})


@cache
def _nouns_of(gender: str) -> frozenset[str]:
    """The gendered nouns (``data/gender_evidence.tsv``) of ``gender``: "mother" of
    female; a person so named is no one a pronoun of the other gender may mean."""
    return frozenset(w for w, g in _evidence_words()[1].items() if g == gender)


def _pronoun_evidence(
    an: Analysis,
    spans: dict[str, list[tuple[int, int]]],
    evidence: dict[str, list[tuple[int, str, str, Span]]],
    skip: list[tuple[int, int]],
    shared: frozenset[str] = frozenset(),
) -> None:
    """Add a pronoun's evidence to the one person its sentence mentions before it or, when
    its sentence mentions nobody before it, the one person the sentence before mentions;
    a person noun of someone else there ("the minister") makes it no evidence.  Only the
    people with a list in ``evidence`` get evidence, so only the sentences that mention
    one of them, and those after them, are read (everyone's mentions in ``spans`` count
    when deciding whom a pronoun can mean)."""
    text = an.text
    sents = an.sentences
    sent_starts = [s.start for s in sents]
    inside = _quoted_test(an)
    # the mentions of each sentence: (start, name); a mention inside quotation marks is
    # in someone's words, not the narrator's, and no antecedent of the narrator's
    # pronouns ('"... beat Hillary Clinton," he said': he is the speaker)
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    wanted: set[int] = set()
    headline = _headline_line_end(text, an.metadata.body_start)
    for name, ss in spans.items():
        for a, b in ss:
            if inside(a) or a < headline:
                continue  # (nor is a headline's: "Glenn Beck Just Responded To Palin's
                # Trump Endorsement." is no sentence of the story before its first)
            k = bisect.bisect_right(sent_starts, a) - 1
            # a surname alone that could mean another person ("Mr. Clinton" beside
            # Hillary Clinton) stands for someone else: a pronoun after it is no evidence
            who = name if text[a:b] not in shared else f"(someone called {text[a:b]})"
            by_sentence.setdefault(k, []).append((a, who))
            if name in evidence:
                wanted.add(k)
    if not wanted:
        return
    quotes = sorted((q.start, q.end) for q in an.quotes) + skip
    ctx = _Context(
        text,
        sents,
        by_sentence,
        spans,
        quotes,
        _Chain(text, sents, by_sentence, spans, quotes),
        Speakers(an),
        headline,
        ShownGenders(text, spans, headline, shared),
    )
    rank = _RULE_ORDER.index("pronoun")
    for k in sorted({j for i in wanted for j in (i, i + 1) if 0 <= j < len(sents)}):
        found, genders = _sentence_pronouns(ctx, k, evidence)
        for name, male, span in found:
            if len(genders[name]) == 1:  # (not when the sentence's pronouns of both
                # genders can only mean this person: "He also said he ... on her public
                # statements", after "Comey said that": she is someone else, and so may
                # he be)
                evidence[name].append((rank, "male" if male else "female", "pronoun", span))


class _Context(NamedTuple):
    """What :func:`_sentence_pronouns` reads of one article."""

    text: str
    sents: Sequence[Span]
    by_sentence: dict[int, list[tuple[int, str]]]
    spans: dict[str, list[tuple[int, int]]]
    quotes: list[tuple[int, int]]
    chain: _Chain
    speakers: Speakers
    headline: int  # where the body starts after a headline line (0: no such line)
    shown: ShownGenders


def _sentence_pronouns(
    ctx: _Context, k: int, evidence: dict[str, list[tuple[int, str, str, Span]]]
) -> tuple[list[tuple[str, bool, Span]], dict[str, set[bool]]]:
    """The pronouns of sentence ``k`` that are evidence for one person each (name, male?,
    span), and by person the genders of the sentence's pronouns whose only candidate
    they were, with no other person's noun or given name near (kept or not after that)."""
    text, sents, by_sentence, spans, quotes = (
        ctx.text,
        ctx.sents,
        ctx.by_sentence,
        ctx.spans,
        ctx.quotes,
    )
    found: list[tuple[str, bool, Span]] = []
    genders: dict[str, set[bool]] = {}
    here = by_sentence.get(k, [])
    unread = True  # the first pronoun of the sentence before, read once
    first: re.Match[str] | None = None
    unsure: set[bool] = set()  # the genders (male?) of pronouns left unresolved
    for m in _PRONOUN.finditer(text, sents[k].start, sents[k].end):
        pos = m.start()
        if m.group()[0].isupper() and text[sents[k].start : pos].strip(" \"“‘'("):
            continue  # "Les Brown and His Band": a name, not a pronoun
        male = m.group().lower() in _MALE_PRONOUNS
        if male in unsure:
            continue  # "... diminish her lead over Sanders, ... magnify her difficulty":
            # the same person as the earlier pronoun, whom this sentence does not name
        names = {n for a, n in here if a < pos}
        if _may_point_forward(ctx, k, m, here, names):
            unsure.add(male)
            continue
        subject, lo = _clause_subject(ctx, k, m, here) if names else (None, sents[k].start)
        if subject is not None:
            names = {subject}  # "Judge Sullivan made his ruling": the subject's
        elif k > 0 and not (names and m.group().lower() in _REFLEXIVE):
            # and the sentence before (not for "himself" after a name of its own
            # sentence: "John Kerry found himself ...")
            before = by_sentence.get(k - 1, [])
            if unread:
                first = _PRONOUN.search(text, sents[k - 1].start, sents[k - 1].end)
                unread = False
            if (
                not names
                and first is not None
                and min((a for a, _n in before), default=-1) > first.start()
            ):
                continue  # "Here he worked with Paul McCartney. Later, he ...": he is not Paul
            if (
                not names
                and text[sents[k].start : pos].strip(" \"“‘'(")
                and _CUE_AFTER.match(text, m.end()) is None
                and any(q[0] < sents[k - 1].end and q[1] > sents[k - 1].start for q in quotes)
            ):
                continue  # '"Something had to be done," Gutin says. Thus, the campaign
                # to improve her image': the speaker of a quotation in the sentence
                # before is not whom the narrator's pronoun means (unless it opens
                # its sentence or a cue: "She added", "..., she said")
            names |= {n for _a, n in before}
            lo = sents[k - 1].start
        if any(a <= pos < b for a, b in quotes):
            continue
        if _opens_apposition(text, m, here, spans):
            unsure.add(male)
            continue  # "Ms Sharon Tate, his deputy, said": his is whoever she deputises for
        if len(names) > 1 and m.group().lower() in ("he", "she"):
            # not one a title or noun shows to be of the other gender ("Mr Wekesa"
            # for she); a subject's only: "her" may be an animal's ("her pregnancy")
            other = "female" if male else "male"
            names = {n for n in names if ctx.shown.shown(n) != other}
        if len(names) != 1:
            unsure.add(male)  # (the same person as a later one of the same gender: "Trump
            continue  # called on her to resign from her post"; "Even Friday, he claimed
            # that ... Hillary Clinton was the one ... and he was": he is not Clinton)
        name = names.pop()
        if name not in evidence or _other_person_noun(
            text, lo, pos, spans[name], _nouns_of("female" if male else "male")
        ):
            continue
        if _unlisted_given_name(text, max(lo, ctx.headline), pos, spans, quotes):
            continue  # '"He really does love us," Melanie said, and soon, ... Trump was
            # waving to the crowd, and she': Melanie, whom no mention lists, may be she
        genders.setdefault(name, set()).add(male)
        if _object_of_own_clause(text, spans[name], m):
            unsure.add(male)  # (nor a pronoun of hers after it: "Trump called on her
            continue  # to resign from her post"; "Sanders beat her": her is not Sanders
        if _may_mean_another(ctx, k, lo, m, name):
            unsure.add(male)
            continue
        found.append((name, male, Span.of(text, pos, m.end())))
    return found, genders


def _may_point_forward(
    ctx: _Context, k: int, m: re.Match[str], here: list[tuple[int, str]], names: set[str]
) -> bool:
    """Whether the pronoun ``m`` of sentence ``k`` may mean someone named after it."""
    text, start = ctx.text, ctx.sents[k].start
    if (
        not names
        and not _main_subject(text, start, m)
        and (
            any(a > m.start() for a, _n in here)
            or _given_name_after(text, m.end(), ctx.sents[k].end, ctx.quotes)
        )
    ):
        return True  # "Within her own party, ... Pelosi": may point forward (also to
        # a given name that is nobody's mention: "Beloved by her husband, Nancy")
    # "Pushed by host Chuck Todd on what could bring him to run, Cuban demurred":
    # a pronoun of an opening phrase may mean the subject after it
    return _subject_after_opening_phrase(text, start, m, here)


def _may_mean_another(ctx: _Context, k: int, lo: int, m: re.Match[str], name: str) -> bool:
    """Whether the pronoun ``m`` of sentence ``k``, whose only candidate from ``lo`` on
    is ``name``, may still mean someone else."""
    text, sents, pos = ctx.text, ctx.sents, m.start()
    male = m.group().lower() in _MALE_PRONOUNS
    as_subject = _named_as_subject(text, sents[k].start, pos, ctx.spans[name])
    if lo == sents[k].start and k > 0 and not as_subject:
        lo = sents[k - 1].start  # (its pronouns too: "He studied ... at Oxford. Then
        # came a posting as the adviser to Secretary of State Hillary Clinton, when he")
    if ctx.chain.continues_another(k, lo, m, name) or not (
        as_subject or ctx.speakers.agree(pos, name)
    ):
        return True  # (or the sources' resolution makes the pronoun someone else's)
        # "Kosiec stated police believe him ... Kosiec revealed police have been
        # unable to question him": the same him, who is not Kosiec
    own_reflexive = m.group().lower() in _REFLEXIVE and lo == sents[k].start
    # someone else a title or noun showed to be of that gender may be meant:
    # "Mrs Nakamura-Pryce ... Mensah-Boateng said she"
    return not own_reflexive and ctx.shown.other_before(name, "male" if male else "female", pos)


def _clause_subject(
    ctx: _Context, k: int, m: re.Match[str], here: list[tuple[int, str]]
) -> tuple[str | None, int]:
    """Whom the pronoun ``m`` of sentence ``k`` means as a subject's pronoun in its own
    sentence, if anyone (:func:`_subject_of_clause`; the subject of a named speaker's
    reported clause; the subject of a clause the subject's own clause opens), and where
    the stretch of text starts in which a person noun may mean someone else: the
    sentence, or the one before for the two readings that look past the sentence."""
    text, lo = ctx.text, ctx.sents[k].start
    subject = _subject_of_clause(text, lo, here, ctx.spans, m)
    if subject is not None:
        return subject, lo
    before = ctx.by_sentence.get(k - 1, []) if k else []
    subject = ctx.speakers.reporting_subject(m.group(), m.start(), here, before, ctx.shown.shown)
    if subject is None:
        # "Hillary Clinton used a private email address while she was ...": the
        # subject of a clause that the subject's own clause opens
        subject = _subject_of_clause(text, lo, here, ctx.spans, m, True)
        if subject is not None and not sole_candidate(m.group(), subject, before, ctx.shown.shown):
            subject = None
    if subject is not None and k:
        lo = ctx.sents[k - 1].start  # (a person noun there may be whom it means)
    return subject, lo


_POSSESSIVES = frozenset({"his", "her"})


def _opens_apposition(
    text: str,
    m: re.Match[str],
    here: list[tuple[int, str]],
    spans: dict[str, list[tuple[int, int]]],
) -> bool:
    """Does possessive pronoun ``m`` open an apposition to a mention right before it
    ("Ms Sharon Tate, his deputy,", "Tom Grady, her husband,")?  Then it means someone
    else: no one is their own deputy or husband."""
    if m.group().lower() not in _POSSESSIVES:
        return False
    j = m.start()
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == m.start() or text[j - 1 : j] != ",":
        return False
    j -= 1
    return any(b == j for a, name in here if a < j for a2, b in spans.get(name, ()) if a2 == a)


def _given_name_after(text: str, pos: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """A common given name (``data/given_names.tsv``) follows ``pos`` in its sentence,
    outside quotation marks, so a pronoun before it may point forward to a person whom no
    mention found ("Beloved by her husband, Nancy was ...": a first name alone is no
    mention when two people share it; 'He said, "... the family of Harry Dunn"' is no
    such name)."""
    names = given_names()
    return any(
        w.group() in names and not any(a <= w.start() < b for a, b in quotes)
        for w in _CAPITALISED.finditer(text, pos, end)
    )


#: A first line and a blank line after it (``_headline_line_end``).
_FIRST_LINE = compile_pattern(r"[^\n]{1,250}\n[ \t]*\n")


def _headline_line_end(text: str, start: int) -> int:
    """The end of the line at ``start`` when it is a headline: one line of 25 words at
    most, then a blank line, that ends in no stop or has every word of four letters or
    more capitalised ("Wow: Glenn Beck Just Responded To Palin's Trump Endorsement With
    One Brutal Line."); else 0.  A one-line lede in sentence case is not taken."""
    m = _FIRST_LINE.match(text, start)
    if m is None:
        return 0
    words = m.group().split()
    if len(words) > 25:
        return 0
    if words[-1][-1] not in ".!?:\"”’'":
        return m.end()
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return m.end() if len(long) >= 3 and all(w[0].isupper() for w in long) else 0


def _quoted_test(an: Analysis) -> Callable[[int], bool]:
    """A test of whether an offset lies inside one of ``an``'s quotations (nested or
    overlapping quotations merged first)."""
    merged: list[list[int]] = []
    for q in sorted(an.quotes, key=lambda q: q.start):
        if merged and q.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], q.end)
        else:
            merged.append([q.start, q.end])
    starts = [m[0] for m in merged]

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < merged[i][1]

    return inside


class _Chain:
    """Whom a pronoun can mean, read along the chain of pronouns before it: the people
    its sentence names before it and (not for himself/herself after a name of its
    sentence) those of the sentence before (for a pronoun that is no object in a
    sentence that opens with a name, that name's: "Radmall conceded that his side"); or
    nobody when an earlier pronoun of the same gender in that stretch cannot mean the
    person ("But he expended his talking points ... When pressed by Holt about how he":
    not Holt), or, for an object pronoun, can mean someone else too ("Kosiec stated
    police believe him to be aged 25. Kosiec revealed police have been unable to question
    him": not Kosiec).  Left out of that stretch: quoted pronouns and, for a pronoun
    that is no object, those before the name that it follows at once ("As for Carson,
    he") or that its sentence names not after a preposition ("Radmall conceded that his
    side")."""

    def __init__(
        self,
        text: str,
        sents: Sequence[Span],
        by_sentence: dict[int, list[tuple[int, str]]],
        spans: dict[str, list[tuple[int, int]]],
        quotes: list[tuple[int, int]],
    ) -> None:
        self.text, self.sents, self.by_sentence = text, sents, by_sentence
        self.spans, self.quotes = spans, quotes
        self._memo: dict[int, frozenset[str]] = {}

    def names(self, k: int, e: re.Match[str], depth: int = 0) -> frozenset[str]:
        """Whom the pronoun ``e`` of sentence ``k`` can mean."""
        got = self._memo.get(e.start())
        if got is not None:
            return got
        here = self.by_sentence.get(k, [])
        names = {n for a, n in here if a < e.start()}
        lo = self.sents[k].start
        opener = [n for a, n in here if a < e.start() and not self.text[lo:a].strip(" \"“‘'(")]
        if opener and not _is_object(self.text, e):
            names = set(opener)  # "Radmall conceded that his side": the subject's
        elif k > 0 and not (names and e.group().lower() in _REFLEXIVE):
            names |= {n for _a, n in self.by_sentence.get(k - 1, [])}
            lo = self.sents[k - 1].start
        if (
            len(names) == 1
            and depth < 4
            and self.continues_another(k, lo, e, next(iter(names)), depth + 1)
        ):
            names = set()
        self._memo[e.start()] = got = frozenset(names)
        return got

    def continues_another(
        self, k: int, lo: int, m: re.Match[str], name: str, depth: int = 0
    ) -> bool:
        """An earlier pronoun of ``m``'s gender in ``text[lo:m.start()]`` can mean someone
        other than ``name``: ``m`` most likely carries on with that person."""
        text, sents = self.text, self.sents
        male = m.group().lower() in _MALE_PRONOUNS
        obj = _is_object(text, m)
        for e in _PRONOUN.finditer(text, lo, m.start()):
            if (e.group().lower() in _MALE_PRONOUNS) != male:
                continue
            j = k if e.start() >= sents[k].start else k - 1
            if any(a <= e.start() < b for a, b in self.quotes) or (
                e.group()[0].isupper() and text[sents[j].start : e.start()].strip(" \"“‘'(")
            ):
                continue  # quoted, or a name ("Les Brown and His Band")
            if not obj and any(
                e.end() <= a < m.start()
                and (
                    not text[b : m.start()].strip(", ")
                    or (
                        a >= sents[k].start
                        and not _PREPOSITION_TITLE_BEFORE.search(text, max(lo, a - 60), a)
                    )
                )
                for a, b in self.spans[name]
            ):
                continue  # "... he reserved his passion ... As for Carson, he was"; "He
                # was 82. The current president of Namibia, Hage Geingob, expressed his":
                # the person named since, in the pronoun's sentence and not after a
                # preposition ("When pressed by Holt about how he" is no such mention)
            got = self.names(j, e, depth)
            if name not in got or (obj and got != {name}):
                return True  # it means someone else, or an object pronoun carries on
                # with one that could ("police believe him ... question him")
        return False


_CLAUSE_GAP = compile_pattern(r"[^,;:()\"“”]{0,40}")
_NOT_IN_CLAUSE = frozenset("and or but that who which whom whose when while if because".split())


def _object_of_own_clause(text: str, own: list[tuple[int, int]], m: re.Match[str]) -> bool:
    """The pronoun ``m`` is an object (him, or her not followed by a noun) of a verb whose
    subject is the person's mention just before it in one clause ("Sanders beat her",
    "Smith told him"): such a pronoun means someone else."""
    word = m.group().lower()
    if word != "him" and not (word == "her" and _OBJECT_HER.match(text, m.start())):
        return False
    ends = [b for _a, b in own if b <= m.start()]
    if not ends:
        return False
    gap = text[max(ends) : m.start()]
    words = gap.split()
    return (
        _CLAUSE_GAP.fullmatch(gap) is not None
        and len(words) <= 3
        and not any(w.lower() in _NOT_IN_CLAUSE for w in words)
    )

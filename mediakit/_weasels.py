"""Weasels: a view held by an unnamed group ("Some authors ... do not consider", "Many
Christians endorse", "others have argued"), the vague attribution of the CoNLL-2010
Wikipedia task (Farkas et al. 2010), used by :mod:`mediakit._hedging` for the entries of
category ``stance verb`` in ``data/hedges.tsv``; tested in ``tests/test_weasels.py`` and
described in ``docs/hedging.md``.
"""

from __future__ import annotations

import re

from mediakit._compiled import compile_pattern

__all__ = ["stance_verb"]

# A clause's subject opens with one of these: the holders of the view are not named.
_QUANTIFIERS = frozenset("some many most several various numerous certain few others".split())
_QUANTIFIER_PHRASES = ("a few", "a number of", "a variety of", "a minority of", "a majority of")
# Openers skipped before the subject: conjunctions and sentence adverbs.
_OPENERS = frozenset(
    "but and or while whereas however although though yet so thus still today now also "
    "indeed instead meanwhile moreover nevertheless nonetheless".split()
)
# Verbs that only a person does: any vague subject holds the view.  The others (consider,
# hold that) also have things for subjects
# ("Some compilers consider it an error"): they need a group of people (below).
_PERSONAL = frozenset(
    "believe argue argues argued contend contends "
    "insist insists suspect posit posits assert asserts asserted allege alleges endorse "
    "endorses endorsed".split()
)
# Between the quantifier and the verb: auxiliaries and adverbs, when the quantifier stands
# alone as the subject ("some have argued", "many would consider", "others still hold that").
_PRONOUN_USE = frozenset(
    "have has had would might may could do did also still now even further often long "
    "however".split()
)
_CLAUSE_ENDS = ".;:!?()[]\n"
# A subject of its own or a relative clause between: the quantifier is not the verb's subject.
_OTHER_SUBJECT = frozenset("i you he she it we they who which that whom whose".split())
_MAX_WORDS = 10
_WORD = compile_pattern(r"[a-z][a-z'’-]*")
# A quick test before the words are split: a quantifier's word anywhere in the window.
_ANY_QUANTIFIER = compile_pattern(
    r"\b(?:some|many|most|several|various|numerous|certain|few|others|number|variety|"
    r"minority|majority)\b",
    re.IGNORECASE,
)


def _people(words: list[str], groups: frozenset[str]) -> bool:
    """The words between the quantifier and the verb name people: a noun of category
    ``vague group`` ("authors", "critics"), a noun of persons by its ending ("historians",
    "anarchists"), or none but auxiliaries (the quantifier is the subject: "some have")."""
    if all(w in _PRONOUN_USE for w in words):
        return True
    return any(w in groups or w.endswith(("ists", "ians")) for w in words)


def _subject(clause: str) -> tuple[str, list[str]] | None:
    """The vague quantifier opening the clause (after conjunctions and sentence adverbs)
    and the words after it, or None."""
    words = [w for w in (_WORD.match(t) for t in clause.lower().split()) if w]
    low = [w.group(0) for w in words]
    k = 0
    while k < len(low) and low[k] in _OPENERS:
        k += 1
    rest = " ".join(low[k:])
    for phrase in _QUANTIFIER_PHRASES:
        if rest.startswith(phrase + " "):
            return phrase, low[k + len(phrase.split()) :]
    if k < len(low) and low[k] in _QUANTIFIERS:
        return low[k], low[k + 1 :]
    return None


def stance_verb(text: str, m_start: int, key: str, groups: frozenset[str]) -> str | None:
    """Why the verb ``key`` at ``m_start`` is a weasel (its clause opens with a vague
    quantifier and, unless the verb is one only people do, the subject names people), or
    None.  The clause runs back to a sentence or clause end; failing that, to a comma
    ("Despite this, many historians argue")."""
    lo = max(0, m_start - 100)
    if not _ANY_QUANTIFIER.search(text, lo, m_start):
        return None
    starts = [max(lo, *(text.rfind(c, lo, m_start) + 1 for c in _CLAUSE_ENDS))]
    comma = text.rfind(",", starts[0], m_start)
    if comma >= 0:
        starts.append(comma + 1)
    for a in starts:
        found = _subject(text[a:m_start])
        if found is None or len(found[1]) > _MAX_WORDS or _OTHER_SUBJECT.intersection(found[1]):
            continue
        quantifier, between = found
        if key in _PERSONAL or key.split()[0] in _PERSONAL or _people(between, groups):
            return f"an unnamed group's view: the clause opens with '{quantifier}'"
    return None

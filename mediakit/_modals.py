"""Root and epistemic modals: when "may", "might" and "could" say what a thing affords,
allows or can do (root: no hedge) rather than how sure anyone is (epistemic: a hedge).
The rules of encyclopaedic text (issue 15; ``python -m mediakit.evaluate encyclopaedic``),
used by :mod:`mediakit._hedging`; each is tested in ``tests/test_hedging*.py`` and
described in ``docs/hedging.md``.  Since the Wikipedia check a root modal of possibility
still counts as a hedge, its reading named in the marker (:func:`root_modal_is_cue`);
permission, past capacity and counterfactuals do not.
"""

from __future__ import annotations

import re

from mediakit._compiled import compile_pattern

__all__ = ["root_modal", "root_modal_is_cue"]

_PROSE_END = compile_pattern(r"[.!\n\r]|\?(?![)\]])")  # "(VIP?)" queries an item, ends nothing
_ADVERBS = r"(?:(?:also|then|only|still|simply|easily|directly|thus|even|not|never|\w+ly)\s+)*"
# "may be used", "could be written", "might still be called", "may also refer to": what a
# thing affords, not how sure anyone is (verbs of use, naming and handling).
_AFFORDANCE = compile_pattern(
    rf"(?:may|might|could)\s+{_ADVERBS}(?:be\s+{_ADVERBS}(?:used|utili[sz]ed|applied|compiled|"
    r"combined|called|named|written|printed|extended|expanded|varied|defined|selected|omitted|"
    r"specified|generali[sz]ed|negated|updated|passed|sent|received|stored|run|executed|"
    r"accessed|installed|implemented|configured|set|put|purchased|stolen|downloaded|modified|"
    r"changed|replaced|added|removed|deleted|edited|displayed|represented|encoded|translated|"
    r"converted|abbreviated|shortened|spel(?:led|t)|pronounced|turned|switched|achieved|"
    r"obtained|thought\s+of|referred\s+to|done|performed|computed|"
    r"calculated|determined|derived|constructed|placed|enclosed|nested|copied|shared|handled|"
    r"treated|processed|loaded|mapped|assigned|allocated|attached|embedded|precompiled|cached|"
    r"transmitted|routed|reused|parsed|evaluated|interpreted|invoked|declared|initiali[sz]ed)|"
    r"refer\s+to)\b",
    re.IGNORECASE,
)
# "may be X or Y", "may be done either by ...": options a thing allows ("may or may not" is
# no option).
_OPTIONS = compile_pattern(
    r"may\s+(?!or\b)[^.;:!?]{0,60}?\b(?:either|or)\b(?!\s+(?:may|might)\s+not|\s+not\b)",
    re.IGNORECASE,
)
# "may contain", "may include", "may have a reset input": what a kind of thing can hold
# (not "may have been", "may have gone": those are the perfect, of the past).
_HOLDING = compile_pattern(
    r"may\s+(?:also\s+|then\s+|still\s+|only\s+|optionally\s+)*(?:contain|include|comprise|"
    r"consist\s+of|hold|carry|store|accept|support|have\s+(?:a|an|one|two|three|four|several|"
    r"multiple|many|more|any|no|enough|only|up\s+to|\d))\b",
    re.IGNORECASE,
)
_PERSON_BEFORE = compile_pattern(r"\b(?:i|you|we|he|she|they|who)\s+$", re.IGNORECASE)
# The words before a modal back to the clause's start (a sentence end, a bracket, a colon,
# a semicolon or a comma, then the last conjunction), less the adverbs opening the clause.
_CLAUSE_ENDS = ".;:!?()[],\n"
_CONJUNCTIONS = frozenset(
    "but and or while whereas although though because since if when where so".split()
)
_CLAUSE_OPENERS = frozenset(
    "thus then however also often usually typically sometimes normally generally".split()
)
# A kind named by an indefinite singular or a distributive noun phrase ("A subject may",
# "Each node might", "Different classes may"): the modal says what any such thing can do or
# be.  Bare plurals ("Stripes may dazzle flies", "Further charges may be laid") are left
# alone: in news they are as often the subject of a conjecture.
_KIND_OPENERS = frozenset({"a", "an", "any", "each", "every", "different", "various"})
# "may have been", "may have gone", "may well", "might be the first": of what was or is so.
_EPISTEMIC_AFTER = compile_pattern(
    r"\s+(?:well\b|have\s+(?:been|\w+(?:ed|en)|gone|had|made|come|become|begun|run|seen)\b|"
    r"be\s+(?:the|one)\b)",
    re.IGNORECASE,
)


def _after_last(text: str, chars: str, lo: int, hi: int) -> int:
    """The offset after the last of ``chars`` in ``text[lo:hi]`` (``lo`` if none): a few
    ``rfind`` calls, where a regular expression anchored at ``hi`` would be quadratic."""
    return max(lo, *(text.rfind(c, lo, hi) + 1 for c in chars))


def _kind_subject(text: str, m_start: int, m_end: int, stop: int) -> bool:
    """The modal's subject names a kind, not a case (see _KIND_OPENERS): root "may"."""
    if _EPISTEMIC_AFTER.match(text, m_end, stop):
        return False
    words = text[_after_last(text, _CLAUSE_ENDS, max(0, m_start - 120), m_start) : m_start]
    low = words.lower().split()
    k = len(low)
    while k and low[k - 1] not in _CONJUNCTIONS:
        k -= 1
    while k < len(low) and low[k] in _CLAUSE_OPENERS:
        k += 1
    return k < len(low) and low[k] in _KIND_OPENERS


# "could" of a past capacity: a past setting ("was", "were", "had") and no verb of saying or
# thinking to make it a reported possibility ("said it could").
_PAST_SETTING = compile_pattern(r"\b(?:was|were|had)\b", re.IGNORECASE)
_REPORTED = compile_pattern(
    r"\b(?:said|says|say|told|warned|feared|fear|worried|expected|concluded|believed|thought|"
    r"suggested|predicted|estimated|speculated|admitted|claimed|argued|noted|stated|announced|"
    r"reported|hoped|worry|that|whether|if|unless)\b",
    re.IGNORECASE,
)
_NOT_CAPACITY = compile_pattern(
    r"\s+(?:have|be|become|happen|mean|cause|lead|result|face|affect|hit|threaten|harm|kill|"
    r"destroy|end|collapse|rise|fall|reach|take)\b",
    re.IGNORECASE,
)


def _past_capacity(text: str, m_start: int, m_end: int, stop: int) -> bool:
    """The word "could" + a verb in a sentence set in the past, not reported: past capacity."""
    if _NOT_CAPACITY.match(text, m_end, stop) or not text[m_end : m_end + 1].isspace():
        return False
    a = _after_last(text, ".!?\n", max(0, m_start - 300), m_start)
    end = _PROSE_END.search(text, m_end, stop)
    b = end.start() if end is not None else stop
    return bool(_PAST_SETTING.search(text, a, b)) and not _REPORTED.search(text, a, m_start)


def _root_modal(text: str, m_start: int, m_end: int, stop: int, key: str) -> bool:
    """The root modals of encyclopaedic text beyond _AFFORDANCE and _OPTIONS: what a thing
    can hold, what a kind of thing can do, "could" of a past capacity."""
    if _HOLDING.match(text, m_start, stop):
        return not _PERSON_BEFORE.search(text, max(0, m_start - 8), m_start)
    if key in ("may", "might"):
        return _kind_subject(text, m_start, m_end, stop)
    if key == "could":
        return _past_capacity(text, m_start, m_end, stop)
    if key in ("could have", "might have") and _counterfactual(text, m_start, m_end, stop):
        return True
    return key == "could have" and text[m_end : m_end + 1] in (".", ";")  # "though it could have."


# A counterfactual: "Had the North held out, they would have ... and could have continued",
# "if he had left, he might have lived": what would have been, not what perhaps was.
_PROTASIS = compile_pattern(r"(?:^|[.!?]\s+)had\b|\bif\b[^.;!?]*\bhad\b|\bwould\s+have\b", re.I)


def _counterfactual(text: str, m_start: int, m_end: int, stop: int) -> bool:
    """The modal's sentence holds an unreal past condition or "would have"."""
    a = _after_last(text, ".!?\n", max(0, m_start - 300), m_start)
    end = _PROSE_END.search(text, m_end, stop)
    b = end.start() if end is not None else stop
    return bool(_PROTASIS.search(text[a:b].strip()))


_YOU_BEFORE = compile_pattern(r"\b(?:you|one)\s+$", re.IGNORECASE)
# "you may use", "one could write": not "you may be", "one could argue"
_YOU_ROOT = compile_pattern(
    r"\s+(?!(?:not\s+)?(?:be|have|argue|say|claim|think|believe|suggest|imagine|expect)\b)[a-z]",
    re.IGNORECASE,
)


def root_modal(text: str, m_start: int, m_end: int, stop: int, key: str) -> bool:
    """The modal matched at ``[m_start, m_end)`` (list entry ``key``) is root: what a
    thing affords, holds or allows, what a kind of thing can do, past capacity, "you may"."""
    if _AFFORDANCE.match(text, m_start, stop) or (
        key == "may" and _OPTIONS.match(text, m_start, stop)
    ):
        return True
    return _root_modal(text, m_start, m_end, stop, key) or (
        key != "might"
        and bool(_YOU_BEFORE.search(text, max(0, m_start - 8), m_start))
        and bool(_YOU_ROOT.match(text, m_start + len(key.split()[0]), stop))
    )


def root_modal_is_cue(text: str, m_start: int, m_end: int, stop: int, key: str) -> bool:
    """A modal that :func:`root_modal` has read as root (the caller's test) still counts
    as a hedge cue when it is one of possibility ("A process may block", "could be
    used"), as CoNLL-2010's annotators marked the modal whatever its subject
    (docs/hedging.md, "Root modals counted as cues"); not when it gives permission ("you
    may use", "one could write"), is a past capacity ("had a GUI and could capture
    images") or sits in a counterfactual ("if he had left, he might have lived", "though
    it could have.")."""
    word = key.split()[0]
    if word not in ("may", "might", "could"):
        return False  # another rule of _hedging._not_uncertain ("appears in", "possible to")
    if key in ("might have", "could have") and _counterfactual(text, m_start, m_end, stop):
        return False
    if word == "could" and (
        _past_capacity(text, m_start, m_end, stop) or text[m_end : m_end + 1] in (".", ";")
    ):
        return False
    return not (
        word != "might"
        and _YOU_BEFORE.search(text, max(0, m_start - 8), m_start)
        and _YOU_ROOT.match(text, m_start + len(word), stop)
    )

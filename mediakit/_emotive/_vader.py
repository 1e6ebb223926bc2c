"""VADER's rules (Hutto & Gilbert 2014) applied to one lexicon word of a sentence.

Every rule that changes a word's valence appends a note saying so, which the word
keeps as its explanation (``EmotiveWord.rules``).
"""

from __future__ import annotations

from collections.abc import Mapping

from mediakit._emotive._lexicon import Rules
from mediakit._emotive._tokens import PUNCT

__all__ = [
    "ALPHA",
    "BUT_AFTER",
    "BUT_BEFORE",
    "CAPS",
    "EXCLAIM",
    "EXCLAIM_MAX",
    "QUESTION",
    "QUESTION_MAX",
    "fmt",
    "valence",
]

# Constants of the VADER algorithm, as published by Hutto & Gilbert (2014) and
# used by vaderSentiment 3.3.2.
CAPS = 0.733  # mean rating change caused by writing a sentiment word in ALL CAPS
_NEGATE = -0.74  # scalar applied to a negated sentiment word
_NEVER_SO = 1.25  # "never so good", "never this bad"
BUT_BEFORE = 0.5  # words before a contrastive "but"
BUT_AFTER = 1.5  # words after it
EXCLAIM = 0.292  # per "!" (at most 4 count)
EXCLAIM_MAX = 4
QUESTION = 0.18  # per "?" when there are 2 or 3
QUESTION_MAX = 0.96  # when there are more than 3
ALPHA = 15.0  # normalisation x / sqrt(x^2 + alpha)
_DISTANCE_DAMPING = (1.0, 0.95, 0.9)  # booster at 1, 2, 3 words before the sentiment word

_SO_THIS = frozenset(("so", "this"))
_OR_NOR = frozenset(("or", "nor"))
_AT_VERY = frozenset(("at", "very"))


def fmt(x: float) -> str:
    return f"{x:+.3f}".rstrip("0").rstrip(".")


def _special_check(
    v: float, low: list[str], i: int, n: int, rules: Rules, notes: list[str]
) -> float:
    """VADER's check of special phrases and two-word dampeners around word ``i`` (i >= 3).

    A phrase can only match when its first word is one of ``special_heads``,
    so each candidate is built only when its first word is one.
    """
    w, l1, l2, l3 = low[i], low[i - 1], low[i - 2], low[i - 3]
    heads = rules.special_heads
    special = rules.special_phrases
    # VADER's order: "l1 w", "l2 l1 w", "l2 l1", "l3 l2 l1", "l3 l2"; the first found wins
    seq = ""
    if l1 in heads and (s := f"{l1} {w}") in special:
        seq = s
    elif l2 in heads and ((s := f"{l2} {l1} {w}") in special or (s := f"{l2} {l1}") in special):
        seq = s
    elif l3 in heads and ((s := f"{l3} {l2} {l1}") in special or (s := f"{l3} {l2}") in special):
        seq = s
    if seq:
        v = special[seq]
        notes.append(f"phrase '{seq}' sets {fmt(v)}")
    if w in heads:
        if n - 1 > i:
            seq = f"{w} {low[i + 1]}"
            if seq in special:
                v = special[seq]
                notes.append(f"phrase '{seq}' sets {fmt(v)}")
        if n - 1 > i + 1:
            seq = f"{w} {low[i + 1]} {low[i + 2]}"
            if seq in special:
                v = special[seq]
                notes.append(f"phrase '{seq}' sets {fmt(v)}")
    phrase_heads = rules.phrase_heads
    phrases = rules.phrase_intensifiers
    for first, second in ((l3, l2), (l2, l1)):  # no three-word intensifiers exist
        if first in phrase_heads:
            seq = f"{first} {second}"
            if seq in phrases:
                b = phrases[seq]
                v += b
                notes.append(f"{'booster' if b > 0 else 'dampener'} '{seq}' {fmt(b)}")
    return v


def _boosted(
    v: float, b: float, k: int, i: int, raw: list[str], cap_diff: bool, notes: list[str]
) -> float:
    """Add booster/dampener ``b`` found ``k`` words before word ``i`` to its valence ``v``."""
    s = -b if v < 0 else b
    if cap_diff and raw[i - k].isupper():
        s += CAPS if v > 0 else -CAPS
    s *= _DISTANCE_DAMPING[k - 1]
    kind = "booster" if b > 0 else "dampener"
    where = "" if k == 1 else f" ({k} words before, x{_DISTANCE_DAMPING[k - 1]})"
    notes.append(f"{kind} '{raw[i - k].strip(PUNCT)}' {fmt(s)}{where}")
    return v + s


def _governs(between: str, lex: Mapping[str, float], notes: list[str]) -> bool:
    """False (and a note) when ``between`` is a lexicon word: a negation before it
    governs it, not the word after it."""
    if between in lex:
        notes.append(f"not negated: the negation governs '{between}'")
        return False
    return True


def valence(
    i: int,
    low: list[str],
    raw: list[str],
    n: int,
    cap_diff: bool,
    rules: Rules,
    notes: list[str],
    base: float,
) -> tuple[float, bool]:
    """Score lexicon word ``i`` of valence ``base`` with VADER's rules; return (score,
    emphasised by caps).

    VADER looks at the three words before ``i`` in turn (nearest first),
    skipping those that are lexicon words themselves; the three steps are
    written out one after the other.  Negation scope (issue 15): a negation two or
    three words before governs the nearer lexicon word between them, not this one
    ("won't win the war": "win" is negated, "war" is not).
    """
    lex = rules.lexicon
    w = low[i]
    v = base
    if w == "no" and i != n - 1 and low[i + 1] in lex:
        v = 0.0
        notes.append("'no' before a sentiment word: scored 0, negates that word instead")
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in _OR_NOR)
    ):
        v = base * _NEGATE
        notes.append(f"negated by 'no' x{_NEGATE}")
    caps = False
    if cap_diff and raw[i].isupper():
        caps = True
        c = CAPS if v > 0 else -CAPS
        v += c
        notes.append(f"ALL CAPS {fmt(c)}")
    if i == 0:
        return v, caps
    negations = rules.negations
    boosters = rules.intensifiers
    # one word before
    l1 = low[i - 1]
    if l1 not in lex:
        b = boosters.get(l1)
        if b is not None:
            v = _boosted(v, b, 1, i, raw, cap_diff, notes)
        if l1 in negations or "n't" in l1:
            v *= _NEGATE
            notes.append(f"negated by '{l1}' x{_NEGATE}")
    if i > 1:
        # two words before
        l2 = low[i - 2]
        if l2 not in lex:
            b = boosters.get(l2)
            if b is not None:
                v = _boosted(v, b, 2, i, raw, cap_diff, notes)
            if l2 == "never" and l1 in _SO_THIS:
                v *= _NEVER_SO
                notes.append(f"'never {l1}' x{_NEVER_SO}")
            elif l2 == "without" and l1 == "doubt":
                pass
            elif (l2 in negations or "n't" in l2) and _governs(l1, lex, notes):
                v *= _NEGATE
                notes.append(f"negated by '{l2}' (2 words before) x{_NEGATE}")
        if i > 2:
            # three words before
            l3 = low[i - 3]
            if l3 not in lex:
                b = boosters.get(l3)
                if b is not None:
                    v = _boosted(v, b, 3, i, raw, cap_diff, notes)
                if l3 == "never" and l2 in _SO_THIS:
                    v *= _NEVER_SO
                    notes.append(f"'never {l2}' x{_NEVER_SO}")
                elif l1 in _SO_THIS:
                    # VADER 3.3.2 applies the "never so/this" factor whenever the
                    # preceding word is "so" or "this" (operator precedence).
                    v *= _NEVER_SO
                    notes.append(f"preceded by '{l1}' x{_NEVER_SO} (VADER's 'never so' rule)")
                elif l3 == "without" and (l2 == "doubt" or l1 == "doubt"):
                    pass
                elif (
                    (l3 in negations or "n't" in l3)
                    and _governs(l1, lex, notes)
                    and _governs(l2, lex, notes)
                ):
                    v *= _NEGATE
                    notes.append(f"negated by '{l3}' (3 words before) x{_NEGATE}")
                heads = rules.special_heads
                if w in heads or l1 in heads or l2 in heads or l3 in heads:
                    v = _special_check(v, low, i, n, rules, notes)
        if l1 == "least" and low[i - 2] not in _AT_VERY:
            v *= _NEGATE
            notes.append(f"'least' x{_NEGATE}")
    elif l1 == "least":
        v *= _NEGATE
        notes.append(f"'least' x{_NEGATE}")
    return v, caps

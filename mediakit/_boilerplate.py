"""Page furniture: paragraphs that are not the story.

Boilerplate is flagged, with the rule and the reason, and kept: its words are
counted in their own voice (``boilerplate``) and left out of every other
metric.  Nothing is deleted.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._spans import Span

__all__ = ["Boilerplate", "find_boilerplate"]


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """One paragraph of page furniture and the rule that flagged it."""

    start: int
    end: int
    text: str
    rule: str
    reason: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    reason: str
    pattern: re.Pattern[str]


_NO_END_PUNCT = compile_pattern(r"[^.!?\"”’')\]:]\s*$")
#: Paragraphs longer than this are never boilerplate; the alternatives of a
#: rule that may match anywhere in a paragraph (not anchored at its start by
#: "^") only look at paragraphs of at most _MAX_CHARS_UNANCHORED characters:
#: page furniture is short, and a long story paragraph may well mention a
#: podcast on Spotify.
_MAX_CHARS = 2000
_MAX_CHARS_UNANCHORED = 400
_MEDIA_RULES = frozenset({"media_player", "media_label"})
_CAPTION_MAX_WORDS = 45


@cache
def _rules() -> tuple[_Rule, ...]:
    rules = []
    for name, reason, pattern in lexicons.rows("boilerplate"):
        rules.append(_Rule(name, reason, compile_pattern(pattern, re.IGNORECASE)))
    return tuple(rules)


# ---------------------------------------------------------------- fast matching
#
# Searching every rule on every paragraph costs little for the rules anchored
# at the paragraph start (``re`` tries ``^...`` at offset 0 only), but a rule
# with an unanchored alternative (``^A|B``) is scanned at every offset.  So
# each rule is cut into its top-level alternatives: all anchored ones are
# joined into one pattern tried once with ``.match()`` (its alternatives in
# rule order, so the first that matches names the first rule whose anchored
# part matches), and only the unanchored ones of *earlier* rules are then
# searched, each behind a substring test for a literal every match contains.
# A rule matches if any of its alternatives does, so the first matching rule
# is exactly the one the plain rule-by-rule loop finds.

#: The only characters outside ASCII that ``re.IGNORECASE`` matches with an
#: ASCII character (İ ı with "i", ſ with "s", the Kelvin sign with "k");
#: tests/test_boilerplate.py checks this against every code point.
_ASCII_CASE_TWINS = "\u0130\u0131\u017f\u212a"
_TWIN = compile_pattern(f"[{_ASCII_CASE_TWINS}]")
#: Backreferences and inline flags do not survive being cut out of a pattern
#: and joined with others: a rule that uses them is searched whole.
_NOT_SPLITTABLE = compile_pattern(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]")
_QUANTIFIERS = "?*+{"


def _skip_class(pattern: str, i: int) -> int:
    """The offset after the character class that opens at ``pattern[i] == "["``."""
    i += 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1  # a "]" first in a class is a literal
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at the ``|`` outside any group or class."""
    out: list[str] = []
    depth, begin, i = 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[begin:i])
            begin = i + 1
        i += 1
    out.append(pattern[begin:])
    return out


#: A repetition bound: "{3}", "{0,250}", "{,5}", "{2,}".
_BOUND = compile_pattern(r"\{\d*,?\d*\}")


def _required_literal(alternative: str) -> str:
    """The longest run of ASCII literal characters outside groups that every
    match of ``alternative`` (a pattern without top-level ``|``) contains, in
    lower case; ``""`` if there is none."""
    best = ""
    run: list[str] = []
    depth, i = 0, 0
    while i < len(alternative):
        c = alternative[i]
        literal: str | None = None
        if c == "\\":
            nxt = alternative[i + 1 : i + 2]
            i += 2
            if nxt and nxt.isascii() and not nxt.isalnum():
                literal = nxt  # an escaped mark such as \( or \.
            elif nxt == "N":
                i = alternative.index("}", i) + 1  # \N{BULLET}
            elif nxt and nxt in "xuU":
                i += {"x": 2, "u": 4, "U": 8}[nxt]  # \x41, \u00e9, \U0001f600
            elif nxt.isdigit():
                while i < len(alternative) and alternative[i] in string.octdigits:
                    i += 1  # \012 (backreferences are never split out: _NOT_SPLITTABLE)
        elif c == "[":
            i = _skip_class(alternative, i)
        else:
            bound = _BOUND.match(alternative, i) if c == "{" else None
            if bound is not None:
                i = bound.end() - 1  # a bound "{0,250}": none of it is literal
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif depth == 0 and c.isascii() and c not in ".^$*+?{}[]()|":
                literal = c
            i += 1
        after = alternative[i : i + 1]
        if after and after in _QUANTIFIERS:
            literal = None  # optional or repeated: not one fixed character
        if literal is None or depth > 0:
            if len(run) > len(best):
                best = "".join(run)
            run = []
        else:
            run.append(literal.lower())
    if len(run) > len(best):
        best = "".join(run)
    return best


@dataclass(frozen=True, slots=True)
class _Unanchored:
    rule: int  # index into _rules()
    pattern: re.Pattern[str]
    literal: str  # in lower case: every match contains it ("" = no test)
    in_long: bool  # also tried on paragraphs of more than _MAX_CHARS_UNANCHORED


@dataclass(frozen=True, slots=True)
class _Gated:
    rule: int  # index into _rules()
    pattern: re.Pattern[str]  # an anchored alternative
    max_size: int  # the longest paragraph it can match (``_max_size``)
    literal: str  # every match contains it ("" = no test; never a letter: no case)


@dataclass(frozen=True, slots=True)
class _Matcher:
    rules: tuple[_Rule, ...]
    # (pattern, rule index of each capturing group): the anchored alternatives joined,
    # but those with a length look-ahead, which are ``gated`` (in rule order)
    anchored: tuple[re.Pattern[str], tuple[int, ...]]
    gated: tuple[_Gated, ...]
    unanchored: tuple[_Unanchored, ...]  # in rule order


def _join_anchored(parts: list[tuple[int, str]]) -> tuple[re.Pattern[str], tuple[int, ...]]:
    group_rule: list[int] = [-1]  # group 0 is the whole match
    branches = []
    for rule, alt in parts:
        branches.append(f"({alt})")
        group_rule += [rule] * (1 + compile_pattern(alt).groups)
    # A pattern that never matches when no rule has an anchored part.
    pattern = "|".join(branches) if branches else r"(?!)"
    return compile_pattern(pattern, re.IGNORECASE), tuple(group_rule)


@cache
def _matcher() -> _Matcher:
    rules = _rules()
    anchored: list[tuple[int, str]] = []
    unanchored: list[_Unanchored] = []
    for k, rule in enumerate(rules):
        source = rule.pattern.pattern
        if _NOT_SPLITTABLE.search(source):
            # searched whole: in long paragraphs only when all of it is anchored
            whole = all(a.startswith("^") for a in _top_level_alternatives(source))
            unanchored.append(_Unanchored(k, rule.pattern, "", whole))
            continue
        for alt in _top_level_alternatives(source):
            if alt.startswith("^"):
                anchored.append((k, alt))
            else:
                # an alternative that may match anywhere: short paragraphs only
                pattern = compile_pattern(alt, re.IGNORECASE)
                unanchored.append(_Unanchored(k, pattern, _required_literal(alt), False))
    # An alternative with a length look-ahead, "^(?=.{0,120}$)...", fails only after
    # scanning up to 120 characters, on every longer paragraph: tried on its own, and
    # only on paragraphs it can match (about half the time of matching the anchored
    # alternatives, measured on the Wikinews articles).
    gated = []
    plain = []
    for k, alt in anchored:
        size = _max_size(alt)
        if size is None:
            plain.append((k, alt))
        else:
            literal = _required_literal(alt)
            if any(ch.isalpha() for ch in literal):
                literal = ""  # (a letter may match in another case)
            gated.append(_Gated(k, compile_pattern(alt, re.IGNORECASE), size, literal))
    return _Matcher(rules, _join_anchored(plain), tuple(gated), tuple(unanchored))


#: An alternative that opens with a look-ahead bounding the paragraph's length.
_LENGTH_LOOKAHEAD = compile_pattern(r"\^\(\?=(?:\.|\[[^\]\\]*\])\{0?,(\d+)\}\$\)")


def _max_size(alternative: str) -> int | None:
    """The size of the longest paragraph an anchored alternative can match, when it
    opens with a look-ahead ``^(?=X{0,n}$)`` (X a dot or a class without escapes): n
    characters and a final newline (``$`` matches before one).  ``None``: no bound."""
    m = _LENGTH_LOOKAHEAD.match(alternative)
    return int(m.group(1)) + 1 if m is not None else None


def _first_rule(m: _Matcher, text: str) -> int:
    """Index of the first rule that matches ``text`` (``len(m.rules)`` if none)."""
    size = len(text)
    pattern, group_rule = m.anchored
    hit = pattern.match(text)
    best = len(m.rules) if hit is None else group_rule[hit.lastindex or 0]
    for g in m.gated:
        if g.rule >= best:
            break
        if size <= g.max_size and g.literal in text and g.pattern.match(text):
            best = g.rule
            break
    low: str | None = None  # text.lower(), made when first needed
    exact_lower = True
    for u in m.unanchored:
        if u.rule >= best:
            break
        if size > _MAX_CHARS_UNANCHORED and not u.in_long:
            continue
        if u.literal:
            if low is None:
                low = text.lower()
                # Without a case twin, text that matches u.literal is ASCII
                # and lower() keeps it whole; with one, search instead.
                exact_lower = text.isascii() or _TWIN.search(text) is None
            if exact_lower and u.literal not in low:
                continue
        if u.pattern.search(text):
            return u.rule
    return best


def find_boilerplate(paragraphs: list[Span]) -> list[Boilerplate]:
    """Flag boilerplate paragraphs.

    Each paragraph is matched against the rules in ``data/boilerplate.tsv``
    (first match wins).  One structural rule is added: a paragraph of at
    most 45 words with no closing punctuation that comes straight before a
    media-player line is the caption of that video or photo
    (``caption_before_media``).
    """
    m = _matcher()
    rules = m.rules
    found: dict[int, tuple[str, str]] = {}
    for i, para in enumerate(paragraphs):
        size = len(para.text)
        if size > _MAX_CHARS:
            continue  # long paragraphs are story text, whatever words they contain
        k = _first_rule(m, para.text)
        if k < len(rules):
            found[i] = (rules[k].name, rules[k].reason)
    for i, para in enumerate(paragraphs[:-1]):
        if i in found:
            continue
        nxt = found.get(i + 1)
        if (
            nxt is not None
            and nxt[0] in _MEDIA_RULES
            and _NO_END_PUNCT.search(para.text)
            and len(para.text.split()) <= _CAPTION_MAX_WORDS
        ):
            found[i] = (
                "caption_before_media",
                "caption: an unpunctuated line just before a media player",
            )
    return [
        Boilerplate(p.start, p.end, p.text, *found[i])
        for i, p in enumerate(paragraphs)
        if i in found
    ]

"""Source types: which kind of voice a source is, by the first rule that matches.

The rules are ``data/source_types.tsv`` (type, rule name, flags, pattern); the
rule's name travels with the type so that every label explains itself. Most
rules are split into their literal words (tried as a set look-up) and a rest
(tried as a regular expression), which gives the same first match as trying
every pattern in turn, much faster (``tests/test_sources.py`` ties the two).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from mediakit import lexicons
from mediakit._compiled import compile_pattern, derived
from mediakit.lexicons import Rows

__all__ = ["source_type"]


@dataclass(frozen=True, slots=True)
class _TypeRule:
    type: str
    name: str
    pattern: _Lazy  # as written (``IGNORECASE`` for the ``i`` rules)
    # The ``i`` rules once more without ``IGNORECASE``, to search the lower-cased source
    # (same matches, about twice as fast); ``None`` for case-sensitive rules.
    folded: _Lazy | None
    label: str  # "type:name"
    # A rule "\b(?:alternatives)\b" split in two (``None``: searched as written): the
    # alternatives of word characters only, which fire when one of them is a whole run
    # of word characters of the source; the others as a regex, searched only when the
    # first word of one of them is such a run (``rest_first`` ``None``: always).
    words: frozenset[str] | None = None
    rest: _Lazy | None = None
    rest_first: frozenset[str] | None = None


class _Lazy:
    """A regex compiled at its first search.  Most rules fire through their words, and
    a source is tried against the case-insensitive or the lower-cased form of a rule,
    never both: compiling all 29 rules' regexes when they are loaded cost about 0.03 s
    of a one-article command, most of them never searched (docs/performance.md)."""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_pattern(self.pattern, self._flags)
        return compiled.search(text)


_WORD_RUN = compile_pattern(r"\w+")
_SPACES = "\x00"  # stands for ``\s+`` in an expanded alternative
_MAX_ALTERNATIVES = 5000


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex engine's \w


def _expand(items: Any, sre: Any) -> list[str] | None:
    r"""Every string a parsed regex sequence matches (``_SPACES`` for ``\s+``), or None.

    None when the sequence holds anything but literals, small character sets,
    alternations, groups without flags, ``?`` and ``\s+``: its language may then be
    infinite or not plain text, and the rule is searched as written.
    """
    out = [""]
    for op, av in items:
        alts: list[str] = []
        if op is sre.LITERAL:
            alts = [chr(av)]
        elif op is sre.IN:
            for o, a in av:
                if o is sre.LITERAL:
                    alts.append(chr(a))
                elif o is sre.RANGE and a[1] - a[0] < 64:
                    alts.extend(chr(x) for x in range(a[0], a[1] + 1))
                else:
                    return None
            if _SPACES in alts:
                return None  # a literal NUL: not ours to stand for white space
        elif op is sre.BRANCH:
            for alt in av[1]:
                got = _expand(alt, sre)
                if got is None:
                    return None
                alts.extend(got)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            got = _expand(av[3], sre)
            if got is None:
                return None
            alts = got
        elif op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
            lo, hi, sub = av
            if (
                lo == 1
                and hi is sre.MAXREPEAT
                and list(sub) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]
            ):
                alts = [_SPACES]
            elif hi <= 1:
                got = _expand(sub, sre)
                if got is None:
                    return None
                alts = ([""] if lo == 0 else []) + got
            else:
                return None
        else:
            return None
        if op is sre.LITERAL and av == ord(_SPACES):
            return None  # (as above)
        out = [o + a for o in out for a in alts]
        if len(out) > _MAX_ALTERNATIVES:
            return None
    return out


def _split_rule(
    pattern: str,
) -> tuple[frozenset[str], _Lazy | None, frozenset[str] | None] | None:
    """``(words, rest, rest_first)`` of :class:`_TypeRule` for a pattern without flags
    (worked out once per machine: :func:`mediakit._compiled.derived`)."""
    parts = derived("source_type_split", pattern, lambda: _split_parts(pattern))
    if parts is None:
        return None
    words, rest, firsts = parts
    return words, None if rest is None else _Lazy(rest), firsts


def _split_parts(
    pattern: str,
) -> tuple[frozenset[str], str | None, frozenset[str] | None] | None:
    """:func:`_split_rule` with the rest as its pattern's text."""
    try:
        parser = importlib.import_module("re._parser")
        sre = importlib.import_module("re._constants")
        tree = parser.parse(pattern, 0)
        if tree.state.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
            return None
        items = list(tree)
        boundary = (sre.AT, sre.AT_BOUNDARY)
        if len(items) < 3 or items[0] != boundary or items[-1] != boundary:
            return None
        alternatives = _expand(items[1:-1], sre)
    except Exception:
        return None  # another Python's parser: the rule is searched as written
    if not alternatives or "" in alternatives:
        return None
    words = frozenset(a for a in alternatives if all(_is_word_char(ch) for ch in a))
    others = sorted(set(alternatives) - words)
    if not others:
        return words, None, None
    firsts: set[str] = set()
    for a in others:
        k = 0
        while k < len(a) and _is_word_char(a[k]):
            k += 1
        if k == 0:
            return words, _alternation(others), None
        firsts.add(a[:k])  # followed by a non-word character: a whole run when it matches
    return words, _alternation(others), frozenset(firsts)


def _alternation(alternatives: list[str]) -> str:
    return r"\b(?:" + "|".join(re.escape(a).replace(_SPACES, r"\s+") for a in alternatives) + r")\b"


# Characters for which lower-casing the text is not the same as IGNORECASE matching
# against lower-case ASCII patterns: the lower case is not one character, or the
# character is case-equivalent to an ASCII letter ("İ", "ı", long s, Kelvin sign,
# "ß", ligatures).  A source holding one is matched with the IGNORECASE patterns.
# ``tests/test_sources.py`` checks this list against every code point.
_CASE_UNSAFE = compile_pattern("[\u00df\u0130\u0131\u017f\u212a\ufb00-\ufb06]")


@cache
def _type_rules(user: Rows = ()) -> tuple[_TypeRule, ...]:
    """The rules of ``data/source_types.tsv``, compiled (a user's rules first)."""
    rules: list[_TypeRule] = []
    for k, (kind, name, flags, pattern) in enumerate((*user, *lexicons.rows("source_types"))):
        folded = None
        if "i" in flags:
            if not lexicons.lower_case_pattern(pattern):
                raise ValueError(f"source_types.tsv: rule {name!r} (flag i) must be lower case")
            folded = _Lazy(pattern)
        split = _split_rule(pattern)
        rules.append(
            _TypeRule(
                kind,
                name,
                _Lazy(pattern, re.IGNORECASE if "i" in flags else 0),
                folded,
                f"{kind}:{name}" + (" (user list)" if k < len(user) else ""),
                *(split or (None, None, None)),
            )
        )
    return tuple(rules)


_SPEAKS_FOR = compile_pattern(
    r"\bspokes(?:man|woman|person|people)\s+(?:for|of|at)\s+(?:the\s+)?(.+)", re.IGNORECASE
)


@lru_cache(maxsize=8192)
def source_type(text: str, user: Rows = ()) -> tuple[str, str]:
    """``(type, rule)`` for a source's words; ``("unknown", "no_rule")`` when none fires.

    A spokesperson takes the type of the body they speak for ("a spokeswoman for
    Harwick General Hospital" is an organisation's voice), when that body has one.
    """
    m = _SPEAKS_FOR.search(text)
    if m is not None:
        tp, rule = _source_type(m.group(1), user)
        if tp != "unknown":
            return tp, f"{rule} (the body the spokesperson speaks for)"
    return _source_type(text, user)


def _source_type(text: str, user: Rows = ()) -> tuple[str, str]:
    low = text.lower() if text.isascii() or _CASE_UNSAFE.search(text) is None else None
    runs_low: set[str] | None = None  # the runs of word characters (for split rules)
    runs: set[str] | None = None
    for rule in _type_rules(user):
        if rule.folded is not None and low is not None:
            if rule.words is None:
                hit = rule.folded.search(low) is not None
            else:
                if runs_low is None:
                    runs_low = set(_WORD_RUN.findall(low))
                hit = _split_hit(rule, low, runs_low)
        elif rule.folded is None and rule.words is not None:
            if runs is None:
                runs = set(_WORD_RUN.findall(text))
            hit = _split_hit(rule, text, runs)
        else:
            hit = rule.pattern.search(text) is not None
        if hit:
            return rule.type, rule.label
    return "unknown", "no_rule"


def _split_hit(rule: _TypeRule, text: str, runs: set[str]) -> bool:
    """A split rule (:class:`_TypeRule`) fires on ``text``, whose word runs are ``runs``."""
    assert rule.words is not None
    if not rule.words.isdisjoint(runs):
        return True
    return (
        rule.rest is not None
        and (rule.rest_first is None or not rule.rest_first.isdisjoint(runs))
        and rule.rest.search(text) is not None
    )


#: Each source type in plain English, for plots and tables meant for people (every
#: type of ``data/source_types.tsv`` and "unknown"; ``tests/test_palette.py`` checks).
TYPE_NAMES: dict[str, str] = {
    "anonymous": "Anonymous or unnamed",
    "social_media": "Social media and footage",
    "media": "News media and journalists",
    "military": "Military",
    "police_emergency": "Police and emergency services",
    "party": "Political parties and campaigns",
    "official": "Officials and governments",
    "expert": "Experts",
    "document": "Documents and data",
    "organisation": "Organisations and companies",
    "witness": "Witnesses and residents",
    "unknown": "Unknown type",
}

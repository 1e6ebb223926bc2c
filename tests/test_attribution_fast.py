"""The attribution part's fast paths give what their plain versions give.

On the 295 Wikinews articles bundled as the sample corpus and on hand-built texts.
"""

from __future__ import annotations

from functools import cache

import pytest

import mediakit
from mediakit._boilerplate import _MAX_CHARS, _matcher, _max_size, _required_literal
from mediakit._parse import parse
from tests.test_boilerplate import _first_rule_plainly


@cache
def _texts() -> list[str]:
    return [t for t in mediakit.sample_corpus()["text"] if isinstance(t, str) and t.strip()]


def test_the_sample_corpus_is_read() -> None:
    assert len(_texts()) >= 290


def _first_rule_name(text: str) -> str | None:
    from mediakit._boilerplate import _first_rule

    m = _matcher()
    k = _first_rule(m, text)
    return m.rules[k].name if k < len(m.rules) else None


# Paragraphs either side of the length bounds of the rules' look-aheads ("^(?=.{0,120}$)",
# "^(?=[^...]{0,300}$)"), with and without a final newline.
_EDGES = [
    pad + tail
    for n in (118, 119, 120, 121, 122, 298, 299, 300, 301, 302)
    for tail in ("", "\n")
    for pad in (
        "The mayor (left) " + "x" * (n - 17 - len(tail)),
        "x" * (n - 14 - len(tail)) + " /Getty Images",
        "x" * (n - 12 - len(tail)) + " via Reuters",
    )
]


@pytest.mark.parametrize("line", _EDGES)
def test_length_gated_alternatives_agree_with_every_rule_searched(line: str) -> None:
    assert _first_rule_name(line) == _first_rule_plainly(line)


def test_length_gates_on_the_sample_corpus() -> None:
    m = _matcher()
    assert m.gated  # the rules have such look-aheads
    checked = 0
    for text in _texts():
        for para in parse(text).paragraphs:
            if len(para.text) <= _MAX_CHARS:
                assert _first_rule_name(para.text) == _first_rule_plainly(para.text)
                checked += 1
    assert checked > 4000


@pytest.mark.parametrize(
    ("alternative", "size"),
    [
        (r"^(?=.{0,120}$)[^.!?]{0,80}/x", 121),
        (r'^(?=[^"“”]{0,300}$)[^.!?]{0,250}\(', 301),
        (r"^(?=.{,7}$)a", 8),
        (r"^\s*(?:play|watch)", None),
        (r"^(?=.{3,7}$)a", None),
        (r"^(?=[^\]]{0,7}$)a", None),  # (an escape inside the class: not read)
    ],
)
def test_max_size(alternative: str, size: int | None) -> None:
    assert _max_size(alternative) == size


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r'^(?=[^"“”]{0,300}$)[^.!?]{0,250}\((?:left|right)\)', "("),
        (r"a{2}bc", "bc"),
        (r"x{,5}yz{3,}", "y"),
        (r"ab{c", "a"),
    ],
)
def test_required_literal_skips_repetition_bounds(pattern: str, literal: str) -> None:
    assert _required_literal(pattern) == literal


def test_gated_alternatives_need_their_literal() -> None:
    m = _matcher()
    assert [g.literal for g in m.gated if g.literal] == ["("]
    # a short caption without the parenthesis is tried against the gate and skipped
    assert _first_rule_name("The mayor left the room") is None


def test_pass_1_order_is_according_to_first_then_right_to_left() -> None:
    from itertools import product

    from mediakit._attribution._model import CueEntry, _Cue
    from mediakit._attribution._structures import _by_pass_1_order

    for n in range(6):
        for kinds in product(("according_to", "speech"), repeat=n):
            cues = [
                _Cue(k, k, k + 1, CueEntry("x", kind, False), "x", False, False, False)
                for k, kind in enumerate(kinds)
            ]
            plain = sorted(range(n), key=lambda k: (cues[k].entry.kind != "according_to", -k))
            assert _by_pass_1_order(cues) == plain


def test_resolve_fields_are_the_fields_of_resolve() -> None:
    from dataclasses import astuple

    from mediakit._sources import SourceResolver

    checked = 0
    for text in _texts()[::3]:
        spans = [a.source for a in mediakit.analyze(text).attributions if a.source is not None]
        plain, fast = SourceResolver(text), SourceResolver(text)
        for s in spans:
            assert fast.resolve_fields(s.text, s.start) == astuple(plain.resolve(s.text, s.start))
            checked += 1
    assert checked > 500

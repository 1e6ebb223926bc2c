"""No input makes the analysis worse than linear in its length.

For adversarial shapes, the CPU time on 4n characters must be less than 8
times the time on n characters (linear would be 4; quadratic 16).  Each
timing repeats the call for at least 50 ms and the best of a few runs is
taken, in CPU time, so a busy machine does not fail it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import mediakit
from mediakit._attribution import find_attributions
from mediakit._quotes import find_quotes
from mediakit._spans import Span
from mediakit._text import paragraph_spans

N = 10_000
RATIO = 8.0


def _cycle(piece: str) -> Callable[[int], str]:
    return lambda n: (piece * (n // len(piece) + 1))[:n]


SHAPES = {
    "many-quotes": _cycle('"He said " it "was" ‘so’ “nested ‘deep’ ” '),
    "unclosed-quotes": _cycle('The mayor said "we will go. '),
    "only-quote-marks": _cycle("\"“”‘’'«»„"),
    "no-spaces": _cycle("abcdefghij"),
    "no-spaces-punctuated": _cycle("ab.Cd,ef!Gh?"),
    "short-lines": _cycle("A.\n"),
    "abbreviations": _cycle("Mr. Dr. U.S. St. a.m. J. "),
    "dense-cues-one-sentence": _cycle("he said, she said, "),
    "cues-no-punctuation": _cycle("said that told claimed according to "),
    "html-tags": _cycle("<p>The mayor said.</p>"),
    "quote-said-comma": _cycle('"Yes," he said. '),
    "multi-paragraph-quote": _cycle('"We will fight\n'),
    "names-and-pronouns": _cycle("John Smith said. He said. Mary Jones told them. They said. "),
}


def _cpu(fn: Callable[[], object], runs: int = 2) -> float:
    """CPU seconds per call of ``fn``, best of ``runs``; each run repeats the call
    until at least 50 ms have passed, so that short calls are timed reliably."""
    best = float("inf")
    for _ in range(runs):
        calls = 0
        t0 = time.process_time()
        while True:
            fn()
            calls += 1
            spent = time.process_time() - t0
            if spent >= 0.05:
                break
        best = min(best, spent / calls)
    return best


@pytest.mark.parametrize("shape", list(SHAPES))
def test_analysis_time_is_linear(shape: str) -> None:
    make = SHAPES[shape]
    mediakit.analyze(make(200)).to_json()  # lexicons loaded, caches warm
    small = _cpu(lambda: mediakit.analyze(make(N)).to_json(), runs=3)
    large = _cpu(lambda: mediakit.analyze(make(4 * N)).to_json(), runs=3)
    assert large / small < RATIO, f"{shape}: {small:.3f} s for {N}, {large:.3f} s for {4 * N}"


# One sentence packed with cues (the analysis cuts sentences at 2,000 characters,
# ``mediakit._text.MAX_SENTENCE_CHARS``; ``find_attributions`` must not rely on it).
ONE_SENTENCE = {
    "he-said-she-said": "he said, she said, ",
    "cues-no-punctuation": "said that told claimed according to ",
    "coordinated": "Officials said the plan failed and added ",
    "asked-openers": "Asked if it works, Ryan said ",
    "appositive-sources": "Smith, a spokesman, said ",
    "participles": "The mayor left, saying ",
    "according-to": "the plan failed, according to officials, ",
    "long-gaps": "the quick brown fox jumps over the lazy dog and he said ",
    "inverted": "it works, said Smith, ",
    "strict-cues": "he called them called ",
}


def _attribute_one_sentence(piece: str, n: int) -> float:
    text = (piece * (n // len(piece) + 1))[:n]
    paras = paragraph_spans(text)
    sents = [Span(p.start, p.end, p.text) for p in paras]
    quotes = find_quotes(text, paras, sents)
    return _cpu(lambda: find_attributions(text, paras, sents, quotes, []), runs=3)


@pytest.mark.parametrize("shape", list(ONE_SENTENCE))
def test_find_attributions_is_linear_in_one_long_sentence(shape: str) -> None:
    piece = ONE_SENTENCE[shape]
    _attribute_one_sentence(piece, 500)
    small, large = _attribute_one_sentence(piece, 2000), _attribute_one_sentence(piece, 8000)
    assert large / small < RATIO, (
        f"{shape}: {small:.3f} s for 2,000 characters, {large:.3f} s for 8,000"
    )

"""No input makes the analysis worse than linear in its length.

For adversarial shapes, the CPU time on 4n characters must be less than 8
times the time on n characters (linear would be 4; quadratic 16).

The machines this runs on are shared virtual CPUs whose speed swings by up to
half for seconds at a time, so a single pair of timings can show a ratio of 9
for linear code (CI once measured 0.050 s for 10k characters and 0.466 s for
40k during such a swing; the same code gives 0.10 s and 0.43 s on a quiet
machine).  So each timing repeats the call for at least 50 ms, with the
garbage collector paused as ``timeit`` does; the small and the large input are
timed in alternation, five rounds each; and the best time of each is compared.
A slow spell then has to cover every round of the small input and none of the
large one to fail a linear shape, while a quadratic shape (ratio 16) still
fails whatever the noise.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

import mediakit
from mediakit import Article, Metadata
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


def _cpu(fn: Callable[[], object]) -> float:
    """CPU seconds per call of ``fn``: the call is repeated until at least 50 ms
    have passed, so that short calls are timed reliably.  The garbage collector
    is paused meanwhile (as ``timeit`` does): its full collections walk every
    object in the test process, whatever earlier tests left there."""
    gc.collect()
    gc.disable()
    try:
        calls = 0
        t0 = time.process_time()
        while True:
            fn()
            calls += 1
            spent = time.process_time() - t0
            if spent >= 0.05:
                return spent / calls
    finally:
        gc.enable()


def _best_times(
    small: Callable[[], object], large: Callable[[], object], rounds: int = 5
) -> tuple[float, float]:
    """Best CPU time per call of ``small`` and of ``large``, timed in alternation."""
    best_small = best_large = float("inf")
    for _ in range(rounds):
        best_small = min(best_small, _cpu(small))
        best_large = min(best_large, _cpu(large))
    return best_small, best_large


@pytest.mark.parametrize("shape", list(SHAPES))
def test_analysis_time_is_linear(shape: str) -> None:
    make = SHAPES[shape]
    mediakit.analyze(make(200)).to_json()  # lexicons loaded, caches warm
    small_text, large_text = make(N), make(4 * N)
    small, large = _best_times(
        lambda: mediakit.analyze(small_text).to_json(),
        lambda: mediakit.analyze(large_text).to_json(),
    )
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
    # found by the fuzzer: each cue's source walk stops at ")" without "(", so
    # every cue used to look ahead at every later cue of the sentence
    "unopened-parenthesis": "– – ) asked",
}


def _attribute_one_sentence(piece: str, n: int) -> Callable[[], object]:
    """A call of ``find_attributions`` on one sentence of ``n`` characters."""
    text = (piece * (n // len(piece) + 1))[:n]
    paras = paragraph_spans(text)
    sents = [Span(p.start, p.end, p.text) for p in paras]  # one sentence per paragraph
    art = Article(text, Metadata(None, None, None, 0), tuple(paras), tuple(sents))
    quotes = find_quotes(text, paras, sents)
    return lambda: find_attributions(art, quotes)


@pytest.mark.parametrize("shape", list(ONE_SENTENCE))
def test_find_attributions_is_linear_in_one_long_sentence(shape: str) -> None:
    piece = ONE_SENTENCE[shape]
    _attribute_one_sentence(piece, 500)()
    small, large = _best_times(
        _attribute_one_sentence(piece, 2000), _attribute_one_sentence(piece, 8000)
    )
    assert large / small < RATIO, (
        f"{shape}: {small:.3f} s for 2,000 characters, {large:.3f} s for 8,000"
    )

"""The emotive layer's fast path gives what its plain version gives.

:func:`score_sentences` (every sentence of an article in one pass) against
:func:`score_sentence` of each sentence, field by field, on the 295 Wikinews articles of
the sample corpus and on hand-built texts (odd spacing, curly quotes, capitals, the two
characters whose lower case is not one character on its own, punctuation only).
"""

from __future__ import annotations

from functools import cache

import pytest

import mediakit
from mediakit._emotive import score_sentence, score_sentences
from mediakit._parse import Article, parse
from mediakit._spans import Span

HAND_BUILT = [
    "The attack was very deadly and many were VERY badly injured!!! Was it a good idea??",
    "Police do not suspect foul play.  She said:   “It’s not  a   horrible tragedy.”",
    "No, said the minister. There is no reason. It wasn’t the least bit bad, kind of sad.",
    "Play video\n\nLike us on Facebook\n\n...\n\n!!!\n\n:) :( no. ok.",
    "The United Nations condemned the Great Depression. Fans United Behind Team",
    "ΣΟΦΙΑ said the war was terrible. İstanbul's mayor praised the brave rescuers.",
    "Never so good, but the ending was awful; without doubt the best, at least not bad.",
    "He said the deal was “kind of” great… — and yet — tragically, the killings continued?",
    "GREAT NEWS FOR ALL! The happy, HAPPY crowd cheered. Sort of nice, just enough fun.",
    "\t Tabs\tand\u00a0non-breaking spaces: the war’s victims\u2003were mourned. ",
]


def _same(article: Article) -> int:
    fast = score_sentences(article.text, article.sentences)
    plain = [score_sentence(s.text, s.start) for s in article.sentences]
    assert len(fast) == len(plain)
    for s, f, p in zip(article.sentences, fast, plain, strict=True):
        assert f == p, s.text  # every field, the words and their rules too
        assert (f.compound, f.pos, f.neg, f.neu, f.intensity) == (
            p.compound,
            p.pos,
            p.neg,
            p.neu,
            p.intensity,
        ), s.text  # to the bit (== on floats)
    return len(fast)


@cache
def _corpus() -> list[str]:
    return [t for t in mediakit.sample_corpus()["text"] if isinstance(t, str) and t.strip()]


def test_the_sample_corpus_is_read() -> None:
    assert len(_corpus()) >= 290


@pytest.mark.parametrize("part", range(3))
def test_the_corpus_scores_the_same_either_way(part: int) -> None:
    sentences = sum(_same(parse(t)) for t in _corpus()[part::3])
    assert sentences > 3000


@pytest.mark.parametrize("text", HAND_BUILT)
def test_hand_built_texts_score_the_same_either_way(text: str) -> None:
    assert _same(parse(text)) > 0


def test_spans_of_any_kind_score_the_same_either_way() -> None:
    """Not only the parser's sentences: empty spans, spaces only, a whole paragraph."""
    text = "  Hello!!  It was a  terrible,  awful day.\n\n   \n“Great” news?? :) "
    spans = [Span.of(text, a, b) for a in range(0, len(text), 3) for b in (a, a + 7, len(text))]
    fast = score_sentences(text, spans)
    assert fast == [score_sentence(s.text, s.start) for s in spans]


def test_the_layer_is_the_fast_path() -> None:
    from mediakit._pipeline import emotion_layer

    article = parse(HAND_BUILT[0])
    assert emotion_layer(article) == [score_sentence(s.text, s.start) for s in article.sentences]


def test_the_token_cache_gives_token() -> None:
    """vader_tokens() (a cache of token()) against token() itself, cold and warm."""
    from mediakit._emotive import _tokens

    lowered = " ".join(_corpus()[:30] + HAND_BUILT).lower().replace("’", "'").split()
    lowered += ["no.", ":)", "—", "...", "“war”", "(ok)", "x", "'tis", "don't."]
    plain = [_tokens.token(t) for t in lowered]
    _tokens._TOKENS.clear()
    assert _tokens.vader_tokens(lowered) == plain  # cold: every token new
    assert _tokens.vader_tokens(lowered) == plain  # warm: every token seen
    assert _tokens.vader_tokens(lowered[::-1]) == plain[::-1]

"""Property-based checks: the analysis invariants hold for any text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mediakit import analyze
from mediakit._trie import trie_pattern
from tests.test_analysis import check_invariants

PIECES = [
    "said",
    "says",
    "told",
    "according to",
    "Mr",
    "Dr.",
    "Ms",
    "U.S.",
    "officials",
    "he",
    "she",
    "They",
    "The minister",
    "Anton Herashchenko",
    "claimed",
    "denied",
    "reports",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    ",",
    ".",
    "!",
    "?",
    ":",
    ";",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    "Play video",
    "Read more",
    "could",
    "clearly",
    "horror",
    "not",
    "very",
    "but",
    "BAD",
    "1,684",
    "3.5",
    "assessed.The",
    "😀",
    "e\u0301",
    "שלום",
    "\x00",
    "<script>",
    "$5",
    "İ",
]

article_like = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)
anything = st.text(max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(article_like, anything))
def test_invariants_hold_for_any_text(text: str) -> None:
    a = analyze(text)
    check_invariants(a)
    # every marker and emotive word points at its own text
    for m in a.markers:
        assert text[m.start : m.end] == m.text
    for e in a.emotion:
        for w in e.words:
            assert text[w.start : w.end] == w.text
        assert 0.0 <= e.intensity <= 1.0
        assert -1.0 <= e.compound <= 1.0
    for q in a.quotes:
        assert text[q.start : q.end] == q.text
    a._repr_html_()
    json.loads(a.to_json())


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abc ", min_size=1, max_size=6), min_size=1, max_size=8),
    st.text(alphabet="abc ,.", max_size=60),
)
def test_trie_pattern_finds_the_same_words_as_a_plain_alternation(
    phrases: list[str], text: str
) -> None:
    import re

    phrases = [" ".join(p.split()) for p in phrases if p.strip()]
    if not phrases:
        return
    ours = trie_pattern(phrases)
    plain = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
        )
        + r")(?![\w'’-])"
    )
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_like)
@example("could \n ?")  # a lone CR ended no sentence for the hedges' question test
def test_line_ends_change_offsets_only(text: str) -> None:
    """LF, CRLF and lone CR give the same words, voices, sentences and metrics."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lf = analyze(text)
    for eol in ("\r\n", "\r"):
        other = analyze(text.replace("\n", eol))
        check_invariants(other)
        assert other.word_table()[["text", "voice"]].equals(lf.word_table()[["text", "voice"]])
        assert [s.text for s in other.sentences] == [s.text for s in lf.sentences]
        assert other.sentence_voices == lf.sentence_voices
        assert other.metrics == lf.metrics
        assert other.metadata.title == lf.metadata.title


HASHSEED = r"""
import sys, mediakit
texts = [mediakit.seed_path().read_text(encoding="utf-8"), sys.argv[1]]
for p in mediakit.seed_paths():
    texts.append(p.read_text(encoding="utf-8"))
sys.stdout.write("\n".join(mediakit.analyze(t, path="x").to_json() for t in texts))
"""


def test_json_does_not_depend_on_the_hash_seed() -> None:
    """Set and dict order must never leak into the output: two hash seeds, same bytes."""
    import os
    import subprocess
    import sys

    hostile = (
        'Officials said, "We will go." ‘Maybe,’ she added. According to police, '
        "Mr. Smith told ITV News he was not afraid. They claimed it. Play video"
    )
    outs = []
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run(
            [sys.executable, "-c", HASHSEED, hostile],
            capture_output=True,
            env=env,
            timeout=120,
            check=True,
        )
        outs.append(r.stdout)
    assert outs[0] == outs[1]
    assert outs[0].count(b'"schema"') == 2 + len(__import__("mediakit").seed_paths())

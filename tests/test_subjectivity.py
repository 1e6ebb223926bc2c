"""Sentence subjectivity (issue 15): emotive intensity combined with stance cues, each
cue explained, on texts built by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit import analyze, lexicons
from mediakit._subjectivity import WEIGHTS, score, stance_cues, text_subjectivity


def test_the_score_combines_intensity_and_each_kind_of_cue_once() -> None:
    assert score(0.0, set()) == 0.0
    assert score(0.3, set()) == pytest.approx(0.3)
    assert score(0.0, {"obligation"}) == pytest.approx(WEIGHTS["obligation"])
    both = score(0.5, {"hedge", "personal"})
    assert both == pytest.approx(1 - 0.5 * (1 - WEIGHTS["hedge"]) * (1 - WEIGHTS["personal"]))
    assert score(1.0, {"hedge"}) == 1.0


def test_stance_cues_are_whole_words_and_i_only_as_written() -> None:
    cues = stance_cues("I think You should go, but we must not. The US said yes; i agree.")
    assert [(c.text, c.kind) for c in cues] == [
        ("I", "personal"),
        ("You", "personal"),
        ("should", "obligation"),
        ("we", "personal"),
        ("must", "obligation"),
    ]
    # phrases across white space; not inside another word
    assert [c.entry for c in stance_cues("They have  to act; mustard is yellow.")] == ["have to"]


def test_every_cue_kind_has_a_weight() -> None:
    kinds = {kind for _entry, kind in lexicons.rows("stance_cues")}
    assert kinds | {"hedge", "booster"} == set(WEIGHTS)
    assert "Provenance" in lexicons.provenance("stance_cues")


def test_a_plain_report_scores_zero_and_an_opinion_in_plain_words_does_not() -> None:
    a = analyze(
        "Council\n\nThe council met on Tuesday at the town hall.\n\n"
        "I think we should have a consumption tax, he said."
    )
    plain, opinion = a.subjectivity[-2], a.subjectivity[-1]
    assert plain.score == 0.0 and plain.cues == ()
    assert opinion.score > 0.5
    assert opinion.explain() == "hedge: I think; personal: I, we; obligation: should"
    # the sentence table carries both, row for row
    st = a.sentence_table()
    assert st["subjectivity"].tolist() == [s.score for s in a.subjectivity]
    assert st["subjectivity_cues"].iloc[-1] == opinion.explain()


def test_approximators_are_no_cue_and_boosters_are() -> None:
    assert text_subjectivity("About 40 people came.").score == 0.0
    got = text_subjectivity("It is certainly true.")
    assert [c.kind for c in got.cues] == ["booster"]
    assert got.score >= WEIGHTS["booster"]


def test_the_stance_pattern_finds_what_the_plain_pattern_finds() -> None:
    import re

    from mediakit import seed_path
    from mediakit._subjectivity import _plain, _stance

    plain = re.compile(_plain())
    texts = [
        seed_path().read_text(encoding="utf-8"),
        "I think You should go, but we must not; ourselves, Need  to, yours. Us? US. i. -we",
    ]
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _stance().finditer(text)] == spans
    assert len(spans) == 9  # I You should we must ourselves "Need  to" yours Us


_PIECES = [
    "I", "I'm", "I’ve", "we", "We", "us", "our", "you", "You", "should", "must",
    "have", "to", "need", "needs", "had", "better", "I.B.M.", "U.S.", "we're", "mustard",
    "you2", "_we", "'you'", "-our", "in", "the", "said",
]  # fmt: skip
_GAPS = [" ", "  ", "\n", ", ", ". ", " (", ") ", " \u201c", "\u201d ", "-", "'", "’", "_", ""]


def _tied(text: str) -> None:
    from mediakit import parse
    from mediakit._subjectivity import stance_cues_of_words

    art = parse(text)
    plain = [c for c in stance_cues(text) if c.start >= art.metadata.body_start]
    assert stance_cues_of_words(text, art.word_starts, art.word_texts) == plain


def test_stance_cues_from_words_are_the_patterns_cues() -> None:
    from mediakit import samples

    for path in samples.seed_paths():
        _tied(path.read_text(encoding="utf-8"))
    _tied("Head\n\nI.B.M. said I should, we must not; 'you' and -our and _we and you2.")
    _tied("Head\n\nThey have  to act; we need\nto go. You had better run, I'm sure.")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=30))
def test_stance_cues_from_words_are_the_patterns_cues_on_any_text(
    parts: list[tuple[str, str]],
) -> None:
    _tied("Head\n\n" + "".join(p + g for p, g in parts))

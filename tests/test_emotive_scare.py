"""Scare quotes (issue 15, branch loaded8): a word or three in double marks that quote,
name and mention nothing are one emotive item with their rule; quotations, names,
titles, terms and the words of a source stay unflagged.  Each "flagged" case scored
nothing before."""

from __future__ import annotations

import pytest

from mediakit._emotive import SentenceEmotion, score_sentence
from mediakit._emotive._batch import score_sentences
from mediakit._emotive._scare import SCARE_RULE, SCARE_VALENCE, scare_quotes
from mediakit._spans import Span


def both(text: str) -> SentenceEmotion:
    one = score_sentence(text)
    assert score_sentences(text, [Span(0, len(text), text)]) == [one]
    return one


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The board hired a "neutral" auditor from the firm.', "neutral"),  # VADER: 0
        ("The “independent” review was paid for by the firm.", "independent"),
        ("The so-far “voluntary” cuts took effect in May.", "voluntary"),
        ("Residents met the ''reformers'' in Ohio.", "reformers"),
        ('The agency\'s "fact-finding trips" went on.', "fact-finding trips"),
        ('Lobbyists funded the "grassroots movement" of the group.', "grassroots movement"),
    ],
)
def test_scare_quotes_are_flagged_with_their_rule(text: str, words: str) -> None:
    r = both(text)
    hits = [w for w in r.words if w.rules and w.rules[0].startswith(SCARE_RULE)]
    assert [w.text for w in hits] == [words]
    assert hits[0].score == SCARE_VALENCE and hits[0].entry == words
    assert text[hits[0].start : hits[0].end] == words
    assert r.intensity > 0 and r.compound < 0


@pytest.mark.parametrize(
    "text",
    [
        'The senator said the bill was "dead" in the House.',  # a quotation: said
        'Officials called it a "tipping point" for the region.',  # named: called
        'The term "carbon sink" is used for forests.',  # a term used as a term
        'The so-called "closed" primaries bar independents.',
        'She starred in "Prison Break" and other shows.',  # a title: capitals
        'He told reporters, "we will win," and left.',  # a quoted clause: its comma inside
        "Study: virus 'likely' more widespread than thought",  # single marks; a source
        'Poll: turnout "high" in the capital',  # a source's words after a colon
        "The town's 'quiet' streets filled with visitors.",  # single marks: not read
        'The vote was 52 to "48" in the end.',  # a figure
    ],
)
def test_quotations_names_titles_and_terms_are_not_scare_quotes(text: str) -> None:
    assert not any(w.rules and w.rules[0].startswith(SCARE_RULE) for w in both(text).words)


def test_a_scored_word_inside_the_marks_carries_it() -> None:
    r = both('The "disastrous" policy ended.')
    assert [w.text for w in r.words] == ["disastrous"]
    assert not r.words[0].rules or not r.words[0].rules[0].startswith(SCARE_RULE)


def test_token_positions_count_brackets_and_spacing() -> None:
    assert scare_quotes('The ("neutral") auditor.') == [(1, 1, "neutral")]
    assert scare_quotes('"neutral" auditors') == [(0, 0, "neutral")]
    assert scare_quotes("A “very fair” deal.") == [(1, 2, "very fair")]

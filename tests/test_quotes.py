from __future__ import annotations

import pytest

from mediakit._quotes import _pairs, find_quotes
from mediakit._text import paragraph_spans, sentence_spans


def quotes(text: str) -> list[str]:
    paras = paragraph_spans(text)
    return [q.text for q in find_quotes(text, paras, sentence_spans(text, paras))]


def test_straight_and_curly_double_quotes() -> None:
    assert quotes('He said "yes" and “no”.') == ["yes", "no"]


def test_british_single_quotes_with_nested_double() -> None:
    assert quotes("‘We will “never” give up,’ she said.") == ["We will “never” give up,"]


def test_apostrophes_are_not_quotes() -> None:
    assert quotes("Ukraine’s forces and the workers' union don't agree.") == []
    assert quotes("It was the '90s.") == []


def test_quote_broken_by_its_cue() -> None:
    assert quotes('"This is bad," she said, "and it will get worse."') == [
        "This is bad,",
        "and it will get worse.",
    ]


def test_quote_with_several_sentences_is_one_quote() -> None:
    assert quotes('He wrote: "This horror! Death to them!" Then silence.') == [
        "This horror! Death to them!"
    ]


def test_multi_paragraph_quote_continues() -> None:
    text = '"The first part goes on.\n\n"And the second part ends," he said.'
    paras = paragraph_spans(text)
    qs = find_quotes(text, paras, sentence_spans(text, paras))
    assert [q.text for q in qs] == ["The first part goes on.", "And the second part ends,"]
    assert qs[0].continues and qs[1].continuation_of == 0


def _chain(text: str) -> list[tuple[str, int | None]]:
    paras = paragraph_spans(text)
    found = find_quotes(text, paras, sentence_spans(text, paras))
    return [(q.text, q.continuation_of) for q in found]


def test_british_quotation_over_paragraphs_reopened_but_not_closed() -> None:
    text = (
        "Mr Ellery said: ‘We lost everything. The water came at night.\n\n"
        "‘Nobody warned us.’\n\nThe council declined to comment."
    )
    assert _chain(text) == [
        ("We lost everything. The water came at night.", None),
        ("Nobody warned us.", 0),
    ]


@pytest.mark.parametrize(("open_", "close"), [("“", "”"), ("‘", "’"), ('"', '"')])
def test_quotation_whose_next_paragraph_lost_its_opening_mark(open_: str, close: str) -> None:
    text = (
        f"Ms Roe said: {open_}It was a long night for all of us.\n\n"
        f"We did what we could,{close} she added.\n\nLater, she left."
    )
    assert _chain(text) == [
        ("It was a long night for all of us.", None),
        ("We did what we could,", 0),
    ]


def test_unclosed_quote_stops_at_its_sentence() -> None:
    text = 'He said "this never closes. The rest is narration. And more narration.'
    paras = paragraph_spans(text)
    qs = find_quotes(text, paras, sentence_spans(text, paras))
    assert [q.text for q in qs] == ["this never closes."]
    assert not qs[0].closed


def test_many_marks_do_not_crash_or_swallow() -> None:
    text = '"' * 999 + " tail. " + "Next sentence is narration."
    paras = paragraph_spans(text)
    qs = find_quotes(text, paras, sentence_spans(text, paras))
    assert all("Next sentence" not in q.text for q in qs)
    for q in qs:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "pairs", "dangling"),
    [
        ("He said “yes“ and ”no” then.", [(8, 12), (18, 21)], None),  # “ closing, ” opening
        ("”Fine,” he said.", [(0, 6)], None),
        ("“It is ”done” now", [(0, 7)], None),
        ('A "b "c" d" e', [(2, 10)], None),
        ("‘One “two ‘three’ four” five’", [(0, 28)], None),
        ("“a ‘b” c’", [(0, 5)], None),
        ('"  "', [], None),
        ('x"y" z', [], None),
        ("'Tis ‘the’ 'season' ’twas", [], None),
        ("“Open\n", [], 0),
        ("»Hallo« he said «ok»", [(0, 6), (16, 19)], None),
        ("„Ja“ said", [(0, 3)], None),
        ("rock 'n' roll ‘quoted’", [(5, 7), (14, 21)], None),
    ],
)
def test_how_each_mark_is_read(
    text: str, pairs: list[tuple[int, int]], dangling: int | None
) -> None:
    assert _pairs(text, 0, len(text)) == (pairs, dangling)

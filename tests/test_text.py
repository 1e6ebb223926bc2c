from __future__ import annotations

import pytest

from mediakit._text import (
    ArticleError,
    paragraph_spans,
    parse_metadata,
    sentence_spans,
    word_spans,
)


def sentences(text: str) -> list[str]:
    return [s.text for s in sentence_spans(text, paragraph_spans(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Smith arrived. He left.", ["Mr Smith arrived.", "He left."]),
        (
            "Mr. Smith met Dr. Jones on St. Mark's Road.",
            ["Mr. Smith met Dr. Jones on St. Mark's Road."],
        ),
        ("The U.S. Senate met. It voted.", ["The U.S. Senate met.", "It voted."]),
        (
            "It happened on Sept. 3 at 9 a.m. local time.",
            ["It happened on Sept. 3 at 9 a.m. local time."],
        ),
        (
            "A total of 1,684 people and 3.5 tonnes. Then more.",
            ["A total of 1,684 people and 3.5 tonnes.", "Then more."],
        ),
        (
            "It is being assessed.The Russian military denied it.",
            ["It is being assessed.", "The Russian military denied it."],
        ),
        (
            "The ministry said on Sunday.The fighting went on.",
            ["The ministry said on Sunday.", "The fighting went on."],
        ),
        (
            '"It is over. We won," he said. Then he left.',
            ['"It is over.', 'We won," he said.', "Then he left."],
        ),
        ('"Stop!" she shouted at them.', ['"Stop!" she shouted at them.']),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        ("Visit ITV.com for more. Or not.", ["Visit ITV.com for more.", "Or not."]),
        (
            "He moved to the U.S. He says it is fine.",
            ["He moved to the U.S.", "He says it is fine."],
        ),
        ("Talks at the U.N. In Geneva, they met.", ["Talks at the U.N.", "In Geneva, they met."]),
        ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
        ("Mr. He Jiankui spoke.", ["Mr. He Jiankui spoke."]),
    ],
)
def test_sentence_splitting_survives_news_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "First paragraph without a stop\n\nSecond paragraph. Two sentences."
    assert sentences(text) == [
        "First paragraph without a stop",
        "Second paragraph.",
        "Two sentences.",
    ]


def test_paragraphs_handle_crlf_and_lone_cr() -> None:
    text = "One.\r\n\r\nTwo.\rThree."
    assert [p.text for p in paragraph_spans(text)] == ["One.", "Two.", "Three."]


def test_spans_are_offsets_into_the_text() -> None:
    text = '  Mr Herashchenko said: "Glory!"\n\n Next one.  '
    paras = paragraph_spans(text)
    for s in [*paras, *sentence_spans(text, paras)]:
        assert text[s.start : s.end] == s.text


def test_words_keep_numbers_abbreviations_and_contractions_whole() -> None:
    text = "The U.S. lost 1,684 people, 3.5% don't know; Ukraine’s well-known case"
    words = [text[a:b] for a, b in word_spans(text)]
    assert words == [
        "The",
        "U.S.",
        "lost",
        "1,684",
        "people",
        "3.5",
        "don't",
        "know",
        "Ukraine’s",
        "well-known",
        "case",
    ]


def test_date_prefix_is_metadata_not_text() -> None:
    text = " date 2022-02-28 Several deaths have been reported."
    md = parse_metadata(text)
    assert md.date == "2022-02-28"
    assert text[md.body_start :].startswith("Several deaths")


def test_malformed_date_is_kept_raw_and_not_invented() -> None:
    md = parse_metadata(" date 2022-02-30 Text.")
    assert md.date is None
    assert md.date_raw == "2022-02-30"
    md = parse_metadata(" date 28/02/2022 Text.")
    assert md.date is None and md.date_raw == "28/02/2022"


def test_a_text_starting_with_the_word_date_keeps_its_words() -> None:
    text = "date palms grow in the oasis. Farmers said so."
    md = parse_metadata(text)
    assert md.body_start == 0 and md.date_raw is None


def test_title_is_a_short_unpunctuated_first_line() -> None:
    md = parse_metadata("Kharkiv shelled as talks begin\n\nSeveral deaths were reported.")
    assert md.title == "Kharkiv shelled as talks begin"
    assert parse_metadata("Several deaths were reported.\n\nMore text.").title is None
    assert parse_metadata("Only one line without stop").title is None


def test_decode_refuses_binary_and_guesses_legacy_encodings() -> None:
    from mediakit._decode import decode_bytes

    with pytest.raises(ArticleError, match="a PDF"):
        decode_bytes(b"%PDF-1.7\x00\x01\x02", source="x.txt")
    text, encoding = decode_bytes("Café au lait, she said.".encode("latin-1"), source="x.txt")
    assert text == "Café au lait, she said." and encoding != "utf-8"
    assert decode_bytes("\ufeffHello".encode()) == ("Hello", "utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word before a full stop starts after a space or an opening mark
        ("He met (Mr. Smith) there. Then he left.", ["He met (Mr. Smith) there.", "Then he left."]),
        ("Ask ‘Gen. Lee. He knows.", ["Ask ‘Gen. Lee.", "He knows."]),
        ("x" * 50 + "Mr. Smith went.", ["x" * 50 + "Mr.", "Smith went."]),
        ("Go " + "a." * 19 + "b. Smith went.", ["Go " + "a." * 19 + "b. Smith went."]),
    ],
)
def test_word_before_a_full_stop(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_clock_time_ends_a_sentence_unless_a_day_month_or_zone_follows() -> None:
    def split(text: str) -> list[str]:
        return [s.text for s in sentence_spans(text, paragraph_spans(text))]

    assert split("The alarm went at 7.04 p.m. According to the fire service, it was out.") == [
        "The alarm went at 7.04 p.m.",
        "According to the fire service, it was out.",
    ]
    assert split("Polls close at 8 p.m. Monday and results come at 9 a.m. GMT today.") == [
        "Polls close at 8 p.m. Monday and results come at 9 a.m. GMT today."
    ]

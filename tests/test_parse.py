"""Parse once: the Article (text, metadata, paragraphs, sentences, words), the layers as
functions of it, and the frozen Analysis that holds both."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit import Analysis, Article, Metadata, parse
from mediakit._parse import _WORD_SPLIT, _WORD_SPLIT_NO_UNDERSCORE
from mediakit._pipeline import LAYERS, Layers, build_layers
from mediakit._spans import Span
from mediakit._text import WORD_RE, paragraph_spans, parse_metadata, sentence_spans

TEXT = (
    " date 2024-03-01 Storm hits coast\n\n"
    "The mayor said the bridge would reopen on Friday. Roads stayed closed.\n"
    '"We are doing all we can," said Dr. Anna Kovalenko, the city\'s engineer.\n'
)
NO_METADATA = Metadata(title=None, date=None, path=None, body_start=0)


def test_parse_cuts_the_text_once_as_the_text_functions_do() -> None:
    art = parse(TEXT)
    md = parse_metadata(TEXT)
    assert art.metadata == md and art.body_start == md.body_start > 0
    assert art.metadata.title == "Storm hits coast" and art.metadata.date == "2024-03-01"
    paras = paragraph_spans(TEXT, md.body_start)
    assert art.paragraphs == tuple(paras)
    assert art.sentences == tuple(sentence_spans(TEXT, paras))
    assert [s.text for s in art.sentences][1:] == [
        "The mayor said the bridge would reopen on Friday.",
        "Roads stayed closed.",
        '"We are doing all we can," said Dr. Anna Kovalenko, the city\'s engineer.',
    ]
    assert art.sentence_cuts == ()


def test_words_are_the_word_pattern_of_the_body() -> None:
    art = parse(TEXT)
    found = list(WORD_RE.finditer(TEXT, art.body_start))
    assert art.word_starts == tuple(m.start() for m in found)
    assert art.word_texts == tuple(m.group() for m in found)
    assert "date" not in art.word_texts and "city's" in art.word_texts
    for w in art.words:
        assert TEXT[w.start : w.end] == w.text
    owners = [k for k, r in enumerate(art.sentence_words) for _ in r]
    assert len(owners) == len(art.words)
    for k, w in zip(owners, art.words, strict=True):
        s = art.sentences[k]
        assert s.start <= w.start < s.end


def test_word_split_matches_finditer_on_awkward_text() -> None:
    text = "U.S. 1,684 3.5 a.m. don’t co-op __ 1990s — “x”\r\nend"
    parts = _WORD_SPLIT.split(text)
    assert parts[1::2] == WORD_RE.findall(text)
    assert parse(text, NO_METADATA).word_texts == tuple(WORD_RE.findall(text))


AWKWARD_WORDS = [
    "U.S. 1,684 3.5 a.m. don’t co-op __ 1990s — “x”\r\nend",
    "a.b.c a. .a 1.a a1.b2 ab.cd. e.g.. 3.5.7 1,2,, 1:30pm 24-hour's x-ray-",
    "٣.٥ ²³ ½x x² Ⅻ ǅemal İstanbul e\u0301t\u0301e ß_a a_b _1 1_ -- '' ’’ a'’b",
    "\u00a0\u2003word\u200bword\ttab\n\nl.l.l.1 9.a.b. é.ü. 7th 07:00:00 1/2/3/",
]


@pytest.mark.parametrize("part", range(2))
def test_the_word_split_finds_word_re_s_words(part: int) -> None:
    """_WORD_SPLIT (its branches after a first letter or digit) splits out exactly
    WORD_RE's words, on hand-built texts and every Wikinews article."""
    texts = AWKWARD_WORDS + [
        t for t in mediakit.sample_corpus()["text"] if isinstance(t, str) and t.strip()
    ]
    for text in texts[part::2]:
        parts = _WORD_SPLIT.split(text)
        assert parts[1::2] == WORD_RE.findall(text)
        assert "".join(parts) == text
        art = parse(text, NO_METADATA)
        spans = [m.span() for m in WORD_RE.finditer(text)]
        assert art.word_starts == tuple(a for a, _ in spans)


def _sample_texts() -> list[str]:
    return [TEXT, *AWKWARD_WORDS] + [
        t for t in mediakit.sample_corpus()["text"] if isinstance(t, str) and t.strip()
    ]


def test_parse_builds_the_article_its_constructor_builds() -> None:
    """parse() sets the fields without the constructor's check of every span against the
    text (it cut the spans from the text): the constructor, checking, accepts them and
    builds an equal article; a body_start outside the text is refused either way."""
    for text in _sample_texts():
        art = parse(text)
        assert art == Article(
            art.text, art.metadata, art.paragraphs, art.sentences, art.sentence_cuts
        )
    with pytest.raises(ValueError, match="body_start"):
        parse("short", dataclasses.replace(NO_METADATA, body_start=99))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé9٣² .,:/'’-—“\n\tİßǅ")), max_size=40))
def test_the_split_without_underscores_is_the_split_on_any_text(text: str) -> None:
    assert _WORD_SPLIT_NO_UNDERSCORE.split(text) == _WORD_SPLIT.split(text)


def test_the_split_without_underscores_is_the_split() -> None:
    """_WORD_SPLIT_NO_UNDERSCORE (for a text without "_") splits as _WORD_SPLIT does, on
    the awkward texts with their underscores taken out and on every Wikinews article
    without one; a text with one is split by _WORD_SPLIT itself."""
    texts = [t.replace("_", " ") for t in _sample_texts()]
    assert sum("_" in t for t in _sample_texts()) > 0
    for text in texts:
        assert _WORD_SPLIT_NO_UNDERSCORE.split(text) == _WORD_SPLIT.split(text)
    with_underscore = "a_b __ x_1 1_ _y"
    assert parse(with_underscore, NO_METADATA).word_texts == tuple(WORD_RE.findall(with_underscore))


def test_an_article_is_frozen() -> None:
    art = parse(TEXT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.text = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.sentences = ()  # type: ignore[misc]


def test_a_hand_built_article_is_checked_against_its_text() -> None:
    text = "One. Two."
    with pytest.raises(ValueError, match="not the text at its offsets"):
        Article(text, NO_METADATA, (Span(0, 4, "Two."),), ())
    with pytest.raises(ValueError, match="not the text at its offsets"):
        Article(text, NO_METADATA, (Span(0, 40, text),), ())
    with pytest.raises(ValueError, match="body_start"):
        Article(text, dataclasses.replace(NO_METADATA, body_start=99), (), ())


def test_a_hand_built_segmentation_is_what_the_layers_see() -> None:
    """spaCy style: the caller's sentences, not mediakit's, are analysed."""
    text = "The mayor said it was closed. Officials said it would reopen."
    para = Span(0, len(text), text)
    mine = parse(text, NO_METADATA)
    assert len(mine.sentences) == 2
    one = Article(text, NO_METADATA, (para,), (para,))  # the whole paragraph as one sentence
    a = mediakit.analyze(one)
    assert a.article is one and a.sentences == (para,)
    assert len(a.sentence_voices) == 1 and len(a.emotion) == 1
    assert {x.sentence for x in a.attributions} == {0}
    assert {x.sentence for x in mediakit.analyze(mine).attributions} == {0, 1}


@pytest.mark.parametrize("path", mediakit.seed_paths()[:3], ids=lambda p: p.stem)
def test_every_way_in_gives_the_same_analysis(path: Path) -> None:
    a = mediakit.analyze(path)
    text, md = a.text, a.metadata
    via_parse = mediakit.analyze(parse(text, md))
    assert via_parse.to_json() == a.to_json()
    assert via_parse.warnings == a.warnings
    with pytest.raises(TypeError, match=r"mediakit\.analyze"):
        Analysis(text, md)  # type: ignore[arg-type]  # the older form is gone
    assert mediakit.analyze(parse(text), path="x.txt").metadata.path == "x.txt"


def test_the_analysis_holds_its_layers_and_builds_none() -> None:
    art = parse(TEXT)
    layers = build_layers(art)
    assert [f.name for f in dataclasses.fields(Layers)] == list(LAYERS)
    assert layers.attributions and layers.quotes
    a = Analysis(art, layers)
    assert a.article is art and a.layers is layers and a.quotes is layers.quotes
    empty = Layers(**{name: [] for name in LAYERS})
    bare = Analysis(art, empty)  # given no attributions, it finds none itself
    assert bare.attributions == [] and set(bare.word_voices) == {"narration"}
    assert bare.words == a.words == len(art.words)


def test_an_analysis_is_frozen() -> None:
    a = mediakit.analyze(TEXT)
    for name in ("text", "quotes", "article", "layers", "warnings", "metrics"):
        with pytest.raises(AttributeError, match="frozen"):
            setattr(a, name, None)
    with pytest.raises(AttributeError, match="frozen"):
        del a.article
    with pytest.raises(TypeError):
        Analysis(parse(TEXT), NO_METADATA)  # type: ignore[call-overload]

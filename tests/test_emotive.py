"""mediakit's VADER scoring against the reference implementation, rule by rule."""

from __future__ import annotations

import dataclasses
import random
import string
import sys
import time

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from mediakit._emotive import (
    EMOTIVE_THRESHOLD,
    EmotiveWord,
    SentenceEmotion,
    _emotion,
    _word,
    score_sentence,
)


@pytest.fixture(scope="module")
def vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def assert_like_vader(text: str, vader: SentimentIntensityAnalyzer) -> SentenceEmotion:
    ours = score_sentence(text)
    ref = vader.polarity_scores(text)
    assert ours.compound == pytest.approx(ref["compound"], abs=1e-4), text
    for key in ("pos", "neg", "neu"):
        assert getattr(ours, key) == pytest.approx(ref[key], abs=6e-4), (text, key)
    return ours


def word(result: SentenceEmotion, entry: str) -> EmotiveWord:
    matches = [w for w in result.words if w.entry == entry]
    assert matches, f"{entry!r} not scored in {result.words}"
    return matches[0]


def has_rule(w: EmotiveWord, fragment: str) -> bool:
    return any(fragment in r for r in w.rules)


# ---------------------------------------------------------------- each rule
def test_plain_lexicon_word(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("The food is good.", vader)
    w = word(r, "good")
    assert w.valence == 1.9 and w.score == 1.9 and w.rules == ()


@pytest.mark.parametrize(
    ("text", "entry", "fragment"),
    [
        ("The food is very good.", "good", "booster 'very' +0.293"),
        ("The food is very bad.", "bad", "booster 'very' -0.293"),
        ("The food is really very good.", "good", "booster 'really'"),
        ("The food is slightly good.", "good", "dampener 'slightly' -0.293"),
        ("The food is slightly bad.", "bad", "dampener 'slightly' +0.293"),
        ("The food was kind of good.", "good", "dampener 'kind of' -0.293"),
        ("The food was sort of bad.", "bad", "dampener 'sort of' -0.293"),
    ],
)
def test_boosters_and_dampeners(
    text: str, entry: str, fragment: str, vader: SentimentIntensityAnalyzer
) -> None:
    r = assert_like_vader(text, vader)
    assert has_rule(word(r, entry), fragment)
    assert r.intensifiers, "the intensifier is reported"
    for start, end, found in r.intensifiers:
        assert text[start:end] == found


def test_kind_of_does_not_score_kind(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("The food was kind of good.", vader)
    assert [w.entry for w in r.words] == ["good"]  # "kind" (+2.4) is skipped, as in VADER
    assert [t for _, _, t in r.intensifiers] == ["kind of"]


def test_caps_emphasis(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("The food is GOOD.", vader)
    assert has_rule(word(r, "good"), "ALL CAPS +0.733")
    assert r.caps_words == 1
    r = assert_like_vader("The food is VERY good.", vader)
    assert has_rule(word(r, "good"), "booster 'VERY' +1.026")
    # everything in capitals: no emphasis
    r = assert_like_vader("THE FOOD IS GOOD.", vader)
    assert word(r, "good").rules == () and r.caps_words == 0


@pytest.mark.parametrize(
    ("text", "negator"),
    [
        ("The food is not good.", "not"),
        ("The food isn't good.", "isn't"),
        ("The food is not very good.", "not"),
        ("The food is not at all good.", "not"),
        ("Nothing was good.", "nothing"),
    ],
)
def test_negation(text: str, negator: str, vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader(text, vader)
    w = word(r, "good")
    assert has_rule(w, f"negated by '{negator}'")
    assert w.score < 0


def test_no_negates_next_word(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("There is no good reason.", vader)
    assert "no" not in [w.entry for w in r.words]  # scored 0: not an emotive word
    assert has_rule(word(r, "good"), "negated by 'no'")


def test_no_is_never_emotive(vader: SentimentIntensityAnalyzer) -> None:
    """Deliberate difference (issue 15): "no" is a determiner or an answer, not a negative
    word; VADER scores it -1.2 on its own and gives "NO" -0.733 for its capitals."""
    alone = score_sentence("There is no reason.")
    assert alone.words == () and alone.compound == 0.0
    assert vader.polarity_scores("There is no reason.")["compound"] < 0
    loud = score_sentence("There is NO good reason to stay.")
    assert [w.entry for w in loud.words] == ["good"]
    assert loud.compound > vader.polarity_scores("There is NO good reason to stay.")["compound"]


def test_never_so(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("The food was never so good.", vader)
    assert has_rule(word(r, "good"), "'never so' x1.25")
    assert_like_vader("It has never been this good.", vader)
    assert_like_vader("It is without doubt good.", vader)


def test_but(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("The food is good, but the service is terrible.", vader)
    assert has_rule(word(r, "good"), "before 'but' x0.5")
    assert has_rule(word(r, "terrible"), "after 'but' x1.5")
    assert r.compound < 0


def test_punctuation_emphasis(vader: SentimentIntensityAnalyzer) -> None:
    calm = assert_like_vader("The food is good.", vader)
    loud = assert_like_vader("The food is good!!!", vader)
    assert loud.compound > calm.compound and loud.exclamations == 3
    assert_like_vader("The food is good!!!!!!", vader)  # at most 4 count
    assert_like_vader("Is the food good??", vader)
    assert_like_vader("Is the food good?????", vader)
    assert_like_vader("Is the food bad?", vader)


def test_least(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("This is the least good option.", vader)
    assert has_rule(word(r, "good"), "'least' x-0.74")
    r = assert_like_vader("This is at least good.", vader)
    assert not has_rule(word(r, "good"), "least")


def test_special_phrases_and_emoticons(vader: SentimentIntensityAnalyzer) -> None:
    r = assert_like_vader("That new movie was the bomb.", vader)
    assert has_rule(word(r, "bomb"), "phrase 'the bomb' sets +3")
    assert_like_vader("For them it was the kiss of death.", vader)
    r = assert_like_vader("Great news :) for all", vader)
    assert ":)" in [w.entry for w in r.words]


def test_random_sentences_agree(vader: SentimentIntensityAnalyzer) -> None:
    """Random mixtures of rule words; 'but' and 'no' are left out (see the deliberate
    differences), and so are the sentences where the negation-scope rule applies (its
    own tests are in test_emotive_senses.py): every other one agrees with VADER."""
    vocab = (
        "good bad GOOD BAD great terrible not isn't never so this very VERY slightly "
        "kind of sort just enough least at the bomb kiss death without doubt nor or yeah "
        "right bus stop love hate I a cat :) :( , . ! ? !! ?? (good) bad, don't dont"
    ).split()
    rng = random.Random(7)
    compared = 0
    for _ in range(3000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 12)))
        if not any(c.isalnum() for c in text):
            continue
        if any(has_rule(w, "the negation governs") for w in score_sentence(text).words):
            continue
        assert_like_vader(text, vader)
        compared += 1
    assert compared > 2000


def test_but_uses_positions_not_values(vader: SentimentIntensityAnalyzer) -> None:
    """Deliberate difference: VADER finds words by value, so equal values get mixed up."""
    text = "An apology, but it matters."  # apology 0.2 -> 0.1 == matters 0.1
    r = score_sentence(text)
    assert word(r, "apology").score == pytest.approx(0.1)
    assert word(r, "matters").score == pytest.approx(0.15)
    assert abs(r.compound - vader.polarity_scores(text)["compound"]) > 0.001


# ---------------------------------------------------------------- offsets and results
def test_offsets_and_explanations() -> None:
    text = '  "Very GOOD," she said -- but it was not (terrible) at all!'
    for offset in (0, 1000):
        r = score_sentence(text, offset)
        assert r.words
        for w in r.words:
            assert text[w.start - offset : w.end - offset] == w.text
            assert w.text.lower() == w.entry
        for start, end, found in r.intensifiers:
            assert text[start - offset : end - offset] == found
    r = score_sentence(text)
    assert [w.text for w in r.words] == ["GOOD", "terrible"]
    assert has_rule(word(r, "terrible"), "negated by 'not'")


def test_offsets_with_irregular_spacing() -> None:
    text = "\tgood\u00a0and\n\n  very   bad ,  (hateful)."
    r = score_sentence(text, 5)
    assert [w.text for w in r.words] == ["good", "bad", "hateful"]
    for w in r.words:
        assert text[w.start - 5 : w.end - 5] == w.text


def test_results_are_frozen() -> None:
    r = score_sentence("good")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.compound = 1.0  # type: ignore[misc]
    assert not hasattr(r, "__dict__")


def test_fast_constructors_set_every_field() -> None:
    w_args = (3, 7, "Good", "good", 1.9, 2.5, ("booster 'very' +0.293",))
    w = _word(*w_args)
    assert type(w) is EmotiveWord and w == EmotiveWord(*w_args)
    assert dataclasses.astuple(w) == w_args
    e_args = (0.5, 0.25, 0.0, 0.75, 0.4, (w,), ((0, 4, "very"),), 2, 1)
    e = _emotion(*e_args)
    assert type(e) is SentenceEmotion and e == SentenceEmotion(*e_args)
    assert tuple(getattr(e, f.name) for f in dataclasses.fields(e)) == e_args
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.compound = 1.0  # type: ignore[misc]


def test_lowercasing_is_per_character_but_for_two() -> None:
    # score_sentence lower-cases the whole text before splitting and stripping
    # unless it contains U+0130 or U+03A3; that is exact only while lower()
    # maps every other character to one character, whatever its neighbours,
    # and never to or from whitespace or ASCII punctuation.
    chars = [chr(c) for c in range(sys.maxunicode + 1) if c not in (0x130, 0x3A3)]
    text = "".join(chars)
    lowered = text.lower()
    assert lowered == "".join(c.lower() for c in chars)  # one to one, no context
    punct = set(string.punctuation)
    for c, low in zip(chars, lowered, strict=True):
        if c.isspace() != low.isspace() or (c in punct) != (low in punct):
            raise AssertionError(f"U+{ord(c):04X} lower-cases to {low!r}")
    assert len("\u0130".lower()) == 2
    assert "A\u03a3".lower() != "A" + "\u03a3".lower()


@pytest.mark.parametrize(
    "text",
    [
        "\u201cA wonderful day,\u201d she said \u2014 \u00e9l\u00e8ve NOT happy!",
        "Caf\u00e9 owners\u2019 \u2018terrible\u2019 losses, very BAD news\u2026",
        "\u0391\u0398\u0397\u039d\u0391 good, \u00c9COLE horrible. kind of nice",
    ],
)
def test_non_ascii_fast_path_matches_careful_path(text: str) -> None:
    # a trailing U+0130 (not a word VADER knows) sends the text down the careful path
    fast, careful = score_sentence(text, 2), score_sentence(text + " \u0130", 2)
    assert fast.words and fast.words == careful.words
    assert fast.intensifiers == careful.intensifiers


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "...", "!!!", "-- , ;"])
def test_empty_and_punctuation_only(text: str) -> None:
    r = score_sentence(text)
    assert (r.compound, r.pos, r.neg, r.neu, r.intensity) == (0.0, 0.0, 0.0, 0.0, 0.0)
    assert r.words == () and r.intensifiers == () and not r.is_emotive
    assert r.exclamations == text.count("!")


def test_neutral_sentence() -> None:
    r = score_sentence("The committee met on Tuesday.")
    assert r.compound == 0.0 and r.neu == 1.0 and r.intensity == 0.0
    assert str(r.neg) == "0.0" and str(r.pos) == "0.0"  # no negative zeros


# ---------------------------------------------------------------- intensity
def test_intensity_counts_both_signs() -> None:
    one = score_sentence("The plan is horrible.")
    mixed = score_sentence("The plan is wonderful and horrible.")
    assert abs(mixed.compound) < abs(one.compound)  # the signs cancel in compound...
    assert mixed.intensity > one.intensity  # ...but not in intensity


def test_intensity_grows_with_emphasis() -> None:
    plain = score_sentence("The decision was bad for the city.").intensity
    boosted = score_sentence("The decision was very bad for the city.").intensity
    shouted = score_sentence("The decision was very BAD for the city!").intensity
    assert 0.0 < plain < boosted < shouted < 1.0


def test_threshold() -> None:
    assert 0.0 < EMOTIVE_THRESHOLD < 1.0
    assert score_sentence("This is an absolutely horrific, cruel and shameful disgrace!").is_emotive
    assert not score_sentence("The council will meet again in March.").is_emotive


# ---------------------------------------------------------------- hostile input
@pytest.mark.parametrize(
    "text",
    [
        "I love it 😀😀 so much 🎉",
        "nul\x00 byte \x00good\x00",
        "\x01\x02\x1c\x1d\x85\u2028 bad \ufeff",
        "\ud800 lone surrogate good",
        "İstanbul İS GOOD ǅ ß ΣΑΣ",
        ":) :( <3 </3 :-D",
        "but but but BUT but",
        "no no no no good",
        "least least least",
        "kind of",
        "of kind",
        "?" * 1000,
    ],
)
def test_hostile_text_does_not_raise(text: str) -> None:
    r = score_sentence(text, 3)
    assert -1.0 <= r.compound <= 1.0 and 0.0 <= r.intensity < 1.0
    for w in r.words:
        assert text[w.start - 3 : w.end - 3] == w.text


def test_long_inputs_are_linear() -> None:
    t0 = time.perf_counter()
    r = score_sentence("x" * 1_000_000)
    assert r.compound == 0.0
    score_sentence("good!" * 200_000)
    score_sentence("but good not bad " * 50_000)  # 200,000 words
    assert time.perf_counter() - t0 < 10.0


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He called it “utterly reckless,” and left.", "reckless"),
        ("It was ‘Shocking’ news.", "Shocking"),
        ("A “disaster.”", "disaster"),
        ("The plan —failed— they said.", "failed"),
        ("It was —terrible… for all.", "terrible"),
        ("«Horrible» they said.", "Horrible"),
    ],
)
def test_curly_quotes_dashes_and_ellipses_do_not_hide_a_word(text: str, word: str) -> None:
    """Issue 15: punctuation of news typography glued to a word is stripped before the
    lexicon look-up, and the word's offsets still point at the word itself."""
    e = score_sentence(text, offset=7)
    (w,) = [w for w in e.words if w.text == word]
    assert text[w.start - 7 : w.end - 7] == word
    assert w.entry == word.lower()


def test_a_curly_apostrophe_negates_as_a_straight_one() -> None:
    curly, straight = score_sentence("I don’t like it."), score_sentence("I don't like it.")
    assert curly.compound == straight.compound < 0
    assert curly.words[0].rules == ("negated by 'don't' x-0.74",)


def test_a_booster_is_named_without_its_quote_mark() -> None:
    (w,) = score_sentence("He called it “utterly reckless,” and left.").words
    assert w.rules == ("booster 'utterly' -0.293",)

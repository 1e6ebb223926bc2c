"""mediakit's own emotive rules beyond VADER (issue 15): supplement, inflections, senses,
names, negation scope, topic words, furniture, and that every counted word says why."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from mediakit import lexicons
from mediakit._emotive import EmotiveWord, SentenceEmotion, score_sentence
from mediakit._emotive._lexicon import rules
from mediakit._emotive._morphology import adverb, inflections, siblings


def words(r: SentenceEmotion) -> dict[str, EmotiveWord]:
    return {w.text.lower(): w for w in r.words}


def vader_lexicon() -> dict[str, float]:
    return dict(SentimentIntensityAnalyzer().lexicon)


# ---------------------------------------------------------------- morphology
@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("kill", ["kills", "killed", "killing"]),
        ("slaughter", ["slaughters", "slaughtered", "slaughtering"]),
        ("stab", ["stabs", "stabbed", "stabbing"]),  # consonant doubled after a short vowel
        ("massacre", ["massacres", "massacred", "massacring"]),  # silent e dropped
        ("injury", ["injuries", "injuried", "injurying"]),  # y -> ie
        ("crash", ["crashes", "crashed", "crashing"]),
        ("die", ["dies", "died", "dying"]),
        ("lambast", ["lambasts", "lambasted", "lambasting"]),  # two syllables: no doubling
        ("killing", ["killings"]),
        ("killed", []),
        ("ok", []),
    ],
)
def test_inflections(word: str, forms: list[str]) -> None:
    assert inflections(word) == forms


def test_siblings_and_adverbs() -> None:
    assert siblings("injured") == ["injuring"]
    assert siblings("strangling") == ["strangled"]
    assert siblings("carried") == ["carrying"]
    assert siblings("united") == ["uniting"]  # never the bare stem "unit"
    assert siblings("good") == []
    assert [adverb(w) for w in ("brutal", "angry", "unpalatable", "tragic", "sly")] == [
        "brutally",
        "angrily",
        "unpalatably",
        "tragically",
        "",
    ]


def test_an_inflection_borrows_its_entry_and_says_so() -> None:
    lex = vader_lexicon()
    assert "injuries" not in lex and "deaths" not in lex
    w = words(score_sentence("Hospitals reported 40 injuries."))["injuries"]
    assert w.entry == "injury" and w.valence == lex["injury"]
    assert "an inflection of VADER's lexicon 'injury'" in w.rules
    assert w.lexicon == "VADER lexicon"
    # an inflection of a supplement entry says whose entry it is, in the tables too
    m = words(score_sentence("Gunmen massacred the villagers."))["massacred"]
    assert m.rules == ("an inflection of mediakit's supplement entry 'massacre'",)
    assert m.lexicon == "mediakit supplement"


def test_positive_words_lend_no_plural_and_listed_forms_win() -> None:
    r = rules()
    for thing in ("goods", "kinds", "justices", "fans"):
        assert thing not in r.origin, thing
    assert r.lexicon["wells"] == vader_lexicon()["wells"]  # VADER's own entry is kept
    assert "likely" not in r.lexicon and "odds" not in r.lexicon  # not_inflection rows
    assert "hardly" not in r.origin  # a dampener of VADER's rules is not an adverb of "hard"


# ---------------------------------------------------------------- supplement
def test_supplement_adds_news_words_of_harm_and_attack() -> None:
    r = score_sentence("Critics lambasted the scathing report on the massacre.")
    found = words(r)
    assert {"lambasted", "scathing", "massacre"} <= set(found)
    assert found["massacre"].rules[0] == "mediakit's supplement, not VADER's lexicon"
    assert found["lambasted"].entry == "lambast"
    assert r.compound < 0 and r.is_emotive


def test_supplement_never_overrides_vader() -> None:
    lex = vader_lexicon()
    rows = lexicons.rows("emotive_supplement")
    assert len(rows) > 50
    for word, value, *_ in rows:
        assert word not in lex, word
        assert -4.0 <= float(value) <= 4.0
    assert "Written for mediakit" in lexicons.provenance("emotive_supplement")


# ---------------------------------------------------------------- senses
@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("A city like Paris is costly.", "like", None),
        ("I like the new plan.", None, "like"),
        ("The mayor attended as well.", "well", None),
        ("Well, the results were fine.", "well", "fine"),
        ("The results went well.", None, "well"),
        ("Prices rose well above forecasts.", "well", None),
        ("The United Nations met in Geneva.", "united", None),
        ("The country stood united.", None, "united"),
        ("Exports of natural gas rose.", "natural", None),
        ("The spring fair opened on Monday.", "fair", None),
        ("Top officials met on Monday.", "top", None),
        ("She tested positive for the virus.", "positive", None),
        ("Great Britain and France signed.", "great", None),
    ],
)
def test_senses(text: str, absent: str | None, present: str | None) -> None:
    found = words(score_sentence(text))
    if absent:
        assert absent not in found, found
    if present:
        assert present in found, found


def test_a_quoted_title_is_not_a_name() -> None:
    found = words(score_sentence('He called the vote "The Impeachment Hoax" on Twitter.'))
    assert "hoax" in found


def test_headline_case_does_not_hide_words() -> None:
    assert "united" in words(score_sentence("Fans United Behind Team"))


def test_foul_play_is_negative_and_explained() -> None:
    w = words(score_sentence("Police do not suspect foul play."))["play"]
    assert w.valence == -2.0
    assert any("'foul play' sets -2" in note for note in w.rules)


def test_sense_rows_are_well_formed() -> None:
    kinds = {"phrase", "after", "before", "only_after", "initial", "neutral", "topic"}
    for row in lexicons.rows("emotive_senses"):
        assert row[0] in kinds | {"not_inflection"}, row
        if row[0] == "phrase":
            assert row[1] in row[2].split(), row
    assert "No list was copied" in lexicons.provenance("emotive_senses")


# ---------------------------------------------------------------- zero scores
def test_words_scored_zero_are_never_listed() -> None:
    for text in ("There is no answer.", "No, said the minister.", "There was no good deal."):
        assert all(w.score != 0.0 for w in score_sentence(text).words), text
    assert "no" not in words(score_sentence("No, said the minister."))


# ---------------------------------------------------------------- negation scope
def test_negation_governs_the_nearer_word() -> None:
    found = words(score_sentence("We won't win the war by talking."))
    assert found["win"].score < 0  # "won't win": negated
    assert found["war"].score < 0  # not made positive by the "won't" of "win"
    assert any("the negation governs 'win'" in note for note in found["war"].rules)
    assert words(score_sentence("It was not a good idea."))["good"].score < 0


# ---------------------------------------------------------------- topic and tone
def test_a_plain_report_of_harm_scores_less_than_charged_wording() -> None:
    plain = score_sentence("Three people were killed in the crash on Monday.")
    charged = score_sentence("Three people were slaughtered in the horrific crash on Monday.")
    assert plain.intensity < charged.intensity
    killed = words(plain)["killed"]
    assert any("names what happened (topic)" in note for note in killed.rules)
    assert killed.score == killed.valence  # the compound is VADER's: only intensity is damped


def test_an_intensified_topic_word_is_not_damped() -> None:
    w = words(score_sentence("The attack was very deadly and many were very badly injured."))
    assert not any("topic" in note for note in w["injured"].rules)


def test_vaccine_trial_report_is_not_charged() -> None:
    r = score_sentence("The vaccine was safe and effective in the trial, the company said.")
    assert not r.is_emotive


# ---------------------------------------------------------------- furniture
def test_play_video_is_furniture_wherever_it_is_scored() -> None:
    r = score_sentence("Play video")
    assert r.words == () and r.intensity == 0.0
    assert score_sentence("Like us on Facebook").words == ()
    assert "play" in words(score_sentence("The children play happily."))


# ---------------------------------------------------------------- explanations
@pytest.mark.parametrize(
    "text",
    [
        "Troops massacred villagers; critics lambasted the brutally cruel raid.",
        "“Shocking,” she said of the reckless plan—utterly disgraceful…",
        "He won't win the war, and three were killed.",
    ],
)
def test_every_word_says_which_entry_made_it_count(text: str) -> None:
    lex = rules().lexicon
    for w in score_sentence(text).words:
        assert w.entry in lex and w.valence != 0 and w.score != 0
        assert text[w.start : w.end] == w.text
        if w.text.lower() in rules().origin:
            assert w.rules and ("supplement" in w.rules[0] or "inflection" in w.rules[0])


def test_the_inflection_table_is_a_rebuild() -> None:
    """The shipped ``data/emotive/inflections.tsv`` is what the morphology makes of the
    installed VADER lexicon and the supplement (scripts/build_emotive_inflections.py)."""
    import importlib.metadata

    from mediakit._emotive._lexicon import inflection_table

    rebuilt = inflection_table(importlib.metadata.version("vaderSentiment"))
    assert lexicons.read("emotive_inflections") == rebuilt
    forms = dict(lexicons.rows("emotive_inflections"))
    assert forms["massacred"] == "massacre" and forms["injuries"] == "injury"
    assert "likely" not in forms and "no" not in forms

"""The systematic sweep of charged vocabulary and of topic words (issue 15, branch loaded9):
each field with hand-built sentences, every flagged word with its entry and rule, the plain
uses left alone, and the batch scorer finding the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mediakit._emotive import _score, score_sentence
from mediakit._emotive._compounds import EMPHATIC_RULE
from tests.emotive_helpers import both, flagged

SUPPLEMENT = "mediakit's supplement, not VADER's lexicon"
TOPIC = "names what happened (topic)"


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        # condemnation and fear
        ("The senator called the policy monstrous.", "monstrous", -1),
        ("Residents described a living nightmare.", "nightmare", -1),
        ("He condemned the barbaric treatment of prisoners.", "barbaric", -1),
        # name-calling and dismissal
        ("Biden called Trump a clown during the debate.", "clown", -1),
        ("Critics dismissed the report as drivel.", "drivel", -1),
        # charged verbs
        ("The host smirked as the governor answered.", "smirked", -1),
        ("They plundered the pension fund, the union said.", "plundered", -1),
        # hyperbole and glorification
        ("The contract carries a whopping price.", "whopping", -1),
        ("Supporters lauded the mayor as a hero.", "lauded", 1),
    ],
)
def test_a_charged_word_of_the_sweep_is_flagged_with_its_entry(
    text: str, word: str, sign: int
) -> None:
    w = flagged(both(text))[word]
    assert w.score * sign > 0
    assert SUPPLEMENT in w.rules[0] or "inflection of mediakit's supplement" in w.rules[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The suspect was jailed after a two-week trial.", "jailed"),
        ("The lawsuit was filed in federal court on Monday.", "lawsuit"),
        ("Flu cases rose in the northern states.", "flu"),
        ("Police reported two casualties after the bombing.", "casualties"),
        ("The minister announced her resignation on Friday.", "resignation"),
    ],
)
def test_a_topic_word_of_the_sweep_is_damped_and_says_so(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert any(rule.startswith(TOPIC) for rule in w.rules)


def test_an_intensified_topic_word_is_not_damped() -> None:
    w = flagged(both("The bombing was EXTREMELY deadly."))["deadly"]
    assert not any(rule.startswith(TOPIC) for rule in w.rules)


def test_damping_a_topic_word_lowers_the_intensity_not_the_compound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damped = both("The lawsuit was filed.")
    monkeypatch.setattr(_score, "_TOPIC_WEIGHT", 1.0)
    undamped = score_sentence("The lawsuit was filed.")
    assert damped.intensity < undamped.intensity
    assert damped.compound == undamped.compound


@pytest.mark.parametrize(
    ("text", "word", "part"),
    [
        ("Her answer was cringe-worthy.", "cringe-worthy", "cringe"),
        ("It was a praise-worthy effort.", "praise-worthy", "praise"),
    ],
)
def test_a_worthy_compound_is_read_through_the_part_before(text: str, word: str, part: str) -> None:
    w = flagged(both(text))[word]
    assert w.entry == part
    assert "the part before '-worthy'" in w.rules[0]


def test_cringe_worthy_is_negative_and_world_beating_praise() -> None:
    assert flagged(both("Her answer was cringe-worthy."))["cringe-worthy"].score < 0
    assert flagged(both("They promised a world-beating system."))["world-beating"].score > 0


@pytest.mark.parametrize(
    "text",
    [
        "Shifts were staggered across the week.",  # not the hyperbole "staggering"
        "The galaxy has a spiral shape.",  # "spiral" was left out: plain in science
        "The circus came to town in May.",  # "circus" was left out: plain in local news
    ],
)
def test_plain_words_near_the_sweep_stay_plain(text: str) -> None:
    assert both(text).words == ()


def test_an_emphatic_adverb_stays_an_emphatic_when_its_adjective_is_listed() -> None:
    # "endless" is in the supplement; "endlessly" is still the emphatic adverb of
    # emphatics.tsv, not an inflection of "endless"
    w = flagged(both("Arguments erupted endlessly at the meetings."))["endlessly"]
    assert w.rules[0].startswith(EMPHATIC_RULE)


@pytest.mark.parametrize(
    "word", ["trigger-happy", "hissy-fit", "hero-worship", "brain-dead", "world-beating"]
)
def test_a_compound_whose_head_misleads_is_entered_whole(word: str) -> None:
    w = flagged(both(f"Critics called it {word} nonsense."))[word]
    assert w.entry == word
    assert w.rules[0].startswith(SUPPLEMENT)
    assert (w.score > 0) == (word == "world-beating")


@pytest.mark.parametrize(
    ("text", "phrase", "entry"),
    [
        ("The firm was caught cooking the books.", "cooking the books", "cook the books"),
        ("The party became a laughing stock.", "laughing stock", "laughing stock"),
        ("He was hauled over the coals by MPs.", "hauled over the coals", "haul over the coals"),
    ],
)
def test_a_swept_idiom_is_one_item_with_its_rule(text: str, phrase: str, entry: str) -> None:
    w = flagged(both(text))[phrase]
    assert w.entry == entry
    assert w.rules[0].startswith(f"mediakit's phrase list '{entry}'")


@pytest.mark.parametrize(
    "text", ["Cook the steak over the coals.", "The books were stacked in the library."]
)
def test_the_literal_words_of_a_swept_idiom_stay_plain(text: str) -> None:
    assert both(text).words == ()


def test_the_sweeps_check_script_tells_known_from_new() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "emotive_known.py"
    out = subprocess.run(
        [sys.executable, str(script), "nightmare", "laughing stock", "teapot"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0].startswith("KNOWN nightmare -> nightmare -2.6 (mediakit's supplement")
    assert out[1].startswith("KNOWN laughing stock -> laughing stock")
    assert out[2] == "NEW teapot"


def test_the_frequency_sweeps_candidates_are_unflagged_base_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """scripts/emotive_sweep_candidates.py, with a stand-in for wordfreq's list: listed and
    flagged words go, so do inflections of another candidate and words of two letters."""
    import importlib.util
    import types

    fake = types.ModuleType("wordfreq")
    ranked = ["the", "murder", "blorptastic", "blorptastics", "zonk", "zonked", "ox", "teapot"]
    fake.top_n_list = lambda lang, n: ranked[:n]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wordfreq", fake)
    path = Path(__file__).resolve().parents[1] / "scripts" / "emotive_sweep_candidates.py"
    spec = importlib.util.spec_from_file_location("emotive_sweep_candidates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.candidates(0, 8) == ["the", "blorptastic", "zonk", "teapot"]
    assert module.candidates(2, 8) == ["blorptastic", "zonk", "teapot"]  # ranks 2 to 7
    assert module.main([]) == 2

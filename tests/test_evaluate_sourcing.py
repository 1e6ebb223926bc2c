"""The sourcing evaluation (quotations, speakers, sentence sources and voices) and the
dev set it runs on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.evaluate.sourcing import evaluate_sourcing, load_layers, same_source

ROOT = Path(__file__).resolve().parents[1]

TEXT = "Mr Ellery said: “We lost everything.”\n\nThe so-called “safe corridor” held.\n"
# Ellery's quotation: right; the scare quote: a marked term.
ANN = (
    "T1\tSource 0 9\tMr Ellery\n"
    "#1\tAnnotatorNotes T1\tTom Ellery\n"
    "T2\tCue 10 15\tsaid:\n"
    "T3\tContent 16 37\t“We lost everything.”\n"
    "T4\tAttribution 10 15\tsaid:\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tQuotation 17 36\tWe lost everything.\n"
    "T6\tMarked_scare 54 67\tsafe corridor\n"
)


@pytest.fixture
def annotated(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_mk01.ann").write_text(ANN, encoding="utf-8")
    return tmp_path


def test_layers_are_read(annotated: Path) -> None:
    (art,) = load_layers(annotated)
    assert [r.name for r in art.relations] == ["Tom Ellery"]
    assert [TEXT[a:b] for ((a, b),) in art.quotations] == ["We lost everything."]
    assert [TEXT[a:b] for ((a, b),) in art.marked] == ["safe corridor"]


def test_figures_on_a_hand_built_article(annotated: Path) -> None:
    res = evaluate_sourcing(annotated)
    assert (res["q_match"], res["q_pred"], res["q_gold"]) == (1, 1, 1)
    assert (res["m_match"], res["m_pred"], res["m_gold"]) == (1, 1, 1)
    assert (res["spk_ok"], res["spk_n"]) == (1, 1)  # "Mr Ellery" is Tom Ellery
    assert (res["src_ok"], res["src_n"]) == (1, 1)
    assert res["voice_n"] == 2 and res["voice_ok"] == 2  # direct, narration


def test_a_wrong_speaker_is_counted_wrong(annotated: Path) -> None:
    ann = annotated / "attributions" / "a_mk01.ann"
    ann.write_text(ANN.replace("Tom Ellery", "Jane Roe"), encoding="utf-8")
    res = evaluate_sourcing(annotated)
    assert (res["spk_ok"], res["spk_n"]) == (0, 1)


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        ("Donald Trump", "Donald Trump", True),
        ("Trump", "Donald Trump", True),
        ("Defense Secretary Mark Esper", "Mark Esper", True),
        ("Mr Ellery", "Tom Ellery", True),
        ("Eyewitnesses", "Sandra Pike", False),
        ("Natalie Oduya", "Bev Tunstall", False),
        (None, "Bev Tunstall", False),
    ],
)
def test_same_source(pred: str | None, gold: str, same: bool) -> None:
    assert same_source(pred, gold) is same


def test_the_dev_set_is_well_formed() -> None:
    r = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "devset_check.py"), str(ROOT / "devset")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stdout
    assert "40 annotated articles, 0 problems" in r.stdout


def test_cli_rejects_a_folder_that_is_not_annotated(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "mediakit.evaluate", "sourcing", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2 and "not an annotated directory" in r.stderr

"""PolNeAR evaluation: the harness itself, and the measured level on dev.

The data live beside the repository (``../shared/data/polnear``) and are never
copied into it; the dev test skips with a clear message when they are absent.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from mediakit.evaluate import __main__ as cli
from mediakit.evaluate.polnear import _match_exact, _match_overlap, _parse_ann, _trim, spearman

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def test_spearman_average_ranks() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # ties get average ranks: x ranks 1.5 1.5 3 4
    assert spearman([1, 1, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9486832980505138)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))


def test_trim_and_matching() -> None:
    text = 'He said, "We will win." Then'
    assert _trim(text, ((8, 23),)) == ((10, 21),)  # marks and full stop trimmed
    gold = [((0, 2),), ((10, 21),)]
    assert _match_exact([((10, 21),)], gold) == 1
    assert _match_overlap([((12, 30),), ((11, 13),)], gold) == 1  # one-to-one
    assert _match_overlap([((0, 1), (20, 21))], gold) == 1  # discontinuous


def test_parse_ann_ignores_discard_and_notes() -> None:
    raw = (
        "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 10 15;16 20\tWe wi ll\n"
        "T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tDiscard 0 4\tHe s\n#1\tAnnotatorNotes T1\ta note\n"
    )
    rel = _parse_ann(raw)
    assert rel == [{"content": ((10, 15), (16, 20)), "cue": ((3, 7),), "source": ((0, 2),)}]


def test_missing_dir_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["polnear", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a PolNeAR split" in err


@pytest.mark.skipif(
    not (DATA / "dev" / "text").is_dir(),
    reason=f"PolNeAR data not found at {DATA} (it is never copied into the repository)",
)
def test_dev_figures() -> None:
    from mediakit.evaluate.polnear import evaluate_polnear

    res = evaluate_polnear(DATA / "dev")
    assert res["articles"] == 84
    # The targets, all met (measured on dev: overlap F1 source 0.711, cue
    # 0.730, content 0.767; cue exact F1 0.651; density Spearman 0.703; content-share
    # MAE 0.079).  The floor is the target itself, not the measured level.
    assert res["source_overlap_f1"] >= 0.70
    assert res["cue_overlap_f1"] >= 0.70
    assert res["content_overlap_f1"] >= 0.70
    assert res["cue_exact_f1"] >= 0.60
    assert res["density_spearman"] >= 0.70
    assert res["share_mae"] <= 0.12

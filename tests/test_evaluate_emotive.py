"""The emotive evaluation command: its measures and its report, on hand-made rows."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from mediakit.evaluate.__main__ import main as dispatch
from mediakit.evaluate.emotive import auc, main, phrase_spans, read_tsv

HEADER = "id\tarticle\tstratum\tloaded\tsubjective\tphrases\tnote\tsentence\n"
ROWS = [
    ("1", "no", "no", "", "The council met on Tuesday to discuss the budget."),
    ("2", "yes", "yes", "a disgraceful sham", "He called the vote a disgraceful sham."),
    ("3", "yes", "yes", "lambasted", "Critics lambasted the brutal crackdown."),
    ("4", "no", "no", "", "Two people were injured in the crash, police said."),
    ("5", "no", "yes", "", "She said the plan should be delayed."),
    ("6", "yes", "no", "utterly reckless | not here", "It was “utterly reckless,” he said."),
]


def _devset(tmp_path: Path) -> Path:
    lines = [f"{i}\twikinews_2019#0\tplain\t{ld}\t{sj}\t{ph}\t\t{s}\n" for i, ld, sj, ph, s in ROWS]
    (tmp_path / "loaded_news.tsv").write_text("# hand-made rows\n" + HEADER + "".join(lines))
    (tmp_path / "headlines_news.tsv").write_text(
        "# hand-made headlines\nid\tarticle\tvalence\temotion\tnote\theadline\n"
        "1\tw#1\t-3\t3\t\tBombs kill dozens in brutal attack\n"
        "2\tw#2\t0\t0\t\tCouncil publishes annual report\n"
        "3\tw#3\t2\t2\t\tTeam wins a wonderful gold medal\n"
    )
    (tmp_path / "hedges_news.tsv").write_text(
        "# hand-made\nid\thedged\tsentence\n1\tyes\tIt may rain tomorrow.\n"
        "2\tno\tIt rained on Monday.\n"
    )
    return tmp_path


def test_auc() -> None:
    assert auc([0.1, 0.2, 0.8, 0.9], [False, False, True, True]) == 1.0
    assert auc([0.9, 0.8, 0.2, 0.1], [False, False, True, True]) == 0.0
    assert auc([0.5, 0.5, 0.5, 0.5], [False, True, False, True]) == 0.5  # ties count half
    assert math.isnan(auc([0.1, 0.2], [True, True]))


def test_phrase_spans() -> None:
    s = "He called it “utterly reckless,” and left."
    assert phrase_spans(s, "Utterly reckless | left | absent") == [(14, 30), (37, 41), None]
    assert phrase_spans(s, "") == []


def test_report_on_hand_made_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    devset = _devset(tmp_path)
    assert len(read_tsv(devset / "loaded_news.tsv")) == len(ROWS)
    assert main(["--devset", str(devset), "--nyt", str(tmp_path / "none"), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "NYT editorial snippets: not found" in out
    assert "loaded_news.tsv: 6 sentences, 3 loaded, 3 subjective" in out
    line = next(x for x in out.splitlines() if "loaded-language sentence AUC" in x)
    ours, vader = (float(v) for v in line.split()[-2:])
    assert ours == 1.0 and 0.0 <= vader <= 1.0  # every loaded row above every other
    share = next(x for x in out.splitlines() if "loaded phrases holding" in x)
    assert "(3)" in share and float(share.split()[-2]) == 1.0  # "not here" is not found
    assert "1 phrases not found verbatim" in out
    assert "loaded_news_heldout.tsv: not in" in out
    assert "headlines_news.tsv: 3 headlines" in out
    assert "hedge sentence P 1.000  R 1.000  F1 1.000" in out


def test_dispatch_knows_emotive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dispatch(["emotive", "--devset", str(tmp_path), "--nyt", str(tmp_path)]) == 0
    assert "loaded_news.tsv: not in" in capsys.readouterr().out

"""The accuracy figures users read (README, report, sourcing notebook) are the ones the
evaluation commands print today: a change to the engine that moves them fails here until
the docs say the new figures (``python benchmarks/refresh_accuracy_docs.py`` writes them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mediakit.evaluate.polnear import evaluate_polnear
from mediakit.evaluate.sourcing import evaluate_sourcing

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"


def _section(text: str) -> str:
    m = re.search(r"## How accurate is it\?\n(.*?)\n## ", text, re.DOTALL)
    assert m, "README has no section 'How accurate is it?'"
    return m.group(1)


@pytest.fixture(scope="module")
def devset() -> dict[str, float]:
    return {**evaluate_sourcing(ROOT / "devset"), **evaluate_polnear(ROOT / "devset")}


def test_readme_states_the_dev_set_figures(devset: dict[str, float]) -> None:
    section = _section((ROOT / "README.md").read_text(encoding="utf-8"))
    expected = [
        f"{devset['q_p']:.3f} / {devset['q_r']:.3f}",
        f"| {devset['speaker_acc']:.3f} |",
        f"| {devset['source_acc']:.3f} |",
        f"| {devset['voice_acc']:.3f} |",
        f"{int(devset['words']):,} words",
        f"(recall {devset['m_r']:.3f})",
    ]
    for figure in expected:
        assert figure in section, f"README 'How accurate is it?' should say {figure!r}"


def test_report_and_notebook_state_the_dev_set_figures(devset: dict[str, float]) -> None:
    speaker = f"{round(devset['speaker_acc'] * 100)}% of quotations"
    source = f"{round(devset['source_acc'] * 100)}%\nof attributed sentences"
    report = json.loads((ROOT / "mediakit" / "data" / "report.ipynb").read_text("utf-8"))
    report_text = " ".join("".join(c["source"]) for c in report["cells"])
    notebook = (ROOT / "notebooks" / "02_sourcing.ipynb").read_text(encoding="utf-8")
    notebook_text = " ".join(
        "".join(c["source"]) for c in json.loads(notebook)["cells"] if c["cell_type"] == "markdown"
    )
    for text in (report_text, notebook_text):
        flat = " ".join(text.split())
        assert speaker in flat
        assert " ".join(source.split()) in flat
        assert "How accurate is it?" in flat


def test_readme_states_the_polnear_dev_figures() -> None:
    if not POLNEAR_DEV.is_dir():
        pytest.skip(f"PolNeAR data not found at {POLNEAR_DEV} (not part of this repository)")
    res = evaluate_polnear(POLNEAR_DEV)
    section = _section((ROOT / "README.md").read_text(encoding="utf-8"))
    for kind in ("exact", "overlap"):
        figure = " / ".join(f"{res[f'{r}_{kind}_f1']:.3f}" for r in ("source", "cue", "content"))
        assert figure in section, f"README should give the {kind} F1 {figure}"
    assert f"{res['density_pred']:.1f}, Spearman {res['density_spearman']:.3f}" in section
    assert f"(people: {res['density_gold']:.1f})" in section
    assert f"{int(res['words']):,} words" in section


def _figure_rows(text: str) -> list[tuple[str, str]]:
    """(what, figure) of each row of the first accuracy table in ``text``."""
    table = re.search(r"(?:^\|.*\|\n?)+", text, re.MULTILINE)  # the first table only
    rows = re.findall(
        r"^\|([^|\n]*)\|([^|\n]+)\|([^|\n]+)\|$", table.group() if table else "", re.MULTILINE
    )
    return [(what.strip(), fig.strip()) for _on, what, fig in rows if "---" not in what][1:]


def test_report_full_figures_are_the_readme_table() -> None:
    """The report's appendix (the full figures its two sentences link to) has every
    figure of the README's table, in the same order."""
    readme = _figure_rows(_section((ROOT / "README.md").read_text(encoding="utf-8")))
    report = json.loads((ROOT / "mediakit" / "data" / "report.ipynb").read_text("utf-8"))
    appendix = next(
        "".join(c["source"]) for c in report["cells"] if '<a id="accuracy">' in "".join(c["source"])
    )
    assert len(readme) >= 7
    assert _figure_rows(appendix) == readme
    text = " ".join("".join(c["source"]) for c in report["cells"] if c["cell_type"] == "markdown")
    assert "(#accuracy)" in text  # the two sentences link to it


def _command(*args: str) -> str:
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_readme_states_todays_people_kinds_and_hedge_figures() -> None:
    """The 'today' figures of the README's second table are what the commands print."""
    wikinews = ROOT.parent / "shared" / "data" / "wikinews"
    if not wikinews.is_dir():
        pytest.skip(f"no Wikinews data at {wikinews} (it lives beside the repository)")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    people = _command("benchmarks/people_gold_2.py")
    found = re.search(r"people found \(recall[^:]*: \d+ / \d+ = ([\d.]+)%", people)
    kinds = re.search(r"kinds right, of those matched: \d+ / \d+ = ([\d.]+)%", people)
    assert found and kinds, people
    assert f"today, after fixing the classes it showed: {found.group(1)} % and" in text
    assert f"and {kinds.group(1)} % |" in text
    hedges = _command("benchmarks/hedge_eval.py", "--devset", "devset/hedges_news_heldout.tsv")
    f1 = re.search(r"precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)", hedges)
    assert f1, hedges
    assert f"| {f1.group(3)} (precision {f1.group(1)}, recall {f1.group(2)}) |" in text

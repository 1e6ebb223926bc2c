"""The scoring of benchmarks/sources_gold.py on a tiny hand-made gold and text."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from mediakit import analyze

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "sources_gold", ROOT / "benchmarks" / "sources_gold.py"
)
assert _spec and _spec.loader
sg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sg)

TEXT = (
    "Mr John Smith said on Monday that the bridge would reopen in May.\n\n"
    '"We are on time," said Mary Jones, a spokeswoman for the Harwick City Council.\n\n'
    "Officials said the cost had doubled.\n"
)


def _p(name: str, gender: str = "unknown", quoted: bool = True) -> SimpleNamespace:
    return SimpleNamespace(name=name, gender=gender, gender_evidence=None, quoted=quoted)


def test_people_recall_by_full_name_then_surname_and_gender_counts() -> None:
    gold = [
        ["a", "John Smith", "male", "yes", "Mr"],
        ["a", "Mary Jones", "unknown", "no", ""],  # mediakit says female: without evidence
        ["a", "Ann Lee", "female", "no", "she"],  # found by surname only, gender missed
        ["a", "Bo Chen", "unknown", "no", ""],  # not found
    ]
    found = [_p("John Smith", "male"), _p("Mary Jones", "female"), _p("Lee"), _p("Zed Park")]
    c = sg.score_people(gold, lambda f: found)
    assert (c["people"], c["found"], c["not_found"], c["not_annotated"]) == (4, 3, 1, 1)
    assert (c["assigned"], c["right"], c["evidenced"], c["gold_evidenced"]) == (2, 1, 2, 2)
    assert c["assigned_without_evidence"] == 1
    assert c["quoted_right"] == 1  # Smith yes/yes; Jones and Lee are quoted but gold says no


def test_a_shared_surname_matches_no_one() -> None:
    c = sg.score_people(
        [["a", "Ann Baker", "female", "no", ""]], lambda f: [_p("Ginger Baker"), _p("Nettie Baker")]
    )
    assert c["not_found"] == 1


def test_sources_and_people_on_a_real_text(tmp_path: Path) -> None:
    (tmp_path / "gold.tsv").write_text(
        "# a comment\n"
        "t\tJohn Smith\tperson\tmale\tMr John Smith\n"
        "t\tMary Jones\tperson\tfemale\ta spokeswoman\n"
        "t\tofficials\tgroup\t\t\n",
        encoding="utf-8",
    )
    a = analyze(TEXT)
    c = sg.score_sources(sg.load(tmp_path / "gold.tsv"), lambda f: a.sources)
    assert (c["sources"], c["found"], c["kind_right"]) == (3, 3, 3)
    assert (c["persons_found"], c["right"], c["assigned_without_evidence"]) == (2, 2, 0)
    people = [["t", "John Smith", "male", "yes", ""], ["t", "Mary Jones", "female", "yes", ""]]
    c = sg.score_people(people, lambda f: a.people)
    assert (c["found"], c["right"], c["quoted_right"], c["not_annotated"]) == (2, 2, 2, 0)
    assert "people found (recall): 2 / 2 = 100.0%" in sg.report_people(c)


def _people_gold_3() -> Any:
    """benchmarks/people_gold_3.py, imported as the script runs (its folder on the path)."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "people_gold_3", ROOT / "benchmarks" / "people_gold_3.py"
        )
        assert spec and spec.loader
        pg3 = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(pg3)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return pg3


def test_people_gold_3_skips_without_the_texts_and_scores_with_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:

    pg3 = _people_gold_3()
    dev = tmp_path / "devset"
    dev.mkdir()
    (dev / "people_gold_3.tsv").write_text(
        "t\tJohn Smith\tmale\tyes\tMr John Smith\nt\tMary Jones\tunknown\tyes\t\n",
        encoding="utf-8",
    )
    (dev / "kinds_gold_3.tsv").write_text(
        "t\tJohn Smith\tperson\tmale\tMr\nt\tOfficials\tgroup\t\t\n", encoding="utf-8"
    )
    assert pg3.main(["--devset", str(dev), "--polnear", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("skipped: the PolNeAR texts are not at")
    (tmp_path / "pn" / "train" / "text").mkdir(parents=True)
    (tmp_path / "pn" / "train" / "text" / "t.txt").write_text(TEXT, encoding="utf-8")
    assert pg3.main(["--devset", str(dev), "--polnear", str(tmp_path / "pn")]) == 0
    out = capsys.readouterr().out
    assert "people found (recall, full name or unique surname): 2 / 2 = 100.0%" in out
    assert "kinds right, of those matched: 2 / 2 = 100.0%" in out


def test_people_gold_3_reads_wikinews_rows_and_polnear_dev_with_no_kinds_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--people FILE --kinds none`` (people_gold_4.py): keys from a Wikinews CSV row and
    from PolNeAR's dev split; only the people figures."""
    import csv

    pg3 = _people_gold_3()
    wn = tmp_path / "wn"
    wn.mkdir()
    with (wn / "wikinews_2019.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["url", "date", "title", "text"])
        w.writeheader()
        w.writerow({"url": "u", "date": "d", "title": "t", "text": "Other text."})
        w.writerow({"url": "u", "date": "d", "title": "t", "text": TEXT})
    (tmp_path / "pn" / "dev" / "text").mkdir(parents=True)
    (tmp_path / "pn" / "dev" / "text" / "d.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "people_gold_4.tsv"
    gold.write_text(
        "wn2019_row_1\tJohn Smith\tmale\tyes\tMr John Smith\n"
        "d\tMary Jones\tfemale\tyes\ta spokeswoman\n",
        encoding="utf-8",
    )
    argv = ["--people", str(gold), "--kinds", "none", "--wikinews", str(wn)]
    assert pg3.main([*argv, "--polnear", str(tmp_path / "pn")]) == 0
    out = capsys.readouterr().out
    assert "people found (recall, full name or unique surname): 2 / 2 = 100.0%" in out
    assert "== kinds" not in out
    assert pg3.main([*argv, "--polnear", str(tmp_path / "none")]) == 0
    assert capsys.readouterr().out.startswith("skipped: the PolNeAR texts are not at")

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args], capture_output=True, text=True, timeout=120
    )


def test_no_arguments_analyses_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "000_4e797ae91df71bb2.txt" in out
    assert "date: 2022-02-28" in out
    assert "Anton Herashchenko" in out


def test_json_output_to_file(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    assert main(["analyze", "--format", "json", "-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["schema"] == "mediakit.analysis/1"
    assert d["article"]["date"] == "2022-02-28"
    # refuses to overwrite without --force, and leaves the file intact
    before = out.read_bytes()
    assert main(["analyze", "--format", "json", "-o", str(out)]) == 2
    assert out.read_bytes() == before
    assert main(["analyze", "--format", "json", "-o", str(out), "--force"]) == 0


def test_jsonl_and_csv_for_several_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The mayor said the road was closed.", encoding="utf-8")
    b.write_text(' date 2024-01-02 "It is open," the police said.', encoding="utf-8")
    assert main(["analyze", str(a), str(b), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["article"]["path"] for x in lines] == [str(a), str(b)]
    assert main(["analyze", str(a), str(b), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("path,title,date,")
    assert rows[2].startswith(f"{b},,2024-01-02,")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02\x03PDF", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    p = tmp_path / "article.txt"
    if content is not None:
        p.write_bytes(content)
    r = run("analyze", str(p))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert message in r.stderr


def test_bad_option_exits_2_without_traceback() -> None:
    r = run("analyze", "--format", "xml")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_directory_is_a_clear_error(tmp_path: Path) -> None:
    r = run("analyze", str(tmp_path))
    assert r.returncode == 2 and "directory" in r.stderr


def test_non_utf8_article_is_decoded_with_a_warning(tmp_path: Path) -> None:
    """Deliberate change: a cp1252 file is no longer refused; the guess is recorded."""
    p = tmp_path / "cafe.txt"
    text = "The café was closed on Monday, the mayor said. “It is a pity,” she added."
    p.write_bytes(text.encode("cp1252"))
    r = run("analyze", str(p), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert "not UTF-8; decoded as" in r.stderr and "Traceback" not in r.stderr
    doc = json.loads(r.stdout)
    assert doc["input"]["encoding"] not in (None, "utf-8")
    assert doc["sentences"][0]["text"] == "The café was closed on Monday, the mayor said."
    assert any("not UTF-8" in w for w in doc["warnings"])


def test_one_failure_among_several_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the road was closed.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    r = run("analyze", str(good), str(missing), "--format", "csv")
    assert r.returncode == 1
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["article_id"] for row in rows] == [str(good), str(missing)]
    assert rows[0]["error"] == "" and rows[0]["words"] == "7"
    assert "no such file" in rows[1]["error"] and rows[1]["words"] == ""
    assert "1 failed" in r.stderr and "no such file" in r.stderr
    assert "Traceback" not in r.stderr


def test_out_dir_tables_parallel_equals_serial(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from mediakit import seed_paths

    inputs = [str(p) for p in seed_paths()]
    common = ["--tables", "sentences,attributions,sources,quotes", "--no-progress"]
    assert main(["analyze", *inputs, "--out-dir", str(tmp_path / "one"), "-j", "1", *common]) == 0
    assert main(["analyze", *inputs, "--out-dir", str(tmp_path / "two"), "-j", "2", *common]) == 0
    assert main(["analyze", *inputs, "--out-dir", str(tmp_path / "auto"), *common]) == 0
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == [
        "articles.parquet",
        "attributions.parquet",
        "quotes.parquet",
        "sentences.parquet",
        "sources.parquet",
    ]
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "auto" / name).read_bytes()
    arts = pq.read_table(tmp_path / "one" / "articles.parquet").to_pandas()
    assert list(arts["article_id"]) == inputs
    sents = pq.read_table(tmp_path / "one" / "sentences.parquet").to_pandas()
    assert sents.groupby("article_id", sort=False).size().to_dict() == dict(
        zip(arts["article_id"], arts["sentences"], strict=True)
    )
    # no overwrite without --force; nothing is touched
    before = (tmp_path / "one" / "articles.parquet").stat().st_mtime_ns
    assert main(["analyze", *inputs, "--out-dir", str(tmp_path / "one"), *common]) == 2
    assert (tmp_path / "one" / "articles.parquet").stat().st_mtime_ns == before
    assert not [p for p in (tmp_path / "one").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tables", "sentences"], "--out-dir"),
        (["--out-dir", "x", "--tables", "words"], "unknown table"),
        (["--format", "parquet"], "-o FILE"),
        (["--jobs", "0"], "--jobs"),
        (["--out-dir", "x", "-o", "y.csv"], "not both"),
    ],
)
def test_corpus_option_errors(args: list[str], message: str, tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "analyze", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert r.returncode == 2 and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_dash_reads_standard_input() -> None:
    """`-` reads the article from standard input, decoded like a file."""
    article = "The minister said the plan was dead, officials confirmed on Monday.\n"
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "analyze", "-", "--format", "json"],
        input=article.encode("utf-8"),
        capture_output=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["article"]["words"] == 11 and doc["metrics"]["attributions"] >= 1
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "analyze", "-", "--format", "jsonl"],
        input="Café owners said the rent had doubled.\n".encode("latin-1"),
        capture_output=True,
        timeout=120,
    )
    assert r.returncode == 0 and b"not UTF-8; decoded as" in r.stderr
    assert "Caf" in json.loads(r.stdout)["sentences"][0]["text"]
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "analyze", "-"],
        input=b"\x00\x01binary",
        capture_output=True,
        timeout=120,
    )
    assert r.returncode == 2 and r.stderr.count(b"\n") == 1


def test_an_xlsx_output_is_an_excel_workbook_with_the_csv_rows(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    import pandas as pd

    from mediakit.samples import practice_paths

    paths = [str(p) for p in practice_paths()[:2]]
    assert main(["analyze", *paths, "-o", str(tmp_path / "a.xlsx"), "--no-progress"]) == 0
    assert main(["analyze", *paths, "-o", str(tmp_path / "a.csv"), "--no-progress"]) == 0
    book = pd.read_excel(tmp_path / "a.xlsx", sheet_name="articles")
    table = pd.read_csv(tmp_path / "a.csv")
    assert list(book.columns) == list(table.columns)
    assert list(book["words"]) == list(table["words"]) and len(book) == 2


def test_an_output_whose_ending_says_no_format_is_refused(tmp_path: Path) -> None:
    r = run("analyze", "-o", str(tmp_path / "out.foo"))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "cannot tell the output format" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out.foo").exists()

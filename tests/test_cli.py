from __future__ import annotations

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
        (b"caf\xe9", "UTF-8"),
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

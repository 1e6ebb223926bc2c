"""``mediakit analyze`` as one library call (mediakit/_analyze_run.py): the documents it
writes are the plain analysis's, and its warnings and failures read as the CLI's."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import mediakit
from mediakit._analyze_run import AnalyzeRequest, UsageError, choose_format, run_analyze
from mediakit._readable import summary_text
from mediakit._text import ArticleError


def _run(req: AnalyzeRequest) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = run_analyze(req, stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def _articles(tmp_path: Path) -> list[str]:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The mayor said the road was closed.", encoding="utf-8")
    b.write_text('"It is open," the police said on Monday.', encoding="utf-8")
    return [str(a), str(tmp_path / "missing.txt"), str(b)]


def _plain(path: str) -> dict[str, object]:
    d = mediakit.analyze(path).to_dict()
    d["input"] = {
        "article_id": path,
        "path": path,
        "outlet": None,
        "url": None,
        "encoding": "utf-8",
    }
    return d


def test_json_documents_are_the_plain_analysis_with_the_failure_in_its_place(
    tmp_path: Path,
) -> None:
    paths = _articles(tmp_path)
    rc, out, err = _run(AnalyzeRequest(inputs=paths, format="json", progress=False))
    assert rc == 1
    docs = json.loads(out)
    assert docs[0] == _plain(paths[0]) and docs[2] == _plain(paths[2])
    assert docs[1]["input"]["article_id"] == paths[1] and "no such file" in docs[1]["error"]
    assert "sentences" not in docs[1]
    words = docs[0]["article"]["words"] + docs[2]["article"]["words"]
    assert err.splitlines()[0].startswith(f"mediakit: 3 articles: 2 analysed ({words} words in ")
    assert err.splitlines()[1].endswith("× no such file")
    # JSON Lines: the same documents, one per line, compact
    rc, out_l, _ = _run(AnalyzeRequest(inputs=paths, format="jsonl", progress=False))
    assert rc == 1 and [json.loads(x) for x in out_l.splitlines()] == docs
    assert out_l.splitlines()[0] == json.dumps(docs[0], ensure_ascii=False, separators=(",", ":"))


def test_the_table_format_is_the_readable_summary_of_each_analysed_article(
    tmp_path: Path,
) -> None:
    paths = _articles(tmp_path)
    rc, out, _ = _run(AnalyzeRequest(inputs=paths, progress=False))
    assert rc == 1
    assert out == summary_text(mediakit.analyze(paths[0])) + "\n" + summary_text(
        mediakit.analyze(paths[2])
    )


def test_warnings_beyond_five_are_one_line_and_encodings_beyond_five_one_summary(
    tmp_path: Path,
) -> None:
    paths = []
    for i in range(7):
        p = tmp_path / f"{i}.txt"
        p.write_bytes(" date 2024-13-45 The café was closed, the mayor said.".encode("latin-1"))
        paths.append(str(p))
    rc, out, err = _run(AnalyzeRequest(inputs=paths, format="jsonl", progress=False))
    assert rc == 0 and len(out.splitlines()) == 7
    lines = err.splitlines()
    assert [line.split(": ")[2] for line in lines[:5]] == [p for p in paths[:5]]
    assert all("is not a valid YYYY-MM-DD date" in line for line in lines[:5])
    assert lines[5] == "mediakit: warning: more warnings are in the warnings column/field"
    assert len(lines) == 7 and "7 of 7 articles were not UTF-8" in lines[6]


def test_every_article_failing_is_an_error_to_standard_output_but_not_to_a_folder(
    tmp_path: Path,
) -> None:
    missing = [str(tmp_path / "x.txt"), str(tmp_path / "y.txt")]
    with pytest.raises(ArticleError, match=r"^all 2 articles failed; the first: .*x\.txt"):
        _run(AnalyzeRequest(inputs=missing, format="jsonl", progress=False))
    with pytest.raises(ArticleError, match=r"x\.txt: no such file"):
        _run(AnalyzeRequest(inputs=missing[:1], progress=False))
    out = tmp_path / "out.json"
    rc, _, err = _run(AnalyzeRequest(inputs=missing, output=str(out), progress=False))
    assert rc == 2 and "2 failed" in err
    assert not out.exists() and not list(tmp_path.glob(".out.json.*"))
    rc, _, err = _run(
        AnalyzeRequest(inputs=missing, out_dir=str(tmp_path / "d"), format="csv", progress=False)
    )
    assert rc == 2 and "2 failed" in err
    assert (tmp_path / "d" / "articles.csv").read_text(encoding="utf-8").count("\n") == 3


@pytest.mark.parametrize(
    ("req", "fmt"),
    [
        (AnalyzeRequest(), "table"),
        (AnalyzeRequest(output="x.JSONL"), "jsonl"),
        (AnalyzeRequest(output="x.csv", format="json"), "json"),
        (AnalyzeRequest(out_dir="d"), "parquet"),
        (AnalyzeRequest(out_dir="d", format="csv"), "csv"),
    ],
)
def test_the_format_comes_from_the_option_the_file_ending_or_the_folder(
    req: AnalyzeRequest, fmt: str
) -> None:
    assert choose_format(req) == fmt


def test_bad_numbers_are_usage_errors() -> None:
    for req, word in [
        (AnalyzeRequest(jobs=0), "--jobs"),
        (AnalyzeRequest(timeout=0), "--timeout"),
        (AnalyzeRequest(time_limit=-1), "--time-limit"),
    ]:
        with pytest.raises(UsageError, match=word):
            _run(req)


def test_the_default_processes_give_the_output_of_one_in_the_same_order(tmp_path: Path) -> None:
    from mediakit.samples import practice_paths

    paths = [str(p) for p in [*mediakit.seed_paths(), *practice_paths()]][:6]
    one = _run(AnalyzeRequest(inputs=paths, format="jsonl", jobs=1, progress=False))
    two = _run(AnalyzeRequest(inputs=paths, format="jsonl", jobs=2, progress=False))
    default = _run(AnalyzeRequest(inputs=paths, format="jsonl", progress=False))
    assert one[0] == 0 and len(one[1].splitlines()) == len(paths)
    assert one[:2] == two[:2] == default[:2]


def test_one_article_never_starts_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    def no_pool(*args: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    rc, out, _ = _run(AnalyzeRequest(inputs=[str(mediakit.seed_path())], jobs=4, progress=False))
    assert rc == 0 and out == summary_text(mediakit.analyze(mediakit.seed_path()))


def test_default_jobs_is_one_per_cpu_and_one_with_standard_input() -> None:
    from mediakit._run import default_jobs

    assert 1 <= default_jobs(["a.txt"]) <= 8
    assert default_jobs(["a.txt", "-"]) == 1


def test_standard_input_among_other_inputs_is_read_here_with_jobs(tmp_path: Path) -> None:
    """Worker processes have no standard input: ``-`` with ``--jobs 2`` is read here."""
    a = tmp_path / "a.txt"
    a.write_text("The mayor said the road was closed.", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "analyze", str(a), "-", "--format", "jsonl", "-j", "2"],
        input=b"The minister said the plan was dead, officials confirmed.",
        capture_output=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    docs = [json.loads(x) for x in r.stdout.splitlines()]
    assert docs[1]["input"]["article_id"] == "-"
    assert docs[1]["sentences"][0]["text"].startswith("The minister said")


def test_the_summary_line_counts_one_article_and_one_word_in_the_singular(
    tmp_path: Path,
) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Hello.", encoding="utf-8")
    out = tmp_path / "one.jsonl"
    rc, _out, err = _run(AnalyzeRequest(inputs=[str(one)], output=str(out), progress=False))
    assert rc == 0 and out.exists()
    assert err.splitlines()[0].startswith("mediakit: 1 article: 1 analysed (1 word in ")


def test_summary_columns_cut_long_names_with_an_ellipsis() -> None:
    from mediakit._readable import _fit

    assert _fit("Ukrainian authorities", 25) == "Ukrainian authorities    "
    assert _fit("the\nstate  agency", 20) == "the state agency    "
    cut = _fit("Ukrainian President Volodymyr Zelenskyy’s office", 40)
    assert len(cut) == 40 and cut.endswith("…") and cut.startswith("Ukrainian President")
    text = summary_text(mediakit.analyze(mediakit.seed_path()))
    rows = [line for line in text.splitlines() if " attr  " in line]
    assert rows and len({line.index(" attr  ") for line in rows}) == 1  # one column

"""A catalogue of hostile inputs: each gives a clear error or a correct analysis with a warning.

Each case writes a file and runs ``mediakit analyze FILE --format json -o OUT``
in this process.  An *error* case must exit 2 with one line on stderr that
names the file and says what is wrong (never a traceback) and write nothing;
an *ok* case must exit 0, carry the expected warning in the JSON ``warnings``
and on stderr, and its analysis must pass ``check_invariants``.  The table of
decisions is in docs/hardening.md.
"""

from __future__ import annotations

import json
import os
import pathlib
import signal
import stat
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import mediakit
from mediakit import Analysis
from mediakit._ingest import iter_inputs, load
from mediakit.cli import main
from tests.test_analysis import check_invariants

ANY = object()  # any warnings (or none) are fine
ENGLISH = (
    'The mayor said the bridge would reopen on Monday. "It is safe," she told reporters. '
    "Officials said repairs had cost more than expected, according to the council."
)
LONG_LINE_WORDS = 200_000  # 1,000,000 characters


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _long_line() -> bytes:
    words = ["the", "mayor", "said", "bridge", "would", "reopen", "after", "repairs"]
    return " ".join(words[i % len(words)] + "x"[: i % 2] for i in range(LONG_LINE_WORDS)).encode()


def _fifo(p: Path) -> None:
    p.unlink(missing_ok=True)
    os.mkfifo(p)


# (content: bytes, or a function that makes the file; expected; warning or message; check)
CASES: list[Any] = [
    pytest.param(b"", "error", "empty", None, id="empty"),
    pytest.param(b"  \n\t\r\n   \n", "error", "empty", None, id="whitespace-only"),
    pytest.param(bytes(range(256)) * 40, "error", "binary", None, id="binary"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"x" * 100, "error", "PNG", None, id="png-signature"),
    pytest.param(
        _utf8(ENGLISH) + b"\x00" + _utf8(ENGLISH) * 300, "error", "NUL", None, id="nul-after-8-kb"
    ),
    pytest.param(
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40 + _utf8(ENGLISH),
        "error",
        "binary",
        None,
        id="many-control-characters",
    ),
    pytest.param(bytes(range(0x80, 0x100)) * 20, "error", ANY, None, id="invalid-utf8-garbage"),
    pytest.param(
        _utf8(ENGLISH).replace(b"safe", b"s\xe4fe\xff"),
        "ok",
        "not UTF-8",
        None,
        id="invalid-utf8-in-english",
    ),
    pytest.param(
        b"\xff\xfe" + ENGLISH.encode("utf-16-le"), "ok", None, "same_as_utf8", id="utf16-le-bom"
    ),
    pytest.param(
        b"\xfe\xff" + ENGLISH.encode("utf-16-be"), "ok", None, "same_as_utf8", id="utf16-be-bom"
    ),
    pytest.param(b"\xef\xbb\xbf" + _utf8(ENGLISH), "ok", None, "same_as_utf8", id="utf8-bom"),
    pytest.param(
        "The café in Zürich was closed, the mayor said. “It is a pity,” she added.".encode(
            "cp1252"
        ),
        "ok",
        "not UTF-8",
        "cafe",
        id="windows-1252",
    ),
    pytest.param(
        _utf8("Bridge reopens\r\n\r\n" + ENGLISH.replace(". ", ".\r\n")),
        "ok",
        None,
        "same_as_lf",
        id="crlf",
    ),
    pytest.param(
        _utf8("Bridge reopens\r\r" + ENGLISH.replace(". ", ".\r")),
        "ok",
        None,
        "same_as_lf",
        id="lone-cr",
    ),
    pytest.param(
        _utf8("Bridge \x1b[2J reopens\n" + ENGLISH + " \x07\x0b\x0c\x7f\x85 ok."),
        "ok",
        None,
        None,
        id="few-control-characters",
    ),
    pytest.param(
        _utf8(
            "<!DOCTYPE html><html><head><title>Bridge</title></head><body><p>"
            + ENGLISH
            + "</p></body></html>"
        ),
        "ok",
        "HTML markup",
        None,
        id="html-page-as-txt",
    ),
    pytest.param(
        _utf8("<p>" + ENGLISH + "</p>\n<p><b>More</b> <i>text</i>.</p>"),
        "ok",
        "HTML markup",
        None,
        id="html-fragment-as-txt",
    ),
    pytest.param(
        lambda p: p.write_bytes(b"The mayor said the road was closed. " * 1_500_000),
        "error",
        "20 MB",
        None,
        id="50-mb-file",
    ),
    pytest.param(
        _long_line(),
        "ok",
        "without a sentence end",
        "long_line",
        id="1m-character-line-no-punctuation",
    ),
    pytest.param(
        _utf8(("“He said ‘no “way” ’ he said.” " * 700) + '"' * 3000 + "“‘" * 1000),
        "ok",
        ANY,
        None,
        id="thousands-of-quotation-marks",
    ),
    pytest.param(
        _utf8('The mayor said "we will go to the bridge.\n' * 300),
        "ok",
        None,
        "unclosed",
        id="quotes-that-never-close",
    ),
    pytest.param(_utf8("\"“”‘’«»„'" * 500), "error", "empty", None, id="only-quotation-marks"),
    pytest.param(
        _utf8("Play video\n\nRead more\n\nPlay video\n"),
        "ok",
        "boilerplate",
        None,
        id="only-boilerplate",
    ),
    pytest.param(
        _utf8(ENGLISH + " 😀👍🏽🇺🇦 Cafe\u0301 naïve e\u0301e\u0301 ﬁne ß İstanbul."),
        "ok",
        None,
        None,
        id="emoji-and-combining-characters",
    ),
    pytest.param(
        _utf8("قال رئيس البلدية إن الجسر سيفتح يوم الاثنين. " * 10),
        "ok",
        "non-Latin script",
        None,
        id="right-to-left-arabic",
    ),
    pytest.param(
        _utf8("אמר ראש העיר כי הגשר ייפתח ביום שני \u202e. " * 10),
        "ok",
        "non-Latin script",
        None,
        id="right-to-left-hebrew-with-override",
    ),
    pytest.param(
        _utf8("市长说，这座桥将于周一重新开放。" * 10), "ok", "non-Latin script", None, id="chinese"
    ),
    pytest.param(
        _utf8(
            "Die Regierung hat am Montag erklärt, dass die Verhandlungen fortgesetzt "
            "werden. Nach Angaben der Behörden wurden mehrere Menschen verletzt, "
            "und die Lage bleibt weiterhin sehr angespannt in der ganzen Region."
        ),
        "ok",
        "does not look like English",
        None,
        id="german",
    ),
    pytest.param(
        _utf8(" date 2022-13-45 " + ENGLISH),
        "ok",
        "not a valid YYYY-MM-DD date",
        "no_date",
        id="malformed-date-header",
    ),
    pytest.param(_fifo, "error", "not a regular file", None, id="fifo"),
]


def _run_case(tmp_path: Path, content: bytes | Callable[[Path], Any]) -> tuple[int, Path, Path]:
    p = tmp_path / "article.txt"
    if callable(content):
        content(p)
    else:
        p.write_bytes(content)
    out = tmp_path / "out.json"
    rc = main(["analyze", str(p), "--format", "json", "-o", str(out), "--no-progress"])
    return rc, p, out


def _analysis(p: Path) -> Analysis:
    decoded = load(next(iter_inputs(p)))
    return mediakit.analyze(mediakit.parse(decoded.text, decoded.metadata))


@pytest.mark.parametrize(("content", "expected", "what", "check"), CASES)
def test_hostile_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: Any,
    expected: str,
    what: Any,
    check: str | None,
) -> None:
    t0 = time.monotonic()
    rc, p, out = _run_case(tmp_path, content)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if expected == "error":
        assert rc == 2, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("mediakit: error: "), err
        assert str(p) in lines[0]
        if what is not ANY:
            assert what in lines[0]
        assert not out.exists()
        assert sorted(x.name for x in tmp_path.iterdir()) == ["article.txt"]  # no temporaries
        return
    assert rc == 0, err
    doc = json.loads(out.read_text(encoding="utf-8"))
    if what is None:
        assert doc["warnings"] == [] or check == "cafe", doc["warnings"]
    elif what is not ANY:
        assert any(what in w for w in doc["warnings"]), doc["warnings"]
        assert f"mediakit: warning: {p}: " in err and what in err
    a = _analysis(p)
    check_invariants(a)
    assert a.words == doc["article"]["words"] > 0
    assert [s["text"] for s in doc["sentences"]] == [s.text for s in a.sentences]
    if check == "same_as_utf8":
        assert a.word_table().text.tolist() == mediakit.analyze(ENGLISH).word_table().text.tolist()
        assert doc["input"]["encoding"] in ("utf-8", "utf-16")
    elif check == "same_as_lf":
        lf = mediakit.analyze(a.text.replace("\r\n", "\n").replace("\r", "\n"))
        assert a.word_table()[["text", "voice"]].equals(lf.word_table()[["text", "voice"]])
        assert a.metadata.title == lf.metadata.title == "Bridge reopens"
        assert a.metrics == lf.metrics
    elif check == "cafe":
        assert doc["sentences"][0]["text"] == "The café in Zürich was closed, the mayor said."
    elif check == "long_line":
        assert a.words == LONG_LINE_WORDS
        assert all(len(s) <= 2000 for s in a.sentences) and len(a.sentences) >= 500
    elif check == "unclosed":
        assert len(a.quotes) == 300 and not any(q.closed for q in a.quotes)
        for q, s in zip(a.quotes, a.sentences, strict=True):
            assert s.start <= q.start < q.end <= s.end  # one stray mark swallows no more
    elif check == "no_date":
        assert doc["article"]["date"] is None and doc["article"]["date_raw"] == "2022-13-45"
    assert time.monotonic() - t0 < 30


def test_control_characters_do_not_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "esc.txt"
    p.write_text("Title \x1b]0;pwned\x07 here\n" + ENGLISH + " \x1b[2J", encoding="utf-8")
    assert main(["analyze", str(p)]) == 0
    out = capsys.readouterr().out
    assert "title: Title \ufffd]0;pwned\ufffd here" in out
    assert not any(ord(c) < 32 and c != "\n" for c in out)


def test_api_reads_utf16_as_the_command_line_does(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes(b"\xff\xfe" + ENGLISH.encode("utf-16-le"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # exact decoding: no warning
        a = mediakit.analyze(p)
    assert a.text == ENGLISH


# ---------------------------------------------------------------- unreadable files


def _corpus_dir(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (d / "locked.txt").write_text(ENGLISH, encoding="utf-8")
    return d


def _check_locked_run(d: Path, rc: int, out: Path, err: str) -> None:
    assert rc == 1, err
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3
    assert rows[1].startswith(f"{d / 'a.txt'},")
    assert "permission denied" in rows[2] and str(d / "locked.txt") in rows[2]
    assert "1 failed" in err and "permission denied" in err and "Traceback" not in err


def test_directory_with_an_unreadable_file_chmod(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip(
            "running as root: chmod 000 does not stop root from reading "
            "(test_directory_with_an_unreadable_file_simulated covers it)"
        )
    d = _corpus_dir(tmp_path)
    (d / "locked.txt").chmod(0)
    try:
        out = tmp_path / "out.csv"
        rc = main(["analyze", str(d), "-o", str(out), "--no-progress"])
        _check_locked_run(d, rc, out, capsys.readouterr().err)
    finally:
        (d / "locked.txt").chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_directory_with_an_unreadable_file_simulated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    d = _corpus_dir(tmp_path)
    real = pathlib.Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    out = tmp_path / "out.csv"
    rc = main(["analyze", str(d), "-o", str(out), "--no-progress"])
    _check_locked_run(d, rc, out, capsys.readouterr().err)
    # only unreadable files: exit 2, one line
    assert main(["analyze", str(d / "locked.txt"), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "permission denied" in err


# ---------------------------------------------------------------- time limits


def test_time_limit_records_a_hanging_article_as_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--time-limit: an article that takes too long is recorded as failed; the run goes on."""
    import mediakit._run as run

    real = run.analyze_decoded

    def slow(art: Any, article_id: str, user: Any) -> Analysis:
        if "HANG" in art.text:
            time.sleep(60)
        return real(art, article_id, user)

    monkeypatch.setattr(run, "analyze_decoded", slow)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text("HANG " + ENGLISH, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ENGLISH, encoding="utf-8")
    t0 = time.monotonic()
    rc = main(
        [
            "analyze",
            *(str(tmp_path / f"{x}.txt") for x in "abc"),
            "--format",
            "csv",
            "--time-limit",
            "1",
            "--no-progress",
        ]
    )
    assert time.monotonic() - t0 < 10
    out, err = capsys.readouterr()
    assert rc == 1, err
    rows = out.splitlines()
    assert len(rows) == 4
    assert "gave up after the time limit of 1 s per article" in rows[2]
    assert "time limit" not in rows[1] + rows[3] and ",7," not in rows[2]
    assert "1 failed" in err and "Traceback" not in err


def test_timeout_records_a_silent_server_as_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--timeout: a URL whose server accepts but never answers fails after the timeout."""
    import socket

    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        url = f"http://127.0.0.1:{srv.getsockname()[1]}/article"
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        t0 = time.monotonic()
        rc = main(
            [
                "analyze",
                str(tmp_path / "a.txt"),
                url,
                "--format",
                "csv",
                "--timeout",
                "1",
                "--no-progress",
            ]
        )
        assert time.monotonic() - t0 < 10
    out, err = capsys.readouterr()
    assert rc == 1, err
    assert "no answer within 1 s" in out.splitlines()[2]


# ---------------------------------------------------------------- outputs


def test_outputs_have_ordinary_permissions(tmp_path: Path) -> None:
    """Files mkstemp made (0600) get the mode of any new file: 0644 under umask 022."""
    old = os.umask(0o022)
    try:
        outs = [tmp_path / "a.json", tmp_path / "a.csv", tmp_path / "a.jsonl"]
        for o in outs:
            assert main(["analyze", "-o", str(o), "--no-progress"]) == 0
        assert (
            main(
                [
                    "analyze",
                    "--out-dir",
                    str(tmp_path / "d"),
                    "--tables",
                    "sentences",
                    "--no-progress",
                ]
            )
            == 0
        )
        outs += sorted((tmp_path / "d").iterdir())
        from mediakit._atomic import write_text_atomic

        write_text_atomic(tmp_path / "w.txt", "x")
        outs.append(tmp_path / "w.txt")
        for o in outs:
            assert stat.S_IMODE(o.stat().st_mode) == 0o644, o
        os.umask(0o077)
        assert main(["analyze", "-o", str(tmp_path / "private.json"), "--no-progress"]) == 0
        assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_a_writer_failing_midway_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mediakit import _sinks

    seeds = [str(p) for p in mediakit.seed_paths()]
    # the JSON stream: fails on the third document
    real = _sinks.DocumentSink.add
    calls = {"n": 0}

    def failing(self: Any, r: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real(self, r)

    monkeypatch.setattr(_sinks.DocumentSink, "add", failing)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(OSError, match="No space"):
        main(["analyze", *seeds, "-o", str(out), "--force", "--no-progress"])
    assert out.read_text(encoding="utf-8") == "old\n"  # the old file is untouched
    # the table writers: fail on the third row
    real_write = _sinks.CsvSink.write

    def failing_write(self: Any, rows: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 6:
            raise OSError(28, "No space left on device")
        real_write(self, rows)

    calls["n"] = 3
    monkeypatch.setattr(_sinks.CsvSink, "write", failing_write)
    with pytest.raises(OSError, match="No space"):
        main(
            [
                "analyze",
                *seeds,
                "--out-dir",
                str(tmp_path / "d"),
                "--format",
                "csv",
                "--tables",
                "sentences",
                "--no-progress",
            ]
        )
    assert sorted(x.name for x in tmp_path.iterdir()) == ["d", "out.jsonl"]
    assert list((tmp_path / "d").iterdir()) == []


def test_ctrl_c_leaves_no_partial_output(tmp_path: Path) -> None:
    """SIGINT while a large output is being written: exit 130, no file, no temporary."""
    text = (mediakit.seed_path().read_text(encoding="utf-8") + "\n") * 3
    inputs = []
    for i in range(400):
        p = tmp_path / "in" / f"{i:03}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(text, encoding="utf-8")
        inputs.append(str(p))
    out = tmp_path / "out" / "big.jsonl"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mediakit",
            "analyze",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--no-progress",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell without job control starts background commands with SIGINT
        # ignored, and the child would inherit that (as `nohup` intends): give it
        # the default, as a terminal would, whatever started the test run.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the temporary file has some output
        parts = list(out.parent.glob(".big.jsonl.*"))
        if parts and parts[0].stat().st_size > 100_000:
            break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("the output never started")
    proc.send_signal(signal.SIGINT)
    _stdout, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "mediakit: interrupted"
    assert list(out.parent.iterdir()) == []

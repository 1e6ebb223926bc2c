"""Ingestion: files, directories, globs, web pages, table rows, URLs, encodings."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import mediakit
from mediakit._ingest import Input, decode_bytes, iter_inputs, load
from mediakit._text import ArticleError

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Road closed after flood | Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle">
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://bugle.example/road"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | Sport | Weather</nav>
<article><h1>Road closed after flood</h1>
<p>The mayor said the road was closed on Monday after heavy rain flooded the valley
and washed away part of the old stone bridge near the school.</p>
<p>"It is dangerous," the police chief told reporters, adding that repairs would take
weeks and cost the council millions of pounds.</p></article>
<footer>Subscribe to our newsletter. Copyright 2024 Daily Bugle. All rights reserved.</footer>
</body></html>"""
NO_ARTICLE = (
    "<html><head><title>Log in</title></head><body><form><input name=q></form></body></html>"
)


def test_decode_utf8_bom_and_guess() -> None:
    assert decode_bytes("café".encode()) == ("café", "utf-8")
    assert decode_bytes(b"\xef\xbb\xbfcaf\xc3\xa9") == ("café", "utf-8")
    assert decode_bytes("café “x”".encode("utf-16")) == ("café “x”", "utf-16")
    text = "Die Straße war gesperrt, sagte der Bürgermeister am Montag. Die Brücke sei beschädigt."
    got, enc = decode_bytes(text.encode("cp1252"))
    assert got == text and enc != "utf-8"
    ru = "Мэр города сказал, что дорога закрыта до понедельника."
    assert decode_bytes(ru.encode("cp1251")) == (ru, "cp1251")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"abc\x00def", "NUL"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_binary_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        decode_bytes(data, source="x.txt")


def test_text_file_with_date_prefix_and_non_utf8(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(
        " date 2024-01-02 Der Bürgermeister sagte, die Straße sei gesperrt.".encode("cp1252")
    )
    (src,) = iter_inputs(p)
    art = load(src)
    assert art.id == str(p) and art.metadata.date == "2024-01-02"
    assert art.text[art.metadata.body_start :].startswith("Der Bürgermeister")
    assert art.encoding not in (None, "utf-8")
    assert art.warnings and "not UTF-8" in art.warnings[0]


def test_html_page_is_extracted_by_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (src,) = iter_inputs(p)
    art = load(src)
    assert art.metadata.title == "Road closed after flood"
    assert art.metadata.date == "2024-03-05"
    assert art.outlet == "Daily Bugle"
    assert art.url == "https://bugle.example/road"
    assert "washed away part of the old stone bridge" in art.text
    assert "Subscribe" not in art.text and "Weather" not in art.text
    empty = tmp_path / "empty.html"
    empty.write_text(NO_ARTICLE, encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text"):
        load(next(iter_inputs(empty)))


def test_table_files_give_one_article_per_row(tmp_path: Path) -> None:
    rows = [
        {
            "text": "The mayor said the road was closed.",
            "title": "Road",
            "date": "2024-01-02",
            "outlet": "Bugle",
            "url": "https://x.example/1",
        },
        {"text": "", "title": "Empty"},
        {"text": '"It is open," the police said.', "title": None, "date": "yesterday"},
    ]
    df = pd.DataFrame(rows)
    csv_path = tmp_path / "news.csv"
    df.to_csv(csv_path, index=False)
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    readers = [csv_path, jsonl]
    if pytest.importorskip("pyarrow"):
        pq_path = tmp_path / "news.parquet"
        df.to_parquet(pq_path)
        readers.append(pq_path)
    for path in readers:
        srcs = list(iter_inputs(path))
        assert [s.id for s in srcs] == [f"{path}#1", f"{path}#2", f"{path}#3"]
        assert srcs[1].error is not None and "text is missing" in srcs[1].error
        a0, a2 = load(srcs[0]), load(srcs[2])
        assert (a0.metadata.title, a0.metadata.date, a0.outlet, a0.url) == (
            "Road",
            "2024-01-02",
            "Bugle",
            "https://x.example/1",
        )
        assert a2.metadata.date is None and a2.metadata.date_raw == "yesterday"
        assert a0.metadata.path == str(path)


def test_table_without_text_column_and_custom_column(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    pd.DataFrame({"body": ["The mayor said the road was closed."]}).to_csv(p, index=False)
    (src,) = iter_inputs(p)
    assert src.error is not None and "no 'text' column" in src.error and "body" in src.error
    (src,) = iter_inputs(p, text_column="body")
    assert load(src).text == "The mayor said the road was closed."


def test_directory_glob_dataframe_and_texts(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", "notes.md"):
        (tmp_path / name).write_text("The mayor said so.", encoding="utf-8")
    ids = [s.id for s in iter_inputs(tmp_path)]
    assert ids == [str(tmp_path / n) for n in ("a.txt", "b.txt", "sub/c.txt")]
    assert [s.id for s in iter_inputs(str(tmp_path / "*.txt"))] == ids[:2]
    (nomatch,) = iter_inputs(str(tmp_path / "*.html"))
    assert nomatch.error is not None and "matches no files" in nomatch.error
    df = pd.DataFrame({"text": ["One said.", "Two said."]}, index=["x", "y"])
    assert [s.id for s in iter_inputs(df)] == ["x", "y"]
    srcs = list(iter_inputs(["A text.\nWith two lines.", "missing.txt", 3]))
    assert srcs[0].kind == "text" and srcs[0].id == "0"
    assert srcs[1].kind == "file"  # ends like an article file: a path, not a text
    with pytest.raises(ArticleError, match="no such file"):
        load(srcs[1])
    assert srcs[2].error is not None and "int" in srcs[2].error


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        if self.path in ("/article", "/slow"):
            body, status = PAGE.encode(), 200
        elif self.path == "/nav":
            body, status = NO_ARTICLE.encode(), 200
        else:
            body, status = b"not here", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        t.join()


def test_urls_are_fetched_and_extracted(server: str) -> None:
    pytest.importorskip("trafilatura")
    (src,) = iter_inputs(f"{server}/article")
    assert src.kind == "url" and src.id == f"{server}/article"
    art = load(src)
    assert art.metadata.title == "Road closed after flood" and art.outlet == "Daily Bugle"
    assert art.encoding == "utf-8"
    with pytest.raises(ArticleError, match="HTTP 404"):
        load(Input(id="u", kind="url", location=f"{server}/missing"))
    with pytest.raises(ArticleError, match="no article text"):
        load(Input(id="u", kind="url", location=f"{server}/nav"))
    with pytest.raises(ArticleError, match=r"no answer within 0\.5 s"):
        load(Input(id="u", kind="url", location=f"{server}/slow"), timeout=0.5)
    with pytest.raises(ArticleError, match="cannot be fetched"):
        load(Input(id="u", kind="url", location="http://127.0.0.1:9/"), timeout=2)


# ---------------------------------------------------------------- one reader


def test_the_library_reads_files_as_the_command_line_does(tmp_path: Path) -> None:
    """mediakit.analyze(Path) decodes what `mediakit analyze` decodes, and says how."""
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(
        "Café owners said the rent had doubled, the council confirmed.\n".encode("latin-1")
    )
    with pytest.warns(UnicodeWarning, match="not UTF-8; decoded as"):
        a = mediakit.analyze(latin)
    assert a.text.startswith("Caf") and "\ufffd" not in a.text
    assert a.text == load(next(iter_inputs(str(latin)))).text  # the CLI's reading
    assert a.metadata.path == str(latin)
    with pytest.raises(ArticleError, match="is a directory"):
        mediakit.analyze(tmp_path)
    table = tmp_path / "a.csv"
    table.write_text("text\nOne.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="is a table of articles"):
        mediakit.analyze(table)


def test_the_library_reads_a_url(server: str) -> None:
    pytest.importorskip("trafilatura")
    a = mediakit.analyze(f"{server}/article")
    assert a.metadata.title == "Road closed after flood"
    with pytest.raises(ArticleError, match="HTTP 404"):
        mediakit.analyze(f"{server}/missing")


def test_a_path_named_dash_is_a_file_and_latin1_is_cp1252(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text("The mayor said the road was closed.\n", encoding="utf-8")
    assert mediakit.analyze(Path("-")).text.startswith("The mayor")
    assert mediakit.analyze("-").text.startswith("The mayor")  # an existing file "-"
    text, encoding = decode_bytes("Il était très naïve, said Ms Roe.".encode("latin-1"))
    assert encoding == "cp1252" and "très naïve" in text


def test_an_atomic_write_that_fails_leaves_no_temporary(tmp_path: Path) -> None:
    from mediakit._atomic import write_text_atomic

    target = tmp_path / "out"
    target.mkdir()  # os.replace cannot put a file over a directory
    with pytest.raises(OSError):
        write_text_atomic(target, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# ------------------------------------------------- CSV: the csv module and pandas agree

_CSV_CASES = {
    "plain": 'text,title,outlet\n"""It is open,"" the police said.",Road,Bugle\nSecond one,,\n',
    "a quoted part, then text": 'text,title\n"It is open," the police said.,Road\n',
    "header only": "text,title\n",
    "no text column": "body,title\nx,y\n",
    "empty": "",
    "blank lines only": "\n\n",
    "blank and space lines": "text,title\nhello there,T\n\n   \nx,y\n",
    "one column, a space line": "text\nhello\n   \nbye\n",
    "extra field first (pandas: an index column)": "text,title\na,b,c\nd,e\n",
    "extra field later": "text,title\nd,e\na,b,c\n",
    "short row": "text,title\nonly\n",
    "repeated column": "text,text,title\na,b,c\n",
    "empty column name": "text,,title\na,b,c\n",
    "quoted newline and comma": 'text,title\n"multi\nline, ok",T\n',
    "doubled quotes": 'text,title\n"He said ""no"" twice",T\n',
    "quote inside a field": 'text,title\na "b" c,T\n',
    "unterminated quote": 'text,title\nfine,T\n"unterminated,T\n',
    "text after a closing quote": 'text,title\n"a"b,T\n',
    "CRLF": "text,title\r\nwin,T\r\n",
    "CR only": "text,title\rmac,T\r",
    "semicolons": "text;title\na;b\n",
    "NA-like values": "text,title,date\nNA,nan,None\nnull,N/A,2024-01-02\n",
    "spaces around": "text , title\n  padded  ,  T  \n",
    "unicode": "text,title\nCafé “quoted” — ok,Ünïcode\n",
    "BOM": "\ufefftext,title\nbom,T\n",
}


def _sources_both_ways(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Input], list[Input]]:
    from mediakit import _ingest

    fast = list(_ingest._table_rows(path, "text"))
    with monkeypatch.context() as m:
        m.setattr(_ingest, "_csv_rows", _ingest._pandas_csv_rows)
        plain = list(_ingest._table_rows(path, "text"))
    return fast, plain


@pytest.mark.parametrize("name", sorted(_CSV_CASES))
def test_csv_files_read_as_pandas_reads_them(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CSV file gives the same sources (ids, texts, metadata, errors) through the csv
    module's fast path as through pandas alone, plain or odd."""
    path = tmp_path / "t.csv"
    path.write_bytes(_CSV_CASES[name].encode("utf-8"))
    fast, plain = _sources_both_ways(path, monkeypatch)
    assert fast == plain


def test_a_long_csv_with_a_bad_row_late_reads_as_pandas_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows before the chunk with a bad row come from the csv module; pandas takes over
    from there (it reads 500 rows at a time, so rows of that chunk are not yielded)."""
    rows = [f"Article number {i} said the mayor.,T{i}" for i in range(1, 1301)]
    rows[1100] = "too,many,fields"
    path = tmp_path / "long.csv"
    path.write_text("text,title\n" + "\n".join(rows) + "\n", encoding="utf-8")
    fast, plain = _sources_both_ways(path, monkeypatch)
    assert fast == plain and len(fast) == 1001 and fast[-1].error is not None
    path.write_text("text,title\n" + "\n".join(r for r in rows if "too" not in r), "utf-8")
    fast, plain = _sources_both_ways(path, monkeypatch)
    assert fast == plain and len(fast) == 1299


def test_a_plain_csv_corpus_does_not_import_pandas(tmp_path: Path) -> None:
    """Reading a plain CSV of articles (and a JSONL file) leaves pandas unimported: about
    0.4 s of a corpus command (issue 11)."""
    import subprocess
    import sys

    csv_path = tmp_path / "a.csv"
    csv_path.write_text("text,title\nThe mayor said the road was closed.,Road\n", "utf-8")
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"text": "Police said it was open.", "title": null}\n', "utf-8")
    code = (
        "import sys\n"
        "from mediakit._ingest import iter_inputs, load\n"
        "arts = [load(s) for s in iter_inputs(sys.argv[1:])]\n"
        "assert [a.metadata.title for a in arts] == ['Road', None], arts\n"
        "assert 'pandas' not in sys.modules\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(csv_path), str(jsonl)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr


def test_the_wikinews_csv_files_read_the_same_without_pandas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The shared Wikinews CSV files (when ../shared is there) take the csv module's
    path, and give the same sources as pandas."""
    from mediakit import _ingest

    files = sorted((Path(__file__).resolve().parents[2] / "shared/data/wikinews").glob("*.csv"))
    if not files:
        pytest.skip("no ../shared/data/wikinews")
    for f in files:
        list(_ingest._plain_csv_chunks(f, _ingest.file_encoding(f)))  # no _NotPlainCSV
        fast, plain = _sources_both_ways(f, monkeypatch)
        assert fast == plain and fast and all(s.error is None for s in fast)

"""``mediakit report``: the parameterised notebook, executed and converted to standalone HTML."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

import mediakit
from mediakit import _report, _report_plots, _report_view
from mediakit.cli import main
from mediakit.metrics import METRICS

ARTICLE = """ date 2026-03-14 Bridge <b>falls</b> & "fair" closes

A footbridge collapsed on Friday, injuring fourteen people, the fire service said.

"It was terrifying," said stallholder Tom Ellery. <script>alert(1)</script>

Police said there was no evidence of foul play.
"""


def _run(
    args: list[str], cwd: Path, *, offline: bool = False, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mediakit", "report", *args]
    if offline and subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0:
        cmd = ["unshare", "-rn", *cmd]  # a new network namespace: no network at all
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, float, str]:
    d = tmp_path_factory.mktemp("report")
    t0 = time.perf_counter()
    r = _run([], d)  # the defaults: the seed article, report.html in the current folder
    elapsed = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    return (d / "report.html").read_text(encoding="utf-8"), elapsed, r.stderr


def test_seed_report_contents(seed_report: tuple[str, float, str]) -> None:
    html, _elapsed, stderr = seed_report
    assert stderr == ""
    assert html.startswith("<!DOCTYPE html>")
    a = mediakit.analyze(mediakit.seed_path())
    assert "2022-02-28" in html
    assert "000_4e797ae91df71bb2.txt" in html
    assert f"mediakit {mediakit.__version__}" in html
    # every metric with its definition
    text = unescape(html)
    for name, doc in METRICS.items():
        assert f"<code>{name}</code>" in html
        assert doc.definition in text
    assert f"<td>{a.metrics['words']}</td>" in html
    # plots embedded as inline PNG
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', html)) >= 6
    # the highlighted article
    assert 'class="mediakit-article' in html
    assert "Herashchenko" in html
    assert html.count("<details") == 1  # one article: its section shown open
    assert re.search(r'<details class="mediakit-report-article" open(?:="")?>', html)
    assert html.count('class="mediakit-report-meta"') == 1  # the header, not repeated


def test_report_has_no_code_and_needs_no_network(seed_report: tuple[str, float, str]) -> None:
    html = seed_report[0]
    assert "import mediakit" not in html
    assert "plot_voices(a)" not in html
    assert "<script" not in html.lower()
    assert "<link" not in html.lower()
    external = re.findall(r'(?:src|href)\s*=\s*["\']?\s*(?:https?:)?//', html, re.IGNORECASE)
    assert external == []
    assert "@import" not in html and "url(http" not in html
    assert str(mediakit.seed_path().parent) not in html  # file names only, no local paths


def test_report_run_time(seed_report: tuple[str, float, str]) -> None:
    elapsed = seed_report[1]
    print(f"mediakit report (seed article): {elapsed:.1f} s")
    assert elapsed < 120


def test_report_of_an_article_offline_with_escaping(tmp_path: Path) -> None:
    art = tmp_path / "my article.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / "mine.html"
    out.parent.mkdir()
    r = _run([str(art), "-o", str(out)], tmp_path, offline=True)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Bridge &lt;b&gt;falls&lt;/b&gt; &amp; &quot;fair&quot; closes" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "2026-03-14" in html and "my article.txt" in html
    assert "2022-02-28" not in html  # the parameter reached the notebook: not the seed
    assert [p.name for p in out.parent.iterdir()] == ["mine.html"]  # no temporary left
    assert out.stat().st_mode & 0o044  # readable like any file the user makes


def test_report_of_an_article_with_no_attribution_under_a_server_backend(
    tmp_path: Path,
) -> None:
    """MPLBACKEND=Agg (as on servers and CI) still gives inline plots, and an article
    with no attribution, no quote and one paragraph of narration gets its report."""
    art = tmp_path / "quiet.txt"
    art.write_text("The sun rose over the hills.\n\nIt was a quiet day.\n", encoding="utf-8")
    out = tmp_path / "quiet.html"
    r = _run([str(art), "-o", str(out)], tmp_path, env={**os.environ, "MPLBACKEND": "Agg"})
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count("<img") >= 5  # voices, sources, cues, emotion arc and by voice, hedges
    assert "no attribution cues found" not in r.stderr


def test_report_reads_what_analyze_reads(tmp_path: Path) -> None:
    """A Latin-1 file (which `mediakit analyze` decodes) gets its report, and says how
    it was decoded; a URL that cannot be fetched is not called a missing file."""
    art = tmp_path / "latin1.txt"
    art.write_bytes(
        "Café owners said the rent had doubled, the council confirmed on Monday.\n".encode(
            "latin-1"
        )
    )
    out = tmp_path / "latin1.html"
    r = _run([str(art), "-o", str(out)], tmp_path)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Café owners" in html and "not UTF-8; decoded as" in html
    r = _run(["http://127.0.0.1:9/article", "-o", str(tmp_path / "u.html")], tmp_path)
    assert r.returncode == 2
    assert "no such file" not in r.stderr and "cannot be fetched" in r.stderr


def test_report_of_a_page_fetched_once(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    import http.server
    import threading

    page = (
        "<html><head><title>Road closed after flood</title></head><body><article>"
        "<h1>Road closed after flood</h1><p>The river burst its banks on Monday, and the "
        "main road was closed, the county council said.</p><p>\u201cWe have never seen "
        "water this high,\u201d said resident Ann Ford, who has lived there for forty "
        "years.</p></article></body></html>"
    ).encode()
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/flood"
        out = tmp_path / "page.html"
        r = _run([url, "-o", str(out)], tmp_path)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Ann Ford" in html and url in html
    assert hits == ["/flood"]  # fetched once: the notebook reads the extracted text


def test_report_of_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "stdin.html"
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "report", "-", "-o", str(out)],
        input="The minister said the bridge would reopen on Friday.\n",
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "would reopen on Friday" in html and "Kharkiv" not in html
    # read once here, so the report's header says how it was decoded
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "report", "-", "-o", str(out), "--force"],
        input="Café owners said the rent had doubled.\n".encode("latin-1"),
        cwd=tmp_path,
        capture_output=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Café owners" in html and "-: not UTF-8; decoded as cp1252" in html


def test_a_missing_notebook_extra_is_named_in_one_line(tmp_path: Path) -> None:
    """After `pip install -e .` alone (no notebooks extra) the report names the extra."""
    block = tmp_path / "block"
    block.mkdir()
    (block / "sitecustomize.py").write_text(
        "import sys\n"
        "class _Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('nbformat', 'papermill', 'nbconvert'):\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, _Block())\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(block), *sys.path])}
    r = _run(["-o", str(tmp_path / "r.html")], tmp_path, env=env)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert 'pip install "mediakit[notebooks]"' in r.stderr


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    out.write_text("keep me", encoding="utf-8")
    assert main(["report", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert out.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no/such/article.txt"], "no such file"),
        (["{tmp}/empty.txt"], "empty"),
        (["-o", "{tmp}/missing/dir/report.html"], "does not exist"),
        (["-o", "{tmp}"], "directory"),
    ],
)
def test_user_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "empty.txt").write_text(" date 2026-01-01 ", encoding="utf-8")
    argv = ["report", *(a.format(tmp=tmp_path) for a in args)]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "r.html")]
    if argv[-1] == str(tmp_path):
        argv.append("--force")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("mediakit: error:") and err.count("\n") == 1
    assert message in err
    assert not (tmp_path / "r.html").exists()


def test_report_notebook_is_parameterised() -> None:
    nb = nbformat.read(_report.report_notebook(), as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    assert re.search(r"^path = None\b", params[0].source, re.MULTILINE)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def test_metric_definitions_cover_every_metric() -> None:
    a = mediakit.analyze(mediakit.seed_path())
    assert set(a.metrics) <= set(_report.METRIC_DEFINITIONS)
    assert all(v.strip() for v in _report.METRIC_DEFINITIONS.values())


def test_pieces_escape_article_text() -> None:
    a = mediakit.analyze(ARTICLE)
    head = _report.header_html(a)
    assert "&lt;b&gt;falls&lt;/b&gt;" in head and "<b>falls" not in head


# ---------------------------------------------------------------- several articles


class _Images(HTMLParser):
    """The ``alt`` of every ``<img>`` of a page (None where it has none)."""

    def __init__(self) -> None:
        super().__init__()
        self.alts: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.alts.append(dict(attrs).get("alt"))


QUIET = "The sun rose over the hills above the town of Alder.\n"  # one sentence, no voice
SPOKEN = """Ferry service cut

The ferry to Brack Island will sail twice a day from May, the operator said.

"We cannot fill the boat in winter," said Lena Ortiz, its director.

Islanders said they were angry. Play video
"""


def test_report_compares_several_articles(tmp_path: Path) -> None:
    """Three articles (one with a hostile title, one of a single sentence with no
    attribution or quote), under a backend that cannot draw on this machine: one row
    each in the comparison, every plot described in its alt text, each article in a
    collapsible section, labels that are titles or file names."""
    files = []
    for name, text in (("bridge.txt", ARTICLE), ("quiet_day.txt", QUIET), ("ferry.txt", SPOKEN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    out = tmp_path / "compare.html"
    env = {**os.environ, "MPLBACKEND": "QtAgg"}  # no Qt here: a pyplot report would fail
    r = _run([*files, "-o", str(out)], tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    html = out.read_text(encoding="utf-8")
    labels = ["Bridge &lt;b&gt;falls&lt;/b&gt; &amp; &quot;fair&quot; closes", "quiet_day.txt"]
    labels.append("Ferry service cut")
    assert "3 articles compared" in html
    # the comparison: one row per article, counts as integers, shares as percentages
    table = html[html.index('class="mediakit-report-comparison"') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)[1:]
    assert len(rows) == 3
    for row, label, text in zip(rows, labels, (ARTICLE, QUIET, SPOKEN), strict=True):
        cells = [unescape(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)]
        a = mediakit.analyze(text)
        assert cells[0] == unescape(label)
        assert cells[1] == str(a.metrics["words"])  # words: 18, never 18.000000
        assert cells[5] == f"{a.metrics['direct_share']:.0%}"
    assert ".000000" not in html
    # every image says what it shows, naming the articles
    parser = _Images()
    parser.feed(html)
    assert len(parser.alts) >= 6
    for alt in parser.alts:
        assert alt and "chart of" in alt and "No description" not in alt
        assert all(unescape(lab) in alt for lab in labels)
    assert "No description has been provided" not in html
    # each article in its own collapsible section
    summaries = re.findall(r"<details[^>]*><summary><strong>(.*?)</strong></summary>", html)
    assert [unescape(x) for x in summaries] == [unescape(x) for x in labels]
    assert "<b>falls" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert html.count("<details") == 3
    assert html.count('class="mediakit-report-meta"') == 3  # each with its metadata


def test_too_many_articles_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(_report.MAX_ARTICLES + 1):
        (tmp_path / f"a{i:02d}.txt").write_text(f"Article {i} said nothing.\n", encoding="utf-8")
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"at most {_report.MAX_ARTICLES} articles" in err
    assert not (tmp_path / "r.html").exists()


def test_labels_are_titles_or_file_names_never_hashes(tmp_path: Path) -> None:
    seed = mediakit.analyze(mediakit.seed_path())  # no title; a file name that is a hash
    named = tmp_path / "council_vote.txt"
    named.write_text("The council voted on Monday.\n", encoding="utf-8")
    titled = mediakit.analyze(ARTICLE)
    labels = _report_view.article_labels(
        [seed, mediakit.analyze(named), titled, titled, mediakit.analyze("x", path="-")]
    )
    assert labels[0] == "Several deaths and dozens of casualties…"
    assert labels[1:] == [
        "council_vote.txt",
        'Bridge <b>falls</b> & "fair" closes',
        'Bridge <b>falls</b> & "fair" closes (2)',
        "standard input",
    ]


def test_comparison_table_is_tidy_and_typed() -> None:
    items = _report_view.load_articles() + _report_view.load_articles(path=None)
    df = _report_view.comparison_table(items)
    assert list(df.columns[: 1 + len(_report_view.KEY_METRICS)]) == [
        "article",
        *_report_view.KEY_METRICS,
    ]
    assert set(df.columns[1:]) == set(items[0].analysis.metrics)
    assert len(df) == 2 and str(df["words"].dtype) == "Int64"
    html = _report_view.comparison_styler(items).to_html()
    assert f">{items[0].analysis.metrics['words']}</td>" in html
    share = items[0].analysis.metrics["narration_share"]
    assert isinstance(share, float) and f">{share:.0%}</td>" in html


def test_emotion_plots_leave_boilerplate_out_as_the_metrics_do() -> None:
    items = _report_view.load_articles()
    a = items[0].analysis
    assert "boilerplate" in a.sentence_voices  # the seed has "Play video" lines
    story = _report_plots.story_sentences(a)
    assert len(story) == a.metrics["story_sentences"]
    _png, alt = _report_view.plot_png("emotion_arc", items)
    assert f"{a.metrics['story_sentences']} sentences" in alt
    mean = a.metrics["mean_emotive_intensity"]
    assert isinstance(mean, float) and f"mean emotive intensity {mean:.2f}" in alt


def test_every_metric_has_a_plain_meaning() -> None:
    for name in METRICS:
        definition, higher = _report_view.metric_meaning(name)
        assert definition and higher
    assert _report_view.metric_meaning("no_such_metric") == ("", "")


def test_report_of_table_rows_reads_what_analyze_reads(tmp_path: Path) -> None:
    """Rows of a CSV file (as `mediakit analyze FILE.csv` reads them): each row is an
    article with its title and date, its file shown as FILE#N."""
    table = tmp_path / "news.csv"
    table.write_text(
        "title,date,text\n"
        'Ferry service cut,2026-04-01,"The ferry will sail twice a day, the operator said."\n'
        "Quiet day,2026-04-02,The sun rose over the hills.\n",
        encoding="utf-8",
    )
    out = tmp_path / "rows.html"
    r = _run([str(table), "-o", str(out)], tmp_path)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "2 articles compared" in html
    assert "news.csv#1" in html and "news.csv#2" in html and "2026-04-02" in html
    summaries = re.findall(r"<details[^>]*><summary><strong>(.*?)</strong></summary>", html)
    assert summaries == ["Ferry service cut", "Quiet day"]

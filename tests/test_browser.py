"""In a real browser: JupyterLab runs notebook 02 to the end, and the HTML report renders.

Uses Debian's Chromium (``/usr/bin/chromium``) driven by Playwright's Python
package; never a browser downloaded by a test tool.  JupyterLab and Chromium are
confined to 127.0.0.1: every request to another host is aborted and reported.
Screenshots go to ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import nbformat
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
NOTEBOOK = ROOT / "notebooks" / "02_sourcing.ipynb"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: apt-get install chromium"
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A JupyterLab server on 127.0.0.1 serving a copy of notebook 02 with outputs cleared."""
    base = tmp_path_factory.mktemp("lab")
    root = base / "root"
    root.mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for c in nb.cells:
        if c.cell_type == "code":
            c.outputs = []
            c.execution_count = None
    nbformat.write(nb, root / NOTEBOOK.name)
    config = base / "config"
    config.mkdir()
    # No news feed, no update check, no PyPI extension manager: nothing leaves the machine.
    (config / "jupyter_lab_config.json").write_text(
        json.dumps(
            {
                "LabApp": {
                    "news_url": None,
                    "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
                    "extension_manager": "readonly",
                },
            }
        ),
        encoding="utf-8",
    )
    settings = base / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8"
    )
    # Start the notebook's own kernel (python3) without asking.
    tracker = base / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text(
        json.dumps({"autoStartDefaultKernel": True}), encoding="utf-8"
    )
    port = _free_port()
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(config),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(base / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
        PYDEVD_DISABLE_FILE_VALIDATION="1",
        # The kernel imports the mediakit of this checkout, the one under test (not
        # whichever checkout an editable install points at).
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
    )
    log = (base / "lab.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--allow-root",
            "--ip=127.0.0.1",
            f"--port={port}",
            "--port-retries=0",
            "--ServerApp.token=",
            "--ServerApp.password=",
            "--ServerApp.open_browser=False",
            f"--ServerApp.root_dir={root}",
        ],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail("JupyterLab exited: " + (base / "lab.log").read_text()[-2000:])
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    "JupyterLab did not start in 60 s: " + (base / "lab.log").read_text()[-2000:]
                )
            time.sleep(0.3)
        # Start the notebook's kernel through the REST API, as opening it would; the
        # page then attaches to this session instead of racing to create one.
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        opener.open(f"{url}/lab", timeout=30).close()  # sets the _xsrf cookie
        xsrf = next(c.value for c in jar if c.name == "_xsrf")
        req = urllib.request.Request(
            f"{url}/api/sessions",
            method="POST",
            data=json.dumps(
                {
                    "path": NOTEBOOK.name,
                    "type": "notebook",
                    "name": NOTEBOOK.name,
                    "kernel": {"name": "python3"},
                }
            ).encode(),
            headers={"Content-Type": "application/json", "X-XSRFToken": xsrf},
        )
        with opener.open(req, timeout=60) as r:
            assert r.status == 201
        yield url
    finally:
        _stop(proc)
        log.close()


class _Watch:
    """Console errors, page errors and any request that tried to leave the machine."""

    def __init__(self, context: Any, page: Any) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        context.route("**/*", self._route)

    def _console(self, msg: Any) -> None:
        if msg.type == "error":
            self.errors.append(f"console: {msg.text}")

    def _route(self, route: Any) -> None:
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname not in LOCAL_HOSTS:
            self.outside.append(url)
            route.abort()
        else:
            route.continue_()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=False)


def test_jupyterlab_runs_notebook_02(
    lab: str, browser: Any, record_property: Callable[[str, object], None]
) -> None:
    t0 = time.perf_counter()
    page = browser.new_page()
    watch = _Watch(browser, page)
    try:
        _run_all(page, lab)
    except Exception:
        _shot(page, "jupyterlab-failure.png")
        raise
    elapsed = time.perf_counter() - t0
    article = page.locator(".jp-OutputArea-output .mediakit-article").first
    article.scroll_into_view_if_needed()
    article.wait_for(state="visible")
    page.wait_for_timeout(1000)  # let the notebook's windowed rendering repaint
    _shot(page, "jupyterlab-02_sourcing.png")
    assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0, (
        "a cell wrote to stderr or failed: "
        + page.locator("[data-mime-type='application/vnd.jupyter.stderr']").first.inner_text()
    )
    assert page.locator(".jp-OutputArea-output img[src^='data:image/png']").count() >= 4
    assert "Herashchenko" in article.inner_text()
    assert article.locator(".mk-quote").count() > 0  # quotations highlighted
    # Legible in JupyterLab's light and dark themes: every mark and label.
    for theme, light in (("JupyterLab Light", True), ("JupyterLab Dark", False)):
        _set_theme(page, theme)
        checked = _check_legibility(page, light=light)
        plots = _check_plots(page)
        article.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        name = f"jupyterlab-02-{'light' if light else 'dark'}"
        _shot(page, f"{name}.png")
        article.screenshot(path=str(ARTIFACTS / f"{name}-article.png"))
        record_property(f"{name} (marks and labels checked, plots)", f"{checked}, {plots}")
    assert watch.outside == [], f"requests left the machine: {watch.outside}"
    assert watch.errors == [], f"browser console errors: {watch.errors}"
    record_property("screenshots", str(ARTIFACTS))
    print(f"JupyterLab: open + run all cells of 02_sourcing: {elapsed:.1f} s")
    print(f"screenshots: {ARTIFACTS}/jupyterlab-02-light*.png, jupyterlab-02-dark*.png")
    page.close()


def _set_theme(page: Any, theme: str) -> None:
    """Settings → Theme → ``theme``, then wait until the page has switched."""
    if page.evaluate("() => document.body.dataset.jpThemeName") == theme:
        return
    page.locator(".lm-MenuBar-itemLabel", has_text="Settings").first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Theme$")).first.hover()
    page.locator(".lm-Menu-itemLabel", has_text=theme).first.click()
    page.wait_for_function(
        "t => document.body.dataset.jpThemeName === t", arg=theme, timeout=30_000
    )
    page.wait_for_timeout(1000)  # the theme's style sheet applies


# The computed colours of every mark and label of the article views, with the first
# opaque background behind each (a mark sets its own; a label too).
_COLOURS_JS = """() => [...document.querySelectorAll(
        '.mediakit-article .mk, .mediakit-article .mk-label')]
    .map(e => {
        let b = e, bg = 'rgba(0, 0, 0, 0)';
        while (b) {
            bg = getComputedStyle(b).backgroundColor;
            if (!/rgba\\(.*, 0\\)$|transparent/.test(bg)) break;
            b = b.parentElement;
        }
        return {cls: e.className, text: e.textContent.slice(0, 40),
                fg: getComputedStyle(e).color, bg: bg};
    })"""


def _hex(css: str) -> str:
    r, g, b = (int(float(x)) for x in re.findall(r"[\d.]+", css)[:3])
    return f"#{r:02X}{g:02X}{b:02X}"


def _check_legibility(page: Any, *, light: bool) -> int:
    """Every mark's and label's text against its background: WCAG contrast >= 4.5."""
    from mediakit._palette import DARK, LIGHT, contrast_ratio

    seen = page.evaluate(_COLOURS_JS)
    marks = [s for s in seen if "mk-label" not in s["cls"]]
    assert len(marks) > 100 and len(seen) > len(marks), "the article views were not found"
    bad = [
        (
            s["cls"],
            s["text"],
            s["fg"],
            s["bg"],
            round(contrast_ratio(_hex(s["fg"]), _hex(s["bg"])), 2),
        )
        for s in seen
        if contrast_ratio(_hex(s["fg"]), _hex(s["bg"])) < 4.5
    ]
    assert bad == [], f"text under contrast 4.5 ({'light' if light else 'dark'} theme): {bad[:10]}"
    # the marks follow the theme: the palette's light or dark fill
    fill = (LIGHT if light else DARK)["direct"][0]
    quotes = {_hex(s["bg"]) for s in marks if "mk-quote" in s["cls"]}
    assert quotes == {fill}, quotes
    return len(seen)


def _check_plots(page: Any) -> int:
    """The plots are shown, each from a PNG at least 900 pixels wide."""
    widths = page.evaluate(
        """() => [...document.querySelectorAll(
            ".jp-OutputArea-output img[src^='data:image/png']")]
            .map(i => i.complete ? i.naturalWidth : 0)"""
    )
    assert len(widths) >= 4 and min(widths) >= 900, widths
    return len(widths)


def _run_all(page: Any, lab: str) -> None:
    """Open the notebook, wait for its kernel, Run → Run All Cells, wait for every cell."""
    page.goto(f"{lab}/lab/tree/{NOTEBOOK.name}", wait_until="domcontentloaded")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    # Wait until the page is attached to the running kernel and it is idle.
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_selector(".jp-OutputArea-output .mediakit-article", timeout=120_000)
    page.wait_for_selector(".jp-OutputArea-output img[src^='data:image/png']", timeout=120_000)
    # Every code cell has run: no "[*]" or "[ ]" prompt left.
    code_cells = sum(
        1 for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code"
    )
    page.wait_for_function(
        """n => {
            const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                .map(e => e.textContent.trim());
            return p.length === n && p.every(t => /^\\[\\d+\\]:$/.test(t));
        }""",
        arg=code_cells,
        timeout=120_000,
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_nbconvert_lab_html_of_notebook_02_is_legible(
    theme: str, browser: Any, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    """The stored outputs of notebook 02, as nbconvert's lab template renders them."""
    r = subprocess.run(
        [
            *(sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--template", "lab"),
            *("--theme", theme, "--output-dir", str(tmp_path), str(NOTEBOOK)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    page = browser.new_page()
    watch = _Watch(browser, page)
    page.goto((tmp_path / "02_sourcing.html").as_uri(), wait_until="load")
    light = page.evaluate("() => document.body.dataset.jpThemeLight") == "true"
    assert light is (theme == "light")
    checked = _check_legibility(page, light=light)
    plots = _check_plots(page)
    page.locator(".mediakit-article").first.scroll_into_view_if_needed()
    _shot(page, f"nbconvert-02-{theme}.png")
    record_property(f"nbconvert {theme}: marks and labels checked, plots", f"{checked}, {plots}")
    # nbconvert's lab template itself links require.js and MathJax from a CDN: those
    # two requests are blocked (offline), and only their failures may reach the console.
    cdn = [u for u in watch.outside if re.match(_NBCONVERT_CDN, u)]
    assert watch.outside == cdn and len(cdn) <= 2, watch.outside
    failed = "console: Failed to load resource: net::ERR_FAILED"
    assert watch.errors == [failed] * len(watch.errors) and len(watch.errors) <= len(cdn), (
        watch.errors
    )
    page.close()


_NBCONVERT_CDN = r"https://cdnjs\.cloudflare\.com/ajax/libs/(require\.js|mathjax)/"


def test_marks_stay_legible_without_the_style_sheet(browser: Any, tmp_path: Path) -> None:
    """Where a sanitiser strips ``<style>`` (GitHub, nbviewer, untrusted JupyterLab output),
    the inline colours of every mark and label still contrast, on a dark page too."""
    import mediakit

    html = re.sub(r"<style>.*?</style>", "", mediakit.analyze(mediakit.seed_path())._repr_html_())
    for page_style in ("background:#fff;color:#000", "background:#111;color:#eee"):
        path = tmp_path / "bare.html"
        path.write_text(
            "<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
            f"<body style='{page_style}'><div class='jp-OutputArea-output'>{html}</div>"
            "</body></html>",
            encoding="utf-8",
        )
        page = browser.new_page()
        page.goto(path.as_uri(), wait_until="load")
        _check_legibility(page, light=True)  # the inline colours are the light ones
        page.close()


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report comparing three articles: the seed and two practice articles."""
    import mediakit

    out = tmp_path_factory.mktemp("report") / "report.html"
    practice = [str(p) for p in mediakit.samples.practice_paths()[:2]]
    r = subprocess.run(
        [
            *(sys.executable, "-m", "mediakit", "report", str(mediakit.seed_path())),
            *(*practice, "-o", str(out)),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_html_report_of_three_articles_renders_legibly(
    scheme: str,
    browser: Any,
    report_html: Path,
    record_property: Callable[[str, object], None],
) -> None:
    """The multi-article report in a browser whose colour scheme is light or dark: every
    plot renders, every mark contrasts, nothing is fetched and the console is clean.  The
    report is a light page in both (its plots are drawn on white), and its marks keep
    the light palette under a dark scheme rather than dark fills on a white page."""
    page = browser.new_page()
    page.emulate_media(color_scheme=scheme)
    watch = _Watch(browser, page)
    page.goto(report_html.as_uri(), wait_until="load")
    imgs = page.locator("img")
    assert imgs.count() >= 6
    for i in range(imgs.count()):
        assert imgs.nth(i).evaluate("img => img.complete && img.naturalWidth >= 900"), (
            f"plot {i} did not render at 900 px or more"
        )
        assert len(imgs.nth(i).get_attribute("alt") or "") > 20, f"plot {i} has no description"
    assert page.locator("details").count() == 3  # one collapsible section per article
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    page_bg = "() => getComputedStyle(document.documentElement).backgroundColor"
    assert page.evaluate(page_bg) == "rgb(255, 255, 255)"
    checked = _check_legibility(page, light=True)
    record_property(f"report ({scheme}): marks and labels checked", checked)
    page.locator(".mediakit-article").first.scroll_into_view_if_needed()
    _shot(page, f"report-three-{scheme}-article.png")
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, f"report-three-{scheme}-top.png")
    assert watch.outside == [], f"the report fetched from the network: {watch.outside}"
    assert watch.errors == [], f"browser console errors: {watch.errors}"
    page.close()


def test_artifacts_are_ignored_by_git() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    r = subprocess.run(["git", "check-ignore", "-q", "test-artifacts/x.png"], cwd=ROOT)
    assert r.returncode == 0, "test-artifacts/ must be in .gitignore"

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
from collections.abc import Iterator
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


def test_jupyterlab_runs_notebook_02(lab: str, browser: Any) -> None:
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
    assert article.locator(".mk-direct").count() > 0  # quotations highlighted
    assert watch.outside == [], f"requests left the machine: {watch.outside}"
    assert watch.errors == [], f"browser console errors: {watch.errors}"
    print(f"JupyterLab: open + run all cells of 02_sourcing: {elapsed:.1f} s")
    page.close()


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


def test_html_report_renders(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "report", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    page = browser.new_page()
    watch = _Watch(browser, page)
    page.goto(out.as_uri(), wait_until="load")
    imgs = page.locator("img")
    assert imgs.count() >= 6
    for i in range(imgs.count()):
        assert imgs.nth(i).evaluate("img => img.complete && img.naturalWidth > 100"), (
            f"plot {i} did not render"
        )
    assert page.locator(".mediakit-article").is_visible()
    assert page.locator("table.mediakit-report-metrics tr").count() > 20
    page.locator(".mediakit-article").scroll_into_view_if_needed()
    _shot(page, "report-article.png")
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "report-top.png")
    assert watch.outside == [], f"the report fetched from the network: {watch.outside}"
    assert watch.errors == [], f"browser console errors: {watch.errors}"
    page.close()


def test_artifacts_are_ignored_by_git() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    r = subprocess.run(["git", "check-ignore", "-q", "test-artifacts/x.png"], cwd=ROOT)
    assert r.returncode == 0, "test-artifacts/ must be in .gitignore"

"""Hostile article text runs nothing in a browser: notebook HTML and the HTML report.

The payloads try to set ``window.__pwned``, change ``document.title`` or open
a dialog, from the article text, the title line, a source name and the file
name.  Rendered in headless Chromium (Debian's /usr/bin/chromium via
Playwright), the pages must show the payloads as text and run none of them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import mediakit
from tests.test_browser import CHROMIUM, _Watch

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: apt-get install chromium"
)

JS = "window.__pwned=1;document.title='pwned'"
PAYLOADS = [
    f"<script>{JS}</script>",
    f'<img src=x onerror="{JS}">',
    f"<svg onload={JS}>",
    f'<a href="javascript:{JS}">click me</a>',
    '<iframe src="javascript:parent.__pwned=1"></iframe>',
    "<img src=x onerror=alert(1)>",
    f'" onmouseover="{JS}" x="',
    f"' onfocus='{JS}' autofocus x='",
    "javascript:alert(document.domain)",
    "</span></p></div><script>alert(2)</script>",
]
TITLE = f'Bridge <script>{JS}</script> "><img src=x onerror=alert(3)> falls'
BODY = "\n\n".join(
    [
        f'"{PAYLOADS[1]} the bridge fell," said <b onmouseover="{JS}">Tom Ellery</b>.',
        f"{PAYLOADS[0]} Police said there was no sign of foul play {PAYLOADS[2]}.",
        f"According to {PAYLOADS[6]} officials, the road {PAYLOADS[3]} would reopen.",
        f"“{PAYLOADS[7]} It was awful,” Ellery told reporters. {PAYLOADS[4]} {PAYLOADS[5]}",
        f"{PAYLOADS[8]} {PAYLOADS[9]} Read more: {PAYLOADS[1]}",
    ]
)
FILE_NAME = "evil\"'><img src=x onerror=alert(4)><script>alert(5).txt"


def _ran_nothing(browser: Any, url: str) -> Any:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    watch = _Watch(browser, page)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    for el in page.locator(".mediakit-article span[title]").all()[:40]:
        el.hover()  # would fire any injected onmouseover
    assert page.evaluate("() => window.__pwned") is None
    assert page.title() != "pwned"
    assert dialogs == []
    injected = page.evaluate(
        """() => [...document.querySelectorAll('*')].flatMap(e =>
            [...e.attributes].filter(a => a.name.startsWith('on')
                || /^\\s*javascript:/i.test(a.value)).map(a => e.tagName + '[' + a.name + ']'))"""
    )
    assert injected == []
    tags = page.evaluate(
        "() => [...document.querySelectorAll('script, iframe, svg, "
        'a[href]:not(.anchor-link):not([href^="#"]), '
        'img:not([src^="data:image/png"])\')].map(e => e.outerHTML.slice(0, 80))'
    )
    assert tags == []  # links only within the page (the report's "the full figures")
    dangling = page.evaluate(
        """() => [...document.querySelectorAll('a[href^="#"]:not(.anchor-link)')]
            .map(a => a.getAttribute('href').slice(1))
            .filter(id => !document.getElementById(id))"""
    )
    assert dangling == []
    assert watch.outside == [] and watch.errors == []
    return page


def test_notebook_html_runs_nothing(browser: Any, tmp_path: Path) -> None:
    pages = []
    for name, text in (("titled.txt", TITLE + "\n\n" + BODY), (FILE_NAME, BODY)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        a = mediakit.analyze(p)
        assert a.attributions, "the payloads should sit in attributions too"
        page = tmp_path / f"page{len(pages)}.html"
        page.write_text(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>safe</title></head>"
            f"<body>{a._repr_html_()}</body></html>",
            encoding="utf-8",
        )
        pages.append((page, a))
    for page_path, a in pages:
        page = _ran_nothing(browser, page_path.as_uri())
        shown = page.locator(".mediakit-article").inner_text()
        assert "<script>window.__pwned=1" in shown  # the payload is shown as text
        heading = page.locator(".mediakit-article h4").inner_text()
        assert heading == (a.metadata.title or FILE_NAME)
        page.close()


def test_report_runs_nothing(browser: Any, tmp_path: Path) -> None:
    art = tmp_path / FILE_NAME
    art.write_text(TITLE + "\n\n" + BODY, encoding="utf-8")
    out = tmp_path / "report.html"
    r = subprocess.run(
        [sys.executable, "-m", "mediakit", "report", str(art), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "<img src=x onerror=alert(4)>" not in html  # the file name, escaped
    assert "&lt;img src=x onerror=alert(4)&gt;" in html
    page = _ran_nothing(browser, out.as_uri())
    assert "mediakit report" in page.title()
    assert FILE_NAME in page.locator("table.mediakit-report-meta").inner_text()
    assert "<script>window.__pwned=1" in page.locator(".mediakit-article").inner_text()
    page.close()

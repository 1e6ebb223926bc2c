from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import mediakit

# In CI the property tests draw the same examples on every run (derandomize), so
# that a merge is judged on the code, not on the draw; run by hand, they draw new
# examples each time, and ``python fuzz/fuzz_analyze.py`` searches further.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The command line keeps the code of its large regular expressions in a cache file
# (mediakit/_compiled.py); the suite keeps its own, never the user's ~/.cache.
os.environ.setdefault(
    "MEDIAKIT_CACHE_DIR",
    str(Path(os.environ.get("TMPDIR", "/tmp")) / f"mediakit-test-{os.getpid()}"),
)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "000_4e797ae91df71bb2.txt"


@cache
def sample_analyses() -> tuple[mediakit.Analysis, ...]:
    """The analyses of the bundled sample corpus (295 Wikinews articles), made once for
    the tests that tie a fast path to its plain version on real text."""
    texts = [t for t in mediakit.sample_corpus()["text"] if isinstance(t, str) and t.strip()]
    return tuple(mediakit.analyze(t) for t in texts)


@pytest.fixture(scope="session")
def seed_text() -> str:
    with SEED.open(encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture(scope="session")
def seed(seed_text: str) -> mediakit.Analysis:
    return mediakit.analyze(SEED)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Debian chromium driven by Playwright (never a downloaded browser)."""
    from tests.test_browser import CHROMIUM, CHROMIUM_ARGS

    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()

from __future__ import annotations

from pathlib import Path

import pytest

import mediakit

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "000_4e797ae91df71bb2.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    with SEED.open(encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture(scope="session")
def seed(seed_text: str) -> mediakit.Analysis:
    return mediakit.analyze(SEED)

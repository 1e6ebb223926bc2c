from __future__ import annotations

from pathlib import Path

from mediakit import Analysis, analyze
from mediakit._metrics_doc import METRICS, render_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_every_metric_is_documented(seed: Analysis) -> None:
    assert list(seed.metrics) == list(METRICS)


def test_docs_page_is_generated_from_the_table() -> None:
    assert (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8") == render_markdown()


def test_documented_empty_values_hold() -> None:
    m = analyze("").metrics
    for name, doc in METRICS.items():
        if doc.empty.startswith("null"):
            assert m[name] is None, name
        else:
            assert m[name] == int(doc.empty), name

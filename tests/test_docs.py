"""The user docs: every relative link leads to a file that exists, and the README
sends readers to user docs, not to private modules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_relative_links_lead_somewhere(doc: Path) -> None:
    broken = []
    for target in _LINK.findall(doc.read_text("utf-8")):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        path = target.split("#", 1)[0]
        if path and not (doc.parent / path).exists():
            broken.append(target)
    assert broken == [], f"{doc.name}: {broken}"


def test_the_readme_links_user_docs_not_private_modules() -> None:
    links = _LINK.findall((ROOT / "README.md").read_text("utf-8"))
    assert not [t for t in links if "mediakit/_" in t]
    for page in ("glossary.md", "developers.md", "attribution.md", "metrics.md"):
        assert any(t.endswith(page) or f"{page}#" in t for t in links), page


def test_the_tour_picture_is_in_the_repository() -> None:
    assert (ROOT / "docs" / "images" / "seed-article.png").stat().st_size > 10_000

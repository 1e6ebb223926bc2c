"""Attribution relations: who says what, with which cue.  (Placeholder types; engine in progress.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mediakit._boilerplate import Boilerplate
from mediakit._quotes import Quote
from mediakit._spans import Span

__all__ = ["Attribution", "find_attributions"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation: a source, a cue and the content attributed."""

    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    kind: str  # "direct" | "indirect" | "mixed"
    cue_kind: str | None
    cue_lemma: str | None
    sentence: int
    source_name: str | None
    source_type: str
    source_type_rule: str
    rule: str
    quotes: tuple[int, ...]
    in_boilerplate: bool


def find_attributions(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Quote],
    boilerplate: Sequence[Boilerplate],
) -> list[Attribution]:
    """All attribution relations in the article, in text order."""
    return []

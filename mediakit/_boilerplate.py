"""Page furniture: paragraphs that are not the story.

Boilerplate is flagged, with the rule and the reason, and kept: its words are
counted in their own voice (``boilerplate``) and left out of every other
metric.  Nothing is deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from mediakit._spans import Span

__all__ = ["Boilerplate", "find_boilerplate"]


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """One paragraph of page furniture and the rule that flagged it."""

    start: int
    end: int
    text: str
    rule: str
    reason: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    reason: str
    pattern: re.Pattern[str]


@cache
def _rules() -> tuple[_Rule, ...]:
    raw = files("mediakit").joinpath("data/boilerplate.tsv").read_text(encoding="utf-8")
    rules = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, reason, pattern = line.split("\t")
        rules.append(_Rule(name, reason, re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)


_NO_END_PUNCT = re.compile(r"[^.!?\"”’')\]:]\s*$")
#: Paragraphs longer than this are never boilerplate; rules that may match
#: anywhere in a paragraph (not anchored at its start) only look at paragraphs
#: of at most _MAX_CHARS_UNANCHORED characters: page furniture is short.
_MAX_CHARS = 2000
_MAX_CHARS_UNANCHORED = 400
_MEDIA_RULES = frozenset({"media_player", "media_label"})
_CAPTION_MAX_WORDS = 45


def find_boilerplate(paragraphs: list[Span]) -> list[Boilerplate]:
    """Flag boilerplate paragraphs.

    Each paragraph is matched against the rules in ``data/boilerplate.tsv``
    (first match wins).  One structural rule is added: a paragraph of at
    most 45 words with no closing punctuation that comes straight before a
    media-player line is the caption of that video or photo
    (``caption_before_media``).
    """
    found: dict[int, tuple[str, str]] = {}
    for i, para in enumerate(paragraphs):
        size = len(para.text)
        if size > _MAX_CHARS:
            continue  # long paragraphs are story text, whatever words they contain
        for rule in _rules():
            if size > _MAX_CHARS_UNANCHORED and not rule.pattern.pattern.startswith("^"):
                continue
            if rule.pattern.search(para.text):
                found[i] = (rule.name, rule.reason)
                break
    for i, para in enumerate(paragraphs[:-1]):
        if i in found:
            continue
        nxt = found.get(i + 1)
        if (
            nxt is not None
            and nxt[0] in _MEDIA_RULES
            and _NO_END_PUNCT.search(para.text)
            and len(para.text.split()) <= _CAPTION_MAX_WORDS
        ):
            found[i] = (
                "caption_before_media",
                "caption: an unpunctuated line just before a media player",
            )
    return [
        Boilerplate(p.start, p.end, p.text, *found[i])
        for i, p in enumerate(paragraphs)
        if i in found
    ]

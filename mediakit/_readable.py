"""The readable summary of one analysis: ``mediakit analyze``'s ``table`` format
(voices, sources, attributions, metrics and warnings, one article per block)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit._display import format_value
from mediakit._version import __version__

if TYPE_CHECKING:
    from mediakit._analysis import Analysis
    from mediakit._ingest import Decoded

__all__ = ["summary_text", "summary_text_of"]

_VOICES = ("direct", "reported", "frame", "narration", "boilerplate")
_CONTROL = str.maketrans(
    {c: "\ufffd" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
)


def summary_text(a: Analysis) -> str:
    """The readable summary; control characters of the text (a terminal escape
    sequence hidden in a title or a source name) are shown as U+FFFD."""
    return _summary_lines(a).translate(_CONTROL)


def summary_text_of(a: Analysis, art: Decoded) -> str:
    """:func:`summary_text` as a corpus run's per-article output (``Options.extra``)."""
    return summary_text(a)


def _summary_lines(a: Analysis) -> str:
    md = a.metadata
    m = a.metrics
    lines = [
        f"mediakit {__version__} — {md.path or '(no file)'}",
        f"title: {md.title or '—'}   date: {md.date or '—'}",
        f"{a.words} words ({a.story_words} story, {a.voice_counts['boilerplate']} "
        f"boilerplate) in {len(a.sentences)} sentences, {len(a.paragraphs)} paragraphs",
        "",
        "Voices (share of words):",
    ]
    for v in _VOICES:
        share = m[f"{v}_share"]
        bar = "#" * round(40 * float(share)) if isinstance(share, float) else ""
        lines.append(f"  {v:<12}{format_value(share):>7}  {bar}")
    lines += ["", "Sources (words given: direct + reported):"]
    for s in a.sources:
        lines.append(
            f"  {_fit(s.name, 40)} {s.type:<16} {s.attributions:>2} attr  "
            f"{s.direct_words:>4} direct {s.reported_words:>4} reported"
        )
    if not a.sources:
        lines.append("  (none found)")
    lines += ["", "Attributions:"]
    for at in a.attributions:
        where = " [in boilerplate]" if at.in_boilerplate else ""
        lines.append(
            f"  s{at.sentence:<3} {_fit(at.source.text if at.source else '—', 38)} "
            f"{_fit(at.cue.text if at.cue else '—', 16)} {at.kind:<8} "
            f"{at.cue_kind or '—'}{where}"
        )
    lines += ["", "Metrics:"]
    skip = {f"{v}_share" for v in _VOICES}
    for key, value in m.items():
        if key not in skip:
            lines.append(f"  {key:<32} {format_value(value)}")
    for warning in a.warnings:
        lines.append(f"warning: {warning}")
    lines.append("")
    lines.append("Definitions: docs/metrics.md; JSON (--format json) has every label and offset.")
    return "\n".join(lines) + "\n"


def _fit(text: str, width: int) -> str:
    """``text`` on one line in a column of ``width`` characters: white space run together,
    cut with an ellipsis when longer ("Ukrainian President Volodymyr Zelensk…")."""
    one = " ".join(text.split())
    return f"{one[: width - 1]}…" if len(one) > width else f"{one:<{width}}"

"""HTML views of an analysis: the article with its voices and markers shown.

All article text, metadata and labels are escaped with :func:`html.escape`.
Meaning is carried by visible text and semantic tags as well as inline
styles, because notebook sanitisers strip styles.  The container carries
``mathjax_ignore`` and ``tex2jax_ignore`` so dollar signs stay dollar signs.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["STYLES", "analysis_html", "metrics_html"]

#: Inline styles of each mark (also listed in the legend).
STYLES: dict[str, str] = {
    "direct": "background:#fde3b5",
    "reported": "background:#d7ebfa",
    "source": "font-weight:bold;border-bottom:2px solid #1f5fa0",
    "cue": "text-decoration:underline double #a0301f",
    "boilerplate": "color:#888;text-decoration:line-through",
    "emotive": "box-shadow:inset 0 -3px #d9534f",
    "hedge": "font-style:italic;box-shadow:inset 0 -3px #8e6bbf",
    "booster": "font-style:italic;box-shadow:inset 0 -3px #2e8b57",
}
_LEGEND = {
    "direct": "direct quotation «…»",
    "reported": "reported content ⟦…⟧",
    "source": "source [src]",
    "cue": "cue [cue]",
    "boilerplate": "boilerplate [boilerplate]",
    "emotive": "emotive word (+/−)",
    "hedge": "hedge (~)",
    "booster": "booster (!)",
}
_ORDER = {k: i for i, k in enumerate(STYLES)}
_TAG_STYLE = "font-size:70%;color:#555;font-family:monospace"


def _tag(text: str) -> str:
    return f'<sup style="{_TAG_STYLE}">{escape(text)}</sup>'


def analysis_html(a: Analysis) -> str:
    """The article as HTML with every label marked and explained on hover."""
    text = a.text
    # (start, end, kind, title, open_text, close_text), outer layers first
    marks: list[tuple[int, int, str, str, str, str]] = []
    for b in a.boilerplate:
        marks.append(
            (
                b.start,
                b.end,
                "boilerplate",
                f"boilerplate: {b.reason} (rule {b.rule})",
                "[boilerplate] ",
                "",
            )
        )
    owner = a._quote_owner()
    for i, q in enumerate(a.quotes):
        who = a.attributions[owner[i]].source_name if i in owner else None
        title = (
            f"direct quotation; speaker: {who}" if who else "direct quotation (no speaker found)"
        )
        marks.append((q.start, q.end, "direct", title, "«", "»"))
    for a_ in a.attributions:
        why = f"rule {a_.rule}"
        for c in a_.content:
            marks.append(
                (
                    c.start,
                    c.end,
                    "reported",
                    f"content attributed to {a_.source_name or 'an unnamed source'} ({why})",
                    "⟦",
                    "⟧",
                )
            )
        if a_.source is not None:
            marks.append(
                (
                    a_.source.start,
                    a_.source.end,
                    "source",
                    f"source: {a_.source_name} — type {a_.source_type} ({a_.source_type_rule})",
                    "",
                    " [src]",
                )
            )
        if a_.cue is not None:
            marks.append(
                (
                    a_.cue.start,
                    a_.cue.end,
                    "cue",
                    f"cue '{a_.cue_lemma}' ({a_.cue_kind}); {why}",
                    "",
                    " [cue]",
                )
            )
    story = [e for e, v in zip(a.emotion, a.sentence_voices, strict=True) if v != "boilerplate"]
    for e in story:
        for w in e.words:
            sign = "+" if w.score > 0 else "−"
            marks.append(
                (
                    w.start,
                    w.end,
                    "emotive",
                    "; ".join((f"emotive: VADER lexicon '{w.entry}' {w.valence:+.1f}", *w.rules)),
                    "",
                    f"({sign})",
                )
            )
    for m in a.markers:
        if a._in_boilerplate(m.start):
            continue
        marks.append(
            (
                m.start,
                m.end,
                m.kind,
                f"{m.kind}: list entry '{m.entry}' ({m.category})",
                "",
                "(~)" if m.kind == "hedge" else "(!)",
            )
        )
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    for k, mk in enumerate(marks):
        opens.setdefault(mk[0], []).append(k)
        closes.setdefault(mk[1], []).append(k)
    out: list[str] = []
    for p in a.paragraphs:
        parts: list[str] = []
        stack: list[int] = []
        cuts = sorted(
            {p.start, p.end}
            | {x for x in opens if p.start < x < p.end}
            | {x for x in closes if p.start < x < p.end}
        )
        for x, y in pairwise(cuts):
            for k in sorted(closes.get(x, []), reverse=True):
                if k in stack:
                    # close every mark opened after k, then k, then reopen them
                    j = stack.index(k)
                    for kk in reversed(stack[j:]):
                        parts.append(marks[kk][5] + "</span>" if kk == k else "</span>")
                    reopen = stack[j + 1 :]
                    del stack[j:]
                    for kk in reopen:
                        parts.append(_open(marks[kk], first=False))
                        stack.append(kk)
            for k in sorted(opens.get(x, []), key=lambda k: (-marks[k][1], _ORDER[marks[k][2]])):
                if marks[k][1] > x:
                    parts.append(_open(marks[k], first=True))
                    stack.append(k)
            parts.append(escape(text[x:y]))
        for kk in reversed(stack):
            parts.append(marks[kk][5] + "</span>")
        out.append(f'<p style="margin:0 0 .6em 0">{"".join(parts)}</p>')
    legend = " ".join(
        f'<span style="{STYLES[k]};padding:0 .3em">{escape(v)}</span>' for k, v in _LEGEND.items()
    )
    md = a.metadata
    # The file name, not the full path: the heading is shown and saved in notebooks.
    head = escape(
        md.title or (md.path and md.path.replace("\\", "/").rsplit("/", 1)[-1]) or "Article"
    )
    date = f" — {escape(md.date)}" if md.date else ""
    warn = "".join(f"<p><strong>Warning:</strong> {escape(w)}</p>" for w in a.warnings)
    return (
        '<div class="mediakit-article mathjax_ignore tex2jax_ignore" '
        'style="font-family:Georgia,serif;line-height:1.6;max-width:52em">'
        f"<h4>{head}{date}</h4>{warn}"
        f'<div class="mediakit-legend" style="font-size:85%;margin-bottom:.8em">Legend: {legend}'
        "</div>"
        f"{''.join(out)}</div>"
    )


def _open(mark: tuple[int, int, str, str, str, str], *, first: bool) -> str:
    _s, _e, kind, title, open_text, _close = mark
    return (
        f'<span class="mk-{kind}" style="{STYLES[kind]}" title="{escape(title, quote=True)}">'
        + (escape(open_text) if first else "")
    )


def format_value(v: object) -> str:
    """A metric value for people: None as a dash, floats to three decimals."""
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def metrics_html(a: Analysis) -> str:
    """The summary metrics as a small HTML table."""
    rows = "".join(
        f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
        for k, v in a.metrics.items()
    )
    return f'<table class="mediakit-metrics mathjax_ignore tex2jax_ignore">{rows}</table>'

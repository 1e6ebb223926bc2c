"""HTML views of an analysis: the article with its voices and markers shown.

Spans are rounded marks, in the manner of displaCy's entity view: a fill in the
colour of their meaning (:mod:`mediakit._palette`) and a small label where the
span ends (QUOTE, REPORTED, SOURCE, CUE, EMOTIVE, HEDGE, BOOSTER, APPROXIMATOR,
BOILERPLATE), so the meaning stays in visible text where a sanitiser strips styles.  Each mark
sets its own text colour with its fill, inline (light colours, readable on any
page); a ``<style>`` block switches the marks to dark fills in dark themes
(``prefers-color-scheme`` and JupyterLab's ``data-jp-theme-light``).  The
``title`` of a mark names the rule or list entry that made it.

All article text, metadata and labels are escaped with :func:`html.escape`.  The
container carries ``mathjax_ignore`` and ``tex2jax_ignore`` so dollar signs stay
dollar signs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

from mediakit._palette import COLORS, LABEL_TEXT, LIGHT, view_css

if TYPE_CHECKING:
    from mediakit._analysis import Analysis
    from mediakit._spans import Span

__all__ = ["LAYERS", "ArticleView", "analysis_html", "metrics_html"]

#: The span kinds of the view, outermost first (a user picks among them with ``layers=``).
LAYERS: tuple[str, ...] = (
    "boilerplate",
    "quote",
    "reported",
    "source",
    "cue",
    "emotive",
    "hedge",
    "booster",
    "approximator",
)
#: The palette meaning (colour) of each span kind.
_MEANING = {k: ("direct" if k == "quote" else k) for k in LAYERS}
_DESCRIPTION = {
    "boilerplate": "boilerplate: captions, 'Play video' and the like",
    "quote": "direct quotation, in the source's own words",
    "reported": "reported speech: content the article attributes to a source",
    "source": "source: who is quoted or paraphrased",
    "cue": "cue: the words that attribute ('said', 'according to')",
    "emotive": "emotive word (VADER lexicon or mediakit's supplement)",
    "hedge": "hedge: softens a claim ('may', 'reportedly')",
    "booster": "booster: hardens a claim ('clearly', 'certainly')",
    "approximator": "approximator: a rounded figure ('about 200', 'more than 40')",
}
#: The CSS class suffix of each kind of mark -> its palette meaning (``_palette.view_css``).
VIEW_KINDS: dict[str, str] = {k: _MEANING[k] for k in LAYERS}
_ORDER = {k: i for i, k in enumerate(LAYERS)}
# Inline: what keeps a mark readable where a sanitiser strips the style sheet.
_MARK_STYLE = "border-radius:.35em;padding:0 .2em"
_LABEL_STYLE = "font:700 .62em sans-serif;border-radius:.3em;padding:0 .3em;margin-left:.3em"
# The rest, for the finish.
_CSS = (
    ".mediakit-article .mk{-webkit-box-decoration-break:clone;box-decoration-break:clone}"
    ".mediakit-article .mk-label{letter-spacing:.04em;vertical-align:.15em;white-space:nowrap;"
    "line-height:1}"
)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str
    title: str


def check_layers(layers: Iterable[str] | None) -> tuple[str, ...]:
    """The layers to show, in view order; None means all. Unknown names raise ValueError."""
    if layers is None:
        return LAYERS
    if isinstance(layers, str):
        layers = [layers]
    chosen = list(layers)
    unknown = [x for x in chosen if x not in _ORDER]
    if unknown:
        raise ValueError(
            f"unknown layer(s) {', '.join(map(repr, unknown))}; valid layers: {', '.join(LAYERS)}"
        )
    return tuple(k for k in LAYERS if k in chosen)


def _marks(a: Analysis) -> list[_Mark]:
    """Every mark of the article, with the rule or list entry that made it."""
    marks = [
        _Mark(b.start, b.end, "boilerplate", f"boilerplate: {b.reason} (rule {b.rule})")
        for b in a.boilerplate
    ]
    owner = a._quote_owner()
    who_is = {
        s.name: _who(s.kind, s.kind_rule, s.gender, s.gender_rule, s.gender_evidence)
        for s in a.sources
    }
    for i, q in enumerate(a.quotes):
        who = a.attributions[owner[i]].source_name if i in owner else None
        said = f"speaker: {who}" if who else "no speaker found"
        marks.append(_Mark(q.start, q.end, "quote", f"direct quotation; {said}"))
    for at in a.attributions:
        why = f"rule {at.rule}"
        for c in at.content:
            title = f"reported: attributed to {at.source_name or 'an unnamed source'} ({why})"
            marks.append(_Mark(c.start, c.end, "reported", title))
        if at.source is not None:
            marks.append(
                _Mark(
                    at.source.start,
                    at.source.end,
                    "source",
                    f"source: {at.source_name}; type {at.source_type} "
                    f"(type rule {at.source_type_rule}); "
                    f"{who_is.get(at.source_name or '(unnamed source)', '')}{why}",
                )
            )
        if at.cue is not None:
            marks.append(
                _Mark(
                    at.cue.start, at.cue.end, "cue", f"cue '{at.cue_lemma}' ({at.cue_kind}); {why}"
                )
            )
    voices = a.sentence_voices
    for e in (e for e, v in zip(a.emotion, voices, strict=True) if v != "boilerplate"):
        for w in e.words:
            sign = "positive" if w.score > 0 else "negative"
            what = f"emotive ({sign}): {w.lexicon} '{w.entry}' {w.valence:+.1f}"
            marks.append(_Mark(w.start, w.end, "emotive", "; ".join((what, *w.rules))))
    for m in a.markers:
        if m.kind in _MEANING and not a._in_boilerplate(m.start):
            rule = f"; rule: {m.rule}" if m.rule else ""
            title = f"{m.kind}: list entry '{m.entry}' ({m.category}){rule}"
            marks.append(_Mark(m.start, m.end, m.kind, title))
    return marks


def _who(kind: str, rule: str, gender: str | None, grule: str | None, ev: Span | None) -> str:
    """What a source is, for its marks' titles: "kind person (rule person:title); gender
    female (title: 'Ms Sharon Tate'); " -- the gender only for a person."""
    out = f"kind {kind} (rule {rule}); "
    if gender is not None:
        evidence = (
            f"{grule}: '{ev.text}'" if ev is not None else (grule or "no evidence in the text")
        )
        out += f"gender {gender} ({evidence}); "
    return out


def _open(mark: _Mark) -> str:
    fill, text = LIGHT[_MEANING[mark.kind]]
    return (
        f'<span class="mk mk-{mark.kind}" '
        f'style="background:{fill};color:{text};{_MARK_STYLE}" '
        f'title="{escape(mark.kind.upper() + " — " + mark.title, quote=True)}">'
    )


def _label(kind: str) -> str:
    meaning = _MEANING[kind]
    return (
        f'<span class="mk-label" style="background:{COLORS[meaning]};'
        f'color:{LABEL_TEXT[meaning]};{_LABEL_STYLE}">{kind.upper()}</span>'
    )


def _paragraph(text: str, start: int, end: int, marks: list[_Mark]) -> str:
    """One paragraph with its marks as nested spans; a mark that crosses another is
    closed and reopened, and its label comes once, where it really ends."""
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    for k, mk in enumerate(marks):
        opens.setdefault(mk.start, []).append(k)
        closes.setdefault(mk.end, []).append(k)
    cuts = sorted({start, end} | {x for x in (*opens, *closes) if start < x < end})
    parts: list[str] = []
    stack: list[int] = []
    for x, y in pairwise(cuts):
        for k in sorted(closes.get(x, []), reverse=True):
            if k in stack:
                j = stack.index(k)
                for kk in reversed(stack[j:]):
                    parts.append((_label(marks[kk].kind) if kk == k else "") + "</span>")
                reopen = stack[j + 1 :]
                del stack[j:]
                for kk in reopen:
                    parts.append(_open(marks[kk]))
                    stack.append(kk)
        for k in sorted(opens.get(x, []), key=lambda k: (-marks[k].end, _ORDER[marks[k].kind])):
            if marks[k].end > x:
                parts.append(_open(marks[k]))
                stack.append(k)
        parts.append(escape(text[x:y]))
    for kk in reversed(stack):
        parts.append(_label(marks[kk].kind) + "</span>")
    return f'<p style="margin:0 0 .7em 0">{"".join(parts)}</p>'


def _legend(layers: tuple[str, ...]) -> str:
    items = "".join(
        f'<span style="display:inline-block;margin:0 1em .3em 0">{_label(k)} '
        f"{escape(_DESCRIPTION[k])}</span>"
        for k in layers
    )
    hidden = [k for k in LAYERS if k not in layers]
    note = f" Hidden layers: {', '.join(hidden)}." if hidden else ""
    return (
        '<div class="mediakit-legend" style="font-size:85%;line-height:1.5;margin-bottom:.8em">'
        f"{items}<br>Hover over a mark to see the rule or list entry that made it.{note}</div>"
    )


def analysis_html(a: Analysis, *, layers: Iterable[str] | None = None) -> str:
    """The article as HTML, each chosen layer's spans marked, labelled and explained on hover.

    ``layers``: some of :data:`LAYERS` (default: all).  Raises ValueError for an unknown one.
    """
    shown = check_layers(layers)
    marks = [m for m in _marks(a) if m.kind in shown]
    body = "".join(_paragraph(a.text, p.start, p.end, marks) for p in a.paragraphs)
    md = a.metadata
    # The file name, not the full path: the heading is shown and saved in notebooks.
    head = escape(
        md.title or (md.path and md.path.replace("\\", "/").rsplit("/", 1)[-1]) or "Article"
    )
    date = f" — {escape(md.date)}" if md.date else ""
    warn = "".join(f"<p><strong>Warning:</strong> {escape(w)}</p>" for w in a.warnings)
    css = view_css(VIEW_KINDS)
    return (
        '<div class="mediakit-article mathjax_ignore tex2jax_ignore" '
        'style="font-family:Georgia,serif;line-height:1.9;max-width:52em">'
        f"<style>{css}{_CSS}</style>"
        f"<h4>{head}{date}</h4>{warn}{_legend(shown)}{body}</div>"
    )


class ArticleView:
    """The highlighted article with some layers; shown by Jupyter (``_repr_html_``).

    Made by :meth:`mediakit.Analysis.show`; ``html`` is the markup.
    """

    def __init__(self, a: Analysis, layers: Iterable[str] | None = None) -> None:
        self.layers = check_layers(layers)
        self.html = analysis_html(a, layers=self.layers)

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<ArticleView layers={list(self.layers)}>"


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

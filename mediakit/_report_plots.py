"""The report's plots of one or several articles, each with the alt text that says what it shows.

Each plot is drawn with mediakit's plot helpers (``mediakit.plotting``) on its own
:class:`matplotlib.figure.Figure` (no pyplot, so no backend is involved); several
articles share one chart (voices, cues, emotion by voice, hedges) or get one panel
each, stacked (sources, emotion arc).  Boilerplate (page furniture such as "Play
video") stays out of the emotion plots, as it stays out of the emotive metrics.
The alt texts are built from the same tables as the plots.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from mediakit import plotting

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from mediakit._analysis import Analysis
    from mediakit._report_view import ReportArticle

__all__ = ["PLOT_SPECS", "story_sentences"]

_VOICE_NAMES = {
    "direct": "direct quotation",
    "reported": "reported content",
    "frame": "attribution frame",
    "narration": "narration",
    "boilerplate": "boilerplate",
}


def _frame(
    items: Sequence[ReportArticle], table: Callable[[Analysis], pd.DataFrame]
) -> pd.DataFrame:
    """The tidy table of the articles, with an ``article`` column of their labels."""
    import pandas as pd

    frames = []
    for i in items:
        t = table(i.analysis).copy()
        t.insert(0, "article", i.label)
        frames.append(t)
    non_empty = [f for f in frames if len(f)]
    return pd.concat(non_empty, ignore_index=True) if non_empty else frames[0]


def story_sentences(a: Analysis) -> pd.DataFrame:
    """The sentence table without boilerplate sentences (what the emotive metrics count)."""
    t = a.sentence_table()
    return t[t["voice"] != "boilerplate"]


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _pct(x: object) -> str:
    return f"{float(x):.0%}" if isinstance(x, (int, float)) else "—"


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _each(items: Sequence[ReportArticle], say: Callable[[ReportArticle], str]) -> str:
    return " ".join(f"{i.label}: {say(i)}." for i in items)


# ---------------------------------------------------------------- voices


def _draw_voices(items: Sequence[ReportArticle]) -> Figure:
    fig = _figure(8, 1.4 + 0.45 * len(items))
    plotting.plot_voices(_frame(items, lambda a: a.summary()), ax=fig.subplots())
    return fig


def _alt_voices(items: Sequence[ReportArticle]) -> str:
    def say(i: ReportArticle) -> str:
        m = i.analysis.metrics
        return ", ".join(f"{_VOICE_NAMES[v]} {_pct(m[f'{v}_share'])}" for v in _VOICE_NAMES)

    return "Stacked bar chart of the share of each article's words in each voice. " + _each(
        items, say
    )


# ---------------------------------------------------------------- sources


def _draw_sources(items: Sequence[ReportArticle]) -> Figure:
    heights = [1.2 + 0.3 * min(len(i.analysis.sources), 10) for i in items]
    fig = _figure(8, sum(heights) + 0.3)
    axes = fig.subplots(len(items), 1, squeeze=False, height_ratios=heights)
    for i, ax in zip(items, axes[:, 0], strict=True):
        plotting.plot_sources(_frame([i], lambda a: a.source_table()), ax=ax, top=10)
        if len(items) > 1:
            ax.set_title(f"Who speaks, and how much: {i.label}".replace("$", r"\$"))
    return fig


def _alt_sources(items: Sequence[ReportArticle]) -> str:
    def say(i: ReportArticle) -> str:
        srcs = sorted(
            i.analysis.sources, key=lambda s: s.direct_words + s.reported_words, reverse=True
        )
        if not srcs:
            return "no attributed sources found"
        top = ", ".join(
            f"{s.name} {s.direct_words + s.reported_words} words "
            f"({s.direct_words} direct, {s.reported_words} reported)"
            for s in srcs[:5]
        )
        more = f", and {len(srcs) - 5} more" if len(srcs) > 5 else ""
        return f"{_n(len(srcs), 'source')}; {top}{more}"

    return (
        "Bar chart of the words attributed to each source (direct quotation plus reported "
        "content), the source with most words first. " + _each(items, say)
    )


# ---------------------------------------------------------------- cues


def _draw_cues(items: Sequence[ReportArticle]) -> Figure:
    lemmas = {
        at.cue_lemma
        for i in items
        for at in i.analysis.attributions
        if at.cue_lemma and not at.in_boilerplate
    }
    rows = min(len(lemmas), 12)
    fig = _figure(8, 1.6 + rows * (0.22 + 0.08 * len(items)))
    ax = fig.subplots()
    plotting.plot_cues(_frame(items, lambda a: a.attribution_table()), ax=ax, top=12)
    _legend_outside(ax, items)
    return fig


def _legend_outside(ax: Axes, items: Sequence[ReportArticle]) -> None:
    """The articles' legend under the plot, where it hides no bar."""
    if len(items) > 1 and ax.get_legend() is not None:
        ax.legend(
            fontsize="x-small", frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.12)
        )


def _alt_cues(items: Sequence[ReportArticle]) -> str:
    def say(i: ReportArticle) -> str:
        counts: dict[str, int] = {}
        for at in i.analysis.attributions:
            if at.cue_lemma and not at.in_boilerplate:
                counts[at.cue_lemma] = counts.get(at.cue_lemma, 0) + 1
        if not counts:
            return "no attribution cues found"
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
        return ", ".join(f"{k} {n}" for k, n in top)

    return (
        "Bar chart of how often each attribution verb (its lemma, such as say or claim) "
        "is used. " + _each(items, say)
    )


# ---------------------------------------------------------------- emotion


def _draw_arc(items: Sequence[ReportArticle]) -> Figure:
    fig = _figure(8.5, 0.4 + 3.6 * len(items))
    axes = fig.subplots(len(items), 1, squeeze=False)
    for i, ax in zip(items, axes[:, 0], strict=True):
        plotting.plot_emotion_arc(_frame([i], story_sentences), ax=ax)
        if len(items) > 1:
            ax.set_title(f"Emotion arc: {i.label}".replace("$", r"\$"))
    return fig


def _story(a: Analysis) -> list[tuple[int, str, float, float]]:
    """(index, voice, compound, intensity) of each story sentence (as in ``story_sentences``)."""
    return [
        (i, v, e.compound, e.intensity)
        for i, (v, e) in enumerate(zip(a.sentence_voices, a.emotion, strict=True))
        if v != "boilerplate"
    ]


def _alt_arc(items: Sequence[ReportArticle]) -> str:
    def say(i: ReportArticle) -> str:
        rows = _story(i.analysis)
        if not rows:
            return "no story sentences"
        lo = min(rows, key=lambda r: r[2])
        hi = max(rows, key=lambda r: r[2])
        mean = sum(r[3] for r in rows) / len(rows)
        return (
            f"{_n(len(rows), 'sentence')}, compound from {lo[2]:+.2f} (sentence {lo[0]}) "
            f"to {hi[2]:+.2f} (sentence {hi[0]}), mean emotive intensity {mean:.2f}"
        )

    return (
        "Line chart of the VADER compound score (from -1, negative, to +1, positive) of "
        "each story sentence in reading order, with its emotive intensity (0 to 1); "
        "boilerplate is left out. " + _each(items, say)
    )


def _draw_by_voice(items: Sequence[ReportArticle]) -> Figure:
    fig = _figure(8, 3.6)
    ax = fig.subplots()
    plotting.plot_emotion_by_voice(_frame(items, story_sentences), ax=ax)
    _legend_outside(ax, items)
    return fig


def _alt_by_voice(items: Sequence[ReportArticle]) -> str:
    def say(i: ReportArticle) -> str:
        rows = _story(i.analysis)
        if not rows:
            return "no story sentences"
        parts = []
        for v in ("narration", "direct", "reported", "mixed"):
            values = [r[3] for r in rows if r[1] == v]
            if values:
                mean = sum(values) / len(values)
                parts.append(f"{v} {mean:.2f} ({_n(len(values), 'sentence')})")
        return ", ".join(parts)

    return (
        "Bar chart of the mean emotive intensity (0 to 1) of the story sentences in each "
        "voice: the narrator against quoted sources. " + _each(items, say)
    )


# ---------------------------------------------------------------- hedges


def _draw_hedges(items: Sequence[ReportArticle]) -> Figure:
    fig = _figure(8, 3.6)
    ax = fig.subplots()
    plotting.plot_hedges(_frame(items, lambda a: a.summary()), ax=ax)
    if len(items) > 1:  # long titles, wrapped under their bars rather than slanted off the edge
        labels = [textwrap.fill(i.label, 18).replace("$", r"\$") for i in items]
        ax.set_xticks(range(len(items)), labels, rotation=0, ha="center", fontsize="small")
    return fig


def _alt_hedges(items: Sequence[ReportArticle]) -> str:
    def say(i: ReportArticle) -> str:
        m = i.analysis.metrics
        h, b = m["hedges_per_1000_words"], m["boosters_per_1000_words"]
        if not isinstance(h, (int, float)) or not isinstance(b, (int, float)):
            return "no story words"
        return f"{h:.1f} hedges and {b:.1f} boosters per 1000 story words"

    return (
        "Bar chart of hedges (words that soften a claim, such as could) and boosters "
        "(words that strengthen it, such as clearly) per 1000 story words. " + _each(items, say)
    )


#: Each plot of the report: how it is drawn and how its alt text is written.
PLOT_SPECS: dict[
    str,
    tuple[Callable[[Sequence[ReportArticle]], Figure], Callable[[Sequence[ReportArticle]], str]],
] = {
    "voices": (_draw_voices, _alt_voices),
    "sources": (_draw_sources, _alt_sources),
    "cues": (_draw_cues, _alt_cues),
    "emotion_arc": (_draw_arc, _alt_arc),
    "emotion_by_voice": (_draw_by_voice, _alt_by_voice),
    "hedges": (_draw_hedges, _alt_hedges),
}

"""Plots of one or many analyses, in the style of seaborn's axes-level functions.

Every ``plot_*`` function takes

* an :class:`~mediakit.Analysis`, a path to an article, or a list of them, or
* the matching tidy :class:`pandas.DataFrame` (for example a ``sentence_table()``),
  with an ``article`` column when it holds more than one article,

draws on ``ax`` when one is given (a new figure from ``plt.subplots()`` only
when ``ax`` is None), never calls ``plt.show()``, and returns the Axes.  Extra
keyword arguments go to the main matplotlib call (``bar``, ``barh`` or
``plot``) and override mediakit's defaults.

>>> import mediakit
>>> a = mediakit.analyze(mediakit.seed_path())
>>> ax = mediakit.plot_emotion_arc(a)          # doctest: +SKIP

The plots show counts and scores that mediakit's rules produced; each label
can be traced back to a rule in the tables (``marker_table()``,
``attribution_table()`` ...).  They are descriptions, not verdicts.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec

from mediakit._analysis import Analysis, analyze
from mediakit._group_plots import plot_groups
from mediakit._lazy import lazy_import
from mediakit._palette import ARTICLE_STYLES, COLORS
from mediakit._source_types import TYPE_NAMES

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
else:
    pd = lazy_import("pandas")

__all__ = [
    "VOICE_COLORS",
    "article_label",
    "plot_cues",
    "plot_emotion_arc",
    "plot_emotion_by_voice",
    "plot_groups",
    "plot_hedges",
    "plot_source_types",
    "plot_sources",
    "plot_voices",
]

#: Colours of the voices (word voices and sentence voices, which add "mixed"),
#: from mediakit's one palette (``mediakit._palette``, Paul Tol's muted scheme).
VOICE_COLORS: dict[str, str] = {
    v: COLORS[v] for v in ("direct", "reported", "frame", "narration", "mixed", "boilerplate")
}
#: The voices in words, for legends and ticks.
VOICE_NAMES: dict[str, str] = {
    "direct": "direct quotation",
    "reported": "reported speech",
    "frame": "attribution frame ('X said')",
    "narration": "narration",
    "mixed": "mixed voices",
    "boilerplate": "boilerplate",
}
#: Cue kinds in words.
CUE_KIND_NAMES: dict[str, str] = {
    "speech": "speech verbs (say, tell ...)",
    "according_to": "'according to'",
    "evidence": "evidence (video shows ...)",
    "cognition": "thought (believe, hope ...)",
    "passive": "passive ('it was reported')",
}
_WORD_VOICES = ("direct", "reported", "frame", "narration", "boilerplate")
_SENTENCE_VOICES = ("direct", "reported", "mixed", "narration", "boilerplate")
_LINESTYLES = ("-", "--", ":", "-.")
#: Figures fit for a slide: a default figure saves at least 900 pixels wide, and all
#: text is at least 11 pt.  Set while each helper draws (``_slide``), then restored.
DPI = 120  # 8-inch figures: 960 px; notebooks stay small (a stored PNG grows with dpi²)
FONT_SIZE = 11
_RC: dict[str, Any] = {
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "font.size": FONT_SIZE,
    "axes.titlesize": FONT_SIZE + 2,
    "axes.labelsize": FONT_SIZE + 1,
    "xtick.labelsize": FONT_SIZE,
    "ytick.labelsize": FONT_SIZE,
    "legend.fontsize": FONT_SIZE,
}
_P = ParamSpec("_P")

Data = Any  # Analysis | str | PathLike | Iterable of those | pandas.DataFrame


# ---------------------------------------------------------------- inputs


def _shorten(text: str, width: int = 40) -> str:
    """``text`` on one line, cut at a word before ``width`` characters with an ellipsis."""
    t = " ".join(text.split())
    if len(t) <= width:
        return t
    cut = t[: width - 1]
    if not t[width - 1].isspace() and " " in cut[width // 2 :]:  # cut at a word
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


_HASH = re.compile(r"(?:^|[_\-.])[0-9a-f]{8,}(?=$|[_\-.])", re.IGNORECASE)


def _short_name(path: str) -> str | None:
    """A file name in words: the stem without hash-like runs, underscores as spaces."""
    stem = _HASH.sub("", Path(path).stem).replace("_", " ").strip(" -.")
    return stem if re.search(r"[^\W\d]", stem) else None


def article_label(a: Analysis) -> str:
    """A short label for an article: its title, else its first words, else its file name.

    Cut at a word to at most 40 characters with an ellipsis; never a file's hash.
    """
    md = a.metadata
    if md.title:
        return _shorten(md.title)
    for p in a.paragraphs:
        if p.text.strip() and not a._in_boilerplate(p.start):
            return _shorten(p.text)
    if md.path and (name := _short_name(md.path)):
        return _shorten(name)
    return "article"


def _as_analyses(data: Data) -> list[Analysis]:
    if isinstance(data, Analysis):
        return [data]
    if isinstance(data, (str, os.PathLike)):
        return [analyze(Path(data))]
    if isinstance(data, Iterable):
        out: list[Analysis] = []
        for d in data:
            if isinstance(d, Analysis):
                out.append(d)
            elif isinstance(d, (str, os.PathLike)):
                out.append(analyze(Path(d)))
            else:
                raise TypeError(
                    "expected Analysis objects or article paths in the list, "
                    f"got {type(d).__name__}"
                )
        if not out:
            raise ValueError("no articles to plot (the list is empty)")
        return out
    raise TypeError(
        f"expected an Analysis, a path, a list of them, or a DataFrame; got {type(data).__name__}"
    )


def distinct_labels(labels: Iterable[str]) -> list[str]:
    """``labels`` with repeats told apart: the second "X" becomes "X (2)", and so on."""
    seen: dict[str, int] = {}
    out = []
    for lab in labels:
        seen[lab] = seen.get(lab, 0) + 1
        out.append(lab if seen[lab] == 1 else f"{lab} ({seen[lab]})")
    return out


def _labels(analyses: Sequence[Analysis]) -> list[str]:
    return distinct_labels(article_label(a) for a in analyses)


def _tidy(
    data: Data, table: Callable[[Analysis], pd.DataFrame], needed: Sequence[str], what: str
) -> pd.DataFrame:
    """The tidy table for ``data`` with an ``article`` column, checked for ``needed`` columns."""
    if isinstance(data, pd.DataFrame):
        df = data.copy()
        if "article" not in df.columns:
            df["article"] = _summary_label(df) if what == "summary" else "article"
    else:
        analyses = _as_analyses(data)
        frames = []
        for a, lab in zip(analyses, _labels(analyses), strict=True):
            t = table(a).copy()
            t.insert(0, "article", lab)
            frames.append(t)
        non_empty = [f for f in frames if len(f)]
        df = pd.concat(non_empty, ignore_index=True) if non_empty else frames[0]
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise ValueError(
            f"the DataFrame lacks the column(s) {', '.join(missing)}: pass a {what} table "
            f"(or an Analysis) instead"
        )
    # Article labels and source names become tick labels and legend entries.
    df["article"] = [_literal(x) for x in df["article"]]
    if "name" in df.columns:
        df["name"] = [x if pd.isna(x) else _literal(x) for x in df["name"]]
    return df


def _literal(x: object) -> str:
    """``x`` as a label matplotlib shows as it is: text from an article may hold
    "$", which would otherwise switch to math mode (and "$\\frac$" fails to draw)."""
    return str(x).replace("$", r"\$")


def _summary_label(df: pd.DataFrame) -> list[str]:
    out = []
    for _i, row in df.iterrows():
        title = row.get("title")
        path = row.get("path")
        if isinstance(title, str) and title:
            out.append(_shorten(title))
        elif isinstance(path, str) and path and (name := _short_name(path)):
            out.append(_shorten(name))
        else:
            out.append(f"article {len(out) + 1}")
    return out


def _summary(a: Analysis) -> pd.DataFrame:
    return a.summary()


def _order(df: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(df["article"].astype(str)))


def _legend_outside(ax: Axes) -> None:
    """The legend under the plot, in two columns, where it hides no bar or label and
    leaves the plot its width."""
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False)


def _new_ax(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _fig, new = plt.subplots(figsize=figsize, dpi=DPI, layout="constrained")
    return new


def _slide(plot: Callable[_P, Axes]) -> Callable[_P, Axes]:
    """Draw ``plot`` with mediakit's sizes (an rc context, so nothing global changes),
    then fix the sizes of ticks, labels, legend and bar labels on the Axes itself, so
    they hold when the figure is drawn later, outside the context."""

    @functools.wraps(plot)
    def draw(*args: _P.args, **kwargs: _P.kwargs) -> Axes:
        import matplotlib

        # Not matplotlib.rc_context: it restores every setting on exit, which would undo
        # what Jupyter's inline backend sets when the first figure loads it (its
        # ``interactive`` flag: later figures would not be shown). Only ours go back.
        rc: Any = matplotlib.rcParams
        saved = {k: rc[k] for k in _RC}
        rc.update(_RC)
        try:
            ax = plot(*args, **kwargs)
        finally:
            rc.update(saved)
        ax.tick_params(labelsize=FONT_SIZE)
        ax.xaxis.label.set_fontsize(FONT_SIZE + 1)
        ax.yaxis.label.set_fontsize(FONT_SIZE + 1)
        ax.title.set_fontsize(FONT_SIZE + 2)
        for t in ax.texts:
            t.set_fontsize(max(FONT_SIZE, t.get_fontsize()))
        legend = ax.get_legend()
        if legend is not None:
            for t in legend.get_texts():
                t.set_fontsize(FONT_SIZE)
        return ax

    return draw


def _integer_ticks() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _article_style(k: int) -> dict[str, Any]:
    color, hatch = ARTICLE_STYLES[k % len(ARTICLE_STYLES)]
    return {"color": color, "hatch": hatch, "edgecolor": "white" if not hatch else "#DDDDDD"}


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


# ---------------------------------------------------------------- plots


@_slide
def plot_voices(data: Data, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Stacked shares of the words in each voice, one bar per article.

    ``data``: analyses or a summary table (``summarize()`` / ``Analysis.summary()``)
    with the ``*_share`` columns.  Each bar adds up to 1: every word is in exactly
    one voice (direct quotation, reported content, attribution frame, narration,
    boilerplate).
    """
    cols = [f"{v}_share" for v in _WORD_VOICES]
    df = _tidy(data, _summary, cols, "summary")
    ax = _new_ax(ax, (9, 1.6 + 0.5 * len(df)))
    labels = list(df["article"].astype(str))
    left = [0.0] * len(df)
    for v, c in zip(_WORD_VOICES, cols, strict=True):
        vals = [0.0 if pd.isna(x) else float(x) for x in df[c]]
        opts: dict[str, Any] = {
            "color": VOICE_COLORS[v],
            "edgecolor": "white",
            "label": VOICE_NAMES[v],
        }
        opts.update(kwargs)
        ax.barh(labels, vals, left=left, **opts)
        left = [a + b for a, b in zip(left, vals, strict=True)]
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("share of the article's words")
    ax.set_title("Who is speaking: words by voice")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def _sentences(a: Analysis) -> pd.DataFrame:
    return a.sentence_table()


@_slide
def plot_emotion_arc(data: Data, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """VADER compound (line, dots coloured by voice) and emotive intensity, sentence by sentence,
    story sentences only (boilerplate left out, as the emotive metrics do).

    ``data``: analyses or a sentence table (``Analysis.sentence_table()``), with an
    ``article`` column for several articles.  Compound runs from −1 (negative) to
    +1 (positive); intensity (0..1, grey bars for one article, dashed lines for
    several) is how much emotive wording a sentence has, whatever its sign.
    """
    df = _tidy(data, _sentences, ["index", "voice", "compound", "emotive"], "sentence")
    # boilerplate ("Play video", captions) is not the story: the emotive metrics leave
    # it out, and so does the arc (the sentence numbers keep their gaps)
    df = df[df["voice"] != "boilerplate"]
    ax = _new_ax(ax, (9, 4))
    arts = _order(df)
    if not len(df):
        return _empty(ax, "no sentences")
    for k, art in enumerate(arts):
        d = df[df["article"].astype(str) == art]
        x = list(d["index"])
        color = ARTICLE_STYLES[k % len(ARTICLE_STYLES)][0]
        style = _LINESTYLES[k % len(_LINESTYLES)]
        if len(arts) == 1:
            ax.bar(x, list(d["emotive"]), color="#DDDDDD", width=0.8, label="emotive intensity")
        else:
            ax.plot(x, list(d["emotive"]), color=color, linestyle=style, linewidth=0.8, alpha=0.5)
        opts: dict[str, Any] = {
            "color": color,
            "linestyle": style,
            "linewidth": 1.4,
            "label": "tone (VADER compound)" if len(arts) == 1 else art,
        }
        opts.update(kwargs)
        ax.plot(x, list(d["compound"]), **opts)
        for v in _SENTENCE_VOICES:
            dv = d[d["voice"] == v]
            if len(dv):
                ax.scatter(
                    list(dv["index"]),
                    list(dv["compound"]),
                    color=VOICE_COLORS[v],
                    edgecolor="black",
                    linewidth=0.4,
                    zorder=3,
                    s=28,
                    label=VOICE_NAMES[v] if k == 0 else None,
                )
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("sentence number")
    ax.set_ylabel("tone (−1 to +1) and intensity (0 to 1)")
    ax.set_title("Emotion arc, sentence by sentence")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


@_slide
def plot_emotion_by_voice(
    data: Data, *, ax: Axes | None = None, value: str = "emotive", **kwargs: Any
) -> Axes:
    """Mean emotive intensity (or ``value="compound"``) of the sentences in each voice.

    Compares the narrator (narration sentences) with the quoted sources (direct
    and reported sentences); one group of bars per voice, one bar per article.
    Each bar is labelled with its number of sentences: few sentences, weak evidence.
    """
    if value not in ("emotive", "compound"):
        raise ValueError("value must be 'emotive' or 'compound'")
    df = _tidy(data, _sentences, ["voice", value], "sentence")
    ax = _new_ax(ax, (8, 4))
    df = df[df["voice"] != "boilerplate"]
    if not len(df):
        return _empty(ax, "no story sentences")
    arts = _order(df)
    voices = [v for v in _SENTENCE_VOICES if v in set(df["voice"])]
    width = 0.8 / len(arts)
    for k, art in enumerate(arts):
        d = df[df["article"].astype(str) == art]
        g = d.groupby("voice")[value].agg(["mean", "count"])
        xs = [i + (k - (len(arts) - 1) / 2) * width for i in range(len(voices))]
        mean_of: dict[str, float] = {str(k_): float(x) for k_, x in g["mean"].items()}
        count_of: dict[str, int] = {str(k_): int(x) for k_, x in g["count"].items()}
        means = [mean_of.get(v, 0.0) for v in voices]
        counts = [count_of.get(v, 0) for v in voices]
        opts: dict[str, Any] = {"width": width * 0.95, "label": art}
        if len(arts) == 1:
            opts["color"] = [VOICE_COLORS[v] for v in voices]
            opts["edgecolor"] = "black"
        else:
            opts.update(_article_style(k))
        opts.update(kwargs)
        bars = ax.bar(xs, means, **opts)
        ax.bar_label(bars, labels=[f"n={c}" for c in counts], fontsize=FONT_SIZE)
    ax.set_xticks(range(len(voices)), [VOICE_NAMES[v] for v in voices])
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylabel("mean emotive intensity" if value == "emotive" else "mean VADER compound")
    ax.set_title("Emotive language by voice (narrator vs quoted sources)")
    if len(arts) > 1:
        _legend_outside(ax)
    return ax


def _sources_table(a: Analysis) -> pd.DataFrame:
    return a.source_table()


@_slide
def plot_sources(data: Data, *, ax: Axes | None = None, top: int = 15, **kwargs: Any) -> Axes:
    """Words given to each source: direct quotation and reported content, stacked.

    ``data``: analyses or a source table (``Analysis.source_table()``).  Shows the
    ``top`` sources with most words.  A source with few words may still be
    mentioned often: see the ``mentions`` column of the table.
    """
    df = _tidy(data, _sources_table, ["name", "direct_words", "reported_words"], "source")
    ax = _new_ax(ax, (9, 1.6 + 0.35 * min(top, max(len(df), 1))))
    if not len(df):
        return _empty(ax, "no attributed sources found")
    df = df.assign(total=df["direct_words"] + df["reported_words"])
    df = df.sort_values("total", ascending=False, kind="stable").head(top)
    many = df["article"].nunique() > 1
    names = [
        f"{a}: {_shorten(str(n))}" if many else _shorten(str(n), 50)
        for a, n in zip(df["article"], df["name"], strict=True)
    ]
    direct = [int(x) for x in df["direct_words"]]
    reported = [int(x) for x in df["reported_words"]]
    opts: dict[str, Any] = {"color": VOICE_COLORS["direct"], "label": "in direct quotation"}
    opts.update(kwargs)
    ax.barh(names, direct, **opts)
    opts = {"color": VOICE_COLORS["reported"], "label": "in reported speech", "left": direct}
    opts.update(kwargs)
    ax.barh(names, reported, **opts)
    ax.invert_yaxis()
    ax.set_xlabel("words attributed to the source")
    ax.set_title("Who speaks, and how much")
    ax.legend(frameon=False, loc="lower right")
    return ax


@_slide
def plot_source_types(data: Data, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """How many sources of each type (official, expert, witness, anonymous ...) each article has.

    ``data``: analyses or a source table with a ``type`` column.  Types come from
    mediakit's rules (the ``type_rule`` column says which rule gave each) and are
    shown in words (``mediakit._source_types.TYPE_NAMES``), most frequent first.
    """
    df = _tidy(data, _sources_table, ["name", "type"], "source")
    if not len(df):
        return _empty(_new_ax(ax, (8, 3.5)), "no attributed sources found")
    arts = _order(df)
    counts = df.groupby(["type", "article"]).size().unstack(fill_value=0)
    types = list(counts.sum(axis=1).sort_values(ascending=False, kind="stable").index)
    ax = _new_ax(ax, (8, 1.4 + 0.3 * len(types) * max(1, len(arts) / 2)))
    height = 0.8 / len(arts)
    for k, art in enumerate(arts):
        ys = [i + (k - (len(arts) - 1) / 2) * height for i in range(len(types))]
        xs = [int(counts.loc[t, art]) if art in counts.columns else 0 for t in types]
        opts: dict[str, Any] = {"height": height * 0.95, "label": art}
        opts.update({"color": COLORS["source"]} if len(arts) == 1 else _article_style(k))
        opts.update(kwargs)
        ax.barh(ys, xs, **opts)
    names = [TYPE_NAMES.get(str(t), str(t).replace("_", " ")) for t in types]
    ax.set_yticks(range(len(types)), [_literal(n) for n in names])
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(_integer_ticks())
    ax.set_xlabel("number of sources")
    ax.set_title("Source types")
    if len(arts) > 1:
        _legend_outside(ax)
    return ax


def _attributions(a: Analysis) -> pd.DataFrame:
    return a.attribution_table()


@_slide
def plot_cues(
    data: Data, *, ax: Axes | None = None, by: str = "lemma", top: int = 15, **kwargs: Any
) -> Axes:
    """How often each attribution cue is used: ``by="lemma"`` (say, claim, deny ...) or ``"kind"``.

    ``data``: analyses or an attribution table (``Analysis.attribution_table()``).
    "said" is the neutral default of news writing; cues such as "claimed",
    "admitted" or "insisted" carry a judgement of the reporter.
    """
    if by not in ("lemma", "kind"):
        raise ValueError("by must be 'lemma' or 'kind'")
    col = "cue_lemma" if by == "lemma" else "cue_kind"
    df = _tidy(data, _attributions, [col], "attribution")
    if "in_boilerplate" in df.columns:
        # a boolean Series, not a list: an empty list would select no columns
        keep = pd.Series(
            [pd.isna(x) or not bool(x) for x in df["in_boilerplate"]], index=df.index, dtype=bool
        )
        df = df[keep]
    ax = _new_ax(ax, (8, 4))
    df = df[df[col].notna()]
    if not len(df):
        return _empty(ax, "no attribution cues found")
    arts = _order(df)
    counts = df.groupby([col, "article"]).size().unstack(fill_value=0)
    keys = list(counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top])
    height = 0.8 / len(arts)
    for k, art in enumerate(arts):
        ys = [i + (k - (len(arts) - 1) / 2) * height for i in range(len(keys))]
        xs = [int(counts.loc[c, art]) if art in counts.columns else 0 for c in keys]
        opts: dict[str, Any] = {"height": height * 0.95, "label": art}
        opts.update({"color": COLORS["cue"]} if len(arts) == 1 else _article_style(k))
        opts.update(kwargs)
        ax.barh(ys, xs, **opts)
    names = [str(c) if by == "lemma" else CUE_KIND_NAMES.get(str(c), str(c)) for c in keys]
    ax.set_yticks(range(len(keys)), [_literal(n) for n in names])
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(_integer_ticks())
    ax.set_xlabel("number of attributions")
    ax.set_title("Attribution cues" + (" (verbs, base form)" if by == "lemma" else " (kinds)"))
    if len(arts) > 1:
        _legend_outside(ax)
    return ax


@_slide
def plot_hedges(data: Data, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Hedges ("may", "reportedly" ...) and boosters ("clearly", "certainly" ...) per 1000 words.

    ``data``: analyses or a summary table with ``hedges_per_1000_words`` and
    ``boosters_per_1000_words``.  Rates are per 1000 story words, so articles of
    different lengths compare; in a short article one word moves the rate a lot.
    """
    cols = ["hedges_per_1000_words", "boosters_per_1000_words"]
    df = _tidy(data, _summary, cols, "summary")
    ax = _new_ax(ax, (8, 4.5))
    labels = list(df["article"].astype(str))
    xs = list(range(len(labels)))
    colors = dict(zip(cols, (COLORS["hedge"], COLORS["booster"]), strict=True))
    names = {
        "hedges_per_1000_words": "hedges (may, reportedly ...)",
        "boosters_per_1000_words": "boosters (clearly, certainly ...)",
    }
    for j, c in enumerate(cols):
        vals = [0.0 if pd.isna(x) else float(x) for x in df[c]]
        opts: dict[str, Any] = {"width": 0.4, "color": colors[c], "label": names[c]}
        opts.update(kwargs)
        ax.bar([x + (j - 0.5) * 0.4 for x in xs], vals, **opts)
    ax.set_xticks(
        xs,
        labels,
        rotation=20 if len(labels) > 1 else 0,
        ha="right" if len(labels) > 1 else "center",
    )
    ax.set_ylabel("per 1000 story words")
    ax.set_title("Hedges and boosters")
    _legend_outside(ax)
    return ax

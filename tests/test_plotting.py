"""The plot helpers: axes-level, one or many articles, Analysis or tidy DataFrame input."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from typing import Any

import matplotlib
import matplotlib.colors
import matplotlib.image

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import matplotlib.text
import pandas as pd
import pytest
from matplotlib import cbook
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

import mediakit
from mediakit import plotting
from mediakit._palette import COLORS

PLOTS: list[Callable[..., Axes]] = [
    mediakit.plot_voices,
    mediakit.plot_emotion_arc,
    mediakit.plot_emotion_by_voice,
    mediakit.plot_sources,
    mediakit.plot_source_types,
    mediakit.plot_cues,
    mediakit.plot_hedges,
]
IDS = [f.__name__ for f in PLOTS]

ARTICLE = """ date 2026-03-14 Bridge falls at fair

A footbridge collapsed on Friday, injuring fourteen people.

"It was terrifying, the worst night of my life," said stallholder Tom Ellery.

The council said the bridge had passed an inspection. Police denied that anyone was arrested.
"""


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def seed() -> mediakit.Analysis:
    return mediakit.analyze(mediakit.seed_path())


@pytest.fixture(scope="module")
def many() -> list[mediakit.Analysis]:
    return [mediakit.analyze(p) for p in mediakit.seed_paths()[:3]]


def _drawn(ax: Axes) -> int:
    """How many data artists (bars, lines, dots, texts) are on ``ax``."""
    return len(ax.patches) + len(ax.lines) + len(ax.collections) + len(ax.texts)


def test_backend_is_agg() -> None:
    assert matplotlib.get_backend().lower() == "agg"


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
def test_draws_on_given_axes_and_returns_it(
    plot: Callable[..., Axes], seed: mediakit.Analysis
) -> None:
    _fig, (left, right) = plt.subplots(1, 2)
    before = len(plt.get_fignums())
    out = plot(seed, ax=right)
    assert out is right
    assert _drawn(right) > 0
    assert _drawn(left) == 0, "drew on an Axes it was not given"
    assert len(plt.get_fignums()) == before, "created a figure although ax was given"


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
def test_new_figure_when_no_axes(plot: Callable[..., Axes], seed: mediakit.Analysis) -> None:
    assert plt.get_fignums() == []
    ax = plot(seed)
    assert isinstance(ax, Axes)
    assert len(plt.get_fignums()) == 1
    assert _drawn(ax) > 0


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
def test_many_articles(plot: Callable[..., Axes], many: list[mediakit.Analysis]) -> None:
    ax = plot(many)
    assert _drawn(ax) > 0
    ax.figure.canvas.draw()  # renders without error


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
def test_text_input_and_no_show(plot: Callable[..., Axes], monkeypatch: pytest.MonkeyPatch) -> None:
    def _no_show(*_a: Any, **_k: Any) -> None:
        raise AssertionError("plot helpers must never call plt.show()")

    monkeypatch.setattr(plt, "show", _no_show)
    ax = plot(mediakit.analyze(ARTICLE))
    assert _drawn(ax) > 0


def test_voices_bars_add_up_to_one(many: list[mediakit.Analysis]) -> None:
    ax = mediakit.plot_voices(many)
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(bars) == 5 * len(many)  # five voices per article
    per_row: dict[float, float] = {}
    for b in bars:
        y = round(b.get_y(), 6)
        per_row[y] = max(per_row.get(y, 0.0), b.get_x() + b.get_width())
    assert len(per_row) == len(many)
    for right_edge in per_row.values():
        assert right_edge == pytest.approx(1.0, abs=1e-5)  # shares are rounded to 6 places
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == plotting._labels(many)


def test_voices_accepts_summarize_output() -> None:
    df = mediakit.summarize(mediakit.seed_paths()[:2])
    ax = mediakit.plot_voices(df)
    assert len(ax.get_yticklabels()) == 2


def test_emotion_arc_from_sentence_table(seed: mediakit.Analysis) -> None:
    st = seed.sentence_table()
    story = st[st["voice"] != "boilerplate"]
    assert len(story) < len(st)  # the seed has "Play video" lines and a caption
    ax = mediakit.plot_emotion_arc(st)
    compound = [ln for ln in ax.lines if ln.get_label() == "tone (VADER compound)"]
    assert len(compound) == 1
    assert list(compound[0].get_xdata()) == list(story["index"])
    assert list(compound[0].get_ydata()) == pytest.approx(list(story["compound"]))
    # one dot per story sentence, coloured by voice; boilerplate is not in the arc
    dots = sum(len(c.get_offsets()) for c in ax.collections)
    assert dots == len(story)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    for v in set(story["voice"]):
        assert plotting.VOICE_NAMES[v] in legend
    assert plotting.VOICE_NAMES["boilerplate"] not in legend


def test_emotion_arc_many_from_tidy_frame() -> None:
    frames = []
    for name, vals in (("a", [0.5, -0.5]), ("b", [0.1, 0.2, 0.3])):
        frames.append(
            pd.DataFrame(
                {
                    "article": name,
                    "index": range(len(vals)),
                    "voice": "narration",
                    "compound": vals,
                    "emotive": [abs(v) for v in vals],
                }
            )
        )
    ax = mediakit.plot_emotion_arc(pd.concat(frames, ignore_index=True))
    named = {ln.get_label(): list(ln.get_ydata()) for ln in ax.lines}
    assert named["a"] == [0.5, -0.5]
    assert named["b"] == [0.1, 0.2, 0.3]


def test_emotion_by_voice_means_and_counts() -> None:
    st = pd.DataFrame(
        {
            "voice": ["narration", "narration", "direct", "boilerplate"],
            "emotive": [0.1, 0.3, 0.8, 0.9],
            "compound": [0, 0, 0, 0],
        }
    )
    ax = mediakit.plot_emotion_by_voice(st)
    heights = {
        t.get_text(): p.get_height() for t, p in zip(ax.get_xticklabels(), ax.patches, strict=True)
    }
    # boilerplate left out
    assert heights == pytest.approx({"direct quotation": 0.8, "narration": 0.2})
    assert sorted(t.get_text() for t in ax.texts) == ["n=1", "n=2"]


def test_sources_direct_and_reported_stacked() -> None:
    st = pd.DataFrame(
        {
            "name": ["Ann", "Bob"],
            "type": ["official", "witness"],
            "direct_words": [10, 0],
            "reported_words": [5, 30],
        }
    )
    ax = mediakit.plot_sources(st)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Bob", "Ann"]  # most words first
    widths = [round(p.get_width()) for p in ax.patches]
    assert widths == [0, 10, 30, 5]  # direct bars, then reported bars


def test_source_types_counts() -> None:
    st = pd.DataFrame(
        {
            "article": ["x", "x", "x", "y"],
            "name": ["A", "B", "C", "D"],
            "type": ["official", "official", "witness", "witness"],
        }
    )
    ax = mediakit.plot_source_types(st)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Officials and governments",
        "Witnesses and residents",
    ]
    widths = [p.get_width() for p in ax.patches]
    assert widths == [2, 1, 0, 1]  # article x: official 2, witness 1; article y: 0, 1


def test_cues_counts_and_boilerplate_dropped() -> None:
    at = pd.DataFrame(
        {
            "cue_lemma": ["say", "say", "claim", "deny", "say"],
            "cue_kind": ["speech"] * 5,
            "in_boilerplate": [False, False, False, False, True],
        }
    )
    ax = mediakit.plot_cues(at)
    counts = {
        t.get_text(): p.get_width() for t, p in zip(ax.get_yticklabels(), ax.patches, strict=True)
    }
    assert counts == {"say": 2, "claim": 1, "deny": 1}
    ax2 = mediakit.plot_cues(at, by="kind")
    assert [p.get_width() for p in ax2.patches] == [4]


def test_hedges_rates(many: list[mediakit.Analysis]) -> None:
    ax = mediakit.plot_hedges(many)
    heights = [p.get_height() for p in ax.patches]
    expect = [a.metrics["hedges_per_1000_words"] for a in many] + [
        a.metrics["boosters_per_1000_words"] for a in many
    ]
    assert heights == pytest.approx(expect)


def test_empty_sources_say_so() -> None:
    ax = mediakit.plot_sources(pd.DataFrame(columns=["name", "direct_words", "reported_words"]))
    assert any("no attributed sources" in t.get_text() for t in ax.texts)


def test_kwargs_override_defaults(seed: mediakit.Analysis) -> None:
    ax = mediakit.plot_hedges(seed, color="red")
    assert all(p.get_facecolor()[:3] == (1.0, 0.0, 0.0) for p in ax.patches)


def test_helpful_errors() -> None:
    with pytest.raises(ValueError, match="sentence table"):
        mediakit.plot_emotion_arc(pd.DataFrame({"x": [1]}))
    with pytest.raises(TypeError, match="expected an Analysis"):
        mediakit.plot_voices(42)
    with pytest.raises(ValueError, match="empty"):
        mediakit.plot_voices([])
    with pytest.raises(ValueError, match="by must be"):
        mediakit.plot_cues(pd.DataFrame({"cue_lemma": []}), by="verb")


DOLLARS = r"Fund $\frac$ now"  # mathtext if unescaped, and "\frac" alone does not parse


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
def test_dollar_signs_in_names_and_titles_are_shown_literally(
    plot: Callable[..., Axes],
) -> None:
    # Article titles and source names come from article text: a "$" must not
    # switch matplotlib into math mode (it would garble the label or fail to draw).
    text = (
        f" date 2026-03-14 {DOLLARS} title\n\n"
        f'"We lost everything, it is a disaster," said {DOLLARS}.\n\n'
        "The council said the bridge had passed an inspection, clearly.\n"
    )
    two = [mediakit.analyze(text), mediakit.analyze(ARTICLE)]
    ax = plot(two)
    fig = ax.figure
    fig.canvas.draw()  # raises on a label that does not parse as mathtext
    shown = [t for t in fig.findobj(matplotlib.text.Text) if "$" in t.get_text()]
    assert shown, "a label with the dollar text was expected"
    for t in shown:
        assert not cbook.is_math_text(t.get_text())


def test_dollar_source_name_from_a_table() -> None:
    st = pd.DataFrame(
        {
            "name": ["$5 fund $", "Bob"],
            "type": ["organization", "witness"],
            "direct_words": [10, 0],
            "reported_words": [5, 30],
        }
    )
    ax = mediakit.plot_sources(st)
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Bob", r"\$5 fund \$"]


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
def test_every_plot_draws_an_article_with_no_attribution(plot: Callable[..., Axes]) -> None:
    quiet = mediakit.analyze("The sun rose over the hills.\n\nIt was a quiet day in the valley.\n")
    assert not quiet.attributions
    ax = plot(quiet)
    assert isinstance(ax, Axes)


# ---------------------------------------------------------------- fit for a slide


def _texts(fig: Any) -> list[matplotlib.text.Text]:
    fig.canvas.draw()  # ticks are made when drawn
    return [
        t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip()
    ]


@pytest.mark.parametrize("plot", PLOTS, ids=IDS)
@pytest.mark.parametrize("n", [1, 3], ids=["one", "three"])
def test_fit_for_a_slide(
    plot: Callable[..., Axes], n: int, seed: mediakit.Analysis, many: list[mediakit.Analysis]
) -> None:
    before = dict(plt.rcParams)
    ax = plot(seed if n == 1 else many)
    fig = ax.figure
    assert dict(plt.rcParams) == before, "a helper changed matplotlib's global settings"
    texts = _texts(fig)
    assert len(texts) >= 5
    small = [(t.get_text(), t.get_fontsize()) for t in texts if t.get_fontsize() < 11]
    assert small == [], f"text under 11 pt: {small}"
    for tight in (False, True):
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight" if tight else None)
        width = matplotlib.image.imread(io.BytesIO(buf.getvalue())).shape[1]
        assert width >= 900, f"PNG only {width} px wide (bbox_inches tight={tight})"
    shown = " ".join(t.get_text() for t in texts)
    assert not re.search(r"[0-9a-f]{12}", shown), f"a hash is shown: {shown}"
    assert not re.search(r"\b[a-z]+_[a-z]+\b", shown), f"an identifier is shown: {shown}"


def test_fonts_hold_on_a_given_axes_drawn_later(seed: mediakit.Analysis) -> None:
    fig, ax = plt.subplots(dpi=72)  # the user's figure keeps its dpi
    mediakit.plot_cues(seed, ax=ax)
    assert fig.dpi == 72
    assert min(t.get_fontsize() for t in _texts(fig)) >= 11


def test_one_colour_per_meaning(seed: mediakit.Analysis, many: list[mediakit.Analysis]) -> None:
    hexes = {k: matplotlib.colors.to_rgba(v) for k, v in COLORS.items()}
    assert len(set(COLORS.values())) == len(COLORS)
    assert plotting.VOICE_COLORS == {v: COLORS[v] for v in plotting.VOICE_COLORS}
    ax = mediakit.plot_voices(seed)
    by_label = {}
    for container in ax.containers:
        by_label[container.get_label()] = container.patches[0].get_facecolor()
    assert by_label["direct quotation"] == hexes["direct"]
    assert by_label["reported speech"] == hexes["reported"]
    ax = mediakit.plot_sources(seed)
    faces = {p.get_facecolor() for p in ax.patches}
    assert faces == {hexes["direct"], hexes["reported"]}
    ax = mediakit.plot_hedges(seed)
    assert {p.get_facecolor() for p in ax.patches} == {hexes["hedge"], hexes["booster"]}
    assert {p.get_facecolor() for p in mediakit.plot_cues(seed).patches} == {hexes["cue"]}
    # several articles: told apart by greys and hatching, never by a meaning's colour
    for plot in (mediakit.plot_cues, mediakit.plot_source_types, mediakit.plot_emotion_by_voice):
        faces = {p.get_facecolor() for p in plot(many).patches}
        assert faces and not faces & set(hexes.values()), plot.__name__


def test_article_labels_are_words_not_hashes(seed: mediakit.Analysis) -> None:
    label = plotting.article_label(seed)
    assert label == "Several deaths and dozens of casualties…"
    assert len(label) <= 40
    assert plotting._short_name("seeds/000_4e797ae91df71bb2.txt") is None
    assert plotting._short_name("seeds/101_practice_wire.txt") == "101 practice wire"
    df = pd.DataFrame({"path": ["/x/000_4e797ae91df71bb2.txt"], "title": [None]})
    assert plotting._summary_label(df) == ["article 1"]


def test_bars_are_sorted(seed: mediakit.Analysis) -> None:
    for plot in (mediakit.plot_source_types, mediakit.plot_cues, mediakit.plot_sources):
        ax = plot(seed)
        rows: dict[float, float] = {}
        for p in ax.patches:
            rows[p.get_y()] = rows.get(p.get_y(), 0.0) + p.get_width()
        widths = [w for _y, w in sorted(rows.items())]
        assert widths == sorted(widths, reverse=True), plot.__name__


def test_only_our_settings_are_restored() -> None:
    # Jupyter's inline backend sets ``interactive`` when the first figure loads it,
    # inside our helper: that setting must survive, or later figures are not shown.
    def loads_backend(*, ax: Axes | None = None) -> Axes:
        assert plt.rcParams["figure.dpi"] == plotting.DPI  # ours, while drawing
        plt.rcParams["interactive"] = not was
        return plt.subplots()[1] if ax is None else ax

    was = bool(plt.rcParams["interactive"])
    dpi = plt.rcParams["figure.dpi"]
    try:
        plotting._slide(loads_backend)()
        assert plt.rcParams["interactive"] is (not was)
        assert plt.rcParams["figure.dpi"] == dpi
    finally:
        plt.rcParams["interactive"] = was

"""The plot of :func:`mediakit.compare`'s table: figures by period or by outlet, each with
its bootstrap interval."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mediakit._compare import NO_GROUP
from mediakit._palette import ARTICLE_STYLES

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["METRIC_WORDS", "plot_groups"]

#: Metrics in plain words, for legends.
METRIC_WORDS: dict[str, str] = {
    "female_source_share": "women, of person sources",
    "male_source_share": "men, of person sources",
    "unknown_gender_source_share": "gender not shown in the text",
    "named_source_share": "named sources, of all sources",
    "top_source_share": "attributions to the top source",
    "anonymous_attribution_share": "attributions to anonymous sources",
    "source_diversity_simpson": "source diversity (Simpson)",
    "source_diversity_shannon": "source diversity (Shannon, nats)",
}
_MARKERS = ("o", "s", "^", "D", "v", "P")
_LINES = ("-", "--", ":", "-.")


def plot_groups(
    table: pd.DataFrame,
    *,
    metrics: Sequence[str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Figures by period (a line per metric over time, its 95 % interval shaded) or by
    outlet (a dot per outlet and metric with its interval), from :func:`mediakit.compare`.

    ``metrics``: which of the table's metrics to draw (default: all of them); the group
    ``"(none)"`` (articles without a date or outlet) is left out.  Metrics are told apart
    by shades of grey, markers and line styles, not by a meaning's colour.  Extra keyword
    arguments go to ``errorbar``.
    """
    from mediakit.plotting import _empty, _new_ax, _slide

    drawn: Axes = _slide(_draw)(
        table, metrics=metrics, ax=ax, new_ax=_new_ax, empty=_empty, **kwargs
    )
    return drawn


def _draw(
    table: pd.DataFrame,
    *,
    metrics: Sequence[str] | None,
    ax: Axes | None,
    new_ax: Any,
    empty: Any,
    **kwargs: Any,
) -> Axes:
    df = table[table["group"] != NO_GROUP]
    names = list(metrics) if metrics is not None else list(dict.fromkeys(df["metric"]))
    df = df[df["metric"].isin(names)]
    by = str(table["by"].iloc[0]) if len(table) else "month"
    groups = sorted(dict.fromkeys(df["group"]))
    over_time = by != "outlet"
    ax = new_ax(ax, (10, 4.5) if over_time else (9, 1.8 + 0.45 * max(1, len(groups))))
    if df.empty:
        shown: Axes = empty(ax, "no groups to show")
        return shown
    pos = {g: k for k, g in enumerate(groups)}
    for k, m in enumerate(names):
        part = df[df["metric"] == m].sort_values("group")
        x = [pos[g] for g in part["group"]]
        y = part["value"].astype(float)
        low = (y - part["low"].astype(float)).clip(lower=0)
        high = (part["high"].astype(float) - y).clip(lower=0)
        color = ARTICLE_STYLES[k % len(ARTICLE_STYLES)][0]
        style: dict[str, Any] = {
            "color": color,
            "marker": _MARKERS[k % len(_MARKERS)],
            "capsize": 3,
            "label": METRIC_WORDS.get(m, m),
        }
        if over_time:
            style["linestyle"] = _LINES[k % len(_LINES)]
            ax.fill_between(
                x, part["low"].astype(float), part["high"].astype(float), color=color, alpha=0.12
            )
            ax.errorbar(x, y, yerr=[low, high], **(style | kwargs))
        else:
            shift = (k - (len(names) - 1) / 2) * 0.18
            style["linestyle"] = "none"
            ax.errorbar(y, [v + shift for v in x], xerr=[low, high], **(style | kwargs))
    words = "share" if all(m.endswith("share") for m in names) else "value"
    if over_time:
        ax.set_xticks(range(len(groups)), groups, rotation=60, ha="right")
        ax.set_xlabel(by)
        ax.set_ylabel(f"{words} (95% bootstrap interval)")
    else:
        ax.set_yticks(range(len(groups)), groups)
        ax.invert_yaxis()
        ax.set_xlabel(f"{words} (95% bootstrap interval)")
    ax.legend(loc="best", frameon=False)
    ax.grid(axis="y" if over_time else "x", alpha=0.3)
    return ax

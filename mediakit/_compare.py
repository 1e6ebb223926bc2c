"""Across articles: who the sources are, by outlet and by period, with bootstrap intervals.

:func:`compare` groups the ``articles`` table of a corpus run (one row per article, its
metrics and metadata) by outlet (the ``outlet`` column, else the domain of the ``url``)
or by period (week, month or year of the ``date``), and gives, for each group and
metric, the figure and a bootstrap 95 % interval over the group's articles.  Shares of
person sources by gender are pooled (all the group's female person sources over all its
person sources); the other metrics are means over the articles where they are defined.
:func:`cue_profile` counts which cues introduce which sources.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mediakit._lazy import lazy_import

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from mediakit._run import CorpusTables
else:
    np = lazy_import("numpy")
    pd = lazy_import("pandas")

__all__ = ["GROUPINGS", "POOLED", "compare", "cue_profile", "group_of"]

#: What a corpus can be grouped by.
GROUPINGS: tuple[str, ...] = ("outlet", "week", "month", "year")
#: Metrics pooled over a group's articles: name -> (numerator, denominator) columns;
#: a column name prefixed with "-" is subtracted ("person - female - male").
POOLED: dict[str, tuple[tuple[str, ...], str]] = {
    "female_source_share": (("female_sources",), "person_sources"),
    "male_source_share": (("male_sources",), "person_sources"),
    "unknown_gender_source_share": (
        ("person_sources", "-female_sources", "-male_sources"),
        "person_sources",
    ),
}
#: The metrics :func:`compare` reports when none are named.
DEFAULT_METRICS: tuple[str, ...] = (
    "female_source_share",
    "male_source_share",
    "unknown_gender_source_share",
    "named_source_share",
    "source_diversity_shannon",
    "source_diversity_simpson",
    "top_source_share",
    "anonymous_attribution_share",
    "attributions_per_1000_words",
)
NO_GROUP = "(none)"


def _domain(url: object) -> str | None:
    if not isinstance(url, str) or "//" not in url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def group_of(articles: pd.DataFrame, by: str) -> pd.Series:
    """The group of each article: its outlet (``outlet`` column, else the URL's domain)
    or its period (``week``: the Monday starting it, ``month``: YYYY-MM, ``year``);
    ``"(none)"`` when the article has neither."""
    if by not in GROUPINGS:
        raise ValueError(f"cannot group by {by!r}; choose from {', '.join(GROUPINGS)}")
    n = len(articles)
    if by == "outlet":
        outlet = articles["outlet"] if "outlet" in articles else pd.Series([None] * n)
        url = articles["url"] if "url" in articles else pd.Series([None] * n)
        got = [
            o if isinstance(o, str) and o.strip() else _domain(u)
            for o, u in zip(outlet, url, strict=True)
        ]
        return pd.Series([g or NO_GROUP for g in got], index=articles.index, name="outlet")
    dates = pd.to_datetime(
        articles["date"] if "date" in articles else pd.Series([None] * n),
        errors="coerce",
        format="%Y-%m-%d",
    )
    if by == "week":
        labels = (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")
    else:
        labels = dates.dt.strftime("%Y-%m" if by == "month" else "%Y")
    return pd.Series(labels.fillna(NO_GROUP).to_numpy(), index=articles.index, name=by)


def _column(df: pd.DataFrame, name: str) -> np.ndarray:
    return np.asarray(pd.to_numeric(df[name], errors="coerce"), dtype=float)


def _statistic(df: pd.DataFrame, metric: str, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The metric of each resample (rows of ``idx``, article positions) and of the group."""
    if metric in POOLED:
        parts, den_name = POOLED[metric]
        num = np.zeros(len(df))
        for p in parts:
            col = np.nan_to_num(_column(df, p.lstrip("-")))
            num = num - col if p.startswith("-") else num + col
        den = np.nan_to_num(_column(df, den_name))
        with np.errstate(invalid="ignore", divide="ignore"):
            boot = num[idx].sum(axis=1) / den[idx].sum(axis=1)
            whole = np.array([num.sum() / den.sum()]) if den.sum() else np.array([np.nan])
        return np.where(den[idx].sum(axis=1) > 0, boot, np.nan), whole
    x = _column(df, metric)
    ok = ~np.isnan(x)
    vals = np.where(ok, x, 0.0)
    counts = ok[idx].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        boot = vals[idx].sum(axis=1) / counts
    whole = np.array([x[ok].mean()]) if ok.any() else np.array([np.nan])
    return np.where(counts > 0, boot, np.nan), whole


def compare(
    data: pd.DataFrame | CorpusTables,
    *,
    by: str = "month",
    metrics: Sequence[str] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """Per-group figures with bootstrap intervals over articles, as a long tidy table.

    ``data``: the ``articles`` table of :func:`mediakit.analyze_corpus` (or the
    :class:`~mediakit.CorpusTables` itself); failed articles are left out.  ``by``: one
    of :data:`GROUPINGS`.  Columns: ``by`` (the grouping), ``group``, ``metric``,
    ``value``, ``low``, ``high`` (the percentile interval of ``n_boot`` resamples of the
    group's articles, drawn with ``seed``), ``articles`` (the group's articles) and
    ``defined`` (those where the metric is defined, or that have a person source for the
    pooled gender shares).  Groups are in sorted order (periods in time order).
    """
    df = getattr(data, "articles", data)
    assert isinstance(df, pd.DataFrame)
    if "error" in df:
        df = df[df["error"].isna()]
    names = list(metrics or DEFAULT_METRICS)
    missing = [m for m in names if m not in df and m not in POOLED]
    needed = [c.lstrip("-") for m in names if m in POOLED for c in (*POOLED[m][0], POOLED[m][1])]
    missing += [c for c in dict.fromkeys(needed) if c not in df]
    if missing:
        raise ValueError(f"the articles table has no column {missing[0]!r}")
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    groups = group_of(df, by)
    rng = np.random.default_rng(seed)
    rows: list[dict[str, Any]] = []
    tail = (1.0 - level) / 2.0
    for g in sorted(groups.unique()):
        part = df[(groups == g).to_numpy()]
        n = len(part)
        idx = rng.integers(0, n, size=(n_boot, n))
        for m in names:
            boot, whole = _statistic(part, m, idx)
            good = boot[~np.isnan(boot)]
            if m in POOLED:
                defined = int((np.nan_to_num(_column(part, POOLED[m][1])) > 0).sum())
            else:
                defined = int((~np.isnan(_column(part, m))).sum())
            lo, hi = np.quantile(good, [tail, 1 - tail]) if len(good) else (np.nan, np.nan)
            value = float(whole[0])
            rows.append(
                {
                    "by": by,
                    "group": g,
                    "metric": m,
                    "value": None if np.isnan(value) else value,
                    "low": None if np.isnan(lo) else float(lo),
                    "high": None if np.isnan(hi) else float(hi),
                    "articles": n,
                    "defined": defined,
                }
            )
    return pd.DataFrame(
        rows, columns=["by", "group", "metric", "value", "low", "high", "articles", "defined"]
    )


def cue_profile(attributions: pd.DataFrame, *, by: str = "source_gender") -> pd.DataFrame:
    """Which cues introduce which sources: one row per (``by`` value, cue lemma) with the
    count and its share of that value's attributions.

    ``attributions``: an ``attribution_table()`` or the corpus ``attributions`` table;
    ``by``: a column of it (``source_gender``, ``source_kind``, ``source_type``).  Rows
    without a cue or outside the story (boilerplate) are left out; an empty ``by`` value
    is ``"(none)"``.
    """
    if by not in attributions:
        raise ValueError(f"the attributions table has no column {by!r}")
    df = attributions
    if "in_boilerplate" in df:
        df = df[~df["in_boilerplate"].astype(bool)]
    df = df[df["cue_lemma"].notna()]
    key = df[by].fillna(NO_GROUP).astype(str)
    counts = (
        pd.DataFrame({by: key, "cue_lemma": df["cue_lemma"].astype(str)})
        .value_counts()
        .rename("count")
        .reset_index()
    )
    totals = counts.groupby(by)["count"].transform("sum")
    counts["share"] = counts["count"] / totals
    return counts.sort_values(
        [by, "count", "cue_lemma"], ascending=[True, False, True]
    ).reset_index(drop=True)


# ------------------------------------------------------------------ command line


def add_compare_parser(sub: Any) -> None:
    """The ``mediakit compare`` subcommand."""
    cp = sub.add_parser(
        "compare",
        help="who the sources are, by outlet or period, with bootstrap intervals",
        description="Analyse a corpus and compare its groups: per outlet (the outlet "
        "column, else the URL's domain) or per week, month or year of the date. Each "
        "figure comes with a bootstrap 95 % interval over the group's articles (see "
        "docs/sources.md).",
        epilog="Example: mediakit compare news.csv --by month -o by_month.csv",
    )
    cp.add_argument("inputs", nargs="+", metavar="CORPUS", help="articles, as for analyze")
    cp.add_argument("--by", choices=GROUPINGS, default="month")
    cp.add_argument("--metrics", default="", help="comma-separated metric names")
    cp.add_argument("--boot", type=int, default=1000, help="bootstrap resamples (1000)")
    cp.add_argument("--seed", type=int, default=0)
    cp.add_argument("--text-column", default="text")
    cp.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    cp.add_argument("--force", action="store_true", help="overwrite the output file")


def run_compare(args: argparse.Namespace) -> str | None:
    """Run ``mediakit compare``; returns an error message (exit code 2) or ``None``."""
    from mediakit._atomic import write_text_atomic
    from mediakit._run import analyze_corpus

    if args.output is not None and args.output.exists() and not args.force:
        return f"{args.output} exists; use --force to overwrite it"
    if args.boot < 1:
        return "--boot must be at least 1"
    names = [m.strip() for m in args.metrics.split(",") if m.strip()] or None
    tables = analyze_corpus(args.inputs, text_column=args.text_column)
    if tables.articles["error"].notna().all():
        return "no article could be analysed"
    try:
        out = compare(tables, by=args.by, metrics=names, n_boot=args.boot, seed=args.seed)
    except ValueError as exc:
        return str(exc)
    # four decimals: the bootstrap's resolution, without binary noise (0.0333336000000001)
    text = out.to_csv(index=False, float_format="%.4f")
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(args.output, text)
    return None

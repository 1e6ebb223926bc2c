"""What the report notebook shows, for one article or several compared.

The report notebook (``mediakit/data/report.ipynb``) stays thin: it calls
:func:`load_articles`, then the pieces here.  Each piece is plain HTML (every
piece of article text escaped), a pandas Styler, or a plot shown as a PNG whose
``alt`` text says what the plot shows, drawn on its own :class:`matplotlib.figure.Figure`
so that no matplotlib backend (``MPLBACKEND=Agg``, a GUI one, none) changes the
report.  Metric meanings come from one function, :func:`metric_meaning`.
"""

from __future__ import annotations

import base64
import io
import json
import re
import warnings
from collections.abc import Callable, Hashable, Sequence
from dataclasses import asdict, dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediakit._analysis import Analysis, analyze
from mediakit._compiled import compile_pattern
from mediakit._corpus import seed_path
from mediakit._display import analysis_html, format_value
from mediakit._ingest import is_url
from mediakit._parse import parse
from mediakit._report_plots import PLOT_SPECS
from mediakit._text import Metadata
from mediakit.metrics import METRICS
from mediakit.plotting import DPI, distinct_labels

if TYPE_CHECKING:
    import pandas as pd
    from pandas.io.formats.style import Styler

__all__ = [
    "KEY_METRICS",
    "PLOTS",
    "ReportArticle",
    "article_details_html",
    "article_labels",
    "comparison_styler",
    "comparison_table",
    "load_articles",
    "metric_meaning",
    "metrics_html",
    "overview_html",
    "plot_png",
    "show_plot",
]

#: The metrics a reader compares first, in this order (the comparison table's key columns).
KEY_METRICS: tuple[str, ...] = (
    "words",
    "sources",
    "quotes",
    "attributions",
    "direct_share",
    "reported_share",
    "narration_share",
    "attributed_sentence_share",
    "emotive_words_per_1000_words",
    "mean_compound",
    "hedges_per_1000_words",
    "boosters_per_1000_words",
    "flesch_reading_ease",
)
_HASHLIKE = compile_pattern(r"(?:\d+_)?[0-9a-f]{8,}", re.IGNORECASE)
_LABEL_MAX = 48


@dataclass(frozen=True)
class ReportArticle:
    """One article of a report: its label (a title or short file name), its analysis and
    what reading it said (a guessed encoding)."""

    label: str
    analysis: Analysis
    read_warnings: tuple[str, ...] = ()


def metric_meaning(name: str) -> tuple[str, str]:
    """A summary metric's definition and what a higher value means, in plain words.

    The one place the report reads the metric reference (``mediakit.metrics``);
    ``("", "")`` for a name it does not document.
    """
    d = METRICS.get(name)
    return (d.definition, d.direction) if d is not None else ("", "")


# ---------------------------------------------------------------- articles


def _cut(text: str, n: int = _LABEL_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _label(a: Analysis) -> str:
    md = a.metadata
    if md.title:
        return _cut(md.title)
    if md.path == "-":
        return "standard input"
    if md.path:
        name = md.path.rstrip("/").rsplit("/", 1)[-1] if is_url(md.path) else Path(md.path).name
        if name and not _HASHLIKE.fullmatch(Path(name).stem):
            return _cut(name)
    if a.sentences:  # no title, no readable file name: the article's first words
        return _cut(" ".join(a.sentences[0].text.split()[:8]), 40)
    return "article"


def article_labels(analyses: Sequence[Analysis]) -> list[str]:
    """One label per article: its title, else its file name, else its first words (a file
    name that is only a hash says nothing); repeated labels get " (2)", " (3)" ..."""
    return distinct_labels(_label(a) for a in analyses)


def load_articles(
    articles: str | None = None,
    *,
    path: str | None = None,
    name: str | None = None,
    read_warnings: Sequence[str] = (),
) -> list[ReportArticle]:
    """The report's articles.

    ``articles``: a JSON file written by :func:`mediakit._report.build_report` (a list of
    ``{"text", "metadata", "warnings"}``, the articles as it read them).  Without it, the
    article at ``path`` (None: the seed), read as :func:`mediakit.analyze` reads it, its
    encoding warning kept for the header; ``name`` overrides its recorded path.
    """
    if articles is not None:
        rows = json.loads(Path(articles).read_text(encoding="utf-8"))
        analyses = [analyze(parse(r["text"], Metadata(**r["metadata"]))) for r in rows]
        notes = [tuple(r["warnings"]) for r in rows]
    else:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnicodeWarning)
            a = analyze(Path(path) if path is not None else seed_path(), path=name)
        read = [str(w.message) for w in caught if issubclass(w.category, UnicodeWarning)]
        analyses, notes = [a], [(*read_warnings, *read)]
    labels = article_labels(analyses)
    return [ReportArticle(lab, a, n) for lab, a, n in zip(labels, analyses, notes, strict=True)]


def articles_json(analyses: Sequence[Analysis], notes: Sequence[Sequence[str]]) -> str:
    """The JSON :func:`load_articles` reads: each article's text, metadata and read warnings."""
    rows = [
        {"text": a.text, "metadata": asdict(a.metadata), "warnings": list(n)}
        for a, n in zip(analyses, notes, strict=True)
    ]
    return json.dumps(rows, ensure_ascii=False)


# ---------------------------------------------------------------- header and articles


def _file_name(md: Metadata) -> str:
    if not md.path:
        return "—"
    return md.path if is_url(md.path) or md.path == "-" else Path(md.path).name


def header_html(item: ReportArticle) -> str:
    """One article's metadata as an HTML table, with the warnings of reading and analysing it."""
    a = item.analysis
    md = a.metadata
    rows = [
        ("title", md.title or "—"),
        ("date", md.date or (md.date_raw and f"{md.date_raw} (not an ISO date)") or "—"),
        ("file", _file_name(md)),
        ("words", f"{a.words} ({a.story_words} story words)"),
        ("sentences", str(len(a.sentences))),
        ("paragraphs", str(len(a.paragraphs))),
    ]
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    warn = "".join(
        f"<p><strong>Warning:</strong> {escape(w)}</p>" for w in (*item.read_warnings, *a.warnings)
    )
    return f'<table class="mediakit-report-meta">{body}</table>{warn}'


def overview_html(items: Sequence[ReportArticle], *, version: str) -> str:
    """The report's header: one article's metadata, or a table of the articles compared."""
    if len(items) == 1:
        return header_html(items[0]) + f"<p><small>mediakit {escape(version)}</small></p>"
    head = "<tr><th>article</th><th>date</th><th>file</th><th>words</th><th>sentences</th></tr>"
    rows = "".join(
        f"<tr><td>{escape(i.label)}</td><td>{escape(i.analysis.metadata.date or '—')}</td>"
        f"<td>{escape(_file_name(i.analysis.metadata))}</td><td>{i.analysis.words}</td>"
        f"<td>{len(i.analysis.sentences)}</td></tr>"
        for i in items
    )
    warn = "".join(
        f"<p><strong>Warning ({escape(i.label)}):</strong> {escape(w)}</p>"
        for i in items
        for w in (*i.read_warnings, *i.analysis.warnings)
    )
    return (
        f"<p>{len(items)} articles compared (mediakit {escape(version)}).</p>"
        f'<table class="mediakit-report-articles"><thead>{head}</thead>'
        f"<tbody>{rows}</tbody></table>{warn}"
    )


def article_details_html(item: ReportArticle, *, open_: bool = False, header: bool = True) -> str:
    """The article, every label marked, in a collapsible section titled with its label
    (``open_``: shown open; ``header``: its metadata table first)."""
    meta = header_html(item) if header else ""
    return (
        f'<details class="mediakit-report-article"{" open" if open_ else ""}>'
        f"<summary><strong>{escape(item.label)}</strong></summary>"
        f"{meta}{analysis_html(item.analysis)}</details>"
    )


# ---------------------------------------------------------------- tables


def comparison_table(items: Sequence[ReportArticle]) -> pd.DataFrame:
    """One row per article: its label, then every summary metric, the key ones first
    (:data:`KEY_METRICS`); counts are integers (``Int64``: missing stays missing)."""
    import pandas as pd

    names = list(items[0].analysis.metrics) if items else list(METRICS)
    order = [*(k for k in KEY_METRICS if k in names), *(k for k in names if k not in KEY_METRICS)]
    df = pd.DataFrame(
        [{"article": i.label, **{k: i.analysis.metrics.get(k) for k in order}} for i in items],
        columns=["article", *order],
    )
    for k in order:
        df[k] = df[k].astype("Int64" if _is_count(k) else "Float64")
    return df


def _is_count(name: str) -> bool:
    """Whether a metric is a whole count (its function returns ``int``)."""
    m = METRICS.get(name)
    return m is not None and m.kind == "int"


def _is_share(name: str) -> bool:
    return name.endswith("_share")


def comparison_styler(items: Sequence[ReportArticle]) -> Styler:
    """The key columns of :func:`comparison_table`, styled for reading: counts as whole
    numbers, shares as percentages with a bar (0 to 100%), article labels escaped."""
    df = comparison_table(items)[["article", *KEY_METRICS]]
    fmt: dict[Any, str | Callable[[object], str] | None] = {}
    for k in KEY_METRICS:
        if _is_count(k):
            fmt[k] = "{:d}"
        elif _is_share(k):
            fmt[k] = "{:.0%}"
        elif k == "mean_compound":
            fmt[k] = "{:+.2f}"
        else:
            fmt[k] = "{:.1f}"
    shares: list[Hashable] = [k for k in KEY_METRICS if _is_share(k)]
    styler = (
        df.style.set_uuid("mediakit-comparison")
        .hide(axis="index")
        .format(fmt, na_rep="—")
        .format(subset=["article"], escape="html")
        .format_index(lambda c: str(c).replace("_", " "), axis=1)
        .bar(subset=shares, vmin=0.0, vmax=1.0, color="#b9d4ea", props="width: 4em;")
        .set_table_attributes('class="mediakit-report-comparison"')
    )
    return styler


def metrics_html(items: Sequence[ReportArticle]) -> str:
    """Every summary metric: its value in each article, what a higher value means and its
    definition, as an HTML table (one column of values per article)."""
    if not items:
        return ""
    heads = "".join(f"<th>{escape(i.label)}</th>" for i in items)
    rows = []
    for k in items[0].analysis.metrics:
        definition, higher = metric_meaning(k)
        values = "".join(f"<td>{escape(_value(k, i.analysis.metrics[k]))}</td>" for i in items)
        rows.append(
            f"<tr><th><code>{escape(k)}</code></th>{values}<td>{escape(higher)}</td>"
            f"<td>{escape(definition)}</td></tr>"
        )
    return (
        '<table class="mediakit-report-metrics"><thead><tr><th>metric</th>'
        f"{heads}<th>higher means</th><th>definition</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _value(name: str, v: object) -> str:
    if v is None:
        return "—"
    if _is_share(name) and isinstance(v, float):
        return f"{v:.1%}"
    return format_value(v)


# ---------------------------------------------------------------- plots


def plot_png(kind: str, items: Sequence[ReportArticle]) -> tuple[bytes, str]:
    """The plot ``kind`` (a key of :data:`PLOTS`) of the articles as PNG bytes, with the
    alt text that says what it shows."""
    if kind not in PLOT_SPECS:
        raise ValueError(f"unknown plot {kind!r}; one of {', '.join(PLOT_SPECS)}")
    draw, alt = PLOT_SPECS[kind]
    fig = draw(items)
    buf = io.BytesIO()
    # the plots' own dpi (mediakit.plotting.DPI): an 8-inch figure is 960 px wide
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight")
    return buf.getvalue(), alt(items)


def show_plot(kind: str, items: Sequence[ReportArticle]) -> None:
    """Display the plot ``kind`` in the notebook as a PNG with its alt text (nbconvert
    writes it into the ``<img alt=...>`` of the HTML report)."""
    from IPython.display import display

    png, alt = plot_png(kind, items)
    data = {"image/png": base64.b64encode(png).decode("ascii"), "text/plain": alt}
    display(data, raw=True, metadata={"image/png": {"alt": alt}})  # type: ignore[no-untyped-call]


#: The report's plots, in the order it shows them.
PLOTS: tuple[str, ...] = tuple(PLOT_SPECS)

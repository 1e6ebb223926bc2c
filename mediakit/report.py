"""The HTML report of one or several articles, as ``mediakit report A.txt B.txt -o
report.html`` makes it, and the pieces its notebook template
(``mediakit/data/report.ipynb``) is built from.

>>> from mediakit import report
>>> report.build_report(["a.txt", "b.txt"], "report.html")  # doctest: +SKIP

Building a report needs the notebooks extra (``pip install "mediakit[notebooks]"``);
without it :func:`build_report` raises :class:`ReportError` naming the extra.
"""

from __future__ import annotations

from mediakit._report import (
    MAX_ARTICLES,
    ReportError,
    build_report,
    footer_html,
    read_articles,
    report_notebook,
)
from mediakit._report_view import (
    PLOTS,
    ReportArticle,
    article_details_html,
    comparison_styler,
    comparison_table,
    load_articles,
    metrics_html,
    overview_html,
    show_plot,
)

__all__ = [
    "MAX_ARTICLES",
    "PLOTS",
    "ReportArticle",
    "ReportError",
    "article_details_html",
    "build_report",
    "comparison_styler",
    "comparison_table",
    "footer_html",
    "load_articles",
    "metrics_html",
    "overview_html",
    "read_articles",
    "report_notebook",
    "show_plot",
]

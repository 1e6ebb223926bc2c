"""Reproducible HTML reports: a parameterised notebook, executed and converted.

``mediakit report [PATH ...] [-o report.html] [--force]`` reads the articles once
with the reader of ``mediakit analyze`` (:func:`read_articles`; none given: the seed
article), runs the bundled notebook ``mediakit/data/report.ipynb`` with papermill in a
fresh kernel (its ``articles`` parameter names a JSON file of the articles read) and
converts the result with nbconvert's ``basic`` template, code cells left out, into one
standalone HTML page: plots are inline PNG with alt text, and the page loads no
script, style sheet or font from anywhere (it renders offline).

The notebook shows the pieces of :mod:`mediakit._report_view` (one article or several
compared) and :func:`footer_html`; every piece of article text is escaped.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from html import escape
from importlib.resources import as_file, files
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mediakit._analysis import Analysis, analyze, require_words
from mediakit._atomic import write_text_atomic
from mediakit._corpus import seed_path
from mediakit._display import VIEW_KINDS, format_value
from mediakit._ingest import is_url, iter_inputs, load
from mediakit._palette import light_view_css
from mediakit._parse import parse
from mediakit._report_view import article_labels, articles_json, metric_meaning
from mediakit._version import __version__
from mediakit.metrics import METRICS

if TYPE_CHECKING:
    from nbformat import NotebookNode

__all__ = [
    "MAX_ARTICLES",
    "METRIC_DEFINITIONS",
    "ReportError",
    "build_report",
    "footer_html",
    "header_html",
    "metrics_html",
    "read_articles",
    "render_html",
    "report_notebook",
]

#: One-line definition of each summary metric (the docstring of its function in
#: ``mediakit.metrics``, which ``docs/metrics.md`` is generated from).
METRIC_DEFINITIONS: dict[str, str] = {name: metric_meaning(name)[0] for name in METRICS}

_CSS = """
:root { color-scheme: light; }
html { background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 60em; padding: 0 1em; color: #222; line-height: 1.45; }
h1, h2 { font-family: Georgia, serif; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 1.6em; }
img { max-width: 100%; height: auto; display: block; margin: .6em 0; }
table { border-collapse: collapse; font-size: 90%; }
th, td { border-bottom: 1px solid #e4e4e4; padding: .25em .6em; vertical-align: top; }
th { text-align: left; }
.jp-InputPrompt, .jp-OutputPrompt, .prompt, .input_prompt, .output_prompt { display: none; }
pre { white-space: pre-wrap; }
.anchor-link { display: none; }
details { margin: .8em 0; border: 1px solid #e4e4e4; padding: .4em .8em; }
summary { cursor: pointer; }
.mediakit-report-comparison { display: block; overflow-x: auto; max-width: 100%; font-size: 85%; }
.mediakit-report-comparison th { vertical-align: bottom; }
.mediakit-report-comparison td:first-child { min-width: 12em; }
""" + light_view_css(VIEW_KINDS, ".mediakit-report")
# The report is a light page in any colour scheme (its plots are drawn on white), so its
# article view keeps the light colours where the system asks for dark ones.


class ReportError(Exception):
    """A report that cannot be made (the message says why and what to do)."""


def report_notebook() -> Path:
    """Path of the report's source notebook (open it in JupyterLab to edit the report)."""
    with as_file(files("mediakit").joinpath("data/report.ipynb")) as p:
        return Path(p)


# ---------------------------------------------------------------- pieces the notebook shows


def header_html(a: Analysis, *, read_warnings: Sequence[str] = ()) -> str:
    """The article's metadata as an HTML block, with the analysis' warnings and those of
    reading it (``read_warnings``: a guessed encoding, when the report read it first)."""
    md = a.metadata
    rows = [
        ("title", md.title or "—"),
        ("date", md.date or (md.date_raw and f"{md.date_raw} (not an ISO date)") or "—"),
        ("file", (md.path if is_url(md.path) else Path(md.path).name) if md.path else "—"),
        ("words", f"{a.words} ({a.story_words} story words)"),
        ("sentences", str(len(a.sentences))),
        ("paragraphs", str(len(a.paragraphs))),
        ("mediakit", __version__),
    ]
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    warn = "".join(
        f"<p><strong>Warning:</strong> {escape(w)}</p>" for w in (*read_warnings, *a.warnings)
    )
    return f'<table class="mediakit-report-meta">{body}</table>{warn}'


def metrics_html(a: Analysis) -> str:
    """The summary metrics with their values and definitions, as an HTML table."""
    rows = "".join(
        f"<tr><th><code>{escape(k)}</code></th><td>{escape(format_value(v))}</td>"
        f"<td>{escape(METRIC_DEFINITIONS.get(k, ''))}</td></tr>"
        for k, v in a.metrics.items()
    )
    return (
        '<table class="mediakit-report-metrics"><thead><tr><th>metric</th><th>value</th>'
        f"<th>definition</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def footer_html(a: Analysis) -> str:
    """A footer naming the mediakit version and the report's source notebook."""
    return (
        f"<p><small>Made by mediakit {escape(__version__)} from the notebook "
        "<code>mediakit/data/report.ipynb</code> (papermill, nbconvert). Every label and "
        "score comes from documented rules; see <code>docs/metrics.md</code>.</small></p>"
    )


# ---------------------------------------------------------------- building


def render_html(nb: NotebookNode, *, title: str) -> str:
    """Convert an executed notebook to one standalone, script-free HTML page (no code cells)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(  # type: ignore[no-untyped-call]
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _resources = exporter.from_notebook_node(nb)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="mediakit {escape(__version__)}">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f'<body class="mediakit-report">\n{body}\n</body>\n</html>\n'
    )


def _quiet_kernel_manager(log: IO[bytes]) -> type:
    """A kernel manager for one report run: local IPC sockets, kernel stderr sent to ``log``.

    IPC keeps the kernel off the network and avoids ipykernel's warning about
    unencrypted TCP; the kernel's own log lines (such as the "KeyboardInterrupt
    caught in kernel" that jupyter_client's interrupt-before-shutdown can cause)
    go to ``log``, whose tail is shown only if the report fails.
    """
    from jupyter_client.manager import AsyncKernelManager

    class _ReportKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("transport", "ipc")
            super().__init__(**kwargs)

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            kw.setdefault("stderr", log)  # passed on to Popen (documented **kw)
            # the report's plots are inline images whatever backend the environment
            # names (MPLBACKEND=Agg on servers and CI would draw them nowhere)
            env = dict(kw.get("env") or os.environ)
            env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
            kw["env"] = env
            await super().start_kernel(**kw)

    return _ReportKernelManager


#: The most articles one report compares (more is a corpus: ``mediakit analyze``).
MAX_ARTICLES = 12


def read_articles(
    paths: Sequence[str | os.PathLike[str]],
) -> tuple[list[Analysis], list[list[str]]]:
    """The articles at ``paths`` (files, URLs, ``-`` for standard input, and whatever else
    ``mediakit analyze`` reads: folders, globs, CSV/JSONL/Parquet rows), read once by the
    same reader, analysed, with what reading each said (a guessed encoding).

    Raises :class:`mediakit.ArticleError` (an article that cannot be read or is empty) or
    :class:`ReportError` (more than :data:`MAX_ARTICLES`).
    """
    inputs = [p if isinstance(p, os.PathLike) or is_url(p) or p == "-" else Path(p) for p in paths]
    analyses: list[Analysis] = []
    notes: list[list[str]] = []
    for n, src in enumerate(iter_inputs(inputs)):
        if n == MAX_ARTICLES:
            raise ReportError(
                f"a report compares at most {MAX_ARTICLES} articles; for a corpus use "
                "`mediakit analyze PATH... --format csv`"
            )
        art = load(src)
        md = art.metadata
        if md.path is None or art.id.startswith(f"{md.path}#"):  # a page, stdin, a table row
            md = replace(md, path=art.id)
        analyses.append(require_words(analyze(parse(art.text, md)), art.id))
        notes.append(list(art.warnings))
    return analyses, notes


def build_report(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None,
    output: str | os.PathLike[str] = "report.html",
    *,
    force: bool = False,
    timeout: int = 600,
) -> Path:
    """Execute the report notebook for the articles at ``paths`` (one or several; None or
    empty: the seed) and write standalone HTML comparing them.

    Refuses to overwrite ``output`` unless ``force``; writes atomically.  Raises
    :class:`ReportError` or :class:`mediakit.ArticleError` for user errors.
    """
    out = Path(output)
    if out.exists() and not force:
        raise ReportError(f"{out}: already exists; use --force to overwrite it")
    if out.is_dir():
        raise ReportError(f"{out}: is a directory; give a file name such as report.html")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise ReportError(f"{out}: the folder {parent} does not exist")
    if paths is None or isinstance(paths, (str, os.PathLike)):
        paths = [] if paths is None else [paths]
    analyses, notes = read_articles(list(paths) or [seed_path()])

    try:
        import nbconvert  # noqa: F401  (render_html needs it: checked before the run)
        import nbformat
        import papermill  # type: ignore[import-untyped]
        from papermill.exceptions import PapermillExecutionError  # type: ignore[import-untyped]
    except ModuleNotFoundError as exc:
        raise ReportError(
            f"the report needs {exc.name}, which is not installed: "
            'pip install "mediakit[notebooks]"'
        ) from None

    labels = article_labels(analyses)
    title = labels[0] if len(labels) == 1 else f"{len(labels)} articles compared"
    with tempfile.TemporaryDirectory(prefix="mediakit-report-") as tmp:
        executed = Path(tmp) / "report.ipynb"
        log_path = Path(tmp) / "kernel.log"
        data = Path(tmp) / "articles.json"
        data.write_text(articles_json(analyses, notes), encoding="utf-8")
        params: dict[str, Any] = {"articles": str(data)}
        with log_path.open("wb") as log:
            try:
                papermill.execute_notebook(
                    str(report_notebook()),
                    str(executed),
                    parameters=params,
                    kernel_name="python3",
                    progress_bar=False,
                    cwd=tmp,
                    execution_timeout=timeout,
                    kernel_manager_class=_quiet_kernel_manager(log),
                )
            except PapermillExecutionError as exc:
                raise ReportError(
                    f"the report notebook failed in cell {exc.exec_count}: "
                    f"{exc.ename}: {exc.evalue}"
                ) from None
            except RuntimeError as exc:  # the kernel died or never started
                tail = log_path.read_text(encoding="utf-8", errors="replace").strip()
                last = tail.splitlines()[-1] if tail else ""
                raise ReportError(f"the report kernel failed: {exc} {last}".strip()) from None
        nb = nbformat.read(executed, as_version=4)  # type: ignore[no-untyped-call]
    write_text_atomic(out, render_html(nb, title=f"mediakit report — {title}"))
    return out

"""Reproducible HTML reports: a parameterised notebook, executed and converted.

``mediakit report [PATH] [-o report.html] [--force]`` runs the bundled notebook
``mediakit/data/report.ipynb`` with papermill in a fresh kernel (its
``parameters`` cell has ``path = None``, meaning the seed article) and converts
the result with nbconvert's ``basic`` template, code cells left out, into one
standalone HTML page: plots are inline PNG, and the page loads no script,
style sheet or font from anywhere (it renders offline).

The notebook calls :func:`header_html`, :func:`metrics_html` and
:func:`footer_html` from here; every piece of article text is escaped.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Sequence
from html import escape
from importlib.resources import as_file, files
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mediakit._analysis import Analysis, analyze
from mediakit._atomic import write_text_atomic
from mediakit._display import format_value
from mediakit._ingest import is_url, read_article
from mediakit._text import ArticleError
from mediakit._version import __version__
from mediakit.metrics import METRICS

if TYPE_CHECKING:
    from nbformat import NotebookNode

__all__ = [
    "METRIC_DEFINITIONS",
    "ReportError",
    "build_report",
    "footer_html",
    "header_html",
    "metrics_html",
    "render_html",
    "report_notebook",
]

#: One-line definition of each summary metric (the docstring of its function in
#: ``mediakit.metrics``, which ``docs/metrics.md`` is generated from).
METRIC_DEFINITIONS: dict[str, str] = {name: d.definition for name, d in METRICS.items()}

_CSS = """
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
"""


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


def build_report(
    path: str | os.PathLike[str] | None = None,
    output: str | os.PathLike[str] = "report.html",
    *,
    force: bool = False,
    timeout: int = 600,
) -> Path:
    """Execute the report notebook for ``path`` (None: the seed) and write standalone HTML.

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
    article: str | None = None
    text: str | None = None  # the article of a URL, fetched once, analysed from a copy
    read_notes: list[str] = []  # how it was read (a guessed encoding)
    if path is not None:
        loc = os.fspath(path)
        url = is_url(loc)
        once = url or loc == "-"  # read here once: a page, or standard input
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnicodeWarning)  # shown in the report's header
            # read as `mediakit analyze` reads it: ArticleError for what it refuses
            if loc == "-":  # standard input: a str "-" for the reader, never a file "-"
                art = read_article(loc)
                a = Analysis(art.text, art.metadata)
                read_notes = list(art.warnings)
            else:
                a = analyze(loc if url else Path(loc))
        if a.words == 0:
            raise ArticleError(f"{loc}: the article is empty (no words after any metadata line)")
        if loc != "-":
            read_notes = [str(w.message) for w in caught if w.category is UnicodeWarning]
        article = loc if once else str(Path(loc).resolve())
        text = a.text if once else None
        title = a.metadata.title or (loc if once else Path(loc).name)
    else:
        title = "seed article"

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

    with tempfile.TemporaryDirectory(prefix="mediakit-report-") as tmp:
        executed = Path(tmp) / "report.ipynb"
        log_path = Path(tmp) / "kernel.log"
        params: dict[str, Any] = {"path": article, "name": None, "read_warnings": []}
        if text is not None:  # a page or stdin: the notebook reads the text read here
            copy = Path(tmp) / "article.txt"
            copy.write_text(text, encoding="utf-8")
            params = {"path": str(copy), "name": article, "read_warnings": read_notes}
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

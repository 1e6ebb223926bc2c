"""Set-up files stay in step, and nothing reaches for the network."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(req: str) -> str:
    return re.split(r"[<>=!~\[ ;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _spec(req: str) -> str:
    return re.sub(r"\s+", "", req[len(_name(req)) :].split(";")[0])


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in ("notebooks", "corpus", "excel", "test"):
        reqs += [r for r in project["optional-dependencies"][extra] if not r.startswith("mediakit")]
    want = {_name(r): _spec(r) for r in reqs}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    have = {_name(d).replace("vadersentiment", "vadersentiment"): _spec(d) for d in conda}
    have.pop("python")
    have.pop("pip")
    want_lower = {k.lower(): v for k, v in want.items()}
    assert have == want_lower
    assert any(isinstance(d, dict) and "-e ." in d.get("pip", []) for d in env["dependencies"])


def test_textstat_is_pinned_to_the_last_offline_release() -> None:
    # 0.7.9+ downloads NLTK's cmudict; before 0.7.8 syllables are counted
    # differently (pyphen only), so readability scores would shift.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (ts,) = [r for r in project["dependencies"] if r.startswith("textstat")]
    assert ts == "textstat==0.7.8"
    assert importlib.metadata.version("textstat") == "0.7.8"


OFFLINE = r"""
import socket, sys
class NoNetwork(OSError):
    pass
def refuse(*a, **k):
    raise NoNetwork("network access attempted: " + repr(a[:2]))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import mediakit, textstat
a = mediakit.analyze(mediakit.seed_path())
assert a.metrics["flesch_reading_ease"] is not None
assert textstat.syllable_count("extraordinary") > 3
from mediakit.cli import main
sys.exit(main(["analyze", "--format", "json", "-o", sys.argv[1]]))
"""


def test_analysis_and_cli_work_with_the_network_unavailable(tmp_path: Path) -> None:
    """With every socket connection refused (and, where possible, in a new network
    namespace with no interfaces), the analysis and textstat still work."""
    out = tmp_path / "out.json"
    cmd = [sys.executable, "-c", OFFLINE, str(out)]
    unshare = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if unshare.returncode == 0:
        cmd = ["unshare", "-rn", *cmd]
    r = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk")},
    )
    assert r.returncode == 0, r.stderr
    assert out.exists()
    assert not (tmp_path / "nltk").exists()


def test_a_text_analysis_does_not_import_pandas() -> None:
    """pandas is imported on first use (mediakit/_lazy.py): importing mediakit and running
    `mediakit analyze` with text output never builds a DataFrame, so never imports it;
    a table does."""
    code = (
        "import sys, io, contextlib\n"
        "import mediakit\n"
        "from mediakit.cli import main\n"
        "assert 'pandas' not in sys.modules, 'import mediakit imported pandas'\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['analyze', str(mediakit.seed_path())])\n"
        "assert 'pandas' not in sys.modules, 'a text analysis imported pandas'\n"
        "t = mediakit.analyze(mediakit.seed_path()).sentence_table()\n"
        "assert 'pandas' in sys.modules and len(t) > 0\n"
        "import pandas\n"
        "assert isinstance(t, pandas.DataFrame)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_a_one_article_command_imports_only_what_it_needs() -> None:
    """`mediakit analyze FILE` (text output) does not import what only other inputs or
    outputs need (issue 11, start-up): urllib.request (a URL), multiprocessing (--jobs),
    pandas, numpy and matplotlib (tables, plots), orjson (JSON), textstat, cmudict and
    importlib.metadata (syllables come from mediakit's tables, mediakit/_readability.py);
    a URL fetch still works without them imported beforehand (tests/test_ingest.py
    fetches from a local server)."""
    code = (
        "import sys, io, contextlib\n"
        "import mediakit\n"
        "from mediakit.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['analyze', str(mediakit.seed_path())])\n"
        "heavy = ['urllib.request', 'http.client', 'multiprocessing', 'pandas', 'numpy',\n"
        "         'matplotlib', 'textstat', 'cmudict', 'importlib.metadata', 'email',\n"
        "         'orjson']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_the_version_is_pyprojects() -> None:
    """mediakit.__version__ is a literal (no importlib.metadata at start): it must be
    the version pyproject.toml declares."""
    import tomllib

    import mediakit

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    with pyproject.open("rb") as fh:
        assert mediakit.__version__ == tomllib.load(fh)["project"]["version"]


def test_one_lexicon_loader_lists_and_reads_every_data_file() -> None:
    """mediakit.lexicons lists every data file mediakit ships (but the report notebook
    and the sample articles), reads each, and each opens with its provenance."""
    from importlib.resources import files

    import mediakit.lexicons as lx

    data = files("mediakit").joinpath("data")
    shipped = {p.name for p in data.iterdir() if p.is_file() and p.name != "report.ipynb"} | {
        f"emotive/{p.name}" for p in data.joinpath("emotive").iterdir() if p.name != "PROVENANCE.md"
    }
    assert {lx._FILES[n] for n in lx.names()} == shipped
    for name in lx.names():
        assert lx.read(name).strip()
        assert len(lx.provenance(name)) > 40, f"{name} has no provenance note"
        if name != "vader_rules":
            assert lx.rows(name) and all(all(f for f in row) for row in lx.rows(name))
    with pytest.raises(ValueError, match="no lexicon 'nope'; the lexicons are: abbreviations"):
        lx.read("nope")

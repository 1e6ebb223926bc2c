"""The notebooks and classroom exercises: twins in sync, clean stored outputs, nbgrader
markup, and student versions that stop at the first answer cell.

The notebooks themselves are executed by nbval (``testpaths`` includes
``notebooks``; ``addopts`` has ``--nbval-lax``): cells marked
``# NBVAL_CHECK_OUTPUT`` must reproduce their stored output.
"""

from __future__ import annotations

import copy
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ALL = sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
EXERCISES = sorted((NOTEBOOKS / "exercises").glob("*.ipynb"))
TOP = sorted(NOTEBOOKS.glob("*.ipynb"))
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


def _id(p: Path) -> str:
    return str(p.relative_to(NOTEBOOKS))


def _read(p: Path) -> Any:
    return nbformat.read(p, as_version=4)


def test_expected_notebooks_exist() -> None:
    assert [p.name for p in TOP] == [
        "01_rhetoric.ipynb",
        "02_sourcing.ipynb",
        "03_comparing_framings.ipynb",
        "04_check_the_coder.ipynb",
        "05_sources_over_time.ipynb",
    ]
    assert len(EXERCISES) >= 3


def test_pytest_runs_the_notebooks() -> None:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    opts = conf["tool"]["pytest"]["ini_options"]
    assert "notebooks" in opts["testpaths"]
    assert "--nbval-lax" in opts["addopts"]
    cfg = re.search(r"--nbval-sanitize-with\s+(\S+)", opts["addopts"])
    assert cfg and (ROOT / cfg.group(1)).is_file()


# ---------------------------------------------------------------- jupytext twins


def _cells(nb: Any) -> list[tuple[str, str, str]]:
    return [
        (c.cell_type, c.source.strip(), json.dumps(c.metadata.get("nbgrader"), sort_keys=True))
        for c in nb.cells
    ]


@pytest.mark.parametrize("path", ALL, ids=_id)
def test_py_percent_twin_in_sync(path: Path) -> None:
    twin = path.with_suffix(".py")
    assert twin.is_file(), f"{twin.name} is missing: run `jupytext --sync {path}`"
    nb, py = jupytext.read(path), jupytext.read(twin)
    assert py.metadata["jupytext"]["text_representation"]["format_name"] == "percent"
    assert "py:percent" in nb.metadata["jupytext"]["formats"]
    assert _cells(nb) == _cells(py), (
        f"{path.name} and {twin.name} differ: edit one, then `jupytext --sync {path}`"
    )


# ---------------------------------------------------------------- stored outputs


@pytest.mark.parametrize("path", ALL, ids=_id)
def test_outputs_stored_from_a_fresh_kernel(path: Path) -> None:
    nb = _read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), (
        "re-run the notebook top to bottom in a fresh kernel before committing"
    )
    for c in code:
        for o in c.outputs:
            assert o.output_type != "error", f"stored error output: {o.get('ename')}"
            assert not (o.output_type == "stream" and o.name == "stderr"), (
                f"stored stderr output: {o.text[:200]}"
            )
    # slide-ready plots (>= 900 px wide) are 75-140 kB each as stored PNG; the
    # comparison notebook holds six of them for five articles
    limit = 600_000 if path.name.startswith("03_") else 400_000
    assert path.stat().st_size < limit, "keep stored outputs small"
    shown = [o.get("data", {}).get("text/html", "") for c in code for o in c.outputs]
    assert not any(str(ROOT) in h for h in shown), (
        "a stored HTML output shows a local path of this machine"
    )


@pytest.mark.parametrize("path", TOP, ids=_id)
def test_checked_cells_have_outputs(path: Path) -> None:
    checked = [
        c for c in _read(path).cells if c.cell_type == "code" and "NBVAL_CHECK_OUTPUT" in c.source
    ]
    assert checked, "mark the cells whose printed numbers matter with # NBVAL_CHECK_OUTPUT"
    assert all(c.outputs for c in checked)


@pytest.mark.parametrize("path", ALL, ids=_id)
def test_data_found_through_the_package(path: Path) -> None:
    src = "\n".join(c.source for c in _read(path).cells if c.cell_type == "code")
    assert "seed_path" in src or "seed_paths" in src or "sample_corpus" in src
    for bad in ("../", "seeds/", "open(", "chdir", "os.getcwd", "Path.cwd", "http://", "https://"):
        assert bad not in src, f"{bad!r}: notebooks find their data through mediakit"


# ---------------------------------------------------------------- exercises (nbgrader)


def strip_solutions(nb: Any) -> Any:
    """The student version, as ``nbgrader generate_assignment`` makes it.

    In code cells, each region from ``### BEGIN SOLUTION`` to ``### END SOLUTION``
    becomes ``# YOUR CODE HERE`` + ``raise NotImplementedError()`` (same indent), and
    each region from ``### BEGIN HIDDEN TESTS`` to ``### END HIDDEN TESTS`` is removed
    with its markers; all outputs are cleared. tests/test_exercises.py checks that
    this emulation gives the same cells as nbgrader itself.
    """
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.outputs = []
        cell.execution_count = None
        if BEGIN in cell.source or HIDDEN_BEGIN in cell.source:
            cell.source = _strip_regions(cell.source)
    return nb


def _strip_regions(source: str) -> str:
    out: list[str] = []
    inside: str | None = None
    for line in source.splitlines():
        stripped = line.strip()
        if stripped in (BEGIN, HIDDEN_BEGIN):
            assert inside is None, f"{stripped} inside another region"
            inside = stripped
            if stripped == BEGIN:
                indent = line[: len(line) - len(line.lstrip())]
                out += [f"{indent}# YOUR CODE HERE", f"{indent}raise NotImplementedError()"]
        elif stripped in (END, HIDDEN_END):
            assert inside == {END: BEGIN, HIDDEN_END: HIDDEN_BEGIN}[stripped], (
                f"{stripped} without its BEGIN"
            )
            inside = None
        elif inside is None:
            out.append(line)
    assert inside is None, f"{inside} without its END"
    return "\n".join(out)


def test_strip_solutions_replaces_only_the_marked_region() -> None:
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "x = 1\nif x:\n    ### BEGIN SOLUTION\n    y = 2\n    ### END SOLUTION\nz = 3"
            )
        ]
    )
    (cell,) = strip_solutions(nb).cells
    assert cell.source == (
        "x = 1\nif x:\n    # YOUR CODE HERE\n    raise NotImplementedError()\nz = 3"
    )
    assert "y = 2" in nb.cells[0].source  # the original is untouched


def test_strip_solutions_removes_hidden_tests_with_their_markers() -> None:
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "assert x > 0\n### BEGIN HIDDEN TESTS\nassert x == 42\n### END HIDDEN TESTS\n"
                "print('ok')"
            )
        ]
    )
    (cell,) = strip_solutions(nb).cells
    assert cell.source == "assert x > 0\nprint('ok')"


@pytest.mark.parametrize("path", EXERCISES, ids=_id)
def test_nbgrader_markup(path: Path) -> None:
    nb = _read(path)
    ids: list[str] = []
    solutions = tests = 0
    for c in nb.cells:
        meta = c.metadata.get("nbgrader")
        assert meta is not None, f"every exercise cell has nbgrader metadata: {c.source[:60]!r}"
        assert meta["schema_version"] == 3
        ids.append(meta["grade_id"])
        has_markers = BEGIN in c.source
        assert has_markers == (END in c.source)
        if meta["solution"]:
            solutions += 1
            assert c.cell_type == "code" and has_markers and not meta["locked"]
            assert not meta["grade"]
        else:
            assert not has_markers, "solution markers outside a solution cell"
        if meta["grade"]:
            tests += 1
            assert meta["points"] > 0 and meta["locked"] and c.cell_type == "code"
            visible, _, rest = c.source.partition(HIDDEN_BEGIN)
            hidden, _, after = rest.partition(HIDDEN_END)
            assert "assert" in visible, f"{meta['grade_id']}: no visible check"
            assert "assert" in hidden, f"{meta['grade_id']}: no hidden test"
            assert not after.strip(), f"{meta['grade_id']}: the hidden tests end the cell"
        else:
            assert HIDDEN_BEGIN not in c.source, "hidden tests outside a graded cell"
    assert len(ids) == len(set(ids)), "grade_id values must be unique"
    assert solutions >= 3 and tests >= 3


def _execute(nb: Any, path: Path) -> Any:
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    return client.execute()


def _error_cell(nb: Any) -> tuple[int, Any]:
    for i, c in enumerate(nb.cells):
        for o in c.get("outputs", []):
            if o.output_type == "error":
                return i, o
    raise AssertionError("no cell failed")


@pytest.mark.parametrize("path", EXERCISES, ids=_id)
def test_student_version_runs_up_to_the_first_answer(path: Path) -> None:
    student = strip_solutions(_read(path))
    for c in student.cells:
        assert BEGIN not in c.source and END not in c.source
    first = next(
        i for i, c in enumerate(student.cells) if c.metadata.get("nbgrader", {}).get("solution")
    )
    with pytest.raises(CellExecutionError) as info:
        _execute(student, path)
    assert info.value.ename == "NotImplementedError"
    index, _err = _error_cell(student)
    assert index == first, "every cell before the first answer cell must run without error"


WRONG = {
    "01_find_the_sources.ipynb": (
        'named_sources = {"Tom Ellery", "Harwick College"}',
        "is a place or an organisation",
    ),
    "02_compare_framings.ipynb": (
        'wire = mediakit.analyze(practice["102_practice_tabloid.txt"])\ntabloid = wire\n'
        "table = None",
        "wrong article",
    ),
    "03_narrator_or_quotes.ipynb": ("story = a.sentence_table()", "still has boilerplate"),
    "04_verbs_and_stance.ipynb": (
        'cues = practice["101_practice_wire.txt"].attribution_table()',
        "lacks the column(s) ['article']",
    ),
}


@pytest.mark.parametrize("path", EXERCISES, ids=_id)
def test_checks_catch_a_wrong_answer_and_teach(path: Path) -> None:
    answer, hint = WRONG[path.name]
    student = strip_solutions(_read(path))
    first = next(c for c in student.cells if c.metadata.get("nbgrader", {}).get("solution"))
    first.source = answer
    with pytest.raises(CellExecutionError) as info:
        _execute(student, path)
    assert info.value.ename == "AssertionError"
    index, err = _error_cell(student)
    assert student.cells[index].metadata["nbgrader"]["grade"], "the check cell must fail"
    assert hint in err.evalue

"""The classroom exercises as students get them and as a teacher grades them.

* The student release is built with nbgrader itself (``nbgrader generate_assignment``
  in a temporary course directory) and searched for every solution string: each
  line of the solution regions and of the hidden tests, every string the hidden
  tests and solutions use (names, reasons, accepted words), and every key/value
  pair of their dictionaries.
* Junk answers score 0: for every graded cell, the hidden tests alone, and the whole
  cell, are executed against junk (empty, wrong type, an object equal to
  everything, every possible option, a copy of the article's names, the right
  answer turned round), and must fail, while they pass with the solution.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from tests.test_notebooks import BEGIN, END, EXERCISES, HIDDEN_BEGIN, HIDDEN_END, strip_solutions

ASSIGNMENT = "exercises"

# Strings that the hidden tests or solutions use and that the task statements give
# the student (column names, the options to choose from, file names): vocabulary,
# not answers.  Each one must occur in the release's own text of that notebook
# (test_vocabulary_is_given_to_the_student), so this list cannot hide an answer.
VOCABULARY = {
    "01_find_the_sources.ipynb": {"witness", "official", "index", "content", "source_name"},
    "02_compare_framings.ipynb": {
        "101_practice_wire.txt",
        "102_practice_tabloid.txt",
        "wire",
        "tabloid",
        "emotive_sentence_share",
        "kind",
        "emotive",
        "narration",
        "voice",
        "sentence",
        "text",
    },
    "03_narrator_or_quotes.ipynb": {
        "voice",
        "boilerplate",
        "emotive",
        "index",
        "sentence",
        "kind",
        "direct",
        "narration",
        "quotes",
        "narrator",
    },
    "04_verbs_and_stance.ipynb": {
        "_practice_",
        "101_practice_wire.txt",
        "102_practice_tabloid.txt",
        "article",
        "source_name",
        "cue_lemma",
        "say",
        "tell",
        "claim",
        "admit",
        "insist",
        "fume",
        "doubt",
        "concession",
        "resistance",
        "emotion",
    },
}


def _read(p: Path) -> Any:
    return nbformat.read(p, as_version=4)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The student release made by ``nbgrader generate_assignment``, by file name."""
    course = tmp_path_factory.mktemp("course")
    source = course / "source" / ASSIGNMENT
    source.mkdir(parents=True)
    for path in EXERCISES:
        shutil.copy(path, source / path.name)
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", "generate_assignment", ASSIGNMENT, "--force",
         f"--CourseDirectory.root={course}"],
        cwd=course, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    out = course / "release" / ASSIGNMENT
    return {p.name: _read(out / p.name) for p in EXERCISES}


def _regions(source: str, begin: str, end: str) -> list[str]:
    return [m.group(1) for m in re.finditer(re.escape(begin) + r"\n(.*?)" + re.escape(end),
                                            source, flags=re.S)]  # fmt: skip


def _secret_code(nb: Any) -> list[str]:
    """Every solution region and hidden-test region of a notebook."""
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    return [
        r for s in code for r in _regions(s, BEGIN, END) + _regions(s, HIDDEN_BEGIN, HIDDEN_END)
    ]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _secret_lines(nb: Any) -> set[str]:
    """Lines of solutions and hidden tests, without blanks; short ones (``)``) skipped."""
    lines = {_squash(line) for region in _secret_code(nb) for line in region.splitlines()}
    return {line for line in lines if len(line) >= 10}


def _secret_strings(nb: Any) -> tuple[set[str], set[tuple[str, str]]]:
    """The strings the solutions and hidden tests use, and their dicts' string pairs."""
    strings: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for region in _secret_code(nb):
        for node in ast.walk(ast.parse(region)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            if isinstance(node, ast.Dict):
                for k, v in zip(node.keys, node.values, strict=True):
                    if isinstance(k, ast.Constant) and isinstance(v, ast.Constant):
                        pairs.add((str(k.value), str(v.value)))
    return strings, pairs


def _student_text(nb: Any) -> str:
    """Everything a student keeps: every cell's source and outputs, and the metadata."""
    return json.dumps({"cells": [{k: c.get(k) for k in ("source", "outputs", "metadata")}
                                 for c in nb.cells], "metadata": nb.metadata})  # fmt: skip


def _student_sources(nb: Any) -> str:
    return "\n".join(c.source for c in nb.cells)


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_release_is_what_the_emulation_makes(path: Path, release: dict[str, Any]) -> None:
    """nbgrader's release and tests/test_notebooks.strip_solutions agree cell by cell."""
    ours = strip_solutions(_read(path))
    theirs = release[path.name]
    assert [c.cell_type for c in theirs.cells] == [c.cell_type for c in ours.cells]
    for mine, real in zip(ours.cells, theirs.cells, strict=True):
        assert real.source.strip() == mine.source.strip()
        assert not real.get("outputs")


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_release_hides_every_solution(path: Path, release: dict[str, Any]) -> None:
    instructor, student = _read(path), release[path.name]
    sources = _student_sources(student)
    text = _student_text(student)
    for marker in (BEGIN, END, HIDDEN_BEGIN, HIDDEN_END):
        assert marker not in text
    assert "NotImplementedError" in sources  # the answer cells are there, emptied
    squashed = _squash(sources)
    lines = _secret_lines(instructor)
    assert len(lines) > 10
    leaked = sorted(line for line in lines if line in squashed)
    assert not leaked, f"solution or hidden-test code in the student release: {leaked}"
    strings, pairs = _secret_strings(instructor)
    answers = {s for s in strings if len(s.strip()) >= 3} - VOCABULARY[path.name]
    lower = text.lower() + "\n" + sources.lower()
    leaked = sorted(s for s in answers if s.lower() in lower)
    assert not leaked, f"strings of the solutions or hidden tests in the release: {leaked}"
    for key, value in pairs:
        pattern = re.escape(key) + r"""['"]?\s*[:=,]\s*['"]?""" + re.escape(value)
        assert not re.search(pattern, sources, flags=re.I), f"the pair {key}: {value} leaks"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_vocabulary_is_given_to_the_student(path: Path, release: dict[str, Any]) -> None:
    sources = _student_sources(release[path.name])
    strings, _pairs = _secret_strings(_read(path))
    for word in VOCABULARY[path.name]:
        assert word in strings, f"{word!r} is not used by the solutions or hidden tests"
        assert word in sources, f"{word!r} is whitelisted but the student is not given it"


# ---------------------------------------------------------------- junk scores 0

# The answer variables of each graded cell, and junk specific to its task (every
# option at once, the article's names, the right answer turned round, a near miss).
# Each junk is code run after the solution, so it may use the solution's values.
ANSWERS: dict[str, tuple[str, ...]] = {
    "check-named-sources": ("named_sources",),
    "check-source-types": ("source_types",),
    "check-wrong-speaker": ("wrong_row", "right_speaker"),
    "check-analyse": ("wire", "tabloid", "table"),
    "check-emotive": ("more_emotive", "gap"),
    "check-loaded": ("loaded_words",),
    "check-narrator": ("narrator_emotive",),
    "check-story": ("story",),
    "check-by-voice": ("by_voice",),
    "check-quoted-share": ("quoted_share",),
    "check-verdict": ("verdict",),
    "check-cues": ("cues",),
    "check-say-share": ("say_share",),
    "check-stance": ("stance",),
    "check-changed": ("changed",),
}
JUNK: dict[str, list[str]] = {
    "check-named-sources": [
        'named_sources = set(re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+", article.text))',
        "named_sources = set(list(named_sources)[1:])",
        "named_sources = sorted(named_sources) + sorted(named_sources)[:1]",
    ],
    "check-source-types": [
        'source_types = {n: "witness" for n in named_sources}',
        'source_types = {n: "official" for n in named_sources}',
        'source_types = {n: ["witness", "official"] for n in named_sources}',
    ],
    "check-wrong-speaker": [
        'wrong_row = list(article.attribution_table()["index"])',
        'right_speaker = re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+", article.text)',
        "wrong_row = (wrong_row + 1) % len(article.attribution_table())",
        'right_speaker = "Sunil Varma"',
    ],
    "check-analyse": [
        "tabloid = wire",
        "table = mediakit.summarize([tabloid, wire])",
        "table = table.iloc[:1]",
    ],
    "check-emotive": [
        'more_emotive = ["wire", "tabloid"]',
        'more_emotive = {"wire": "tabloid", "tabloid": "wire"}[more_emotive]',
        "gap = -gap",
        "gap = round(gap, 1)",
    ],
    "check-loaded": [
        "loaded_words = sorted(_words(tabloid) - _words(wire))",
        'loaded_words = ["planks", "children", "families"]',
        "loaded_words = [loaded_words[0]] * 3",
    ],
    "check-narrator": [
        'narrator_emotive = set(tabloid.marker_table()["text"].str.lower())',
        "narrator_emotive = set(list(narrator_emotive)[1:])",
    ],
    "check-story": [
        "story = a.sentence_table()",
        'story = story[story["voice"] == "narration"]',
        "story = story.iloc[:0]",
    ],
    "check-by-voice": [
        'by_voice = story.groupby("voice")["emotive"].sum()',
        'by_voice = story.groupby("voice")["compound"].mean()',
        "by_voice = by_voice.iloc[:1]",
    ],
    "check-quoted-share": ["quoted_share = [0.0, 1.0]", "quoted_share = 0.5", "quoted_share = 1"],
    "check-verdict": [
        'verdict = ["narrator", "quotes"]',
        'verdict = {"narrator": "quotes", "quotes": "narrator"}[verdict]',
    ],
    "check-cues": [
        'cues = practice["101_practice_wire.txt"].attribution_table()',
        'cues = cues.drop_duplicates(["article", "cue_lemma"])',
    ],
    "check-say-share": [
        "say_share = pd.Series(1.0, index=list(practice))",
        "say_share = say_share.set_axis(say_share.index[::-1])",
    ],
    "check-stance": [
        "stance = {k: ['doubt', 'concession', 'resistance', 'emotion'] for k in stance}",
        "stance = dict(zip(stance, list(stance.values())[1:] + list(stance.values())[:1]))",
    ],
    "check-changed": [
        'changed = set(cues["source_name"])',
        'changed = set(cues.loc[cues["article"] == "101_practice_wire.txt", "source_name"]) & '
        'set(cues.loc[cues["article"] == "102_practice_tabloid.txt", "source_name"])',
        "changed = set(list(changed)[1:])",
    ],
}
# Junk for every answer variable: empty, wrong type, an object equal to everything,
# a string equal to everything.
GENERIC = ["None", "''", "[]", "set()", "{}", "0", "_Anything()", "_AnyStr('x')"]
PREAMBLE = """
import re
class _Anything:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __lt__ = __le__ = __gt__ = __ge__ = __contains__ = __eq__
    def __hash__(self): return 0
    def __sub__(self, other): return self
    __rsub__ = __sub__
    def __abs__(self): return 0
class _AnyStr(str):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __hash__(self): return 0
"""


def _hidden(source: str) -> str:
    (region,) = _regions(source, HIDDEN_BEGIN, HIDDEN_END)
    return region


def _probe(source: str, gid: str, junk: str, part: str, expect: str) -> Any:
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["probe"] = {"grade_id": gid, "junk": junk, "part": part, "expect": expect}
    return cell


def _junk_notebook(nb: Any) -> Any:
    """The instructor notebook with probes after each graded cell."""
    cells = [nbformat.v4.new_code_cell(PREAMBLE)]
    for cell in nb.cells:
        cells.append(cell)
        meta = cell.metadata.get("nbgrader", {})
        if not meta.get("grade"):
            continue
        gid = meta["grade_id"]
        names = ANSWERS[gid]
        cells.append(_probe(_hidden(cell.source), gid, "(the solution)", "hidden", "pass"))
        cells.append(nbformat.v4.new_code_cell(f"_saved = {{n: globals()[n] for n in {names!r}}}"))
        junks = JUNK[gid] + [" = ".join([*names, g]) for g in GENERIC]
        for junk in junks:
            for part, code in (("hidden", _hidden(cell.source)), ("cell", cell.source)):
                cells.append(nbformat.v4.new_code_cell("globals().update(_saved)\n" + junk))
                cells.append(_probe(code, gid, junk, part, "fail"))
        cells.append(nbformat.v4.new_code_cell("globals().update(_saved)"))
    return nbformat.v4.new_notebook(cells=cells, metadata=nb.metadata)


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_junk_answers_score_zero(path: Path) -> None:
    nb = _read(path)
    graded = [
        c.metadata["nbgrader"]["grade_id"] for c in nb.cells if c.metadata["nbgrader"]["grade"]
    ]
    assert set(graded) <= set(ANSWERS) and set(graded) <= set(JUNK)
    probe = _junk_notebook(nb)
    NotebookClient(
        probe, timeout=300, kernel_name="python3", allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()  # fmt: skip
    checked = 0
    for cell in probe.cells:
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        want = cell.metadata.get("probe")
        if want is None:
            assert not errors, f"set-up or junk cell failed: {cell.source[:200]!r}: {errors}"
            continue
        checked += 1
        label = f"{want['grade_id']} ({want['part']}) with {want['junk']!r}"
        if want["expect"] == "pass":
            assert not errors, f"{label} fails: {errors[0].evalue if errors else ''}"
        else:
            assert errors, f"{label} passes: junk would score points"
    assert checked >= len(graded) * (1 + 2 * (len(GENERIC) + 2))

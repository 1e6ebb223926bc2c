"""The structure-rule table of attribution (``mediakit/_attribution/_rules.py``).

Every rule the engine can emit is in the table, with a one-line description and an
example that, analysed, gives an attribution with that rule; the engine names its
rules only through the table; and the attribution modules stay small enough to read.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import mediakit
from mediakit._attribution import Attribution
from mediakit._attribution._rules import ALL_RULES, RULE_WORDS, RULES, Rule

PACKAGE = Path(mediakit.__file__).resolve().parent / "_attribution"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_4e797ae91df71bb2.txt"
MAX_FUNCTION_LINES = 100
MAX_MODULE_LINES = 600

NAMES = {r.name for r in ALL_RULES}


def _engine_modules() -> list[Path]:
    """The engine's modules: every module of the package but the table itself."""
    paths = sorted(PACKAGE.glob("*.py"))
    assert paths, PACKAGE
    return [p for p in paths if p.name != "_rules.py"]


def _emitted_rules() -> set[str]:
    """The rules the engine's code names: every ``RULES.<name>`` in its modules."""
    out: set[str] = set()
    for path in _engine_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "RULES"
            ):
                out.add(node.attr)
    return out


def test_the_table_lists_each_rule_once_under_its_own_name() -> None:
    assert len(ALL_RULES) == len(NAMES) == 19
    for rule in ALL_RULES:
        assert getattr(RULES, rule.name) is rule


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_has_a_description_an_example_and_a_step(rule: Rule) -> None:
    assert rule.description.strip() and "\n" not in rule.description
    assert rule.example.strip()
    assert rule.step in ("tweets", "pass 1", "pass 2", "frames")


def test_every_rule_the_engine_emits_is_in_the_table_and_every_rule_is_emitted() -> None:
    emitted = _emitted_rules()
    assert emitted <= NAMES, f"not in the table: {emitted - NAMES}"
    assert emitted == NAMES, f"in the table, never emitted: {NAMES - emitted}"


def test_the_engine_names_no_rule_by_a_string() -> None:
    """Rules are emitted as table objects (``RULES.X_said_content``), never as strings."""
    for path in _engine_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert node.value not in NAMES, f"{path.name}:{node.lineno}: {node.value!r}"
                assert node.value != "_subject", f"{path.name}:{node.lineno}: a rule built"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_example_gives_that_rule(rule: Rule) -> None:
    found = mediakit.analyze(rule.example).attributions
    assert rule.name in [a.rule for a in found], (rule.example, found)
    a = next(a for a in found if a.rule == rule.name)
    assert f"structure {rule.name}: {rule.description};" in a.explanation


def test_the_rules_of_a_real_article_are_in_the_table() -> None:
    found: list[Attribution] = mediakit.analyze(SEED.read_text(encoding="utf-8")).attributions
    assert found
    assert {a.rule for a in found} <= NAMES


def test_explanation_words_come_from_the_table() -> None:
    assert RULE_WORDS == {r.name: r.description for r in ALL_RULES}


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_attribution_modules_and_functions_are_short(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    n = len(source.splitlines())
    assert n <= MAX_MODULE_LINES, f"{path.name}: {n} lines"
    for fn in _functions(ast.parse(source)):
        assert fn.end_lineno is not None
        first = fn.decorator_list[0].lineno if fn.decorator_list else fn.lineno
        length = fn.end_lineno - first + 1
        assert length <= MAX_FUNCTION_LINES, f"{path.name}: {fn.name} has {length} lines"

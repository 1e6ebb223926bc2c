"""mediakit.metrics: every metric a documented function; the registry, subsets, the docs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import mediakit
from mediakit import Analysis, analyze, metrics
from mediakit.metrics import METRICS, compute, render_markdown
from mediakit.metrics._registry import Family

ROOT = Path(__file__).resolve().parents[1]
# Texts unlike the seed: boilerplate only, an attribution without quotes, a quote and
# an exclamation, a line with no words.
OTHERS = [
    "Play video\n\nPlay video",
    "The sun rose. It was quiet.",
    'Officials said the bridge was unsafe.\n\n"It is terrible!" she said.\n\nRead more: x',
    "!!!",
]


def test_public_names_are_few_and_exist() -> None:
    assert metrics.__all__ == ["METRICS", "Metric", "compute", "render_markdown"]
    for name in metrics.__all__:
        assert hasattr(metrics, name), name


def test_registry_and_analysis_metrics_have_the_same_names_in_the_same_order(
    seed: Analysis,
) -> None:
    for a in [seed, *map(analyze, OTHERS)]:
        assert list(a.metrics) == list(METRICS)


def test_every_metric_is_a_documented_function_of_its_family_module() -> None:
    families = []
    for name, m in METRICS.items():
        assert m.name == name
        assert m.function.__name__ == name
        assert m.function.__module__ == f"mediakit.metrics._{m.family}"
        assert (ROOT / "mediakit" / "metrics" / f"_{m.family}.py").is_file()
        assert m.definition and m.unit and m.direction and m.reference, name
        assert m.kind in ("int", "float"), name
        if not families or families[-1] != m.family:
            families.append(m.family)
    # each family's metrics are together (one module, one section of the docs)
    assert len(families) == len(set(families)) == 7


def test_a_metric_record_computes_what_its_function_computes(seed: Analysis) -> None:
    for name, m in METRICS.items():
        assert m(seed) == m.function(seed) == seed.metrics[name], name


@pytest.mark.parametrize("text", ["", "  \n\n \t "])
def test_each_metric_on_an_empty_text_is_what_its_record_says(text: str) -> None:
    values = analyze(text).metrics
    for name, m in METRICS.items():
        assert values[name] == m.empty, name
        assert type(values[name]) is type(m.empty), name  # 0 is an int, not 0.0 or False


def test_counts_are_ints_and_measures_floats_as_the_records_say(seed: Analysis) -> None:
    for a in [seed, *map(analyze, OTHERS)]:
        for name, v in a.metrics.items():
            if v is not None:
                assert type(v) is (int if METRICS[name].kind == "int" else float), name


def test_a_subset_equals_the_same_entries_of_the_full_dict(seed: Analysis) -> None:
    full = seed.metrics
    names = list(METRICS)
    subsets = [[n] for n in names] + [names[::-1], names[::3], ["sources", "gunning_fog"]]
    for subset in subsets:
        fresh = analyze(mediakit.seed_path())  # nothing computed before the subset
        got = compute(fresh, subset)
        assert list(got) == subset
        assert got == {n: full[n] for n in subset}
    assert compute(seed, "quotes") == {"quotes": full["quotes"]}  # one name as a string
    assert compute(seed) == full
    assert compute(seed, []) == {}


def test_an_unknown_metric_is_a_clear_error_naming_the_valid_ones(seed: Analysis) -> None:
    with pytest.raises(ValueError, match=r"^unknown metric 'direct_shares'; the metrics are: "):
        compute(seed, ["direct_share", "direct_shares"])
    with pytest.raises(ValueError) as e:
        compute(seed, ["Words"])
    assert str(e.value).endswith("the metrics are: " + ", ".join(METRICS))
    with pytest.raises(ValueError, match=r"^unknown metrics 'x', 'y';"):
        compute(seed, ["x", "y"])


def test_the_decorator_refuses_a_metric_without_definition_or_kind() -> None:
    fam = Family("test", "Test", "")
    with pytest.raises(TypeError, match="no docstring"):

        @fam.metric(unit="u", direction="d", empty=0, reference="r")
        def undocumented(a: Analysis) -> int:
            return 0

    with pytest.raises(TypeError, match=re.escape("must return 'int' or 'float | None'")):

        @fam.metric(unit="u", direction="d", empty=None, reference="r")
        def untyped(a: Analysis) -> float:
            """A float that is never None."""
            return 0.0

    assert fam.metrics == []


def test_docs_page_is_generated_from_the_registry() -> None:
    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    assert text == render_markdown(), "run: python -m mediakit.metrics --markdown > docs/metrics.md"
    for m in METRICS.values():
        assert f"| `{m.name}` | {m.definition.replace('|', chr(92) + '|')} |" in text


def test_the_command_prints_the_docs_page_and_the_names() -> None:
    run = [sys.executable, "-m", "mediakit.metrics"]
    md = subprocess.run([*run, "--markdown"], capture_output=True, text=True, cwd=ROOT)
    assert md.returncode == 0, md.stderr
    assert md.stdout == render_markdown()
    names = subprocess.run(run, capture_output=True, text=True, cwd=ROOT)
    assert [line.split("\t")[0] for line in names.stdout.splitlines()] == list(METRICS)
    bad = subprocess.run([*run, "--html"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr

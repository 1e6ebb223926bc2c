"""A bounded run of the fuzzing harness (fuzz/fuzz_analyze.py); run it longer by hand."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECONDS = 15


def test_fuzz_for_a_bounded_time() -> None:
    spec = importlib.util.spec_from_file_location("fuzz_analyze", ROOT / "fuzz" / "fuzz_analyze.py")
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_analyze"] = fuzz  # dataclasses look their module up
    spec.loader.exec_module(fuzz)
    stats = fuzz.run(SECONDS, batch=100, quiet=True)
    assert stats.inputs >= 200, f"only {stats.inputs} inputs in {SECONDS} s"
    assert not stats.failures
    print(f"fuzz: {stats.inputs} inputs in {SECONDS} s ({stats.inputs / SECONDS:.0f}/s)")

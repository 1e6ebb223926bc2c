"""A bounded, reproducible run of the fuzzing harness (fuzz/fuzz_analyze.py).

Ten fixed batches of 100 generated texts (batch k drawn from seed k), so that
every run checks the same 1,000 texts.  New texts are searched for by hand:
``python fuzz/fuzz_analyze.py --minutes 10``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCHES = 10
BATCH = 100


def test_fuzz_fixed_batches() -> None:
    spec = importlib.util.spec_from_file_location("fuzz_analyze", ROOT / "fuzz" / "fuzz_analyze.py")
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_analyze"] = fuzz  # dataclasses look their module up
    spec.loader.exec_module(fuzz)
    stats = fuzz.run_batches(range(BATCHES), batch=BATCH)
    # Hypothesis may end a batch early when its strategies run dry; most run in full
    assert stats.inputs >= BATCHES * BATCH // 2, f"only {stats.inputs} inputs checked"
    assert not stats.failures

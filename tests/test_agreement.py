"""Agreement statistics against published worked examples, and their properties."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mediakit
from mediakit._agreement import coincidences, normalize, percent_agreement

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the nominal example
# with missing values: 4 observers (rows) x 12 units; alpha = 0.743.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def _units(rows: list[list[int | None]]) -> list[list[int | None]]:
    return [list(u) for u in zip(*rows, strict=True)]


def test_krippendorff_worked_example_with_missing_values() -> None:
    units = _units(KRIPPENDORFF_2011)
    o = coincidences(units)
    # the paper's coincidence matrix: n.. = 40 pairable values, n_c = 9, 13, 10, 5, 3
    margins = {c: sum(w for (a, _b), w in o.items() if a == c) for c in range(1, 6)}
    assert margins == pytest.approx({1: 9, 2: 13, 3: 10, 4: 5, 5: 3})
    assert o[(1, 1)] == pytest.approx(7) and o[(1, 2)] == pytest.approx(4 / 3)
    assert o[(5, 5)] == pytest.approx(3) and (1, 5) not in o
    assert mediakit.krippendorff_alpha(units) == pytest.approx(0.743, abs=0.0005)
    # unit 12 has one value only: it is not pairable and changes nothing
    assert mediakit.krippendorff_alpha(units[:11]) == mediakit.krippendorff_alpha(units)


def test_cohen_textbook_example() -> None:
    # 50 units: both "yes" 20, a yes / b no 5, a no / b yes 10, both "no" 15:
    # p_o = 0.70, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.50, kappa = 0.40
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert mediakit.cohen_kappa(a, b) == pytest.approx(0.40)
    # missing values leave the unit out
    assert mediakit.cohen_kappa([*a, None, "yes"], [*b, "no", None]) == pytest.approx(0.40)


def test_undefined_cases_are_nan() -> None:
    assert math.isnan(mediakit.krippendorff_alpha([["a", "a"], ["a", "a"]]))  # no variation
    assert math.isnan(mediakit.krippendorff_alpha([["a", None], [None, "b"]]))  # not pairable
    assert math.isnan(mediakit.cohen_kappa(["a", "a"], ["a", "a"]))
    assert math.isnan(percent_agreement([["a", None]]))


def test_percent_agreement_counts_pairs_within_units() -> None:
    assert percent_agreement([["a", "a", "b"], ["c", "c", None]]) == pytest.approx(2 / 4)


labels = st.sampled_from(["direct", "reported", "narration", "mixed"])
coded = st.lists(labels, min_size=2, max_size=40)


@given(coded)
def test_identical_coders_agree_fully(values: list[str]) -> None:
    units = [[v, v, v] for v in values]
    assert percent_agreement(units) == 1.0
    if len(set(values)) > 1:
        assert mediakit.krippendorff_alpha(units) == pytest.approx(1.0)
        assert mediakit.cohen_kappa(values, values) == pytest.approx(1.0)


@given(st.lists(st.tuples(labels, labels), min_size=2, max_size=40))
def test_kappa_and_alpha_are_symmetric(pairs: list[tuple[str, str]]) -> None:
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    ka, kb = mediakit.cohen_kappa(a, b), mediakit.cohen_kappa(b, a)
    assert (math.isnan(ka) and math.isnan(kb)) or ka == pytest.approx(kb)
    al, ar = (
        mediakit.krippendorff_alpha(pairs),
        mediakit.krippendorff_alpha([(y, x) for x, y in pairs]),
    )
    assert (math.isnan(al) and math.isnan(ar)) or al == pytest.approx(ar)
    if not math.isnan(al):
        assert al <= 1.0


def _sheet(voices: list[str], sources: list[str]) -> pd.DataFrame:
    n = len(voices)
    return pd.DataFrame(
        {
            "article": ["a"] * n,
            "sentence": range(n),
            "start": [10 * i for i in range(n)],
            "end": [10 * i + 9 for i in range(n)],
            "text": ["x"] * n,
            "voice": voices,
            "source": sources,
            "cue": [""] * n,
            "source_type": [""] * n,
        }
    )


def test_agreement_on_sheets_with_missing_rows_and_cells() -> None:
    a = _sheet(["direct", "reported", "narration", "narration"], ["Ann", "the Mayor", "", ""])
    b = _sheet(["direct", "narration", "narration", "?"], ['"Ann"', "the  mayor.", "", "Bob"])
    b = b.iloc[[0, 1, 3]]  # the third sentence is not coded by b
    table = mediakit.agreement(a, b, fields=("voice", "source")).set_index("field")
    # voice: units 1, 2 both coded (unit 3 missing from b, unit 4 is ? in b)
    assert table.loc["voice", "units"] == 2
    assert table.loc["voice", "percent"] == pytest.approx(0.5)
    # source: quotation marks, case, spacing and a final full stop do not count
    assert table.loc["source", "units"] == 3
    assert table.loc["source", "percent"] == pytest.approx(2 / 3)
    m = mediakit.confusion(a, b, "voice")
    assert m.loc["reported", "narration"] == 1 and m.to_numpy().sum() == 2
    assert normalize("cue", " Said, ") == "said" and normalize("voice", "?") is None


def test_agreement_needs_two_coders() -> None:
    with pytest.raises(mediakit.SheetError, match="two"):
        mediakit.agreement(_sheet(["direct"], [""]))

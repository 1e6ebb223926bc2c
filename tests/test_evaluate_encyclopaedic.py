"""The encyclopaedic hedge evaluation: FOLDOC's prose, the keys, the report, the skip."""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import pytest

from mediakit.evaluate.__main__ import main as dispatch
from mediakit.evaluate.encyclopaedic import (
    BASELINES,
    cohen_kappa,
    digest,
    entries,
    entry_sentences,
    main,
    prose,
)

# A hand-made dictionary in FOLDOC's dictd form (not FOLDOC's text).
ENTRIES = [
    "00-database-short\n     A test dictionary\n",
    "widget\nWDG\n\n   <hardware> A {gadget} that may have been named by"
    " {Jane Doe (http://example.org/jane)}.  It is\n   probably older than the"
    " {gizmo}.\n\n    code | table\n    -----|------\n\n   [Some Book, 1994].\n\n"
    "   See also {gizmo}.\n\n   (1994-11-08)\n\n",
    "gizmo\n\n   1. A small device with {nested {links}} inside.  It has two buttons"
    " and a small red lamp.\n\n   (2001-01-01)\n\n",
    "gizmo\n\n   A second entry with the same headword here.  It counts separately"
    " from the first.\n\n",
]


def _b64(n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = ""
    while True:
        out = alphabet[n % 64] + out
        n //= 64
        if not n:
            return out


def _dictionary(tmp_path: Path) -> Path:
    data = "".join(ENTRIES).encode("utf-8")
    index, at = [], 0
    for e in ENTRIES:
        n = len(e.encode("utf-8"))
        index.append(f"{e.split(chr(10))[0].lower()}\t{_b64(at)}\t{_b64(n)}\n")
        at += n
    path = tmp_path / "foldoc.dict.dz"
    path.write_bytes(gzip.compress(data))
    (tmp_path / "foldoc.index").write_text("".join(index), encoding="utf-8")
    return path


def test_entries_and_prose(tmp_path: Path) -> None:
    got = entries(_dictionary(tmp_path))
    assert [h for h, _ in got] == ["widget", "gizmo", "gizmo (2)"]  # no 00-database entry
    text = prose(got[0][1])
    assert text == (
        "A gadget that may have been named by Jane Doe. It is probably older than the gizmo."
    )  # tags, URLs, code blocks, references, see-also lines and dates are left out
    assert entry_sentences(got[1][1]) == [
        "A small device with nested links inside.",
        "It has two buttons and a small red lamp.",
    ]


def test_kappa_and_baselines() -> None:
    assert cohen_kappa([True, False, True, False], [True, False, True, False]) == 1.0
    assert cohen_kappa([True, False], [False, True]) == -1.0
    assert math.isnan(cohen_kappa([], []))
    assert BASELINES["modals"]("In May it may rain.") and not BASELINES["modals"]("It rained.")


def test_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _dictionary(tmp_path)
    first = "A gadget that may have been named by Jane Doe."
    gold = tmp_path / "gold.tsv"
    gold.write_text(
        "# hand-made\nset\theadword\tn\tdigest\thedged\tnote\n"
        f"random\twidget\t0\t{digest(first)}\tyes\tmay have been\n"
        "random\twidget\t1\t0000000000\tyes\tprobably\n"
        f"cue\tgizmo\t1\t{digest('It has two buttons and a small red lamp.')}\tno\t\n",
        encoding="utf-8",
    )
    passes = tmp_path / "passes.tsv"
    passes.write_text("set\theadword\tn\tpass1\tpass2\nrandom\twidget\t0\tyes\tyes\n")
    none = str(tmp_path / "none.tsv")
    paths = ["--dict", str(path), "--gold", str(gold), "--passes", str(passes), "--passes2", none]
    assert (
        main(
            [
                *paths,
                "--heldout",
                none,
                "--heldout2",
                none,
                "--heldout3",
                none,
                "--wikipedia",
                "none",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "random sample: 1 sentences, 1 hedged by hand" in out
    assert "not found or changed: 'widget' #1" in out  # the digest differs
    assert "Cohen's kappa" in out
    assert main(["--dict", str(path), "--draw"]) == 0
    drawn = capsys.readouterr().out.splitlines()  # a pool smaller than the sample: all of it
    assert sorted(x.split("\t")[1] for x in drawn) == [
        "gizmo",
        "gizmo",
        "gizmo (2)",
        "gizmo (2)",
        "widget",
        "widget",
    ]


def test_skips_without_foldoc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.dict.dz")
    assert dispatch(["encyclopaedic", "--dict", missing, "--wikipedia", missing]) == 0
    assert "apt-get install dict-foldoc" in capsys.readouterr().out

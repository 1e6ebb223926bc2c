"""Golden check of every public output of ``mediakit.analyze``, for refactorings.

Usage::

    PYTHONPATH=. python benchmarks/output_golden.py save   # baseline, before a change
    PYTHONPATH=. python benchmarks/output_golden.py check  # after it: identical?

For every text (the bundled seed and practice articles, the Wikinews articles in
``../shared/data/wikinews/*.csv``, the PolNeAR dev texts and a few edge cases) it
hashes each output a user sees: ``to_json()``, ``repr``, the highlighted HTML and a
``show()`` view, the warnings, every DataFrame (as CSV, with its dtypes), the summary
and the plain rows of the corpus tables.  ``save`` writes one JSON line per text to
``/tmp`` (``--dir``, else ``$MEDIAKIT_OUTPUT_GOLDEN_DIR``, else
``/tmp/mediakit_output_golden``; never into the repository); ``check`` recomputes
them and prints how many outputs differ and the first few.  Exit status 1 when
anything differs.  (``attribution_golden.py`` compares the attributions field by
field; this script covers everything built on top of them.)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import mediakit

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OUT = Path(os.environ.get("MEDIAKIT_OUTPUT_GOLDEN_DIR", "/tmp/mediakit_output_golden"))
EDGE_CASES = (
    "",
    "x",
    " date 2022-13-45 Hello world.",
    'Title\n\nHe said "hi". ' * 3,
    "a " * 5000,
    "<p>Some markup</p> here. “Quote,” she said.",
    "Sources say so.\r\nAnd more\rlines.",
)
TABLES = ("sentences", "attributions", "quotes", "sources", "people", "markers")
FRAMES = (
    "sentence_table",
    "attribution_table",
    "quote_table",
    "source_table",
    "people_table",
    "marker_table",
    "word_table",
    "summary",
)


def texts() -> Iterator[tuple[str, str | Path, str | None]]:
    """(name, text or file, path recorded) for every input, in a stable order."""
    for p in mediakit.seed_paths():
        yield p.name, p, p.name  # read as a file, as a user would
    csv.field_size_limit(1 << 30)
    for f in sorted((DATA / "wikinews").glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield f"wikinews/{f.name}#{i}", row["text"], None
    for p in sorted((DATA / "polnear" / "dev" / "text").glob("*.txt")):
        with open(p, encoding="utf-8", newline="") as fh:
            yield f"polnear/dev/{p.name}", fh.read(), None
    for i, t in enumerate(EDGE_CASES):
        yield f"edge case {i}", t, None


def outputs(source: str | Path, path: str | None) -> dict[str, str]:
    """The hash of each output of the analysis of ``source`` (a text or a file)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = mediakit.analyze(source, path=path)
    out = {
        "to_json": a.to_json(),
        "repr": repr(a),
        "html": a._repr_html_(),
        "show": a.show(["quote", "hedge"])._repr_html_(),
        "warnings": json.dumps(a.warnings),
    }
    for name in FRAMES:
        df = getattr(a, name)()
        out[name] = str(list(df.dtypes.astype(str))) + df.to_csv()
    for table in TABLES:
        out[f"rows:{table}"] = repr(a._table_rows(table))
    return {k: hashlib.sha256(v.encode("utf-8")).hexdigest()[:20] for k, v in out.items()}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("--dir", type=Path, default=OUT, help=f"where the baseline is kept ({OUT})")
    args = ap.parse_args(argv)
    args.dir.mkdir(exist_ok=True)
    base = args.dir / "baseline.jsonl"
    now = {name: outputs(t, path) for name, t, path in texts()}
    if args.mode == "save":
        with base.open("w", encoding="utf-8") as fh:
            for name, hashes in now.items():
                fh.write(json.dumps({"text": name, "outputs": hashes}, ensure_ascii=False) + "\n")
        sys.stdout.write(f"saved {len(now)} texts, {len(FRAMES) + len(TABLES) + 5} outputs each\n")
        return 0
    with base.open(encoding="utf-8") as fh:
        was = {r["text"]: r["outputs"] for r in map(json.loads, fh)}
    diff = [
        (name, key)
        for name in sorted(set(was) | set(now))
        for key in sorted(set(was.get(name, {})) | set(now.get(name, {})))
        if was.get(name, {}).get(key) != now.get(name, {}).get(key)
    ]
    if diff:
        sys.stdout.write(f"DIFFERENT: {len(diff)} outputs, first: {diff[:8]}\n")
        return 1
    sys.stdout.write(f"identical: {len(now)} texts, every output\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

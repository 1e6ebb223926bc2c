"""Are two checkouts' outputs byte-identical?  The JSON of every Wikinews article.

Usage::

    git archive c435cfb | (mkdir -p /tmp/base && tar -x -C /tmp/base)
    python benchmarks/compare_outputs.py /tmp/base /work/wt-speed

Runs ``mediakit.analyze(text).to_json()`` on each of the articles in
``../shared/data/wikinews/*.csv`` (column ``text``) with mediakit imported from each
directory in turn (one subprocess per checkout, so the two never share a module), and
prints how many articles give the same bytes; the first few that differ are named, with
the first differing line.  Exit status 1 when anything differs.  ``--seeds`` adds the
bundled seed articles.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews"


def texts() -> list[tuple[str, str]]:
    """``(label, text)`` of every non-empty Wikinews article, in file and row order."""
    csv.field_size_limit(1 << 30)
    out: list[tuple[str, str]] = []
    for f in sorted(WIKINEWS.glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for k, row in enumerate(csv.DictReader(fh)):
                if row["text"].strip():
                    out.append((f"{f.name}:{k}", row["text"]))
    return out


def dump(code: str, out: str, seeds: bool) -> None:
    """(child) Write one JSON document per line, as mediakit from ``code`` makes it."""
    sys.path.insert(0, code)
    import mediakit

    items = texts()
    if seeds:
        items += [(p.name, p.read_text(encoding="utf-8")) for p in mediakit.seed_paths()]
    with open(out, "w", encoding="utf-8") as fh:
        for label, text in items:
            fh.write(json.dumps([label, mediakit.analyze(text).to_json(indent=None)]) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("before", help="directory to import mediakit from (the reference)")
    ap.add_argument("after", help="directory to import mediakit from (the change)")
    ap.add_argument("--seeds", action="store_true", help="also the bundled seed articles")
    ap.add_argument("--dump", help=argparse.SUPPRESS)  # child mode: code directory
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.out, args.seeds)
        return 0
    files = []
    for k, code in enumerate((args.before, args.after)):
        out = f"/tmp/mediakit_compare_outputs_{k}.jsonl"
        cmd = [sys.executable, __file__, "x", "y", "--dump", code, "--out", out]
        subprocess.run(cmd + (["--seeds"] if args.seeds else []), check=True)
        files.append(Path(out).read_text(encoding="utf-8").splitlines())
    before, after = files
    same = sum(a == b for a, b in zip(before, after, strict=True))
    digest = [hashlib.sha256("\n".join(f).encode()).hexdigest()[:16] for f in files]
    print(
        f"{same} of {len(before)} articles give byte-identical JSON "
        f"(sha256 of all: {digest[0]} before, {digest[1]} after)"
    )
    shown = 0
    for a, b in zip(before, after, strict=True):
        if a != b and shown < 5:
            (label, ja), (_l, jb) = json.loads(a), json.loads(b)
            pairs = enumerate(zip(ja, jb, strict=False))
            i = next((i for i, (x, y) in pairs if x != y), min(len(ja), len(jb)))
            lo = max(0, i - 80)
            print(f"differs: {label} at character {i}: {ja[lo : i + 80]!r} -> {jb[lo : i + 80]!r}")
            shown += 1
    return 0 if same == len(before) == len(after) else 1


if __name__ == "__main__":
    raise SystemExit(main())

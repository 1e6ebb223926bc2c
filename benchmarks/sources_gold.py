"""Who the sources are, scored on the hand annotations of devset/sources_gold.tsv.

Usage: python benchmarks/sources_gold.py [--devset devset] [--show]

For each annotated source (a canonical name of the attribution annotations) it looks for
the source mediakit found with the same name (exact, then ignoring case, then for a
person the same last word), and reports

* kinds: the share of the sources found whose kind is right;
* genders, over the person sources found: precision (right / assigned a gender),
  coverage (right / those the text shows a gender for), and how many were given a
  gender where the annotation says the text shows none.

--show lists every disagreement.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import mediakit

ROOT = Path(__file__).resolve().parents[1]


def _load(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append((line.split("\t") + [""] * 5)[:5])
    return rows


def _match(name: str, found: dict[str, mediakit.SourceSummary]) -> mediakit.SourceSummary | None:
    if name in found:
        return found[name]
    low = {k.lower(): v for k, v in found.items()}
    if name.lower() in low:
        return low[name.lower()]
    words = name.split()
    same = [  # the same last word, and no other first word ("Baker" for "Ginger Baker")
        v
        for k, v in found.items()
        if k.split()[-1] == words[-1] and k[:1].isupper() and (" " not in k or k[0] == name[0])
    ]
    return same[0] if len(same) == 1 else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--devset", type=Path, default=ROOT / "devset")
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    args = ap.parse_args()
    gold = _load(args.devset / "sources_gold.tsv")
    analyses: dict[str, dict[str, mediakit.SourceSummary]] = {}
    c: Counter[str] = Counter()
    for file, name, kind, gender, _evidence in gold:
        if file not in analyses:
            text = (args.devset / "text" / f"{file}.txt").read_bytes().decode("utf-8")
            analyses[file] = {s.name: s for s in mediakit.analyze(text).sources}
        s = _match(name, analyses[file])
        c["sources"] += 1
        if s is None:
            c["not_found"] += 1
            continue
        c["found"] += 1
        c["kind_right"] += s.kind == kind
        if s.kind != kind and args.show:
            print(f"kind   {file} {name!r}: gold {kind}, mediakit {s.kind} ({s.kind_rule})")
        if kind != "person":
            continue
        c["persons_found"] += 1
        got = s.gender if s.gender in ("female", "male") else "unknown"
        c["evidenced"] += gender != "unknown"
        if got != "unknown":
            c["assigned"] += 1
            c["right"] += got == gender
            c["assigned_without_evidence"] += gender == "unknown"
        if got != gender and args.show:
            ev = s.gender_evidence.text if s.gender_evidence else ""
            print(f"gender {file} {name!r}: gold {gender}, mediakit {got} {ev!r}")
    print(f"annotated sources: {c['sources']} in {len(analyses)} articles; found: {c['found']}")
    print(f"kinds right: {c['kind_right']} / {c['found']} = {c['kind_right'] / c['found']:.1%}")
    print(
        f"person sources found: {c['persons_found']}; the text shows a gender for {c['evidenced']}"
    )
    prec = c["right"] / c["assigned"] if c["assigned"] else float("nan")
    cov = c["right"] / c["evidenced"] if c["evidenced"] else float("nan")
    print(f"genders assigned: {c['assigned']}; right: {c['right']} (precision {prec:.1%})")
    print(f"coverage of evidenced genders: {c['right']} / {c['evidenced']} = {cov:.1%}")
    print(f"genders assigned where the text shows none: {c['assigned_without_evidence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

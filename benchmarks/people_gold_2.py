"""Second held-out check of who the sources are (issue 13), on ten Wikinews 2020 articles.

Usage:
    python benchmarks/people_gold_2.py            # add --show for every miss and disagreement
    python benchmarks/people_gold_2.py --csv PATH  # another copy of wikinews_2020.csv

Gold: devset/people_gold_2.tsv (named people) and devset/kinds_gold_2.tsv (the sources
quoted or paraphrased, with their kinds); the file key ``wn2020_row_N`` is row N (0-based,
CSV order) of ../shared/data/wikinews/wikinews_2020.csv, whose ``text`` column is analysed.

Prints:

* people: recall by full name (ignoring case and a final '.'), then by full name or unique
  surname (the only person found whose name's last word is it and whom no annotated person
  matched by full name; one to one, unlike benchmarks/sources_gold.py, whose figure is
  printed too);
  how many of mediakit's people match no annotated one; gender precision, coverage and
  genders assigned without evidence over the people found; ``quoted`` agreement;
* kinds: each annotated source is matched to one of mediakit's sources by name (exact,
  ignoring case, or the unique source whose last word is the annotated name's last word);
  the share of those matched whose kind is right, and the same gender figures over the
  person sources matched.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sources_gold import (
    ROOT,
    _count_gender,
    _gender,
    _pct,
    load,
    report_people,
    score_people,
    score_person,
)

import mediakit

CSV = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2020.csv"


def match_source(name: str, found: dict[str, Any]) -> Any:
    """Exact, then ignoring case, then the unique source with the same last word."""
    if name in found:
        return found[name]
    low = {k.lower(): v for k, v in found.items()}
    if name.lower() in low:
        return low[name.lower()]
    last = name.split()[-1].lower()
    same = [v for k, v in found.items() if k.split() and k.split()[-1].lower() == last]
    return same[0] if len(same) == 1 else None


def _norm(name: str) -> str:
    """Lower case, a final '.' left out ("Robert Downey Jr." = "Robert Downey Jr")."""
    return name.lower().rstrip(".")


def score_people_2(
    gold: list[list[str]], people: Callable[[str], Iterable[Any]], show: bool = False
) -> Counter[str]:
    """As sources_gold.score_people, but one to one: by full name (ignoring case and a final
    '.'), then by surname, the only listed person of the file whose name's last word it is
    and whom no annotated person matched by full name."""
    c: Counter[str] = Counter()
    by_file: dict[str, list[list[str]]] = {}
    for row in gold:
        by_file.setdefault(row[0], []).append(row)
    for file, rows in by_file.items():
        found = {p.name: p for p in people(file)}
        c["articles"] += 1
        c["listed"] += len(found)
        low = {_norm(k): v for k, v in found.items()}
        full = {_norm(r[1]) for r in rows if _norm(r[1]) in low}
        taken = {low[n].name for n in full}
        matched: set[str] = set()
        for _file, name, gender, quoted, _evidence in rows:
            gender = gender or "unknown"
            c["people"] += 1
            c["gold_evidenced"] += gender != "unknown"
            p = low.get(_norm(name))
            c["full"] += p is not None
            if p is None:
                last = _norm(name.split()[-1])
                same = [
                    v
                    for k, v in found.items()
                    if k not in taken and k.split() and _norm(k.split()[-1]) == last
                ]
                p = same[0] if len(same) == 1 else None
            if p is None:
                c["not_found"] += 1
                if show:
                    print(f"missed {file} {name!r} (mediakit: {sorted(found)})")
                continue
            matched.add(p.name)
            score_person(c, file, name, gender, quoted, p, show=show)
        for k in found:
            if k not in matched:
                c["not_annotated"] += 1
                if show:
                    g = _gender(found[k].gender)
                    print(
                        f"extra  {file} {k!r} (gender {g}): listed by mediakit, no annotated person"
                    )
    return c


def score_kinds(
    gold: Iterable[list[str]], sources: Callable[[str], Iterable[Any]], show: bool = False
) -> Counter[str]:
    """Counts for kinds_gold rows: each annotated source matched by name (match_source) to
    one of ``sources(file)``; its kind and, for a person, its gender."""
    k: Counter[str] = Counter()
    files: set[str] = set()
    for file, name, kind, gender, _evidence in gold:
        files.add(file)
        k["sources"] += 1
        s = match_source(name, {s.name: s for s in sources(file)})
        if s is None:
            k["not_found"] += 1
            if show:
                print(f"missed {file} {name!r}")
            continue
        k["found"] += 1
        k["kind_right"] += s.kind == kind
        if s.kind != kind and show:
            print(
                f"kind   {file} {name!r} (mediakit {s.name!r}): gold {kind}, "
                f"mediakit {s.kind} ({s.kind_rule})"
            )
        if kind == "person":
            k["persons_found"] += 1
            got = _gender(s.gender)
            _count_gender(k, gender or "unknown", got)
            if got != (gender or "unknown") and show:
                ev = s.gender_evidence.text if s.gender_evidence else ""
                print(f"gender {file} {name!r}: gold {gender}, mediakit {got} {ev!r}")
    k["articles"] = len(files)
    return k


def report_kinds(k: Counter[str]) -> list[str]:
    return [
        f"annotated sources: {k['sources']} in {k['articles']} articles; "
        f"matched by name: {k['found']}",
        f"kinds right, of those matched: {_pct(k['kind_right'], k['found'])}",
        f"person sources matched: {k['persons_found']}; "
        f"the text shows a gender for {k['evidenced']}",
        f"genders assigned: {k['assigned']}; right: {_pct(k['right'], k['assigned'])}",
        f"coverage of evidenced genders: {_pct(k['right'], k['evidenced'])}",
        f"genders assigned where the text shows none: {k['assigned_without_evidence']}",
    ]


def run(
    people_path: Path,
    kinds_path: Path | None,
    analysis: Callable[[str], mediakit.Analysis],
    show: bool = False,
) -> None:
    """Print the people and kinds figures of two gold files (kinds left out when
    ``kinds_path`` is None); ``analysis(key)`` analyses the text of a file key
    (people_gold_3.py reuses this on other texts)."""
    people_gold = load(people_path)
    print(f"== people: {people_path}")
    first = score_people(people_gold, lambda f: analysis(f).people)
    print(
        f"(benchmarks/sources_gold.py's matching: {_pct(first['found'], first['people'])}; it "
        "lets one listed person match two annotated ones and keeps a final '.')"
    )
    c = score_people_2(people_gold, lambda f: analysis(f).people, show)
    print(f"people found by full name: {_pct(c['full'], c['people'])}")
    print("\n".join(report_people(c)).replace("(recall)", "(recall, full name or unique surname)"))
    if kinds_path is None:
        return
    print(f"== kinds: {kinds_path}")
    k = score_kinds(load(kinds_path), lambda f: analysis(f).sources, show)
    print("\n".join(report_kinds(k)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--csv", type=Path, default=CSV)
    ap.add_argument("--devset", type=Path, default=ROOT / "devset")
    ap.add_argument("--show", action="store_true", help="list every miss and disagreement")
    args = ap.parse_args(argv)
    with args.csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    cache: dict[str, mediakit.Analysis] = {}

    def analysis(key: str) -> mediakit.Analysis:
        if key not in cache:
            cache[key] = mediakit.analyze(rows[int(key.rsplit("_", 1)[1])]["text"])
        return cache[key]

    run(args.devset / "people_gold_2.tsv", args.devset / "kinds_gold_2.tsv", analysis, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

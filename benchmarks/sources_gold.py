"""Who the sources are, and the people mentioned, scored on hand annotations.

Usage:
    python benchmarks/sources_gold.py                 # devset/sources_gold.tsv (tuning set)
    python benchmarks/sources_gold.py --heldout       # sources_gold_heldout.tsv + people_gold.tsv
    python benchmarks/sources_gold.py --sources FILE --people FILE [--devset DIR] [--show]

Sources (a gold file in the format of devset/sources_gold.tsv: file, source, kind, gender,
evidence): for each annotated source (a canonical name of the attribution annotations) it
looks for the source mediakit found with the same name (exact, then ignoring case, then
for a person the same last word), and reports

* kinds: the share of the sources found whose kind is right;
* genders, over the person sources found: precision (right / assigned a gender),
  coverage (right / those the text shows a gender for), and how many were given a
  gender where the annotation says the text shows none.

People (a gold file in the format of devset/people_gold.tsv: file, name, gender, quoted,
evidence): each annotated person is matched to one of mediakit's ``people`` by full name
(ignoring case), else by surname (the last word: the only person found whose name ends
with it, or whose one-word name is it); reports the recall of named people, how many of
mediakit's people match no annotated one, the same three gender figures over the people
found, and how often ``quoted`` agrees.

--show lists every disagreement and miss. The text of FILE is DEVSET/text/FILE.txt.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import mediakit

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path, columns: int = 5) -> list[list[str]]:
    """The rows of a tab-separated gold file, ``#`` comment lines and blank lines left out."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append((line.split("\t") + [""] * columns)[:columns])
    return rows


def _match(name: str, found: dict[str, Any]) -> Any:
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


def _match_person(name: str, found: dict[str, Any]) -> Any:
    low = {k.lower(): v for k, v in found.items()}
    if name.lower() in low:
        return low[name.lower()]
    last = name.split()[-1].lower()
    same = [v for k, v in found.items() if k.split() and k.split()[-1].lower() == last]
    return same[0] if len(same) == 1 else None


def _gender(g: str | None) -> str:
    return g if g in ("female", "male") else "unknown"


def _count_gender(c: Counter[str], gold: str, got: str) -> None:
    c["evidenced"] += gold != "unknown"
    if got != "unknown":
        c["assigned"] += 1
        c["right"] += got == gold
        c["assigned_without_evidence"] += gold == "unknown"


def score_person(
    c: Counter[str], file: str, name: str, gender: str, quoted: str, p: Any, *, show: bool
) -> None:
    """Count one annotated person that mediakit found as ``p``: gender and quoted."""
    c["found"] += 1
    got = _gender(p.gender)
    _count_gender(c, gender, got)
    if got != gender and show:
        ev = p.gender_evidence.text if p.gender_evidence else ""
        print(f"gender {file} {name!r}: gold {gender}, mediakit {got} {ev!r}")
    c["quoted_right"] += bool(p.quoted) == (quoted == "yes")
    if bool(p.quoted) != (quoted == "yes") and show:
        print(f"quoted {file} {name!r}: gold {quoted}, mediakit {bool(p.quoted)}")


def score_sources(
    gold: Iterable[list[str]],
    sources: Callable[[str], Iterable[Any]],
    show: bool = False,
) -> Counter[str]:
    """Counts for sources_gold rows; ``sources(file)`` gives mediakit's sources of a file."""
    found: dict[str, dict[str, Any]] = {}
    c: Counter[str] = Counter()
    for file, name, kind, gender, _evidence in gold:
        if file not in found:
            found[file] = {s.name: s for s in sources(file)}
            c["articles"] += 1
        s = _match(name, found[file])
        c["sources"] += 1
        if s is None:
            c["not_found"] += 1
            if show:
                print(f"missed {file} {name!r}")
            continue
        c["found"] += 1
        c["kind_right"] += s.kind == kind
        if s.kind != kind and show:
            print(f"kind   {file} {name!r}: gold {kind}, mediakit {s.kind} ({s.kind_rule})")
        if kind != "person":
            continue
        c["persons_found"] += 1
        got = _gender(s.gender)
        _count_gender(c, gender or "unknown", got)
        if got != (gender or "unknown") and show:
            ev = s.gender_evidence.text if s.gender_evidence else ""
            print(f"gender {file} {name!r}: gold {gender}, mediakit {got} {ev!r}")
    return c


def score_people(
    gold: Iterable[list[str]],
    people: Callable[[str], Iterable[Any]],
    show: bool = False,
) -> Counter[str]:
    """Counts for people_gold rows; ``people(file)`` gives mediakit's people of a file."""
    found: dict[str, dict[str, Any]] = {}
    matched: set[tuple[str, str]] = set()
    c: Counter[str] = Counter()
    for file, name, gender, quoted, _evidence in gold:
        if file not in found:
            found[file] = {p.name: p for p in people(file)}
            c["articles"] += 1
            c["listed"] += len(found[file])
        gender = gender or "unknown"
        c["people"] += 1
        c["gold_evidenced"] += gender != "unknown"
        p = _match_person(name, found[file])
        if p is None:
            c["not_found"] += 1
            if show:
                print(f"missed {file} {name!r} (mediakit: {sorted(found[file])})")
            continue
        matched.add((file, p.name))
        score_person(c, file, name, gender, quoted, p, show=show)
    for file, ps in found.items():
        for k in ps:
            if (file, k) not in matched:
                c["not_annotated"] += 1
                if show:
                    print(f"extra  {file} {k!r}: listed by mediakit, no annotated person")
    return c


def _pct(a: int, b: int) -> str:
    return f"{a} / {b} = {a / b:.1%}" if b else f"{a} / 0"


def report_sources(c: Counter[str]) -> list[str]:
    return [
        f"annotated sources: {c['sources']} in {c['articles']} articles; found: {c['found']}",
        f"kinds right: {_pct(c['kind_right'], c['found'])}",
        f"person sources found: {c['persons_found']}; the text shows a gender for {c['evidenced']}",
        f"genders assigned: {c['assigned']}; right: {_pct(c['right'], c['assigned'])}",
        f"coverage of evidenced genders: {_pct(c['right'], c['evidenced'])}",
        f"genders assigned where the text shows none: {c['assigned_without_evidence']}",
    ]


def report_people(c: Counter[str]) -> list[str]:
    return [
        f"annotated people: {c['people']} in {c['articles']} articles "
        f"({c['gold_evidenced']} with a gender shown)",
        f"people found (recall): {_pct(c['found'], c['people'])}",
        f"listed by mediakit: {c['listed']}, of them no annotated person: {c['not_annotated']}",
        f"genders assigned: {c['assigned']}; right: {_pct(c['right'], c['assigned'])}",
        f"coverage of evidenced genders (of those found): {_pct(c['right'], c['evidenced'])}",
        f"genders assigned where the text shows none: {c['assigned_without_evidence']}",
        f"quoted agrees: {_pct(c['quoted_right'], c['found'])}",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--devset", type=Path, default=ROOT / "devset")
    ap.add_argument("--sources", type=Path, help="sources gold (default DEVSET/sources_gold.tsv)")
    ap.add_argument("--people", type=Path, help="people gold (default: none)")
    ap.add_argument(
        "--heldout",
        action="store_true",
        help="DEVSET/sources_gold_heldout.tsv and DEVSET/people_gold.tsv",
    )
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    sources_gold, people_gold = args.sources, args.people
    if args.heldout:
        sources_gold = sources_gold or args.devset / "sources_gold_heldout.tsv"
        people_gold = people_gold or args.devset / "people_gold.tsv"
    elif sources_gold is None and people_gold is None:
        sources_gold = args.devset / "sources_gold.tsv"

    cache: dict[str, mediakit.Analysis] = {}

    def analysis(file: str) -> mediakit.Analysis:
        if file not in cache:
            text = (args.devset / "text" / f"{file}.txt").read_bytes().decode("utf-8")
            cache[file] = mediakit.analyze(text)
        return cache[file]

    if sources_gold is not None:
        print(f"== sources: {sources_gold}")
        c = score_sources(load(sources_gold), lambda f: analysis(f).sources, args.show)
        print("\n".join(report_sources(c)))
    if people_gold is not None:
        print(f"== people: {people_gold}")
        c = score_people(load(people_gold), lambda f: analysis(f).people, args.show)
        print("\n".join(report_people(c)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

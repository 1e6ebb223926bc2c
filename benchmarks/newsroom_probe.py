"""Score mediakit's people and source kinds on the newsroom probe (issue 13).

``devset/newsroom_probe/{a,b}``: 20 fictional news articles, each written in the house
style of another newsroom (Reuters, AP, BBC, NYT, Al Jazeera, The Guardian, CNN, Times
of India, Straits Times, ESPN; NPR, Bloomberg, Japan Times, VnExpress, Dawn, Daily
Nation, DW, a US local paper, a UK tabloid, a science desk), with hand annotations
(``expected_NN.json``) written blind, before mediakit ran on them (their README).

Usage::

    python benchmarks/newsroom_probe.py            # both halves, totals
    python benchmarks/newsroom_probe.py --show     # every miss and disagreement

Matching is by normalised name: a person is found when mediakit names them by their name
or one of its annotated forms (titles left out), or by a part of it (counted apart as
"cut or extended"); a source matches the annotated source whose words it shares most.
Source kinds are scored over the annotated sources that mediakit found (the issue's
"kinds right for at least 85 % of the sources found"); optional sources count only when
found.  Genders: right, wrong, given without evidence (annotated unknown), missed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import mediakit

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "devset" / "newsroom_probe"
#: Words left out when names are compared: titles, honorifics, articles.
_SKIP = frozenset(
    """mr mrs ms miss dr prof sir rt hon chief justice the a an of for by from in at to and
    's sen rep gov insp capt datuk encik puan dcp sho""".split()
)


def _norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace('"', "").replace("'", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def _toks(s: str) -> set[str]:
    return {t for t in re.findall(r"[\w\-.]+", _norm(s)) if t not in _SKIP and len(t) > 1}


def _forms(e: dict[str, Any]) -> set[str]:
    return {_norm(e["name"])} | {_norm(a) for a in e["alts"]}


def _words(e: dict[str, Any]) -> set[str]:
    return _toks(e["name"]).union(*[_toks(a) for a in e["alts"]])


def _people(exp: dict[str, Any], a: mediakit.Analysis, t: Counter[str], show: list[str]) -> None:
    got = a.people
    for ep in exp["people"]:
        t["people"] += 1
        others = set().union(*[_forms(o) for o in exp["people"] if o is not ep])
        exact = [p for p in got if _norm(p.name) in _forms(ep)]
        part = [
            p
            for p in got
            if p not in exact and _norm(p.name) not in others and _toks(p.name) & _words(ep)
        ]
        if not exact and not part:
            show.append(f"  person missed: {ep['name']}")
            continue
        t["people_found"] += 1
        if not exact:
            t["people_cut_or_extended"] += 1
            show.append(f"  person cut or extended: {ep['name']} as {part[0].name}")
        p = (exact or part)[0]
        ok = ep.get("gender_ok", [ep["gender"]])
        if p.gender in ok:
            t["genders_right"] += 1
        elif p.gender == "unknown":
            t["genders_missed"] += 1
            show.append(f"  gender missed: {ep['name']} ({ep['gender']})")
        else:
            t["genders_wrong"] += 1
            if ep["gender"] == "unknown":
                t["genders_without_evidence"] += 1
            show.append(f"  gender wrong: {ep['name']} {p.gender} ({p.gender_rule})")


def _sources(exp: dict[str, Any], a: mediakit.Analysis, t: Counter[str], show: list[str]) -> None:
    best: dict[str, list[tuple[int, Any]]] = {}
    for s in a.sources:
        words = _toks(s.name)
        match, score = None, 0
        for e in exp["sources"]:
            overlap = len(words & _words(e))
            if overlap > score:
                match, score = e, overlap
        if match is None:
            t["sources_unmatched"] += 1
            continue
        best.setdefault(match["name"], []).append((score, s))
    for e in exp["sources"]:
        found = sorted(best.get(e["name"], []), key=lambda x: -x[0])
        if not found:
            if not e.get("optional"):
                t["sources"] += 1
                show.append(f"  source missed: {e['name']} ({e['kind']})")
            continue
        t["sources"] += 1
        t["sources_found"] += 1
        s = found[0][1]
        if s.kind in e.get("kind_ok", [e["kind"]]):
            t["kinds_right"] += 1
        else:
            show.append(f"  kind: {s.name!r} {s.kind} ({s.kind_rule}), annotated {e['kind']}")


def _pct(n: int, d: int) -> str:
    return f"{n} / {d} = {100 * n / d:.1f}%" if d else "0 / 0"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list every miss and disagreement")
    ap.add_argument(
        "--probe", type=Path, default=PROBE, help="a directory of halves (default: %(default)s)"
    )
    args = ap.parse_args(argv)
    total: Counter[str] = Counter()
    for half in sorted(d.name for d in args.probe.iterdir() if d.is_dir()):
        t: Counter[str] = Counter()
        for art in sorted((args.probe / half).glob("article_*.txt")):
            exp = json.loads(
                art.with_name(art.name.replace("article", "expected"))
                .with_suffix(".json")
                .read_text(encoding="utf-8")
            )
            a = mediakit.analyze(art.read_text(encoding="utf-8"))
            show: list[str] = []
            _people(exp, a, t, show)
            _sources(exp, a, t, show)
            if args.show and show:
                print(f"== {half}/{art.name}")
                print("\n".join(show))
        print(_report(f"probe {half}", t))
        total.update(t)
    print(_report("both halves", total))
    return 0


def _report(label: str, t: Counter[str]) -> str:
    return (
        f"[{label}] people found: {_pct(t['people_found'], t['people'])} "
        f"({t['people_cut_or_extended']} cut or extended); genders right "
        f"{_pct(t['genders_right'], t['people_found'])}, wrong {t['genders_wrong']} "
        f"(given without evidence {t['genders_without_evidence']}), missed "
        f"{t['genders_missed']}; sources found {_pct(t['sources_found'], t['sources'])}; "
        f"kinds right, of those found: {_pct(t['kinds_right'], t['sources_found'])}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

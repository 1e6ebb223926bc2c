"""Check the hand-annotated dev set's brat files: every span's offsets give its text.

Usage: ``python benchmarks/devset_check.py [devset]``. Prints one line per
problem and a summary; exits 1 when any problem is found. It writes nothing.

Checks: every ``T`` line's pieces lie in the text and, joined with a space,
give the text written after the tab (brat's convention for discontinuous
spans); every ``E`` line names existing spans with the roles Attribution, Cue,
Source and Content; labels are from the dev set's list (see devset/README.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LABELS = {
    "Source",
    "Cue",
    "Content",
    "Attribution",
    "Quotation",
    "Marked_title",
    "Marked_name",
    "Marked_scare",
    "Marked_term",
    "Marked_other",
}
ROLES = {"Attribution", "Cue", "Source", "Content"}
T_LINE = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t(.*)$")


def check_file(txt: Path, ann: Path) -> list[str]:
    text = open(txt, encoding="utf-8", newline="").read()
    problems: list[str] = []
    spans: dict[str, str] = {}
    for n, line in enumerate(open(ann, encoding="utf-8", newline="").read().splitlines(), 1):
        if not line.strip():
            continue
        where = f"{ann.name}:{n}"
        if line.startswith("T"):
            m = T_LINE.match(line)
            if not m:
                problems.append(f"{where}: malformed T line: {line!r}")
                continue
            tid, label, offsets, written = m.groups()
            if label not in LABELS:
                problems.append(f"{where}: unknown label {label!r}")
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            if any(a >= b or b > len(text) for a, b in pieces):
                problems.append(f"{where}: offsets out of range {offsets}")
                continue
            got = " ".join(text[a:b] for a, b in pieces)
            if got != written:
                problems.append(f"{where}: {tid} gives {got[:60]!r}, written {written[:60]!r}")
            spans[tid] = label
        elif line.startswith("E"):
            parts = line.split("\t", 1)[1].split()
            for arg in parts:
                role, _, tid = arg.partition(":")
                if role not in ROLES:
                    problems.append(f"{where}: unknown role {role!r}")
                elif tid not in spans:
                    problems.append(f"{where}: {tid} is not defined above")
                elif spans[tid] != role:
                    problems.append(f"{where}: {tid} is a {spans[tid]}, used as {role}")
        elif not line.startswith("#"):
            problems.append(f"{where}: unknown line {line[:40]!r}")
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else "devset")
    problems: list[str] = []
    n = 0
    for txt in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            problems.append(f"{txt.name}: no annotation file")
            continue
        n += 1
        problems += check_file(txt, anns[0])
    for p in problems:
        print(p)
    print(f"{n} annotated articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

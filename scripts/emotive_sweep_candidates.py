"""The candidate words of the frequency sweep of the twentieth session (issue 15;
docs/emotive.md, "A frequency sweep and a seventh set"): the words of wordfreq's English
frequency list in a rank range that mediakit's emotive scoring does not flag, folded to
base forms (a regular inflection of another candidate or of a listed word is left out).

    python scripts/emotive_sweep_candidates.py 0 50000 > words.txt       # 31,591 words then
    python scripts/emotive_sweep_candidates.py 50000 100000 > words.txt  # 43,476 words then

Needs wordfreq (``pip install wordfreq``; a development tool only, never a dependency of
mediakit and not installed by it). The counts above are those the sweep read: the first
range at 08894d0 (before it), the second at 4ba2d12 (after its first part); with the
sweep's words listed, the script now prints fewer.
"""

from __future__ import annotations

import json
import re
import sys

from mediakit import lexicons
from mediakit._emotive import score_sentence
from mediakit._emotive._lexicon import rules
from mediakit._emotive._morphology import adverb, inflections, siblings

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")


def candidates(first: int, last: int) -> list[str]:
    """The unflagged base forms among the words ranked ``first`` to ``last`` (exclusive)."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        raise SystemExit("error: needs wordfreq (pip install wordfreq)") from None
    r = rules()
    raw = json.loads(lexicons.read("vader_rules"))
    known = {*r.lexicon, *r.intensifiers, *r.emphatic, *raw["negations"]}
    known |= {*r.senses.words, *r.senses.topic}
    words = [w for w in top_n_list("en", last)[first:] if len(w) > 2 and _WORD.fullmatch(w)]
    new = [w for w in words if w not in known and not score_sentence(f"it was {w} there").words]
    pool = set(new)
    forms = {
        f
        for b in (*pool, *known)
        for f in (*inflections(b), *siblings(b), adverb(b))
        if f and f != b and f in pool
    }
    return [w for w in new if w not in forms]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not all(a.isdigit() for a in argv):
        print("usage: emotive_sweep_candidates.py FIRST LAST", file=sys.stderr)
        return 2
    sys.stdout.write("".join(f"{w}\n" for w in candidates(int(argv[0]), int(argv[1]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

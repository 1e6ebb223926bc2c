"""Whether mediakit's emotive scoring already flags a word or phrase, and how: the check
run on every entry of the vocabulary sweep of branch loaded9 before it was added
(docs/emotive.md, "A sweep of the charged vocabulary").

    python scripts/emotive_known.py word ["multi-word phrase" ...]   (or one per line on stdin)

Prints ``KNOWN word -> entry valence (first rule)`` or ``NEW word`` for each.
"""

from __future__ import annotations

import sys

from mediakit._emotive import score_sentence


def main(argv: list[str]) -> int:
    words = argv or [w.strip() for w in sys.stdin.read().splitlines() if w.strip()]
    for w in words:
        low = w.lower()
        found = [
            x
            for x in score_sentence(f"it was {low} there").words
            if x.text.lower() in low or low in x.text.lower()
        ]
        if found:
            x = found[0]
            rule = x.rules[0] if x.rules else "VADER's lexicon"
            print(f"KNOWN {w} -> {x.entry} {x.valence:+.1f} ({rule})")
        else:
            print(f"NEW {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

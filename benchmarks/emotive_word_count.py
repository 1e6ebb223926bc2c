"""Count the emotive words mediakit finds, sentence by sentence (issue 15).

Compares the lexicon hits of two checkouts on the same text, e.g. before and after
a change to tokenisation::

    python benchmarks/emotive_word_count.py                      # this checkout
    python benchmarks/emotive_word_count.py --code OTHER_CHECKOUT
    python benchmarks/emotive_word_count.py --rule epithet       # where one rule fires

It scores every sentence of ``devset/text/*.txt``, of the Wikinews CSVs in
``../shared/data/wikinews/`` and of the PolNeAR texts in ``../shared/data/polnear/``
(when there) and prints, for each set, the whitespace tokens and the emotive words found;
with ``--rule``, also every emotive word one of whose rules holds that text, with how
often it was found so.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", default=str(ROOT), help="import mediakit from this directory")
    ap.add_argument("--rule", default="", help="list the words a rule holding this text made")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.code).resolve()))
    from mediakit._emotive import score_sentence
    from mediakit._text import paragraph_spans, sentence_spans

    by_rule: Counter[str] = Counter()

    def count(texts: list[str]) -> tuple[int, int]:
        tokens = found = 0
        for t in texts:
            for s in sentence_spans(t, paragraph_spans(t)):
                sentence = t[s.start : s.end]
                tokens += len(sentence.split())
                words = score_sentence(sentence).words
                found += len(words)
                if args.rule:
                    by_rule.update(w.text for w in words if any(args.rule in r for r in w.rules))
        return tokens, found

    devset = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "devset" / "text").glob("*.txt"))
    ]
    wikinews: list[str] = []
    for f in sorted((ROOT.parent / "shared" / "data" / "wikinews").glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            wikinews += [row["text"] for row in csv.DictReader(fh)]
    polnear = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((ROOT.parent / "shared" / "data" / "polnear").glob("*/text/*.txt"))
    ]
    print(f"mediakit from {args.code}")
    for name, texts in (("devset/text", devset), ("wikinews CSVs", wikinews), ("polnear", polnear)):
        tokens, found = count(texts)
        print(f"{name}: {len(texts)} texts, {tokens:,} tokens, {found:,} emotive words")
    if args.rule:
        print(f"words a rule holding {args.rule!r} made: {dict(by_rule.most_common())}")


if __name__ == "__main__":
    main()

"""A fixed workload for counting instructions with valgrind (load-independent).

This machine's speed swings from minute to minute, so before/after
comparisons of the analysis are also made in instructions executed::

    PY=$(python -c 'import sys; print(sys.executable)')
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/cg.warm \\
        "$PY" benchmarks/count_instructions.py warm
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/cg.run \\
        "$PY" benchmarks/count_instructions.py run
    grep ^summary /tmp/cg.warm /tmp/cg.run    # run minus warm = the articles

(``python`` may be a pyenv shim, a shell script: give valgrind the real
interpreter.)  ``warm`` imports mediakit and analyses the seed article, which
loads the lexicons and dictionaries; ``run`` then analyses every Wikinews
article in ``../shared/data/wikinews/`` once, with its summary metrics (a pass
with per-word caches cold); ``step`` does for each article what a ``mediakit analyze
... --format jsonl`` worker does (``mediakit._run.process``: read the CSV row, analyse,
metrics, the JSON line); ``emotive`` instead scores every sentence of those
articles with the emotive scorer alone (``emotive`` minus ``warm`` = the emotive
scoring).  ``--code DIR`` imports mediakit from ``DIR``
instead (a checkout of another commit, e.g. a ``git worktree``).
``--without-people`` measures what the people finder and the source profiles
cost: the analysis then finds no people and gives every source the kind
``unknown`` (its metrics are wrong; for measuring only).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", choices=["warm", "run", "step", "emotive"])
    ap.add_argument("--code", help="import mediakit from this directory")
    ap.add_argument("--without-people", action="store_true", help="no people, no source kinds")
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, args.code)
    import mediakit

    if args.without_people:
        _without_people()

    texts: list[str] = []
    for f in sorted(WIKINEWS.glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            texts += [row["text"] for row in csv.DictReader(fh) if row["text"].strip()]
    if not texts:
        sys.stderr.write(f"{WIKINEWS}: no Wikinews CSV files found\n")
        return 2
    _ = mediakit.analyze(mediakit.seed_path()).metrics
    if args.what == "emotive":
        from mediakit._emotive import score_sentence
        from mediakit._text import paragraph_spans, sentence_spans

        n = 0
        for t in texts:
            for s in sentence_spans(t, paragraph_spans(t)):
                score_sentence(t[s.start : s.end])
                n += 1
        print(f"{n} sentences scored, mediakit from {mediakit.__file__}")
    if args.what == "step":
        from mediakit._ingest import iter_inputs
        from mediakit._json import document_line
        from mediakit._run import Options, process

        opts = Options(extra=document_line)
        results = [process(s, opts) for s in iter_inputs(sorted(WIKINEWS.glob("*.csv")))]
        failed = sum(1 for r in results if r.row["error"])
        print(f"{len(results)} articles through the run's step ({failed} failed)")
    if args.what == "run":
        words = 0
        for t in texts:
            a = mediakit.analyze(t)
            _ = a.metrics
            words += a.words
        print(f"{len(texts)} articles, {words:,} words, mediakit from {mediakit.__file__}")
    return 0


def _without_people() -> None:
    """No people found and no source profiles read, in any checkout since issue 13."""
    import mediakit._analysis as analysis

    class NoPeople(dict[str, object]):
        def people(self) -> list[object]:
            return []

    if hasattr(analysis, "PeopleIndex"):
        analysis.PeopleIndex = lambda an: NoPeople()  # type: ignore[assignment,misc]
    else:
        analysis.find_people = lambda an: []  # type: ignore[attr-defined]
    analysis.source_profile = lambda *a: ("unknown", "unknown:no_rule", None, None, None)  # type: ignore[assignment]


if __name__ == "__main__":
    raise SystemExit(main())

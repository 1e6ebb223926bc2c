"""The annotator's agreement with itself on the loaded-language and headline sets (issue 15).

``devset/loaded_passes.tsv`` holds, for every sentence of ``loaded_news.tsv`` and
``loaded_news_heldout.tsv`` (by id), the labels of the first pass (in drawn order) and of
the second (shuffled) pass, before disagreements were resolved. Prints, for ``loaded``
and ``subjective``, the share of sentences labelled alike and Cohen's kappa, then the final
labels' counts in each file and stratum. ``devset/headlines_passes.tsv`` likewise holds the
two passes of ``headlines_news.tsv``: for valence (-3..+3) and emotion (0..3) it prints the
share rated alike, the share within one point, the quadratic-weighted kappa and Pearson's
r between the passes::

    python devset/loaded_agreement.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSES = HERE / "loaded_passes.tsv"
HEADLINE_PASSES = HERE / "headlines_passes.tsv"
FILES = ("loaded_news.tsv", "loaded_news_heldout.tsv")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated file whose comment lines start with '#'."""
    lines = [r for r in path.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def cohen_kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two yes/no labellings of the same items."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected)


def weighted_kappa(a: list[int], b: list[int]) -> float:
    """Cohen's kappa with quadratic weights, for two ratings of the same items on a scale."""
    n = len(a)
    observed = sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) / n
    expected = sum((x - y) ** 2 for x in a for y in b) / (n * n)
    return 1 - observed / expected


def pearson(a: list[int], b: list[int]) -> float:
    """Pearson's correlation of two equally long lists of numbers."""
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    va, vb = sum((x - ma) ** 2 for x in a), sum((y - mb) ** 2 for y in b)
    return float(cov / (va * vb) ** 0.5)


def headlines() -> None:
    """Print the two passes' agreement on the headline ratings."""
    rows = read_tsv(HEADLINE_PASSES)
    print(f"{len(rows)} headlines, each rated twice")
    for label in ("valence", "emotion"):
        a = [int(r[f"{label}_1"]) for r in rows]
        b = [int(r[f"{label}_2"]) for r in rows]
        same = sum(x == y for x, y in zip(a, b, strict=True))
        near = sum(abs(x - y) <= 1 for x, y in zip(a, b, strict=True))
        print(
            f"{label}: same rating {same}/{len(rows)}, within one point {near}/{len(rows)}; "
            f"quadratic-weighted kappa {weighted_kappa(a, b):.3f}; Pearson r {pearson(a, b):.3f}"
        )


def main() -> None:
    rows = read_tsv(PASSES)
    print(f"{len(rows)} sentences, each labelled twice")
    for label in ("loaded", "subjective"):
        a = [r[f"{label}_1"] == "yes" for r in rows]
        b = [r[f"{label}_2"] == "yes" for r in rows]
        same = sum(x == y for x, y in zip(a, b, strict=True))
        print(
            f"{label}: yes {sum(a)} (pass 1) {sum(b)} (pass 2); same label {same}/{len(rows)} "
            f"({same / len(rows):.1%}); Cohen's kappa {cohen_kappa(a, b):.3f}"
        )
    for name in FILES:
        final = read_tsv(HERE / name)
        for stratum in ("plain", "quote"):
            part = [r for r in final if r["stratum"] == stratum]
            loaded = sum(r["loaded"] == "yes" for r in part)
            subjective = sum(r["subjective"] == "yes" for r in part)
            print(
                f"{name} {stratum}: {len(part)} sentences, {loaded} loaded, {subjective} subjective"
            )
    headlines()


if __name__ == "__main__":
    main()

"""Emotive scoring measured against people: the NYT editorial snippets.

Hutto & Gilbert (2014) had 20 people rate each of 5,190 sentences from New
York Times opinion pieces on -4..+4.  This harness reports how well
mediakit's VADER compound follows the mean rating, how well mediakit's
emotive intensity follows the mean *absolute* rating (emotional intensity
whatever its sign), how closely mediakit reproduces vaderSentiment's
compound, and the speed of both.

    python -m mediakit.evaluate.nyt [DIR]

``DIR`` defaults to ``../shared/data/nyt-editorial-snippets`` beside the
repository.  The data are never copied into mediakit.

"Odd" and "even" halves are the odd- and even-numbered lines (1-based) of
``nytEditorialSnippets_GroundTruth.txt``; mediakit's intensity constants were
chosen on the odd half only, so the even half is the honest check.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mediakit._emotive import score_sentence

__all__ = ["AGREEMENT_TOLERANCE", "DEFAULT_DIR", "evaluate_nyt", "main"]

DEFAULT_DIR = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "nyt-editorial-snippets"
)
GROUND_TRUTH = "nytEditorialSnippets_GroundTruth.txt"
RATINGS = "nytEditorialSnippets_anonDataRatings.txt"
AGREEMENT_TOLERANCE = 0.001  # |mediakit compound - vaderSentiment compound| below this agrees


@dataclass(frozen=True, slots=True)
class _Item:
    sentence: str
    mean_rating: float
    mean_abs_rating: float


def _read_lines(path: Path) -> list[str]:
    # The files are UTF-8 with CRLF line ends; decode leniently all the same.
    with path.open(encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\r\n") for line in f if line.strip()]


def _load(directory: Path) -> list[_Item]:
    ratings: dict[str, float] = {}
    for line in _read_lines(directory / RATINGS):
        fields = line.split("\t")
        if len(fields) < 4:
            continue
        values = [float(v) for v in fields[3].strip().strip("[]").split(",") if v.strip()]
        if values:
            ratings[fields[0]] = sum(abs(v) for v in values) / len(values)
    items: list[_Item] = []
    for line in _read_lines(directory / GROUND_TRUTH):
        fields = line.split("\t", 2)
        if len(fields) == 3 and fields[0] in ratings:
            items.append(_Item(fields[2], float(fields[1]), ratings[fields[0]]))
    return items


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's r of two equally long sequences (nan when undefined)."""
    n = len(xs)
    if n != len(ys) or n < 2:
        return math.nan
    mx = math.fsum(xs) / n
    my = math.fsum(ys) / n
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx == 0.0 or syy == 0.0:
        return math.nan
    return sxy / math.sqrt(sxx * syy)


def _timed(func: Callable[[str], object], sentences: Sequence[str]) -> float:
    """CPU seconds to score every sentence once (best of two runs)."""
    best = math.inf
    for _ in range(2):
        t0 = time.process_time()
        for s in sentences:
            func(s)
        best = min(best, time.process_time() - t0)
    return best


def evaluate_nyt(path: str | Path) -> dict[str, float]:
    """Measure mediakit's emotive scoring on the NYT editorial snippets in ``path``.

    Raises FileNotFoundError when the two data files are not in ``path``.
    Keys: ``sentences``; ``compound_r_{mediakit,vader}[_odd|_even]`` (vs the
    mean rating); ``intensity_r_{mediakit,vader}[_odd|_even]`` (mediakit
    intensity, VADER |compound|, vs the mean absolute rating);
    ``agreement`` (share of sentences whose compound is within
    ``AGREEMENT_TOLERANCE`` of vaderSentiment's), ``max_compound_diff``;
    ``emotive_share`` (share at or above EMOTIVE_THRESHOLD);
    ``words_per_s_{mediakit,vader}``.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    directory = Path(path)
    for name in (GROUND_TRUTH, RATINGS):
        if not (directory / name).is_file():
            raise FileNotFoundError(f"{directory / name} not found")
    items = _load(directory)
    sentences = [it.sentence for it in items]
    analyzer = SentimentIntensityAnalyzer()

    ours = [score_sentence(s) for s in sentences]
    theirs = [float(analyzer.polarity_scores(s)["compound"]) for s in sentences]
    diffs = [abs(o.compound - t) for o, t in zip(ours, theirs, strict=True)]

    series: dict[str, list[float]] = {
        "compound_r_mediakit": [o.compound for o in ours],
        "compound_r_vader": theirs,
        "intensity_r_mediakit": [o.intensity for o in ours],
        "intensity_r_vader": [abs(t) for t in theirs],
    }
    truth = {
        "compound": [it.mean_rating for it in items],
        "intensity": [it.mean_abs_rating for it in items],
    }
    result: dict[str, float] = {"sentences": float(len(items))}
    for key, xs in series.items():
        ys = truth[key.split("_", 1)[0]]
        result[key] = pearson(xs, ys)
        result[key + "_odd"] = pearson(xs[0::2], ys[0::2])
        result[key + "_even"] = pearson(xs[1::2], ys[1::2])
    n = max(len(items), 1)
    result["agreement"] = sum(d < AGREEMENT_TOLERANCE for d in diffs) / n
    result["max_compound_diff"] = max(diffs, default=0.0)
    result["emotive_share"] = sum(o.is_emotive for o in ours) / n

    words = sum(len(s.split()) for s in sentences)
    result["words"] = float(words)
    result["words_per_s_mediakit"] = words / _timed(score_sentence, sentences)
    result["words_per_s_vader"] = words / _timed(analyzer.polarity_scores, sentences)
    return result


def _largest_differences(path: Path, k: int) -> list[tuple[float, float, float, str]]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    rows = []
    for it in _load(path):
        ours = score_sentence(it.sentence).compound
        theirs = float(analyzer.polarity_scores(it.sentence)["compound"])
        if abs(ours - theirs) >= AGREEMENT_TOLERANCE:
            rows.append((abs(ours - theirs), ours, theirs, it.sentence))
    rows.sort(reverse=True)
    return rows[:k]


def _report(r: dict[str, float], path: Path) -> str:
    lines = [
        f"NYT editorial snippets: {int(r['sentences'])} sentences ({path})",
        "",
        "Pearson r                              mediakit   vaderSentiment",
    ]
    for label, key in (
        ("compound vs mean rating", "compound_r"),
        ("intensity vs mean |rating|", "intensity_r"),
    ):
        for part, suffix in (("all", ""), ("odd lines", "_odd"), ("even lines", "_even")):
            ours = r[f"{key}_mediakit{suffix}"]
            theirs = r[f"{key}_vader{suffix}"]
            lines.append(f"  {label:<27} {part:<10} {ours:7.4f}   {theirs:7.4f}")
    lines += [
        "  (vaderSentiment's intensity is |compound|; mediakit's intensity constants",
        "   were chosen on the odd lines only)",
        "",
        f"compound agreement with vaderSentiment (|diff| < {AGREEMENT_TOLERANCE}): "
        f"{r['agreement']:.2%}   largest |diff| {r['max_compound_diff']:.4f}",
        f"sentences at/above EMOTIVE_THRESHOLD: {r['emotive_share']:.1%}",
        f"speed ({int(r['words'])} words, one core): score_sentence "
        f"{r['words_per_s_mediakit']:,.0f} words/s, vaderSentiment "
        f"{r['words_per_s_vader']:,.0f} words/s",
    ]
    for diff, ours, theirs, sentence in _largest_differences(path, 5):
        lines.append(
            f"  differs by {diff:.4f} (mediakit {ours:.4f}, vader {theirs:.4f}): {sentence}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and args[0] in ("-h", "--help")):
        sys.stderr.write("usage: python -m mediakit.evaluate.nyt [DIR]\n")
        return 2 if len(args) > 1 else 0
    path = Path(args[0]) if args else DEFAULT_DIR
    if not (path / GROUND_TRUTH).is_file() or not (path / RATINGS).is_file():
        sys.stderr.write(
            f"mediakit.evaluate.nyt: no NYT editorial snippets in {path} "
            f"(expected {GROUND_TRUTH} and {RATINGS})\n"
        )
        return 2
    result = evaluate_nyt(path)
    sys.stdout.write(_report(result, path) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

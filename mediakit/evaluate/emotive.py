"""Emotive language and hedging against human judgements, beside VADER, in one run.

    python -m mediakit.evaluate emotive [--devset DIR] [--nyt DIR] [--errors]

Prints, each beside VADER's figure computed in the same run:

* NYT editorial snippets (Hutto & Gilbert 2014; ``--nyt``, default
  ``../shared/data/nyt-editorial-snippets``): emotive intensity against the mean
  absolute rating and compound against the mean rating (Pearson r), all lines and
  the odd (fitting) and even (checking) halves; VADER's intensity is |compound|.
* Loaded language and subjectivity, on the hand-labelled Wikinews sentences of
  ``devset/loaded_news.tsv`` (dev: tune on this only) and
  ``devset/loaded_news_heldout.tsv`` (held out: report, never tune): the AUC of
  intensity for telling loaded sentences from the others and subjective ones from
  the others, and the share of the hand-labelled loaded phrases that hold a word
  mediakit lists as emotive (VADER: a word of its lexicon, looked up plainly).
* Headlines (``devset/headlines_news.tsv``, when present): intensity against
  |valence| and against the rated emotion, compound against valence.
* Hedges (``devset/hedges_news.tsv`` and ``_heldout``): sentence precision, recall
  and F1 of mediakit's hedge markers (VADER has no hedge detection).
* Another newsroom (:mod:`mediakit.evaluate.newsroom`, PolNeAR's US political news, when
  ``../shared/data/polnear`` is there): the first set's hedge, loaded-language and
  subjectivity figures, both halves; the loaded-language and subjectivity figures of the
  later sets, 2-6 dev sets and 7 clean, and of the dev random sets pooled (2-6: one AUC
  over all their sentences) (``python -m mediakit.evaluate newsroom --set N`` for one of
  them, ``--set N --errors`` for a dev set's errors).

A file that is missing is named and skipped.  The data are never copied into
mediakit; the dev sets live in the repository's ``devset/``.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from mediakit._emotive import SentenceEmotion, score_sentence
from mediakit._subjectivity import text_subjectivity
from mediakit.evaluate.nyt import DEFAULT_DIR as NYT_DIR
from mediakit.evaluate.nyt import GROUND_TRUTH, RATINGS, _load, pearson

__all__ = ["auc", "loaded_lines", "main", "phrase_spans", "read_tsv"]

ROOT = Path(__file__).resolve().parents[2]
_ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
Vader = Callable[[str], dict[str, float]]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a dev-set TSV (``#`` comment lines first, then a header line)."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve: the chance that a random positive scores above a random
    negative (ties count half); nan without both classes."""
    pairs = sorted(zip(scores, labels, strict=True))
    n_pos = sum(labels)
    n_neg = len(labels) - n_pos
    if not n_pos or not n_neg:
        return math.nan
    rank_sum = 0.0
    i = 0
    while i < len(pairs):  # average ranks over ties
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        rank = (i + j + 1) / 2
        rank_sum += rank * sum(lab for _, lab in pairs[i:j])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def phrase_spans(sentence: str, phrases: str) -> list[tuple[int, int] | None]:
    """Where each `` | ``-separated phrase is in ``sentence`` (None when it is not)."""
    out: list[tuple[int, int] | None] = []
    low = sentence.lower()
    for p in (x.strip() for x in phrases.split(" | ")):
        if p:
            at = low.find(p.lower())
            out.append(None if at < 0 else (at, at + len(p)))
    return out


def _vader_lexicon_hit(sentence: str, span: tuple[int, int], lexicon: dict[str, float]) -> bool:
    """A plain look-up: some token of the phrase is a nonzero word of VADER's lexicon."""
    toks = (t.strip(_ASCII_PUNCT).lower() for t in sentence[span[0] : span[1]].split())
    return any(lexicon.get(t, 0.0) != 0.0 for t in toks)


def _loaded(path: Path, vader: Vader, lexicon: dict[str, float], errors: bool) -> list[str]:
    return loaded_lines(read_tsv(path), vader, lexicon, errors, path.name)


def loaded_lines(
    rows: list[dict[str, str]],
    vader: Vader,
    lexicon: dict[str, float],
    errors: bool,
    name: str = "",
) -> list[str]:
    """Loaded-language and subjectivity figures of labelled rows (``sentence``, ``loaded``,
    ``phrases``, ``subjective``, ``id``) beside VADER's, under a first line naming them."""
    ours = [score_sentence(r["sentence"]) for r in rows]
    theirs = [abs(vader(r["sentence"])["compound"]) for r in rows]
    loaded = [r["loaded"] == "yes" for r in rows]
    subjective = [r["subjective"] == "yes" for r in rows]
    found = [0, 0]
    total = missing = 0
    missed: list[str] = []
    for r, e in zip(rows, ours, strict=True):
        for span in phrase_spans(r["sentence"], r["phrases"]):
            if span is None:
                missing += 1
                continue
            total += 1
            hit = any(w.start < span[1] and w.end > span[0] for w in e.words)
            found[0] += hit
            found[1] += _vader_lexicon_hit(r["sentence"], span, lexicon)
            if not hit:
                missed.append(f"  missed {r['sentence'][span[0] : span[1]]!r} ({r['id']})")
    share = [f / total if total else math.nan for f in found]
    lines = [
        f"{name}: {len(rows)} sentences, {sum(loaded)} loaded, {sum(subjective)} subjective",
        _row(
            "loaded-language sentence AUC",
            auc([e.intensity for e in ours], loaded),
            auc(theirs, loaded),
        ),
        _row(f"loaded phrases holding a flagged word ({total})", share[0], share[1]),
        _row(
            "subjectivity sentence AUC",
            auc([text_subjectivity(r["sentence"]).score for r in rows], subjective),
            auc(theirs, subjective),
        ),
        _row(
            "  (emotive intensity alone)",
            auc([e.intensity for e in ours], subjective),
            auc(theirs, subjective),
        ),
    ]
    if missing:
        lines.append(f"  ({missing} phrases not found verbatim in their sentence, left out)")
    if errors:
        lines += missed + _false_alarms(rows, ours, loaded)
    return lines


def _false_alarms(
    rows: list[dict[str, str]], ours: list[SentenceEmotion], loaded: list[bool]
) -> list[str]:
    ranked = sorted(
        (
            (e.intensity, r["id"], [w.text for w in e.words])
            for r, e, y in zip(rows, ours, loaded, strict=True)
            if not y
        ),
        reverse=True,
    )
    return [f"  not loaded, intensity {s:.2f} ({i}): {ws}" for s, i, ws in ranked[:15]]


def _headlines(path: Path, vader: Vader) -> list[str]:
    rows = read_tsv(path)
    texts = [r["headline"] for r in rows]
    ours = [score_sentence(t) for t in texts]
    theirs = [vader(t)["compound"] for t in texts]
    valence = [float(r["valence"]) for r in rows]
    emotion = [float(r["emotion"]) for r in rows]
    strength = [abs(v) for v in valence]
    mine = [e.intensity for e in ours]
    vabs = [abs(c) for c in theirs]
    return [
        f"{path.name}: {len(rows)} headlines",
        _row("headline intensity r vs |valence|", pearson(mine, strength), pearson(vabs, strength)),
        _row("headline intensity r vs emotion", pearson(mine, emotion), pearson(vabs, emotion)),
        _row(
            "headline compound r vs valence",
            pearson([e.compound for e in ours], valence),
            pearson(theirs, valence),
        ),
    ]


def _nyt(directory: Path, vader: Vader) -> list[str]:
    items = _load(directory)
    ours = [score_sentence(it.sentence) for it in items]
    theirs = [vader(it.sentence)["compound"] for it in items]
    lines = [f"NYT editorial snippets: {len(items)} sentences ({directory})"]
    for label, mine, vad, truth in (
        (
            "intensity r vs mean |rating|",
            [e.intensity for e in ours],
            [abs(c) for c in theirs],
            [it.mean_abs_rating for it in items],
        ),
        (
            "compound r vs mean rating",
            [e.compound for e in ours],
            theirs,
            [it.mean_rating for it in items],
        ),
    ):
        for part, sl in (
            ("all", slice(None)),
            ("odd lines", slice(0, None, 2)),
            ("even lines", slice(1, None, 2)),
        ):
            lines.append(
                _row(f"{label}, {part}", pearson(mine[sl], truth[sl]), pearson(vad[sl], truth[sl]))
            )
    return lines


def _hedges(path: Path) -> list[str]:
    from mediakit._hedging import find_markers

    tp = fp = fn = 0
    rows = read_tsv(path)
    for r in rows:
        gold = r["hedged"] == "yes"
        found = any(m.kind == "hedge" for m in find_markers(r["sentence"]))
        tp += gold and found
        fp += found and not gold
        fn += gold and not found
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return [
        f"{path.name}: {len(rows)} sentences, {tp + fn} hedged by hand",
        f"  hedge sentence P {p:.3f}  R {rec:.3f}  F1 {f1:.3f}          (VADER: no hedges)",
    ]


def _row(label: str, ours: float, theirs: float) -> str:
    return f"  {label:<44} {ours:7.3f}   {theirs:7.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(prog="python -m mediakit.evaluate emotive")
    ap.add_argument("--devset", default=str(ROOT / "devset"), help="the dev-set directory")
    ap.add_argument("--nyt", default=str(NYT_DIR), help="the NYT editorial snippets")
    ap.add_argument("--errors", action="store_true", help="print missed phrases, false alarms")
    args = ap.parse_args(list(sys.argv[1:] if argv is None else argv))
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    vader: Vader = analyzer.polarity_scores
    lines = [f"{'':<46} mediakit     VADER"]
    nyt = Path(args.nyt)
    if (nyt / GROUND_TRUTH).is_file() and (nyt / RATINGS).is_file():
        lines += _nyt(nyt, vader)
    else:
        lines.append(f"NYT editorial snippets: not found in {nyt} (skipped)")
    devset = Path(args.devset)
    for name, run in (
        ("loaded_news.tsv", lambda p: _loaded(p, vader, analyzer.lexicon, args.errors)),
        ("loaded_news_heldout.tsv", lambda p: _loaded(p, vader, analyzer.lexicon, False)),
        ("headlines_news.tsv", lambda p: _headlines(p, vader)),
        ("hedges_news.tsv", _hedges),
        ("hedges_news_heldout.tsv", _hedges),
    ):
        path = devset / name
        lines += run(path) if path.is_file() else [f"{name}: not in {devset} (skipped)"]
    from mediakit.evaluate import newsroom  # another newsroom: the PolNeAR sets

    lines += newsroom.run(newsroom.DEFAULT_DIR, clean=True)
    for which in ("2", "3", "4", "5", "6", "7"):  # the later sets: scored, errors never printed
        lines += newsroom.run(newsroom.DEFAULT_DIR, newsroom.GOLDS[which])[2:]
    lines += newsroom.pooled(newsroom.DEFAULT_DIR, ("2", "3", "4", "5", "6"))  # the dev sets
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

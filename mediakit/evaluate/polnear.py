"""Measure attribution against PolNeAR (Newell, Margolin & Ruths 2018).

Usage: ``python -m mediakit.evaluate polnear DIR`` where ``DIR`` is a split
directory holding ``text/NAME.txt`` and ``attributions/NAME_XXXX.ann``.

The data are never copied into the project; this module only reads them.

Scoring (see ``docs/attribution.md``):

* Spans are sets of character pieces.  Each piece is trimmed of surrounding
  white space, quotation marks and punctuation; empty pieces are dropped.
* **Exact**: a predicted span matches a gold span of the same role whose
  trimmed pieces are identical.
* **Overlap**: a predicted span matches a gold span of the same role when
  their piece unions share at least one character.  Matching is one-to-one
  and greedy: candidate pairs are taken in order of decreasing shared
  characters (ties: text order) and a pair is kept when neither side is used.
* Precision = matched / predicted, recall = matched / gold, F1 their harmonic
  mean; counts are pooled over all articles (micro average).
* Article level: attribution density (relations per 1,000 words, words as
  :data:`mediakit._text.WORD_RE`) compared with gold by mean absolute error
  and Spearman rank correlation (average ranks for ties); attributed-content
  share (share of words whose first character lies in a content span) by
  mean absolute error.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mediakit._attribution import Attribution, find_attributions
from mediakit._boilerplate import find_boilerplate
from mediakit._marked import split_marked_terms
from mediakit._quotes import find_quotes
from mediakit._text import WORD_RE, paragraph_spans, sentence_spans

__all__ = [
    "GoldArticle",
    "evaluate_polnear",
    "load_split",
    "main",
    "predict",
    "spearman",
]

ROLES = ("source", "cue", "content")
_TRIM = " \t\r\n\u00a0\"'“”‘’«»„‚.,;:!?()[]{}—–-…*"
_T_LINE = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")
_E_LINE = re.compile(r"E\d+\t(.*)")

Pieces = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article and its gold attribution relations (role -> pieces)."""

    name: str
    text: str
    relations: tuple[dict[str, Pieces], ...]


def _parse_ann(raw: str) -> list[dict[str, Pieces]]:
    spans: dict[str, tuple[str, Pieces]] = {}
    events: list[dict[str, str]] = []
    for line in raw.splitlines():
        m = _T_LINE.match(line)
        if m:
            tid, label, offsets = m.groups()
            pieces = tuple(
                (int(a), int(b)) for a, b in (p.split() for p in offsets.split(";") if p.strip())
            )
            spans[tid] = (label, pieces)
            continue
        e = _E_LINE.match(line)
        if e:
            args = dict(a.split(":", 1) for a in e.group(1).split() if ":" in a)
            events.append(args)
    out: list[dict[str, Pieces]] = []
    for args in events:
        rel: dict[str, Pieces] = {}
        for role_key, tid in args.items():
            role = role_key.lower()
            if role in ROLES and tid in spans:
                rel[role] = spans[tid][1]
        if rel:
            out.append(rel)
    return out


def annotated_files(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """``(name, text, annotation)`` of each article of a directory in PolNeAR's layout
    (``text/NAME.txt``, ``attributions/NAME_XXXX.ann``; the first ``.ann`` in sort
    order), read without newline translation (brat offsets count every character)."""
    root = Path(path)
    for txt in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        with open(anns[0], encoding="utf-8", newline="") as fh:
            yield txt.stem, text, fh.read()


def load_split(path: str | Path) -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split directory, each with its first annotation file."""
    for name, text, raw in annotated_files(path):
        yield GoldArticle(name, text, tuple(_parse_ann(raw)))


def _trim(text: str, pieces: Pieces) -> Pieces:
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        while a < b and text[a] in _TRIM:
            a += 1
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        if a < b:
            out.append((a, b))
    return tuple(sorted(out))


def _size(p: Pieces) -> int:
    return sum(b - a for a, b in p)


def _shared(p: Pieces, q: Pieces) -> int:
    n = 0
    for a, b in p:
        for c, d in q:
            lo, hi = max(a, c), min(b, d)
            if lo < hi:
                n += hi - lo
    return n


def _match_overlap(pred: Sequence[Pieces], gold: Sequence[Pieces]) -> int:
    pairs: list[tuple[int, int, int]] = []
    gold_sorted = sorted(range(len(gold)), key=lambda j: gold[j][0][0])
    for i, p in enumerate(pred):
        lo, hi = p[0][0], p[-1][1]
        for j in gold_sorted:
            g = gold[j]
            if g[0][0] >= hi:
                break
            if g[-1][1] <= lo:
                continue
            n = _shared(p, g)
            if n:
                pairs.append((-n, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _n, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def _match_exact(pred: Sequence[Pieces], gold: Sequence[Pieces]) -> int:
    pool: dict[Pieces, int] = {}
    for g in gold:
        pool[g] = pool.get(g, 0) + 1
    n = 0
    for p in pred:
        if pool.get(p, 0):
            pool[p] -= 1
            n += 1
    return n


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation with average ranks for ties (nan if undefined)."""

    def ranks(v: Sequence[float]) -> list[float]:
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            avg = (i + j) / 2 + 1
            for k in range(i, j + 1):
                r[order[k]] = avg
            i = j + 1
        return r

    if len(x) != len(y) or len(x) < 2:
        return math.nan
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    if vx == 0 or vy == 0:
        return math.nan
    return cov / math.sqrt(vx * vy)


def predict(text: str) -> list[Attribution]:
    """Run mediakit's attribution on a raw article text (the evaluation pipeline)."""
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text, paragraphs)
    quotes, _marked = split_marked_terms(text, find_quotes(text, paragraphs, sentences), sentences)
    boilerplate = find_boilerplate(paragraphs)
    return find_attributions(text, paragraphs, sentences, quotes, boilerplate)


def _pred_roles(a: Attribution) -> dict[str, Pieces]:
    out: dict[str, Pieces] = {}
    if a.source is not None:
        out["source"] = ((a.source.start, a.source.end),)
    if a.cue is not None:
        out["cue"] = ((a.cue.start, a.cue.end),)
    if a.content:
        out["content"] = tuple((s.start, s.end) for s in a.content)
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _share(text: str, spans: Sequence[Pieces]) -> float:
    starts = [m.start() for m in WORD_RE.finditer(text)]
    if not starts:
        return 0.0
    inside = bytearray(len(text) + 1)
    for pieces in spans:
        for a, b in pieces:
            inside[a:b] = b"\x01" * (b - a)
    return sum(inside[s] for s in starts) / len(starts)


def evaluate_polnear(path: str | Path) -> dict[str, float]:
    """Score attribution on one PolNeAR split directory; a flat dict of figures."""
    counts = {
        f"{role}_{m}_{k}": 0
        for role in ROLES
        for m in ("exact", "overlap")
        for k in ("match", "pred", "gold")
    }
    dens_pred: list[float] = []
    dens_gold: list[float] = []
    share_err: list[float] = []
    words_total = 0
    seconds = 0.0
    articles = 0
    for art in load_split(path):
        articles += 1
        t0 = time.perf_counter()
        attributions = predict(art.text)
        seconds += time.perf_counter() - t0
        n_words = sum(1 for _ in WORD_RE.finditer(art.text))
        words_total += n_words
        preds = [_pred_roles(a) for a in attributions]
        for role in ROLES:
            p = [t for t in (_trim(art.text, r[role]) for r in preds if role in r) if t]
            g = [t for t in (_trim(art.text, r[role]) for r in art.relations if role in r) if t]
            for m, fn in (("exact", _match_exact), ("overlap", _match_overlap)):
                counts[f"{role}_{m}_match"] += fn(p, g)
                counts[f"{role}_{m}_pred"] += len(p)
                counts[f"{role}_{m}_gold"] += len(g)
        per_k = 1000 / max(n_words, 1)
        dens_pred.append(len(attributions) * per_k)
        dens_gold.append(len(art.relations) * per_k)
        share_err.append(
            abs(
                _share(art.text, [r["content"] for r in preds if "content" in r])
                - _share(art.text, [r["content"] for r in art.relations if "content" in r])
            )
        )
    out: dict[str, float] = {"articles": float(articles), "words": float(words_total)}
    for role in ROLES:
        for m in ("exact", "overlap"):
            n_match = counts[f"{role}_{m}_match"]
            n_pred = counts[f"{role}_{m}_pred"]
            n_gold = counts[f"{role}_{m}_gold"]
            prec = n_match / n_pred if n_pred else 0.0
            rec = n_match / n_gold if n_gold else 0.0
            out[f"{role}_{m}_p"] = prec
            out[f"{role}_{m}_r"] = rec
            out[f"{role}_{m}_f1"] = _f1(prec, rec)
    if articles:
        out["density_pred"] = sum(dens_pred) / articles
        out["density_gold"] = sum(dens_gold) / articles
        pairs = zip(dens_pred, dens_gold, strict=True)
        out["density_mae"] = sum(abs(a - b) for a, b in pairs) / articles
        out["density_spearman"] = spearman(dens_pred, dens_gold)
        out["share_mae"] = sum(share_err) / articles
    out["words_per_second"] = words_total / seconds if seconds else 0.0
    return out


def format_report(res: dict[str, float], *, title: str = "PolNeAR") -> str:
    """The evaluation figures as a small text table, headed by ``title``."""
    lines = [
        f"{title}: {int(res['articles'])} articles, {int(res['words'])} words",
        f"{'role':<8} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}",
    ]
    for role in ROLES:
        lines.append(
            f"{role:<8} {res[f'{role}_exact_p']:8.3f} {res[f'{role}_exact_r']:6.3f}"
            f" {res[f'{role}_exact_f1']:6.3f}   {res[f'{role}_overlap_p']:9.3f}"
            f" {res[f'{role}_overlap_r']:6.3f} {res[f'{role}_overlap_f1']:6.3f}"
        )
    if res["articles"]:
        lines += [
            f"density per 1,000 words: predicted {res['density_pred']:.1f}, gold "
            f"{res['density_gold']:.1f}, MAE {res['density_mae']:.2f}, "
            f"Spearman {res['density_spearman']:.3f}",
            f"attributed-content share (words): MAE {res['share_mae']:.3f}",
        ]
    lines.append(
        f"speed: {res['words_per_second']:,.0f} words/s (whole pipeline: "
        "paragraphs, sentences, quotes, boilerplate, attribution)"
    )
    return "\n".join(lines)


def annotated_dir(argv: list[str], command: str, what: str) -> Path | None:
    """The one directory argument of an evaluation ``command``, or None after a one-line
    message on stderr when there is not exactly one or it lacks ``text/`` and
    ``attributions/`` (``what`` names what it should be)."""
    if len(argv) != 1:
        sys.stderr.write(f"usage: python -m mediakit.evaluate {command} DIR\n")
        return None
    root = Path(argv[0])
    if not (root / "text").is_dir() or not (root / "attributions").is_dir():
        sys.stderr.write(f"{root}: not {what} (needs text/ and attributions/)\n")
        return None
    return root


def main(argv: list[str]) -> int:
    """``polnear DIR``: print the figures; exit 2 when DIR is not a PolNeAR split."""
    root = annotated_dir(argv, "polnear", "a PolNeAR split directory")
    if root is None:
        return 2
    sys.stdout.write(format_report(evaluate_polnear(root)) + "\n")
    return 0

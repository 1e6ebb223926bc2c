"""Score attribution spans against annotations in brat standoff (PolNeAR's scheme).

A folder holds either ``NAME.txt`` + ``NAME.ann`` side by side (what
``mediakit export --format brat`` writes) or PolNeAR's layout, ``text/NAME.txt`` +
``attributions/NAME_XXXX.ann`` (the first ``.ann`` in sort order).  Annotations are
``Source``, ``Cue`` and ``Content`` text-bound spans joined by ``Attribution``
events; other lines (notes, other labels) are ignored.

Scoring (see ``docs/attribution.md`` and ``docs/agreement.md``):

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

The same scoring compares two coders' folders (:func:`score_pairs`): one plays
"gold", the other "predicted"; F1 does not depend on which is which.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from mediakit._attribution import Attribution
from mediakit._parse import parse
from mediakit._pipeline import attribution_layer, boilerplate_layer, quote_layer
from mediakit._text import WORD_RE

__all__ = [
    "ROLES",
    "BratError",
    "brat_files",
    "evaluate_brat",
    "nested",
    "parse_ann",
    "predict",
    "score_pairs",
    "spearman",
]

ROLES = ("source", "cue", "content")
_TRIM = " \t\r\n\u00a0\"'“”‘’«»„‚.,;:!?()[]{}—–-…*"
_T_LINE = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")
_E_LINE = re.compile(r"E\d+\t(.*)")

Pieces = tuple[tuple[int, int], ...]
Relation = dict[str, Pieces]


class BratError(ValueError):
    """A folder that is not a brat collection mediakit can read (the message is one line)."""


def parse_ann(raw: str) -> list[Relation]:
    """The attribution relations of a ``.ann`` file: role -> character pieces."""
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
    out: list[Relation] = []
    for args in events:
        rel: Relation = {}
        for role_key, tid in args.items():
            role = role_key.lower()
            if role in ROLES and tid in spans:
                rel[role] = spans[tid][1]
        if rel:
            out.append(rel)
    return out


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:  # offsets count every character
        return fh.read()


def brat_files(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """``(name, text, annotation)`` of each annotated article of a folder, in name order:
    PolNeAR's layout (``text/`` + ``attributions/``) or ``NAME.txt`` + ``NAME.ann``
    side by side.  A ``.txt`` without its ``.ann`` is skipped."""
    root = Path(path)
    if (root / "text").is_dir() and (root / "attributions").is_dir():
        for txt in sorted((root / "text").glob("*.txt")):
            anns = sorted((root / "attributions").glob(f"{txt.stem}_*.ann"))
            anns = anns or sorted((root / "attributions").glob(f"{txt.stem}.ann"))
            if anns:
                yield txt.stem, _read(txt), _read(anns[0])
        return
    for txt in sorted(root.glob("*.txt")):
        ann = txt.with_suffix(".ann")
        if ann.is_file():
            yield txt.stem, _read(txt), _read(ann)


def check_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` as a brat folder with at least one annotated article, else :class:`BratError`."""
    root = Path(path)
    if not root.is_dir():
        raise BratError(f"{root}: not a folder")
    if next(brat_files(root), None) is None:
        raise BratError(
            f"{root}: no annotated article (needs NAME.txt + NAME.ann, or text/ + attributions/)"
        )
    return root


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
    """mediakit's attributions of a raw article text, as :func:`mediakit.analyze` finds
    them (an opening `` date YYYY-MM-DD `` is metadata, as there)."""
    article = parse(text)
    quotes, _marked = quote_layer(article)
    return attribution_layer(article, quotes, boilerplate_layer(article))


def relations_of(attributions: Iterable[Attribution]) -> list[Relation]:
    """mediakit's attributions as relations (role -> pieces), as a ``.ann`` file holds them."""
    out: list[Relation] = []
    for a in attributions:
        rel: Relation = {}
        if a.source is not None:
            rel["source"] = ((a.source.start, a.source.end),)
        if a.cue is not None:
            rel["cue"] = ((a.cue.start, a.cue.end),)
        if a.content:
            rel["content"] = tuple((s.start, s.end) for s in a.content)
        out.append(rel)
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


def score_pairs(pairs: Iterable[tuple[str, list[Relation], list[Relation]]]) -> dict[str, float]:
    """Score ``(text, predicted, gold)`` relations of each article; a flat dict of figures
    (``{role}_{exact|overlap}_{p|r|f1}``, ``density_*``, ``share_mae``, ``articles``,
    ``words``)."""
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
    for text, preds, golds in pairs:
        n_words = sum(1 for _ in WORD_RE.finditer(text))
        words_total += n_words
        for role in ROLES:
            p = [t for t in (_trim(text, r[role]) for r in preds if role in r) if t]
            g = [t for t in (_trim(text, r[role]) for r in golds if role in r) if t]
            for m, fn in (("exact", _match_exact), ("overlap", _match_overlap)):
                counts[f"{role}_{m}_match"] += fn(p, g)
                counts[f"{role}_{m}_pred"] += len(p)
                counts[f"{role}_{m}_gold"] += len(g)
        per_k = 1000 / max(n_words, 1)
        dens_pred.append(len(preds) * per_k)
        dens_gold.append(len(golds) * per_k)
        share_err.append(
            abs(
                _share(text, [r["content"] for r in preds if "content" in r])
                - _share(text, [r["content"] for r in golds if "content" in r])
            )
        )
    articles = len(dens_pred)
    out: dict[str, float] = {"articles": float(articles), "words": float(words_total)}
    for key in counts:
        if key.endswith("_match"):
            stem = key[: -len("_match")]
            n_match, n_pred, n_gold = counts[key], counts[stem + "_pred"], counts[stem + "_gold"]
            prec = n_match / n_pred if n_pred else 0.0
            rec = n_match / n_gold if n_gold else 0.0
            out[f"{stem}_p"], out[f"{stem}_r"], out[f"{stem}_f1"] = prec, rec, _f1(prec, rec)
    if articles:
        out["density_pred"] = sum(dens_pred) / articles
        out["density_gold"] = sum(dens_gold) / articles
        pairs_d = zip(dens_pred, dens_gold, strict=True)
        out["density_mae"] = sum(abs(a - b) for a, b in pairs_d) / articles
        out["density_spearman"] = spearman(dens_pred, dens_gold)
        out["share_mae"] = sum(share_err) / articles
    return out


def evaluate_brat(path: str | Path) -> dict[str, float]:
    """Score mediakit's attribution on a folder of brat annotations; a flat dict of
    figures (see :func:`score_pairs`) plus ``words_per_second`` of the pipeline."""
    seconds = 0.0
    words = 0

    def pairs() -> Iterator[tuple[str, list[Relation], list[Relation]]]:
        nonlocal seconds, words
        for _name, text, raw in brat_files(path):
            t0 = time.perf_counter()
            attributions = predict(text)
            seconds += time.perf_counter() - t0
            words += sum(1 for _ in WORD_RE.finditer(text))
            yield text, relations_of(attributions), parse_ann(raw)

    out = score_pairs(pairs())
    out["words_per_second"] = words / seconds if seconds else 0.0
    return out


def nested(res: dict[str, float]) -> dict[str, dict[str, float | None]]:
    """The flat figures as the JSON of ``mediakit evaluate brat --json`` (nan -> None)."""

    def num(x: float) -> float | None:
        return None if math.isnan(x) else x

    out: dict[str, dict[str, float | None]] = {
        "articles": {"articles": res["articles"], "words": res["words"]}
    }
    names = {"p": "precision", "r": "recall", "f1": "f1"}
    for role in ROLES:
        out[role] = {
            f"{m}_{names[k]}": num(res[f"{role}_{m}_{k}"])
            for m in ("exact", "overlap")
            for k in ("p", "r", "f1")
        }
    if res["articles"]:
        out["density_per_1000w"] = {
            "predicted": res["density_pred"],
            "gold": res["density_gold"],
            "mae": res["density_mae"],
            "spearman": num(res["density_spearman"]),
        }
        out["content_share"] = {"mae": res["share_mae"]}
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
    if "words_per_second" in res:
        lines.append(
            f"speed: {res['words_per_second']:,.0f} words/s (whole pipeline: "
            "paragraphs, sentences, quotes, boilerplate, attribution)"
        )
    return "\n".join(lines)

"""Measure who speaks: quotations, speakers, sentence sources and voices.

Usage: ``python -m mediakit.evaluate sourcing DIR`` where ``DIR`` holds
``text/NAME.txt`` and ``attributions/NAME_XXXX.ann`` in brat standoff, as the
dev set in ``devset/`` (see ``devset/README.md``) or a PolNeAR split (which has
no quotation or canonical-name layer: those figures are then left out).

Gold layers read from each ``.ann`` file:

* attribution relations (``E`` lines joining ``Source``, ``Cue``, ``Content``);
* ``AnnotatorNotes`` on a ``Source`` span: the source's canonical name;
* ``Quotation`` spans (quotations of speech or writing, inside the marks) and
  ``Marked_<reason>`` spans (titles, names, scare quotes, terms).

Figures (all pooled over the articles):

* **Quotations**: predicted ``Analysis.quotes`` against gold ``Quotation``
  spans, exact match after trimming white space, quotation marks and
  punctuation; precision, recall, F1.  Marked terms likewise against the gold
  ``Marked_*`` spans (the reason is not scored).
* **Speaker**: of the matched quotations whose gold relation has a named
  source, the share whose predicted source name is the same source (see
  :func:`same_source`).
* **Sentence source**: a sentence is *attributed* when most of its words
  outside sources and cues lie in gold content; its source is that of the
  relation whose content covers most of its words.  Scored over attributed
  sentences with a named gold source: the share whose predicted source (the
  same construction on mediakit's attributions) is the same source.
* **Sentence voice**: each word's gold voice is ``direct`` inside a gold
  quotation, ``frame`` in a gold source or cue, ``reported`` in gold content,
  else ``narration``; a sentence's voice follows mediakit's own rule
  (:func:`mediakit._analysis.voice_of_counts`).  Scored over sentences that
  are not boilerplate: the share whose predicted voice equals the gold voice.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import mediakit
from mediakit._text import WORD_RE
from mediakit._voices import voice_of_counts
from mediakit.evaluate.brat import _trim
from mediakit.evaluate.polnear import (
    annotated_dir,
    annotated_files,
    evaluate_polnear,
    format_report,
)

__all__ = ["GoldLayers", "evaluate_sourcing", "load_layers", "main", "same_source"]

_T_LINE = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")
_NOTE_LINE = re.compile(r"#\d+\tAnnotatorNotes (T\d+)\t(.*)")
_TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady president prime minister senator "
    "sen rep gov governor mayor judge justice general gen col colonel captain capt chief "
    "officer sgt sergeant lt the".split()
)

Pieces = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldRelation:
    source: Pieces | None
    cue: Pieces | None
    content: Pieces | None
    name: str | None  # the canonical name of the source, when annotated


@dataclass(slots=True)
class GoldLayers:
    """One article's gold layers."""

    name: str
    text: str
    relations: list[GoldRelation] = field(default_factory=list)
    quotations: list[Pieces] = field(default_factory=list)
    marked: list[Pieces] = field(default_factory=list)
    has_names: bool = False
    has_quotations: bool = False


def _pieces(offsets: str) -> Pieces:
    return tuple((int(a), int(b)) for a, b in (p.split() for p in offsets.split(";") if p.strip()))


def _parse(name: str, text: str, raw: str) -> GoldLayers:
    spans: dict[str, tuple[str, Pieces]] = {}
    notes: dict[str, str] = {}
    events: list[dict[str, str]] = []
    out = GoldLayers(name, text)
    for line in raw.splitlines():
        if (m := _T_LINE.match(line)) is not None:
            tid, label, offsets = m.groups()
            spans[tid] = (label, _pieces(offsets))
            if label == "Quotation":
                out.quotations.append(spans[tid][1])
            elif label.startswith("Marked_"):
                out.marked.append(spans[tid][1])
        elif (n := _NOTE_LINE.match(line)) is not None:
            notes[n.group(1)] = n.group(2).strip()
        elif line.startswith("E"):
            pairs = (a.split(":", 1) for a in line.split("\t", 1)[1].split() if ":" in a)
            events.append({k: v for k, v in pairs})
    out.has_quotations = bool(out.quotations or out.marked)
    out.has_names = bool(notes)
    for args in events:
        roles = {k.lower(): spans[v][1] for k, v in args.items() if v in spans}
        src_id = args.get("Source")
        out.relations.append(
            GoldRelation(
                roles.get("source"),
                roles.get("cue"),
                roles.get("content"),
                notes.get(src_id) if src_id else None,
            )
        )
    return out


def load_layers(path: str | Path) -> Iterator[GoldLayers]:
    """Every article of ``path`` with its gold layers (the first ``.ann`` in sort order)."""
    for name, text, raw in annotated_files(path):
        yield _parse(name, text, raw)


def _norm_name(name: str) -> list[str]:
    words = re.findall(r"[\w’'\-]+", name.lower().replace("’s", "").replace("'s", ""))
    return [w for w in words if w not in _TITLES]


def same_source(predicted: str | None, gold: str | None) -> bool:
    """Whether two source names denote the same source.

    Names are lower-cased, stripped of titles, possessives and punctuation;
    they match when equal, when one's words all occur in the other ("Trump"
    and "Donald Trump"; "ministry" and "Russian Emergencies Ministry"), or
    when they end in the same word of at least four letters (a surname:
    "Mark Esper" and "Defense Secretary Esper").
    """
    if not predicted or not gold:
        return False
    p, g = _norm_name(predicted), _norm_name(gold)
    if not p or not g:
        return False
    if p == g or set(p) <= set(g) or set(g) <= set(p):
        return True
    return p[-1] == g[-1] and len(p[-1]) >= 4


def _exact_matches(
    text: str, pred: Sequence[Pieces], gold: Sequence[Pieces]
) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index) of identical trimmed spans, one to one."""
    pool: dict[Pieces, list[int]] = {}
    for j, g in enumerate(gold):
        pool.setdefault(_trim(text, g), []).append(j)
    pairs = []
    for i, p in enumerate(pred):
        js = pool.get(_trim(text, p))
        if js:
            pairs.append((i, js.pop(0)))
    return pairs


def _word_owner(starts: list[int], n_chars: int, spans: Sequence[Pieces]) -> list[int]:
    """For each word start, the index of the span that holds it (or -1)."""
    owner = [-1] * (n_chars + 1)
    for k, pieces in enumerate(spans):
        for a, b in pieces:
            owner[a:b] = [k] * (b - a)
    return [owner[s] for s in starts]


def _main_sources(
    sentences: Sequence[tuple[int, int]],
    word_starts: list[int],
    owner: list[int],
    frame: list[int],
    names: Sequence[str | None],
) -> list[tuple[bool, str | None]]:
    """Per sentence: (attributed?, name of the relation covering most of its words).

    ``owner`` gives each word's content relation (-1: none), ``frame`` is >= 0 for the
    words of a source or cue; a sentence is attributed when more of its words outside
    the frame are content than not.
    """
    out: list[tuple[bool, str | None]] = []
    for a, b in sentences:
        lo, hi = bisect.bisect_left(word_starts, a), bisect.bisect_left(word_starts, b)
        counts: dict[int, int] = {}
        for k in owner[lo:hi]:
            if k >= 0:
                counts[k] = counts.get(k, 0) + 1
        n = hi - lo - sum(1 for k in frame[lo:hi] if k >= 0)
        covered = sum(counts.values())
        if n <= 0 or covered * 2 <= n:
            out.append((False, None))
            continue
        top = max(counts, key=lambda k: (counts[k], -k))
        out.append((True, names[top]))
    return out


_ROLE_CODE = {"narration": 0, "reported": 1, "frame": 2, "direct": 3}


def _gold_voices(art: GoldLayers, sentences: Sequence[tuple[int, int]]) -> list[str]:
    n = len(art.text)
    paint = bytearray(n + 1)
    for r in art.relations:
        for a, b in r.content or ():
            paint[a:b] = b"\x01" * (b - a)
    for r in art.relations:
        for pieces in (r.source, r.cue):
            for a, b in pieces or ():
                paint[a:b] = b"\x02" * (b - a)
    for q in art.quotations:
        for a, b in q:
            paint[a:b] = b"\x03" * (b - a)
    names = list(_ROLE_CODE)
    out = []
    for a, b in sentences:
        counts = dict.fromkeys(names, 0)
        for m in WORD_RE.finditer(art.text, a, b):
            counts[names[paint[m.start()]]] += 1
        out.append(voice_of_counts(counts, frame_voice=_frame_voice(art, paint, a, b)))
    return out


def _frame_voice(art: GoldLayers, paint: bytearray, a: int, b: int) -> str:
    """The voice of a sentence of frame words only ("Ms Cole said:"): that of the first
    relation cued in it, ``direct`` when its content's words are all quoted."""
    for r in art.relations:
        if r.cue and a <= r.cue[0][0] < b and r.content:
            words = [m.start() for x, y in r.content for m in WORD_RE.finditer(art.text, x, y)]
            quoted = words and all(paint[w] == _ROLE_CODE["direct"] for w in words)
            return "direct" if quoted else "reported"
    return "reported"


def evaluate_sourcing(path: str | Path) -> dict[str, float]:
    """The sourcing figures of one annotated directory, as a flat dict."""
    c = dict.fromkeys(
        "q_match q_pred q_gold m_match m_pred m_gold spk_ok spk_n src_ok src_n "
        "voice_ok voice_n articles".split(),
        0,
    )
    for art in load_layers(path):
        c["articles"] += 1
        an = mediakit.analyze(art.text)
        text = art.text
        if art.has_quotations:
            pred_q = [((q.start, q.end),) for q in an.quotes]
            pairs = _exact_matches(text, pred_q, art.quotations)
            c["q_match"] += len(pairs)
            c["q_pred"] += len(pred_q)
            c["q_gold"] += len(art.quotations)
            pred_m = [((m.start, m.end),) for m in an.marked_terms]
            c["m_match"] += len(_exact_matches(text, pred_m, art.marked))
            c["m_pred"] += len(pred_m)
            c["m_gold"] += len(art.marked)
            owner = an._quote_owner()
            for i, j in pairs:
                gold_name = _gold_speaker(art, art.quotations[j])
                if gold_name is None:
                    continue
                k = owner.get(i)
                pred_name = an.attributions[k].source_name if k is not None else None
                c["spk_n"] += 1
                c["spk_ok"] += same_source(pred_name, gold_name)
        sents = [(s.start, s.end) for s in an.sentences]
        starts = [m.start() for m in WORD_RE.finditer(text)]
        if art.has_names:
            n = len(text)
            gold_owner = _word_owner(starts, n, [r.content or () for r in art.relations])
            gold_frame = _word_owner(
                starts, n, [(r.source or ()) + (r.cue or ()) for r in art.relations]
            )
            gold_names = [r.name for r in art.relations]
            gold_main = _main_sources(sents, starts, gold_owner, gold_frame, gold_names)
            pred_spans = [tuple((s.start, s.end) for s in a.content) for a in an.attributions]
            pred_owner = _word_owner(starts, n, pred_spans)
            pred_frame = _word_owner(
                starts,
                n,
                [tuple((s.start, s.end) for s in (a.source, a.cue) if s) for a in an.attributions],
            )
            pred_names = [a.source_name or None for a in an.attributions]
            pred_main = _main_sources(sents, starts, pred_owner, pred_frame, pred_names)
            for (attributed, gname), (_p, pname) in zip(gold_main, pred_main, strict=True):
                if attributed and gname:
                    c["src_n"] += 1
                    c["src_ok"] += same_source(pname, gname)
        gold_v = _gold_voices(art, sents)
        for gv, pv in zip(gold_v, an.sentence_voices, strict=True):
            if pv == "boilerplate":
                continue
            c["voice_n"] += 1
            c["voice_ok"] += gv == pv
    return _figures(c)


def _gold_speaker(art: GoldLayers, quotation: Pieces) -> str | None:
    a, b = quotation[0][0], quotation[-1][1]
    for r in art.relations:
        for x, y in r.content or ():
            if x <= a and b <= y:
                return r.name
    return None


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _figures(c: dict[str, int]) -> dict[str, float]:
    out: dict[str, float] = {k: float(v) for k, v in c.items()}
    for k in ("q", "m"):
        p, r = _ratio(c[f"{k}_match"], c[f"{k}_pred"]), _ratio(c[f"{k}_match"], c[f"{k}_gold"])
        out[f"{k}_p"], out[f"{k}_r"] = p, r
        out[f"{k}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    out["speaker_acc"] = _ratio(c["spk_ok"], c["spk_n"])
    out["source_acc"] = _ratio(c["src_ok"], c["src_n"])
    out["voice_acc"] = _ratio(c["voice_ok"], c["voice_n"])
    return out


def format_sourcing(res: dict[str, float]) -> str:
    """The sourcing figures as a few lines of text."""
    n = int(res["articles"])
    return "\n".join(
        [
            f"sourcing: {n} articles",
            f"quotations   P {res['q_p']:.3f}  R {res['q_r']:.3f}  F1 {res['q_f1']:.3f}"
            f"  ({int(res['q_match'])} of {int(res['q_pred'])} predicted,"
            f" {int(res['q_gold'])} gold)",
            f"marked terms P {res['m_p']:.3f}  R {res['m_r']:.3f}"
            f"  ({int(res['m_match'])} of {int(res['m_pred'])} predicted,"
            f" {int(res['m_gold'])} gold)",
            f"speaker of matched quotations: {res['speaker_acc']:.3f}"
            f" ({int(res['spk_ok'])} of {int(res['spk_n'])})",
            f"source of attributed sentences: {res['source_acc']:.3f}"
            f" ({int(res['src_ok'])} of {int(res['src_n'])})",
            f"voice of sentences: {res['voice_acc']:.3f}"
            f" ({int(res['voice_ok'])} of {int(res['voice_n'])})",
        ]
    )


def main(argv: list[str]) -> int:
    """``sourcing DIR``: print span figures and sourcing figures; exit 2 on a bad DIR."""
    root = annotated_dir(argv, "sourcing", "an annotated directory")
    if root is None:
        return 2
    spans = evaluate_polnear(root)
    sys.stdout.write(format_report(spans, title="spans (PolNeAR scheme)") + "\n")
    sys.stdout.write(format_sourcing(evaluate_sourcing(root)) + "\n")
    return 0

"""Hedges, loaded language and subjectivity in another newsroom's prose (issue 15).

    python -m mediakit.evaluate newsroom [--polnear DIR] [--clean] [--errors]
    python -m mediakit.evaluate newsroom --draw     # the sample, for labelling
    python -m mediakit.evaluate newsroom --set 2 [--draw] [--errors]   # the second, now dev
    python -m mediakit.evaluate newsroom --set 3 [--draw] [--errors]   # the third, now dev
    python -m mediakit.evaluate newsroom --set 4 [--draw] [--errors]   # the fourth, now dev
    python -m mediakit.evaluate newsroom --set 5 [--draw] [--errors]   # the fifth, a dev set
    python -m mediakit.evaluate newsroom --set 6 [--draw] [--errors]   # the sixth, now dev
    python -m mediakit.evaluate newsroom --set 7 [--draw]   # the seventh, all-clean set

All the other news sets are Wikinews; this one is US political news of 7 publishers
(2015-16), the PolNeAR train split (``../shared/data/polnear/train/text/``; Newell,
Margolin & Ruths 2018).  The texts belong to their publishers: the gold file
(``devset/newsroom_polnear.tsv``) holds only keys (the file name without ``.txt``, the
sentence's index among the article's body sentences by :func:`body_sentences`, a digest
of the sentence by :func:`~mediakit.evaluate.encyclopaedic.digest`) and hand labels;
without the texts the command skips, saying so.

The sample, fixed before any sentence was read (:data:`DRAWS`): the articles are the
train files not used by any earlier dev-set file (:data:`USED`, the 18 articles of
``people_gold_3.tsv`` and ``people_gold_5.tsv``); an article's body is its text less the
first paragraph (the headline) and NYT's ``ABSTRACT.`` / ``FULL TEXT.`` lines, split by
mediakit's paragraph and sentence splitters; the pool is every body sentence of 6-60
words.  ``random``: ``random.Random(2016).sample`` of 160 of the pool; ``cue``:
``random.Random(20162).sample`` of 80 of the pool's other sentences holding a word of
:data:`NEWS_CUES` (candidate hedge words, written for this draw, not mediakit's lexicon),
so that hedged sentences are not too rare.  The halves (:func:`half`), fixed before
labelling: an article whose name's digest ends in 0-7 is ``dev`` (its errors may be read
and rules written from them), in 8-f ``clean`` (scored with ``--clean`` only, never tuned
on); whole articles, so that no article is in both.

The second set (``devset/newsroom_polnear_2.tsv``, ``--set 2``), a fresh clean sample
drawn by a rule written down before any of its sentences was read (:data:`DRAW_2`): the
articles are the train files used neither by :data:`USED` nor by ``newsroom_polnear.tsv``;
bodies and pool as above; ``random.Random(2017).sample`` of 150 of the pool, random only
(no cue draw), so that it estimates what a hidden random sample would show.  All of it is
clean: scored, never tuned on; its errors are not printed.

The third set (``devset/newsroom_polnear_3.tsv``, ``--set 3``), drawn the same way by a rule
written down before any of its sentences was read (:data:`DRAW_3`): the train articles
used neither by :data:`USED`, nor by :data:`USED_3` (the PolNeAR articles of the later
``people_gold_*.tsv`` / ``kinds_gold_*.tsv`` files), nor by the first or second set;
bodies and pool as above; ``random.Random(2018).sample`` of 150 of the pool, random only.
All clean, like the second set.

The fourth set (``devset/newsroom_polnear_4.tsv``, ``--set 4``), drawn the same way by a
rule written down before any of its sentences was read (:data:`DRAW_4`): the train articles
used neither by :data:`USED`, :data:`USED_3`, nor by :data:`USED_4` (the PolNeAR articles of
``people_gold_7.tsv`` / ``kinds_gold_7.tsv``, later than the third set's rule), nor by the
first, second or third set; bodies and pool as above; ``random.Random(2019).sample`` of 150
of the pool, random only.  All clean, like the second and third sets.

The fifth set (``devset/newsroom_polnear_5.tsv``, ``--set 5``), drawn the same way by a rule
written down before any of its sentences was read (:data:`DRAW_5`): the train articles used
neither by :data:`USED`, :data:`USED_3`, :data:`USED_4`, nor by the first, second, third or
fourth set; bodies and pool as above; ``random.Random(2020).sample`` of 150 of the pool,
random only.  Unlike the second to fourth sets it is a DEV set (:data:`DEV_SETS`): its
errors may be read and rules written from them; ``--set 5 --errors`` prints the loaded
phrases that hold no flagged word, the loaded sentences of lowest emotive intensity and the
other sentences of highest, and the same ranking for subjectivity, each with its sentence.
The errors of the second to fourth sets were never printed until the twentieth session
(2026-12-06), when a scratch script printed their missed phrases once, by mistake, before
any change of that session; since then they are DEV sets too, and the seventh set is the
one clean set.

The sixth set (``devset/newsroom_polnear_6.tsv``, ``--set 6``), drawn the same way by a rule
written down and committed before any of its sentences was read (:data:`DRAW_6`): the train
articles used neither by :data:`USED`, :data:`USED_3`, :data:`USED_4`, nor by the first to
fifth sets; bodies and pool as above; ``random.Random(2021).sample`` of 150 of the pool,
random only.  Clean, like the second to fourth sets: drawn to measure the sweep of branch
loaded9 on sentences no one had looked at when it was written.  Its first-run figures are
recorded in docs/emotive.md; since the twentieth session (2026-12-06) it is a DEV set: its
errors were read to find what the sweep left.

The seventh set (``devset/newsroom_polnear_7.tsv``, ``--set 7``), drawn the same way by a
rule written down and committed before any of its sentences was read (:data:`DRAW_7`): the
train articles used neither by :data:`USED`, :data:`USED_3`, :data:`USED_4`, nor by the
first to sixth sets; bodies and pool as above; ``random.Random(2022).sample`` of 150 of the
pool, random only.  Clean: labelled blind before the twentieth session's changes to the
emotive lists were scored on it; its errors are never printed.

Prints, for each half and part, hedge sentence P / R / F1 of mediakit's markers of kind
``hedge`` beside the plain modal look-ups of :data:`~mediakit.evaluate.encyclopaedic
.BASELINES` (VADER has no hedges), and the loaded-language and subjectivity AUCs and the
share of loaded phrases holding a flagged word beside VADER's, as
``python -m mediakit.evaluate emotive`` does for the Wikinews sets.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from mediakit._emotive import score_sentence
from mediakit._subjectivity import text_subjectivity
from mediakit._text import paragraph_spans, sentence_spans
from mediakit.evaluate.emotive import loaded_lines, phrase_spans, read_tsv
from mediakit.evaluate.encyclopaedic import BASELINES, _agreement, _mediakit_hedges, _prf, digest

__all__ = [
    "DEV_SETS",
    "DRAWS",
    "DRAW_2",
    "DRAW_3",
    "DRAW_4",
    "DRAW_5",
    "DRAW_6",
    "DRAW_7",
    "NEWS_CUES",
    "USED",
    "USED_3",
    "USED_4",
    "body_sentences",
    "draw",
    "draw_later",
    "half",
    "main",
    "pooled",
    "run",
]

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "devset" / "newsroom_polnear.tsv"
PASSES = ROOT / "devset" / "newsroom_polnear_passes.tsv"
GOLD_2 = ROOT / "devset" / "newsroom_polnear_2.tsv"
GOLD_3 = ROOT / "devset" / "newsroom_polnear_3.tsv"
GOLD_4 = ROOT / "devset" / "newsroom_polnear_4.tsv"
GOLD_5 = ROOT / "devset" / "newsroom_polnear_5.tsv"
GOLD_6 = ROOT / "devset" / "newsroom_polnear_6.tsv"
GOLD_7 = ROOT / "devset" / "newsroom_polnear_7.tsv"
#: The gold file of each set.
GOLDS = {
    "1": GOLD,
    "2": GOLD_2,
    "3": GOLD_3,
    "4": GOLD_4,
    "5": GOLD_5,
    "6": GOLD_6,
    "7": GOLD_7,
}
#: The later sets that are dev sets: their errors may be printed (``--errors``) and read.
DEV_SETS = frozenset({"2", "3", "4", "5", "6"})
#: How many sentences each ranking of a dev set's errors lists.
WORST = 15
DEFAULT_DIR = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
ABSENT = "PolNeAR's texts are not there (../shared/data/polnear; skipped)"
MIN_WORDS, MAX_WORDS = 6, 60
#: (part, seed, size, cue words only), drawn in this order.
DRAWS: tuple[tuple[str, int, int, bool], ...] = (
    ("random", 2016, 160, False),
    ("cue", 20162, 80, True),
)
#: The second set: (seed, size), random body sentences of articles no devset file uses.
DRAW_2: tuple[int, int] = (2017, 150)
#: The third set: (seed, size), random body sentences of articles no devset file uses
#: (:data:`USED`, :data:`USED_3`, the first and the second set).
DRAW_3: tuple[int, int] = (2018, 150)
#: The fourth set: (seed, size), random body sentences of articles no devset file uses
#: (:data:`USED`, :data:`USED_3`, :data:`USED_4`, the first, second and third set).
DRAW_4: tuple[int, int] = (2019, 150)
#: The fifth set, a dev set: (seed, size), random body sentences of articles no devset file
#: uses (:data:`USED`, :data:`USED_3`, :data:`USED_4`, the first to fourth sets).
DRAW_5: tuple[int, int] = (2020, 150)
#: The sixth set, clean: (seed, size), random body sentences of articles no devset file uses
#: (:data:`USED`, :data:`USED_3`, :data:`USED_4`, the first to fifth sets).
DRAW_6: tuple[int, int] = (2021, 150)
#: The seventh set, clean: (seed, size), random body sentences of articles no devset file
#: uses (:data:`USED`, :data:`USED_3`, :data:`USED_4`, the first to sixth sets).
DRAW_7: tuple[int, int] = (2022, 150)
#: The train articles that earlier dev-set files use (people_gold_3/5, kinds_gold_3/5).
USED = frozenset(
    {
        "breitbart_2015-11-11_the-ninth-circle-the-hellish-vie",
        "breitbart_2016-05-04_ann-coulter-and-then-there-was-t",
        "huff-post_2015-12-20_why-the-democratic-party-s-move-",
        "huff-post_2016-06-09_rubio-i-still-believe-trump-can-",
        "nyt_2016-02-18_trump-fires-up-g-o-p-base-by-pri",
        "nyt_2016-08-18_trump-hires-conservative-website",
        "politico_2016-01-28_super-pac-blasts-trump-for-skipp",
        "politico_2016-04-06_poll-trump-and-clinton-hold-narr",
        "politico_2016-04-08_families-of-mass-shooting-victim",
        "politico_2016-06-22_what-will-it-take-for-the-senate",
        "usa-today_2015-12-07_gop-targets-clinton-s-foreign-po",
        "usa-today_2016-05-18_in-kentucky-democrats-battling-i",
        "wash-post_2016-01-28_senator-from-vermont-steps-off-c",
        "wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi",
        "west-journal_2016-01-20_wow-glenn-beck-just-responded-to",
        "west-journal_2016-03-10_look-shocking-photos-of-gop-cand",
        "west-journal_2016-04-02_revealed-more-than-delegates-are",
        "west-journal_2016-06-20_media-reports-reveal-reason-behi",
    }
)
#: The PolNeAR articles of people_gold_4/6.tsv and kinds_gold_6.tsv (not in :data:`USED`),
#: left out of the third set's draw (the second set's rule predates them).
USED_3 = frozenset(
    {
        "breitbart_2015-12-04_san-bernardino-terror-suspect-na",
        "breitbart_2016-03-29_liberal-oscar-winner-sarandon-no",
        "breitbart_2016-09-12_stealth-over-health-hillary-clin",
        "huff-post_2016-02-21_this-cable-news-panel-just-dismi",
        "huff-post_2016-04-20_hillary-clinton-gives-emotional-",
        "huff-post_2016-09-20_elizabeth-warren-hammers-wells-f",
        "nyt_2016-02-09_it-s-fine-to-feel-the-bern-but-n",
        "nyt_2016-04-21_espn-fires-schilling-over-an-off",
        "nyt_2016-09-19_old-hands-help-russia-navigate-u",
        "politico_2016-02-19_more-hillary-clinton-emails-rele",
        "politico_2016-09-22_judge-rejects-new-york-times-req",
        "usa-today_2015-11-20_campaign-cash-tied-to-turkish-gr",
        "usa-today_2016-03-07_a-petite-powerhouse-with-an-undy",
        "usa-today_2016-09-23_ready-for-trump-vs-clinton-his-p",
        "wash-post_2016-02-14_nomination-questions-are-likely-",
        "wash-post_2016-08-06_clinton-acknowledges-that-she-mi",
        "wash-post_2016-09-29_the-real-trump-showed-up-at-deba",
        "west-journal_2016-02-23_breaking-federal-judge-just-gave",
    }
)
#: The PolNeAR articles of people_gold_7.tsv and kinds_gold_7.tsv (the same 12, all in the
#: train split; in neither :data:`USED` nor :data:`USED_3`), left out of the fourth set's
#: draw (the third set's rule predates them).
USED_4 = frozenset(
    {
        "breitbart_2016-03-02_christie-s-shell-shocked-look-st",
        "breitbart_2016-04-23_clinton-wades-in-urges-britain-t",
        "huff-post_2016-02-26_hillary-clinton-says-trump-s-big",
        "huff-post_2016-03-15_pastor-wants-girl-scout-leaders-",
        "nyt_2015-12-22_trump-says-praise-from-putin-hel",
        "nyt_2016-05-18_billy-bush-joins-a-parade-of-pol",
        "politico_2016-05-22_mark-cuban-i-d-consider-a-future",
        "usa-today_2016-04-26_sanders-will-back-clinton-eventu",
        "usa-today_2016-05-12_obama-order-opens-door-for-outsi",
        "wash-post_2016-03-18_why-obama-s-high-court-pick-migh",
        "wash-post_2016-05-26_hacker-who-revealed-private-clin",
        "west-journal_2016-04-18_trump-s-son-says-the-battle-agai",
    }
)
#: The second labelling pass of a set: set -> (file, the labels relabelled).
PASSES_OF: dict[str, tuple[Path, tuple[str, ...]]] = {
    "1": (PASSES, ("hedged", "loaded", "subjective")),
    "3": (ROOT / "devset" / "newsroom_polnear_3_passes.tsv", ("loaded", "subjective")),
    "4": (ROOT / "devset" / "newsroom_polnear_4_passes.tsv", ("loaded", "subjective")),
    "6": (ROOT / "devset" / "newsroom_polnear_6_passes.tsv", ("loaded", "subjective")),
    "7": (ROOT / "devset" / "newsroom_polnear_7_passes.tsv", ("loaded", "subjective")),
}
#: The later, all-random sets (2-6 dev, :data:`DEV_SETS`; 7 clean): set ->
#: ((seed, size), articles left out besides the sets before it).
LATER: dict[str, tuple[tuple[int, int], frozenset[str]]] = {
    "2": (DRAW_2, USED),
    "3": (DRAW_3, USED | USED_3),
    "4": (DRAW_4, USED | USED_3 | USED_4),
    "5": (DRAW_5, USED | USED_3 | USED_4),
    "6": (DRAW_6, USED | USED_3 | USED_4),
    "7": (DRAW_7, USED | USED_3 | USED_4),
}
#: Candidate hedge words, for the cue draw only (whole words, any case).
NEWS_CUES = re.compile(
    r"\b(?:may|might|could|perhaps|possibl[ey]|probabl[ey]|likely|unlikely|maybe|"
    r"apparent(?:ly)?|seem(?:s|ed|ingly)?|appear(?:s|ed)?|suppos(?:ed|edly)|reportedly|"
    r"alleged(?:ly)?|purported(?:ly)?|believe[sd]?|think|thinks|suggest(?:s|ed)?|"
    r"expected|unclear|uncertain|doubt(?:s|ful)?|suspect(?:s|ed)?|speculat\w*|"
    r"estimated?|assum(?:e|ed|ing)|arguabl[ey]|guess|presumabl[ey]|potential(?:ly)?)\b",
    re.IGNORECASE,
)
_NOT_BODY = re.compile(r"^(?:ABSTRACT|FULL TEXT)\.?$")


def body_sentences(text: str) -> list[str]:
    """An article's body sentences: the text less its first paragraph (the headline) and
    NYT's section lines, split by mediakit's splitters."""
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "\n\n".join(p for p in paras[1:] if not _NOT_BODY.match(p))
    return [s.text for s in sentence_spans(body, paragraph_spans(body))]


def half(name: str) -> str:
    """``dev`` or ``clean``, by the last hex digit of the article name's sha1."""
    return "dev" if hashlib.sha1(name.encode("utf-8")).hexdigest()[-1] in "01234567" else "clean"


def _articles(directory: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(directory.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as f:
            out[path.stem] = body_sentences(f.read())
    return out


def draw(directory: Path) -> list[tuple[str, str, int, str]]:
    """``(part, article, n, sentence)`` of the sample of :data:`DRAWS`."""
    pool = [
        (name, i, s)
        for name, sents in _articles(directory).items()
        if name not in USED
        for i, s in enumerate(sents)
        if MIN_WORDS <= len(s.split()) <= MAX_WORDS
    ]
    taken: set[tuple[str, int]] = set()
    out: list[tuple[str, str, int, str]] = []
    for part, seed, n, cue_only in DRAWS:
        rest = [
            x
            for x in pool
            if (x[0], x[1]) not in taken and (not cue_only or NEWS_CUES.search(x[2]))
        ]
        for name, i, s in random.Random(seed).sample(rest, min(n, len(rest))):
            out.append((part, name, i, s))
            taken.add((name, i))
    return out


def draw_later(directory: Path, which: str = "2") -> list[tuple[str, str, int, str]]:
    """``(part, article, n, sentence)`` of a later, all-random set (:data:`LATER`): articles
    used neither by its left-out list nor by the gold files of the sets before it."""
    (seed, n), used = LATER[which]
    earlier = {r["article"] for k in GOLDS if k < which for r in read_tsv(GOLDS[k])}
    pool = [
        (name, i, s)
        for name, sents in _articles(directory).items()
        if name not in used and name not in earlier
        for i, s in enumerate(sents)
        if MIN_WORDS <= len(s.split()) <= MAX_WORDS
    ]
    return [("random", a, i, s) for a, i, s in random.Random(seed).sample(pool, min(n, len(pool)))]


# ---------------------------------------------------------------- scoring


def _rows(gold: Path, directory: Path) -> tuple[list[dict[str, str]], list[str]]:
    arts = _articles(directory)
    out: list[dict[str, str]] = []
    bad: list[str] = []
    for r in read_tsv(gold):
        sents = arts.get(r["article"], [])
        n = int(r["n"])
        if n >= len(sents) or digest(sents[n]) != r["digest"]:
            bad.append(f"  not found or changed: {r['article']} #{n}")
            continue
        out.append({**r, "sentence": sents[n], "id": f"{r['article'][:24]}#{n}"})
    return out, bad


def _hedge_lines(rows: list[dict[str, str]], errors: bool) -> list[str]:
    gold = [r["hedged"] == "yes" for r in rows]
    cues = [_mediakit_hedges(r["sentence"]) for r in rows]
    lines = [f"  hedges: {sum(gold)} of {len(rows)} hedged by hand"]
    lines.append(f"    {'mediakit':<10} {_prf(gold, [bool(c) for c in cues])}")
    for label, look_up in BASELINES.items():
        lines.append(f"    {label:<10} {_prf(gold, [look_up(r['sentence']) for r in rows])}")
    for r, g, c in zip(rows, gold, cues, strict=True):
        if errors and g != bool(c):
            lines.append(f"    {'FP' if c else 'FN'} {r['id']} [{r['cues']}] {c}")
            lines.append(f"        {r['sentence']}")
    return lines


def report(rows: list[dict[str, str]], clean: bool, errors: bool = False) -> list[str]:
    """Each half's hedge and loaded-language figures (errors of the dev half only)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    lines: list[str] = [f"{'':<46} mediakit     VADER"]
    for name in ("dev", "clean") if clean else ("dev",):
        for part in ("random", "random + cue"):
            sel = [
                r
                for r in rows
                if half(r["article"]) == name and (part != "random" or r["set"] == "random")
            ]
            show = errors and name == "dev" and part != "random"
            lines.append(f"PolNeAR {name} {part}: {len(sel)} sentences")
            lines += _hedge_lines(sel, show)
            lines += loaded_lines(sel, analyzer.polarity_scores, analyzer.lexicon, show, "  loaded")
    return lines


def _ranked(
    rows: list[dict[str, str]], scores: list[float], label: str, what: str, cues: list[str]
) -> list[str]:
    """The :data:`WORST` sentences labelled ``label`` yes with the lowest scores and those
    labelled no with the highest, each with its score, id, loaded phrases, cues and
    sentence."""
    lines: list[str] = []
    for want, title in ((True, "lowest"), (False, "highest")):
        sel = [k for k, r in enumerate(rows) if (r[label] == "yes") == want]
        sel.sort(key=lambda k: scores[k], reverse=not want)
        head = label if want else f"not {label}"
        lines.append(f"  {head}, {title} {what} ({min(WORST, len(sel))} of {len(sel)}):")
        for k in sel[:WORST]:
            r = rows[k]
            phrases = f" [{r['phrases']}]" if want and label == "loaded" else ""
            lines.append(f"    {scores[k]:.2f} ({r['id']}){phrases} {cues[k]}")
            lines.append(f"        {r['sentence']}")
    return lines


def _dev_errors(rows: list[dict[str, str]]) -> list[str]:
    """A dev set's errors: the loaded phrases holding no word mediakit flags (as
    :func:`loaded_lines` counts them), the loaded sentences ranked by emotive intensity and
    the subjective ones by subjectivity."""
    emotion = [score_sentence(r["sentence"]) for r in rows]
    subj = [text_subjectivity(r["sentence"]) for r in rows]
    lines: list[str] = []
    for r, e in zip(rows, emotion, strict=True):
        for span in phrase_spans(r["sentence"], r["phrases"]):
            if span is not None and not any(w.start < span[1] and w.end > span[0] for w in e.words):
                lines.append(f"  missed {r['sentence'][span[0] : span[1]]!r} ({r['id']})")
                lines.append(f"        {r['sentence']}")
    flagged = [str([w.text for w in e.words]) for e in emotion]
    lines += _ranked(rows, [e.intensity for e in emotion], "loaded", "intensity", flagged)
    cues = [x.explain() for x in subj]
    return lines + _ranked(rows, [x.score for x in subj], "subjective", "subjectivity", cues)


def report_later(
    rows: list[dict[str, str]], name: str, dev: bool = False, errors: bool = False
) -> list[str]:
    """A later set's loaded-language and subjectivity figures; the errors (``errors``) of a
    dev set only (:data:`DEV_SETS`), never of a clean one."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    label = f"PolNeAR {name} ({'dev' if dev else 'clean'}) random"
    lines = loaded_lines(rows, analyzer.polarity_scores, analyzer.lexicon, False, label)
    if dev and errors:
        lines += _dev_errors(rows)
    return [f"{'':<46} mediakit     VADER", *lines]


def pooled(directory: Path, which: Sequence[str]) -> list[str]:
    """The loaded-language and subjectivity figures of the later sets ``which`` taken
    together (one AUC over all their sentences), beside VADER's; nothing when the texts or
    a gold file are absent."""
    if not directory.is_dir() or not all(GOLDS[k].is_file() for k in which):
        return []
    rows = [r for k in which for r in _rows(GOLDS[k], directory)[0]]
    dev = any(k in DEV_SETS for k in which)
    return report_later(rows, f"sets {'+'.join(which)} pooled", dev)[1:]


def _passes_lines(which: str | None) -> list[str]:
    """The agreement of a set's second labelling pass, if it has one (:data:`PASSES_OF`)."""
    path, labels = PASSES_OF.get(which or "", (PASSES, ()))
    if not path.is_file():
        return []
    name = "PolNeAR relabelled" if which == "1" else f"PolNeAR set {which} relabelled"
    return [x for w in labels for x in _agreement(path, f"{name}, {w}", (f"{w}1", f"{w}2"))]


def run(directory: Path, gold: Path = GOLD, clean: bool = False, errors: bool = False) -> list[str]:
    """The report's lines, or the skip line when the texts are absent (``errors``: of set 1's
    dev half and of the later dev sets, :data:`DEV_SETS`, only)."""
    if not directory.is_dir():
        return [f"{directory}: {ABSENT}"]
    if not gold.is_file():
        return [f"{gold.name}: not there (skipped)"]
    rows, bad = _rows(gold, directory)
    which = next((k for k, g in GOLDS.items() if g.resolve() == gold.resolve()), None)
    lines = [f"PolNeAR sentences ({directory}; gold {gold.name})"]
    if not rows or "hedged" not in rows[0]:  # a later set: loaded and subjective only
        name = f"set {which}" if which else gold.stem
        lines += report_later(rows, name, which in DEV_SETS, errors)
    else:
        lines += report(rows, clean, errors)
    return lines + bad + _passes_lines(which)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(prog="python -m mediakit.evaluate newsroom")
    ap.add_argument("--polnear", default=str(DEFAULT_DIR), help="PolNeAR's train/text/")
    ap.add_argument("--gold", default=None, help="the gold keys and labels")
    ap.add_argument(
        "--set", default="1", choices=tuple(GOLDS), help="2-6: the later dev sets; 7: clean"
    )
    ap.add_argument("--clean", action="store_true", help="score the held-out half too")
    ap.add_argument("--errors", action="store_true", help="print the dev half's or set's errors")
    ap.add_argument("--draw", action="store_true", help="print the sample, for labelling")
    args = ap.parse_args(list(sys.argv[1:] if argv is None else argv))
    directory = Path(args.polnear)
    gold = Path(args.gold) if args.gold else GOLDS[args.set]
    if args.draw and directory.is_dir():
        drawn = draw(directory) if args.set == "1" else draw_later(directory, args.set)
        for part, name, i, s in drawn:
            sys.stdout.write(f"{part}\t{name}\t{i}\t{digest(s)}\t{half(name)}\t{s}\n")
        return 0
    lines = run(directory, gold, args.clean, args.errors and args.set in ("1", *DEV_SETS))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw the sentences of the loaded-language set (issue 15), reproducibly.

Usage, from the repository's root::

    PYTHONPATH=. python devset/draw_loaded.py > /tmp/loaded_draw.tsv

Prints ``id  article  stratum  sentence`` (tab-separated, no labels). The pool is every
sentence of 6-60 words (split on whitespace) of ``../shared/data/wikinews/wikinews_2019.csv``
and ``_2020.csv``, cut by mediakit's paragraph and sentence splitters, minus the sentences
of the hedge set (``hedges_news.tsv``, ``hedges_news_heldout.tsv``). With
``random.Random(1516)``:

* ``plain``: 270 sentences drawn at random from the whole pool (no oversampling);
* ``quote``: 80 more drawn at random from the pool's other sentences that hold at least
  4 words of a quotation (mediakit's quotation finder: quoted speech, not titles, names
  or scare-quoted terms).

The first 200 plain and the first 50 quote sentences are the dev set
(``loaded_news.tsv``); the rest are held out (``loaded_news_heldout.tsv``). Only the
splitters and the quotation finder are used: no emotive or hedge scores.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from mediakit._marked import split_marked_terms
from mediakit._quotes import find_quotes
from mediakit._text import WORD_RE, paragraph_spans, sentence_spans

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "wikinews"
SEED = 1516
N_PLAIN, N_QUOTE = 270, 80
MIN_QUOTED_WORDS = 4


def _hedge_sentences() -> set[str]:
    out: set[str] = set()
    for name in ("hedges_news.tsv", "hedges_news_heldout.tsv"):
        for row in (HERE / name).read_text(encoding="utf-8").splitlines():
            if row.startswith("#") or row.startswith("id\t"):
                continue
            out.add(" ".join(row.split("\t")[-1].split()))
    return out


def _pool() -> list[tuple[str, str, bool]]:
    """(article, sentence, holds a quotation) for every 6-60-word sentence."""
    pool: list[tuple[str, str, bool]] = []
    csv.field_size_limit(10**9)
    for year in ("2019", "2020"):
        with open(DATA / f"wikinews_{year}.csv", newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                text = row["text"]
                paras = paragraph_spans(text)
                sents = sentence_spans(text, paras)
                quotes, _marked = split_marked_terms(text, find_quotes(text, paras, sents), sents)
                for s in sents:
                    if not 6 <= len(s.text.split()) <= 60:
                        continue
                    quoted = sum(
                        len(WORD_RE.findall(text, max(q.start, s.start), min(q.end, s.end)))
                        for q in quotes
                        if q.start < s.end and q.end > s.start
                    )
                    pool.append((f"wikinews_{year}#{i}", s.text, quoted >= MIN_QUOTED_WORDS))
    return pool


def main() -> None:
    hedged = _hedge_sentences()
    seen: set[str] = set()
    pool = []
    for art, sent, quoted in _pool():
        key = " ".join(sent.split())
        if key in hedged or key in seen:
            continue
        seen.add(key)
        pool.append((art, sent, quoted))
    rng = random.Random(SEED)
    plain_idx = rng.sample(range(len(pool)), N_PLAIN)
    taken = set(plain_idx)
    quote_pool = [i for i, p in enumerate(pool) if p[2] and i not in taken]
    quote_idx = rng.sample(quote_pool, N_QUOTE)
    print(f"# pool {len(pool)} sentences, {len(quote_pool)} more with a quotation", file=sys.stderr)
    rows = [(i, "plain") for i in plain_idx] + [(i, "quote") for i in quote_idx]
    sys.stdout.write("id\tarticle\tstratum\tsentence\n")
    for k, (i, stratum) in enumerate(rows):
        sys.stdout.write(f"{k}\t{pool[i][0]}\t{stratum}\t{' '.join(pool[i][1].split())}\n")


if __name__ == "__main__":
    main()

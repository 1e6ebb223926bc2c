"""How the weight of topic words in the emotive intensity was chosen (issue 15).

Prints, for each candidate weight, the NYT intensity r (all lines and the odd lines) and
the loaded-language and subjectivity sentence AUC on the dev set ``devset/loaded_news.tsv``
only (the held-out set is never read here)::

    python benchmarks/emotive_topic_weight.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = (1.0, 0.7, 0.5, 0.3, 0.1)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import mediakit._emotive._score as score
    from mediakit.evaluate.emotive import auc, read_tsv
    from mediakit.evaluate.nyt import DEFAULT_DIR, _load, pearson

    items = _load(DEFAULT_DIR)
    truth = [it.mean_abs_rating for it in items]
    rows = read_tsv(ROOT / "devset" / "loaded_news.tsv")
    loaded = [r["loaded"] == "yes" for r in rows]
    subjective = [r["subjective"] == "yes" for r in rows]
    print("weight   NYT r all  NYT r odd  dev loaded AUC  dev subjective AUC")
    chosen = score._TOPIC_WEIGHT
    for w in WEIGHTS:
        score._TOPIC_WEIGHT = w  # this script's process only
        nyt = [score.score_sentence(it.sentence).intensity for it in items]
        dev = [score.score_sentence(r["sentence"]).intensity for r in rows]
        print(
            f"{w:6.1f}   {pearson(nyt, truth):9.3f}  {pearson(nyt[0::2], truth[0::2]):9.3f}"
            f"  {auc(dev, loaded):14.3f}  {auc(dev, subjective):18.3f}"
            + ("   <- chosen" if w == chosen else "")
        )
    score._TOPIC_WEIGHT = chosen


if __name__ == "__main__":
    main()

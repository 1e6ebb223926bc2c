"""The hand-labelled loaded-language and headline sets of devset/ (issue 15) are well formed."""

from __future__ import annotations

import csv
import re

import pytest

from tests.conftest import ROOT, SHARED_DATA

DEVSET = ROOT / "devset"
COLUMNS = ["id", "article", "stratum", "loaded", "subjective", "phrases", "note", "sentence"]
SIZES = {"loaded_news.tsv": (200, 50), "loaded_news_heldout.tsv": (70, 30)}


def _rows(name: str) -> list[dict[str, str]]:
    text = (DEVSET / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert lines[0].split("\t") == COLUMNS
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        assert None not in row and None not in row.values(), row  # exactly 8 fields
    return rows


def _key(sentence: str) -> str:
    return " ".join(sentence.split())


@pytest.mark.parametrize("name", sorted(SIZES))
def test_sizes_strata_and_labels(name: str) -> None:
    rows = _rows(name)
    plain, quote = SIZES[name]
    assert [r["stratum"] for r in rows] == ["plain"] * plain + ["quote"] * quote
    for r in rows:
        assert r["loaded"] in ("yes", "no") and r["subjective"] in ("yes", "no"), r
        assert re.fullmatch(r"wikinews_(2019|2020)#\d+", r["article"]), r
        assert 6 <= len(r["sentence"].split()) <= 60, r
        phrases = r["phrases"].split(" | ") if r["phrases"] else []
        assert (r["loaded"] == "yes") == bool(phrases), r  # loaded iff it names its words
        for phrase in phrases:
            assert phrase and phrase == phrase.strip() and phrase in r["sentence"], (phrase, r)


def test_no_sentence_twice_nor_in_the_hedge_sets() -> None:
    dev, held = _rows("loaded_news.tsv"), _rows("loaded_news_heldout.tsv")
    ids = [r["id"] for r in dev + held]
    assert len(set(ids)) == len(ids) == 350
    keys = [_key(r["sentence"]) for r in dev + held]
    assert len(set(keys)) == len(keys)
    hedged: set[str] = set()
    for name in ("hedges_news.tsv", "hedges_news_heldout.tsv"):
        text = (DEVSET / name).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if not line.startswith("#")]
        hedged |= {_key(r["sentence"]) for r in csv.DictReader(lines, delimiter="\t")}
    assert len(hedged) > 250 and not hedged & set(keys)


def test_final_labels_come_from_one_of_the_two_passes() -> None:
    final = {r["id"]: r for r in _rows("loaded_news.tsv") + _rows("loaded_news_heldout.tsv")}
    text = (DEVSET / "loaded_passes.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    passes = {r["id"]: r for r in csv.DictReader(lines, delimiter="\t")}
    assert passes.keys() == final.keys()
    for i, p in passes.items():
        for label in ("loaded", "subjective"):
            assert final[i][label] in (p[f"{label}_1"], p[f"{label}_2"]), (i, label)


@pytest.mark.skipif(not (SHARED_DATA / "wikinews").is_dir(), reason="no ../shared/data")
def test_every_sentence_is_in_its_article() -> None:
    csv.field_size_limit(10**9)
    texts: dict[str, str] = {}
    for year in ("2019", "2020"):
        path = SHARED_DATA / "wikinews" / f"wikinews_{year}.csv"
        with path.open(newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                texts[f"wikinews_{year}#{i}"] = _key(row["text"])
    for r in _rows("loaded_news.tsv") + _rows("loaded_news_heldout.tsv"):
        assert _key(r["sentence"]) in texts[r["article"]], r


def test_headlines_parse_with_ratings_on_their_scales() -> None:
    text = (DEVSET / "headlines_news.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert lines[0].split("\t") == ["id", "article", "valence", "emotion", "note", "headline"]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 60 and len({r["article"] for r in rows}) == 60
    for r in rows:
        assert None not in r and None not in r.values(), r
        assert re.fullmatch(r"wikinews_(2019|2020)#\d+", r["article"]), r
        assert int(r["valence"]) in range(-3, 4) and int(r["emotion"]) in range(4), r
        assert r["headline"] == r["headline"].strip() != "", r
    text = (DEVSET / "headlines_passes.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    passes = {p["id"]: p for p in csv.DictReader(lines, delimiter="\t")}
    assert passes.keys() == {r["id"] for r in rows}
    for r in rows:
        for label in ("valence", "emotion"):
            p = passes[r["id"]]
            assert int(r[label]) in (int(p[f"{label}_1"]), int(p[f"{label}_2"])), (r, label)


@pytest.mark.skipif(not (SHARED_DATA / "wikinews").is_dir(), reason="no ../shared/data")
def test_every_headline_is_its_articles_title() -> None:
    csv.field_size_limit(10**9)
    titles: dict[str, str] = {}
    for year in ("2019", "2020"):
        path = SHARED_DATA / "wikinews" / f"wikinews_{year}.csv"
        with path.open(newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                titles[f"wikinews_{year}#{i}"] = _key(row["title"])
    text = (DEVSET / "headlines_news.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        assert titles[r["article"]] == r["headline"], r

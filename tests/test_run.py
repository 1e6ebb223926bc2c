"""Corpus runs: tables, failures recorded, streaming writers, parallel = serial."""

from __future__ import annotations

import csv
import gc
from pathlib import Path

import pandas as pd
import pytest

import mediakit
from mediakit import CorpusError, analyze_corpus, write_corpus

TABLES = ("sentences", "attributions", "quotes", "sources")
TABLE_METHODS = {
    "sentences": "sentence_table",
    "attributions": "attribution_table",
    "quotes": "quote_table",
    "sources": "source_table",
    "people": "people_table",
    "markers": "marker_table",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    d = tmp_path_factory.mktemp("corpus")
    paths = [str(p) for p in mediakit.seed_paths()]
    (d / "empty.txt").write_text("  \n", encoding="utf-8")
    (d / "bin.txt").write_bytes(b"\x00\x01binary")
    rows = pd.DataFrame(
        {
            "text": [Path(p).read_text(encoding="utf-8") for p in paths[:3]],
            "title": ["One", "Two", None],
            "outlet": ["A", "B", "C"],
        }
    )
    rows.to_csv(d / "rows.csv", index=False)
    return [
        *paths,
        str(d / "empty.txt"),
        str(d / "bin.txt"),
        str(d / "missing.txt"),
        str(d / "rows.csv"),
    ]


def test_tables_match_single_article_analysis(corpus: list[str]) -> None:
    res = analyze_corpus(corpus, tables=tuple(TABLE_METHODS))
    arts = res.articles
    assert list(arts["article_id"][:5]) == corpus[:5]
    assert len(arts) == 5 + 3 + 3
    seed = mediakit.analyze(Path(corpus[0]))
    row = arts.iloc[0]
    for k, v in seed.metrics.items():
        assert row[k] == pytest.approx(v, nan_ok=True) if v is not None else pd.isna(row[k])
    # every long table, row for row, as the single analysis builds it
    for name, method in TABLE_METHODS.items():
        long = getattr(res, name)
        got = long[long["article_id"] == corpus[0]].drop(columns="article_id")
        want = getattr(seed, method)()
        assert len(want) > 0, name
        pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
    src = res.sources[res.sources["article_id"] == corpus[0]]
    assert list(src["name"]) == [s.name for s in seed.sources]
    # failures are recorded with their reason, metrics empty
    failed = res.failed.set_index("article_id")
    assert "empty" in failed.loc[corpus[5], "error"]
    assert "binary" in failed.loc[corpus[6], "error"]
    assert "no such file" in failed.loc[corpus[7], "error"]
    assert failed["words"].isna().all()
    # table rows: ids, metadata from the columns, the csv's encoding
    rows = arts[arts["article_id"].str.endswith(("rows.csv#1", "rows.csv#3"))]
    third = mediakit.analyze(Path(corpus[2]))
    assert list(rows["title"]) == ["One", third.metadata.title]  # no title in the row: parsed
    assert list(rows["outlet"]) == ["A", "C"] and set(rows["encoding"]) == {"utf-8"}
    assert rows.iloc[0]["words"] == seed.words


def test_parallel_equals_serial(corpus: list[str]) -> None:
    one = analyze_corpus(corpus, tables=TABLES)
    frozen = gc.get_freeze_count()
    two = analyze_corpus(corpus, tables=TABLES, jobs=2)
    # the workers were forked with the objects frozen (_workers.forked_pool); not the parent
    assert gc.get_freeze_count() == frozen
    for name in ("articles", *TABLES):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))


def test_texts_and_dataframes() -> None:
    res = analyze_corpus(["The mayor said the road was closed.", "Officials said it reopened."])
    assert list(res.articles["article_id"]) == ["0", "1"]
    assert res.sentences is None and list(res.articles["words"]) == [7, 4]
    df = pd.DataFrame({"body": ["The mayor said so.", "  "]}, index=[10, 11])
    res = analyze_corpus(df, text_column="body")
    assert list(res.articles["article_id"]) == ["10", "11"]
    assert res.articles["error"].isna().tolist() == [True, False]


def test_non_utf8_is_recorded_and_warned(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Der Bürgermeister sagte, die Straße sei gesperrt.".encode("cp1252"))
    with pytest.warns(UserWarning, match="not UTF-8"):
        res = analyze_corpus([p])
    assert res.articles.loc[0, "encoding"] not in (None, "utf-8")
    assert "not UTF-8" in res.articles.loc[0, "warnings"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_write_corpus_streams_and_is_reproducible(
    corpus: list[str], tmp_path: Path, fmt: str
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    stats = write_corpus(corpus, tmp_path / "a", tables=TABLES, format=fmt)
    assert (stats.articles, stats.failed) == (11, 3)
    assert "3 failed" in stats.summary() and "no such file" in stats.summary()
    write_corpus(corpus, tmp_path / "b", tables=TABLES, format=fmt, jobs=2)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(f"{t}.{fmt}" for t in ("articles", *TABLES))
    for n in names:
        assert (tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes()
    if fmt == "parquet":
        back = pd.read_parquet(tmp_path / "a" / "articles.parquet")
    else:
        with (tmp_path / "a" / "articles.csv").open(encoding="utf-8", newline="") as fh:
            back = pd.DataFrame(list(csv.DictReader(fh)))
    assert list(back["article_id"]) == [str(c) for c in analyze_corpus(corpus).articles.article_id]
    with pytest.raises(CorpusError, match="already exists"):
        write_corpus(corpus, tmp_path / "a", format=fmt)
    write_corpus(corpus[:1], tmp_path / "a", format=fmt, force=True)
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.startswith(".")]


def test_parquet_writer_batches_keep_memory_flat(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from mediakit._sinks import ParquetSink, columns

    sink = ParquetSink(tmp_path / "s.parquet", columns("sentences"), batch=10)
    for i in range(35):
        sink.write(
            [
                {
                    "article_id": str(i),
                    "index": 0,
                    "start": 0,
                    "end": 1,
                    "text": "x",
                    "voice": "narration",
                    "words": 1,
                    "compound": 0.0,
                    "emotive": 0.0,
                }
            ]
        )
        assert len(sink._buf) < 10
    sink.close()
    f = pq.ParquetFile(tmp_path / "s.parquet")
    assert f.metadata.num_rows == 35 and f.metadata.num_row_groups >= 4


def test_bad_options() -> None:
    with pytest.raises(CorpusError, match="unknown table"):
        analyze_corpus([], tables=["words"])
    with pytest.raises(CorpusError, match="unknown format"):
        write_corpus([], "x", format="xlsx")

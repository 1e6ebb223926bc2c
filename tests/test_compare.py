"""Across articles: groups by outlet and period, bootstrap intervals, cue profiles, the CLI."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pandas as pd
import pytest

import mediakit
from mediakit import compare, cue_profile
from mediakit._compare import group_of
from mediakit.cli import main

matplotlib.use("Agg")


def _articles() -> pd.DataFrame:
    # three articles of one outlet in January, one of another in February
    return pd.DataFrame(
        {
            "date": ["2020-01-06", "2020-01-20", "2020-01-31", "2020-02-03", None],
            "outlet": [None, None, "Daily Bugle", None, None],
            "url": [
                "https://www.example.org/a",
                "https://example.org/b",
                None,
                "https://news.test/c",
                None,
            ],
            "person_sources": [2, 2, 0, 4, 1],
            "female_sources": [1, 0, 0, 1, 0],
            "male_sources": [0, 1, 0, 2, 0],
            "named_source_share": [1.0, 0.5, None, 0.25, 1.0],
            "error": [None] * 5,
        }
    )


def test_groups_by_outlet_and_period() -> None:
    df = _articles()
    assert group_of(df, "outlet").tolist() == [
        "example.org",
        "example.org",
        "Daily Bugle",
        "news.test",
        "(none)",
    ]
    assert group_of(df, "month").tolist() == ["2020-01"] * 3 + ["2020-02", "(none)"]
    assert group_of(df, "week").tolist()[:2] == ["2020-01-06", "2020-01-20"]
    assert group_of(df, "year").tolist()[3] == "2020"
    with pytest.raises(ValueError, match="choose from outlet, week, month, year"):
        group_of(df, "decade")


def test_gender_shares_are_pooled_and_other_metrics_averaged() -> None:
    out = compare(_articles(), by="month", metrics=["female_source_share", "named_source_share"])
    jan = out[out["group"] == "2020-01"].set_index("metric")
    # pooled: (1 + 0 + 0) female of (2 + 2 + 0) person sources
    assert jan.loc["female_source_share", "value"] == pytest.approx(0.25)
    assert jan.loc["female_source_share", "defined"] == 2
    # averaged over the articles where it is defined: (1.0 + 0.5) / 2
    assert jan.loc["named_source_share", "value"] == pytest.approx(0.75)
    assert jan.loc["named_source_share", "articles"] == 3
    for _, r in out.dropna(subset=["value"]).iterrows():
        assert r["low"] <= r["value"] + 1e-12 and r["value"] <= r["high"] + 1e-12


def test_bootstrap_is_seeded_and_a_single_article_has_no_spread() -> None:
    shares = ["male_source_share", "named_source_share"]
    one = compare(_articles(), by="outlet", seed=3, metrics=shares)
    assert one.equals(compare(_articles(), by="outlet", seed=3, metrics=shares))
    bugle = one[(one["group"] == "news.test") & (one["metric"] == "male_source_share")]
    assert bugle[["value", "low", "high"]].iloc[0].tolist() == [0.5, 0.5, 0.5]


def test_an_unknown_metric_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no column 'nope'"):
        compare(_articles(), metrics=["nope"])


def test_cue_profile_counts_cues_by_gender() -> None:
    a = mediakit.analyze(
        "Mr Tom Ellery said the market was shut. Mr Ellery claimed it was sad. "
        "Officials said it would reopen."
    )
    prof = cue_profile(a.attribution_table(), by="source_gender")
    male = prof[prof["source_gender"] == "male"].set_index("cue_lemma")
    assert male.loc["say", "count"] == 1 and male.loc["claim", "count"] == 1
    assert male["share"].sum() == pytest.approx(1.0)
    assert "(none)" in set(prof["source_gender"])  # officials: not a person


def test_the_sample_corpus_is_bundled_with_credit() -> None:
    df = mediakit.sample_corpus()
    assert len(df) == 295
    assert list(df.columns) == ["url", "date", "outlet", "title", "text"]
    assert df["url"].str.startswith("https://en.wikinews.org/wiki/").all()
    readme = Path(mediakit.__file__).parent / "data" / "samples" / "README.md"
    assert "Creative Commons Attribution 2.5" in readme.read_text(encoding="utf-8")


def test_plot_groups_returns_the_axes_it_was_given() -> None:
    import matplotlib.pyplot as plt

    table = compare(_articles(), by="month", metrics=["female_source_share"], n_boot=50)
    _fig, ax = plt.subplots()
    assert mediakit.plot_groups(table, ax=ax) is ax
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2020-01", "2020-02"]
    plt.close("all")


def test_cli_compare_writes_a_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.csv"
    pd.DataFrame(
        {
            "text": ["Mr Tom Ellery said the market was shut.", "Ms Ann Vale said it was sad."],
            "date": ["2020-01-02", "2020-02-03"],
            "url": ["https://a.example/1", "https://b.example/2"],
        }
    ).to_csv(corpus, index=False)
    out = tmp_path / "by.csv"
    assert main(["compare", str(corpus), "--by", "month", "--boot", "20", "-o", str(out)]) == 0
    got = pd.read_csv(out)
    female = got[got["metric"] == "female_source_share"].set_index("group")["value"]
    assert female.to_dict() == {"2020-01": 0.0, "2020-02": 1.0}
    # figures written with four decimals, without binary noise (0.0333336000000001)
    decimals = {
        len(v.split(".")[1])
        for row in out.read_text().splitlines()[1:]
        for v in row.split(",")[3:6]
        if "." in v
    }
    assert decimals == {4}
    assert main(["compare", str(corpus), "-o", str(out)]) == 2  # exists, no --force
    err = capsys.readouterr().err
    assert "use --force" in err and "Traceback" not in err
    assert main(["compare", str(corpus), "--metrics", "nope", "-o", str(out), "--force"]) == 2

"""The PolNeAR newsroom evaluation: the body, the halves, the draw, the skip.  The
articles here are hand-made (not PolNeAR's texts)."""

from __future__ import annotations

from pathlib import Path

from mediakit.evaluate.__main__ import main as dispatch
from mediakit.evaluate.emotive import read_tsv
from mediakit.evaluate.encyclopaedic import digest
from mediakit.evaluate.newsroom import (
    DEV_SETS,
    GOLD,
    GOLD_2,
    GOLD_3,
    GOLD_4,
    LATER,
    USED,
    USED_3,
    USED_4,
    body_sentences,
    draw,
    draw_later,
    half,
    main,
    pooled,
    report_later,
    run,
)

ARTICLE = (
    "Senator wins the vote.\n\nABSTRACT.\n\nFULL TEXT.\n\n"
    "The senator may run again next year, aides said on Monday.\n\n"
    "She won the vote by a wide margin in the state capital."
)


def test_body_drops_the_headline_and_section_lines() -> None:
    assert body_sentences(ARTICLE) == [
        "The senator may run again next year, aides said on Monday.",
        "She won the vote by a wide margin in the state capital.",
    ]


def test_halves_are_fixed_by_the_name() -> None:
    assert {half(n) for n in USED} <= {"dev", "clean"}
    assert half("nyt_2016-01-01_x") == half("nyt_2016-01-01_x")


def _texts(tmp_path: Path) -> Path:
    for k in range(3):
        (tmp_path / f"nyt_2016-01-0{k}_a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / f"{sorted(USED)[0]}.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_draw_leaves_out_the_used_articles(tmp_path: Path) -> None:
    drawn = draw(_texts(tmp_path))
    assert len(drawn) == 6
    assert not {name for _, name, _, _ in drawn} & USED
    assert {part for part, *_ in drawn} == {"random"}  # the pool is spent by the random draw


def test_scores_a_gold_file(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    texts = _texts(tmp_path / "t")
    s = body_sentences(ARTICLE)
    gold = tmp_path / "gold.tsv"
    rows = ["set\tarticle\tn\tdigest\thalf\thedged\tcues\tloaded\tphrases\tsubjective\tnote"]
    for k in range(3):
        for i, sent in enumerate(s):
            name = f"nyt_2016-01-0{k}_a"
            hedged = "yes" if i == 0 else "no"
            rows.append(
                f"random\t{name}\t{i}\t{digest(sent)}\t{half(name)}\t{hedged}\tmay\tno\t\tno\t"
            )
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = "\n".join(run(texts, gold, clean=True))
    assert "hedges: " in out and "loaded-language sentence AUC" in out
    assert "not found" not in out


def test_skips_without_the_texts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--polnear", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
    assert dispatch(["newsroom", "--polnear", str(tmp_path / "absent")]) == 0


def test_later_draws_leave_out_the_sets_before_them(tmp_path: Path) -> None:
    texts = _texts(tmp_path)
    first = read_tsv(GOLD)[0]["article"]
    second = read_tsv(GOLD_2)[0]["article"]
    for name in (first, second, sorted(USED_3)[0]):
        (texts / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    two = {name for _, name, _, _ in draw_later(texts, "2")}
    three = {name for _, name, _, _ in draw_later(texts, "3")}
    assert first not in two and second in two and not two & USED
    assert three == {f"nyt_2016-01-0{k}_a" for k in range(3)}


def test_scores_a_later_gold_file(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    texts = _texts(tmp_path / "t")
    gold = tmp_path / "later.tsv"
    rows = ["set\tarticle\tn\tdigest\thalf\tloaded\tphrases\tsubjective\tnote"]
    for k in range(3):
        for i, sent in enumerate(body_sentences(ARTICLE)):
            loaded = "yes\twide margin" if i else "no\t"
            rows.append(f"random\tnyt_2016-01-0{k}_a\t{i}\t{digest(sent)}\tclean\t{loaded}\tno\t")
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = "\n".join(run(texts, gold))
    assert "PolNeAR later (clean) random: 6 sentences, 3 loaded" in out
    assert "hedges" not in out and "not found" not in out


def test_set_3_skips_without_the_texts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--set", "3", "--polnear", str(tmp_path / "absent")]) == 0
    assert main(["--set", "3", "--draw", "--polnear", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_set_4_leaves_out_the_third_set_and_the_seventh_checks(tmp_path: Path) -> None:
    texts = _texts(tmp_path)
    third = read_tsv(GOLD_3)[0]["article"]
    for name in (third, sorted(USED_4)[0], sorted(USED_3)[0], sorted(USED)[1]):
        (texts / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    three = {name for _, name, _, _ in draw_later(texts, "3")}
    four = {name for _, name, _, _ in draw_later(texts, "4")}
    assert third in three and sorted(USED_4)[0] in three  # the third rule predates USED_4
    assert four == {f"nyt_2016-01-0{k}_a" for k in range(3)}


def test_set_4_skips_without_the_texts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--set", "4", "--polnear", str(tmp_path / "absent")]) == 0
    assert main(["--set", "4", "--draw", "--polnear", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_set_5_leaves_out_the_fourth_set_and_the_same_checks(tmp_path: Path) -> None:
    texts = _texts(tmp_path)
    fourth = read_tsv(GOLD_4)[0]["article"]
    for name in (fourth, sorted(USED_4)[1], sorted(USED_3)[1], sorted(USED)[2]):
        (texts / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    four = {name for _, name, _, _ in draw_later(texts, "4")}
    assert fourth in four  # the fourth set's articles are left out of later sets only
    five = {name for _, name, _, _ in draw_later(texts, "5")}
    assert five == {f"nyt_2016-01-0{k}_a" for k in range(3)}
    assert LATER["5"][0] == (2020, 150)


def test_sets_2_to_6_are_the_later_dev_sets() -> None:
    assert DEV_SETS == {"2", "3", "4", "5", "6"}
    assert set(LATER) == {"2", "3", "4", "5", "6", "7"}


def _later_rows() -> list[dict[str, str]]:
    rows = []
    for k in range(3):
        for i, sent in enumerate(body_sentences(ARTICLE)):
            rows.append(
                {
                    "article": f"nyt_2016-01-0{k}_a",
                    "id": f"nyt_2016-01-0{k}_a#{i}",
                    "sentence": sent,
                    "loaded": "yes" if i else "no",
                    "phrases": "wide margin" if i else "",
                    "subjective": "no" if i else "yes",
                }
            )
    return rows


def test_a_dev_set_prints_its_errors_a_clean_one_never() -> None:
    rows = _later_rows()
    dev = "\n".join(report_later(rows, "set 5", dev=True, errors=True))
    assert "PolNeAR set 5 (dev) random: 6 sentences, 3 loaded, 3 subjective" in dev
    assert "missed 'wide margin' (nyt_2016-01-00_a#1)" in dev
    assert "loaded, lowest intensity (3 of 3):" in dev
    assert "not loaded, highest intensity (3 of 3):" in dev
    assert "subjective, lowest subjectivity (3 of 3):" in dev
    assert "She won the vote by a wide margin" in dev
    quiet = "\n".join(report_later(rows, "set 5", dev=True))
    assert "missed" not in quiet and "lowest" not in quiet
    clean = "\n".join(report_later(rows, "set 4", dev=False, errors=True))
    assert "(clean)" in clean and "missed" not in clean and "lowest" not in clean


def test_set_5_skips_without_the_texts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--set", "5", "--errors", "--polnear", str(tmp_path / "absent")]) == 0
    assert main(["--set", "5", "--draw", "--polnear", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_the_pooled_figures_are_one_auc_over_the_sets_together(tmp_path: Path) -> None:
    assert pooled(tmp_path / "absent", ("2", "3", "4")) == []
    (tmp_path / "nyt_2016-01-01_a.txt").write_text(ARTICLE, "utf-8")
    sents = body_sentences(ARTICLE)
    golds = {}
    for k, (loaded, subjective) in zip("23", (("no", "yes"), ("yes", "no")), strict=True):
        gold = tmp_path / f"set{k}.tsv"
        gold.write_text(
            "article\tn\tdigest\tloaded\tphrases\tsubjective\n"
            + "".join(
                f"nyt_2016-01-01_a\t{i}\t{digest(s)}\t{loaded}\t"
                f"{'wide margin' if loaded == 'yes' and i else ''}\t{subjective}\n"
                for i, s in enumerate(sents)
            ),
            "utf-8",
        )
        golds[k] = gold
    import mediakit.evaluate.newsroom as newsroom

    saved = dict(newsroom.GOLDS)
    try:
        newsroom.GOLDS.update(golds)
        lines = pooled(tmp_path, ("2", "3"))
    finally:
        newsroom.GOLDS.clear()
        newsroom.GOLDS.update(saved)
    assert lines[0] == (
        "PolNeAR sets 2+3 pooled (dev) random: 4 sentences, 2 loaded, 2 subjective"
    )  # sets 2 and 3 are dev sets: a pool holding one is dev
    assert "loaded phrases holding a flagged word (1)" in lines[2]

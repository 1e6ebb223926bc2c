"""Export for correction, evaluation on a person's coding, and the CLI commands
``mediakit export``, ``evaluate`` and ``agree`` (docs/agreement.md)."""

from __future__ import annotations

import importlib.util
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import mediakit
from mediakit._export import SHEET_COLUMNS, SOURCE_TYPES
from mediakit.cli import main
from mediakit.evaluate.brat import evaluate_brat, parse_ann
from mediakit.evaluate.polnear import evaluate_polnear

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
SEEDS = mediakit.seed_paths()
ROLES = ("source", "cue", "content")


def test_public_api_is_deliberate() -> None:
    assert sorted(mediakit.__all__) == sorted(
        [
            *("VOICES", "Analysis", "ArticleError", "Attribution", "Boilerplate"),
            *("CorpusError", "CorpusTables", "Marker", "Metadata", "Quote", "RunStats"),
            *("SheetError", "SourceSummary", "Span", "__version__", "agreement", "analyze"),
            *("analyze_corpus", "coding_sheet", "cohen_kappa", "confusion", "evaluate_brat"),
            *("evaluate_sheet", "export_brat", "krippendorff_alpha", "plot_cues"),
            *("plot_emotion_arc", "plot_emotion_by_voice", "plot_hedges", "plot_source_types"),
            *("plot_sources", "plot_voices", "read_sheet", "seed_path", "seed_paths"),
            *("summarize", "write_corpus", "write_sheet"),
            # who the sources are (issue 13)
            *("Person", "compare", "cue_profile", "plot_groups", "sample_corpus"),
            # parse once (issue 11)
            *("Article", "parse"),
        ]
    )


def test_source_types_are_the_lexicons() -> None:
    rows = (ROOT / "mediakit" / "data" / "source_types.tsv").read_text("utf-8").splitlines()
    types = {r.split("\t")[0] for r in rows if r and not r.startswith("#")}
    assert set(SOURCE_TYPES) == types | {"unknown"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("brat")
    mediakit.export_brat(SEEDS, out)
    return out


def test_brat_files_are_valid_standoff(exported: Path) -> None:
    assert (exported / "annotation.conf").is_file()
    for p in SEEDS:
        text = (exported / f"{p.stem}.txt").read_bytes().decode("utf-8")
        assert text == mediakit.analyze(p).text
        lines = (exported / f"{p.stem}.ann").read_text("utf-8").splitlines()
        events = [ln for ln in lines if ln.startswith("E")]
        assert len(events) == len(mediakit.analyze(p).attributions)
        for ln in lines:
            m = re.fullmatch(r"T\d+\t(Source|Cue|Content|Attribution) ([\d ;]+)\t(.*)", ln)
            if m:  # the shown text is the pieces' text, joined by spaces
                pieces = [tuple(map(int, x.split())) for x in m.group(2).split(";")]
                want = " ".join(text[a:b] for a, b in pieces)
                assert m.group(3) == re.sub(r"\s", " ", want)
            else:
                assert re.fullmatch(
                    r"(E\d+\tAttribution:T\d+( \w+:T\d+)+|#\d+\tAnnotatorNotes T\d+\t.+)", ln
                )
        assert any("mediakit: rule " in ln for ln in lines)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_round_trip_scores_one(path: Path, tmp_path: Path) -> None:
    mediakit.export_brat([path], tmp_path)
    res = evaluate_brat(tmp_path)
    for role in ROLES:
        for m in ("exact", "overlap"):
            for k in ("p", "r", "f1"):
                assert res[f"{role}_{m}_{k}"] == 1.0, (role, m, k)
    assert res["density_mae"] == 0.0 and res["share_mae"] == 0.0
    sheet = tmp_path / "sheet.csv"
    mediakit.write_sheet(mediakit.coding_sheet([path]), sheet)
    got = mediakit.evaluate_sheet(sheet)
    assert got["voice_accuracy"] == 1.0
    for field in ("voice", "source", "cue", "source_type"):
        assert got[field]["percent"] == 1.0


def test_sheet_reads_back_without_loss(tmp_path: Path) -> None:
    sheet = mediakit.coding_sheet(SEEDS)
    assert list(sheet.columns) == list(SHEET_COLUMNS)
    assert set(sheet["voice"]) <= {"direct", "reported", "mixed", "narration", "boilerplate"}
    mediakit.write_sheet(sheet, tmp_path / "s.csv")
    pd.testing.assert_frame_equal(mediakit.read_sheet(tmp_path / "s.csv"), sheet)


def test_a_relation_deleted_from_the_folder_costs_its_share(exported: Path, tmp_path: Path) -> None:
    """A coder deletes one of mediakit's relations: mediakit now predicts one relation the
    folder lacks, so precision falls by exactly its share and recall stays 1."""
    name = "101_practice_wire"
    for ext in ("txt", "ann"):
        (tmp_path / f"{name}.{ext}").write_bytes((exported / f"{name}.{ext}").read_bytes())
    ann = tmp_path / f"{name}.ann"
    raw = ann.read_text("utf-8")
    gold = parse_ann(raw)
    first = next(ln for ln in raw.splitlines() if ln.startswith("E"))
    ann.write_text(raw.replace(first + "\n", ""), "utf-8")
    assert len(parse_ann(ann.read_text("utf-8"))) == len(gold) - 1
    res = evaluate_brat(tmp_path)
    for role in ROLES:
        n = sum(role in r for r in gold)
        want = (n - 1) / n if role in gold[0] else 1.0
        assert res[f"{role}_exact_p"] == pytest.approx(want)
        assert res[f"{role}_exact_r"] == 1.0


def test_recall_falls_by_the_deleted_share(tmp_path: Path) -> None:
    """Gold = mediakit's export, predictions = the same minus one relation."""
    from mediakit.evaluate.brat import relations_of, score_pairs

    a = mediakit.analyze(SEEDS[1])
    gold = relations_of(a.attributions)
    pred = gold[1:]
    res = score_pairs([(a.text, pred, gold)])
    for role in ROLES:
        n = sum(role in r for r in gold)
        want = (n - 1) / n if role in gold[0] else 1.0
        assert res[f"{role}_exact_r"] == pytest.approx(want)
        assert res[f"{role}_exact_p"] == 1.0


@pytest.mark.skipif(not (POLNEAR_DEV / "text").is_dir(), reason="PolNeAR data not found")
def test_brat_evaluation_equals_the_polnear_harness(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "brat", str(POLNEAR_DEV), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    want = evaluate_polnear(POLNEAR_DEV)
    for role in ROLES:
        for m in ("exact", "overlap"):
            assert abs(got[role][f"{m}_f1"] - want[f"{role}_{m}_f1"]) < 0.01
    assert got["density_per_1000w"]["spearman"] == pytest.approx(want["density_spearman"])
    assert got["content_share"]["mae"] == pytest.approx(want["share_mae"])


# ---------------------------------------------------------------- the command line


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_evaluate_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in SEEDS[1:3]]
    sheet, folder = tmp_path / "m.csv", tmp_path / "brat"
    assert _run(["export", *paths, "-o", str(sheet)], capsys)[0] == 0
    assert _run(["export", *paths, "--format", "brat", "-o", str(folder)], capsys)[0] == 0
    code, out, _ = _run(["evaluate", "brat", str(folder), "--json"], capsys)
    doc = json.loads(out)
    assert code == 0 and {"source", "cue", "content", "density_per_1000w", "content_share"} <= set(
        doc
    )
    assert doc["cue"]["exact_f1"] == 1.0
    code, out, _ = _run(["evaluate", "sheet", str(sheet), "--json"], capsys)
    assert code == 0 and json.loads(out)["voice_accuracy"] == 1.0
    other = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    other.loc[0, "voice"] = "narration" if other.loc[0, "voice"] != "narration" else "direct"
    other.to_csv(tmp_path / "b.csv", index=False)
    code, out, _ = _run(["agree", str(sheet), str(tmp_path / "b.csv"), "--json"], capsys)
    doc = json.loads(out)
    assert code == 0 and set(doc) == {"voice", "source", "cue", "source_type"}
    n = len(other)
    assert doc["voice"]["percent"] == pytest.approx((n - 1) / n)
    assert {"krippendorff_alpha", "cohen_kappa", "percent"} <= set(doc["voice"])
    code, out, _ = _run(["agree", str(folder), str(folder), "--json"], capsys)
    assert code == 0 and json.loads(out)["content"]["overlap_f1"] == 1.0
    assert _run(["export", *paths, "-o", str(sheet)], capsys)[0] == 2  # no --force


def test_cli_export_reads_what_analyze_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Table rows, standard input and Latin-1 files, through the one reader."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[1:3]]
    table = tmp_path / "news.csv"
    pd.DataFrame({"text": texts}).to_csv(table, index=False)
    folder, sheet = tmp_path / "brat", tmp_path / "m.csv"
    assert _run(["export", str(table), "--format", "brat", "-o", str(folder)], capsys)[0] == 0
    assert sorted(p.name for p in folder.glob("*.ann")) == ["news_1.ann", "news_2.ann"]
    assert (folder / "news_2.txt").read_text(encoding="utf-8") == texts[1]
    assert _run(["export", str(table), "-o", str(sheet)], capsys)[0] == 0
    assert set(pd.read_csv(sheet)["article"]) == {f"{table}#1", f"{table}#2"}
    code, out, _ = _run(["evaluate", "sheet", str(sheet), "--json"], capsys)
    assert code == 0 and json.loads(out)["voice_accuracy"] == 1.0  # the rows read again
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Caf\u00e9 owners said the rent was too high. " * 3).encode("latin-1"))
    code, _, err = _run(["export", str(latin), "-o", str(tmp_path / "l.csv")], capsys)
    assert code == 0 and "not UTF-8" in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(texts[0].encode("utf-8"))))
    code, _, _ = _run(["export", "-", "--format", "brat", "-o", str(tmp_path / "in")], capsys)
    assert code == 0 and (tmp_path / "in" / "stdin.txt").read_text(encoding="utf-8") == texts[0]
    code, _, err = _run(["export", str(tmp_path / "nope.txt"), "-o", str(sheet), "--force"], capsys)
    assert code == 2 and "nope.txt" in err and "Traceback" not in err


def test_evaluate_sheet_names_an_article_it_cannot_find(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "news.csv"
    pd.DataFrame({"text": [SEEDS[1].read_text(encoding="utf-8")]}).to_csv(table, index=False)
    sheet = tmp_path / "m.csv"
    assert _run(["export", str(table), "-o", str(sheet)], capsys)[0] == 0
    df = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    for label, row in ((f"{table}#9", 2), (str(tmp_path / "gone.txt"), len(df) + 1)):
        bad = df.copy()
        bad.loc[len(bad) - 1 if row > 2 else 0, "article"] = label
        bad.to_csv(tmp_path / "bad.csv", index=False)
        code, _, err = _run(["evaluate", "sheet", str(tmp_path / "bad.csv")], capsys)
        assert code == 2 and f"row {row}: article {label!r} not found" in err, err


def _bad(tmp_path: Path, edit: str) -> Path:
    src = tmp_path / "good.csv"
    mediakit.write_sheet(mediakit.coding_sheet([SEEDS[1]]), src)
    df = pd.read_csv(src, dtype=str, keep_default_na=False)
    if edit == "missing column":
        df = df.drop(columns=["cue"])
    elif edit == "unknown voice":
        df.loc[3, "voice"] = "quoted"
    elif edit == "unknown source type":
        df.loc[3, "source_type"] = "celebrity"
    elif edit == "not a number":
        df.loc[3, "start"] = "12a"
    elif edit == "wrong offsets":
        df.loc[3, "start"] = str(int(df.loc[3, "start"]) + 1)
    elif edit == "wrong text":
        df.loc[3, "text"] = "Something else entirely."
    elif edit == "duplicate":
        df = pd.concat([df.iloc[[3]], df], ignore_index=True)  # again as row 6
    out = tmp_path / "bad.csv"
    df.to_csv(out, index=False)
    return out


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        ("missing column", "missing column(s) cue"),
        ("unknown voice", "row 5: unknown voice 'quoted'"),
        ("unknown source type", "row 5: unknown source_type 'celebrity'"),
        ("not a number", "row 5: start '12a' is not a whole number"),
        ("wrong offsets", "row 5: no sentence of"),
        ("wrong text", "row 5: the text differs"),
        ("duplicate", "row 6: the same sentence appears twice"),
    ],
)
def test_bad_sheets_get_one_line_naming_the_row(
    edit: str, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["evaluate", "sheet", str(_bad(tmp_path, edit))], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and "Traceback" not in err


def test_bad_arguments_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = [
        ["evaluate", "brat", str(tmp_path / "nope")],
        ["evaluate", "brat", str(tmp_path)],  # no annotated article
        ["evaluate", "sheet", str(tmp_path / "nope.csv")],
        ["agree", str(tmp_path / "nope.csv")],
        ["export", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.csv")],
    ]
    for args in cases:
        code, _out, err = _run(args, capsys)
        assert code == 2 and err.count("\n") == 1 and err.startswith("mediakit: error:"), args


def test_an_empty_article_is_refused_as_analyze_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No coding sheet of an article without words: the same one line as ``analyze``."""
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    for args in (["export", str(empty), "-o", str(tmp_path / "x.csv")], ["analyze", str(empty)]):
        code, _out, err = _run(args, capsys)
        assert code == 2, args
        why = "the article is empty (no words after any metadata line)"
        assert err == f"mediakit: error: {empty}: {why}\n"
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.skipif(importlib.util.find_spec("openpyxl") is not None, reason="openpyxl present")
def test_xlsx_without_openpyxl_names_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(["export", str(SEEDS[1]), "-o", str(tmp_path / "s.xlsx")], capsys)
    assert code == 2 and "mediakit[excel]" in err and err.count("\n") == 1
    assert not (tmp_path / "s.xlsx").exists()


def test_docs_state_the_agreement_with_our_coding() -> None:
    """docs/agreement.md's worked example is what `mediakit agree` says today."""
    ours = ROOT / "devset" / "practice_coding.csv"
    practice = sorted(p for p in SEEDS if "practice" in p.name)
    sheet = mediakit.read_sheet(ours)
    assert len(sheet) == len(mediakit.coding_sheet(practice))
    assert "?" not in set(sheet["voice"])  # every sentence coded
    doc = (ROOT / "docs" / "agreement.md").read_text("utf-8")
    table = mediakit.agreement(
        ours, mediakit.coding_sheet(practice, names=list(sheet["article"].unique()))
    )
    for r in table.to_dict("records"):
        line = (
            f"{r['field']:<12} {r['units']:>5} {r['krippendorff_alpha']:>7.3f} "
            f"{r['cohen_kappa']:>7.3f} {r['percent']:>8.3f}"
        )
        assert line in doc, line
    got = mediakit.evaluate_sheet(ours)
    assert f"voice accuracy {got['voice_accuracy']:.3f}" in " ".join(doc.split())


@pytest.mark.skipif(importlib.util.find_spec("openpyxl") is None, reason="needs mediakit[excel]")
def test_xlsx_reads_back_without_loss(tmp_path: Path) -> None:
    sheet = mediakit.coding_sheet(SEEDS[1:3])
    mediakit.write_sheet(sheet, tmp_path / "s.xlsx")
    pd.testing.assert_frame_equal(mediakit.read_sheet(tmp_path / "s.xlsx"), sheet)

"""The Wikipedia hedge evaluation: the dump's pages, the markup stripped, the keys, the
report, the wheel, the skip.  The dump here is hand-made (not Wikipedia's text)."""

from __future__ import annotations

import bz2
import zipfile
from pathlib import Path

import pytest

from mediakit.evaluate.__main__ import main as dispatch
from mediakit.evaluate.encyclopaedic import digest
from mediakit.evaluate.wikipedia import (
    MEMBER,
    article_sentences,
    draw,
    main,
    pages,
    prose,
)

NS = "http://www.mediawiki.org/xml/export-0.10/"
WIDGET = (
    "{{Infobox thing|name=Widget}}\n'''Widget''' is a [[gadget|small gadget]] that may have"
    " been named by [[Jane Doe]].<ref>A book, 1994.</ref> It is probably older than the"
    " [[gizmo]], and some historians believe it came from [http://example.org a fair].\n\n"
    "== History ==\n* a list line\n{| class=wikitable\n| a cell\n|}\n"
    "[[File:Widget.png|thumb|A [[widget]] seen here]]\nThe widget has two buttons and a red"
    " lamp.&nbsp;It was sold in three colours in shops.\n[[Category:Things]]\n"
)


def _page(title: str, text: str, ns: str = "0") -> str:
    return (
        f"<page><title>{title}</title><ns>{ns}</ns><revision><text>"
        f"{text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}"
        "</text></revision></page>"
    )


def _dump(tmp_path: Path) -> Path:
    xml = (
        f'<mediawiki xmlns="{NS}">'
        + _page("Widget", WIDGET)
        + _page("WidgetOld", "#REDIRECT [[Widget]]")
        + _page("Talk:Widget", "Some talk here about the widget and its lamp.", ns="1")
        + _page("Widget (disambiguation)", "Widget may mean several things in this list.")
        + "</mediawiki>"
    )
    path = tmp_path / "dump.xml.bz2"
    path.write_bytes(bz2.compress(xml.encode("utf-8")))
    return path


def test_pages_keep_articles_only(tmp_path: Path) -> None:
    data = bz2.decompress(_dump(tmp_path).read_bytes())
    assert [t for t, _ in pages(data)] == ["Widget"]


def test_prose_strips_the_markup() -> None:
    text = prose(WIDGET)
    assert text.split("\n") == [
        "Widget is a small gadget that may have been named by Jane Doe. It is probably older"
        " than the gizmo, and some historians believe it came from a fair.",
        "The widget has two buttons and a red lamp. It was sold in three colours in shops.",
    ]
    assert article_sentences(WIDGET)[1].startswith("It is probably older")


def _gold(tmp_path: Path) -> Path:
    sents = article_sentences(WIDGET)
    rows = [
        ("wiki-dev-random", 0, "yes", "may have"),
        ("wiki-dev-random", 2, "no", ""),
        ("wiki-dev-cue", 1, "yes", "probably"),
        ("wiki-clean-random", 3, "no", ""),
    ]
    lines = ["# a hand-made gold file", "set\ttitle\tn\tdigest\thedged\tnote"]
    lines += [f"{s}\tWidget\t{n}\t{digest(sents[n])}\t{h}\t{note}" for s, n, h, note in rows]
    lines.append("wiki-dev-cue\tWidget\t9\t0000000000\tno\t")  # not in the dump
    path = tmp_path / "gold.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_report_scores_the_dev_part_and_the_clean_part_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump, gold = _dump(tmp_path), _gold(tmp_path)
    assert main(["--dump", str(dump), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "wiki-dev random + cue: 3 sentences, 2 hedged by hand" in out
    assert "mediakit   P 1.000  R 1.000  F1 1.000" in out
    assert "wiki-clean" not in out and "not found or changed: 'Widget' #9" in out
    assert main(["--dump", str(dump), "--gold", str(gold), "--clean"]) == 0
    assert "wiki-clean random: 1 sentences, 0 hedged by hand" in capsys.readouterr().out


def test_the_dump_is_read_out_of_a_wheel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = tmp_path / "gensim-0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(MEMBER, _dump(tmp_path).read_bytes())
    assert main(["--dump", str(wheel), "--gold", str(_gold(tmp_path))]) == 0
    assert "wiki-dev random + cue: 3 sentences" in capsys.readouterr().out


def test_draw_is_fixed_by_its_seeds(tmp_path: Path) -> None:
    data = bz2.decompress(_dump(tmp_path).read_bytes())
    first, again = draw(data), draw(data)
    assert first == again
    assert len(first["wiki-dev-random"]) == 4  # every sentence of 6-60 words, drawn first
    assert all(not v for k, v in first.items() if k != "wiki-dev-random")


def test_skips_without_the_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dispatch(["wikipedia", "--dump", str(tmp_path / "none.bz2")]) == 0
    assert "pip install -e '.[evaluation]'" in capsys.readouterr().out

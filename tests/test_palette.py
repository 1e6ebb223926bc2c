"""The one palette: a colour per meaning, readable text on every fill, words for identifiers."""

from __future__ import annotations

import pytest

from mediakit import lexicons
from mediakit._palette import (
    ARTICLE_STYLES,
    COLORS,
    DARK,
    LABEL_TEXT,
    LIGHT,
    contrast_ratio,
    view_css,
)
from mediakit._source_types import TYPE_NAMES


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("meaning", sorted(COLORS))
def test_every_fill_has_readable_text(meaning: str) -> None:
    for table in (LIGHT, DARK):
        fill, text = table[meaning]
        assert contrast_ratio(text, fill) >= 4.5, (meaning, fill, text)
    assert contrast_ratio(LABEL_TEXT[meaning], COLORS[meaning]) >= 4.5
    # light fills are light and dark fills dark, so each suits its page
    assert contrast_ratio(LIGHT[meaning][0], "#FFFFFF") < 2.5
    assert contrast_ratio(DARK[meaning][0], "#000000") < 4.5


def test_one_colour_per_meaning_and_articles_apart() -> None:
    assert len(set(COLORS.values())) == len(COLORS)
    assert not {c for c, _h in ARTICLE_STYLES} & set(COLORS.values())
    assert len(set(ARTICLE_STYLES)) == len(ARTICLE_STYLES)


def test_css_follows_the_theme() -> None:
    css = view_css({"quote": "direct"})
    light_bg, dark_bg = LIGHT["direct"][0], DARK["direct"][0]
    assert css.startswith(f".mediakit-article{{--mk-quote-bg:{light_bg};")
    assert (
        f"@media (prefers-color-scheme: dark){{.mediakit-article{{--mk-quote-bg:{dark_bg};" in css
    )
    assert f'body[data-jp-theme-light="false"] .mediakit-article{{--mk-quote-bg:{dark_bg};' in css
    assert f'body[data-jp-theme-light="true"] .mediakit-article{{--mk-quote-bg:{light_bg};' in css


def test_every_source_type_has_a_name_in_words() -> None:
    types = {row[0] for row in lexicons.rows("source_types")} | {"unknown"}
    assert set(TYPE_NAMES) == types
    assert all("_" not in name and name[0].isupper() for name in TYPE_NAMES.values())

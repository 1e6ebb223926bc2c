from __future__ import annotations

import re

import mediakit
from mediakit import Analysis

HOSTILE = (
    'The mayor said "<script>alert(1)</script>" was posted.\n\n'
    "<img src=x onerror=alert(2)> cost $5 and $10 dollars.\n\n"
    '<a href="javascript:alert(3)">click</a> " onmouseover="alert(4)'
)


def test_article_text_is_escaped() -> None:
    html = mediakit.analyze(HOSTILE)._repr_html_()
    assert "<script>" not in html and "<img" not in html and "<a href" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    # no attribute was broken out of: every title="..." value is escaped
    for title in re.findall(r'title="([^"]*)"', html):
        assert "<" not in title and ">" not in title


def test_maths_is_switched_off_and_legend_is_visible(seed: Analysis) -> None:
    html = seed._repr_html_()
    assert 'class="mediakit-article mathjax_ignore tex2jax_ignore"' in html
    assert "Legend:" in html and "direct quotation" in html


def test_marks_carry_visible_text_and_reasons(seed: Analysis) -> None:
    html = seed._repr_html_()
    assert "[boilerplate] " in html  # visible even when styles are stripped
    assert "boilerplate: media player control" in html
    visible = re.sub(r"<[^>]+>", "", html)
    assert re.search(r"«⟦?This horror\(−\) should be seen by the whole world!", visible)
    assert re.search(r'title="emotive: VADER lexicon &#x27;horror&#x27;', html)


def test_every_character_of_the_body_is_shown(seed: Analysis) -> None:
    html = seed._repr_html_()
    visible = re.sub(r"<sup[^>]*>.*?</sup>|<[^>]+>", "", html)
    import html as h

    visible = h.unescape(visible)
    for p in seed.paragraphs:
        # the paragraph text appears, possibly with visible mark labels in between
        words = re.findall(r"\w+", p.text)
        assert all(w in visible for w in words)

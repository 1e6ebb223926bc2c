from __future__ import annotations

import html
import re

import pytest

import mediakit
from mediakit import Analysis
from mediakit import _display as mediakit_display
from mediakit._palette import contrast_ratio

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
    assert 'class="mediakit-legend"' in html and "direct quotation" in html


def test_marks_carry_visible_labels_and_reasons(seed: Analysis) -> None:
    html = seed._repr_html_()
    visible = re.sub(r"<[^>]+>", "", html)
    # the meaning is in visible text (a label where each span ends), without brackets
    assert re.search(r"This horrorEMOTIVE should be seen by the whole world!", visible)
    assert "Play videoBOILERPLATE" in visible
    for clutter in ("[src]", "[cue]", "⟦", "⟧", "«", "»", "(−)", "(~)", "(!)"):
        assert clutter not in visible, clutter
    assert 'title="BOILERPLATE — boilerplate: media player control' in html
    assert re.search(
        r'title="EMOTIVE — emotive \(negative\): VADER lexicon &#x27;horror&#x27;', html
    )
    # one label per span, even when a span is cut in two by a crossing span
    assert re.search(r'title="APPROXIMATOR — approximator: list entry &#x27;at least&#x27;', html)
    for kind in mediakit_display.LAYERS:
        opened = len(re.findall(rf'<span class="mk mk-{kind}"', html))
        labels = len(re.findall(rf">{kind.upper()}</span>", html)) - 1  # minus the legend's
        spans = [m for m in mediakit_display._marks(seed) if m.kind == kind]
        assert labels == len(spans) <= opened, kind


def test_every_mark_sets_its_text_colour_with_its_background(seed: Analysis) -> None:
    html = mediakit.analyze(HOSTILE)._repr_html_() + seed._repr_html_()
    styles = re.findall(r'style="([^"]*)"', html)
    with_fill = [s for s in styles if "background" in s]
    assert len(with_fill) > 100
    for style in with_fill:
        props = dict(p.split(":", 1) for p in style.split(";") if p)
        assert "color" in props, style
        assert contrast_ratio(props["color"], props["background"]) >= 4.5, style
    # the style sheet switches to the dark fills in JupyterLab's dark theme and the
    # system's dark mode, and overrides the inline (light) colours
    css = re.search(r"<style>(.*?)</style>", html, re.S)
    assert css is not None
    assert 'body[data-jp-theme-light="false"] .mediakit-article{' in css.group(1)
    assert "@media (prefers-color-scheme: dark)" in css.group(1)
    assert "background:var(--mk-quote-bg)!important" in css.group(1)


def test_layers_choose_the_marks(seed: Analysis) -> None:
    view = seed.show(layers=["source", "cue"])
    html = view._repr_html_()
    kinds = set(re.findall(r'<span class="mk mk-(\w+)"', html))
    assert kinds == {"source", "cue"}
    assert (
        "Hidden layers: boilerplate, quote, reported, emotive, hedge, booster, approximator."
        in html
    )
    every = {m.kind for m in mediakit_display._marks(seed)}
    assert len(every) >= 7  # the seed has every kind of span but boosters
    assert set(re.findall(r'<span class="mk mk-(\w+)"', seed.show()._repr_html_())) == every
    assert seed.show("quote").layers == ("quote",)
    assert seed.show([]).layers == ()
    with pytest.raises(ValueError, match=r"unknown layer\(s\) 'quotes'; valid layers: boilerplate"):
        seed.show(layers=["quotes"])


def test_every_character_of_the_body_is_shown(seed: Analysis) -> None:
    html = seed._repr_html_()
    visible = re.sub(r'<span class="mk-label"[^>]*>[A-Z]+</span>|<[^>]+>', "", html)
    import html as h

    visible = h.unescape(visible)
    for p in seed.paragraphs:
        # the paragraph text appears, possibly with visible mark labels in between
        words = re.findall(r"\w+", p.text)
        assert all(w in visible for w in words)


def test_a_source_mark_says_what_the_source_is_and_its_gender_evidence() -> None:
    a = mediakit.analyze(
        "Budget\n\nMs Sharon Thompson said residents would be consulted. "
        "The council said the budget was fair."
    )
    titles = [
        html.unescape(t) for t in re.findall(r'title="(SOURCE[^"]*)"', a.show()._repr_html_())
    ]
    assert any(
        "kind person (rule person:named_person); gender female (title: 'Ms Sharon Thompson')" in t
        for t in titles
    ), titles
    council = [t for t in titles if "source: council" in t]
    assert council and "kind organisation" in council[0] and "gender" not in council[0]

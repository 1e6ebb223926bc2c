"""One colour per meaning, for every plot and for the highlighted article.

The colours are Paul Tol's *muted* qualitative scheme (nine colours plus a pale
grey, designed to stay distinct for readers with the common forms of colour
blindness; P. Tol, "Colour Schemes", SRON technical note SRON/EPS/TN/09-002,
https://personal.sron.nl/~pault/).  Each meaning keeps its colour everywhere:
direct quotation is sand in the voice bars, in the sources plot and in the
article view; no other meaning uses it.  Articles in a plot of several articles
are told apart by shades of grey and hatching (:data:`ARTICLE_STYLES`), never by
a meaning's colour.

For the HTML view each meaning also has a fill and a text colour for light
pages and for dark pages (the colour mixed with white or with near-black), and
a label colour (black or white, whichever contrasts more with the full
colour).  ``tests/test_palette.py`` checks every pair has a WCAG 2 contrast
ratio of at least 4.5.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_STYLES",
    "COLORS",
    "DARK",
    "LABEL_TEXT",
    "LIGHT",
    "contrast_ratio",
    "view_css",
]

#: The meaning of each colour (hex, Paul Tol's muted scheme; greys for the voices
#: that are not attributed: the journalist's narration and boilerplate).
COLORS: dict[str, str] = {
    # voices of words and sentences
    "direct": "#DDCC77",  # sand: direct quotation
    "reported": "#88CCEE",  # cyan: reported speech
    "frame": "#44AA99",  # teal: the attribution frame ("X said")
    "mixed": "#999933",  # olive: a sentence with several voices
    "narration": "#BBBBBB",  # grey: the journalist's own voice
    "boilerplate": "#DDDDDD",  # pale grey: captions, "Play video" ...
    # the parts of an attribution and the markers of the text
    "source": "#332288",  # indigo: who is quoted or paraphrased
    "cue": "#882255",  # wine: the cue ("said", "according to")
    "emotive": "#CC6677",  # rose: an emotive word
    "hedge": "#AA4499",  # purple: a hedge ("may", "reportedly")
    "booster": "#117733",  # green: a booster ("clearly", "certainly")
    # (one colour more than the muted scheme has: orange of Tol's "light" scheme)
    "approximator": "#EE8866",  # orange: an approximator ("about 200", "more than 40")
}

#: (colour, hatch) of the k-th article in plots of several articles: greys and
#: hatching, so that no article borrows a meaning's colour.
ARTICLE_STYLES: tuple[tuple[str, str], ...] = (
    ("#333333", ""),
    ("#777777", ""),
    ("#333333", "//"),
    ("#777777", ".."),
    ("#333333", "xx"),
    ("#777777", "\\\\"),
)

_LIGHT_TEXT = "#1A1A1A"
_DARK_TEXT = "#F2F2F2"
_DARK_PAGE = "#1B1B1B"


def _channels(color: str) -> tuple[int, int, int]:
    h = color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _mix(color: str, base: str, share: float) -> str:
    """``share`` of ``color`` over ``base``, as hex."""
    c, b = _channels(color), _channels(base)
    return "#" + "".join(
        f"{round(x * share + y * (1 - share)):02X}" for x, y in zip(c, b, strict=True)
    )


def _luminance(color: str) -> float:
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = _channels(color)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21; 4.5 is AA for text)."""
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


#: (fill, text) of a highlighted span on a light page.
LIGHT: dict[str, tuple[str, str]] = {
    k: (_mix(c, "#FFFFFF", 0.35), _LIGHT_TEXT) for k, c in COLORS.items()
}
#: (fill, text) of a highlighted span on a dark page.
DARK: dict[str, tuple[str, str]] = {
    k: (_mix(c, _DARK_PAGE, 0.35), _DARK_TEXT) for k, c in COLORS.items()
}
#: Text colour of a label drawn on the full colour (black or white, the higher contrast).
LABEL_TEXT: dict[str, str] = {
    k: "#000000" if contrast_ratio("#000000", c) >= contrast_ratio("#FFFFFF", c) else "#FFFFFF"
    for k, c in COLORS.items()
}


def view_css(kinds: dict[str, str]) -> str:
    """CSS for the article view: ``kinds`` maps a CSS class suffix to a meaning.

    Custom properties hold the light colours, the dark ones under
    ``prefers-color-scheme: dark`` and under JupyterLab's
    ``body[data-jp-theme-light=...]`` (which wins over the system setting).  The
    rules use ``!important`` to override the inline light colours that keep the
    marks readable where a sanitiser strips this style sheet.
    """

    light, dark = _props(kinds, LIGHT), _props(kinds, DARK)
    rules = "".join(
        f".mediakit-article .mk-{k}{{background:var(--mk-{k}-bg)!important;"
        f"color:var(--mk-{k}-fg)!important}}"
        for k in kinds
    )
    return (
        f".mediakit-article{{{light}}}"
        f"@media (prefers-color-scheme: dark){{.mediakit-article{{{dark}}}}}"
        f'body[data-jp-theme-light="true"] .mediakit-article{{{light}}}'
        f'body[data-jp-theme-light="false"] .mediakit-article{{{dark}}}'
        f"{rules}"
    )


def light_view_css(kinds: dict[str, str], scope: str) -> str:
    """CSS that keeps the article view's light colours inside ``scope`` (a selector of a
    page that is always light, such as the standalone report) whatever the system's
    colour scheme: two classes outweigh the one of :func:`view_css`'s dark rule."""
    return f"{scope} .mediakit-article{{{_props(kinds, LIGHT)}}}"


def _props(kinds: dict[str, str], table: dict[str, tuple[str, str]]) -> str:
    return "".join(
        f"--mk-{k}-bg:{table[m][0]};--mk-{k}-fg:{table[m][1]};" for k, m in kinds.items()
    )

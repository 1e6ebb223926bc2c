"""Warnings about the input itself: a text not in English, or a web page given as text.

Each check is a function of the text (and its story words) that returns the warnings
to record on the analysis, in words a reader can act on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mediakit._compiled import compile_pattern

__all__ = ["language_warnings", "markup_warnings"]

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the a an of to in and is was that for on with as by at it he she they said from his her "
    "be has have had are were not but this which who will would their its".split()
)
#: The language check looks at the first words of the story, up to this many.
_LANGUAGE_SAMPLE_WORDS = 2000

#: Runs of characters beyond Latin Extended-B (letters among them are counted with
#: ``str.isalpha``, as the window's letters are: a look-ahead for a letter at every
#: position took three times as long on the Wikinews articles).
_BEYOND_LATIN = compile_pattern(r"[^\x00-\u024f]+")
_TAG = compile_pattern(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?/?>")
_HTML_PAGE = compile_pattern(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


def language_warnings(text: str, body: int, story_words: Sequence[str]) -> list[str]:
    """A warning when the body is mostly in a non-Latin script, or its story words hold
    too few common English function words (under 8 %) to be English."""
    window = text[body : body + 4000]
    # An ASCII window has no non-Latin letters: skip counting its letters.
    foreign = (
        0 if window.isascii() else sum(map(str.isalpha, "".join(_BEYOND_LATIN.findall(window))))
    )
    letters = sum(map(str.isalpha, window)) if foreign else 0
    if letters >= 20 and foreign > letters / 2:
        return [
            "the text is mostly in a non-Latin script "
            f"({foreign / letters:.0%} of its letters): mediakit's lexicons and rules "
            "are English, so its labels and scores are unreliable here"
        ]
    sample = story_words[:_LANGUAGE_SAMPLE_WORDS]
    if len(sample) < 30:
        return []
    # Count function words 200 at a time and stop once the count already
    # reaches 8% of the whole sample: the share can only grow from there,
    # so the outcome is the same as counting all of it (English text gets
    # there within the first few hundred words).
    hits = 0
    for lo in range(0, len(sample), 200):
        chunk = sample[lo : lo + 200]
        hits += sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, chunk)))
        if hits / len(sample) >= 0.08:
            return []
    return [
        "the text does not look like English "
        f"({hits / len(sample):.0%} common English function words): mediakit's lexicons "
        "and rules are English, so its labels and scores are unreliable here"
    ]


def markup_warnings(text: str, body: int) -> list[str]:
    """A warning when the body holds HTML markup (5 tags or more, or a page's head)."""
    sample = text[body:][:100_000]
    tags = len(_TAG.findall(sample))
    if tags >= 5 or _HTML_PAGE.search(sample[:2000]):
        return [
            f"the text contains HTML markup ({tags} tags): tag names are counted as words; "
            "give a web page as a .html file (the command line extracts its article text) "
            "or remove the markup"
        ]
    return []

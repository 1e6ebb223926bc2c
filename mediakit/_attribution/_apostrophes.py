"""Apostrophes inside the words of a source, which the walk back from a cue reads as
part of the source, not as the end of a quotation: a plural's possessive ("The
officers' report said") and the velar nasal of Kenyan names ("Mzee Ochieng' Ouma")."""

from __future__ import annotations

import re

from mediakit._attribution._article import _Article
from mediakit._compiled import compile_pattern

__all__ = ["APOSTROPHES", "name_apostrophe", "plural_possessive"]

APOSTROPHES = frozenset({"'", "’"})
#: An opening single quotation mark: at a line's start or after a space or bracket.
_OPEN_SINGLE = compile_pattern(r"(?:^|(?<=[\s(\[]))['‘]", re.MULTILINE)


def plural_possessive(
    art: _Article, lo: int, toks: list[tuple[int, int, str]], tok: tuple[int, int, str]
) -> bool:
    """``tok``, an apostrophe that ends the chunk ``toks`` right after a word in -s, is a
    plural's possessive before a common noun ("officers' report"), not a closing
    quotation mark: no quotation encloses it and no single quotation mark opens before
    it in the text from ``lo`` ("Reuters’ Luciana Lopez": the name after it is the
    source)."""
    text = art.text
    return (
        len(toks) == 2
        and text[tok[1] : tok[1] + 1] == " "
        and text[tok[1] + 1 : tok[1] + 2].islower()
        and tok is toks[1]
        and toks[0][2].endswith("s")
        and toks[0][1] == tok[0]
        and art.quote_at(tok[0]) is None
        and _OPEN_SINGLE.search(text, lo, tok[0]) is None
    )


def name_apostrophe(text: str, chunk: str, end: int) -> bool:
    """``chunk`` (ending at ``end``) is a capitalised word with an apostrophe at its end
    inside a name ("Ochieng'" of "Mzee Ochieng' Ouma", the velar nasal of Kenyan names):
    after "ng" (a possessive's apostrophe follows an s: "Reuters’ Luciana Lopez"), a
    capitalised word follows it, and it opens with no quotation mark."""
    return (
        chunk[-1:] in ("'", "’")
        and chunk[-3:-1] == "ng"
        and chunk[:1].isupper()
        and chunk[:-1].isalpha()
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
    )

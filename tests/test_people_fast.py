"""The people finder's fast paths give what their plain versions give.

On the 295 Wikinews articles bundled as the sample corpus and on hand-built texts: a
person looked up alone in a fresh :class:`PeopleIndex` (evidence read for them only) is
the person :func:`find_people` gives when it reads everyone's evidence.
"""

from __future__ import annotations

from functools import cache

import pytest

import mediakit
from mediakit._people import PeopleIndex, find_people
from tests.conftest import sample_analyses

HAND_BUILT = [
    "Jo Bright, a mother of three, said the stall was closed. She said it would reopen. "
    "Tom Ellery said he agreed. Mr Ellery, 52, added that Bright was right.",
    "Spokeswoman Priya Nandra said the ward was full. Dr Sam Reed, a father of two, said "
    "he was tired. The minister said she would act. Nandra said her team was ready.",
    'Anna Cole met Ben Cole. "He is late," she said. Cole said they would wait. Mrs Cole '
    "and Mr Ben Cole left.",
    "Obaidul Quader said the bridge would open. Quader added that his ministry agreed.",
]


@cache
def _articles() -> list[mediakit.Analysis]:
    return [mediakit.analyze(t) for t in HAND_BUILT] + list(sample_analyses())


def test_the_sample_corpus_is_read() -> None:
    assert len(_articles()) >= len(HAND_BUILT) + 290


@pytest.mark.parametrize("part", range(4))
def test_a_person_looked_up_alone_is_the_person_of_find_people(part: int) -> None:
    articles = _articles()[part::4]
    checked = 0
    for an in articles:
        full = find_people(an)
        by_name = {p.name: p for p in full}
        assert sorted(PeopleIndex(an)) == sorted(by_name)
        assert len(PeopleIndex(an)) == len(full)
        for name, person in by_name.items():
            index = PeopleIndex(an)
            assert name in index
            assert index[name] == person  # read alone (with the sources read beside it)
            assert index.people() == full  # then everyone else
            checked += 1
        assert "No Such Person" not in PeopleIndex(an)
        with pytest.raises(KeyError):
            PeopleIndex(an)["No Such Person"]
    assert checked > 50


def test_the_analysis_reads_the_same_people_either_way() -> None:
    for an in _articles()[:40]:
        fresh = mediakit.analyze(an.text)
        _ = fresh.metrics  # the sources' people first, lazily
        assert fresh.people == find_people(an)


def test_a_run_s_name_reads_the_context_only_when_it_matters() -> None:
    from mediakit._people import _PEOPLE_RUN, _frozen, _name_of, _person_context, _run_name

    runs = differ = 0
    for an in _articles():
        text = an.text
        for m in _PEOPLE_RUN.finditer(text, an.metadata.body_start):
            a, b, raw = m.start(), m.end(), m.group()
            plain = _frozen(_name_of(raw, role=_person_context(text, a, b)))
            assert _run_name(text, a, b, raw) == plain, raw
            runs += 1
            differ += _name_of(raw, role=True) != _name_of(raw, role=False)
    assert runs > 5000
    assert 0 < differ < runs  # both branches are taken


def test_both_names_of_a_run_are_its_two_plain_names() -> None:
    """_run_names reads a run once for both answers: each is _name_of's, on every run of
    the articles and on hand-built ones."""
    from mediakit._people import _PEOPLE_RUN, _frozen, _name_of
    from mediakit._people_names import _run_names

    raws = {m.group() for an in _articles() for m in _PEOPLE_RUN.finditer(an.text)}
    raws |= {"Actor Denzel Washington", "Reporter Jomana Karadsheh", "NBC's Lester Holt"}
    raws |= {"Hillary Clinton's Contributors", "Bridges Minister Obaidul Quader", "King Now''"}
    assert len(raws) > 3000
    for raw in sorted(raws):
        plain = (_frozen(_name_of(raw, role=True)), _frozen(_name_of(raw, role=False)))
        assert _run_names.__wrapped__(raw) == plain, raw


def test_the_fast_searches_before_and_in_a_sentence_find_what_the_patterns_find() -> None:
    from mediakit._gender_evidence import _ROLE_PHRASE, _role_phrase
    from mediakit._people import _PEOPLE_RUN
    from mediakit._person_nouns import _PERSON_NOUN, _person_nouns

    extra = "Ａ ſpokeſman, the KING'S wife, a Spokes-woman: the driver_2 and the ĶING.  Man! "
    nouns = phrases = 0
    for an in _articles():
        text = an.text + extra
        for s in an.sentences:
            lo = max(0, s.start - 7)  # and from inside a word
            want = [m.span() for m in _PERSON_NOUN.finditer(text, lo, s.end)]
            assert _person_nouns(text, lo, s.end) == want
            nouns += len(want)
        for m in _PEOPLE_RUN.finditer(text):
            plain = _ROLE_PHRASE.search(text, max(0, m.start() - 110), m.start())
            got = _role_phrase(text, m.start())
            assert (got and got.span()) == (plain and plain.span())
            phrases += plain is not None
    assert nouns > 1000
    assert phrases > 10
    assert _person_nouns(extra, 0, len(extra)) == [m.span() for m in _PERSON_NOUN.finditer(extra)]


def test_the_word_before_a_name_is_what_the_regex_finds() -> None:
    # _word_before reads backwards what _WORD_BEFORE.search finds in the 40 characters
    # before a position: at every name start and every space of the articles, and on
    # the edge cases of its groups (a stop, a comma, both, digits, apostrophes, no space)
    from mediakit._gender_evidence import _WORD_BEFORE, _word_before

    def plain(text: str, start: int) -> tuple[int, str, bool, bool] | None:
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return None
        return m.start(), m.group(1), bool(m.group(2)), bool(m.group(3))

    edge = (
        "Mr. Smith, Mrs Jones,. Dr.,  Sir\u00a0Ann 2Mr Bo 42 O'Neill’s it-is_so x,\n Ann "
        '(Mr Bo) "Ms Al" ......................................... Lord Jo é Mr'
    )
    texts = [edge] + [a.text for a in _articles()[::7]]
    n = 0
    for text in texts:
        for i in range(1, len(text)):
            if text[i - 1].isspace() or text[i].isupper():
                assert _word_before(text, i) == plain(text, i), (text[max(0, i - 45) : i], i)
                n += 1
    assert n > 10_000


def test_initials_without_stops_are_found_where_the_plain_pattern_finds_them() -> None:
    # _bare_runs tries _BARE_INITIALS_NAME only where two capitals and white space start
    from mediakit._people_short import _BARE_INITIALS_NAME, _bare_runs

    extra = "x S R Patil, A B C D Smith, .J K Rowling, I A M Here Now and A\tB\tCole. "
    runs = 0
    for an in _articles():
        text = an.text + extra
        plain = [m.span() for m in _BARE_INITIALS_NAME.finditer(text, 3, len(text))]
        assert [m.span() for m in _bare_runs(text, 3, len(text))] == plain
        runs += len(plain)
    assert runs >= len(_articles())  # (the extra text's, at least)

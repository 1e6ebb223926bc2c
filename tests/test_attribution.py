"""Attribution: one hand-built example per structure, the seed article, the invariant."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit import parse
from mediakit._attribution import Attribution, find_attributions
from mediakit._ingest import read_article
from mediakit._pipeline import boilerplate_layer
from mediakit._quotes import find_quotes

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_4e797ae91df71bb2.txt"


def attributions(text: str) -> list[Attribution]:
    """The attributions of ``text`` given every quoted stretch (marked terms too)."""
    art = parse(text)
    quotes = find_quotes(text, list(art.paragraphs), list(art.sentences))
    return find_attributions(art, quotes, boilerplate_layer(art))


def check_invariant(text: str, found: list[Attribution]) -> None:
    spans = []
    for a in found:
        spans += [s for s in (a.source, a.cue) if s is not None] + list(a.content)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
    spans.sort(key=lambda s: s.start)
    for x, y in itertools.pairwise(spans):
        assert x.end <= y.start, f"overlap: {x} / {y}"


# (structure, text, source, cue, content pieces, source type, rule)
CASES = [
    (
        "X said that",
        "The interior minister Anna Kovalenko said that the bridge would reopen on Friday.",
        "The interior minister Anna Kovalenko",
        "said",
        ("that the bridge would reopen on Friday",),
        "official",
        "X_said_content",
    ),
    (
        "quote, X said",
        '"We will not retreat," the army commander said.',
        "the army commander",
        "said",
        ("We will not retreat,",),
        "military",
        "content_comma_X_said",
    ),
    (
        "quote, said X",
        '"The numbers are worrying," said Professor Mark Ellis, an economist.',
        "Professor Mark Ellis, an economist",
        "said",
        ("The numbers are worrying,",),
        "expert",
        "content_comma_said_X",
    ),
    (
        "paraphrase, X said",
        "Prices rose by four percent in March, the statistics agency said.",
        "the statistics agency",
        "said",
        ("Prices rose by four percent in March",),
        "official",
        "content_comma_X_said",
    ),
    (
        "According to X,",
        "According to the local police, three people were arrested overnight.",
        "the local police",
        "According to",
        ("three people were arrested overnight",),
        "police_emergency",
        "according_to_X_content",
    ),
    (
        "..., according to X",
        "The city is still under control, according to officials, but fighting broke out.",
        "officials",
        "according to",
        ("The city is still under control",),
        "anonymous",
        "content_according_to_X",
    ),
    (
        "X wrote:",
        'The Daily Herald wrote: "The decision is a disgrace."',
        "The Daily Herald",
        "wrote",
        ("The decision is a disgrace.",),
        "media",
        "X_said_content",
    ),
    (
        "inverted caption",
        'A burnt-out tank shows the battle is "not over", reports BBC News correspondent Sam Hill',
        "BBC News correspondent Sam Hill",
        "reports",
        ('A burnt-out tank shows the battle is "not over',),
        "media",
        "content_comma_said_X",
    ),
    (
        "quote broken by its cue",
        '"We are ready," she said, "and we will win."',
        "she",
        "said",
        ("We are ready,", "and we will win."),
        "unknown",
        "content_comma_X_said",
    ),
    (
        "colon, quote in the next paragraph",
        'Mr Smith, a spokesman for the ministry, added:\n\n"There is no alternative."',
        "Mr Smith, a spokesman for the ministry",
        "added",
        ("There is no alternative.",),
        "official",
        "X_said_colon_next_paragraph",
    ),
    (
        "passive by X",
        "Heavy casualties have been reported by witnesses in the city.",
        "witnesses",
        "have been reported by",
        ("Heavy casualties",),
        "witness",
        "passive_by_X",
    ),
    (
        "anonymous source",
        "A senior official who asked not to be named said talks had stalled.",
        "A senior official who asked not to be named",
        "said",
        ("talks had stalled",),
        "anonymous",
        "X_said_content",
    ),
]


@pytest.mark.parametrize(
    ("structure", "text", "source", "cue", "content", "stype", "rule"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_structure(
    structure: str,
    text: str,
    source: str,
    cue: str,
    content: tuple[str, ...],
    stype: str,
    rule: str,
) -> None:
    found = attributions(text)
    check_invariant(text, found)
    match = [a for a in found if a.cue is not None and a.cue.text == cue]
    assert match, f"{structure}: no attribution with cue {cue!r} in {found}"
    a = match[0]
    assert a.source is not None and a.source.text == source
    assert tuple(s.text for s in a.content) == content
    assert a.source_type == stype, a.source_type_rule
    assert a.rule == rule
    assert a.explanation  # every attribution explains itself


def test_quote_continuing_over_paragraphs() -> None:
    text = (
        'The mayor said: "We have lost power in the east."\n\n'
        '"Crews are working day and night," she added.\n\n'
        '"We will restore it by Sunday."'
    )
    found = attributions(text)
    check_invariant(text, found)
    added = next(a for a in found if a.cue is not None and a.cue.text == "added")
    # the free-standing quote paragraph after an attributed one joins its content
    assert added.content[-1].text == "We will restore it by Sunday."
    assert added.source_name == "mayor"  # "she" resolved to the most recent source


def test_cue_kinds_and_lemmas() -> None:
    text = "The minister claimed the vote was rigged. Analysts believe turnout fell."
    found = attributions(text)
    assert [(a.cue_lemma, a.cue_kind) for a in found] == [
        ("claim", "speech"),
        ("believe", "cognition"),
    ]


def test_coordinated_verb_shares_the_source() -> None:
    text = "Ukraine said the first round had ended, but hoped for more talks."
    found = attributions(text)
    check_invariant(text, found)
    # the preposition joins the cue (PolNeAR's "hoped for"), the content is its object
    hoped = next(a for a in found if a.cue is not None and a.cue.text == "hoped for")
    assert hoped.source is None and hoped.source_name == "Ukraine"
    assert hoped.rule == "coordinated_verb"


# ------------------------------------------------------------------ seed article


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Attribution]]:
    text = read_article(SEED).text
    return text, attributions(text)


def _by_cue_after(seed: tuple[str, list[Attribution]], marker: str, cue: str) -> Attribution:
    text, found = seed
    pos = text.index(marker)
    for a in found:
        if a.cue is not None and a.cue.text == cue and a.cue.start >= pos:
            return a
    raise AssertionError(f"no {cue!r} after {marker!r}")


SEED_EXPECTED = [
    # marker (text where the sentence starts), cue, source span, canonical name, type
    (
        "Several deaths",
        "have been reported by",
        "Ukrainian authorities",
        "Ukrainian authorities",
        "official",
    ),
    ("Kharkiv, which sits", "according to", "officials", "officials", "anonymous"),
    (
        "The Ukrainian interior",
        "said",
        "The Ukrainian interior ministry adviser Anton Herashchenko",
        "Anton Herashchenko",
        "official",
    ),
    ("A destroyed tank", "reports", "ITV News Correspondent Dan Rivers", "Dan Rivers", "media"),
    ("In a facebook post", "wrote", "Mr Herashchenko", "Anton Herashchenko", "official"),
    ("In a follow-up post", "said", "he", "Anton Herashchenko", "official"),
    (
        "The state emergencies agency",
        "said",
        "The state emergencies agency",
        "state emergencies agency",
        "police_emergency",
    ),
    (
        "The Russian military",
        "has consistently denied",
        "The Russian military",
        "Russian military",
        "military",
    ),
    ("Mr Herashchenko added", "added", "Mr Herashchenko", "Anton Herashchenko", "official"),
    ("The fighting has been", "said", "Ukrainian authorities", "Ukrainian authorities", "official"),
    (
        "A total of 352",
        "said",
        "Ukraine’s Interior Ministry",
        "Ukraine’s Interior Ministry",
        "official",
    ),
    (
        "Ukrainian President Volodymyr",
        "said",
        "Ukrainian President Volodymyr Zelenskyy’s office",
        "Ukrainian President Volodymyr Zelenskyy’s office",
        "official",
    ),
    ("Before the meeting began", "confirmed", "Mr Zelenskyy", "Volodymyr Zelenskyy", "official"),
    ("Ukraine said the first", "said", "Ukraine", "Ukraine", "official"),
]


@pytest.mark.parametrize(
    ("marker", "cue", "source", "name", "stype"),
    SEED_EXPECTED,
    ids=[f"{m[:20]}/{c}" for m, c, *_ in SEED_EXPECTED],
)
def test_seed_sources(
    seed: tuple[str, list[Attribution]],
    marker: str,
    cue: str,
    source: str,
    name: str,
    stype: str,
) -> None:
    a = _by_cue_after(seed, marker, cue)
    assert a.source is not None and a.source.text == source
    assert a.source_name == name
    assert a.source_type == stype, a.source_type_rule


def test_seed_pronoun_rule_says_it_was_resolved(seed: tuple[str, list[Attribution]]) -> None:
    a = _by_cue_after(seed, "In a follow-up post", "said")
    assert "resolved" in a.source_type_rule and a.source_resolved_from is not None


def test_seed_hoped_belongs_to_ukraine(seed: tuple[str, list[Attribution]]) -> None:
    a = _by_cue_after(seed, "Ukraine said the first", "hoped for")
    assert a.source_name == "Ukraine" and a.source_type == "official"


def test_seed_caption_is_boilerplate(seed: tuple[str, list[Attribution]]) -> None:
    a = _by_cue_after(seed, "A destroyed tank", "reports")
    assert a.in_boilerplate
    assert a.source_name == "Dan Rivers"


def test_seed_glued_sentences_are_attributed_separately(
    seed: tuple[str, list[Attribution]],
) -> None:
    text, _found = seed
    agency = _by_cue_after(seed, "The state emergencies agency", "said")
    military = _by_cue_after(seed, "The Russian military", "has consistently denied")
    assert agency.sentence != military.sentence
    assert agency.content[-1].text.endswith("is still being assessed")
    ministry = _by_cue_after(seed, "A total of 352", "said")
    assert ministry.content[0].text.startswith("A total of 352")
    assert "The fighting in Kharkiv continues" not in " ".join(s.text for s in ministry.content)
    del text


def test_seed_content_stops_before_but(seed: tuple[str, list[Attribution]]) -> None:
    a = _by_cue_after(seed, "Kharkiv, which sits", "according to")
    assert a.content[-1].text.endswith("is still under Ukrainian control")


def test_seed_invariant(seed: tuple[str, list[Attribution]]) -> None:
    text, found = seed
    check_invariant(text, found)


# ------------------------------------------------------------------ invariant, any text

_WORDS = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according",
        "to",
        "he",
        "she",
        "The",
        "minister",
        "officials",
        "Mr",
        "Smith",
        "that",
        "the",
        "vote",
        ",",
        ".",
        '"',
        "“",
        "”",
        "'",
        ":",
        "and",
        "but",
        "claimed",
        "reported",
        "by",
        "wants",
        "\n\n",
        "added",
        "Sen.",
        "who",
        "(",
        ")",
        "Trump",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=60))
def test_invariant_on_random_text(words: list[str]) -> None:
    text = " ".join(words)
    check_invariant(text, attributions(text))


def test_embedded_tweet_is_a_social_media_attribution() -> None:
    text = (
        'Trump wrote: <tweet id="1" author="@realDonaldTrump" datetime="2016">'
        "Crooked Hillary said the vote is rigged!</tweet>"
    )
    found = attributions(text)
    check_invariant(text, found)
    assert [a.rule for a in found] == ["embedded_tweet"]  # no cue inside the tweet fires
    tweet = found[0]
    assert tweet.source is not None and tweet.source.text == "@realDonaldTrump"
    assert tweet.cue is None and tweet.source_type == "social_media"
    assert tweet.content[0].text == "Crooked Hillary said the vote is rigged!"


# (text, [(rule, source, cue, content pieces), ...]) for the rules added for recall
SHARED_SUBJECT_CASES = [
    (
        "Trump returned the compliment to Adelson, telling Reuters that they had been "
        "friends for years.",
        [
            (
                "participle_clause_subject",
                "Trump",
                "telling",
                ("that they had been friends for years",),
            )
        ],
    ),
    (
        "Asked if the comments had rattled them, Ryan said, \u201cSure. I get that, too.\u201d",
        [
            ("no_source_found", None, "Asked", ("if the comments had rattled them",)),
            ("X_said_content", "Ryan", "said", ("Sure. I get that, too.",)),
        ],
    ),
    (
        "When Sanders accused Clinton of being too reliant on Wall Street, she said the "
        "banks had behaved badly.",
        [
            (
                "X_said_content",
                "Sanders",
                "accused",
                ("Clinton of being too reliant on Wall Street",),
            ),
            ("X_said_content", "she", "said", ("the banks had behaved badly",)),
        ],
    ),
    (
        "Graham called both candidates reckless and said the party is bound to lose.",
        [
            ("X_said_content", "Graham", "called", ("both candidates reckless",)),
            ("coordinated_verb", None, "said", ("the party is bound to lose",)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_SUBJECT_CASES)
def test_shared_subjects_and_clause_openers(
    text: str, expected: list[tuple[str, str | None, str, tuple[str, ...]]]
) -> None:
    found = attributions(text)
    check_invariant(text, found)
    got = [
        (
            a.rule,
            a.source.text if a.source else None,
            a.cue.text if a.cue else None,
            tuple(c.text for c in a.content),
        )
        for a in found
    ]
    assert got == expected
    for a in found:
        assert a.rule in a.explanation or "structure" in a.explanation


# ------------------------------------------------------------------ fast paths, same results

_SOURCE_WORDS = st.sampled_from(
    [
        "who",
        "Who",
        "which",
        "asked",
        "not",
        "to",
        "be",
        "named",
        "a",
        "senior",
        "official",
        "and",
        "that",
        "Smith",
        "U.S.",
        "Jr.",
        "&",
        "-",
        ".",
        ",",
        ";",
        "(",
        ")",
        '"',
        "“",
        "’s",
        "O'Neil",
        "then",
        "now",
        "x-ray",
        "@user",
        "AT&T",
        "…",
        "on condition of anonymity",
        "spoke",
        "publicly",
        "the",
        "e.g.",
        "$5",
        "10,000",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.tuples(_SOURCE_WORDS, st.sampled_from([" ", "", "\n", "  "])), max_size=40),
    st.floats(0, 1),
    st.floats(0, 1),
)
def test_left_source_fast_walk_is_the_token_walk(
    parts: list[tuple[str, str]], f_lo: float, f_hi: float
) -> None:
    """The source search before a cue walks the window's chunks directly; the general
    walk over the tokens (``_left_source_toks``) must give the same span."""
    text = "".join(w + sep for w, sep in parts).rstrip()
    hi = len(text) if f_hi > 0.5 else int(2 * f_hi * len(text))  # mostly a cue right after
    lo = int(f_lo * hi)
    _check_left_source(text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "which",
        "who",
        "the plan which",
        "a senior official who asked not to be named",
        "a senior official, who asked not to be named",
        "officials which",
        "(who",
        "Smith (R-Wash.)",
        "Smith, a spokesman,",
        "then he",
        "AT&T which",
        "U.S. officials",
    ],
)
def test_left_source_fast_walk_examples(text: str) -> None:
    _check_left_source(text, 0, len(text))


def _check_left_source(text: str, lo: int, hi: int) -> None:
    from mediakit import _attribution as attr
    from mediakit._attribution import _source_spans

    def token_walk(art: attr._Article, a: int, b: int) -> tuple[int, int] | None:
        return attr._left_source_toks(art, a, b, attr._tokens_back(art.text, max(a, b - 120), b))

    fast = attr._left_source_uncached(attr._Article(text, [], [], []), lo, hi)
    with pytest.MonkeyPatch.context() as mp:  # the reference walks through tokens throughout
        # (patched where ``_left_source`` looks it up)
        mp.setattr(_source_spans, "_left_source_uncached", token_walk)
        slow = token_walk(attr._Article(text, [], [], []), lo, hi)
    assert fast == slow


def test_records_built_without_init_are_the_records() -> None:
    """``_span`` and ``_attribution`` skip the dataclass ``__init__``: every field must be
    set, and the records must equal (and hash and print as) the ones the classes build."""
    from dataclasses import fields

    from mediakit import _attribution as attr
    from mediakit._spans import Span

    text = "Officials said the bridge would reopen."
    span = attr._span(text, 10, 14)
    assert span == Span(10, 14, "said") and hash(span) == hash(Span(10, 14, "said"))
    # a distinct value per field: a field set from the wrong argument would show
    values = {f.name: object() for f in fields(Attribution)}
    built = attr._attribution(*values.values())  # type: ignore[arg-type]
    for f in fields(Attribution):
        assert getattr(built, f.name) is values[f.name], f.name
    real = attributions(SEED.read_text(encoding="utf-8"))
    assert real
    for a in real:
        again = Attribution(**{f.name: getattr(a, f.name) for f in fields(Attribution)})
        assert a == again and repr(a) == repr(again)
        for s in (a.source, a.cue, *a.content):
            if s is not None:
                plain = Span(s.start, s.end, s.text)
                assert s == plain and repr(s) == repr(plain)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from([",", ";", " ", "\n", "—", "–", "-", "--", "but", "Yet", "even as", "x"]),
        max_size=12,
    ),
    st.floats(0, 1),
    st.floats(0, 1),
)
def test_content_stop_is_the_regex_search(pieces: list[str], f_a: float, f_hi: float) -> None:
    from mediakit import _attribution as attr

    text = "".join(pieces)
    a = int(f_a * len(text))
    hi = a + int(f_hi * (len(text) - a))
    m = attr._CONTENT_STOP.search(text, a, hi)
    assert attr._content_stop(text, a, hi) == (m.start() if m else hi)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "says",
                "according",
                "to",
                "said by",
                "told",
                "é",
                "ésaid",
                "x",
                "’",
                "'",
                "-",
                "_",
                "“",
                "(",
                "1",
                "added",
                "claims",
                "by",
            ]
        ),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "", "\n", "é", ","]), min_size=12, max_size=12),
)
def test_fast_cue_scan_finds_the_exact_matches(words: list[str], seps: list[str]) -> None:
    from mediakit import _attribution as attr

    lower = " " + "".join(w + s for w, s in zip(words, seps, strict=False))
    exact = attr._cue_scanners()[1]
    got = [m.span(1) for m in attr._cue_matches(lower)]
    assert got == [m.span(1) for m in exact.finditer(lower)]


def test_fast_cue_scan_falls_back_after_a_word_character() -> None:
    from mediakit import _attribution as attr

    fast, exact = attr._cue_scanners()
    lower = " ésaid so, “he said” and she told"
    spans = [m.span(1) for m in exact.finditer(lower)]
    assert [m.span(1) for m in fast.finditer(lower)] == [(2, 6), *spans]  # "said" after "é"
    assert [m.span(1) for m in attr._cue_matches(lower)] == spans


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="tsa ’'", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="tsa ’',.", max_size=50),
)
def test_trie_branch_order_changes_no_match(words: list[str], text: str) -> None:
    """The cue trie tries letters in English initial-letter order: the same matches as
    in code point order."""
    import re

    from mediakit import _attribution as attr
    from mediakit._trie import trie_regex

    words = sorted({" ".join(w.split()) for w in words if w.strip()})
    if not words:
        return
    ordered = re.compile(r"(?<!\w)(?:" + attr._trie_regex(words) + r")(?!\w)")
    plain = re.compile(r"(?<!\w)(?:" + trie_regex(words, any_apostrophe=True) + r")(?!\w)")
    assert [m.span() for m in ordered.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_cue_spans_are_the_cue_regexs_matches_in_any_window() -> None:
    """cue_spans (the scanners, issue 11: the cue regex is never compiled for quote
    classification) finds exactly the matches of cue_lexicon()'s regex over
    ``finditer(lower, a, b)``: whole texts, sentence windows, windows cut anywhere, and
    text with non-ASCII letters before a cue."""
    import random

    import mediakit
    from mediakit import _attribution as attr
    from mediakit._attribution import cue_spans

    _forms, regex = attr.cue_lexicon()
    texts = [p.read_text(encoding="utf-8") for p in mediakit.seed_paths()]
    texts += [
        "said he. Said: “she said”; x-said 'said' Ésaid ésaid çsaid told_ told1 ‘said’",
        "according to police, officials said. He added, she claimed: it warned",
        "said",
        " said ",
        "éé said",
    ]
    rng = random.Random(11)
    checked = 0
    for t in texts:
        low = t.lower()
        n = len(low)
        windows = [(0, n), (0, n + 5)] + [
            tuple(sorted((rng.randrange(n + 1), rng.randrange(n + 1)))) for _ in range(60)
        ]
        for a, b in windows:
            want = [(m.start(), m.end(), m.group()) for m in regex.finditer(low, a, b)]
            assert cue_spans(low, a, b) == want, (t[:40], a, b)
            checked += len(want)
    assert checked > 200

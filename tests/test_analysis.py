from __future__ import annotations

import json
import math
from itertools import pairwise

import pytest

import mediakit
from mediakit import VOICES, Analysis, analyze
from mediakit._run import TABLES as RUN_TABLES

REQUIRED_METRICS = [
    "direct_share",
    "reported_share",
    "frame_share",
    "narration_share",
    "boilerplate_share",
    "attributions_per_1000_words",
    "attributed_sentence_share",
    "emotive_sentence_share",
    "mean_compound",
    "mean_abs_compound",
    "hedges_per_1000_words",
    "boosters_per_1000_words",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
]


def check_invariants(a: Analysis) -> None:
    """Properties every analysis must have, whatever the text."""
    text = a.text
    layers = {
        "paragraphs": a.paragraphs,
        "sentences": a.sentences,
        "quotes": [q.span for q in a.quotes],
        "boilerplate": [b.span for b in a.boilerplate],
    }
    for name, spans in layers.items():
        prev_end = -1
        for s in spans:
            assert 0 <= s.start <= s.end <= len(text), name
            assert text[s.start : s.end] == s.text, name
            assert s.start >= prev_end, f"{name} overlap"
            prev_end = s.end
    roles = []
    for at in a.attributions:
        for s in (at.source, at.cue, *at.content):
            if s is not None:
                assert text[s.start : s.end] == s.text
                roles.append((s.start, s.end))
    roles.sort()
    for (_a1, b1), (a2, _b2) in pairwise(roles):
        assert b1 <= a2, "attribution spans overlap"
    # words: no letter or digit of the body is lost, none is counted twice, and
    # every word lies in exactly one sentence of exactly one paragraph
    body = a.metadata.body_start
    words = a._words
    for (_s1, e1), (s2, _e2) in pairwise(words):
        assert e1 <= s2, "words overlap"
    covered = bytearray(len(text))
    for s, e in words:
        assert body <= s < e <= len(text)
        covered[s:e] = b"\x01" * (e - s)
    lost = [i for i in range(body, len(text)) if not covered[i] and text[i].isalnum()]
    assert not lost, f"characters in no word: {[text[i] for i in lost[:5]]}"
    assert sum(len(r) for r in a._sentence_words) == a.words, "a word outside the sentences"
    for r, sent in zip(a._sentence_words, a.sentences, strict=True):
        assert all(sent.start <= words[k][0] < sent.end for k in r)
    for sent in a.sentences:
        assert sum(p.start <= sent.start and sent.end <= p.end for p in a.paragraphs) == 1
    # labelled words of one kind do not overlap and point at their own text
    kinds: dict[str, list[tuple[int, int]]] = {}
    for m in a.markers:
        assert text[m.start : m.end] == m.text
        kinds.setdefault(m.kind, []).append((m.start, m.end))
    for e in a.emotion:
        for w in e.words:
            assert text[w.start : w.end] == w.text
            kinds.setdefault("emotive", []).append((w.start, w.end))
    for name, spans in kinds.items():
        spans.sort()
        for (_a1, b1), (a2, _b2) in pairwise(spans):
            assert b1 <= a2, f"{name} markers overlap"
    counts = a.voice_counts
    assert len(a.word_voices) == a.words
    assert set(counts) == set(VOICES)
    assert sum(counts.values()) == a.words
    assert all(v >= 0 for v in counts.values())
    if a.words:
        shares = [a.metrics[f"{v}_share"] for v in VOICES]
        assert math.isclose(sum(shares), 1.0, abs_tol=1e-5)  # each share rounded to 1e-6
        assert math.isclose(sum(counts[v] / a.words for v in VOICES), 1.0, abs_tol=1e-9)
    assert len(a.sentence_voices) == len(a.sentences)
    assert set(a.sentence_voices) <= {"direct", "reported", "mixed", "narration", "boilerplate"}
    json.loads(a.to_json())


# ---------------------------------------------------------------- the seed article


def test_seed_metadata_and_counts(seed: Analysis) -> None:
    assert seed.metadata.date == "2022-02-28"
    assert seed.metadata.title is None
    assert seed.text[seed.metadata.body_start :].startswith("Several deaths")
    assert seed.words == 476
    check_invariants(seed)


def test_seed_glued_sentences_are_split(seed: Analysis) -> None:
    texts = [s.text for s in seed.sentences]
    assert any(t.endswith("is still being assessed.") for t in texts)
    assert any(t.startswith("The Russian military has consistently denied") for t in texts)
    assert any(t.endswith("Interior Ministry said on Sunday.") for t in texts)
    assert any(t.startswith("The fighting in Kharkiv continues") for t in texts)


def test_seed_play_video_lines_are_boilerplate_and_kept(seed: Analysis) -> None:
    plays = [b for b in seed.boilerplate if b.text == "Play video"]
    assert len(plays) == 4 and all(b.rule == "media_player" for b in plays)
    words = seed.word_table()
    assert (words[words.text == "Play"].voice == "boilerplate").all()
    assert seed.voice_counts["boilerplate"] > 0
    assert seed.metrics["words"] == seed.metrics["story_words"] + seed.voice_counts["boilerplate"]


def test_seed_direct_quotations(seed: Analysis) -> None:
    quoted = [q.text for q in seed.quotes]
    assert "This horror should be seen by the whole world! Death to the occupiers!" in quoted
    assert (
        "There is no forgiveness for this! Defeat the enemy with all our might and means! "
        "Glory to Ukraine!"
    ) in quoted
    assert "massively fired on" in quoted


def test_seed_quotes_have_their_speaker(seed: Analysis) -> None:
    qt = seed.quote_table()
    horror = qt[qt.text.str.startswith("This horror")].iloc[0]
    assert horror.source_name == "Anton Herashchenko"
    glory = qt[qt.text.str.startswith("There is no forgiveness")].iloc[0]
    assert glory.source_name == "Anton Herashchenko"


# ---------------------------------------------------------------- hand-built texts


def test_every_word_in_exactly_one_voice() -> None:
    text = (
        'The minister said the bridge was safe. "It will not fall," she added.\n\n'
        "Play video\n\nThe river rose overnight."
    )
    a = analyze(text)
    check_invariants(a)
    wt = a.word_table()
    assert (wt[wt.text == "fall"].voice == "direct").all()
    assert (wt[wt.text == "river"].voice == "narration").all()
    assert (wt[wt.text == "Play"].voice == "boilerplate").all()


def test_empty_text_gives_documented_nulls() -> None:
    a = analyze("")
    check_invariants(a)
    assert a.words == 0
    for k in REQUIRED_METRICS:
        assert a.metrics[k] is None, k
    assert a.metrics["attributions"] == 0


def test_only_boilerplate() -> None:
    a = analyze("Play video\n\nPlay video")
    check_invariants(a)
    assert a.metrics["boilerplate_share"] == 1.0
    assert a.metrics["attributions_per_1000_words"] is None


def test_non_english_text_is_warned_not_silently_scored() -> None:
    text = (
        "Die Regierung hat am Montag erklärt, dass die Verhandlungen fortgesetzt werden. "
        "Nach Angaben der Behörden wurden mehrere Menschen verletzt, und die Lage bleibt "
        "weiterhin sehr angespannt in der ganzen Region."
    )
    a = analyze(text)
    assert any("English" in w for w in a.warnings)
    assert not analyze(
        "The government said on Monday that the talks would go on. "
        "Several people were hurt, and the situation remains tense in the "
        "region, officials said."
    ).warnings


def test_json_has_the_documented_schema(seed: Analysis) -> None:
    d = json.loads(seed.to_json())
    assert d["schema"] == "mediakit.analysis/1"
    assert {"path", "title", "date", "words", "sentences"} <= set(d["article"])
    assert set(REQUIRED_METRICS) <= set(d["metrics"])
    s0 = d["sentences"][0]
    assert {"index", "start", "end", "text", "voice", "compound", "emotive"} <= set(s0)
    assert 0.0 <= s0["emotive"] <= 1.0
    for at in d["attributions"]:
        assert {
            "source",
            "cue",
            "content",
            "kind",
            "sentence",
            "source_name",
            "source_type",
        } <= set(at)
        assert at["kind"] in {"direct", "indirect", "mixed"}
        for role in ("source", "cue", "content"):
            if at[role] is not None:
                assert seed.text[at[role]["start"] : at[role]["end"]] == at[role]["text"]
    for q in d["quotes"]:
        assert {"start", "end", "text", "attribution"} <= set(q)
    for s in d["sources"]:
        assert {
            "name",
            "type",
            "mentions",
            "attributions",
            "direct_words",
            "reported_words",
        } <= set(s)


def test_json_is_deterministic(seed: Analysis) -> None:
    again = mediakit.analyze(mediakit.seed_path())
    assert again.to_json() == mediakit.analyze(mediakit.seed_path()).to_json()


def test_tables_are_tidy(seed: Analysis) -> None:
    st = seed.sentence_table()
    assert list(st.columns) == [
        "index",
        "start",
        "end",
        "text",
        "voice",
        "words",
        "compound",
        "emotive",
        "subjectivity",
        "subjectivity_cues",
    ]
    assert len(st) == len(seed.sentences)
    assert st.words.sum() == seed.words
    summary = mediakit.summarize([seed, seed])
    assert len(summary) == 2 and "direct_share" in summary.columns
    empty = mediakit.summarize([])
    assert len(empty) == 0 and list(empty.columns) == list(summary.columns)
    # the kinds come from the metrics' records: counts are integers, measures floats
    assert empty["words"].dtype == "int64" and empty["direct_share"].dtype == "float64"


def test_analyze_reads_paths_and_refuses_bad_files(tmp_path: pytest.TempPathFactory) -> None:
    p = tmp_path / "a.txt"  # type: ignore[operator]
    p.write_text("The mayor said the road was closed.", encoding="utf-8")
    assert analyze(str(p)).metadata.path == str(p)
    assert analyze(p).words == 7
    bad = tmp_path / "b.txt"  # type: ignore[operator]
    bad.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(mediakit.ArticleError, match="binary"):
        analyze(bad)


def test_tables_follow_their_declared_specs() -> None:
    """Every long table built has exactly the columns of TABLE_SPECS, each of its kind;
    every metric is an int exactly when its record's kind says so (the corpus sinks write
    the declarations, not what a sample article happened to give)."""
    import mediakit
    from mediakit._tables import TABLE_SPECS
    from mediakit.metrics import METRICS

    analyses = [mediakit.analyze(p) for p in mediakit.seed_paths()]
    analyses.append(mediakit.analyze("The sun rose. It was quiet."))
    checks = {
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "float": lambda v: isinstance(v, float),
        "bool": lambda v: isinstance(v, bool),
        "str": lambda v: isinstance(v, str),
    }
    seen = {name: set() for name in TABLE_SPECS}
    for a in analyses:
        assert list(a.metrics) == list(METRICS)
        for k, v in a.metrics.items():
            if v is not None:
                assert (METRICS[k].kind == "int") == checks["int"](v), k
        for name, spec in TABLE_SPECS.items():
            df = getattr(a, RUN_TABLES[name])()
            assert list(df.columns) == [c for c, _k in spec]
            for c, kind in spec:
                for v in df[c]:
                    if v is None or (isinstance(v, float) and v != v) or str(v) == "<NA>":
                        continue  # empty cells are allowed in any column
                    v = v.item() if hasattr(v, "item") else v  # numpy scalars
                    assert checks[kind](v), (name, c, kind, v)
                    seen[name].add(c)
    assert all(seen.values())  # every table had rows somewhere

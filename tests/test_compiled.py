"""The pattern cache (mediakit/_compiled.py): a cached pattern is the pattern
``re.compile`` builds, and no failure of the cache ever reaches the user."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import mediakit
from mediakit import _compiled
from mediakit._compiled import PatternCache

PATTERNS = [
    (r"(?<![\w'’-])(?:sa(?:id|ys)|told)(?![\w'’-])", 0),
    (r"(?P<who>[A-Z]\w+) (?P<verb>said)", re.IGNORECASE),
    (r"(?i)\bmay\b", 0),  # an inline flag: parsing adds it to the flags
    (r"\d+(?:[.,]\d+)*", re.ASCII),
]


def _fresh(tmp_path: Path) -> PatternCache:
    return PatternCache(tmp_path / "patterns.marshal")


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_cached_pattern_is_the_pattern_re_builds(
    tmp_path: Path, pattern: str, flags: int
) -> None:
    first = _fresh(tmp_path)
    built = first.compile(pattern, flags)
    assert built == re.compile(pattern, flags)  # == compares flags, text and code
    assert first.save() and not first.save()  # written once; nothing new the second time
    again = _fresh(tmp_path).compile(pattern, flags)
    assert again == re.compile(pattern, flags)
    assert again.groupindex == re.compile(pattern, flags).groupindex
    assert again.flags == re.compile(pattern, flags).flags


def test_the_lexicon_patterns_of_an_analysis_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pattern the analysis routes through the cache, read back from the file,
    equals ``re.compile``'s, and finds the same matches in the seed article."""
    mediakit.analyze(mediakit.seed_path())
    used = _compiled._entries()
    assert used, "no pattern went through the cache"
    cache = _fresh(tmp_path)
    for pattern, flags in used:
        cache.compile(pattern, flags)
    assert cache.save()
    reread = _fresh(tmp_path)
    text = mediakit.seed_path().read_text(encoding="utf-8")
    for pattern, flags in used:
        mine, plain = reread.compile(pattern, flags), re.compile(pattern, flags)
        assert mine == plain
        assert [m.span() for m in mine.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    for blob in (b"", b"not a cache", b"\0" * 4 + b"\xff\xfe", os.urandom(200)):
        path.write_bytes(blob)
        cache = PatternCache(path)
        assert cache.compile(r"a+b", 0) == re.compile(r"a+b")
    # a well-formed file whose checksum does not match its content
    good = _fresh(tmp_path)
    good.compile(r"x(y)", 0)
    good.save()
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    assert PatternCache(path)._read(path) == {}


def test_an_invalid_cached_entry_is_parsed_afresh(tmp_path: Path) -> None:
    cache = _fresh(tmp_path)
    cache._known[("ab+", 0)] = (0, [1, 2, 3], 0, {}, (None,))  # code the engine refuses
    assert cache.compile("ab+", 0) == re.compile("ab+")


def test_a_bad_pattern_raises_as_re_does(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        _fresh(tmp_path).compile("a(b", 0)


def test_off_and_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIAKIT_CACHE_DIR", "off")
    assert _compiled.cache_path() is None
    off = PatternCache(None)
    assert off.compile("a|b") == re.compile("a|b") and not off.save()
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache's directory would be", encoding="utf-8")
    stuck = PatternCache(blocked / "sub" / "patterns.marshal")
    assert stuck.compile("a|b") == re.compile("a|b")
    assert stuck.save() is False  # cannot write: skipped, never raised


def test_the_command_writes_the_cache_and_reads_it_back(tmp_path: Path) -> None:
    env = {**os.environ, "MEDIAKIT_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "mediakit", "analyze", str(mediakit.seed_path())]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    files = list((tmp_path / "cache").glob("patterns-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 1000
    stamp = files[0].stat().st_mtime_ns
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout and second.stderr == first.stderr
    assert files[0].stat().st_mtime_ns == stamp  # nothing new: not rewritten


# ------------------------------------------------------------ derived values


def test_a_derived_value_is_built_once_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def build() -> dict[str, tuple[int, frozenset[str]]]:
        calls.append("built")
        return {"a": (1, frozenset({"x", "y"}))}

    first = _fresh(tmp_path)
    assert first.value("kind", "key", build) == {"a": (1, frozenset({"x", "y"}))}
    assert first.save() and calls == ["built"]
    again = _fresh(tmp_path)
    assert again.value("kind", "key", build) == {"a": (1, frozenset({"x", "y"}))}
    assert calls == ["built"]  # read back, not built
    again.value("kind", "another key", build)  # other data: built afresh
    assert calls == ["built", "built"]
    monkeypatch.setattr(_compiled, "code_stamp", lambda: "changed code")
    _fresh(tmp_path).value("kind", "key", build)  # other code: built afresh
    assert calls == ["built", "built", "built"]


def test_data_key_names_every_text() -> None:
    assert _compiled.data_key("ab", "c") != _compiled.data_key("ab", "d")
    assert _compiled.data_key("ab", "c") != _compiled.data_key("a", "bc")
    assert _compiled.data_key("lone \ud800") == _compiled.data_key("lone \ud800")


def test_the_code_stamp_follows_the_package_files() -> None:
    stamp = _compiled.code_stamp()
    assert re.fullmatch(r"[0-9a-f]{8}", stamp)
    _compiled.code_stamp.cache_clear()
    assert _compiled.code_stamp() == stamp  # the same files: the same stamp


_READ_BACK = """
import json
import mediakit
from mediakit import _compiled
from mediakit._emotive import _lexicon
from mediakit._emotive._senses import load_senses
from mediakit import _hedging, _readability, _source_types, _trie
from mediakit._attribution import _cues

mediakit.analyze(mediakit.seed_path()).metrics
kinds = sorted({k[1] for k in _compiled._cache()._known if k[0] == "data"})
lexicon, origin = _lexicon._full_lexicon(load_senses())
rules = _lexicon.rules()
table = _readability._table_patterns()
body = _readability.lexicons.read("hyphenation")
body = body[body.find(_readability._HYPH_SOURCE):].split(chr(10), 1)[1]
splits = [
    _source_types._split_parts(p) == _compiled._cache()._known.get(
        ("data", "source_type_split", p, _compiled.code_stamp()), "missing")
    for _, _, _, p in _source_types.lexicons.rows("source_types")
]
cue_words = sorted(_cues._lexicon_forms(()))
hedge_words = sorted(_hedging._lexicon().entries)
tries = [
    _trie.trie_regex(cue_words, any_apostrophe=True, branch_order=_cues._BRANCH_ORDER)
    == _trie._build(cue_words, True, _cues._BRANCH_ORDER),
    _trie.trie_regex(hedge_words) == _trie._build(hedge_words, False, ""),
]
print(json.dumps({
    "kinds": kinds,
    "lexicon": dict(rules.lexicon) == lexicon and dict(rules.origin) == origin,
    "hyphenation": table.patterns == _readability._parse_table(body),
    "prefixes": _readability._pattern_prefixes() == _readability._prefixes(table.patterns),
    "splits": all(splits),
    "tries": tries,
}))
"""


def test_derived_values_read_back_are_their_fresh_builds(tmp_path: Path) -> None:
    """After one command, a new process reads the emotive lexicon, the hyphenation
    patterns, the source-type rules' word sets and the lexicons' trie regexes from the
    file, each equal to what its builder makes afresh."""
    env = {**os.environ, "MEDIAKIT_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "mediakit", "analyze", str(mediakit.seed_path())]
    subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    out = subprocess.run(
        [sys.executable, "-c", _READ_BACK], env=env, capture_output=True, text=True, check=True
    )
    got = json.loads(out.stdout)
    assert got["kinds"] == [
        "emotive_lexicon",
        "hyphenation",
        "hyphenation_prefixes",
        "source_type_split",
        "trie",
    ]
    assert got["lexicon"] and got["hyphenation"] and got["prefixes"] and got["splits"]
    assert got["tries"] == [True, True]

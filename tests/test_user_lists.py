"""A user's own lists (a newsroom's cue verbs, a domain's source-type rules), used beside
mediakit's without editing the package (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mediakit
from mediakit import lexicons

TEXT = "The coach griped that the referee was blind. A midwife said the ward was full."


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def cues(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "cues.tsv", "# our newsroom's verbs\ngripe\tstance\t0\tgripe|gripes|griped\n"
    )


@pytest.fixture
def types(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "types.tsv",
        "# health\nexpert\tclinician\ti\t\\b(?:midwi(?:fe|ves)|nurses?)\\b\n",
    )


def _found(a: mediakit.Analysis) -> list[tuple[str | None, str | None, str | None, str]]:
    return [
        (x.source_name, x.cue.text if x.cue else None, x.cue_kind, x.source_type_rule)
        for x in a.attributions
    ]


def test_a_users_cue_verb_becomes_a_cue_with_its_kind(cues: Path) -> None:
    assert all(f[1] != "griped" for f in _found(mediakit.analyze(TEXT)))
    got = _found(mediakit.analyze(TEXT, lexicons={"cues": cues}))
    assert ("coach", "griped", "stance") == got[0][:3]
    # nothing carries over to an analysis without the list
    assert all(f[1] != "griped" for f in _found(mediakit.analyze(TEXT)))


def test_a_users_source_type_rule_wins_and_says_it_is_theirs(types: Path) -> None:
    plain = {f[0]: f[3] for f in _found(mediakit.analyze(TEXT))}
    assert plain["midwife"] == "no_rule"
    got = {f[0]: f[3] for f in _found(mediakit.analyze(TEXT, lexicons={"source_types": types}))}
    assert got["midwife"] == "expert:clinician (user list)"


def test_user_lists_are_read_once_and_can_be_reused(cues: Path, types: Path) -> None:
    user = lexicons.user_lists({"cues": cues, "source_types": types})
    assert user.paths == (("cues", str(cues)), ("source_types", str(types)))
    assert user.cues == (("gripe", "stance", "0", "gripe|gripes|griped"),)
    a = mediakit.analyze(TEXT, lexicons=user)
    assert [f[1] for f in _found(a)] == ["griped", "said"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("quotes", "x\n", "no user list 'quotes': a user can add to cues, source_types"),
        ("cues", "gripe\tstance\tgriped\n", "a cue is 4 fields"),
        ("cues", "gripe\tmood\t0\tgriped\n", "unknown cue kind 'mood'"),
        ("cues", "gripe\tstance\tyes\tgriped\n", "strict must be 0 or 1"),
        ("cues", "# only a comment\n", "the cues list has no entries"),
        ("source_types", "expert\tx\ti\t(unclosed\n", "the regular expression does not compile"),
        ("source_types", "healer\tx\ti\tnurse\n", "unknown source type 'healer'"),
        ("source_types", "expert\tx\ti\tNurse\n", "flag i must be written in lower case"),
        ("source_types", "expert\tx\ty\tnurse\n", "flags must be i"),
    ],
)
def test_a_list_mediakit_cannot_use_is_a_one_line_error(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = _write(tmp_path / "list.tsv", content)
    with pytest.raises(lexicons.LexiconError) as err:
        mediakit.analyze(TEXT, lexicons={name: path})
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_a_missing_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(lexicons.LexiconError, match=r"missing\.tsv: cannot read the cues list"):
        lexicons.user_lists({"cues": tmp_path / "missing.tsv"})


def test_the_command_line_takes_a_users_list(
    tmp_path: Path, cues: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mediakit.cli import main

    article = _write(tmp_path / "a.txt", TEXT)
    assert main(["analyze", str(article), "--format", "jsonl", "--jobs", "1"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert "griped" not in [a["cue"]["text"] for a in plain["attributions"]]
    argv = ["analyze", str(article), "--format", "jsonl", "--lexicon", f"cues={cues}"]
    assert main(argv) == 0
    doc = json.loads(capsys.readouterr().out)
    first = doc["attributions"][0]
    assert (first["cue"]["text"], first["cue_kind"]) == (
        "griped",
        "stance",
    )


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("cues", "give NAME=PATH"),
        ("quotes=x.tsv", "no user list 'quotes'"),
        ("cues=nope.tsv", "cannot read"),
    ],
)
def test_a_bad_lexicon_option_is_a_one_line_usage_error(
    tmp_path: Path, option: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from mediakit.cli import main

    article = _write(tmp_path / "a.txt", TEXT)
    assert main(["analyze", str(article), "--lexicon", option]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1

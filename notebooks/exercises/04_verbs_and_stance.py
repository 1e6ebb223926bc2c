# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] nbgrader={"grade": false, "grade_id": "intro", "locked": true, "schema_version": 3, "solution": false, "task": false}
# # Exercise 4 · Said, claimed, admitted, insisted: verb choice and stance
#
# **Goal.** A writer who reports speech chooses a verb. *Said* passes the words on;
# *claimed*, *admitted* or *insisted* also tell the reader how to take them. Compare
# how mediakit's four invented practice articles (a footbridge collapse in
# "Harwick", a town that does not exist) introduce their sources.
#
# mediakit's `attribution_table()` has one row per attribution; its column
# `cue_lemma` is the dictionary form of the verb ("claimed" → `claim`) and
# `source_name` the person or body it introduces.
#
# Write your answers where it says `# YOUR CODE HERE`, then run the check cell
# below. A failed check tells you what to look at again, never the answer; passing
# the checks means your answer has the right form, and your teacher grades it with
# further tests. About 25 minutes.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
import mediakit
import pandas as pd

practice = {p.name: mediakit.analyze(p) for p in mediakit.seed_paths() if "_practice_" in p.name}
practice["102_practice_tabloid.txt"].attribution_table()[
    ["sentence", "source", "cue", "cue_lemma", "cue_kind", "source_name"]
]

# %% [markdown] nbgrader={"grade": false, "grade_id": "task1", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 1 · One table of verbs (2 points)
#
# Make `cues`: one DataFrame with **one row per attribution of all four practice
# articles** and the columns `article` (the file name, a key of `practice`),
# `source_name` and `cue_lemma`. Hint: `pd.concat` joins a list of DataFrames;
# `.assign(article=...)` adds a column.

# %% nbgrader={"grade": false, "grade_id": "answer-cues", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
cues = pd.concat(
    [a.attribution_table()[["source_name", "cue_lemma"]].assign(article=name)
     for name, a in practice.items()],
    ignore_index=True,
)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-cues", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert isinstance(cues, pd.DataFrame), "cues should be a DataFrame"
_missing_columns = {"article", "source_name", "cue_lemma"} - set(cues.columns)
assert not _missing_columns, f"cues lacks the column(s) {sorted(_missing_columns)}"
assert set(cues["article"]) == set(practice), (
    "the 'article' column should hold the four file names, the keys of practice; "
    f"yours has {sorted(set(cues['article']))}")
assert cues["cue_lemma"].notna().all(), "some rows have no cue_lemma: take whole rows"
print(f"The form is right: {len(cues)} rows. Does each article have as many rows as its "
      "attribution_table()?")
### BEGIN HIDDEN TESTS
_rows = sorted(
    (_name, str(_r.source_name), str(_r.cue_lemma))
    for _name, _an in ((p.name, mediakit.analyze(p)) for p in mediakit.seed_paths()
                       if "_practice_" in p.name)
    for _r in _an.attribution_table().itertuples()
)
assert type(cues) is pd.DataFrame
assert sorted(zip(cues["article"].astype(str), cues["source_name"].astype(str),
                  cues["cue_lemma"].astype(str), strict=True)) == _rows
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "task2", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 2 · How often is it plain "say"? (2 points)
#
# Make `say_share`: a pandas Series with one value per article (index: the file
# name): the share (0 to 1) of that article's attributions whose `cue_lemma` is
# `"say"`. Then look at the table below: which article uses other verbs most?

# %% nbgrader={"grade": false, "grade_id": "answer-say-share", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
say_share = cues.assign(is_say=cues["cue_lemma"] == "say").groupby("article")["is_say"].mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-say-share", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert isinstance(say_share, pd.Series), "say_share should be a pandas Series"
assert set(say_share.index) == set(practice), (
    "say_share's index should be the four file names (the keys of practice)")
assert all(isinstance(_x, (int, float)) and 0 <= _x <= 1 for _x in say_share), (
    "each value is a share between 0 and 1: did you divide by the article's attributions?")
print(say_share.round(2).to_string())
print("Do these shares match what you see in the table below?")
### BEGIN HIDDEN TESTS
_want = {}
for _p in mediakit.seed_paths():
    if "_practice_" in _p.name:
        _lemma = list(mediakit.analyze(_p).attribution_table()["cue_lemma"])
        _want[_p.name] = _lemma.count("say") / len(_lemma)
assert type(say_share) is pd.Series
assert sorted(map(str, say_share.index)) == sorted(_want)
assert all(abs(float(say_share[_k]) - _v) < 1e-9 for _k, _v in _want.items())
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "show-verbs", "locked": true, "schema_version": 3, "solution": false, "task": false}
pd.crosstab(cues["cue_lemma"], cues["article"])

# %% [markdown] nbgrader={"grade": false, "grade_id": "task3", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 3 · What does the verb tell the reader? (2 points)
#
# Read the tabloid's sentences with the verbs *claimed*, *admitted*, *insisted* and
# *fumed* (the table under the set-up cell gives their sentence numbers;
# `practice["102_practice_tabloid.txt"].sentences` holds the sentences). For each
# verb, pick what it adds to *said*:
#
# * `"doubt"`: the writer hints that the statement may not be true;
# * `"concession"`: the speaker grants something that counts against them;
# * `"resistance"`: the speaker holds to a statement against doubt or pressure;
# * `"emotion"`: the verb reports the speaker's feeling, not only the words.
#
# Make the dictionary `stance` with the keys `"claim"`, `"admit"`, `"insist"` and
# `"fume"`; each of the four options fits exactly one verb.

# %% nbgrader={"grade": false, "grade_id": "answer-stance", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
stance = {"claim": "doubt", "admit": "concession", "insist": "resistance", "fume": "emotion"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-stance", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
_options = ("doubt", "concession", "resistance", "emotion")
assert isinstance(stance, dict), "stance should be a dict: {verb: option}"
assert set(stance) == {"claim", "admit", "insist", "fume"}, (
    "stance should have exactly the keys 'claim', 'admit', 'insist' and 'fume'")
for _verb, _choice in stance.items():
    assert _choice in _options, f"{_verb}: choose one of {_options}, not {_choice!r}"
assert len(set(stance.values())) == 4, "each option fits exactly one verb: use each once"
print("The form is right. For each verb, replace it by 'said' in its sentence: what does "
      "the reader no longer learn?")
### BEGIN HIDDEN TESTS
assert type(stance) is dict and all(type(_v) is str for _v in stance.values())
assert stance == {"claim": "doubt", "admit": "concession", "insist": "resistance",
                  "fume": "emotion"}
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "task4", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 4 · The same source, another verb (3 points)
#
# Some sources appear in both the wire report (`101_practice_wire.txt`) and the
# tabloid (`102_practice_tabloid.txt`), with the same `source_name`. Make `changed`:
# the set of those sources that the wire report introduces **only** with the neutral
# verbs `say` and `tell`, and that the tabloid introduces with **at least one other**
# verb.

# %% nbgrader={"grade": false, "grade_id": "answer-changed", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
by_source = cues.groupby(["article", "source_name"])["cue_lemma"].agg(set)
in_wire = by_source["101_practice_wire.txt"]
in_tabloid = by_source["102_practice_tabloid.txt"]
changed = {
    name for name in in_wire.index.intersection(in_tabloid.index)
    if in_wire[name] <= {"say", "tell"} and in_tabloid[name] - {"say", "tell"}
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-changed", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
assert isinstance(changed, (set, frozenset, list, tuple)), "changed should be a set of names"
assert all(isinstance(_x, str) for _x in changed), "each entry should be a source_name string"
for _name in ("101_practice_wire.txt", "102_practice_tabloid.txt"):
    _known = set(practice[_name].attribution_table()["source_name"])
    _absent = {_x for _x in changed if _x not in _known}
    assert not _absent, f"{sorted(_absent)}: not a source_name in {_name}"
print(f"The form is right: {len(changed)} source(s), each in both articles. Check the verbs "
      "of each in both articles once more.")
### BEGIN HIDDEN TESTS
def _verbs(file_name):
    _table = mediakit.analyze(next(p for p in mediakit.seed_paths()
                                   if p.name == file_name)).attribution_table()
    _out = {}
    for _src, _lemma in zip(_table["source_name"], _table["cue_lemma"], strict=True):
        _out.setdefault(_src, set()).add(_lemma)
    return _out

_wv, _tv = _verbs("101_practice_wire.txt"), _verbs("102_practice_tabloid.txt")
_expect = {_s for _s in _wv.keys() & _tv.keys()
           if not _wv[_s] - {"say", "tell"} and _tv[_s] - {"say", "tell"}}
assert _expect  # the premise: the tabloid changes the verb of at least one shared source
assert type(changed) in (set, frozenset, list, tuple)
assert all(type(_x) is str for _x in changed) and len(set(changed)) == len(changed)
assert set(changed) == _expect
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "reflect", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## To discuss
#
# * The wire report gives the council's word on the bridge inspection with *said*;
#   the tabloid gives the same fact with *insisted*. What does a reader think of the
#   council after each version? Is either unfair?
# * When is *claimed* the honest verb: when the writer cannot check the statement,
#   or when the writer doubts it? Should the reader be told which?
# * mediakit puts `claim`, `admit` and `insist` in `cue_kind` "speech", like `say`,
#   and `praise` in "stance". Would you sort them otherwise? What would a rule need
#   to know to tell a fair *admitted* from a loaded one?

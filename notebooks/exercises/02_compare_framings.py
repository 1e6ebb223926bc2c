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
# # Exercise 2 · Compare two framings of one event
#
# **Goal.** Measure how two reports of the *same* facts differ: a neutral wire report
# and an emotive tabloid version (both invented practice articles about a footbridge
# collapse in "Harwick", a town that does not exist).
#
# Write your answers where it says `# YOUR CODE HERE`, then run the check cell
# below. A failed check tells you what to look at again, never the answer; passing
# the checks means your answer has the right form, and your teacher grades it with
# further tests. About 25 minutes.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
import mediakit
import pandas as pd

practice = {p.name: p for p in mediakit.seed_paths() if "_practice_" in p.name}
sorted(practice)

# %% [markdown] nbgrader={"grade": false, "grade_id": "task1", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 1 · Analyse both articles (2 points)
#
# * `wire`: the analysis of `101_practice_wire.txt` (use `mediakit.analyze` and the
#   `practice` dictionary above);
# * `tabloid`: the analysis of `102_practice_tabloid.txt`;
# * `table`: the one-row-per-article summary of both, wire first (`mediakit.summarize`
#   takes a list of analyses).

# %% nbgrader={"grade": false, "grade_id": "answer-analyse", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
wire = mediakit.analyze(practice["101_practice_wire.txt"])
tabloid = mediakit.analyze(practice["102_practice_tabloid.txt"])
table = mediakit.summarize([wire, tabloid])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-analyse", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert isinstance(wire, mediakit.Analysis), (
    "wire should be an Analysis: what mediakit.analyze returns for the wire article")
assert isinstance(tabloid, mediakit.Analysis), "tabloid should be an Analysis too"
for _got, _file in ((wire, "101_practice_wire.txt"), (tabloid, "102_practice_tabloid.txt")):
    assert _got.metadata.path.endswith(_file), (
        f"wrong article ({_got.metadata.title!r}); this one should be {_file}")
assert isinstance(table, pd.DataFrame) and len(table) == 2, (
    "table should be a DataFrame with one row per article: two rows")
assert list(table["title"]) == [wire.metadata.title, tabloid.metadata.title], (
    "table: put the wire report first and the tabloid second")
print("The form is right.")
### BEGIN HIDDEN TESTS
_w = mediakit.analyze(practice["101_practice_wire.txt"])
_t = mediakit.analyze(practice["102_practice_tabloid.txt"])
assert type(wire) is mediakit.Analysis and type(tabloid) is mediakit.Analysis
assert wire.text == _w.text and tabloid.text == _t.text
assert type(table) is pd.DataFrame
pd.testing.assert_frame_equal(table.reset_index(drop=True),
                              mediakit.summarize([_w, _t]).reset_index(drop=True))
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "show-summary", "locked": true, "schema_version": 3, "solution": false, "task": false}
table[["title", "words", "quotes", "direct_share", "mean_compound", "emotive_sentence_share"]]

# %% [markdown] nbgrader={"grade": false, "grade_id": "task2", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 2 · Which is more emotive, and by how much? (2 points)
#
# `emotive_sentence_share` is the share of story sentences whose emotive intensity
# passes mediakit's threshold.
#
# * `more_emotive`: `"wire"` or `"tabloid"`, whichever has the higher
#   `emotive_sentence_share`;
# * `gap`: the tabloid's `emotive_sentence_share` minus the wire's (a number; read it
#   from `table` or from `.metrics`, don't type it in).

# %% nbgrader={"grade": false, "grade_id": "answer-emotive", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
share = table.set_index(pd.Index(["wire", "tabloid"]))["emotive_sentence_share"]
more_emotive = share.idxmax()
gap = share["tabloid"] - share["wire"]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-emotive", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert more_emotive in ("wire", "tabloid"), "more_emotive should be the string 'wire' or 'tabloid'"
assert isinstance(gap, (int, float)) and not isinstance(gap, bool), (
    "gap should be a number (tabloid minus wire)")
assert -1 <= gap <= 1, "both shares lie between 0 and 1, so their difference lies between -1 and 1"
assert gap == 0 or (gap > 0) == (more_emotive == "tabloid"), (
    "your two answers disagree: gap is tabloid minus wire, so it is positive exactly when "
    "the tabloid is the more emotive")
print("Your two answers agree with each other. Did you take the numbers from the data "
      "rather than typing them in?")
### BEGIN HIDDEN TESTS
_ws = mediakit.analyze(practice["101_practice_wire.txt"]).metrics["emotive_sentence_share"]
_ts = mediakit.analyze(practice["102_practice_tabloid.txt"]).metrics["emotive_sentence_share"]
assert type(more_emotive) is str and more_emotive == ("tabloid" if _ts > _ws else "wire")
assert not isinstance(gap, bool) and isinstance(gap, (int, float))
assert abs(float(gap) - (_ts - _ws)) < 1e-9
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "task3", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 3 · Loaded words (2 points)
#
# Read both articles. Put into the list `loaded_words` **three different single
# words** that the tabloid **itself** (its narrator, not a person it quotes) uses to
# describe the event or the people with feeling or judgement, where the wire report
# sticks to neutral wording. Each word must occur in the tabloid and not in the
# wire report.

# %% nbgrader={"grade": false, "grade_id": "show-texts", "locked": true, "schema_version": 3, "solution": false, "task": false}
print(wire.text[wire.metadata.body_start :])
print("-" * 70)
print(tabloid.text[tabloid.metadata.body_start :])

# %% nbgrader={"grade": false, "grade_id": "answer-loaded", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
loaded_words = ["rickety", "terrified", "heroic"]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-loaded", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
import re


def _words(a):
    return {w.lower() for w in re.findall(r"[A-Za-z'’-]+", a.text[a.metadata.body_start :])}

assert isinstance(loaded_words, (list, tuple)) and len(loaded_words) == 3, (
    "loaded_words should be a list of exactly three words")
assert all(isinstance(_lw, str) for _lw in loaded_words), "each word should be a string"
assert len({_lw.strip().lower() for _lw in loaded_words}) == 3, "three different words, please"
for _lw in loaded_words:
    _lw = _lw.strip().lower()
    assert " " not in _lw, f"{_lw!r}: one word at a time, please"
    assert _lw in _words(tabloid), f"{_lw!r} does not occur in the tabloid article"
    assert _lw not in _words(wire), (
        f"{_lw!r} occurs in the wire report too, so it does not show a difference in framing")
print("The form is right. For each word, ask: is it the tabloid's own wording (not inside a "
      "quotation), and does it judge or dramatise rather than inform? Does mediakit's lexicon "
      "score it? Look it up in tabloid.marker_table() (kind == 'emotive').")
### BEGIN HIDDEN TESTS
_accepted = {
    "terror", "screaming", "snaps", "snapped", "hurled", "freezing", "rickety", "terrified",
    "clung", "crashed", "fighting", "horrified", "sobbed", "chaos", "furious", "claimed",
    "crumbling", "death", "trap", "fumed", "pensioner", "bosses", "insisted", "red-faced",
    "admitted", "heroic", "icy", "drag", "victims", "shocked", "demanded", "disastrous",
    "tatters", "mum-of-three",
}
assert type(loaded_words) in (list, tuple) and len(loaded_words) == 3
assert all(type(_lw) is str for _lw in loaded_words)
_given = {_lw.strip().lower() for _lw in loaded_words}
assert len(_given) == 3 and _given <= _accepted
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "task4", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 4 · Whose words are emotive? (3 points)
#
# `tabloid.marker_table()` lists every emotive word (rows with `kind == "emotive"`),
# with the `sentence` it is in; `tabloid.sentence_table()` gives each sentence's
# `voice`. Make `narrator_emotive`: the **set of emotive words (lower case `text`)**
# that occur in sentences whose voice is `"narration"`, i.e. emotive words the
# journalist uses in their own voice, not in quotations.

# %% nbgrader={"grade": false, "grade_id": "answer-narrator", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_m = tabloid.marker_table()
_m = _m[_m["kind"] == "emotive"]
_s = tabloid.sentence_table()
_narration = set(_s.loc[_s["voice"] == "narration", "index"])
narrator_emotive = {
    t.lower() for t, i in zip(_m["text"], _m["sentence"], strict=True) if i in _narration
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-narrator", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
assert isinstance(narrator_emotive, (set, frozenset, list, tuple)), (
    "narrator_emotive should be a set of words")
assert len(narrator_emotive) > 0, "narrator_emotive is empty"
assert all(isinstance(_x, str) for _x in narrator_emotive), "each word should be a string"
_markers = tabloid.marker_table()
_scored = set(_markers.loc[_markers["kind"] == "emotive", "text"].str.lower())
_other = {_x.lower() for _x in narrator_emotive} - _scored
assert not _other, (
    f"{sorted(_other)} are not emotive words in tabloid.marker_table() (kind == 'emotive')")
print(f"You have {len(narrator_emotive)} emotive words. Before you go on: did you keep only "
      "the sentences whose voice is 'narration' (not 'direct', 'reported' or 'mixed')?")
### BEGIN HIDDEN TESTS
_tab = mediakit.analyze(practice["102_practice_tabloid.txt"])
_mt = _tab.marker_table()
_emo = _mt[_mt["kind"] == "emotive"]
_st = _tab.sentence_table()
_voice = dict(zip(_st["index"], _st["voice"], strict=True))
_expect = {t.lower() for t, i in zip(_emo["text"], _emo["sentence"], strict=True)
           if _voice[i] == "narration"}
assert type(narrator_emotive) in (set, frozenset, list, tuple)
assert all(type(_x) is str for _x in narrator_emotive)
assert {_x.lower() for _x in narrator_emotive} == _expect
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "reflect", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## To discuss
#
# * Both articles report the same injuries. Which of the tabloid's emotive words add
#   information, and which only add feeling?
# * VADER scores words such as "hurt" and "injured" as negative in *both* articles.
#   Why does that make "mean compound" a weak measure of framing on its own?

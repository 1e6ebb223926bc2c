# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
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
# below. About 25 minutes.

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
# * `table`: `mediakit.summarize([wire, tabloid])`, one row per article.

# %% nbgrader={"grade": false, "grade_id": "answer-analyse", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
wire = mediakit.analyze(practice["101_practice_wire.txt"])
tabloid = mediakit.analyze(practice["102_practice_tabloid.txt"])
table = mediakit.summarize([wire, tabloid])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-analyse", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert isinstance(wire, mediakit.Analysis), (
    "wire should be an Analysis: mediakit.analyze(practice['101_practice_wire.txt'])")
assert isinstance(tabloid, mediakit.Analysis), "tabloid should be an Analysis too"
assert wire.metadata.title.startswith("Fourteen hurt"), (
    f"wire is the wrong article ({wire.metadata.title!r}); use 101_practice_wire.txt")
assert tabloid.metadata.title.startswith("TERROR"), (
    f"tabloid is the wrong article ({tabloid.metadata.title!r}); use 102_practice_tabloid.txt")
assert isinstance(table, pd.DataFrame) and len(table) == 2, (
    "table should be mediakit.summarize([wire, tabloid]): a DataFrame with two rows")
assert list(table["title"]) == [wire.metadata.title, tabloid.metadata.title], (
    "put the wire report first and the tabloid second")
print("Correct.")
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
_w = wire.metrics["emotive_sentence_share"]
_t = tabloid.metrics["emotive_sentence_share"]
assert more_emotive in ("wire", "tabloid"), "more_emotive should be the string 'wire' or 'tabloid'"
assert more_emotive == ("tabloid" if _t > _w else "wire"), (
    f"Compare the two values: wire {_w:.3f}, tabloid {_t:.3f}.")
assert isinstance(gap, (int, float)), "gap should be a number (tabloid minus wire)"
assert abs(gap - (_t - _w)) < 1e-9, (
    "gap is tabloid minus wire, in that order: "
    "tabloid.metrics['emotive_sentence_share'] - wire.metrics['emotive_sentence_share']")
print(f"Correct: the tabloid's share of emotive sentences is {100 * gap:.0f} percentage "
      "points higher.")

# %% [markdown] nbgrader={"grade": false, "grade_id": "task3", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 3 · Loaded words (2 points)
#
# Read both articles. Put into the list `loaded_words` **three single words** that
# the tabloid uses to describe the event or the people, where the wire report
# sticks to neutral wording (for example, the tabloid's adjective for the bridge).
# Each word must occur in the tabloid and not in the wire report.

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
for _lw in loaded_words:
    _lw = str(_lw).strip().lower()
    assert " " not in _lw, f"{_lw!r}: one word at a time, please"
    assert _lw in _words(tabloid), f"{_lw!r} does not occur in the tabloid article"
    assert _lw not in _words(wire), (
        f"{_lw!r} occurs in the wire report too, so it does not show a difference in framing")
print("Accepted. Does mediakit's lexicon score your words? Look them up in "
      "tabloid.marker_table() (kind == 'emotive').")

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
_mt = tabloid.marker_table()
_emo = _mt[_mt["kind"] == "emotive"]
_st = tabloid.sentence_table()
_voice = dict(zip(_st["index"], _st["voice"], strict=True))
_expect = {t.lower() for t, i in zip(_emo["text"], _emo["sentence"], strict=True)
           if _voice[i] == "narration"}
_all = {t.lower() for t in _emo["text"]}
assert isinstance(narrator_emotive, (set, list, tuple)), "narrator_emotive should be a set"
_got = {str(w).lower() for w in narrator_emotive}
assert _got <= _all, (
    f"{sorted(_got - _all)} are not emotive words in mediakit's marker table; "
    "keep only rows with kind == 'emotive'")
_quoted = _got - _expect
assert not _quoted, (
    f"{sorted(_quoted)} come from sentences that are not narration (quotations or mixed). "
    "Join each marker's 'sentence' to sentence_table()['index'] and keep voice == 'narration'.")
assert _got == _expect, f"You missed some narration words: {sorted(_expect - _got)}"
print(f"Correct: the narrator uses {len(_expect)} distinct emotive words, e.g. "
      f"{sorted(_expect)[:5]}.")

# %% [markdown] nbgrader={"grade": false, "grade_id": "reflect", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## To discuss
#
# * Both articles report the same injuries. Which of the tabloid's emotive words add
#   information, and which only add feeling?
# * VADER scores words such as "hurt" and "injured" as negative in *both* articles.
#   Why does that make "mean compound" a weak measure of framing on its own?

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
# # Exercise 3 · Does the emotive wording sit with the narrator or the quotes?
#
# **Goal.** A report can be emotive because the journalist writes emotively, or
# because it quotes people who speak emotively. Find out which holds for mediakit's
# seed article (an ITV News report on the shelling of Kharkiv, February 2022).
#
# Write your answers where it says `# YOUR CODE HERE`, then run the check cell
# below. About 20 minutes.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
import mediakit

a = mediakit.analyze(mediakit.seed_path())
a

# %% [markdown] nbgrader={"grade": false, "grade_id": "task1", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 1 · The story sentences (1 point)
#
# Make `story`: the rows of `a.sentence_table()` whose `voice` is **not**
# `"boilerplate"` (boilerplate is page furniture such as "Play video").

# %% nbgrader={"grade": false, "grade_id": "answer-story", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
st = a.sentence_table()
story = st[st["voice"] != "boilerplate"]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-story", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
import pandas as pd

_st = a.sentence_table()
assert isinstance(story, pd.DataFrame), "story should be a DataFrame (rows of sentence_table())"
assert "boilerplate" not in set(story["voice"]), "story still has boilerplate sentences"
assert len(story) == (_st["voice"] != "boilerplate").sum(), (
    "story has lost some sentences: drop only the rows whose voice is 'boilerplate'")
print(f"Correct: {len(story)} story sentences, voices: "
      f"{ {v: int(n) for v, n in story['voice'].value_counts().items()} }")

# %% [markdown] nbgrader={"grade": false, "grade_id": "task2", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 2 · Mean emotive intensity by voice (2 points)
#
# Make `by_voice`: a pandas Series with the **mean** `emotive` intensity of the story
# sentences in each voice (index: the voice names). Hint: `groupby`.

# %% nbgrader={"grade": false, "grade_id": "answer-by-voice", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
by_voice = story.groupby("voice")["emotive"].mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-by-voice", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
_expect = _st[_st["voice"] != "boilerplate"].groupby("voice")["emotive"].mean()
assert isinstance(by_voice, pd.Series), (
    "by_voice should be a Series: story.groupby('voice')['emotive'].mean()")
assert set(by_voice.index) == set(_expect.index), (
    f"by_voice should have one entry per voice: {sorted(_expect.index)}")
for _v in _expect.index:
    assert abs(by_voice[_v] - _expect[_v]) < 1e-9, (
        f"the value for '{_v}' is off: use the mean of the 'emotive' column "
        "(not 'compound', which has a sign)")
print(by_voice.round(3).to_string())

# %% [markdown] nbgrader={"grade": false, "grade_id": "task3", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 3 · Where are the emotive words? (2 points)
#
# `a.marker_table()` lists every emotive word (`kind == "emotive"`) with the index of
# its `sentence`. Make `quoted_share`: the share (0 to 1) of the emotive words **in
# story sentences** that are in sentences whose voice is `"direct"` (direct
# quotation).

# %% nbgrader={"grade": false, "grade_id": "answer-quoted-share", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
m = a.marker_table()
emotive = m[m["kind"] == "emotive"]
voice = dict(zip(story["index"], story["voice"], strict=True))
in_story = emotive[emotive["sentence"].isin(voice)]
quoted_share = (in_story["sentence"].map(voice) == "direct").mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-quoted-share", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
_m = a.marker_table()
_e = _m[_m["kind"] == "emotive"]
_v = {i: v for i, v in zip(_st["index"], _st["voice"], strict=True) if v != "boilerplate"}
_in = [_v[i] for i in _e["sentence"] if i in _v]
_want = sum(1 for v in _in if v == "direct") / len(_in)
assert isinstance(quoted_share, (int, float)), "quoted_share should be a number between 0 and 1"
assert 0 <= quoted_share <= 1, "a share lies between 0 and 1; did you count instead of divide?"
_naive = sum(1 for i in _e["sentence"] if _v.get(i) == "direct") / max(len(_e), 1)
assert abs(quoted_share - _want) < 1e-9 or abs(quoted_share - _naive) > 1e-9, (
    "Leave out the emotive words in boilerplate sentences before you divide.")
assert abs(quoted_share - _want) < 1e-9, (
    f"Not quite ({quoted_share:.3f}). Count the emotive words in story sentences, then the "
    "share of them whose sentence has voice 'direct'.")
print(f"Correct: {quoted_share:.0%} of the emotive words are inside direct quotations.")

# %% [markdown] nbgrader={"grade": false, "grade_id": "task4", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 4 · Your verdict (1 point)
#
# Set `verdict` to `"narrator"` if narration sentences have the higher mean emotive
# intensity in `by_voice`, or `"quotes"` if direct-quotation sentences do.

# %% nbgrader={"grade": false, "grade_id": "answer-verdict", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
verdict = "quotes" if by_voice.get("direct", 0) > by_voice.get("narration", 0) else "narrator"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-verdict", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
_d = _expect.get("direct", 0.0)
_n = _expect.get("narration", 0.0)
assert verdict in ("narrator", "quotes"), "verdict should be 'narrator' or 'quotes'"
assert verdict == ("quotes" if _d > _n else "narrator"), (
    f"Compare by_voice['direct'] ({_d:.3f}) with by_voice['narration'] ({_n:.3f}).")
print(f"Correct: per sentence, the {'quotations' if verdict == 'quotes' else 'narrator'} "
      "carry the stronger emotive language.")

# %% [markdown] nbgrader={"grade": false, "grade_id": "reflect", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## To discuss
#
# * Per sentence, one voice may be more intense, while the *other* holds more of the
#   emotive words in total (compare tasks 3 and 4). Which measure would you report?
# * VADER scores the topic as well as the wording: "dead" and "wounded" are negative
#   in a neutral sentence. Find a narration sentence that scores as emotive only
#   because of what it reports.
# * mediakit finds quotations and speakers by rules. Scroll the highlighted article:
#   is any quotation labelled as narration? How would that change your verdict?

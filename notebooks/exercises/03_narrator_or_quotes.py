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
# # Exercise 3 · Does the emotive wording sit with the narrator or the quotes?
#
# **Goal.** A report can be emotive because the journalist writes emotively, or
# because it quotes people who speak emotively. Find out which holds for mediakit's
# seed article (an ITV News report on the shelling of Kharkiv, February 2022).
#
# Write your answers where it says `# YOUR CODE HERE`, then run the check cell
# below. A failed check tells you what to look at again, never the answer; passing
# the checks means your answer has the right form, and your teacher grades it with
# further tests. About 20 minutes.

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

assert isinstance(story, pd.DataFrame), "story should be a DataFrame (rows of sentence_table())"
assert {"index", "voice", "emotive"} <= set(story.columns), (
    "story should keep the columns of a.sentence_table(): select rows, not columns")
assert len(story) > 0, "story is empty"
assert "boilerplate" not in set(story["voice"]), "story still has boilerplate sentences"
print(f"The form is right: {len(story)} sentences, voices: "
      f"{ {v: int(n) for v, n in story['voice'].value_counts().items()} }. "
      "Did you keep every other voice?")
### BEGIN HIDDEN TESTS
_st = mediakit.analyze(mediakit.seed_path()).sentence_table()
_keep = _st[_st["voice"] != "boilerplate"]
assert type(story) is pd.DataFrame
assert list(story["index"]) == list(_keep["index"])
assert list(story["voice"]) == list(_keep["voice"])
### END HIDDEN TESTS

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
assert isinstance(by_voice, pd.Series), "by_voice should be a pandas Series, one value per voice"
assert len(by_voice) > 0, "by_voice is empty"
_voices = set(a.sentence_table()["voice"]) - {"boilerplate"}
assert set(by_voice.index) <= _voices, (
    f"by_voice's index should be voice names of story sentences; {sorted(set(by_voice.index) - _voices)} are not")
assert all(0 <= _x <= 1 for _x in by_voice), (
    "emotive intensity lies between 0 and 1, so its mean does too: did you use the "
    "'emotive' column (not 'compound', which has a sign) and the mean (not the sum)?")
print(by_voice.round(3).to_string())
print("Is every voice of your story sentences there?")
### BEGIN HIDDEN TESTS
_st = mediakit.analyze(mediakit.seed_path()).sentence_table()
_expect = _st[_st["voice"] != "boilerplate"].groupby("voice")["emotive"].mean()
assert type(by_voice) is pd.Series
assert sorted(by_voice.index) == sorted(_expect.index)
assert all(abs(float(by_voice[_v]) - float(_expect[_v])) < 1e-9 for _v in _expect.index)
### END HIDDEN TESTS

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
assert isinstance(quoted_share, (int, float)) and not isinstance(quoted_share, bool), (
    "quoted_share should be a number between 0 and 1")
assert 0 <= quoted_share <= 1, "a share lies between 0 and 1; did you count instead of divide?"
print(f"The form is right ({quoted_share:.3f}). Check what you divided by: only the emotive "
      "words in story sentences, not those in boilerplate.")
### BEGIN HIDDEN TESTS
_a = mediakit.analyze(mediakit.seed_path())
_m = _a.marker_table()
_v = {i: v for i, v in zip(_a.sentence_table()["index"], _a.sentence_table()["voice"],
                           strict=True) if v != "boilerplate"}
_in = [_v[i] for i in _m.loc[_m["kind"] == "emotive", "sentence"] if i in _v]
assert not isinstance(quoted_share, bool) and isinstance(quoted_share, (int, float))
assert abs(float(quoted_share) - sum(1 for v in _in if v == "direct") / len(_in)) < 1e-9
### END HIDDEN TESTS

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
assert verdict in ("narrator", "quotes"), "verdict should be 'narrator' or 'quotes'"
print(f"Your verdict: {verdict}. Is it what by_voice shows for 'direct' and 'narration'?")
### BEGIN HIDDEN TESTS
_st = mediakit.analyze(mediakit.seed_path()).sentence_table()
_mean = _st[_st["voice"] != "boilerplate"].groupby("voice")["emotive"].mean()
assert type(verdict) is str
assert verdict == ("quotes" if _mean.get("direct", 0.0) > _mean.get("narration", 0.0)
                   else "narrator")
### END HIDDEN TESTS

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

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
# # Exercise 1 · Find the sources and classify them
#
# **Goal.** Read a news article closely, list the people it quotes or paraphrases,
# decide what kind of source each one is, and then compare your reading with
# mediakit's rules.
#
# The article is one of mediakit's **invented** practice articles: a report of a
# footbridge collapse at a spring fair in "Harwick", a town that does not exist.
#
# **How to work.** Write your answers where it says `# YOUR CODE HERE` (replace the
# `raise NotImplementedError()` line), then run the check cell below it. A failed
# check tells you what to look at again; it never tells you the answer. Passing the
# checks means your answer has the right form, not that it is right: your teacher
# grades it with further tests. About 20 minutes.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
import mediakit

path = next(p for p in mediakit.seed_paths() if p.name == "104_practice_eyewitness.txt")
article = mediakit.analyze(path)
print(article.text[article.metadata.body_start :])

# %% [markdown] nbgrader={"grade": false, "grade_id": "task1", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 1 · Who speaks? (3 points)
#
# A **source** is someone whose words the article gives, either in quotation marks
# (*direct*: `"…," said X`) or paraphrased (*reported*: `X said that …`, `X claimed …`).
#
# Put the **full names of the named people** who are quoted or paraphrased into the
# set `named_sources`, e.g. `{"Jane Doe", "John Smith"}`. Leave out organisations
# and unnamed groups ("the council", "several witnesses"); they come in task 3.

# %% nbgrader={"grade": false, "grade_id": "answer-named-sources", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
named_sources = {"Tom Ellery", "Kerry Dale", "Amira Yusuf", "Arthur Bell", "Sunil Varma",
                 "Priya Raman"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-named-sources", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
_text = article.text[article.metadata.body_start :]
_not_people = {"council", "college", "service", "hospital", "police", "fair", "river"}
assert isinstance(named_sources, (set, frozenset, list, tuple)), (
    "named_sources should be a set of names, like {'Jane Doe', 'John Smith'}")
assert len(named_sources) > 0, "named_sources is empty: who is quoted or paraphrased?"
assert len(set(named_sources)) == len(named_sources), "a name is listed twice"
for _n in named_sources:
    assert isinstance(_n, str), f"{_n!r}: each name should be a string in quotes"
    _n = " ".join(_n.split())
    assert _n in _text, f"'{_n}' does not occur in the article as written: check the spelling"
    assert len(_n.split()) >= 2 and _n.split()[0] not in ("Mr", "Mrs", "Ms", "Dr"), (
        f"'{_n}': use the full name (first name and surname) as the article first gives it")
    assert not set(_n.lower().split()) & _not_people, (
        f"'{_n}' is a place or an organisation; this task asks for people")
print(f"Your {len(named_sources)} names have the right form. Now check each one against "
      "the text: which cue ('said', 'claimed', a quotation) gives this person's words? "
      "Did you include people whose words are given only further down, as 'she' or 'Mr ...'?")
### BEGIN HIDDEN TESTS
_answer = {"Tom Ellery", "Kerry Dale", "Amira Yusuf", "Arthur Bell", "Sunil Varma",
           "Priya Raman"}
assert type(named_sources) in (set, frozenset, list, tuple)
assert all(type(_n) is str for _n in named_sources)
assert len(named_sources) == len(_answer)
assert {" ".join(_n.split()) for _n in named_sources} == _answer
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "task2", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 2 · What kind of source is each one? (2 points)
#
# Classify each named source as `"witness"` (someone who saw or lived through the
# event, speaking for themselves) or `"official"` (someone who speaks for an
# institution: council, police, fire service, hospital). Fill in the dictionary
# `source_types`, e.g. `{"Jane Doe": "witness", ...}`, for every name in
# `named_sources`.

# %% nbgrader={"grade": false, "grade_id": "answer-source-types", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
source_types = {name: "witness" for name in named_sources}
source_types["Priya Raman"] = "official"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-source-types", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert isinstance(source_types, dict), (
    "source_types should be a dict: {name: 'witness' or 'official'}")
_unclassified = set(named_sources) - set(source_types)
assert not _unclassified, f"Classify every name in named_sources; not yet: {sorted(_unclassified)}"
for _n, _t in source_types.items():
    assert _t in ("witness", "official"), f"{_n}: use 'witness' or 'official', not {_t!r}"
print("Each name has a type. Check each against the words around the name: a job title, "
      "'resident', 'student'... Does this person speak for themselves or for an institution?")
### BEGIN HIDDEN TESTS
_answer = {"Tom Ellery": "witness", "Kerry Dale": "witness", "Amira Yusuf": "witness",
           "Arthur Bell": "witness", "Sunil Varma": "witness", "Priya Raman": "official"}
assert type(source_types) is dict
assert all(type(_k) is str and type(_v) is str for _k, _v in source_types.items())
assert {_k: source_types.get(_k) for _k in _answer} == _answer
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "task3", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 3 · Did mediakit get the speakers right? (2 points)
#
# mediakit finds attributions by rules. Its `attribution_table()` has one row per
# attribution: the `source` as written ("she", "Mr ...") and the person mediakit
# decided it is (`source_name`); a pronoun is resolved to a person named earlier.
#
# Read the table below next to the article. **One** row names the wrong person.
#
# * `wrong_row`: the number in the `index` column of that row (an `int`);
# * `right_speaker`: the full name of the person who really speaks there.

# %% nbgrader={"grade": false, "grade_id": "show-table", "locked": true, "schema_version": 3, "solution": false, "task": false}
article.attribution_table()[["index", "sentence", "kind", "source", "cue", "source_name",
                             "content"]]

# %% nbgrader={"grade": false, "grade_id": "answer-wrong-speaker", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
wrong_row = 13
right_speaker = "Tom Ellery"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-wrong-speaker", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
_rows = list(article.attribution_table()["index"])
assert isinstance(wrong_row, int) and not isinstance(wrong_row, bool), (
    "wrong_row should be one whole number from the 'index' column")
assert wrong_row in _rows, f"{wrong_row} is not in the 'index' column (0 to {max(_rows)})"
assert isinstance(right_speaker, str) and right_speaker.strip(), (
    "right_speaker should be a name in quotes")
assert " ".join(right_speaker.split()) in article.text, (
    f"'{right_speaker}' does not occur in the article as written")
print("The form is right. Check your row once more: which person does the article put just "
      "before that quotation, and which person did mediakit pick?")
### BEGIN HIDDEN TESTS
_at = article.attribution_table()
# the premise: mediakit still gives this quotation to someone else (CI fails if not)
_wrong = _at.loc[_at["content"].str.startswith("I have worked this meadow"), "index"]
assert len(_wrong) == 1 and _at.loc[_wrong.index[0], "source_name"] != "Tom Ellery"
assert type(wrong_row) is int and wrong_row == int(_wrong.iloc[0])
assert type(right_speaker) is str and " ".join(right_speaker.split()) == "Tom Ellery"
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "reflect", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## To discuss
#
# * The article gives its **interpretation** (the bridge had been in poor condition)
#   to an unnamed group of witnesses. How can a reader check such a claim?
# * One resident's complaint is introduced with *claimed*; the council's answer with
#   *denied*. What do these verbs add, compared with *said*? (Exercise 4 goes on
#   from here.)
# * Which rule would mediakit need to get the speaker of task 3 right? What could
#   such a rule get wrong in another article?

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
# check explains what to look at again. About 20 minutes.

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
_key = {"Tom Ellery": "the stallholder who heard the crack (paragraphs 1–2 and the last one)",
        "Kerry Dale": "the mother who was halfway across the bridge",
        "Amira Yusuf": "the student who crossed ten minutes earlier",
        "Arthur Bell": "the resident who 'claimed' there had been complaints",
        "Sunil Varma": "the food-van owner who praised the firefighters",
        "Priya Raman": "the council leader (reported speech: 'said the bridge had passed')"}
assert isinstance(named_sources, (set, list, tuple)), (
    "named_sources should be a set of names, like {'Jane Doe', 'John Smith'}")
_given = {" ".join(str(n).replace("Mr ", "").split()) for n in named_sources}
_surnames = {k.split()[-1]: k for k in _key}
for _n in sorted(_given):
    assert _n in _key or _n.split()[-1] not in _surnames, (
        f"'{_n}': use the full name as the article first gives it: "
        f"'{_surnames[_n.split()[-1]]}'")
_extra = _given - set(_key)
assert not _extra, (
    f"{sorted(_extra)}: not a named person who speaks in this article. Places and "
    "organisations (Harwick College, the council) are not people; check each name has a "
    "cue such as 'said', 'claimed' or a quotation next to it.")
_missing = set(_key) - _given
assert not _missing, (
    f"You have found {len(_given)} of {len(_key)} named sources. Still missing: "
    + "; ".join(_key[m] for m in sorted(_missing))
    + ". Reported speech counts too: look for 'said that', 'claimed', 'said the ...'.")
print("Correct: six named people speak in this article.")

# %% [markdown] nbgrader={"grade": false, "grade_id": "task2", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 2 · What kind of source is each one? (2 points)
#
# Classify each named source as `"witness"` (someone who saw or lived through the
# event, speaking for themselves) or `"official"` (someone who speaks for an
# institution: council, police, fire service, hospital). Fill in the dictionary
# `source_types`, e.g. `{"Jane Doe": "witness", ...}`, for all six names.

# %% nbgrader={"grade": false, "grade_id": "answer-source-types", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
source_types = {name: "witness" for name in named_sources}
source_types["Priya Raman"] = "official"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-source-types", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
_why = {
    "Priya Raman": "she is the council leader: she speaks for an institution",
    "Arthur Bell": "he is a 71-year-old resident speaking for himself, not for an institution",
    "Sunil Varma": "he runs a food van at the fair and saw the rescue",
    "Tom Ellery": "he is a stallholder who heard and saw the collapse",
    "Kerry Dale": "she was on the bridge with her children",
    "Amira Yusuf": "she is a student who crossed the bridge herself",
}
_want = {n: ("official" if n == "Priya Raman" else "witness") for n in _why}
assert isinstance(source_types, dict), "source_types should be a dict: {name: 'witness'|'official'}"
_missing = set(_want) - set(source_types)
assert not _missing, f"Classify every named source; missing: {sorted(_missing)}"
for _n, _t in _want.items():
    _got = str(source_types[_n]).strip().lower()
    assert _got in ("witness", "official"), f"{_n}: use 'witness' or 'official', not {_got!r}"
    assert _got == _t, f"{_n} is a source of type '{_t}': {_why[_n]}."
print("Correct: five witnesses and one official. Compare that balance with the official "
      "version of the story (103_practice_official.txt).")

# %% [markdown] nbgrader={"grade": false, "grade_id": "task3", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## Task 3 · What did mediakit find? (2 points)
#
# mediakit finds sources by rules. Its `source_table()` has one row per source.
# Use it to compute:
#
# * `found_by_mediakit`: the set of your named sources whose **surname** appears in
#   some `name` of `article.source_table()`;
# * `missed_by_mediakit`: the named sources it did not find.
#
# Then look at the unnamed sources in the table ("the council", "fire service",
# "Several witnesses"...): who speaks for them?

# %% nbgrader={"grade": false, "grade_id": "show-table", "locked": true, "schema_version": 3, "solution": false, "task": false}
article.source_table()[["name", "type", "type_rule", "attributions", "direct_words",
                        "reported_words"]]

# %% nbgrader={"grade": false, "grade_id": "answer-found", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_names = " ".join(article.source_table()["name"])
found_by_mediakit = {n for n in named_sources if n.split()[-1] in _names}
missed_by_mediakit = set(named_sources) - found_by_mediakit
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "check-found", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
_table_names = " ".join(article.source_table()["name"])
_expect = {n for n in _want if n.split()[-1] in _table_names}
assert isinstance(found_by_mediakit, (set, list, tuple)), "found_by_mediakit should be a set"
assert set(found_by_mediakit) == _expect, (
    "Not quite. For each name, take its surname (name.split()[-1]) and test whether it "
    f"occurs in any entry of article.source_table()['name']. mediakit's names: {_table_names!r}")
assert set(missed_by_mediakit) == set(_want) - _expect, (
    "missed_by_mediakit should be your named sources minus found_by_mediakit")
print(f"mediakit found {len(_expect)} of 6 named sources; missed: "
      f"{sorted(set(_want) - _expect) or 'none'}.")

# %% [markdown] nbgrader={"grade": false, "grade_id": "reflect", "locked": true, "schema_version": 3, "solution": false, "task": false}
# ## To discuss
#
# * The article gives its **interpretation** ("Several witnesses said they believed
#   the bridge had been in poor condition") to an unnamed group. How can a reader
#   check such a claim?
# * "Arthur Bell **claimed** that residents had complained"; "The council **denied**
#   receiving any formal complaint." What do the verbs *claimed* and *denied* add,
#   compared with *said*?

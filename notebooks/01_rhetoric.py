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

# %% [markdown]
# # 01 · Rhetoric: how an article feels, sentence by sentence
#
# This notebook reads mediakit's bundled **seed article** (an ITV News report on the
# shelling of Kharkiv, 28 February 2022) one sentence at a time and asks:
#
# 1. Where in the article is the language emotive, and how strongly?
# 2. Does the emotive language belong to the **narrator** (the journalist's own
#    sentences) or to the **quoted sources**?
# 3. Which words drive the scores, and which lexicon entry made each count?
# 4. How firmly are claims made (**hedges** such as "could", **boosters** such as "clearly")?
# 5. How hard is the text to read?
#
# Every number below comes from a rule you can inspect; none of them is a verdict
# on the article. Run the cells from the top (*Run → Run All Cells*).

# %%
import mediakit
import pandas as pd

pd.set_option("display.max_colwidth", 90)

# %% [markdown]
# ## The article
#
# `mediakit.seed_path()` finds the article inside the installed package, so this
# notebook works from any folder.

# %%
# NBVAL_CHECK_OUTPUT
a = mediakit.analyze(mediakit.seed_path())
print("date:", a.metadata.date)
print("words:", a.words, "| sentences:", len(a.sentences), "| paragraphs:", len(a.paragraphs))

# %% [markdown]
# `sentence_table()` has one row per sentence: its **voice** (who is speaking:
# `narration`, `direct` quotation, `reported` speech, `mixed`, or `boilerplate` such
# as "Play video"), VADER's **compound** score (−1 very negative … +1 very positive)
# and mediakit's **emotive intensity** (0 … 1, how much emotive wording the sentence
# has, whatever its sign).

# %%
sentences = a.sentence_table()
sentences[["index", "voice", "words", "compound", "emotive", "text"]].head(8)

# %% [markdown]
# ## Emotive language across the article
#
# Boilerplate ("Play video", captions, read-more links) is page furniture, not the
# story: the emotive metrics leave it out, and so does everything below. `story` is
# the sentence table without it.

# %%
story = sentences[sentences["voice"] != "boilerplate"]
print(f"{len(story)} story sentences of {len(sentences)}")

# %% [markdown]
# **What the plot shows.** The line is VADER's compound score of each story sentence,
# in reading order (the numbers skip the boilerplate sentences); each dot is coloured
# by the sentence's voice; the grey bars are the emotive intensity. Dips below zero
# are sentences with negative wording.
#
# **Its limits.** VADER scores the *topic* as well as the *wording*: a flat, neutral
# report of deaths scores negative because "dead" and "killed" are negative words.
# A low score therefore does not mean the journalist chose loaded language. Read the
# sentences behind the dips before drawing conclusions.

# %%
ax = mediakit.plot_emotion_arc(story)

# %% [markdown]
# A quick check of that limit: a sentence with no loaded wording at all, only facts,
# still gets a strongly negative score.

# %%
plain = mediakit.analyze("Seven people died and 44 were injured in the attack.")
plain.sentence_table()[["text", "compound", "emotive"]]

# %% [markdown]
# ## Narrator or quoted sources?
#
# **What the plot shows.** The mean emotive intensity of the sentences in each voice.
# Above each bar, *n* is the number of sentences behind it.
#
# **Its limits.** With a handful of sentences per voice, one strongly worded quote
# moves a bar a lot. A sentence counts as `direct` or `reported` when at least three
# quarters of its words are; otherwise it is `mixed`. Attribution is found by rules,
# so a missed attribution turns a quoted sentence into narration.

# %%
ax = mediakit.plot_emotion_by_voice(a)

# %%
story.groupby("voice")[["compound", "emotive"]].agg(["mean", "count"]).round(3)

# %% [markdown]
# ## The words that drive the scores
#
# `marker_table()` lists every labelled word with the entry that made it count. For
# emotive words, `entry` is the VADER lexicon entry, `value` the word's score in its
# sentence and `why` the rules that changed it (negation, boosters such as "very",
# capitals, "but" ...). As in the metrics, only words of story sentences count.

# %%
markers = a.marker_table()
emotive = markers[(markers["kind"] == "emotive") & markers["sentence"].isin(story["index"])]
emotive.assign(strength=emotive["value"].abs()).sort_values("strength", ascending=False)[
    ["text", "entry", "category", "value", "sentence", "why"]
].head(10)

# %% [markdown]
# The words counted here are the ones behind the metric `emotive_words_per_1000_words`
# (emotive words per 1000 story words): the two counts agree.

# %%
# NBVAL_CHECK_OUTPUT
per_1000 = a.metrics["emotive_words_per_1000_words"]
print("emotive words in story sentences:", len(emotive))
print("from the metric:", round(per_1000 * a.story_words / 1000), f"({per_1000} per 1000 words)")

# %% [markdown]
# Which lexicon entries occur most often across the article?

# %%
emotive.groupby(["entry", "category"]).size().sort_values(ascending=False).rename(
    "occurrences"
).head(10)

# %% [markdown]
# ## Hedges and boosters
#
# **Hedges** ("could", "reportedly", "I think") withhold full commitment to a claim;
# **boosters** ("clearly", "certainly") strengthen it. The plot shows both per 1000
# story words, so articles of different lengths compare. **Approximators** ("at least
# 44 people", "somewhat") make a number or degree less than exact: no doubt about the
# event, so they are their own kind, listed here but not counted as hedges.
#
# **Its limits.** The lists are curated words and phrases matched on whole words,
# with a few rules (the month "May", "could" of past ability, questions). Read each
# match in context (the `why` column names the entry and the rule).

# %%
hedging = markers[markers["kind"].isin(["hedge", "booster", "approximator"])]
hedging[["kind", "text", "entry", "category", "sentence"]]

# %%
ax = mediakit.plot_hedges(a)

# %% [markdown]
# ## Readability
#
# Classic readability formulas estimate how hard a text is from the length of its
# sentences and words (syllables). Higher **Flesch reading ease** means easier;
# the **grade** scores estimate the US school grade needed.
#
# **Their limits.** They know nothing about meaning, layout or the reader's
# background; names and places with many syllables make a text look harder than it is.

# %%
readability = [
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
]
pd.Series({k: a.metrics[k] for k in readability}, name="seed article")

# %% [markdown]
# ## To try
#
# * Pick the most negative sentence in the arc. Is it negative because of its
#   wording or because of what it reports?
# * Re-run the notebook on your own article: `a = mediakit.analyze("path/to/article.txt")`.
# * Notebook `02_sourcing` looks at *who* speaks; `03_comparing_framings` compares
#   four framings of one invented event.

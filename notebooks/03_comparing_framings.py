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

# %% [markdown]
# # 03 · Comparing framings of one event
#
# mediakit ships four short **practice articles**, invented for teaching, that
# report the same invented event (a footbridge collapse at a spring fair in
# "Harwick", a town that does not exist) in four ways:
#
# | file | framing |
# | --- | --- |
# | `101_practice_wire` | a neutral wire-agency report |
# | `102_practice_tabloid` | an emotive tabloid version |
# | `103_practice_official` | a report leaning on official sources |
# | `104_practice_eyewitness` | a report built from eyewitness accounts |
#
# We put them, with the real seed article for contrast, into one tidy table and
# compare them.

# %%
import matplotlib.pyplot as plt
import mediakit
import pandas as pd

pd.set_option("display.max_colwidth", 60)

paths = mediakit.seed_paths()
practice = [p for p in paths if "_practice_" in p.name]
analyses = [mediakit.analyze(p) for p in practice] + [mediakit.analyze(mediakit.seed_path())]

# %%
# NBVAL_CHECK_OUTPUT
for p, an in zip(practice, analyses, strict=False):  # the seed has no practice path
    print(f"{p.name:<28} {an.metadata.date}  {an.words:>3} words  {an.metadata.title}")

# %% [markdown]
# ## One tidy table
#
# `mediakit.summarize` gives one row per article and one column per metric
# (definitions in `docs/metrics.md`). We add a short `framing` label.

# %%
table = mediakit.summarize(analyses)
table.insert(0, "framing", [p.stem.split("_practice_")[1] for p in practice] + ["seed (real)"])
columns = [
    "framing",
    "words",
    "quotes",
    "direct_share",
    "reported_share",
    "narration_share",
    "sources",
    "anonymous_attribution_share",
    "mean_compound",
    "emotive_sentence_share",
    "emotive_words_per_1000_words",
    "hedges_per_1000_words",
    "boosters_per_1000_words",
    "flesch_reading_ease",
]
shares = [c for c in columns if c.endswith("_share")]
table[columns].style.hide(axis="index").format(
    {
        **{c: "{:.0%}" for c in shares},
        "mean_compound": "{:+.2f}",
        "emotive_words_per_1000_words": "{:.1f}",
        "hedges_per_1000_words": "{:.1f}",
        "boosters_per_1000_words": "{:.1f}",
        "flesch_reading_ease": "{:.0f}",
    }
).bar(subset=shares, vmin=0, vmax=1, color="#b9d4ea", props="width: 5em;")

# %% [markdown]
# Counts (words, quotes, sources) are whole numbers; shares are percentages of the
# article's words (or of its attributions, or its sentences), the bar filling to 100%;
# rates are per 1000 story words.

# %% [markdown]
# ## Who speaks in each version?
#
# **What the plot shows.** Each bar is one article; its segments are the shares of
# words in each voice. The eyewitness version gives more room to direct quotation;
# the official version more to reported speech.
#
# **Its limits.** The shares depend on mediakit finding every attribution; a missed
# "said X" turns reported speech into narration.

# %%
ax = mediakit.plot_voices(analyses)

# %% [markdown]
# ## How emotive is each version, and whose words are emotive?
#
# **What the plot shows.** Mean emotive intensity of the sentences in each voice,
# one bar per article; *n* is the number of sentences behind each bar.
#
# **Its limits.** All five articles report injuries or deaths, and VADER scores the
# topic as well as the wording, so even the wire report is not at zero. Compare
# the articles with each other, not with zero.

# %%
ax = mediakit.plot_emotion_by_voice(analyses)

# %% [markdown]
# The emotion arcs of the four practice articles, side by side (each plot helper
# draws on the Axes it is given).

# %%
fig, axes = plt.subplots(2, 2, figsize=(11, 6), sharey=True)
for ax, an, p in zip(axes.flat, analyses, practice, strict=False):
    mediakit.plot_emotion_arc(an, ax=ax)
    ax.set_title(p.stem.split("_practice_")[1])
    ax.get_legend().remove()
fig.tight_layout()

# %% [markdown]
# ## Sources and certainty
#
# **What the plots show.** How many sources of each type each article uses, and
# how many hedges and boosters it has per 1000 words.
#
# **Their limits.** Source types come from rules on the source's name and title
# ("Chief Fire Officer" → official or emergency services; "stallholder" may be
# unknown). Check the `type_rule` column of `source_table()`.

# %%
ax = mediakit.plot_source_types(analyses)

# %%
ax = mediakit.plot_hedges(analyses)

# %% [markdown]
# Which cue verbs does each version use? One row per cue verb (lemma), the most used
# first, one column per article; attributions in boilerplate are left out, as in the
# metrics.

# %%
cues = pd.concat(
    [
        an.attribution_table().assign(framing=f)
        for an, f in zip(analyses, table["framing"], strict=True)
    ]
)
cues = cues[~cues["in_boilerplate"].astype(bool)]
by_cue = cues.groupby(["cue_lemma", "framing"]).size().unstack(fill_value=0)[list(table["framing"])]
by_cue.loc[by_cue.sum(axis=1).sort_values(ascending=False, kind="stable").index]

# %% [markdown]
# ## Discussion
#
# * All four practice articles report the same facts. Which differences in the
#   table come from **word choice** and which from **who is quoted**?
# * The tabloid version puts its strongest language in the narrator's mouth
#   ("Screaming families", "rickety"); the eyewitness version lets witnesses say
#   similar things in quotation marks. Does quoting someone make emotive language
#   more acceptable?
# * The official version quotes officials almost exclusively. What does a reader
#   learn, and what do they miss?
# * Exercise `exercises/02_compare_framings.ipynb` turns these questions into tasks.

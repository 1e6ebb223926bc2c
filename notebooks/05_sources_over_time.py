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
# # 05 · Who the sources are, month by month
#
# Whose voices does a newsroom carry: people or institutions, women or men, named or
# anonymous, and how varied? This notebook answers with mediakit's source **kinds**,
# **gender from evidence in the text** and **diversity** metrics (see `docs/sources.md`),
# on a real corpus bundled with mediakit: the 295 Wikinews articles of 2019–2020.
#
# *Texts: [Wikinews](https://en.wikinews.org/), by its contributors, licensed
# [CC BY 2.5](https://creativecommons.org/licenses/by/2.5/); every row of the corpus
# links its article (`url` column).*
#
# **Read the gender figures with their limit in mind.** mediakit gives a person a gender
# only when the article itself shows it: a title (Mr, Ms, Sir, Dame ...), a gendered noun
# ("spokeswoman", "his wife, ...", "a mother of two") or a pronoun that can only refer
# to that person. It never guesses from a first name. Wikinews rarely uses titles, so
# many person sources stay `unknown`; the notebook says how many.

# %%
import matplotlib.pyplot as plt
import mediakit
import pandas as pd

pd.set_option("display.max_colwidth", 50)
pd.set_option("display.width", 120)

# %% [markdown]
# ## One article first: each source with its kind, its gender and the evidence
#
# The seed article (an ITV News report) names its sources; each row says which rule
# gave the kind, and for a person the words of the article that show the gender.

# %%
a = mediakit.analyze(mediakit.seed_path())
a.source_table()[["name", "kind", "kind_rule", "gender", "gender_evidence", "attributions"]]

# %% [markdown]
# ## The corpus

# %%
# NBVAL_CHECK_OUTPUT
corpus = mediakit.sample_corpus()
res = mediakit.analyze_corpus(corpus, tables=["attributions", "sources", "people"])
arts = res.articles
print("articles:", len(arts), "| failed:", len(res.failed))
print("months:", arts["date"].str[:7].nunique(), "| words:", int(arts["words"].sum()))

# %% [markdown]
# ## Who gets a voice: kinds and types
#
# Sources are counted once per article (a canonical source: "Mr Herashchenko" and "he"
# are one source). The unresolved "(unnamed source)" of each article is left out.

# %%
# NBVAL_CHECK_OUTPUT
src = res.sources[res.sources["name"] != "(unnamed source)"]
kinds = src["kind"].value_counts()
print(pd.DataFrame({"sources": kinds, "share": (kinds / kinds.sum()).round(3)}))

# %%
fig, ax = plt.subplots(figsize=(9, 4), layout="constrained")
src.groupby(["type", "kind"]).size().unstack(fill_value=0).plot.barh(
    stacked=True, ax=ax, color=["#333333", "#777777", "#AAAAAA", "#CCCCCC", "#EEEEEE"],
    edgecolor="black", linewidth=0.4,
)
ax.set_xlabel("sources (one per article)")
ax.set_ylabel("source type")
ax.set_title("Sources by type and kind, Wikinews 2019–2020");

# %% [markdown]
# ## Gender, from evidence only: how much is known?
#
# Of the person sources, how many does the text show to be women, men, or neither?
# The evidence rules are in the last column: a title, a noun before the name or in
# apposition, the role in the source span, or a pronoun.

# %%
# NBVAL_CHECK_OUTPUT
persons = src[src["kind"] == "person"]
print("person sources:", len(persons))
print(persons["gender"].value_counts().to_string())
print("share unknown:", round((persons["gender"] == "unknown").mean(), 3))
print(persons["gender_rule"].value_counts().to_string())

# %% [markdown]
# ## Month by month, with the uncertainty
#
# `mediakit.compare` groups the articles by month and pools each month's person
# sources (women ÷ person sources); the shaded band is a 95 % bootstrap interval over
# the month's articles. Months with few articles have wide bands: a month is often a
# handful of stories. The `(none)` group (no date) is not drawn.

# %%
by_month = mediakit.compare(
    res, by="month", metrics=["female_source_share", "male_source_share"], seed=0
)
ax = mediakit.plot_groups(by_month)
ax.set_title("Person sources the text shows to be women or men, by month");

# %% [markdown]
# By year the intervals are narrower: the same figures over twelve months at a time.

# %%
# NBVAL_CHECK_OUTPUT
by_year = mediakit.compare(
    res,
    by="year",
    metrics=["female_source_share", "male_source_share", "unknown_gender_source_share",
             "named_source_share", "source_diversity_simpson"],
    seed=0,
)
by_year.round(3).pivot(index="metric", columns="group", values=["value", "low", "high"])

# %% [markdown]
# ## Voices and subjects: who is quoted, who is only talked about
#
# The `people` table lists every named person in the article bodies, quoted or not.
# `quoted` is true when the person is the source of an attribution (quoted or
# paraphrased).

# %%
# NBVAL_CHECK_OUTPUT
people = res.people
print("named people:", len(people), "| quoted:", int(people["quoted"].sum()))
print(pd.crosstab(people["gender"], people["quoted"], margins=True).to_string())

# %% [markdown]
# ## Which cues introduce whom
#
# "Said" is neutral; "claimed", "admitted", "insisted" are not. `mediakit.cue_profile`
# counts each cue per source gender (the share is of that gender's attributions). With
# so few women evidenced, compare shares, not counts, and only for common cues.

# %%
prof = mediakit.cue_profile(res.attributions, by="source_gender")
cues = ["say", "tell", "claim", "admit", "insist", "argue", "announce"]
(
    prof[prof["cue_lemma"].isin(cues)]
    .pivot(index="cue_lemma", columns="source_gender", values="share")
    .round(3)
    .fillna(0)
)

# %% [markdown]
# ## Limits, said plainly
#
# * **Evidence-based gender leaves many sources unknown** (the count is printed above).
#   The shares of women and men are shares of *all* person sources, unknown included:
#   they are lower bounds, not estimates of the true split.
# * Pronoun evidence is taken only when one person is mentioned from the start of the
#   previous sentence up to the pronoun, and never inside quotations: correct, but it
#   misses much.
# * People are found as runs of capitalised words that start with a common given name or
#   follow a title; a name without either (many non-English names) is missed.
# * Kinds come from rules on the source's words (`kind_rule` says which); a single
#   surname that the article never gives in full stays `unknown`.
# * One outlet (Wikinews) and a small number of articles a month: treat month-to-month
#   movement inside the intervals as noise.

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
# # 02 · Sourcing: who speaks, and how much
#
# A news article is built from voices: the journalist's own narration, **direct
# quotations** ("…," said X) and **reported speech** (X said that …). This notebook
# asks of the seed article:
#
# * Who is quoted or paraphrased, and how many words does each source get?
# * Are the sources officials, experts, witnesses, or unnamed?
# * Which verbs introduce them: the neutral "said", or verbs that judge, such as
#   "claimed", "denied", "admitted", "confirmed"?
#
# **How far to trust these labels.** mediakit finds who speaks by rules (see the `rule`
# and `type_rule` columns). On 40 hand-annotated articles from several newsrooms it
# names the right speaker for 93% of quotations and the right source for 83% of
# attributed sentences; on PolNeAR's US political news it finds about two thirds of the
# attributions annotators mark, so some claims stay labelled as narration. The figures,
# the commands that measure them and the known errors are in the section "How accurate
# is it?" of mediakit's README.
# Check the highlighted article below against your own reading.

# %%
import mediakit
import pandas as pd

pd.set_option("display.max_colwidth", 70)

# %%
# NBVAL_CHECK_OUTPUT
a = mediakit.analyze(mediakit.seed_path())
print("date:", a.metadata.date, "| words:", a.words)

# %% [markdown]
# ## The article with its voices highlighted
#
# Displaying an analysis shows the article with every span marked: a coloured
# mark with a small label where the span ends: QUOTE (direct quotation),
# REPORTED (reported speech), SOURCE (who speaks), CUE ("said", "according to"),
# EMOTIVE, HEDGE, BOOSTER and BOILERPLATE. Hover over a mark to see the rule or
# list entry that made it. Each kind has one colour, the same in the plots below.

# %%
display(a)

# %% [markdown]
# All layers at once are a lot to read. `a.show(layers=[...])` marks only the
# layers you choose; here, the four that matter for sourcing.

# %%
a.show(layers=["quote", "reported", "source", "cue"])

# %% [markdown]
# ## How much of the article is in each voice?
#
# **What the plot shows.** The share of the article's words that are direct
# quotation, reported content, attribution frame (the "X said" part), the
# journalist's narration, and boilerplate (captions, "Play video" ...). Each word is in
# exactly one voice, so the bar adds up to 1.
#
# **Its limits.** A word in reported speech is the journalist's paraphrase of a
# source, not the source's own words.

# %%
ax = mediakit.plot_voices(a)

# %% [markdown]
# ## Who speaks, and how much
#
# `source_table()` has one row per source (mentions of the same person or body are
# merged), with the words quoted directly and the words reported.

# %%
sources = a.source_table()
sources[
    ["name", "type", "attributions", "direct_words", "reported_words", "mentions", "type_rule"]
]

# %% [markdown]
# **What the plot shows.** For each source, the words given in direct quotation
# (sand, as QUOTE above) and in reported speech (light blue, as REPORTED above).
#
# **Its limits.** Word counts measure room on the page, not importance: a single
# short quotation in the headline can frame a whole story.

# %%
ax = mediakit.plot_sources(a)

# %% [markdown]
# ## Source types, named and anonymous
#
# Each source gets a type from mediakit's rules (official, police/emergency,
# military, expert, witness, media, social media, anonymous ...). "Officials said"
# is an **anonymous** attribution: the reader cannot check who spoke.

# %%
ax = mediakit.plot_source_types(a)

# %%
attributions = a.attribution_table()
story = attributions[~attributions["in_boilerplate"].astype(bool)]
named = story["source_type"].ne("anonymous") & story["source_name"].notna()
counts = pd.DataFrame(
    {"attributions": [len(story), int(named.sum()), int((~named).sum())]},
    index=["all (outside boilerplate)", "named", "anonymous or unnamed"],
)
counts["share"] = counts["attributions"] / len(story)
counts.style.format({"share": "{:.0%}"}).bar(subset=["share"], vmin=0, vmax=1, color="#b9d4ea")

# %% [markdown]
# The metric `anonymous_attribution_share` counts only the attributions whose source
# type is `anonymous` ("officials said"); a source with no name found is unnamed but not
# always anonymous.

# %%
print(f"anonymous_attribution_share: {a.metrics['anonymous_attribution_share']:.1%}")

# %% [markdown]
# ## Cue verbs: "said" or "claimed"?
#
# "Said" is the neutral default of news writing. Other cues carry the reporter's
# judgement: "claimed" and "alleged" distance the reporter from the claim, "admitted"
# implies a fault, "confirmed" lends it weight, "denied" sets up a dispute. The
# `cue_kind` column groups cues (speech, according to, evidence such as "video
# shows", cognition such as "hoped" ...).
#
# **Its limits.** Cues are matched from a list; a cue the list lacks is missed, and
# the same verb can be neutral in one sentence and loaded in another.

# %%
ax = mediakit.plot_cues(a)

# %%
story[["sentence", "cue_lemma", "cue_kind", "source_name", "source_type", "cue", "source"]]

# %% [markdown]
# ## Direct quotations and their speakers

# %%
a.quote_table()[["text", "words", "source_name"]]

# %% [markdown]
# ## To try
#
# * Find an attribution that mediakit missed or got wrong in the highlighted
#   article. Which rule would have to change?
# * Who gets the most words? Who is talked *about* but never quoted?
# * Exercise `exercises/01_find_the_sources.ipynb` asks you to classify the sources
#   of a practice article yourself.

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
# # 04 · Check the coder: your coding, a classmate's, and mediakit's
#
# mediakit labels every sentence of an article with a **voice** (direct quotation,
# reported speech, a mix, or the journalist's narration) and a **source** (who speaks).
# Researchers do not take an automatic coder on trust: they code a sample by hand,
# compare, and report how far the coders agree before they use it on a whole corpus.
# This notebook does that on two of mediakit's invented practice articles (a wire report
# and a tabloid report of the same footbridge collapse):
#
# 1. mediakit writes a **coding sheet**: one row per sentence, prefilled with its labels;
# 2. two students code the same sentences (their codings are typed in below);
# 3. we measure agreement: **percent agreement**, **Cohen's kappa** (two coders) and
#    **Krippendorff's alpha** (any number of coders, missing values allowed): 1 is
#    perfect agreement, 0 is what chance alone would give;
# 4. we read the sentences where the coders differ, and discuss who is right.
#
# The statistics and the sheet's columns are explained in `docs/agreement.md`; on the
# command line the same is `mediakit export ... -o sheet.csv`, `mediakit agree A.csv B.csv`.

# %%
import mediakit
import pandas as pd

pd.set_option("display.max_colwidth", 90)
practice = [p for p in mediakit.seed_paths() if "practice" in p.name][:2]
names = [p.name for p in practice]
machine = mediakit.coding_sheet(practice, names=names)
machine[["article", "sentence", "text", "voice", "source", "cue"]].head(8)

# %% [markdown]
# ## Two students code the sentences
#
# Each student read both articles and gave every sentence a voice and a source, using
# the definitions in `docs/metrics.md` (a sentence takes a voice when at least 75% of its
# words, leaving out the source and the verb of saying, are in it; otherwise it is
# *mixed*). Student A's coding is the one the mediakit team did by hand for these
# articles (`devset/practice_coding.csv`); student B's differs from A's in a few places
# (invented for this exercise). A `?` would mean "not coded": such a cell is a missing
# value and is left out of the agreement, not counted as a disagreement.

# %%
voices_a = [
    "narration", "reported", "reported", "narration", "narration", "direct", "reported",
    "reported", "reported", "direct", "reported", "reported", "reported", "narration",
    "narration",  # the wire report, 15 sentences
    "narration", "narration", "narration", "direct", "direct", "narration", "direct",
    "direct", "direct", "reported", "direct", "mixed", "reported", "reported", "direct",
    "narration", "mixed", "narration", "direct", "direct", "narration", "reported",
]  # the tabloid report, 22 sentences
sources_a = [
    "", "county fire service", "hospital spokeswoman", "", "", "Lena Marsh", "Lena Marsh",
    "Harwick Borough Council", "Priya Raman", "Priya Raman", "Police", "David Okafor",
    "Harwick Borough Council", "", "",
    "", "", "", "Tom Ellery", "Tom Ellery", "", "Kerry Dale", "Kerry Dale", "Kerry Dale",
    "locals", "Arthur Bell", "Arthur Bell", "council bosses", "Priya Raman", "Priya Raman",
    "", "Lena Marsh", "", "Amira Yusuf", "Amira Yusuf", "", "Police",
]
student_a = machine.assign(voice=voices_a, source=sources_a)

# Student B: the same, but for these sentences (row number: voice, source)
b_changes = {
    3: ("reported", "hospital spokeswoman"),  # 'The others were treated at the scene ...'
    20: ("mixed", "Kerry Dale"),  # 'Mum-of-three Kerry Dale sobbed as she described ...'
    26: ("direct", "Arthur Bell"),  # '... fumed pensioner Arthur Bell, 71, who has lived ...'
    31: ("reported", "Lena Marsh"),  # '... praised her crews, who she said had pulled ...'
    24: ("reported", "furious locals"),  # 'Furious locals claimed ...'
}
student_b = student_a.copy()
for row, (voice, source) in b_changes.items():
    student_b.loc[row, ["voice", "source"]] = [voice, source]

# %% [markdown]
# ## How far do the students agree?

# %%
# NBVAL_CHECK_OUTPUT
mediakit.agreement(student_a, student_b, fields=["voice", "source"]).round(3)

# %% [markdown]
# Percent agreement is high, but kappa and alpha are lower: some of that agreement is
# what two coders would reach by chance, because most sentences are narration or
# reported speech. Now add mediakit as a third coder; alpha takes all three at once.

# %%
# NBVAL_CHECK_OUTPUT
pairs = {
    "A and B": (student_a, student_b),
    "A and mediakit": (student_a, machine),
    "B and mediakit": (student_b, machine),
}
table = pd.concat(
    {k: mediakit.agreement(*v, fields=["voice", "source"]) for k, v in pairs.items()},
    names=["coders"],
).reset_index(level=0)
all_three = mediakit.agreement(student_a, student_b, machine, fields=["voice", "source"])
print(table[["coders", "field", "cohen_kappa", "percent"]].round(3).to_string(index=False))
print()
print("all three coders:")
print(all_three[["field", "krippendorff_alpha", "percent"]].round(3).to_string(index=False))

# %% [markdown]
# ## Where does mediakit differ from student A?
#
# The confusion matrix counts sentences by A's voice (rows) and mediakit's (columns):
# everything off the diagonal is a disagreement.

# %%
# NBVAL_CHECK_OUTPUT
mediakit.confusion(student_a, machine, "voice", names=("student A", "mediakit"))

# %%
differ = student_a["voice"] != machine["voice"]
pd.DataFrame(
    {
        "text": student_a["text"],
        "student A": student_a["voice"],
        "mediakit": machine["voice"],
        "mediakit's source": machine["source"],
        "mediakit's cue": machine["cue"],
    }
)[differ]

# %% [markdown]
# ## Discuss
#
# * **"Organisers had expected up to 12,000 visitors."** mediakit reads *expected* as a
#   verb of thinking, so the sentence becomes the organisers' reported view. Student A
#   read it as the reporter's narration. Which reading fits the article? Would a
#   different verb ("Organisers said they expected ...") settle it?
# * **"Shocked fairgoers last night demanded answers."** A verb of saying with no
#   content: is a demand reported speech? The two coders follow different rules, and
#   both can defend theirs; a coding scheme must say which one it uses.
# * **"... fumed pensioner Arthur Bell, 71, who has lived in Harwick all his life."**
#   The quotation is short and the description of the speaker long. Count the words:
#   is the sentence direct quotation, or mixed?
# * For the sources, compare "Furious locals" (mediakit) and "locals" (student A): is
#   that a disagreement about *who* speaks, or only about how to write the name? A coding
#   scheme has to decide this before the agreement means anything. (mediakit already
#   leaves a descriptor or role before a name out of it: "Mum-of-three Kerry Dale" is
#   "Kerry Dale".)
#
# **Your turn.** Export a sheet for another practice article (`mediakit.coding_sheet`),
# code its sentences yourself, and compare with a classmate and with mediakit. In a
# spreadsheet: `mediakit export ARTICLE.txt -o mine.csv`, correct the `voice` and
# `source` columns, then `mediakit agree mine.csv theirs.csv` and
# `mediakit evaluate sheet mine.csv`.

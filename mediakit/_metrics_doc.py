"""The reference for every summary metric: definition, unit, direction, empty text, source.

``docs/metrics.md`` is generated from this table (``python -m mediakit._metrics_doc``)
and a test checks that the two agree and that every metric is documented.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COUNT_METRICS", "METRICS", "MetricDoc", "render_markdown"]


@dataclass(frozen=True, slots=True)
class MetricDoc:
    definition: str
    unit: str
    direction: str  # what a higher value means
    empty: str  # what an article with no (story) words gives
    reference: str


_STORY = "Story words are all words except boilerplate."
_VOICE_REF = (
    "Voices follow the attribution model of Pareti (2016), 'PARC 3.0', LREC, and "
    "Newell et al. (2018), 'PolNeAR', LREC."
)
_VADER = "Hutto & Gilbert (2014), 'VADER', ICWSM; mediakit's own re-implementation."
_HYLAND = "Hyland (2005), 'Metadiscourse', Continuum; mediakit's own lists."

#: The metrics that are whole counts (``int``); every other metric is a ``float`` (or
#: ``None`` where the docs say an empty text has none).
COUNT_METRICS = frozenset(
    """words story_words sentences story_sentences paragraphs boilerplate_paragraphs quotes
    attributions sources exclamations""".split()
)

METRICS: dict[str, MetricDoc] = {
    "words": MetricDoc(
        "Words in the article body (after any metadata prefix), boilerplate included.",
        "words",
        "longer article",
        "0",
        "mediakit word rule: letters/digits with inner ' ’ -; 1,684 and U.S. are one word.",
    ),
    "story_words": MetricDoc(
        "Words not in boilerplate. " + _STORY, "words", "longer story", "0", "as words"
    ),
    "sentences": MetricDoc(
        "Sentences in the body, boilerplate included.",
        "sentences",
        "more sentences",
        "0",
        "mediakit sentence splitter",
    ),
    "story_sentences": MetricDoc(
        "Sentences that are not boilerplate.",
        "sentences",
        "more sentences",
        "0",
        "mediakit sentence splitter",
    ),
    "paragraphs": MetricDoc(
        "Non-blank lines of the body.", "paragraphs", "more paragraphs", "0", "—"
    ),
    "boilerplate_paragraphs": MetricDoc(
        "Paragraphs flagged as page furniture (players, captions, promotions, read-more links).",
        "paragraphs",
        "more furniture",
        "0",
        "Rules in mediakit/data/boilerplate.tsv; idea from CleanEval (Baroni et al. 2008).",
    ),
    "direct_share": MetricDoc(
        "Share of all body words inside quotation marks.",
        "fraction 0–1",
        "more of the article is sources' own words",
        "null",
        _VOICE_REF,
    ),
    "reported_share": MetricDoc(
        "Share of all body words in attributed, paraphrased content (not in quotation marks).",
        "fraction 0–1",
        "more paraphrase of sources",
        "null",
        _VOICE_REF,
    ),
    "frame_share": MetricDoc(
        "Share of all body words in attribution frames (the source and "
        "the cue, e.g. 'Ukrainian authorities said').",
        "fraction 0–1",
        "more words spent saying who said what",
        "null",
        _VOICE_REF,
    ),
    "narration_share": MetricDoc(
        "Share of all body words in the reporter's own voice.",
        "fraction 0–1",
        "more unattributed narration",
        "null",
        _VOICE_REF,
    ),
    "boilerplate_share": MetricDoc(
        "Share of all body words in boilerplate. The five shares sum to 1.",
        "fraction 0–1",
        "more page furniture",
        "null",
        "as boilerplate_paragraphs",
    ),
    "quotes": MetricDoc(
        "Direct quotations outside boilerplate (a quote broken by its cue counts twice).",
        "quotations",
        "more quoting",
        "0",
        "mediakit quote finder",
    ),
    "attributions": MetricDoc(
        "Attribution relations (source–cue–content) outside boilerplate.",
        "relations",
        "more attributed material",
        "0",
        _VOICE_REF,
    ),
    "attributions_per_1000_words": MetricDoc(
        "attributions / story words × 1000.",
        "per 1,000 words",
        "denser sourcing",
        "null",
        "PolNeAR averages about 32 (Newell et al. 2018).",
    ),
    "attributed_sentence_share": MetricDoc(
        "Share of story sentences holding a direct quote, "
        "reported content or an attribution frame.",
        "fraction 0–1",
        "more sentences carry a source",
        "null",
        _VOICE_REF,
    ),
    "sources": MetricDoc(
        "Distinct canonical sources of the story's attributions.",
        "sources",
        "more voices",
        "0",
        "mediakit source canonicalisation",
    ),
    "anonymous_attribution_share": MetricDoc(
        "Share of attributions whose source type is "
        "anonymous ('officials', 'sources', 'a senior "
        "official who asked not to be named').",
        "fraction 0–1",
        "more anonymous sourcing",
        "null (also when there are no attributions)",
        "Duffy & Williams (2011) on anonymous sourcing.",
    ),
    "speech_cue_share": MetricDoc(
        "Share of attributions whose cue is a speech verb (said, "
        "told, claimed ...) rather than cognition, 'according to', "
        "evidence or a passive frame.",
        "fraction 0–1",
        "more attribution to things said",
        "null (also when there are no attributions)",
        "Cue kinds in mediakit/data/cues.tsv.",
    ),
    "emotive_sentence_share": MetricDoc(
        "Share of story sentences whose emotive intensity is at "
        "least EMOTIVE_THRESHOLD (see docs/emotive.md).",
        "fraction 0–1",
        "more charged sentences",
        "null",
        _VADER,
    ),
    "mean_compound": MetricDoc(
        "Mean VADER compound over story sentences (scored one sentence at a time).",
        "−1 to 1",
        "more positive wording and topic",
        "null",
        _VADER,
    ),
    "mean_abs_compound": MetricDoc(
        "Mean |VADER compound| over story sentences.",
        "0 to 1",
        "more polarised wording and topic, either sign",
        "null",
        _VADER,
    ),
    "mean_emotive_intensity": MetricDoc(
        "Mean emotive intensity over story sentences.",
        "0 to 1",
        "more charged wording, either sign",
        "null",
        "docs/emotive.md",
    ),
    "narration_mean_abs_compound": MetricDoc(
        "Mean |compound| over sentences in the narrator's voice.",
        "0 to 1",
        "a more emotive narrator",
        "null (also when no narration sentences)",
        _VADER,
    ),
    "direct_mean_abs_compound": MetricDoc(
        "Mean |compound| over sentences that are direct quotation.",
        "0 to 1",
        "more emotive quotations",
        "null (also when no direct sentences)",
        _VADER,
    ),
    "emotive_words_per_1000_words": MetricDoc(
        "Words with a VADER lexicon valence (after rules) per 1,000 story words.",
        "per 1,000 words",
        "more emotive vocabulary",
        "null",
        _VADER,
    ),
    "exclamations": MetricDoc(
        "Exclamation marks in story sentences.", "marks", "more exclamation", "0", _VADER
    ),
    "hedges_per_1000_words": MetricDoc(
        "Hedges (could, alleged, not immediately clear ...) per 1,000 story words.",
        "per 1,000 words",
        "more tentative or distanced claims",
        "null",
        _HYLAND,
    ),
    "boosters_per_1000_words": MetricDoc(
        "Boosters (clearly, undoubtedly ...) per 1,000 story words.",
        "per 1,000 words",
        "more emphatic certainty",
        "null",
        _HYLAND,
    ),
    "flesch_reading_ease": MetricDoc(
        "206.835 − 1.015 × words/sentence − 84.6 × syllables/word, on story text; rounded to 0.01.",
        "score (about 0–100)",
        "EASIER to read",
        "null",
        "Flesch (1948); syllables by textstat 0.7.8 (CMU dictionary, else pyphen).",
    ),
    "flesch_kincaid_grade": MetricDoc(
        "0.39 × words/sentence + 11.8 × syllables/word − 15.59.",
        "US school grade",
        "harder to read",
        "null",
        "Kincaid et al. (1975).",
    ),
    "gunning_fog": MetricDoc(
        "0.4 × (words/sentence + 100 × words of 3+ syllables / words).",
        "years of schooling",
        "harder to read",
        "null",
        "Gunning (1952).",
    ),
    "smog_index": MetricDoc(
        "1.043 × √(30 × words of 3+ syllables / sentences) + 3.1291.",
        "years of schooling",
        "harder to read",
        "null",
        "McLaughlin (1969).",
    ),
    "coleman_liau_index": MetricDoc(
        "0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8.",
        "US school grade",
        "harder to read",
        "null",
        "Coleman & Liau (1975).",
    ),
    "automated_readability_index": MetricDoc(
        "4.71 × letters/word + 0.5 × words/sentence − 21.43.",
        "US school grade",
        "harder to read",
        "null",
        "Senter & Smith (1967).",
    ),
}


def render_markdown() -> str:
    """The text of docs/metrics.md."""
    lines = [
        "# Metric reference",
        "",
        "<!-- generated by `python -m mediakit._metrics_doc > docs/metrics.md`; "
        "edit mediakit/_metrics_doc.py -->",
        "",
        "Every summary metric in `Analysis.metrics`, `Analysis.summary()` and the JSON "
        '`"metrics"` object. Shares are of **all body words** (the five voice shares sum to '
        "1); rates per 1,000 words and sentence shares are of **story** text (boilerplate "
        "excluded). An article with no words gives the value in the *Empty text* column "
        "(`null` in JSON, `None` in Python); the command line refuses an empty article with "
        "exit code 2.",
        "",
        "| Metric | Definition | Unit | Higher means | Empty text | Reference |",
        "|---|---|---|---|---|---|",
    ]
    for name, d in METRICS.items():
        cells = [f"`{name}`", d.definition, d.unit, d.direction, d.empty, d.reference]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(render_markdown())

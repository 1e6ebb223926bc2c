"""The structure rules: their names and the words the explanation gives for them."""

from __future__ import annotations

_RULE_WORDS = {
    "X_said_content": "the source comes before the cue and the content after it",
    "X_said_colon_next_paragraph": "the cue ends with a colon and the quote opens the next"
    " paragraph",
    "content_comma_X_said": "the content comes first, then a comma and 'X <cue>'",
    "content_comma_said_X": "the content comes first, then a comma and '<cue> X' (inverted)",
    "content_according_to_X": "the content comes first, then 'according to X'",
    "according_to_X_content": "'according to X' comes first, then the content",
    "passive_by_X": "a passive frame: the content, then '<cue> by X'",
    "coordinated_verb": "a second verb coordinated with an earlier cue of the same source",
    "participle_clause": "a participle clause (', saying ...') sharing the subject of an"
    " earlier cue",
    "participle_clause_subject": "a participle clause (', saying ...'); the source is the"
    " subject of the main verb, which is no cue",
    "coordinated_verb_subject": "a verb coordinated ('... and said ...') with a main verb"
    " that is no cue; the source is the clause's subject",
    "no_source_found": "a speech cue whose subject could not be delimited",
    "embedded_tweet": "an embedded tweet: its author is the source, its text the content",
}

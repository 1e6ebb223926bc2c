"""The structure rules: the one table that lists them.

Every attribution names the structure rule that found it (``Attribution.rule``,
and in words in ``Attribution.explanation``).  This module is the one place the
rules are listed: the engine emits a rule only as an object of :data:`RULES`
(``RULES.X_said_content``), never as a string of its own, and
``tests/test_attribution_rules.py`` checks that every rule has a description
and that its example, analysed, gives an attribution with that rule.

Where each rule is tried (``Rule.step``):

* ``tweets`` -- before any cue: each embedded tweet is an attribution
  (``mediakit/_attribution/_assemble.py``);
* ``pass 1`` -- frames whose content comes *before* the cue, tried per sentence
  right to left ("according to" first) (``_structures.py``, ``_before_cue``);
* ``pass 2`` -- "X said (that) ..." and the verbs that share its source, tried
  left to right on the cues pass 1 left (``_structures.py``, ``_after_cue``);
* ``frames`` -- a sentence with no relation that opens with a document frame ("In a
  CNN poll, ...") (``_frames.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """One structure rule."""

    name: str  # as in ``Attribution.rule``
    description: str  # one line: the structure in words
    example: str  # a short text on which the engine emits this rule
    step: str  # "tweets", "pass 1", "pass 2" or "frames" (see the module docstring)


class RuleTable:
    """The structure rules, in the order the engine tries them; see :data:`RULES`."""

    __slots__ = ()

    embedded_tweet = Rule(
        "embedded_tweet",
        "an embedded tweet: its author is the source, its text the content",
        'Trump wrote: <tweet id="1" author="@realDonaldTrump" datetime="2016">'
        "The vote is rigged!</tweet>",
        "tweets",
    )
    content_according_to_X = Rule(
        "content_according_to_X",
        "the content comes first, then 'according to X'",
        "The city is still under control, according to officials, but fighting broke out.",
        "pass 1",
    )
    according_to_X_content = Rule(
        "according_to_X_content",
        "'according to X' comes first, then the content",
        "According to the local police, three people were arrested overnight.",
        "pass 1",
    )
    passive_by_X = Rule(
        "passive_by_X",
        "a passive frame: the content, then '<cue> by X'",
        "Heavy casualties have been reported by witnesses in the city.",
        "pass 1",
    )
    content_comma_said_X = Rule(
        "content_comma_said_X",
        "the content comes first, then a comma and '<cue> X' (inverted)",
        '"The numbers are worrying," said Professor Mark Ellis, an economist.',
        "pass 1",
    )
    quote_then_said_X = Rule(
        "quote_then_said_X",
        "a quote ends the sentence before; this one opens with '<cue> X' (inverted)",
        '"Why now?" Asked the mayor.',
        "pass 1",
    )
    quote_then_X_said = Rule(
        "quote_then_X_said",
        "a quote ends the sentence before; this one is 'X <cue>' and a short tail",
        '"Is that all there is?" Trump said.',
        "pass 1",
    )
    content_comma_X_said = Rule(
        "content_comma_X_said",
        "the content comes first, then a comma and 'X <cue>'",
        '"We will not retreat," the army commander said.',
        "pass 1",
    )
    X_said_content = Rule(
        "X_said_content",
        "the source comes before the cue and the content after it",
        "The interior minister Anna Kovalenko said that the bridge would reopen on Friday.",
        "pass 2",
    )
    passive_agent_content = Rule(
        "passive_agent_content",
        "a passive cue with its agent, then the content: 'X was told by Y that ...': Y is "
        "the source",
        "Reporters were told by the minister that the talks would resume.",
        "pass 2",
    )
    said_X_colon = Rule(
        "said_X_colon",
        "a sentence that opens with the cue, then its source and a colon: 'Says X: ...'",
        'Said the mayor: "We are ready for the storm."',
        "pass 2",
    )
    no_source_found = Rule(
        "no_source_found",
        "a speech cue whose subject could not be delimited",
        "Asked if the plan would work, the mayor said it would.",
        "pass 2",
    )
    participle_clause = Rule(
        "participle_clause",
        "a participle clause (', saying ...') sharing the subject of an earlier cue",
        "The mayor said the bridge was safe, adding that repairs would start soon.",
        "pass 2",
    )
    participle_clause_subject = Rule(
        "participle_clause_subject",
        "a participle clause (', saying ...'); the source is the subject of the main verb,"
        " which is no cue",
        "Trump returned the compliment, telling Reuters that they were friends.",
        "pass 2",
    )
    coordinated_verb = Rule(
        "coordinated_verb",
        "a second verb coordinated with an earlier cue of the same source",
        "Ukraine said the first round had ended, but hoped for more talks.",
        "pass 2",
    )
    coordinated_verb_subject = Rule(
        "coordinated_verb_subject",
        "a verb coordinated ('... and said ...') with a main verb that is no cue; the source"
        " is the clause's subject",
        "The mayor visited the site and said the bridge was safe.",
        "pass 2",
    )
    X_relative_said = Rule(
        "X_relative_said",
        "the main verb after a relative or participle clause with a cue of its own ('X, who"
        " said A, said B', 'X, citing A, reported B'): the source is the noun phrase before"
        " that clause",
        "Podesta, who said the project was vetted, said he was unaware of any dispute.",
        "pass 2",
    )
    X_said_colon_next_paragraph = Rule(
        "X_said_colon_next_paragraph",
        "the cue ends with a colon and the quote opens the next paragraph",
        'Mr Smith, a spokesman for the ministry, added:\n\n"There is no alternative."',
        "pass 2",
    )
    document_frame = Rule(
        "document_frame",
        "a sentence opening 'In' + a document (poll, report, statement, interview) and no"
        " cue of its own: the document is the source of the rest of the sentence",
        "In a situational report of the council, the tremor damaged 143 buildings.",
        "frames",
    )


RULES = RuleTable()
"""The rule table: ``RULES.<name>`` is the :class:`Rule` of that name."""

ALL_RULES: tuple[Rule, ...] = tuple(r for r in vars(RuleTable).values() if isinstance(r, Rule))
"""Every rule of :data:`RULES`, in table order."""

for _name, _rule in vars(RuleTable).items():
    if isinstance(_rule, Rule) and _rule.name != _name:
        raise AssertionError(f"RULES.{_name} is named {_rule.name!r}")

# What ``Attribution.explanation`` says after a rule's name.
RULE_WORDS = {r.name: r.description for r in ALL_RULES}

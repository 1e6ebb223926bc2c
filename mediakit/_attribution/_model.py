"""The records: :class:`Attribution` (the output), :class:`CueEntry` (a lexicon entry),
and the internal ``_Cue`` (a cue found in the text) and ``_Found`` (a relation
found by a structure rule, before the invariant is enforced)."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit._attribution._rules import RULE_WORDS, Rule
from mediakit._spans import Span


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation: a source, a cue and the content attributed.

    ``source``/``cue`` may be ``None`` (a coordinated verb has no source span of
    its own; a free-standing quote has no cue).  ``content`` pieces are in text
    order.  ``kind`` is "direct" (all content is quoted), "indirect" (no quote
    marks) or "mixed".  ``cue_kind`` is one of speech, stance, cognition,
    according_to, evidence, passive.  ``rule`` is the structure rule;
    ``source_type_rule`` the rule that typed the source.  The ``explanation``
    property says all of this in words.  ``source_resolved_from`` is the mention a pronoun
    source was resolved to.
    """

    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    kind: str  # "direct" | "indirect" | "mixed"
    cue_kind: str | None
    cue_lemma: str | None
    sentence: int
    source_name: str | None
    source_type: str
    source_type_rule: str
    rule: str
    quotes: tuple[int, ...]
    in_boilerplate: bool
    source_resolved_from: str | None = None

    @property
    def explanation(self) -> str:
        """The attribution in words: cue entry, source and its type rule, structure rule."""
        parts = []
        if self.cue is not None:
            parts.append(
                f"cue '{self.cue.text}' (lexicon entry '{self.cue_lemma}', {self.cue_kind})"
            )
        if self.source is not None:
            name = self.source_name
            parts.append(
                f"source '{self.source.text}'"
                + (f" = {name}" if name and name != self.source.text else "")
            )
        elif self.source_name:
            parts.append(f"source {self.source_name} (no span of its own)")
        parts.append(f"type {self.source_type} by rule {self.source_type_rule}")
        parts.append(f"structure {self.rule}: {RULE_WORDS.get(self.rule, self.rule)}")
        parts.append(f"content is {self.kind}")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One entry of ``data/cues.tsv``."""

    lemma: str
    kind: str
    strict: bool


@dataclass(slots=True)
class _Cue:
    start: int  # including auxiliaries
    verb: int  # start of the lexicon form
    end: int
    entry: CueEntry
    form: str
    # the form's shape, asked for by several rules (see ``_cue_forms``)
    ing: bool  # ends with "ing"
    by: bool  # ends with " by"
    prep: bool  # ends with "ing" or a preposition: never closes a "..., X said."


@dataclass(slots=True)
class _Found:
    source: tuple[int, int] | None
    cue: _Cue | None
    content: list[tuple[int, int]]
    quotes: list[int]
    rule: Rule
    sentence: int
    inherited_from: int | None = None  # index of the attribution whose source is shared

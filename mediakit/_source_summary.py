"""The sources of one article: each canonical source with the words it is given, its
kind and (for a person) its gender, read from the attributions of the story."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from mediakit._source_kinds import source_profile
from mediakit._spans import Span
from mediakit._voices import CODE

if TYPE_CHECKING:
    from mediakit._analysis import Analysis
    from mediakit._attribution import Attribution

__all__ = ["SourceSummary", "source_summaries"]


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One source (a canonical person or body) and the words it is given."""

    name: str
    type: str
    type_rule: str
    mentions: int
    attributions: int
    direct_words: int
    reported_words: int
    #: person, organisation, group, document or unknown (docs/sources.md), and its rule
    kind: str = "unknown"
    kind_rule: str = "unknown:no_rule"
    #: female, male or unknown for a person; ``None`` for other kinds
    gender: str | None = None
    gender_rule: str | None = None
    #: the words of the article that give the gender (``None`` when none do)
    gender_evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        ev = self.gender_evidence
        return {
            "name": self.name,
            "type": self.type,
            "type_rule": self.type_rule,
            "mentions": self.mentions,
            "attributions": self.attributions,
            "direct_words": self.direct_words,
            "reported_words": self.reported_words,
            "kind": self.kind,
            "kind_rule": self.kind_rule,
            "gender": self.gender,
            "gender_rule": self.gender_rule,
            "gender_evidence": None if ev is None else ev.to_dict(),
        }


def source_summaries(an: Analysis) -> list[SourceSummary]:
    """One summary per canonical source of the story (boilerplate left out), most words
    first; the people of the article (``an.people``) give a person's gender."""
    groups: dict[str, list[Attribution]] = {}
    for a in an._story_attributions:
        name = a.source_name or "(unnamed source)"
        groups.setdefault(name, []).append(a)
    out = []
    for name, atts in groups.items():
        direct, reported = _voice_words(an, [c for a in atts for c in a.content])
        types: dict[tuple[str, str], int] = {}
        for a in atts:
            key = (a.source_type, a.source_type_rule)
            types[key] = types.get(key, 0) + 1
        # the first of the most frequent, as Counter.most_common(1) picks it
        stype, rule = max(types.items(), key=itemgetter(1))[0]
        at = [a.source for a in atts if a.source is not None]
        s = SourceSummary(name, stype, rule, len(at), len(atts), direct, reported)
        profile = source_profile(s, [x.text for x in at], an._people_by_name, an.text, at)
        # the summary with its profile, made at once (dataclasses.replace rebuilds it
        # field by field by name: a tenth of the sources' time)
        out.append(SourceSummary(name, stype, rule, len(at), len(atts), direct, reported, *profile))
    out.sort(key=lambda s: (-(s.direct_words + s.reported_words), -s.attributions, s.name))
    return out


_DIRECT = CODE["direct"]
_REPORTED = CODE["reported"]


def _voice_words(an: Analysis, spans: Sequence[Span]) -> tuple[int, int]:
    """The direct and the reported words that start inside each of ``spans`` (a word
    counted once for each span it starts in), as ``an._words_in`` counts them."""
    starts, codes = an._starts, an._codes
    seg = b"".join(
        [codes[bisect_left(starts, c.start) : bisect_left(starts, c.end)] for c in spans]
    )
    return seg.count(_DIRECT), seg.count(_REPORTED)

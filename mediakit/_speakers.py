"""What the attribution layer says about whom a pronoun of the narrator means.

Two readings, both from the attributions found before the people are read
(:mod:`mediakit._gender_pronouns` uses them):

* a pronoun source the sources' resolution gave to someone ("..., she said": the latest
  earlier source whose words fit, :class:`mediakit._sources.SourceResolver`);
* the subject pronoun that opens what a named speaker says ("Mark Kelly said he was
  pleased", "Ms Ruiz told reporters that she would appeal"): the reported clause's
  subject is the speaker, as readers take it, unless the sentence before names someone
  else whom the pronoun could mean.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mediakit._names import _name_gender

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["Speakers", "sole_candidate"]

#: The cue kinds whose content is a clause of the speaker's (not "according to").
_CLAUSE_CUES = frozenset({"speech", "cognition", "stance"})
#: A subject pronoun's gender as :func:`mediakit._names._name_gender` writes it.
_SUBJECTS = {"he": "m", "she": "f"}
_OTHER = {"m": "f", "f": "m"}


def _not_shown(name: str) -> str | None:
    """No one's gender is shown (the default of :func:`sole_candidate`)."""
    return None


class Speakers:
    """The two readings of one article's attributions (see the module's doc)."""

    def __init__(self, an: Analysis) -> None:
        text = an.text
        self._resolved: dict[int, str] = {}
        #: where a reported clause opens (its first word, or the word after its "that")
        #: -> the span of its speaker, named before the cue
        self._reporter: dict[int, tuple[int, int]] = {}
        for a in an.attributions:
            src = a.source
            if src is None:
                continue
            if a.source_resolved_from is not None and a.source_name:
                self._resolved[src.start] = a.source_name
            elif (
                a.content
                and a.cue is not None
                and a.cue_kind in _CLAUSE_CUES
                and src.end <= a.cue.start < a.content[0].start
            ):
                at = a.content[0].start
                self._reporter[at] = (src.start, src.end)
                if text.startswith("that ", at):
                    self._reporter[at + 5] = (src.start, src.end)

    def agree(self, pos: int, name: str) -> bool:
        """The pronoun at ``pos`` is no source resolved to a person other than ``name``
        (a name sharing a word with it may be the same person: "Meerjady", "Meerjady
        Sabrina Flora")."""
        other = self._resolved.get(pos)
        return other is None or not set(other.split()).isdisjoint(name.split())

    def reporting_subject(
        self,
        pronoun: str,
        pos: int,
        here: list[tuple[int, str]],
        before: list[tuple[int, str]],
        shown: Callable[[str], str | None] = _not_shown,
    ) -> str | None:
        """The person whose words open with the subject pronoun ``pronoun`` at ``pos``:
        the only person ``here`` (its sentence's mentions) names before it, named in the
        source of an attribution whose reported clause opens there; ``None`` when it is
        no such pronoun, or when ``before`` (the mentions of the sentence before) names
        someone else whose given name does not rule the pronoun out ("Donald Trump
        spoke first. Hillary Clinton said he ...": he may be Trump; after "Jane Smith"
        it may not; nor after "Ms Jane Smith": ``shown``; :func:`sole_candidate`)."""
        gender = _SUBJECTS.get(pronoun)
        src = self._reporter.get(pos)
        if gender is None or src is None:
            return None
        names = {n for a, n in here if a < pos}
        if len(names) != 1:
            return None
        name = names.pop()
        if not any(src[0] <= a < src[1] for a, n in here if n == name):
            return None
        return name if sole_candidate(pronoun, name, before, shown) else None


def sole_candidate(
    pronoun: str,
    name: str,
    before: list[tuple[int, str]],
    shown: Callable[[str], str | None] = _not_shown,
) -> bool:
    """No one ``before`` (the mentions of the sentence before a subject pronoun) but
    ``name`` could be whom ``pronoun`` means: each other person's given name is of the
    other gender ("Jane Smith" for "he"), or a title or gendered noun ``shown`` them to
    be ("Ms Gwilym", "a mother of six": ``shown(name)`` gives ``"female"`` or
    ``"male"``, or None).  Given names only ever take evidence away here, never give it."""
    other = _OTHER[_SUBJECTS[pronoun]]
    other_shown = "female" if other == "f" else "male"
    return all(n == name or _name_gender(n) == other or shown(n) == other_shown for _a, n in before)

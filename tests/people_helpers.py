"""What the people tests read of an analysis, written once."""

from __future__ import annotations

from mediakit import analyze


def people_genders(text: str) -> dict[str, tuple[str, str | None]]:
    """Each named person of ``text``: their gender and the words of its evidence."""
    return {
        p.name: (p.gender, p.gender_evidence.text if p.gender_evidence else None)
        for p in analyze(text).people
    }


def source_kinds(text: str) -> dict[str, tuple[str, str]]:
    """Each source of ``text`` (a story body under a one-word headline): its kind and the
    rule that gave it."""
    return {s.name: (s.kind, s.kind_rule) for s in analyze("Story\n\n" + text).sources}

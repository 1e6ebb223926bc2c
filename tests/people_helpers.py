"""What the people tests read of an analysis, written once."""

from __future__ import annotations

from mediakit import analyze


def people_genders(text: str) -> dict[str, tuple[str, str | None]]:
    """Each named person of ``text``: their gender and the words of its evidence."""
    return {
        p.name: (p.gender, p.gender_evidence.text if p.gender_evidence else None)
        for p in analyze(text).people
    }

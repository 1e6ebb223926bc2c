"""Who else a pronoun may mean: the people an article shows to be women or men by a title
or a gendered noun ("Mrs Nakamura-Pryce", "his widow, Denise").

A he or she whose nearest candidate is one person is no evidence for that person when
another person, shown by a title or a noun to be of the pronoun's gender, was named
before it: the pronoun may mean that person, the article's subject as often as not ("Her
apprentice, Kofi Mensah-Boateng, ... said she had taught every part of the trade", in an
obituary of Mrs Nakamura-Pryce).  A gender is better left unknown than given wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mediakit._gender_evidence import _title_evidence

__all__ = ["ShownGenders"]


class ShownGenders:
    """The people of an article whose gender a title or a gendered noun before one of
    their mentions shows, with where it is first shown; read at the first question."""

    def __init__(
        self, text: str, spans: Mapping[str, Sequence[tuple[int, int]]], headline: int
    ) -> None:
        self._text = text
        self._spans = spans
        self._headline = headline
        self._first: dict[str, dict[str, int]] | None = None

    def _read(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for name, ss in self._spans.items():
            for a, b in ss:
                if a < self._headline:
                    continue
                got = _title_evidence(self._text, a, b)
                if got is not None:
                    seen = out.setdefault(name, {})
                    seen[got[0]] = min(a, seen.get(got[0], a))
        return out

    def other_before(self, name: str, gender: str, pos: int) -> bool:
        """The article's subject (the person mentioned most often; the first of them), if
        not ``name``, was shown to be of ``gender`` (``"female"`` or ``"male"``) by a title
        or a noun before ``pos``."""
        if self._first is None:
            self._first = self._read()
        subject = self._subject()
        if subject is None or subject == name:
            return False
        return self._first.get(subject, {}).get(gender, pos) < pos

    def _subject(self) -> str | None:
        real = [(n, ss) for n, ss in self._spans.items() if ss and n != "\x00"]
        if not real:
            return None
        return min(real, key=lambda item: (-len(item[1]), min(item[1])))[0]

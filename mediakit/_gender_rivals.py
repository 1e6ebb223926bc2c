"""Whom else a pronoun may mean: the article's subject, when a title or a gendered noun
shows that person to be a woman or a man ("Mrs Nakamura-Pryce", "his widow, Denise").

A he or she whose nearest candidate is one person is no evidence for that person when the
article's subject (the person mentioned most often; the first of them) is someone else and
was shown by a title or a noun to be of the pronoun's gender before it: the pronoun may
mean the subject ("Her apprentice, Kofi Mensah-Boateng, ... Mensah-Boateng said she had
taught every part of the trade", in an obituary of Mrs Nakamura-Pryce).  A gender is
better left unknown than given wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mediakit._gender_evidence import _title_evidence, mention_evidence

__all__ = ["ShownGenders"]


class ShownGenders:
    """Where the article's subject (the person mentioned most often; the first of them)
    is first shown to be a woman or a man by a title or a gendered noun before one of
    their mentions; read at the first question."""

    def __init__(
        self,
        text: str,
        spans: Mapping[str, Sequence[tuple[int, int]]],
        headline: int,
        shared: frozenset[str] = frozenset(),
    ) -> None:
        self._text = text
        self._spans = spans
        self._headline = headline
        self._shared = shared
        self._subject: str | None = None
        self._first: dict[str, int] | None = None
        self._shown: dict[str, str | None] = {}

    def _read(self) -> dict[str, int]:
        real = [(n, ss) for n, ss in self._spans.items() if ss and n != "\x00"]
        out: dict[str, int] = {}
        if not real:
            return out
        self._subject = min(real, key=lambda item: (-len(item[1]), min(item[1])))[0]
        for a, b in self._spans[self._subject]:
            if a >= self._headline:
                got = _title_evidence(self._text, a, b)
                if got is not None:
                    out[got[0]] = min(a, out.get(got[0], a))
        return out

    def other_before(self, name: str, gender: str, pos: int) -> bool:
        """The article's subject, if not ``name``, was shown to be of ``gender``
        (``"female"`` or ``"male"``) by a title or a noun before ``pos``."""
        if self._first is None:
            self._first = self._read()
        return self._subject != name and self._first.get(gender, pos) < pos

    def shown(self, name: str) -> str | None:
        """The gender (``"female"`` or ``"male"``) a title or a gendered noun at the
        mentions of ``name`` shows, when they show one only; else None.  A pronoun
        candidate shown to be of the other gender is no candidate ("Ms Gwilym"; "a
        mother of six" for "he").  A surname two people share shows no one's."""
        if name not in self._shown:
            genders = {
                e[1]
                for a, b in self._spans.get(name, ())
                if self._text[a:b] not in self._shared
                for e in mention_evidence(self._text, a, b)
                if e[2] != "pronoun"
            }
            self._shown[name] = genders.pop() if len(genders) == 1 else None
        return self._shown[name]

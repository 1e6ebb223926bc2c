"""Source resolution: each source's canonical name, pronoun resolution and type.

The work is :class:`mediakit._sources.SourceResolver`'s (names, pronouns, the
source-type rules of ``data/source_types.tsv``); this module feeds it the
sources of the relations as ``_finish`` keeps them, in text order, and gives a
relation with no source span of its own (a coordinated verb, a participle
clause) the source of the relation it shares it with.
"""

from __future__ import annotations

from mediakit._attribution._model import _Found
from mediakit._sources import SourceResolver
from mediakit.lexicons import Rows

# (source_name, source_type, source_type_rule, source_resolved_from)
_SourceInfo = tuple[str | None, str, str, str | None]

_NO_SOURCE: _SourceInfo = (None, "unknown", "no_source", None)


#: What a source's rule says when the relation shares the source of the first verb of
#: a coordination.
_SHARED = " (shared with the first verb of the coordination)"


class _Sources:
    """The resolved sources of one article's relations, in the order they are asked."""

    __slots__ = ("_resolve", "_resolved", "_text")

    def __init__(self, text: str, user_types: Rows = ()) -> None:
        self._text = text
        self._resolve = SourceResolver(text, user_types).resolve_fields
        self._resolved: dict[int, _SourceInfo] = {}  # by the relation's index in ``found``

    def of(self, k: int, f: _Found, src: tuple[int, int] | None) -> _SourceInfo:
        """The source of ``f`` (``found[k]``), whose source span is ``src`` (if any)."""
        if src is not None:
            name, stype, srule, _entity, resolved = self._resolve(
                self._text[src[0] : src[1]], src[0]
            )
            got = (name, stype, srule, resolved)
        elif f.inherited_from is not None and f.inherited_from in self._resolved:
            name, stype, srule, resolved = self._resolved[f.inherited_from]
            if not srule.endswith(_SHARED):  # (a chain of shared sources says it once)
                srule += _SHARED
            got = (name, stype, srule, resolved)
        else:
            got = _NO_SOURCE
        self._resolved[k] = got
        return got

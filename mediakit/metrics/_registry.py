"""The record kept beside every metric, the families that collect them, the registry.

A metric is a plain function of an :class:`~mediakit.Analysis` whose docstring is its
definition; the decorator :meth:`Family.metric` adds the rest of its documentation (unit,
what a higher value means, its value on an empty text, a reference) and files the
function, as a :class:`Metric`, under its family.  Whether it is a count (``int``) or a
measure (``float``, ``None`` when undefined) is read from the function's return
annotation, so the corpus tables' column kinds come from the code itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from mediakit._analysis import Analysis

__all__ = ["Family", "Metric", "Value", "build_registry", "ratio", "rounded"]

#: What a metric gives: a count, a measure, or ``None`` where it is undefined.
Value = float | int | None
_F = TypeVar("_F", bound=Callable[["Analysis"], Value])
#: A metric's return annotation -> the kind of its column in the corpus tables.
_KINDS = {"int": "int", "float | None": "float"}


@dataclass(frozen=True, slots=True)
class Metric:
    """One summary metric: the function that computes it and its documentation.

    Call it with an analysis to compute it (``METRICS["direct_share"](a)``).
    """

    name: str
    family: str
    function: Callable[[Analysis], Value] = field(repr=False)
    #: What is measured (the function's docstring, on one line).
    definition: str
    unit: str
    #: What a higher value means.
    direction: str
    #: The value on an empty text ("" or white space only).
    empty: int | None
    #: When else it takes that value ("also when there are no attributions"), or "".
    empty_note: str
    reference: str
    #: "int" for a count, "float" for a measure (read from the return annotation).
    kind: str

    def __call__(self, a: Analysis) -> Value:
        return self.function(a)

    @property
    def empty_text(self) -> str:
        """The value on an empty text as the docs show it: a number, or ``null`` (JSON)."""
        value = "null" if self.empty is None else str(self.empty)
        return f"{value} ({self.empty_note})" if self.empty_note else value


class Family:
    """The metrics of one family (one module), in the order they are defined."""

    def __init__(self, name: str, title: str, intro: str) -> None:
        self.name = name
        self.title = title
        self.intro = intro
        self.metrics: list[Metric] = []

    def metric(
        self,
        *,
        unit: str,
        direction: str,
        empty: int | None,
        reference: str,
        empty_note: str = "",
    ) -> Callable[[_F], _F]:
        """Register the decorated function as a metric of this family (it is returned as is)."""

        def register(fn: _F) -> _F:
            name = fn.__name__
            if not fn.__doc__:
                raise TypeError(f"metric {name} has no docstring (its definition)")
            kind = _KINDS.get(str(fn.__annotations__.get("return")))
            if kind is None:
                raise TypeError(f"metric {name} must return 'int' or 'float | None'")
            self.metrics.append(
                Metric(
                    name=name,
                    family=self.name,
                    function=fn,
                    definition=" ".join(fn.__doc__.split()),
                    unit=unit,
                    direction=direction,
                    empty=empty,
                    empty_note=empty_note,
                    reference=reference,
                    kind=kind,
                )
            )
            return fn

        return register


def build_registry(families: Iterable[Family]) -> Mapping[str, Metric]:
    """Every metric of ``families``, by name, family after family (a read-only mapping)."""
    out: dict[str, Metric] = {}
    for fam in families:
        for m in fam.metrics:
            if m.name in out:
                raise ValueError(f"two metrics are named {m.name!r}")
            out[m.name] = m
    return MappingProxyType(out)


def ratio(num: float, den: float) -> float | None:
    """``num / den``, or ``None`` when ``den`` is 0 (the metric is undefined)."""
    return None if den == 0 else num / den


def rounded(x: float | None, nd: int = 6) -> float | None:
    """``x`` rounded to ``nd`` decimals (``None`` stays ``None``)."""
    return None if x is None else round(x, nd)

"""Heavy libraries imported when first used, not when mediakit is imported.

pandas takes about 0.4 s to import, a third of a one-article command that never
builds a DataFrame (``mediakit analyze article.txt`` prints text).  A module that
needs pandas writes::

    if TYPE_CHECKING:
        import pandas as pd
    else:
        pd = lazy_import("pandas")

and uses ``pd`` as usual: the first attribute read imports the real module.
:func:`imported_types` gives classes for ``isinstance`` tests without importing.
``tests/test_packaging.py`` checks that ``import mediakit`` and a text analysis leave
pandas unimported, and every table test uses the real module through the proxy.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

__all__ = ["imported_types", "lazy_import"]


class _LazyModule:
    """A stand-in for a module that imports it on the first attribute read."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_import(name: str) -> Any:
    """A proxy for the module ``name``, imported when one of its attributes is first read."""
    return _LazyModule(name)


def imported_types(module: str, *names: str) -> tuple[type, ...]:
    """The classes ``names`` of ``module`` if it is imported, else none: an object can only
    be a ``pandas.DataFrame`` once pandas is imported, so an ``isinstance`` test against
    these never imports it."""
    loaded = sys.modules.get(module)
    return () if loaded is None else tuple(getattr(loaded, n) for n in names)

"""Large regular expressions compiled once per machine, not once per process.

Why: a one-article command spends about a quarter of its CPU time in ``re``'s
pattern parser, pure Python, on the few large patterns built from the lexicons (the
cue verbs' trie alone, about 5,700 characters, takes 20-35 ms to parse).  The parser's
output, the pattern's *code* (a list of integers), is what the C engine runs; this
module keeps that code in a file, so a later process hands it straight to the engine.

How: :func:`compile_pattern` is ``re.compile`` for the patterns routed through it.  It looks
the pattern up in :class:`PatternCache` (keyed by the pattern text and flags); on a miss
it parses the pattern as ``re.compile`` does (``re._parser.parse`` and
``re._compiler._code``) and keeps the code.  :func:`save` writes the code of the
patterns used in this process to the cache file (the command line calls it once,
after its run; the library itself never writes).  The file lives in
``$MEDIAKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/mediakit``, else ``~/.cache/mediakit``;
``MEDIAKIT_CACHE_DIR=off`` turns the cache off.  Its name carries the interpreter's tag
and the regex engine's ``MAGIC`` number, so another Python never reads it.

Safety: the engine validates code before it runs it (``_sre.compile`` raises on
invalid code), the file carries a checksum (CRC-32) of its content, and any failure (no such
internals in this Python, an unreadable or corrupt file, an unwritable directory)
falls back to plain ``re.compile``: the cache can only ever save time.  A pattern from
the cache is the same object ``re.compile`` would build: ``==`` on patterns compares
their flags, text and code, and ``tests/test_compiled.py`` checks every cached pattern
that way.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from mediakit._atomic import write_bytes_atomic

__all__ = ["PatternCache", "cache_path", "compile_pattern", "save"]

try:  # the engine's internals that re.compile uses (CPython 3.11+)
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _sre: Any = _compiler._sre
    _MAGIC: int | None = int(_sre.MAGIC)
except (ImportError, AttributeError):  # pragma: no cover - another implementation
    _MAGIC = None

#: A pattern's cached form: its flags after parsing, its code, its number of groups
#: (minus one, as the engine takes it), its group names and their inverse.
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]


def cache_path() -> Path | None:
    """The cache file of this interpreter, or ``None`` when the cache is off."""
    if _MAGIC is None:
        return None
    where = os.environ.get("MEDIAKIT_CACHE_DIR")
    if where == "off":
        return None
    if where:
        base = Path(where)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = Path(xdg) / "mediakit" if xdg else Path.home() / ".cache" / "mediakit"
    tag = sys.implementation.cache_tag or "python"
    return base / f"patterns-{tag}-{_MAGIC}.marshal"


def _code_of(pattern: str, flags: int) -> _Entry:
    """What ``re.compile`` hands the engine for ``pattern`` (re/_compiler.py: compile)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    all_flags = int(flags | parsed.state.flags)
    return (all_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


class PatternCache:
    """The code of compiled patterns, read from and written to one file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: dict[_Key, _Entry] = self._read(path) if path is not None else {}
        self._used: dict[_Key, _Entry] = {}
        self._new = False

    @staticmethod
    def _read(path: Path) -> dict[_Key, _Entry]:
        try:
            blob = path.read_bytes()
        except OSError:
            return {}
        digest, body = blob[:4], blob[4:]
        if len(digest) < 4 or zlib.crc32(body).to_bytes(4, "big") != digest:
            return {}
        try:
            known = marshal.loads(body)
        except (ValueError, EOFError, TypeError):
            return {}
        return known if isinstance(known, dict) else {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the cached code where it is known."""
        if self.path is None:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        entry = self._known.get(key)
        if entry is not None:
            try:
                built: re.Pattern[str] = _sre.compile(pattern, *entry)
            except Exception:  # a stale or damaged entry: parse it afresh
                entry = None
            else:
                self._used[key] = entry
                return built
        try:
            entry = _code_of(pattern, int(flags))
            built = _sre.compile(pattern, *entry)
        except re.error:
            raise
        except Exception:  # pragma: no cover - internals not as expected
            return re.compile(pattern, flags)
        self._used[key] = entry
        self._new = True
        return built

    def save(self) -> bool:
        """Write the patterns used in this process to the file when any was new there;
        True when written.  Never raises: a cache that cannot be written is skipped."""
        if self.path is None or not self._new:
            return False
        body = marshal.dumps(self._used)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, zlib.crc32(body).to_bytes(4, "big") + body)
        except OSError:
            return False
        self._known.update(self._used)
        self._new = False
        return True


_CACHE: PatternCache | None = None


def _cache() -> PatternCache:
    global _CACHE
    if _CACHE is None:
        _CACHE = PatternCache(cache_path())
    return _CACHE


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, parsed once per machine (see the module's doc).

    For the large patterns built from the lexicons; small ones gain nothing."""
    return _cache().compile(pattern, flags)


def save() -> bool:
    """Write this process's patterns to the cache file if any was new (see
    :meth:`PatternCache.save`); the command line calls it after a run."""
    return _cache().save()


def _entries() -> dict[_Key, Any]:  # for tests: what this process has used
    return dict(_cache()._used)

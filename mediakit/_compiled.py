"""Large regular expressions compiled, and lexicon tables read, once per machine, not
once per process.

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

Derived values: :func:`derived` keeps in the same file what a few lexicons take long to
read into their working form (the emotive lexicon with its inflections, about 40 ms; the
hyphenation patterns, about 20 ms; the word sets of the source-type rules, about 20 ms),
keyed by the data's text (or its checksum, :func:`data_key`) and by :func:`code_stamp`,
a stamp of mediakit's module files, so that changed data or changed code builds them
afresh.  The command line writes them with the patterns.

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
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from mediakit._atomic import write_bytes_atomic

__all__ = ["PatternCache", "cache_path", "compile_pattern", "data_key", "derived", "save"]

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
#: A value derived from the package's data (:func:`derived`): ``("data", kind, key,
#: code stamp)``; kept in the same file as the patterns.
_DataKey = tuple[str, str, str, str]
_T = TypeVar("_T")


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


@cache
def code_stamp() -> str:
    """A stamp of mediakit's own code: the size and modification time of every module
    file of the package (as Python stamps its bytecode), so that a value derived by
    changed code is never read back."""
    stamps: list[str] = []
    folders = [os.path.dirname(os.path.abspath(__file__))]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for e in entries:
                if e.name.endswith(".py") and e.is_file():
                    st = e.stat()
                    stamps.append(f"{e.path} {st.st_size} {st.st_mtime_ns}")
                elif e.is_dir(follow_symlinks=False) and e.name not in ("__pycache__", "data"):
                    folders.append(e.path)
    return f"{zlib.crc32(chr(10).join(sorted(stamps)).encode()):08x}"


class PatternCache:
    """The code of compiled patterns, and values derived from the package's data, read
    from and written to one file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: dict[Any, Any] = self._read(path) if path is not None else {}
        self._used: dict[Any, Any] = {}
        self._new = False

    def value(self, kind: str, key: str, build: Callable[[], _T]) -> _T:
        """``build()``, read back from the file where this code built it for the same
        ``kind`` and ``key`` before (see :func:`derived`)."""
        if self.path is None:
            return build()
        k: _DataKey = ("data", kind, key, code_stamp())
        if k in self._known:
            got: _T = self._known[k]
        else:
            got = build()
            self._new = True
        self._used[k] = got
        return got

    @staticmethod
    def _read(path: Path) -> dict[Any, Any]:
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
        try:
            body = marshal.dumps(self._used)
        except ValueError:  # pragma: no cover - a derived value marshal cannot write
            return False
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


def derived(kind: str, key: str, build: Callable[[], _T]) -> _T:
    """``build()``, built once per machine: a value derived from the package's data
    (plain dicts, lists, tuples, sets, strings and numbers, which :mod:`marshal`
    writes), kept in the pattern cache's file under ``kind`` and ``key`` (``key`` must
    name every input of ``build``: the data's text itself or a checksum of it) and
    :func:`code_stamp`, so that changed data or changed code builds it afresh.  The
    value read back is shared: callers never change it.  Off with the cache
    (``MEDIAKIT_CACHE_DIR=off``); ``tests/test_compiled.py`` ties each use to its
    fresh build."""
    return _cache().value(kind, key, build)


def data_key(*texts: str) -> str:
    """A key naming ``texts`` (their lengths and CRC-32 checksums) for :func:`derived`."""
    return " ".join(f"{len(t)}:{zlib.crc32(t.encode('utf-8', 'surrogatepass')):08x}" for t in texts)


def save() -> bool:
    """Write this process's patterns to the cache file if any was new (see
    :meth:`PatternCache.save`); the command line calls it after a run."""
    return _cache().save()


def _entries() -> dict[_Key, Any]:  # for tests: the patterns this process has used
    return {k: v for k, v in _cache()._used.items() if len(k) == 2}

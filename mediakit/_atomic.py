"""The one way mediakit writes an output file: to a temporary name beside the target,
renamed into place only when complete, with the permissions of any new file (0666
minus the umask; ``mkstemp`` alone would give 0600).  A failed or interrupted write
leaves the target as it was and no temporary behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

__all__ = [
    "AtomicFile",
    "ordinary_permissions",
    "temp_beside",
    "write_bytes_atomic",
    "write_text_atomic",
]


def _umask() -> int:
    """The process's umask (read without changing it where /proc allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def ordinary_permissions(fd_or_path: int | Path) -> None:
    """Give a file made by ``mkstemp`` (mode 0600) the mode of any new file: 0666 minus umask."""
    mode = 0o666 & ~_umask()
    if isinstance(fd_or_path, int):
        os.fchmod(fd_or_path, mode)
    else:
        os.chmod(fd_or_path, mode)


def _parent(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def temp_beside(path: Path) -> Path:
    """A new empty temporary file beside ``path``, for a writer that wants a path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=_parent(path))
    try:
        ordinary_permissions(fd)
    finally:
        os.close(fd)
    return Path(tmp)


class AtomicFile:
    """A text file (UTF-8, no newline translation) written to a temporary name and
    renamed into place by :meth:`commit`; :meth:`abort` removes the temporary."""

    def __init__(self, path: Path) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=_parent(path))
        try:
            ordinary_permissions(fd)
            self.fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except BaseException:
            os.close(fd)
            Path(tmp).unlink(missing_ok=True)
            raise
        self.path = path
        self.tmp = Path(tmp)

    def commit(self) -> None:
        try:
            self.fh.close()
            os.replace(self.tmp, self.path)
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise

    def abort(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` at once or not at all."""
    out = AtomicFile(path)
    try:
        out.fh.write(data)
    except BaseException:
        out.abort()
        raise
    out.commit()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` at once or not at all (binary)."""
    tmp = temp_beside(path)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

"""The worker processes of a parallel corpus run: how they are forked and set up.

A run on several processes uses a ``multiprocessing`` pool (``mediakit._run``).  Its
workers are made here so that they

* inherit the parent's lexicons, tables and patterns without copying them: they are
  forked with the parent's objects frozen out of the cyclic collector (``gc.freeze``,
  as the gc module's documentation advises before a fork), so a worker's collections
  never scan, nor write to, the pages it shares with the parent;
* leave Ctrl-C to the parent: a terminal sends SIGINT to every process of the command,
  and a worker that died of it would be replaced by the pool while the parent is
  stopping it; the parent stops the workers itself;
* never outlive the run: on Linux each worker asks the kernel for SIGTERM when the
  process that started it ends (``prctl(PR_SET_PDEATHSIG)``), and ends at once if that
  process has already gone.  A worker left behind would hold the command's standard
  output and error open, so that whatever reads them (a shell pipe, a test) waits for
  ever.  ``tests/test_workers.py`` interrupts a run and kills a pool's parent, and checks
  that the workers end.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from typing import Any

__all__ = ["forked_pool"]

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def forked_pool(ctx: Any, jobs: int) -> Any:
    """``ctx.Pool(jobs)`` with workers set up as the module's doc says; the parent's
    objects are unfrozen again once the workers exist."""
    gc.freeze()
    try:
        return ctx.Pool(jobs, initializer=_worker_start, initargs=(os.getpid(),))
    finally:
        gc.unfreeze()


def _worker_start(parent: int) -> None:
    """Run in each worker as it starts (``parent``: the pid of the run's process)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        _end_with_parent(parent)


def _end_with_parent(parent: int) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl here
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(0)

"""The workers of a parallel run (mediakit/_workers.py): Ctrl-C is the parent's, and no
worker outlives the run, however the run ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mediakit

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc; PR_SET_PDEATHSIG is Linux's"
)


def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state != "Z":
            out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _start_run(tmp_path: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """A two-process run over many articles, in its own process group, once both
    workers exist and the output has begun."""
    text = (mediakit.seed_path().read_text(encoding="utf-8") + "\n") * 3
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "mediakit", "analyze", str(folder), "-o", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--jobs", "2", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, as a terminal's foreground command
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = _children(proc.pid)
        if len(workers) >= 2 and any(tmp_path.glob(".out.jsonl.*")):
            return proc, workers
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the run never started its workers")


def _gone(pids: list[int], seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(map(_alive, pids)):
            return True
        time.sleep(0.05)
    return False


def test_ctrl_c_in_a_terminal_stops_the_run_and_its_workers(tmp_path: Path) -> None:
    """SIGINT to the whole group, as a terminal sends it: the parent reports it once,
    no worker prints a traceback, and none is left behind."""
    proc, workers = _start_run(tmp_path)
    os.killpg(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err == "mediakit: interrupted\n"
    assert _gone(workers)
    assert not (tmp_path / "out.jsonl").exists() and not list(tmp_path.glob(".out.jsonl.*"))


_STUCK_POOL = """
import multiprocessing, os, signal, time
from mediakit._workers import forked_pool
ctx = multiprocessing.get_context("fork")
LOCK = ctx.Lock()
def wait_for_lock(_):
    LOCK.acquire()  # held by the parent: waits until someone releases it
LOCK.acquire()
pool = forked_pool(ctx, 2)
pool.map(abs, [1, 2])  # both workers have started
print(" ".join(str(p.pid) for p in pool._pool), flush=True)
pool.map_async(wait_for_lock, [1, 2], chunksize=1)
time.sleep(1)  # both workers now wait on the lock
os.kill(os.getpid(), signal.SIGKILL)  # no clean-up of any kind
"""


def test_stuck_workers_end_when_their_parent_is_killed() -> None:
    """A parent killed outright (SIGKILL: no terminate, no atexit) while its workers wait
    on a lock it held, which nobody can now release (the state a worker was left in when
    a run was stopped while the pool replaced a worker): the kernel ends them, so none is
    left holding the command's output open."""
    proc = subprocess.Popen([sys.executable, "-c", _STUCK_POOL], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert proc.wait(timeout=60) == -signal.SIGKILL and len(workers) == 2
    try:
        assert _gone(workers)
        assert proc.stdout.read() == ""  # every holder of the pipe has ended
    finally:
        for pid in filter(_alive, workers):  # a regression: leave nothing behind
            os.kill(pid, signal.SIGKILL)
        proc.stdout.close()

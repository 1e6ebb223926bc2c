"""One article through the command line, start-up included, against bare Python.

Usage: python benchmarks/bench_startup.py [--rounds N]

Times ``python3 -c "import re, json, csv"`` (the floor: an interpreter that starts
and imports three standard modules) and ``python3 -m mediakit analyze SEED`` (the
bundled seed article, text output to /dev/null) in alternation, ``--rounds`` times
each (default 5), and prints the best time of each and their ratio.  Best times,
because this machine is shared and a slow spell only ever adds time.  Also prints
whether the command imported pandas (it should not: ``mediakit/_lazy.py``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

import mediakit


def _best(cmd: list[str], rounds: int) -> list[float]:
    return [_once(cmd) for _ in range(rounds)]


def _once(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    bare = [sys.executable, "-c", "import re, json, csv"]
    cli = [sys.executable, "-m", "mediakit", "analyze", str(mediakit.seed_path())]
    bare_t: list[float] = []
    cli_t: list[float] = []
    for _ in range(args.rounds):  # in alternation: a slow spell hits both
        bare_t.append(_once(bare))
        cli_t.append(_once(cli))
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys, runpy, io, contextlib\n"
         "sys.argv = ['mediakit', 'analyze', sys.argv[1]]\n"
         "with contextlib.redirect_stdout(io.StringIO()):\n"
         "    try:\n"
         "        runpy.run_module('mediakit', run_name='__main__')\n"
         "    except SystemExit:\n"
         "        pass\n"
         "print('pandas' in sys.modules)",
         str(mediakit.seed_path())],
        capture_output=True, text=True, check=True,
    )
    b, c = min(bare_t), min(cli_t)
    print(f"bare python (import re, json, csv): best of {args.rounds} {b:.3f} s")
    print(f"mediakit analyze SEED (text output): best of {args.rounds} {c:.3f} s")
    print(f"ratio: {c / b:.1f}x (target: at most 6x); pandas imported: "
          f"{probe.stdout.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

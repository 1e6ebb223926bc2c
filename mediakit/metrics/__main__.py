"""``python -m mediakit.metrics [--markdown]``: the metric names, or docs/metrics.md."""

from __future__ import annotations

import argparse
import sys

from mediakit.metrics import METRICS, render_markdown


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m mediakit.metrics",
        description="List the summary metrics, or print their reference (docs/metrics.md).",
    )
    ap.add_argument(
        "--markdown", action="store_true", help="print docs/metrics.md, generated from the metrics"
    )
    args = ap.parse_args(argv)
    if args.markdown:
        sys.stdout.write(render_markdown())
    else:
        sys.stdout.write("".join(f"{m.name}\t{m.family}\t{m.unit}\n" for m in METRICS.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

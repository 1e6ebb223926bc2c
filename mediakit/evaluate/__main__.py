"""``python -m mediakit.evaluate {polnear|nyt} DIR``."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    """Dispatch to one evaluation harness (each is imported only when asked for)."""
    if not argv or argv[0] not in ("polnear", "nyt"):
        sys.stderr.write("usage: python -m mediakit.evaluate {polnear|nyt} DIR\n")
        return 2
    if argv[0] == "polnear":
        from mediakit.evaluate import polnear

        return polnear.main(argv[1:])
    import importlib

    nyt = importlib.import_module("mediakit.evaluate.nyt")  # written separately
    return int(nyt.main(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""``python -m mediakit.evaluate HARNESS [ARGS]``: polnear, sourcing, nyt, emotive,
encyclopaedic, wikipedia or newsroom."""

from __future__ import annotations

import importlib
import sys

_HARNESSES = ("polnear", "sourcing", "nyt", "emotive", "encyclopaedic", "wikipedia", "newsroom")


def main(argv: list[str]) -> int:
    """Dispatch to one evaluation harness (each is imported only when asked for)."""
    if not argv or argv[0] not in _HARNESSES:
        sys.stderr.write(f"usage: python -m mediakit.evaluate {{{'|'.join(_HARNESSES)}}} [ARGS]\n")
        return 2
    module = importlib.import_module(f"mediakit.evaluate.{argv[0]}")
    return int(module.main(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

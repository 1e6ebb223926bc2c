"""``python -m mediakit`` is the ``mediakit`` command."""

import sys

from mediakit.cli import main

if __name__ == "__main__":
    sys.exit(main())

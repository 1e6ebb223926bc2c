"""mediakit's version: the ``version`` of ``pyproject.toml`` (``tests/test_packaging.py``
checks that they agree).  A literal rather than ``importlib.metadata.version``:
importing ``importlib.metadata`` brings the email package, about 0.02 s of every
command's start (issue 11, ``docs/performance.md``), and a literal is also right in a
source tree that is not installed."""

__version__ = "0.1.0"

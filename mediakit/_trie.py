"""Fast matching of many literal phrases: a trie compiled into one regex.

Python's ``re`` tries the branches of a flat alternation one by one at
every position; a regex shaped like a trie (shared prefixes factored out)
lets it reject most positions on the first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]


def _build(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    branches = []
    optional = False
    for ch in sorted(node):
        if ch == "":
            optional = True
            continue
        branches.append(re.escape(ch).replace(r"\ ", r"\s+") + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


def trie_pattern(phrases: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern matching any of ``phrases`` as whole words, longest first.

    Spaces inside a phrase match any run of whitespace.  Matching is greedy
    along the trie, so the longest phrase at a position wins.
    """
    words = sorted({p for p in phrases if p})
    return re.compile(r"(?<![\w'’-])" + _build(words) + r"(?![\w'’-])", flags)

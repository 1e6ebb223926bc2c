"""Fast matching of many literal phrases: a trie compiled into one regex.

Python's ``re`` tries the branches of a flat alternation one by one at
every position; a regex shaped like a trie (shared prefixes factored out)
lets it reject most positions on the first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mediakit._compiled import compile_pattern, data_key, derived

__all__ = ["trie_pattern", "trie_regex"]

_Node = dict[str, "_Node"]


def trie_regex(
    words: Iterable[str], *, any_apostrophe: bool = False, branch_order: str = ""
) -> str:
    """A regex alternation of ``words`` factored as a character trie (no anchors).

    A space in a word matches any run of white space; with ``any_apostrophe`` an
    apostrophe matches "'" or "’".  Longer words are tried first (a word that is the
    prefix of another makes the rest of the trie optional).  The branches of a node
    are tried in the order of ``branch_order``, then the other characters in code
    point order: the branches of a node start with different characters, so the
    order changes how fast a match is found or rejected, never what matches.

    Built once per machine (:func:`mediakit._compiled.derived`, keyed by the words and
    the options): the cue and hedge lexicons' tries took about 0.03 s of every start.
    """
    words = list(words)
    key = data_key("\n".join(words), f"{any_apostrophe} {branch_order}")
    return derived("trie", key, lambda: _build(words, any_apostrophe, branch_order))


def _build(words: list[str], any_apostrophe: bool, branch_order: str) -> str:
    """:func:`trie_regex`, built afresh."""
    trie: _Node = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    rank = {ch: k for k, ch in enumerate(branch_order)}
    last = len(rank)

    def emit(node: _Node) -> str:
        alts: list[str] = []
        optional = False
        for ch in sorted(node, key=lambda c: (rank.get(c, last), c)):
            if ch == "":
                optional = True
                continue
            if ch == " ":
                piece = r"\s+"
            elif ch == "'" and any_apostrophe:
                piece = "['’]"
            else:
                piece = re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            # longest first: the alternatives are tried before stopping here
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def trie_pattern(phrases: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern matching any of ``phrases`` as whole words, longest first.

    Spaces inside a phrase match any run of whitespace.  Matching is greedy
    along the trie, so the longest phrase at a position wins.
    """
    words = sorted({p for p in phrases if p})
    return compile_pattern(r"(?<![\w'’-])" + trie_regex(words) + r"(?![\w'’-])", flags)

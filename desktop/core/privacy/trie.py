"""A regular expression that matches exactly a set of words, written as a trie of their letters.

Python's regex engine tries the branches of an alternation one after the other at every
possible start; as a trie ("b(?:at|e(?:antragt(?:e)?|…)") it compares a letter once per branch
point instead of once per word. Where a word ends and a longer one goes on, the longer is tried
first (greedy), so a match is the longest listed word at its start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie(words: Iterable[str], after_first: str = "") -> str:
    """The pattern; `after_first` is inserted after the first character of every word (a
    look-behind there keeps the first characters visible to the engine's fast scan)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict], top: bool) -> str:
        branches = [re.escape(ch) + (after_first if top else "") + emit(node[ch], False)
                    for ch in sorted(node) if ch]
        if not branches:
            return ""
        ends = "" in node
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return body + ("?" if ends else "")

    return emit(tree, True)

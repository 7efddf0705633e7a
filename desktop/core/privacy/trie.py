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
    look-behind there keeps the first characters visible to the engine's fast scan).

    Built from the sorted words, not from a tree of dicts: the words that share their first
    `at` letters are a run of the sorted list, cut into branches by their next letter (in
    letter order, as the tree's sorted keys were); a run of one word is the rest of that word.
    The patterns of a run (23 tries, 11,700 characters) took 5.4 ms as a tree, 1.9 ms so,
    half of it before a command-line run's workers fork."""
    ordered = sorted(set(words))
    escaped = {ch: re.escape(ch) for ch in set().union(*ordered)}

    def emit(lo: int, hi: int, at: int) -> str:
        """The pattern after the first `at` letters, which ordered[lo:hi] share."""
        ends = len(ordered[lo]) == at  # sorts first: a word that ends here
        if ends:
            lo += 1
        branches = []
        while lo < hi:
            word = ordered[lo]
            ch = word[at]
            nxt = lo + 1
            while nxt < hi and ordered[nxt][at] == ch:
                nxt += 1
            head = escaped[ch] + after_first if at == 0 else escaped[ch]
            if nxt == lo + 1:
                branches.append(head + "".join([escaped[c] for c in word[at + 1:]]))
            else:
                branches.append(head + emit(lo, nxt, at + 1))
            lo = nxt
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return body + ("?" if ends else "")

    return emit(0, len(ordered), 0) if ordered else ""

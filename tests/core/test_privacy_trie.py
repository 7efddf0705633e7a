"""The keyword tries of the privacy patterns match what the word lists they replace matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy.keywords import _KEYWORDS, _hinted, _keywords
from desktop.core.privacy.trie import trie


def _tree_trie(words: list[str], after_first: str = "") -> str:
    """The trie as it was first built, from a tree of dicts: the reference for the faster one."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], top: bool) -> str:
        branches = [re.escape(ch) + (after_first if top else "") + emit(node[ch], False)
                    for ch in sorted(node) if ch]
        if not branches:
            return ""
        ends = "" in node
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return body + ("?" if ends else "")

    return emit(tree, True)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="ab-.*äÖ[ ", max_size=6), max_size=10),
       st.sampled_from(["", "(?<![\\w-].)"]))
def test_trie_is_the_pattern_the_tree_built(words: list[str], after_first: str) -> None:
    """The trie is built from the sorted words (speed), and is the very pattern the tree of
    letters gave for any words: repeated, empty, one the beginning of another, with characters
    the regex syntax uses; so no pattern built from a trie finds anything else."""
    assert trie(words, after_first) == _tree_trie(words, after_first)


def test_the_keyword_tries_are_the_patterns_the_tree_built() -> None:
    """The keyword lists, each and all together as the keyword scan joins them, give the same
    patterns as before."""
    lists = [_KEYWORDS[name].split("|") for name in _KEYWORDS]
    lists.append([word for words in lists for word in words])
    for words in lists:
        for after_first in ("", "(?<![\\w-].)"):
            assert trie(words, after_first) == _tree_trie(words, after_first)


@pytest.mark.parametrize("name", sorted(_KEYWORDS))
def test_keyword_trie_finds_what_the_alternation_found(name):
    """A keyword pattern as a trie with its look-behind after the first letter finds each
    keyword at the start of a word and nowhere inside one ("Urkunde", "e-Pass")."""
    rx = re.compile(_keywords(_KEYWORDS[name]))
    alternation = re.compile("(?:" + "|".join(
        f"{re.escape(w)}(?<![\\w-].{{{len(w)}}})" for w in _KEYWORDS[name].split("|")) + ")")
    for word in _KEYWORDS[name].split("|"):
        for text in (f"{word} 12", f"x {word}: 12", f"ab{word} 12", f"-{word} 12",
                     f"({word}) 12"):
            new, old = rx.search(text), alternation.search(text)
            assert (new is None) == (old is None), text
            if new is not None and old is not None:
                assert new.start() == old.start(), text


def test_hinted_opens_the_patterns_of_a_keyword_and_of_its_beginnings():
    """"AZR-Nummer" opens the AZR pattern and the file-number pattern ("AZ"); lower-case
    keywords are found too ("pass", "erreichbar unter"); no keyword, no pattern."""
    assert _hinted("AZR-Nummer 123456789012") >= {"azr_keyed", "az_keyed"}
    assert "id_keyed" in _hinted("sein pass C01X00T47")
    assert "phone_keyed" in _hinted("erreichbar unter 0341 1234567")
    assert _hinted("Die Kundin kam ohne Termin.") == frozenset()

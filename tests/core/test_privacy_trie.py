"""The keyword tries of the privacy patterns match what the word lists they replace matched."""

from __future__ import annotations

import re

import pytest

from desktop.core.privacy.keywords import _KEYWORDS, _hinted, _keywords
from desktop.core.privacy.trie import trie


def test_trie_matches_exactly_its_words_and_prefers_the_longest():
    """Every word, nothing shorter or longer; where one word begins another, the longer wins."""
    words = ["Tel", "Tel-Nr", "Telefon", "Telefonnummer", "Fax", "eAT"]
    rx = re.compile(trie(words))
    assert all(rx.fullmatch(w) for w in words)
    assert not any(rx.fullmatch(w) for w in ["Te", "Telefo", "Faxe", "Tel-N", "eA"])
    assert rx.match("Telefonnummer: 0341")[0] == "Telefonnummer"


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

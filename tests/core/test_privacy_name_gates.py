"""The one-search gates of the name rules answer exactly what the plain substring tests they
replace answered, and the verb scan with its class of first letters still finds every verb."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.privacy.foreign import in_other_language
from desktop.core.privacy.headings import _BIRTH_CUE_ENDS, _BIRTH_CUES
from desktop.core.privacy.kept import _NOMINALISING, _SAINT_GATE
from desktop.core.privacy.lowercase import _any_lower_start
from desktop.core.privacy.lowerframes import _TOLD, colon_lower
from desktop.core.privacy.names import _has_dutch_particle
from desktop.core.privacy.particles import leading_particle
from desktop.core.privacy.referrals import _NAMED_FILE_GATE
from desktop.core.privacy.verbs import _AUXILIARY_WORDS, PERSON_VERBS, _verb_or_auxiliary_rx
from desktop.core.privacy.wordclass import LEADING_PARTICLE, Lazy, _token_rx


def _found(gate: Lazy) -> Callable[[str], bool]:
    """The gate as a test of a text: does its pattern find anything?"""
    return lambda text: gate.search(text) is not None


# Each gate beside the substring tests it stands for.
_GATES: list[tuple[Callable[[str], bool], Callable[[str], bool]]] = [
    (_found(_NOMINALISING), lambda t: "alles " in t or "etwas " in t or "nichts " in t),
    (_found(_SAINT_GATE), lambda t: "St. " in t or "Sankt " in t),
    (_has_dutch_particle, lambda t: "Van " in t or "Ten " in t or "Ter " in t or "Op " in t),
    (_found(_NAMED_FILE_GATE), lambda t: "-akte" in t or "-Akte" in t),
    (in_other_language, lambda t: " the " in t or " is " in t or " est " in t or " ne " in t or
     " chez " in t or " como " in t or " que " in t or " pas " in t or " ya " in t
     or " você " in t or "yor " in t),
]

# Texts built from the gates' own letters, so that near misses are frequent.
_TEXTS = st.text(alphabet="alesetwanichGrS. kVTpOAnr-\nhzmoy", max_size=40)


@pytest.mark.parametrize("text", [
    "des Gerichts wegen", "ichts ", "alles", "nichts", "Nichts zu tun", "etwas da",
    "Ausweises ", "SSt. Markus", "St.Markus", "Sankt", "VVan Dijk", "Tenor", "Opa kam",
    "Op de Beeck", "-AKTE", "Yilmaz-Akte", "Familienakte", "Ter Horst", "",
    "She is  the best", " the", "the ", "Theis ist", " nest ", " ne ne ", "Sie kommt, como ",
    " chez", "Kayor ", "ist nicht da",
])
def test_gates_agree_with_plain_searches_on_near_misses(text: str) -> None:
    """A word that only ends like a gate's word ("Gerichts" like "nichts") or a gate's word
    without its space does not open the gate, as it did not open the plain searches."""
    for gate, plain in _GATES:
        assert gate(text) == plain(text), text


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_gates_agree_with_plain_searches(text: str) -> None:
    """On any text each gate opens exactly where one of its plain searches finds its word."""
    for gate, plain in _GATES:
        assert gate(text) == plain(text), text


def test_verb_scan_finds_every_verb() -> None:
    """The class of first letters tested before the trie leaves no verb out ("übergab" starts
    with a letter outside a-z)."""
    rx = _verb_or_auxiliary_rx()
    for verb in sorted(PERSON_VERBS | _AUXILIARY_WORDS):
        m = rx.search(f"Koch {verb} heute")
        assert m is not None and m[1] == verb, verb


def _cues_by_plain_search(text: str) -> list[tuple[str, int]]:
    """Where each birth cue stands, cue by cue, as the plain searches found them."""
    out = []
    for cue in _BIRTH_CUES:
        at = text.find(cue)
        while at >= 0:
            out.append((cue, at))
            at = text.find(cue, at + len(cue))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="gebvrwsch. E", max_size=30))
@example("Katrin Kılıç, gesch. Engel, geb. Roth, verw. Bär")
@example("gesch. Engel geb.Roth ggeb. E")
def test_birth_cue_ends_find_every_cue(text: str) -> None:
    """The one search for the birth cues' ends ("geb. ", "verw. ", "gesch. "), read cue by
    cue, finds each cue where the plain searches found it, in the same order."""
    ends = [m.end() for m in _BIRTH_CUE_ENDS.finditer(text)]
    found = [(cue, end - len(cue)) for cue in _BIRTH_CUES for end in ends
             if text.startswith(cue, end - len(cue))]
    assert found == _cues_by_plain_search(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["bin", "van der", "de la", "von", "al", "Herr", "x", ".", "(",
                                 "\n", " ", "la", "der", "dos "]), max_size=5))
@example(["Gespräch mit", " ", "bin", " "])
@example(["Akte.", " ", "van der", " ", "\n"])
@example(["(", "de la", " "])
def test_leading_particle_gate_agrees_with_the_pattern(parts: list[str]) -> None:
    """A name's start moves to the particle before it exactly where the pattern alone finds
    one: the plain test of the word before leaves out no particle ("bin ", "de la ", one
    before a line break)."""
    text = "".join(parts) + "Youssef"
    start = len(text) - len("Youssef")
    if not start:
        return
    lead = LEADING_PARTICLE.search(text, max(0, start - 12), start)
    assert leading_particle(text, start) == (start if lead is None else lead.start(1))


# The single patterns the split searches of lowercase.py and lowerframes.py replace.
_ANY_LOWER_START = re.compile(r"[.!?\n](?:(?<=[.!?]) +|(?<=\n)[ \t]*)[a-zäöüß]")
_COLON_LOWER = re.compile(r"[:;] ?[^\W\d_A-ZÄÖÜ]")


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=".!?\n \t:;aBä1_", max_size=12))
@example("Frau Roth kam. er wartete")
@example("Notiz:\n  ktn. wolf")
@example("Termin: 10 Uhr; kurz: puhvel war da")
def test_split_searches_agree_with_one_pattern(text: str) -> None:
    """A sentence, line or clause after a colon that starts in lower case is found by the
    searches split by first character exactly where the one pattern found it."""
    assert _any_lower_start(text) == (_ANY_LOWER_START.search(text) is not None)
    assert colon_lower(text) == (_COLON_LOWER.search(text) is not None)


# The token pattern before German's lower-case letters were read by a class of their own.
_TOKEN_BEFORE = re.compile(_token_rx().pattern.replace("(?>[a-zäöüß]*", "(?>", 1))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="AaZzÄäßÉéŁłǅ-'’ 1_.\u0301", max_size=16))
@example("Zoë Łukasiewicz-Éclair, O’Neill 2B")
@example("Aß1 aÄ ÄäéÉ-ä")
def test_token_pattern_reads_the_same_words(text: str) -> None:
    """The capitalised words are the same spans with German's lower-case letters read first
    by their own class: the atomic group ends where the letter run alone ended (before a
    digit too, "Aß1" is no word)."""
    assert _TOKEN_BEFORE.pattern != _token_rx().pattern
    assert [m.span() for m in _token_rx().finditer(text)] == [
        m.span() for m in _TOKEN_BEFORE.finditer(text)]


# The pattern of whom one told before its look-behind moved behind "hab".
_TOLD_BEFORE = re.compile(_TOLD.pattern.replace(r"hab(?<![\w-]hab)", r"h(?<![\w-]h)ab", 1))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["hab", "habe", "h", "-", "x", " ", "\n", "ich", "anke",
                                 "gesagt", "Hab"]), max_size=8))
@example(["hab", " ", "anke", " ", "gesagt"])
@example(["-", "hab", " ", "anke", " ", "gesagt"])
def test_told_pattern_finds_the_same_words(parts: list[str]) -> None:
    """With the look-behind after "hab" (the engine then searches for the string) the words
    told something are the same as with it after the "h"."""
    text = "".join(parts)
    assert _TOLD_BEFORE.pattern != _TOLD.pattern
    assert [m.span(1) for m in _TOLD.finditer(text)] == [
        m.span(1) for m in _TOLD_BEFORE.finditer(text)]

"""The cheaper tests of speed15 answer exactly what the plain ones they replace answered, on
every development text (bench/privacy_same.py's, the texts the same-output check runs on): the
"lies with" and "asked" frames with their first letter before the look-behind, the " bei " gate
of the first, the shared ". 0000" test of the date frames, the single characters before "<<" and
" & ", and the first names that are words found without the search's ValueError."""

from __future__ import annotations

import functools
import re

from hypothesis import given
from hypothesis import strategies as st

from bench.privacy_same import development_texts
from desktop.core.privacy.firms import firm_marks
from desktop.core.privacy.lowerframes import _ASKED, _LIES_WITH, LOWER_WORD
from desktop.core.privacy.name_marks import _open_first_names
from desktop.core.privacy.wordclass import AMBF

# The patterns as they stood before (52d8611), the look-behind first.
_PLAIN_LIES_WITH = re.compile(rf"(?<![\w-])(?:liegt|lag|liegen|lagen)(?: [a-zäöüß]+){{0,3}} bei "
                              rf"({LOWER_WORD})(?=[ .,;!?\n]|$)")
_PLAIN_ASKED = re.compile(rf"(?<![\w-])(?:soll|sollst|sollen|sollte|kannst|könntest|musst|bitte)"
                          rf"(?: du| ihr| sie| er| mal)? ({LOWER_WORD}) (?:fragen|anrufen|danke "
                          r"sagen|bescheid sagen|bescheid geben|anschreiben|zurückrufen|erinnern)\b")


@functools.cache
def _texts() -> list[str]:
    """Every development text, and each in lower case (the frames are for notes typed so)."""
    texts = development_texts()
    return texts + [t.lower() for t in texts]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), m.start(1)) for m in rx.finditer(text)]


def test_the_frames_find_what_their_plain_patterns_found() -> None:
    """Each match of the rewritten patterns is the plain pattern's, on every text; and where
    the new " bei " gate is shut the plain pattern finds nothing."""
    for text in _texts():
        assert _spans(_LIES_WITH, text) == _spans(_PLAIN_LIES_WITH, text), text
        assert _spans(_ASKED, text) == _spans(_PLAIN_ASKED, text), text
        if " bei " not in text:
            assert _PLAIN_LIES_WITH.search(text) is None, text


def test_the_near_misses_of_the_look_behind_stay_misses() -> None:
    """A frame word inside another word or after a hyphen is no frame word, at the text's start
    as later ("Anlage bei", "-liegt bei"); at the start it is one."""
    for text in ("Anlage bei ernst.", "x-liegt bei ernst.", "liegt bei ernst.", "lag bei fink",
                 "abitte wolf fragen", "bitte wolf fragen", "er sollte wolf fragen",
                 "-musst wolf fragen"):
        assert _spans(_LIES_WITH, text) == _spans(_PLAIN_LIES_WITH, text), text
        assert _spans(_ASKED, text) == _spans(_PLAIN_ASKED, text), text


def test_the_firm_gate_answers_as_the_plain_tests() -> None:
    """The firm marks' gate (a single "&" before " & ") answers as the plain substring tests
    did, on every text. The other single-character gates ("<" before "<<", "'" before "' ",
    ":" before the speaker turns, "tung " before "leitung ", ". 0000" before the date frames'
    shapes) are logical identities, checked by privacy_same's 0 differences, not here."""
    for text in _texts():
        plain = "GmbH" in text or " & " in text or "ogistik" in text or "betrieb" in text or \
            "bau" in text or "technik" in text
        assert firm_marks(text) == plain, text


def _plain_open_first_names(cls: list[int], is_name: list[bool]) -> list[int]:
    return [t for t, c in enumerate(cls) if c == AMBF and not is_name[t]]


@given(st.lists(st.tuples(st.sampled_from([AMBF, AMBF + 1, 0]), st.booleans()), max_size=30))
def test_open_first_names_are_the_unmarked_words_of_the_class(tokens) -> None:
    """The tokens of the class AMBF not yet marked, in order, counted in C: none missed, none
    added, also with none or only such tokens."""
    cls = [c for c, _ in tokens]
    is_name = [n for _, n in tokens]
    assert _open_first_names(cls, is_name) == _plain_open_first_names(cls, is_name)

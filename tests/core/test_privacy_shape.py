"""The note's shape (pattern_sources._digit_shape): the gates of the shaped patterns read it."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.privacy.ocr import ocr_digits
from desktop.core.privacy.pattern_sources import _digit_count, _digit_shape

_NOTES = st.text(alphabet="0123456789 -/.:AZaäßÖ–€\nOl", max_size=60)


@given(_NOTES)
def test_the_shape_is_a_str_with_the_offsets_of_the_utf8(text):
    """The shape is an ASCII str (a gate's `in` on bytes formats a TypeError first), one
    character per byte of the UTF-8, so that office_numbers can map its offsets back."""
    shape = _digit_shape(text)
    assert isinstance(shape, str) and shape.isascii()
    assert len(shape) == len(text.encode("utf-8"))
    assert _digit_count(text) == sum(ch in "0123456789" for ch in text)


@given(_NOTES)
def test_a_gate_of_the_shape_reads_what_the_text_has(text):
    """A join of digits in the shape is there exactly where the text has it ("0-0", "0/0",
    "A0": a capital A-Z before a digit; a letter beyond ASCII is never "A" nor "0")."""
    shape = _digit_shape(text)
    assert ("0-0" in shape) == (re.search(r"[0-9]-[0-9]", text) is not None)
    assert ("0/0" in shape) == (re.search(r"[0-9]/[0-9]", text) is not None)
    assert ("A0" in shape) == (re.search(r"[A-Z][0-9]", text) is not None)
    assert ("00000" in shape) == (re.search(r"[0-9]{5}", text) is not None)


def test_ocr_digits_are_read_only_where_a_digit_touches_an_o():
    """The OCR pass runs where its shape shows "0O" or "O0" and leaves other notes alone."""
    assert ocr_digits("geb. 1O.1O.1999") == "geb. 10.10.1999"
    assert ocr_digits("Ordner 12, Olaf") == "Ordner 12, Olaf"

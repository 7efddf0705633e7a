"""Digits misread by OCR: "O" for 0 and "l" for 1 in a number ("geb. 1O.1O.1999",
"Lotter Str. 1O3, 49078 Osnabrück", "O2826 Görlitz").

The detector reads the shaped patterns over a copy of the note in which such a number is
written with digits again. The copy has the same length, so every finding's offsets hold in the
original text. A letter is read as a digit only inside a token made of nothing but digits, "O"
and "l" (and dots between them, as in a date), which holds a digit: the words "Ol" or "lO"
stay. A token with a single digit ("9O", "O8", but also the network "O2") is read so only in
a note that shows OCR elsewhere (a longer such number, or a one inside a word: "Ha11e"), or
between two numbers ("19 O8 1984").
"""

from __future__ import annotations

import re

from desktop.core.privacy.pattern_sources import _digit_shape

# A letter beside a digit in the note's shape (pattern_sources._digit_shape, which the
# patterns compute for every note with a digit anyway): only then can the note hold such a
# number (a regular expression over every note cost about 6 µs a note).
_PAIRS = (b"0A", b"A0", b"0a", b"a0")

_TOKEN = re.compile(r"(?<![\w.])[0-9Ol]+(?:\.[0-9Ol]+)*(?!\w)")
# A lone "l" or "O" between numbers ("GR-ABH 4 l 2-117/26"), read only in a note with OCR.
_LONE = re.compile(r"(?<=[0-9] )[Ol](?= [0-9])")
_IN_WORD = re.compile(r"[a-zäöüß]1+[a-zäöüß]")
_DIGITS = str.maketrans("Ol", "01")


def _digit_count(token: str) -> int:
    return sum(ch.isdigit() for ch in token)


def ocr_digits(text: str) -> str:
    """`text` with "O" and "l" read as digits in numbers misread by OCR; the same length."""
    shape = _digit_shape(text)
    if not any(map(shape.__contains__, _PAIRS)):
        return text
    mixed = [m for m in _TOKEN.finditer(text)
             if ("O" in m[0] or "l" in m[0]) and _digit_count(m[0]) >= 1]
    if not mixed:
        return text
    ocr = any(_digit_count(m[0]) >= 2 for m in mixed) or _IN_WORD.search(text) is not None
    spans = [(m.start(), m.end()) for m in mixed if ocr or _between_numbers(text, m)]
    if ocr:
        spans.extend((m.start(), m.end()) for m in _LONE.finditer(text))
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        parts.append(text[last:start])
        parts.append(text[start:end].translate(_DIGITS))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _between_numbers(text: str, m: re.Match[str]) -> bool:
    """A number on either side, one space away ("19 O8 1984")."""
    start, end = m.start(), m.end()
    return (start >= 2 and text[start - 1] == " " and text[start - 2].isdigit()
            and text[end:end + 1] == " " and text[end + 1:end + 2].isdigit())

"""Digits misread by OCR: "O" for 0 and "l" for 1 in a number ("geb. 1O.1O.1999",
"Lotter Str. 1O3, 49078 Osnabrück", "O2826 Görlitz").

The detector reads the shaped patterns over a copy of the note in which such a number is
written with digits again. The copy has the same length, so every finding's offsets hold in the
original text. A letter is read as a digit only inside a token made of nothing but digits, "O"
and "l" (and dots between them, as in a date), which holds a digit: the words "Ol" or "lO"
stay. A token with a single digit ("9O", "O8", but also the network "O2") is read so only in
a note that shows OCR elsewhere (a longer such number, or a "1" inside a word: "Ha11e"), or
between two numbers ("19 O8 1984"). In such a note a "0" or "1" inside a word is read as a
letter ("Al-0baidi", "Sch1ütter").
"""

from __future__ import annotations

import re

# Each byte of the UTF-8 as "0" (a digit), "O" (an "O" or an "l") or "." (anything else): one
# translation in C and two searches (about 1 µs) decide whether a note can hold such a number
# (a regular expression over every note cost about 6 µs a note; the note's digit shape of
# pattern_sources, a letter beside a digit, let two notes in three through in the bench).
_SHAPE = bytes(48 if 48 <= b <= 57 else 79 if b in (79, 108) else 46 for b in range(256))

_TOKEN = re.compile(r"(?<![\w.])[0-9Ol]+(?:\.[0-9Ol]+)*(?!\w)")
# A lone "l" or "O" between numbers ("GR-ABH 4 l 2-117/26"), read only in a note with OCR.
_LONE = re.compile(r"(?<=[0-9] )[Ol](?= [0-9])")
_IN_WORD = re.compile(r"[a-zäöüß]1+[a-zäöüß]")
_DIGITS = str.maketrans("Ol", "01")


def _digit_count(token: str) -> int:
    return sum(ch.isdigit() for ch in token)


def ocr_digits(text: str) -> str:
    """`text` with "O" and "l" read as digits in numbers misread by OCR; the same length."""
    # (as an ASCII str: `in` on bytes formats a TypeError before it searches, see
    # pattern_sources._digit_shape)
    shape = text.encode("utf-8", "surrogatepass").translate(_SHAPE).decode("ascii")
    if "0O" not in shape and "O0" not in shape:
        return text
    mixed = [m for m in _TOKEN.finditer(text)
             if ("O" in m[0] or "l" in m[0]) and _digit_count(m[0]) >= 1]
    if not mixed:
        return text
    ocr = any(_digit_count(m[0]) >= 2 for m in mixed) or _IN_WORD.search(text) is not None
    if ocr:
        text = _letters_in_words(text)
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


# The other way round, in a note that shows OCR: "0" and "1" inside a word, between letters
# at a word's end after two small letters ("Pau1", not "B1") or at a name's start after a
# hyphen ("Maryam Al-0baidi", "Sch1ütter", "Fami1iennachzug"),
# are the letters O and l, so that the name rules read the word ("Al-Obaidi").
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])1(?=[a-zäöüß])|(?<=[^\W\d_]-)0(?=[a-zäöüß])"
                           r"|(?<=[^\W\d_])0(?=[a-zäöüß])|(?<=[a-zäöüß]{2})1(?![\w@])")


def _letters_in_words(text: str) -> str:
    """`text` with a word's misread "1" as "l" and "0" as "o" ("O" at a name's start after a
    hyphen); the same length."""
    return _LETTER_DIGIT.sub(lambda m: "l" if m[0] == "1" else
                             "O" if text[m.start() - 1] == "-" else "o", text)


def _between_numbers(text: str, m: re.Match[str]) -> bool:
    """A number on either side, one space away ("19 O8 1984")."""
    start, end = m.start(), m.end()
    return (start >= 2 and text[start - 1] == " " and text[start - 2].isdigit()
            and text[end:end + 1] == " " and text[end + 1:end + 2].isdigit())

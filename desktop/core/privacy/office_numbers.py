"""File numbers by the office's own code before them, without a keyword.

German offices build their file numbers from a code of their own, capitals joined by hyphens
or slashes (the town's letters, the department's, the kind of file), then the numbers of the
department, the year and the running number: "MD-ABH 32.2-11890", "LB-AB 17/2026/551",
"HD-ABH-25-03318", "PB-36.2-1390/24", "GÖ-32.1.2-2901", "LAB-FRI 26-02917", "ES-VE
2027/0012", "LVwA 206.3-12231", "ST/2198804/2026". Lists, tables and
subject lines give them without "Az." before them, so the code is the cue: capitals (at least
two, in one part of two capitals or more, or a part with a capital inside: "LVwA"), then a
number of four digits or more joined by "-", "/" (or of five digits or more joined by "."),
which is no date. Not a code: a law's or a standard's letters ("EU 2016/679", "DIN 5008",
"VO 604/2013"), a calendar week or a semester ("KW 12/2026", "WS 2025/26"), a phone's word
("FAX 0711/123-456"), a place ("NRW 2025/26"), words in capitals ("LOHN/GEHALT 10/26"). A
number after its keyword is read by cues.py (there also after an abbreviated code: "Az.
WI-Ausl. 3.1/2911/26").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind

Candidate = tuple[int, int, Kind, int]

_LETTER = "A-Za-zÄÖÜäöü"
# The number: a capital and a separator, or a small letter and a hyphen or slash ("SiWi-32-…")
# before it; groups of digits (or a letter group of the department: "HAL 33.1-FK-2027-0031")
# joined by ".", "-", "/" or a spaced dash.
NUMBER = (r"[0-9](?:(?<=[A-ZÄÖÜ][-/ ][0-9])|(?<=[a-zäöü][-/][0-9]))"
          r"[0-9]{0,6}(?:(?:[./-]| [-–] )[0-9A-Z]{1,8}){1,4}(?![\w/-]|[.,][0-9])")
# The code before it: capitals joined by hyphens or slashes.
CODE = (rf"(?<![\w./-])(?P<code>[A-ZÄÖÜ][{_LETTER}]{{0,5}}(?:[-/][A-ZÄÖÜ][{_LETTER}]{{0,5}})*)"
        r"[-/ ]$")
# Letters of laws, standards, calendars and phones before numbers that are no file numbers.
_NOT_CODES = frozenset("""
EU EG EWG VO GVO DSGVO DS-GVO RL EN ISO DIN BGBL KW WS SS WISE SOSE TEL FAX FON MOBIL HANDY
NR ID PLZ UST USt-ID SGB BGB GG ABS ART IBAN BIC TV-L TVÖD
""".upper().split())
# A date, or a month and year ("LOHN/GEHALT 10/26" on a statement): no running number.
_DATE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{2}|[0-9]{4})|[0-9]{4}-[0-9]{2}-[0-9]{2}"
                   r"|(?:0?[1-9]|1[0-2])/(?:20)?[0-9]{2}")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(NUMBER), re.compile(CODE)


def office_numbers(text: str, priority: int, shape: str) -> Iterator[Candidate]:
    """File numbers after an office's code (see the module docstring). Tried only where the
    note's shape (pattern_sources._digit_shape) has a letter and a separator before a digit:
    found there in C, then matched at each such place (a pass of the pattern over every digit
    cost 3 µs a note, one from every capital 14)."""
    joins = [join for join in _JOINS if join in shape]
    if not joins:
        return
    number, code_before = _patterns()
    encoded = None if text.isascii() else text.encode("utf-8", "surrogatepass")
    for at in sorted(i + 2 for join in joins for i in _finds(shape, join) if _joined(
            shape[i + 3:i + 11])):
        if encoded is not None:  # the shape's byte offset as the text's character offset
            at = len(encoded[:at].decode("utf-8", "ignore"))
        m = number.match(text, at)
        if m is None:
            continue
        num = m[0]
        digits = sum(map(str.isdigit, num))
        if digits < 4 or ("-" not in num and "/" not in num and "–" not in num and (
                digits < 5 or "." not in num)):  # "BG 12345 besteht aus …": a count
            continue
        code = code_before.search(text, max(0, m.start() - 40), m.start())
        if code is None or not _is_code(code["code"]) or _DATE.fullmatch(num):
            continue
        yield code.start(), m.end(), Kind.AKTENZEICHEN, priority


# A letter and a separator before a digit, in the note's shape ("A" a capital, "a" a small or
# any non-ASCII letter's byte, "0" a digit). Not an abbreviation's full stop ("a. 0": "Nr. 3",
# "ca. 30" in two notes of five): "WI-Ausl. 3.1/…" after its keyword is read by cues.py.
_JOINS = ("A 0", "A-0", "A/0", "a-0", "a/0")


def _joined(after: str) -> bool:
    """A hyphen, slash or full stop soon after the first digit ("32.2-…", "17/2026"): a
    number of one group ("Steuer-ID 12345678901") is none."""
    return "-" in after or "/" in after or "." in after


def _finds(shape: str, needle: str) -> Iterator[int]:
    i = shape.find(needle)
    while i >= 0:
        yield i
        i = shape.find(needle, i + 1)


@functools.lru_cache(maxsize=1024)
def _is_code(code: str) -> bool:
    """Capitals of an office, not a word, a law's letters or a place ("MD-ABH", "LVwA",
    "WI-Ausl"; not "Anna-Lena", "EU", "NRW")."""
    parts = re.split("[-/]", code)
    if code.upper() in _NOT_CODES or any(p.upper() in _NOT_CODES for p in parts):
        return False
    if sum(map(str.isupper, code)) < 2 or not any(
            (len(p) >= 2 and p.isupper()) or any(map(str.isupper, p[1:])) for p in parts):
        return False
    lex = lexicon()
    if any(len(p) >= 4 and lex.is_word(p.lower()) for p in parts):
        return False  # "LOHN/GEHALT 10/…": words in capitals
    return not (len(parts) == 1 and lex.is_place(code.lower()))

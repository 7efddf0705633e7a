"""File numbers by the office's own code before them, without a keyword.

German offices build their file numbers from a code of their own, capitals joined by hyphens
or slashes (the town's letters, the department's, the kind of file), then the numbers of the
department, the year and the running number: "MD-ABH 32.2-11890", "LB-AB 17/2026/551",
"HD-ABH-25-03318", "PB-36.2-1390/24", "GÖ-32.1.2-2901", "LAB-FRI 26-02917", "ES-VE
2027/0012", "LVwA 206.3-12231", "WI-Ausl. 3.1/2911/26", "ST/2198804/2026". Lists, tables and
subject lines give them without "Az." before them, so the code is the cue: capitals (at least
two, in one part of two capitals or more, or a part with a capital inside: "LVwA"), then a
number of four digits or more joined by "-", "/" (or of five digits or more joined by "."),
which is no date. Not a code: a law's or a standard's letters ("EU 2016/679", "DIN 5008",
"VO 604/2013"), a calendar week or a semester ("KW 12/2026", "WS 2025/26"), a phone's word
("FAX 0711/123-456"), a place ("NRW 2025/26"), words in capitals ("LOHN/GEHALT 10/26"). A number after its keyword is read by cues.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind

Candidate = tuple[int, int, Kind, int]

_PART = "[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}"
# The code, perhaps a full stop ("WI-Ausl. 3.1/…"), a separator, then the number: groups of
# digits (or a letter group of the department: "HAL 33.1-FK-2027-0031") joined by ".", "-",
# "/" or a spaced dash.
SOURCE = (rf"(?P<code>[A-ZÄÖÜ](?<![\w./-].)[A-Za-zÄÖÜäöü]{{0,5}}(?:[-/]{_PART})*)\.?"
          r"(?:[-/ ]| [-–] )(?P<num>[0-9]{1,7}(?:(?:[./-]| [-–] )[0-9A-Z]{1,8}){0,4})"
          r"(?![\w/-]|[.,][0-9])")
# Letters of laws, standards, calendars and phones before numbers that are no file numbers.
_NOT_CODES = frozenset("""
EU EG EWG VO GVO DSGVO DS-GVO RL EN ISO DIN BGBL KW WS SS WISE SOSE TEL FAX FON MOBIL HANDY
NR ID PLZ UST USt-ID SGB BGB GG ABS ART IBAN BIC TV-L TVÖD
""".upper().split())
# A date, or a month and year ("LOHN/GEHALT 10/26" on a statement): no running number.
_DATE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{2}|[0-9]{4})|[0-9]{4}-[0-9]{2}-[0-9]{2}"
                   r"|(?:0?[1-9]|1[0-2])/(?:20)?[0-9]{2}")


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile(SOURCE)


def office_numbers(text: str, priority: int) -> Iterator[Candidate]:
    """File numbers after an office's code (see the module docstring)."""
    for m in _pattern().finditer(text):
        code, num = m["code"], m["num"]
        if not _is_code(code) or _DATE.fullmatch(num):
            continue
        digits = sum(map(str.isdigit, num))
        if digits < 4 or ("-" not in num and "/" not in num and "–" not in num and (
                digits < 5 or "." not in num)):  # "BG 12345 besteht aus …": a count
            continue
        yield m.start(), m.end(), Kind.AKTENZEICHEN, priority


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

"""File numbers of offices no corpus has seen: by their shape, and after any "…-Nr.".

Germany has about 540 immigration offices, and each writes its file numbers its own way:
office codes, department numbers with dots, slashes or dashes, the year as "/26" or "-2026",
letters before, between or after the digits ("E-2026-04412", "32/AB-K/55120", "A32/2026/7711",
"320-12/26-B", "41.2-3390/2026-ABH", "ABH.3.2-14495"). Rules made from one office's style at a
time (office_numbers.py, the az_* patterns) missed the next office's. What they share is a
structure, and a third writer's numbers have it too:

- **A code token**: one token (no space) of three groups or more joined by ".", "-" or "/",
  with letters (an office's code: a group of capitals, or letters joined to digits: "A32")
  and at least five digits in two runs of two or more. Such a token is no word, no date, no
  phone number (digits only), no law ("RL 2011/95/EU": the law's letters), no version ("3.2.1-
  beta": small letters), no room ("A-3.12": three digits), no language level ("A2-B1-2026": one
  run of digits).
- **A number after any "…-Nr."**: "Ausl-Nr. 77 1204", "Pers.-Nr. 3318", "Mandanten-Nr. 2291":
  the keyword list of keywords.py names the numbers people usually write; any compound of a
  word and "-Nr." announces a number all the same. The number's kind stays open
  (an Aktenzeichen, at a priority below every keyed reading: a phone's, a document's or a
  tax number's keyword wins); not after the numbers of houses, rooms, pages, lines or phones.

Both scans are cheap where nothing is: the code tokens are read only at a hyphen or slash beside
a digit (patterns.py asks the note's shape for such a join first), the numbers only at "-Nr.".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.cues import _cue_stems, _slot
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind
from desktop.core.privacy.office_numbers import _NOT_CODES

Candidate = tuple[int, int, Kind, int]

# A token of letters and digits in three to six groups joined by ".", "-" or "/"; not inside an
# e-mail address, a web address, a file's name ("Scan_2026-…") or a phone number ("+49-…").
_TOKEN = re.compile(r"(?<![\w./+@-])[A-ZÄÖÜ0-9][A-Za-zÄÖÜäöü0-9]*(?:[./-][A-Za-zÄÖÜäöü0-9]+){2,5}"
                    r"(?![\w@/-]|\.[A-Za-z0-9])")
_GROUPS = re.compile(r"[./-]")
_OCR_DIGITS = re.compile(r"[0-9][oOlI]|[oOlI][0-9]")
_RUNS = re.compile(r"[0-9]{2,}")
# A date inside the token ("Bescheid-12.03.2026", "7.XII.2026"), an ISO date, or a time range ("8.00-15.30").
_DATE = re.compile(r"(?<![0-9])(?:(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2]|[IVX]{1,4})\.|[0-9]{4}-[01][0-9]-[0-3][0-9]"
                   r"|[0-2]?[0-9][.:][0-5][0-9]-[0-2]?[0-9][.:][0-5][0-9])")
_TIME_RANGE = re.compile(r"[0-2]?[0-9][.:][0-5][0-9] ?[-–] ?[0-2]?[0-9][.:][0-5][0-9]")


def is_time_range(number: str) -> bool:
    """Opening hours ("8.00-15.30"), not a file number's groups."""
    return _TIME_RANGE.fullmatch(number) is not None


# Letters of things that are no office, beside those office_numbers.py knows.
NOT_OFFICES = _NOT_CODES | frozenset({"ISBN", "ISSN", "COVID", "SARS", "COV", "WLAN", "PDF",
                                       "JPG", "PNG", "DOC", "DOCX", "BT", "BR", "DRS"})


def code_tokens(text: str, priority: int) -> Iterator[Candidate]:
    """File numbers whose one token has an office's letters and a number's groups (see the
    module docstring). Read only at a hyphen or slash beside a digit (found by str.find; a
    pass of the token pattern over every note cost 8–14 µs a note, the joins of letters and
    digits in the note's shape 8), each token once, by an anchored match from its start."""
    starts = set()
    for sep in "-/":
        at = text.find(sep, 1)
        while at > 0:
            if at + 1 < len(text) and (text[at - 1].isdigit() or text[at + 1].isdigit()):
                start = at
                while start > 0 and text[start - 1] in _TOKEN_CHARS:
                    start -= 1
                if start not in starts:
                    starts.add(start)
                    m = _TOKEN.match(text, start)
                    if m is not None and _is_file_code(m[0]):
                        yield m.start(), m.end(), Kind.AKTENZEICHEN, priority
            at = text.find(sep, at + 1)


_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöü0123456789./-")


@functools.lru_cache(maxsize=1024)
def _is_file_code(token: str) -> bool:
    """An office's file number, not a word, date, law, version or course level."""
    if not any(ch.isalpha() for ch in token) or sum(map(str.isdigit, token)) < 5:
        return False  # digits only: dates, phones, sums (the az_* patterns read the rest)
    if token.strip("0123456789./-oOlI") == "" or _OCR_DIGITS.search(token):
        return False  # "28-o2-2o27": OCR's letters for digits (ocr.py), no office's letters
    if _DATE.search(token):
        return False
    groups = _GROUPS.split(token)
    runs = _RUNS.findall(token)
    if len(runs) < 2 and not (max(map(len, runs), default=0) >= 4 and any(
            len(g) >= 2 and g.isalpha() and g.isupper() for g in groups)):
        return False  # "A2-B1-2026": a language level and a year ("ABH.3.2-14495": an office)
    lex = lexicon()
    for group in groups:
        if not group.isalpha():
            continue
        if group.upper() in NOT_OFFICES or group.islower() or len(group) > 5:
            return False  # "RL 2011/95/EU", "3.2.1-beta", "COVID-19-Test-2021"
        if not group.isupper() and (len(group) < 3 or lex.is_word(group.lower())):
            return False  # "Test", "Kita": a word, not a code; "Ol": OCR's "01"
    return True


# "Ausl-Nr.", "Pers.-Nr.", "Mandanten-Nr.": a word (or its abbreviation) joined to the number
# word by a hyphen, as forms and file covers write a number's label. (The closed compounds,
# "Betriebsnummer", "Wartenummer", name a firm's or a queue's number as often as a person's:
# keywords.py lists those of persons.)
# Numbers that are no person's: a house's, room's, page's, line's; and those of phones and
# taxes, which their own rules read with their kind.
_NOT_PERSONAL = frozenset("""
haus zimmer zi raum büro tür etage seite seiten blatt kapitel abschnitt anlage artikel art
linie bus bahn gleis zug flug platz sitz reihe tisch top pos lfd position tel telefon fax handy
mobil mobilfunk ruf fon hotline durchwahl service steuer ust konto kontonummer iban bic blz
tarif hand warte betriebs bestell formular vordruck version
""".split())


def numbered_compounds(text: str, priority: int) -> Iterator[Candidate]:
    """A number after any compound of a word and "-Nr." (see the module docstring); read at
    each "-Nr." of the note, its word from there backwards. A keyword's ("Pass-Nr.",
    "Kunden-Nr.") is read by cues.py."""
    at = text.find("-Nr.")
    while at >= 0:
        end = at + 4
        start = at - 1 if at > 0 and text[at - 1] == "." else at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        stem = text[start:at].rstrip(".")
        if 2 <= len(stem) <= 21 and stem[0].isupper() and stem.lower() not in _cue_stems() and not (
                start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-")) and not (
                _not_personal(stem.lower())):
            pos = end  # spaces and a colon before the number
            while pos < len(text) and text[pos] in " \t:":
                pos += 1
            span = _slot(text, pos, False)
            if span is not None and span[0] == pos:
                yield span[0], span[1], Kind.AKTENZEICHEN, priority
        at = text.find("-Nr.", end)


def _not_personal(stem: str) -> bool:
    return stem in _NOT_PERSONAL or stem.endswith(("telefon", "handy", "zimmer", "haus"))

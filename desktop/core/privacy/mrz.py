"""The machine-readable zone of a passport or ID card copied into a note (ICAO 9303).

An OCR copy or a typed transcript of a document carries its machine-readable lines: "<" as the
filler, fields at fixed places. Read by those places, not by the shape of each field:

- a passport's second line (TD3, and TD2 alike): the document number (9 characters, "<"
  filling a shorter one), its check digit, the nationality, the birth date (YYMMDD), a check
  digit, the sex, the expiry date (YYMMDD) … "G24O718953GHA87O3O36M3OO7294<<<…";
- an ID card's first line (TD1): the document's code, the issuing state, the number with its
  check digit "IDDEUY3RV0K8NC8<<<…"; its second line: birth date, check digit, sex, expiry
  date, check digit, nationality "8705123F3108014DEU<<<…".

OCR reads 0 as O and 1 as l: both stand for digits where the zone has digits. The document
number is marked as one, the birth date as a birth date, the expiry date as a date; the same
number written elsewhere in the note (its visual zone: "Nr. i pasaportës: PO2O947l3") is the
document number too. The names of the first line are left to the name finders.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.model import Kind

Candidate = tuple[int, int, Kind, int]

_D = "[0-9Ol]"  # a digit as OCR may read it


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (
        # a passport's second line: number, check, nationality, birth, check, sex, expiry, check;
        # at a line's start or after a label on its line ("MRZ Z.2: G24O718953GHA…"); a check
        # digit may be blurred to a filler
        re.compile(rf"(?<![\w<])(?P<num>[A-Z0-9<l]{{9}})[0-9Ol<][A-Z<]{{3}}(?P<birth>{_D}{{6}})"
                   rf"[0-9Ol<][MFX<](?P<expiry>{_D}{{6}})[0-9Ol<][A-Z0-9<Ol]"),
        # an ID card's first line: code, state, number with its check digit, then fillers
        re.compile(r"^[ACI][A-Z<][A-Z<]{3}(?P<num>[A-Z0-9<]{9}[0-9])[A-Z0-9<]*<<", re.MULTILINE),
        # an ID card's second line: birth, check, sex, expiry, check, nationality
        re.compile(rf"^(?P<birth>{_D}{{6}})[0-9Ol<][MFX<](?P<expiry>{_D}{{6}})[0-9Ol<]"
                   r"(?=[A-Z0-9<Ol]{3})", re.MULTILINE),
    )


def mrz_candidates(text: str, priority: int) -> Iterator[Candidate]:
    """The fields of machine-readable lines (see the module docstring); only in a note with
    the zone's filler "<<"."""
    if "<<" not in text:
        return
    numbers: set[str] = set()
    for rx in _patterns():
        for m in rx.finditer(text):
            if "num" in rx.groupindex:
                number = m["num"].rstrip("<")
                if len(number) < 6 or "<" in number or not any(map(str.isdigit, number)):
                    continue  # no document number: a name line's fillers
                numbers.add(number)
                yield m.start("num"), m.start("num") + len(number), Kind.AUSWEISNUMMER, priority
            if "birth" in rx.groupindex and _month_day(m["birth"]):
                yield m.start("birth"), m.end("birth"), Kind.GEBURTSDATUM, priority
            if "expiry" in rx.groupindex and _month_day(m["expiry"]):
                yield m.start("expiry"), m.end("expiry"), Kind.DATUM, priority
    for number in numbers:  # the same number in the visual zone
        for m in re.finditer(rf"(?<![\w<]){re.escape(number)}(?![\w<])", text):
            yield m.start(), m.end(), Kind.AUSWEISNUMMER, priority


def _month_day(yymmdd: str) -> bool:
    """A date's month and day (YYMMDD, O and l read as 0 and 1)."""
    digits = yymmdd.replace("O", "0").replace("l", "1")
    return 1 <= int(digits[2:4]) <= 12 and 1 <= int(digits[4:6]) <= 31

"""A month with its year as a date of the person's own story: "Aufenthaltserlaubnis nach
§ 24 bis März 2027", "Urkunde voraussichtlich Februar 2027", "Seit wann in Deutschland: 09/2015", "B1 (telc, 06/2025)".

A month and year alone is no date in most notes ("Zahlen bis Oktober 2026", "Familiennachzug
ausgesetzt (bis Juli 2027)"): by its name only after "voraussichtlich", and after "bis" only
where the clause names a permit it ends. Not after "seit": the fifth corpus leaves "besucht seit
August 2025 unsere Einrichtung" unmarked where the eighth marks "wohnen seit August 2017". As
digits ("09/2027", a month and a year written for a form) in any frame: none of the
development corpora writes one that is not a date of the person's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.model import Kind
from desktop.core.privacy.pattern_sources import MONTHS, _digit_shape, _first_digit

Candidate = tuple[int, int, Kind, int]

_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# Something that a permit or a document lasts to: "bis" names its end.
_PERMIT = ("Aufenthaltserlaubnis", "Aufenthaltstitel", "Titel", "Duldung", "Visum", "gültig",
           "befristet", "Niederlassungserlaubnis", "Blaue Karte", "Gestattung",
           "Fiktionsbescheinigung", "Aufenthaltsgestattung", "Erlaubnis", "Pass ")


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        # After its cue (found by str.find, cheaper than a pass of a pattern over the note)
        "after_cue": re.compile(rf"(?:(?:Anfang|Mitte|Ende) )?(?P<mon>{_NAMES}) "
                                r"(?:19|20)[0-9]{2}(?![0-9]|[.,/-][0-9])"),
        # (not the last part of a file number: "31-13 12/2024"; its first digit first, so
        # that the engine can skip to it)
        "digits": re.compile(r"(?:0(?<![\w./-]0)(?<![0-9] 0)[1-9]|1(?<![\w./-]1)(?<![0-9] 1)[0-2])"
                             r"/(?:19|20)[0-9]{2}(?![\w/-]|[.,][0-9])"),
    }


def month_digits() -> re.Pattern[str]:
    """A month and year in digits ("09/2015"), also a birth date's after its cue (patterns.py)."""
    return _rx()["digits"]


def month_years(text: str, priority: int) -> Iterator[Candidate]:
    """Month and year of the person's story, as dates (a birth date's wins over it)."""
    shape = _digit_shape(text)
    if "0/0000" in shape:
        for m in _rx()["digits"].finditer(text, _first_digit(text)):
            yield m.start(), m.end(), Kind.DATUM, priority
    if "a 0000" not in shape:
        return
    after = _rx()["after_cue"].match
    for cue in _CUES:
        i = text.find(cue)
        while i >= 0:
            if (i == 0 or not text[i - 1].isalnum()) and (a := after(text, i + len(cue))) and (
                    cue == "voraussichtlich " or _permit_before(text, i)):
                yield a.start("mon"), a.end(), Kind.DATUM, priority
            i = text.find(cue, i + 1)


_CUES = ("bis ", "Bis ", "voraussichtlich ")


def _permit_before(text: str, end: int) -> bool:
    """Does the clause before `end` name a permit ("Aufenthaltserlaubnis nach § 24 bis …")?"""
    clause = text[max(0, end - 120):end]
    cut = max(map(clause.rfind, ".;:!?\n"))
    if cut >= 0:
        clause = clause[cut + 1:]
    return any(map(clause.__contains__, _PERMIT))

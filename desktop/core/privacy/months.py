"""A month with its year as a date of the person's own story: "Aufenthaltserlaubnis nach
§ 24 bis März 2027", "wohnt seit August 2017 in Hannover", "Eingang November 2026", "Seit wann
in Deutschland: 09/2015", "B1 (telc, 06/2025)".

The hand-written development corpora mark a month with its year as a date 117 times and leave
it unmarked 5 times (fifteenth session's count), so it is one in any frame except a clause
about the law rather than the person ("Familiennachzug … ausgesetzt seit Juli 2025", "in Kraft
seit März 2024"). Earlier the rule took it only after "bis" where the clause names a permit,
and after "voraussichtlich" (the fifth corpus leaves "besucht seit August 2025" unmarked, and
the later hands mark "wohnen seit August 2017"). As digits ("09/2027", a month and a year
written for a form) in any frame: none of the development corpora writes one that is not a
date of the person's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.model import Kind
from desktop.core.privacy.pattern_sources import MONTHS, _digit_shape, _first_digit

Candidate = tuple[int, int, Kind, int]

_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# Words of a clause about the law or the office's practice, whose months are no person's
# ("Seit April 2024 hat sich die Bearbeitungszeit verdoppelt": the project corpus's negative).
_LAW = ("ausgesetzt", "in Kraft", "Gesetz", "gesetz", "Novelle", "Reform", "Bearbeitung",
        "Wartezeit", "Weisung", "Erlass")


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        # A year (its digits first: the engine skips to a "1" or "2"), then the month by its
        # name right before it (not inside an abbreviation: "Sept." stays whole), read back
        # from the year: one pattern tried at every character cost 12 µs a short note
        "year": re.compile(r"(?:19|20)[0-9]{2}(?![0-9]|[.,/-][0-9])"),
        "named": re.compile(rf"(?:(?:Anfang|Mitte|Ende) )?(?<![\w.])(?P<mon>{_NAMES}) $"),
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
    named = _rx()["named"].search
    law = None
    for year in _rx()["year"].finditer(text, _first_digit(text)):
        at = year.start()
        if text[at - 1:at] != " " or not text[at - 2:at - 1].isalpha():
            continue  # (also a year inside a longer number: "12019")
        month = named(text, max(0, at - 17), at)
        if month is None:
            continue
        if law is None:  # most notes name no law: one search, not one a month
            law = any(map(text.__contains__, _LAW))
        if not law or not _about_the_law(text, month.start()):
            yield month.start("mon"), year.end(), Kind.DATUM, priority


def _about_the_law(text: str, at: int) -> bool:
    """Does the clause around `at` speak of the law or the office's practice, not of the
    person ("Familiennachzug … ausgesetzt seit Juli 2025", "seit Juli 2025 für zwei Jahre
    ausgesetzt", "Gesetz in Kraft seit März 2024", "Seit April 2024 hat sich die
    Bearbeitungszeit verdoppelt")?"""
    low, high = max(0, at - 120), min(len(text), at + 80)
    cut = max(text.rfind(mark, low, at) for mark in _CLAUSE_MARKS)
    ends = [i for i in (text.find(mark, at, high) for mark in _CLAUSE_MARKS) if i >= 0]
    clause = text[max(low, cut + 1):min(ends, default=high)]
    return any(map(clause.__contains__, _LAW))


_CLAUSE_MARKS = (".", ";", ":", "!", "?", "\n")

"""Dates as a new hand writes them, beside the shapes of pattern_sources.py.

- A month in Roman numerals, as older hands and some forms write it ("7.XII.2026", "03.IV.1988"):
  with its year only, so a list's "3.III." stays a number.
- After a birth cue, a month of one digit and a year ("geb. 2/2016"): months.py reads "02/2016"
  everywhere, but "3/2027" alone is as often a quota or a file's volume.
- Years or dates listed before "geboren" ("Die Kinder sind 2012 und 2015 geboren"): each is a
  birth date, not only the last (patterns._BirthCues reads the list with BORN_AFTER); after
  the cue, a second date joined by "und" or "sowie" is one too ("geboren am 12.05.2019 und
  3.4.2021": patterns._ALTERNATIVES), and after a comma when the cue is plural
  ("Geburtsdaten der Kinder: 12.05.2019, 3.4.2021"). "born" is a cue of notes with English in them
  (pattern_sources "birth_cue"; in lower case: "Born" is a surname), "Jg." and "Jahrg." are
  "Jahrgang".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"


@functools.cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roman = re.compile(rf"(?<![\w.])(?:0?[1-9]|[12][0-9]|3[01])\. ?{_ROMAN_MONTH}\. ?"
                       r"(?:19|20)?[0-9]{2}(?![\w]|[.,][0-9])")
    month_year = re.compile(r"(?<![\w./-])[1-9]/(?:19|20)[0-9]{2}(?![\w/-]|[.,][0-9])")
    return roman, month_year


def roman_dates(text: str) -> Iterator[tuple[int, int]]:
    """Dates with a Roman month ("7.XII.2026"); the caller tries it only where a digit, a full
    stop and a capital follow each other."""
    for m in _rx()[0].finditer(text):
        yield m.span()


def short_month_years(text: str) -> Iterator[tuple[int, int]]:
    """A month of one digit and a year ("2/2016"); the caller keeps those after a birth cue."""
    for m in _rx()[1].finditer(text):
        yield m.span()


# After a year or date: more of them in a list, then "geboren" ("2012 und 2015 geboren", "am
# 3.5.1990 bzw. 4.6.1992 geb."); a masked placeholder (■) counts as a number.
BORN_AFTER = (r"(?:(?:,| und| bzw\.| oder| sowie) ?(?:(?:[0-9]{1,2}\.[0-9]{1,2}\.)?(?:19|20)[0-9]{2}"
              r"|\u25a0+))* (?:geboren|geb\.)(?![\w])")
BORN_AFTER_STARTS = (" geb", ",", " und ", " bzw", " oder ", " sowie ")

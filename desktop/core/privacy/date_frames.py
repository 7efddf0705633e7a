"""What stands around a date and belongs to it, or makes it a birth date: the weekday before it
("Dienstag, 15.12.2026", "Mo., 07.12.2026", "Montag, den 9.11."), the first day of a range
("vom 3. bis 5.12.", "14.–18.12."), a year in brackets after a person's name ("Kinder: Marco
(1995), Francesca (1998)") or after a name and a comma in a list ("Xidir Ilyas Qasim, 1968,
jesidisch"), a full date in brackets after a name ("Kalina Todorova (21.07.2003)"); dates as
English and bilingual documents write them ("Date of Birth: JUNE 30, 1988", "07 ВЕР/SEP 85").

A weekday belongs to the date only with a comma after it, as a letter or an appointment writes
it: the development corpora of three hands (ninth to eleventh) mark 14 of 17 so; without a comma
("Mo 30.11.: 14 | Di 01.12.: 9", a list's column) they mark 2 of 9, and never in a mail's
"Gesendet:" line, which an e-mail program writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind
from desktop.core.privacy.pattern_sources import MONTHS, _digit_shape, _first_digit
from desktop.core.privacy.pattern_sources import _rx as _patterns
from desktop.core.privacy.trie import trie

Candidate = tuple[int, int, Kind, int]

_WEEKDAYS = ("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
             "|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So")


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        "weekday": re.compile(rf"(?<![\w.-])(?:{_WEEKDAYS})\.?, (?:den )?$"),
        "sent": re.compile(r"(?:Gesendet|Sent): *$"),
        # The first day of a range, its month with the second ("vom 3. bis 5.12.", "14.–18.12.")
        # ("am 3. und 5. Dezember")
        "range_day": re.compile(r"(?<![\w.,/-])(?:[1-9]|[12][0-9]|3[01])\.(?: bis (?:zum )?| und "
                                r"| ?[–-] ?)$"),
        "year_in_brackets": re.compile(r"\((?:19|20)[0-9]{2}(?=[,)])"),
        # (its digits first, which the engine skips ahead to)
        "year_after_name": re.compile(r"(?:19|20)(?<=[a-zäöüß], ..)[0-9]{2}(?=[,;)\n]|$)"),
        # The month first, as English writes it ("June 3, 1988", "JUNE 30, 1988")
        # (the month's name as a trie of its capitalised and upper-case forms, which the engine
        # skips ahead to; the character before it is checked by document_dates)
        "month_first": re.compile(rf"(?:{_MONTH_NAMES})\.? (?:[1-9]|[12][0-9]|3[01]),? "
                                  r"(?:19|20)[0-9]{2}(?![\w])"),
        # A passport's date with its month in two languages ("07 BEP/SEP 85", "14 SEP/SHT
        # 1989"): the month's abbreviation one of the two, the year also in two digits
        "two_months": re.compile(r"(?<![\w.])(?P<d>[0-3][0-9]) (?P<a>[^\W\d_]{3})"
                                 r"/(?P<b>[^\W\d_]{3}) "
                                 r"(?:19|20)?[0-9]{2}(?![\w.])"),
    }


def framed_dates(text: str, dates: Iterable[Candidate]) -> Iterator[Candidate]:
    """The date candidates, each followed by its weekday's or range's longer reading; then the
    birth years in brackets after a name and the dates as documents write them (a machine-
    readable zone's are mrz.py's)."""
    rx = _rx()
    for cand in dates:
        yield cand
        start = cand[0]
        if start < 3:
            continue
        # (cheap tests of the characters before the date first)
        before, two = text[start - 1], text[start - 2]
        if before == " " and (two == "," or two == "n" and text.endswith(", den ", 0, start)):
            m = rx["weekday"].search(text, max(0, start - 17), start)
            if m is not None and not rx["sent"].search(text, max(0, m.start() - 12), m.start()):
                yield m.start(), cand[1], cand[2], cand[3]
        elif (before in "–-" or before == " " and text.endswith(_RANGE_LINKS, 0, start)) and (
                text.count(".", start, cand[1]) >= 2 or " " in text[start:cand[1]]):
            # the second date with its month: "5.12.", "5. Dezember"
            m = rx["range_day"].search(text, max(0, start - 13), start)
            if m is not None:
                yield m.start(), m.start() + m[0].index(".") + 1, Kind.DATUM, cand[3]
    # (Each test below first looks for one character, which C finds with memchr, about 0.03 µs
    # a note; a substring of two or more characters costs 0.25–0.35 µs. In this pass, not as
    # passes of their own: a generator a note costs 0.4 µs.)
    i = text.find("(")
    while i >= 0:
        if text.startswith(("19", "20"), i + 1) and (m := rx["year_in_brackets"].match(text, i)) \
                and bracketed_after_name(text, i + 1, m.end()):
            yield i + 1, m.end(), Kind.GEBURTSDATUM, P_BIRTH_YEAR
        i = text.find("(", i + 1)
    shape = _digit_shape(text)
    # (one search of what both shapes below hold, ". 0000", before either: most notes lack it)
    year_after_stop = ". 0000" in shape
    # (", " is ". " in the shape; so is what ends the field)
    if year_after_stop and "a. 0000." in shape:
        # "Xidir Ilyas Qasim, 1968, jesidisch": a year after a name and a comma, the list's
        # next field or line after it
        for m in rx["year_after_name"].finditer(text, _first_digit(text)):
            if _name_before(text, m.start() - 2):
                yield m.start(), m.end(), Kind.GEBURTSDATUM, P_BIRTH_YEAR
    # A passport's bilingual month only in a copy of one, with its machine-readable zone (whose
    # own dates are mrz.py's)
    passport = "<" in text and "<<" in text
    if year_after_stop and "0. 0000" in shape and (
            "a 0. 0000" in shape or "A 0. 0000" in shape or "a 00. 0000" in shape
            or "A 00. 0000" in shape) or passport:
        yield from document_dates(text)


_MONTH_NAMES = trie([form for m in MONTHS if len(m) > 3 or m in ("may", "mai")
                     for form in (m.capitalize(), m.upper())])
_ABBREVIATIONS = frozenset(m.upper() for m in MONTHS if len(m) == 3)


def document_dates(text: str) -> Iterator[Candidate]:
    """Dates as English and bilingual documents write them, a birth date after its cue on the
    line ("Date of Birth: JUNE 30, 1988")."""
    shape = _digit_shape(text)
    month_first = "0. 0000" in shape
    two_months = "/AAA 0" in shape
    rx = _rx()
    found: list[re.Match[str]] = []
    if month_first:
        found.extend(m for m in rx["month_first"].finditer(text)
                     if m.start() == 0 or not text[m.start() - 1].isalnum())
    if two_months:
        found.extend(m for m in rx["two_months"].finditer(text)
                     if (m["a"] in _ABBREVIATIONS or m["b"] in _ABBREVIATIONS)
                     and 1 <= int(m["d"]) <= 31)
    for m in found:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        birth = _patterns()["birth_cue"].search(line) is not None and not any(
            map(str.isdigit, line))
        yield m.start(), m.end(), Kind.GEBURTSDATUM if birth else Kind.DATUM, P_BIRTH_YEAR + 1


# What joins a range's first day to its second with a space before the second: one C call for
# the date after "am ", "bis " (a search of the text before it cost 1 µs a note)
_RANGE_LINKS = (". bis ", ". und ", ". bis zum ", ".– ", ".- ", ". – ", ". - ")

# Under a full date's priority (patterns.P_DATE), as a year after a birth cue.
P_BIRTH_YEAR = 69


def _name_before(text: str, end: int) -> bool:
    """Is the word ending at `end` a name: capitalised, no noun, word or place ("Qasim, 1968";
    not "Leipzig, 2019", "Bescheid, 2019")?"""
    word = text[max(0, end - 30):end].rsplit(None, 1)[-1] if end > 0 else ""
    if not word.isalpha() or not word[0].isupper() or word.isupper():
        return False
    lex = lexicon()
    lw = word.lower()
    return not lex.is_noun(lw) and not lex.is_word(lw) and not lex.is_place(lw)


def bracketed_after_name(text: str, start: int, end: int) -> bool:
    """A date or year in brackets right after a capitalised word that is no noun ("Kalina
    Todorova (21.07.2003), Bulgarin", "Kinder: Yaw (2015), Efua (2019)"): a person's birth date,
    as lists of people give it; not after a noun ("Bescheid (21.07.2003)", "Termin (…)") or a
    place ("Hannover (2019)"), unless a title stands before it ("Frau Müller (12.03.1990)")."""
    if text[start - 2:start] != " (" or text[end:end + 1] not in ("),") or (
            text[end] == "," and end - start != 4):
        return False
    words = text[max(0, start - 40):start - 2].rsplit(None, 2)[-2:]
    word = words[-1] if words else ""
    if not word.isalpha() or not word[0].isupper() or word.isupper():
        return False
    if len(words) == 2 and words[0] in _TITLES:
        return True
    lex = lexicon()
    lw = word.lower()
    if text.endswith("), ", 0, start - 2 - len(word)) and not lex.is_place(lw) and \
            _YEAR_ITEM.match(text, max(0, start - len(word) - 10)):
        return True  # the next child of a list with birth years: "Dren (2014), Lea (2019)"
    # (a year alone also not after a place: "Studium in Kiew (2019)")
    return not lex.is_noun(lw) and not lex.is_word(lw) and not (
        end - start == 4 and lex.is_place(lw))


_TITLES = frozenset({"Frau", "Herr", "Herrn", "Fr.", "Hr.", "Hrn."})
_YEAR_ITEM = re.compile(r"\((?:19|20)[0-9]{2}\), ")

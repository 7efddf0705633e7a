"""Personal data with a fixed shape: dates, file numbers, phone numbers, e-mail, addresses,
IBANs, document numbers, AZR numbers and tax IDs.

Each finder yields candidates `(start, end, kind, priority)`; the detector settles overlaps
(higher priority first, then the longer match). A keyword before a number ("Az.", "Tel.",
"Pass-Nr.") makes the match surer and so raises its priority; file numbers, document numbers
and addresses after their keyword are read by cues.py, whatever their shape, addresses by their
shape by addresses.py. The regular expressions (pattern_sources.py) are compiled on first use,
so importing this module costs nothing at app start.

Decisions: a month with a year alone ("im April 2024") is kept: it orders the events of a
reflection and on its own does not point to a person. After a birth cue ("geb.", "geboren")
any date, month-with-year or year is a birth date, and so is one right before "geboren" ("1995
geboren"). A weekday with a comma before a date belongs to it ("Donnerstag, 21. Januar 2027";
date_frames.py, where the corpora's count is). A number after a room's word is no date ("Zi.
1.03.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from desktop.core.privacy.addresses import addresses
from desktop.core.privacy.birth_table import birth_cells
from desktop.core.privacy.checkdigits import (
    azr_is_valid,
    icao_check_digit,
    pension_number_is_valid,
    tax_id_is_valid,
)
from desktop.core.privacy.checkdigits import (
    document_number_is_valid as document_number_is_valid,  # re-exported
)
from desktop.core.privacy.checkdigits import iban_is_valid as iban_is_valid  # re-exported
from desktop.core.privacy.cues import cued_candidates, letterhead_file_numbers
from desktop.core.privacy.date_frames import bracketed_after_name, framed_dates
from desktop.core.privacy.file_codes import (
    NOT_OFFICES,
    code_tokens,
    is_time_range,
    numbered_compounds,
)
from desktop.core.privacy.hand_dates import BORN_AFTER_STARTS, roman_dates, short_month_years
from desktop.core.privacy.ibans import ibans
from desktop.core.privacy.keywords import _hinted, lower_note
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind
from desktop.core.privacy.months import month_digits, month_years
from desktop.core.privacy.mrz import mrz_candidates
from desktop.core.privacy.office_numbers import office_numbers
from desktop.core.privacy.pattern_sources import (
    _SHORT_WORDS,
    _digit_count,
    _digit_shape,
    _first_digit,
    _keyed,
    _pat,
    _rx_lower,
)
from desktop.core.privacy.pattern_sources import MONTHS as MONTHS  # re-exported
from desktop.core.privacy.pattern_sources import _rx as _rx  # re-exported (detector.py)
from desktop.core.privacy.spoken_ids import spoken_ids
from desktop.core.privacy.table_ids import table_ids
from desktop.core.privacy.wordclass import PREPOSITIONS

Candidate = tuple[int, int, Kind, int]

# Stands for masked placeholders and findings (see detector.py); it counts like a number
# between a birth cue and a date, as the digits of the item it replaces did.
BLANK = "\u25a0"

# Priorities: the surer and the more specific wins an overlap.
P_EMAIL, P_IBAN, P_KEYED, P_DATE, P_ADDRESS, P_SHAPED, P_PHONE, P_LOOSE = (
    100, 90, 80, 70, 60, 55, 50, 40)

_BIRTH_HINTS = ("geb.", "geboren", "geburt", "dob", "date of birth", "jahrgang", "jg.", "jahrg.",
                "born")
_BIRTH_HINT_BYTES = re.compile(rb"geb(?:\.|oren|urt)|dob|date of birth|j(?:ahrg(?:ang|\.)|g\.)|born")


def _valid_day_month(d: str, m: str) -> bool:
    return 1 <= int(d) <= 31 and 1 <= int(m) <= 12


class _BirthCues:
    """Is a date a birth date? Yes when the last thing before it in its clause that matters
    is a birth cue ("geb.", "geboren", "Geburtsdatum", "*"), with no number in between: "geb.
    12.03.1988", "Geburtsdatum laut Pass: 3. Mai 1990", but not the second date in "geb.
    12.03.1988, Termin am 5.6.2024" (a masked placeholder counts as a number). No distance limit: a limit in characters would change when
    a placeholder replaces a longer name, and anonymising twice must give the same result."""

    def __init__(self, text: str) -> None:
        self.text = text
        # (the hints searched in the note's bytes with ASCII lowered, one pattern: 2 µs a note,
        # where lowering the text and nine substring searches cost 3. Any hint of the lowered
        # text is there too; what only the bytes show (letters joined where a character beyond
        # Latin-1 fell out) lets the cue pattern run, which finds a cue only with a hint, but
        # for an "i" the engine matches to a Turkish "ı" or "İ": there the text's hints decide)
        self.active = "*" in text or _BIRTH_HINT_BYTES.search(
            text.encode("latin-1", "ignore").lower()) is not None
        cues = list(_rx()["birth_cue"].finditer(text)) if self.active else []
        if cues and ("ı" in text or "İ" in text) and not (
                "*" in text or any(map(text.lower().__contains__, _BIRTH_HINTS))):
            cues = []
        self.cue_ends = [_answer_start(text, m.end()) for m in cues]
        self.active = bool(self.cue_ends)
        # "Geburtsdaten der Kinder: 12.05.2019, 3.4.2021": a plural cue announces a list
        self.plural = bool(cues) and "daten" in text and any(m[0].endswith("daten") for m in cues)
        self.cells = birth_cells(text) if self.active and (
            ";" in text or "|" in text or "\t" in text) else []

    def kind(self, start: int, end: int = -1) -> Kind:
        """The kind of the date at start; one that ends at `end` right before "geboren" is a
        birth date ("die andere ist 1995 geboren", "am 3.5.1990 geboren")."""
        if not self.active:
            return Kind.DATUM
        i = bisect.bisect_right(self.cue_ends, start) - 1
        if i >= 0 and not _rx()["birth_block"].search(self.text, self.cue_ends[i], start):
            return Kind.GEBURTSDATUM
        if end >= 0 and self.text.startswith(BORN_AFTER_STARTS, end) and _rx()["born_after"].match(
                self.text, end):
            return Kind.GEBURTSDATUM
        if any(s <= start < e for s, e in self.cells):
            return Kind.GEBURTSDATUM  # "Al-Hamwi;Nour;02.03.2003;…" under "Name;Vorname;Geb.;…"
        return Kind.DATUM



def _answer_start(text: str, end: int) -> int:
    """Where a birth cue's value begins: after it, or after the next line's speaker when it is
    asked in a transcript ("SB: Geburtsdatum?⏎D.: 03.03.1990")."""
    if text.startswith("?", end) and (m := _ANSWER.match(text, end)) is not None:
        return m.end()
    return end


_ANSWER = re.compile(r"\?[ \t]*\n[^\n:0-9]{1,20}:[ \t]*")


def _dates(text: str) -> Iterator[Candidate]:
    rx = _rx()
    birth = _BirthCues(text)
    first = _first_digit(text)
    # Dates by their digits, and by the month's name (in any case: no variant), in one pass
    # (pattern_sources, "date_any"): each of the three patterns as its own pass would find
    # them, the next match of one only after the end of its last.
    end_num = end_short = end_text = 0
    birth_end = -99  # the end of the last birth date by its digits
    for m in rx["date_any"].finditer(text, first):
        start = m.start()
        if m["n"] is not None and start >= end_num:
            end_num = end = m.end("n")
            d, month, year = text[start:m.end("nd")], m["nm"], m["ny"]
            if (_valid_day_month(d, month) or _unknown_parts(d, month, year)) and not (
                    year is None and _after_room(text, start)):  # "Zi. 1.03.": a room's number
                kind = birth.kind(start, end)
                between = text[birth_end:start] if start - birth_end < 8 else None
                if text[start - 1] == "(" and year is not None and bracketed_after_name(
                        text, start, end) or between in _ALTERNATIVES or (
                            birth.plural and between in (", ", "; ")):
                    kind = Kind.GEBURTSDATUM  # "(14.09.1994 vs. 02.01.1988)": both
                if kind is _BIRTH:
                    birth_end = end
                yield start, end, kind, P_DATE
                if text.startswith(_LINKS, end) and (link := rx["date_range"].match(text, end)) \
                        and _valid_day_month(link["d"], link["m"]):
                    yield start, link.end(), kind, P_DATE  # "für 08.12.–11.12.": one date
        if m["s"] is not None and start >= end_short:
            # Day and month, or the day alone before a comma, only after a cue ("am 3.5")
            end_short = end = m.end("s")
            d, month = text[start:m.end("sd")], m["sm"]
            day_ok = _valid_day_month(d, month) if month else 1 <= int(d) <= 31
            if day_ok and rx["date_short_cue"].search(text, max(0, start - 8), start):
                yield start, end, birth.kind(start), P_DATE
        if m["t"] is not None and start >= end_text:
            end_text = end = m.end("t")
            if 1 <= int(text[start:m.end("td")]) <= 31:
                yield start, end, birth.kind(start, end), P_DATE
    # Cheap tests of the note's shape skip passes that cannot match.
    shape = _digit_shape(text)
    names = (["date_iso"] if "0000-00-00" in shape else []) + (
        ["date_slash"] if "0/0" in shape else []) + (
        ["date_dash"] if "0-0000" in shape else [])
    for name in names:
        for m in rx[name].finditer(text, first):
            if _valid_day_month(m["d"], m["m"]) or _unknown_parts(m["d"], m["m"], m["y"]):
                if m["y"] is None and _after_room(text, m.start()):
                    continue  # "Zi. 1.03.", "Raum 1.07.": a room's number
                yield m.start(), m.end(), birth.kind(m.start(), m.end()), P_DATE
    for start, end in roman_dates(text) if "0.A" in shape else ():  # "7.XII.2026"
        yield start, end, birth.kind(start, end), P_DATE
    if lower_note(text):
        # Dictated: "am ersten august", "vom zwölften elften", "zweiter april
        # neunzehnhundertneunundachtzig" (in a note typed in lower case, or dictated with its
        # punctuation spoken: "Komma geboren am vierzehnten Juli zweitausendneun Punkt"; a pass
        # over every note would cost its time for the few dictated)
        for m in _rx_lower()["date_spoken_lc"].finditer(text):
            yield m.start(), m.end(), birth.kind(m.start(), m.end()), P_DATE
    elif "Komma" in text or "Punkt" in text:
        for m in rx["date_spoken"].finditer(text):
            yield m.start(), m.end(), birth.kind(m.start(), m.end()), P_DATE
    # Month with year, or a year alone: only a birth date (see the module docstring).
    if not birth.active:
        return
    # Spaced as on a form's boxes ("Geb.datum 19 08 1984"): only right after a birth cue.
    for m in rx["date_spaced"].finditer(text, first) if "00 00 0000" in shape else ():
        if _valid_day_month(m["d"], m["m"]) and birth.kind(m.start(), m.end()) is _BIRTH:
            yield m.start(), m.end(), _BIRTH, P_DATE
    for m in _pat("month_year", text).finditer(text):
        if birth.kind(m.start(), m.end()) is Kind.GEBURTSDATUM:
            yield m.start(), m.end(), Kind.GEBURTSDATUM, P_DATE - 1
    for m in month_digits().finditer(text, first) if "0/0000" in shape else ():  # "geb. 12/1990"
        if birth.kind(m.start(), m.end()) is _BIRTH:
            yield m.start(), m.end(), _BIRTH, P_DATE - 1
    for start, end in short_month_years(text) if "0/0000" in shape else ():  # "geb. 2/2016"
        if birth.kind(start, end) is _BIRTH:
            yield start, end, _BIRTH, P_DATE - 1
    for m in rx["year"].finditer(text, first):
        if birth.kind(m.start(), m.end()) is Kind.GEBURTSDATUM:
            yield m.start(), m.end(), Kind.GEBURTSDATUM, P_DATE - 1


_BIRTH = Kind.GEBURTSDATUM  # an enum member read from its class costs a property call (3.11)
# Between two birth dates given as alternatives ("14.09.1994 vs. 02.01.1988")
# or listed ("geboren am 12.05.2019 und 3.4.2021": two children)
_ALTERNATIVES = frozenset({" vs. ", " bzw. ", " oder ", " / ", " und ", " sowie "})
# A range of two dates joined by a dash ("08.12.–11.12.", "1.3.-5.3.2027") is one date: what
# may follow the first date's end.
_LINKS = ("–", "-", " –", " -")


def _unknown_parts(d: str, m: str, y: str | None) -> bool:
    """"00.00.1998", "00.05.1998": a date of birth whose day or month is not known, written
    with zeros as in German documents; only with its year in four digits."""
    return (y is not None and len(y) == 4 and (d in ("00", "0") or m in ("00", "0"))
            and (d in ("00", "0") or 1 <= int(d) <= 31)
            and (m in ("00", "0") or 1 <= int(m) <= 12))


def _after_room(text: str, start: int) -> bool:
    """Does a room's word stand before the number ("Zi. 1.03.", "Raum 1.07."; not "Zeitraum
    1.3.")? A test of the text's end in C first: most dates have none before them."""
    return text.endswith(_ROOM_ENDS, 0, start) and text[max(0, start - 8):start - 1].rsplit(
        " ", 1)[-1].rstrip(".").lower() in _ROOMS


_ROOMS = frozenset({"zi", "zimmer", "raum", "büro", "saal", "rm"})
_ROOM_ENDS = tuple(f"{w}{dot} " for room in _ROOMS for w in (room, room.capitalize())
                   for dot in ("", "."))


def _file_numbers(text: str) -> Iterator[Candidate]:
    rx = _rx()
    dash, slash = "-" in text, "/" in text
    # Each pass below is skipped where the note's shape lacks the join of digits it needs
    # ("0-0": digits about a hyphen, "0/A": a digit and a capital about a slash; az_dept's
    # pass, 2.5 µs a note, ran in two notes of three for a hyphen and found none). The shape
    # is read once: a call per test was 3 % of the shaped patterns' time.
    shape = _digit_shape(text)
    digit_dash, digit_slash = "0-0" in shape, "0/0" in shape
    for m in (rx["az_letters"].finditer(text) if digit_dash or digit_slash or "0-A" in shape
              or "0/A" in shape else ()):
        if m["pre"] not in NOT_OFFICES:  # a law's, calendar's, phone's letters
            yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    lower = lower_note(text)
    # In lower case ("ab-720/24", "abh 2024/7289") letters before a space are no common word
    # ("ab 12/2024" is a month).
    for m in (_rx_lower()["az_letters_lc"].finditer(text) if lower and (dash or slash) else ()):
        pre = m["pre"]
        if pre.upper() not in NOT_OFFICES and not (
                m[0][len(pre)] == " " and _function_word(pre)):
            yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    first = _first_digit(text)
    for m in (rx["az_numeric"].finditer(text, first) if digit_dash and digit_slash else ()):
        # "ABH 32.1-19330/22": a department's capitals before the number belong to it
        prefix = None if lower else rx["az_prefix"].search(text, max(0, m.start() - 6), m.start())
        yield (m.start() if prefix is None else prefix.start()), m.end(), Kind.AKTENZEICHEN, \
            P_SHAPED
    for m in (rx["az_dept"].finditer(text, first) if "0-a" in shape or "0-A" in shape
              else ()):
        yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    for m in (rx["bamf"].finditer(text, first) if "0000000-000" in shape else ()):
        yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    # "24101//0038819" after whatever keyword ("Leistungsnummer", "Nummer der BG:")
    for m in (rx["bg_slashes"].finditer(text, first) if "00000//0" in shape else ()):
        yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    # A court file number without a slash ("AN 5 K 25.50123", "4 K 447.25") only where the
    # note names a court, or in the Bavarian shape, the year before a number of four digits or
    # more ("Au 6 K 25.31204" alone on a line of a court's letter; "3 B 10.300" may be a sum); elsewhere such a number has
    # its keyword (cues.py). A pass over every text with a full stop cost 2.6 µs a note.
    for m in (rx["az_court"].finditer(text, first) if slash or "court" in _hinted(text) or (
            "0 A 00.0000" in shape) else ()):
        court = rx["court_prefix"].search(text, max(0, m.start() - 4), m.start())
        # "…/26 Am 3.5.", "6 K 1182/25 VG Saarlouis": a word or the court's name after it
        end = m.end() if m["sfx"] not in _SHORT_WORDS and m["sfx"] not in _COURTS else \
            m.start("sfx") - 1
        yield (m.start() if court is None else court.start()), end, Kind.AKTENZEICHEN, P_SHAPED
    for m in rx["pension"].finditer(text, first) if _pension_shape(text) else ():
        if pension_number_is_valid(m[0].replace(" ", "")):  # a person's number (cues.py)
            yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_SHAPED
    for name, letters in (("kindergeld", "FK"), ("bg_number", "BG")):
        for m in rx[name].finditer(text, first) if letters in text else ():
            yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    # "32.17-13393", "518.45.9603", "ABH 3.2-2960-23", "IV/8-1045/2022": groups of digits
    # joined by ".", "-" or "/", at least six digits; not thousands ("1.234.567").
    for m in rx["az_shape"].finditer(text, first) if _digit_count(text) >= 6 else ():
        rest = m["rest"]
        if _digits(m[0]) < 6 or is_time_range(m[0]) or ("-" not in rest and "/" not in rest and "." in rest and all(
                len(g) == 3 for g in rest[1:].split("."))):
            continue
        prefix = (_rx_lower()["az_prefix_lc"] if lower else rx["az_prefix"]).search(
            text, max(0, m.start() - 6), m.start())
        if prefix is None or prefix[0].strip() in NOT_OFFICES:
            continue  # "0341/123-456": part of something longer; "ISBN 978-3-…"
        if lower and prefix["w"] is not None and _function_word(prefix["w"]):
            prefix = None  # "seit 3.2-…": the word is no part of the number
        if prefix is None:
            yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED - 10
            continue
        yield prefix.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED - 10
    for m in rx["az_year"].finditer(text, first) if digit_slash and "000/00" in shape else ():
        yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED - 10
    # "MD-ABH 32.2-11890", "LB-AB 17/2026/551": an office's code, then its number (digits
    # about a hyphen or a slash in it)
    if digit_dash or digit_slash:
        yield from office_numbers(text, P_SHAPED, shape)
    if digit_dash or digit_slash or "A-0" in shape or "0/A" in shape:  # "32/AB-K/55120"
        yield from code_tokens(text, P_SHAPED)  # any office's code token (file_codes.py)
    yield from numbered_compounds(text, P_SHAPED - 10)  # "Ausl-Nr. 77 1204"
    # Dictated word by word after its keyword ("Aktenzeichen neun null vier … Strich …")
    if ("ummer " in text or "eichen " in text) and (lower or "Punkt" in text or "Komma" in text):
        yield from spoken_ids(text, P_KEYED)


# Courts' names that may follow a file number ("6 K 1182/25 VG Saarlouis"): no seat's letters.
_COURTS = frozenset({"VG", "OVG", "VGH", "SG", "LSG", "BSG", "AG", "LG", "OLG", "BGH", "LAG",
                     "ArbG", "FG"})


def _pension_shape(text: str) -> bool:
    """Six digits or more, then a letter and three digits ("12 010190 M 446", "65170885K012"):
    the pension number's pass runs only then. Found from the runs of six digits (a search for
    a needle of digits alone is fast; one with spaces or letters cost 1–2 µs a note)."""
    if _digit_count(text) < 11:
        return False
    shape = _digit_shape(text)
    i = shape.find("000000")
    while i >= 0:
        j = i + 6
        while j < len(shape) and shape[j] == "0":
            j += 1
        if shape[j:j + 6].startswith((" A 000", "A000", " A000", "A 000")):
            return True
        i = shape.find("000000", j)
    return False


def _function_word(lw: str) -> bool:
    """A common word or a preposition ("ab 12/2024", "unter 0152/901 52242"): no prefix of a
    file number typed in lower case ("abh 2024/7289")."""
    return lw in PREPOSITIONS or lw in lexicon().common_words


def _digits(s: str) -> int:
    return sum(map(str.isdigit, s))


def _phones(text: str) -> Iterator[Candidate]:
    rx = _rx()
    for m in _keyed("phone_keyed", text):
        num = m["num"].rstrip(" /.-(")
        # An extension alone has two to four digits, and only after its word ("Durchwahl 211")
        # "Fax -11": an extension of the number before it
        if 5 <= _digits(num) <= 16 or _digits(num) >= 2 and (
                num[0] == "-" or m[0][:9].lower() == "durchwahl"):
            yield m.start("num"), m.start("num") + len(num), Kind.TELEFON, P_KEYED
    if "ull " in text:
        if "phone_keyed" in _hinted(text):
            for m in rx["phone_spoken"].finditer(text):
                yield m.start("num"), m.end("num"), Kind.TELEFON, P_KEYED
        for m in rx["phone_spoken_bare"].finditer(text):
            yield m.start(), m.end(), Kind.TELEFON, P_PHONE
    digits = _digit_count(text)
    # "+49 …" and "(0341) …" start one character before their first digit.
    first = max(0, _first_digit(text) - 1)
    for m in (rx["phone_intl"].finditer(text, first) if ("+" in text or "00" in text)
              and digits >= 8 else ()):
        value = m[0]
        if " / " in value and (cut := _second_number(value)):
            value = value[:cut]  # "+34 612 447 903 / 0176 …": two numbers, each its own
        if 8 <= _digits(value) <= 16:
            # "(+49) 176 …": the bracket before the country's code belongs to the number
            close = value.find(")")
            start = m.start() - 1 if 2 <= close <= 4 and value[1:close].isdigit() else m.start()
            yield start, m.start() + len(value), Kind.TELEFON, P_PHONE
    for m in rx["phone_nat"].finditer(text, first) if digits >= 7 else ():
        if 7 <= _digits(m[0]) <= 15:
            yield m.start(), m.end(), Kind.TELEFON, P_PHONE


def _second_number(value: str) -> int:
    """Where a second number begins after a spaced slash, with its own trunk or country
    prefix ("+34 612 447 903 / 0176 …"); 0 if none."""
    cut = value.find(" / ")
    return cut if cut > 0 and _digits(value[:cut]) >= 8 and value[cut + 3] in "0+" else 0


def _emails(text: str) -> Iterator[Candidate]:
    if " at " in text and "unkt " in text:
        # Dictated: "anna punkt kowalska at gmail punkt com"
        for m in _rx()["email_spoken"].finditer(text):
            yield m.start(), m.end(), Kind.EMAIL, P_EMAIL
    # Found from the "@" outwards: scanning every word for a local part would be slow.
    if "@" not in text and "at)" not in text and "at]" not in text and "AT" not in text:
        return
    rx = _rx()
    for at in rx["email_at"].finditer(text):
        local = rx["email_local"].search(text, max(0, at.start() - 64), at.start())
        domain = rx["email_domain"].match(text, at.end())
        if local and domain and not local[0].startswith(" "):
            yield local.start(), domain.end(), Kind.EMAIL, P_EMAIL


def _documents(text: str) -> Iterator[Candidate]:
    rx = _rx()
    shape, count = _digit_shape(text), _digit_count(text)
    # (a capital before a digit, "C01X00T47": every document number has one)
    for m in (rx["id_german"].finditer(text) if "A0" in shape else ()):
        if m["check"] is not None:
            # Ten characters: the number with its check digit (ICAO 9303), as printed in the
            # machine-readable zone of a Personalausweis, Reisepass or eAT.
            if icao_check_digit(m[0][:9]) == m["check"]:
                yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_SHAPED - 5
        elif _digits(m[0]) >= 1 and not m[0].isdigit():
            yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_SHAPED - 5
    for m in (_rx_lower()["id_german_lc"].finditer(text) if count >= 4 and lower_note(text)
              else ()):
        if icao_check_digit(m[0][:9]) == m[0][9] and _digits(m[0]) >= 4:
            yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_SHAPED - 5
    for m in (rx["id_passport"].finditer(text) if "A000000" in shape else ()):
        yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_LOOSE + 5
    # "Nr. D 1193284" (a Duldung's or a passport's number, its letter apart; on a copy's page
    # end without the document's name)
    for m in (rx["id_nr_spaced"].finditer(text) if "A 0000000" in shape else ()):
        yield m.start("num"), m.end("num"), Kind.AUSWEISNUMMER, P_LOOSE + 5
    if "<" in text and "<<" in text:  # a passport's machine-readable lines (memchr first)
        yield from mrz_candidates(text, P_KEYED + 5)
    for m in _keyed("azr_keyed", text):
        yield m.start("num"), m.end("num"), Kind.AZR, P_KEYED
    first = _first_digit(text)
    azr = count >= 12 and "000000" in shape
    for m in rx["azr_loose"].finditer(text, first) if azr else ():
        # An AZR number begins with the date of first registration (YYMMDD); another twelve
        # digits are still a reference to a person's file, but no AZR number.
        kind = Kind.AZR if azr_is_valid(m[0].replace(" ", "")) else Kind.AKTENZEICHEN
        if kind is Kind.AZR or " " not in m[0]:
            yield m.start(), m.end(), kind, P_LOOSE
    for m in _keyed("tax_keyed", text):
        # Grouped in fours ("2590 8364 759") the digits might be an account or a phone
        # number: only with the check digit of a tax ID.
        if m["num"][4:5] != " " or tax_id_is_valid(m["num"].replace(" ", "")):
            yield m.start("num"), m.end("num"), Kind.STEUER_ID, P_KEYED
    tax = count >= 11 and (  # eleven digits, "12 345 678 901" or "1234 5678 901"
        "00000000000" in shape or "00 000 000 000" in shape or "0000 0000 000" in shape)
    for m in rx["tax_loose"].finditer(text, first) if tax else ():
        digits = m[0].replace(" ", "")
        if digits[0] != "0" and tax_id_is_valid(digits):
            yield m.start(), m.end(), Kind.STEUER_ID, P_LOOSE


FINDERS: tuple[Callable[[str], Iterator[Candidate]], ...] = (
    _emails, lambda text: ibans(text, P_IBAN), lambda text: framed_dates(text, _dates(text)),
    _file_numbers, _phones, _documents,
    lambda text: addresses(text, P_ADDRESS),  # streets, postcodes and towns
    lambda text: cued_candidates(text, P_KEYED, P_ADDRESS),  # identifiers after their cue
    lambda text: letterhead_file_numbers(text, P_KEYED) if "\n" in text else iter(()),
    # a table's columns named by its header row
    lambda text: table_ids(text, P_KEYED) if ";" in text or "|" in text or "\t" in text else iter(()),
    # "bis März 2027", "bis 09/2027": the loosest, any other reading of the digits wins
    lambda text: month_years(text, P_LOOSE - 1),
)


def shaped_candidates(text: str) -> list[Candidate]:
    """All candidates of every shaped kind; overlaps are left to the detector."""
    rx = _rx()
    if rx["has_digit"].search(text) is None and rx["has_shape"].search(text) is None:
        return []
    out: list[Candidate] = []
    for finder in FINDERS:
        out.extend(finder(text))
    return out


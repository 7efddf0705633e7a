"""Personal data with a fixed shape: dates, file numbers, phone numbers, e-mail, addresses,
IBANs, document numbers, AZR numbers and tax IDs.

Each finder yields candidates `(start, end, kind, priority)`; the detector settles overlaps
(higher priority first, then the longer match). A keyword before a number ("Az.", "Tel.",
"Pass-Nr.") makes the match surer and so raises its priority. The regular expressions are
compiled on first use, so importing this module costs nothing at app start.

Decisions: a month with a year alone ("im April 2024") is kept: it orders the events of a
reflection and on its own does not point to a person. After a birth cue ("geb.", "geboren")
any date, month-with-year or year is a birth date.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

from desktop.core.privacy.keywords import _KEYWORDS, _hinted, _keywords
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind
from desktop.core.privacy.trie import trie

Candidate = tuple[int, int, Kind, int]

# Stands for masked placeholders and findings (see detector.py); it counts like a number
# between a birth cue and a date, as the digits of the item it replaces did.
BLANK = "\u25a0"

# Priorities: the surer and the more specific wins an overlap.
P_EMAIL, P_IBAN, P_KEYED, P_DATE, P_ADDRESS, P_SHAPED, P_PHONE, P_LOOSE = (
    100, 90, 80, 70, 60, 55, 50, 40)

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))

IBAN_LENGTHS = {
    "AD": 24, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "CH": 21,
    "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27,
    "GB": 22, "GE": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IQ": 23, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MD": 24, "ME": 22,
    "MK": 19, "MT": 31, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TN": 24, "TR": 26, "UA": 29,
    "XK": 20,
}

_NOT_TOWN = frozenset({
    "euro", "eur", "menschen", "personen", "fälle", "anträge", "kunden", "einwohner", "mal",
    "seiten", "stück", "exemplare", "zeichen", "wörter", "dollar", "stunden", "tage", "jahre",
})

# Nouns that name streets after a preposition ("An der Kirche 3") although they are also
# meaning words; other meaning words there are not streets ("Am Schalter 2", "Im Jahr 2023").
_STREET_NOUNS = frozenset("""
kirche markt bahnhof park anger berg hafen mühle brunnen schule friedhof rathaus stadtpark wall
graben ring tor turm schloss garten wiese feld wald see teich bach brücke damm deich weinberg
sportplatz kirchhof stift kloster post lindenhof mühlgraben steinbruch ziegelei gericht
""".split())
_STREET_WORDS = ("Straße", "Strasse", "Str.", "Weg", "Platz", "Allee", "Ring", "Damm",
                 "Chaussee", "Gasse", "Markt", "Ufer", "Steig", "Pfad")
_TOWN_PREFIXES = frozenset({"Lutherstadt", "Bad", "Sankt", "Hansestadt", "Neustadt", "Alt",
                            "Neu", "Groß", "Klein", "Markt", "Stadt", "Ostseebad", "Seebad"})

_STREET_SUFFIX = (
    "straße|strasse|str\\.|allee|weg|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|"
    "graben|wall|kamp|anger|zeile|promenade|stieg|winkel|hof|berg|feld|garten|park|brücke|tor|"
    "höhe|aue|siedlung|bogen|grund|hang|wiese|hain|heide|gärten|straße")
_HOUSE_NO = (
    r"(?:\s?Nr\.)?\s?[0-9]{1,4}(?:\s?[a-hA-H](?![\w]))?(?:\s?[-–/]\s?[0-9]{1,4}[a-h]?)?"
    r"(?![0-9]|[.,:][0-9]|\s?(?:Uhr|Min|Minuten|Std|Stunden|Jahre|Jahren|Jahr|Tage|Tagen|Wochen|"
    r"Monate|Monaten|Euro|EUR|€|%|Prozent|Personen|Kinder|Mal|x\b|km|m\b|Seiten|Punkte))")


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    """All patterns, compiled once on first use.

    Each pattern starts with a plain character class and checks the character before it with
    a look-behind only after that: Python's regex engine then skips ahead quickly to possible
    starts, which makes a pass over a long text several times faster.
    """
    L = "A-Za-zÄÖÜäöüß"
    day = r"(?P<d>[0-9](?<![\w.,/-][0-9])[0-9]?)"
    month = r"(?P<m>[01]?[0-9])"
    year = r"(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})"
    months = _MONTH_ALT
    p = {
        "date_num": rf"{day}\.\s?{month}\.(?:\s?{year}(?![0-9]))?(?![0-9]|\.[0-9])",
        "date_short": rf"(?P<dm>{day}\.{month})(?![.0-9]|,[0-9])",
        "date_short_cue": r"\b(?:am|vom|bis zum|bis|zum|seit|ab)\s$",
        "date_iso": r"[12](?<![\w.-][12])(?P<y>[0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![\w-])",
        "date_slash": rf"{day}/{month}/(?P<y>(?:19|20)?[0-9]{{2}})(?![\w/])",
        "date_text": rf"{day}\.?\s?(?P<mon>{months})\.?(?:\s(?P<y>(?:19|20)[0-9]{{2}}))?(?![\w])",
        "month_year": "(?P<mon>" + _keywords(months, before=r"[\w.]")
                      + r")\.?\s(?P<y>(?:19|20)[0-9]{2})(?![\w])",
        "year": r"[12](?<![\w.][12])(?:(?<=1)9|(?<=2)0)[0-9]{2}(?![\w])",
        "birth_cue": r"(?=[GgDd*])(?i:\bgeb\.|\bgeboren|geburtsdatum|geb\.-datum|geburtstag|geburtsjahr"
                     r"|date of birth|\bdob\b|\*)",
        "birth_block": r"[.!?;](?=\s)|\n|[0-9\u25a0]",
        "az_keyed": _keywords(_KEYWORDS["az_keyed"]) +
                    r"[a-z]*\.?\s*(?:[:#]\s*)?(?:(?:Nr|No)\.?\s*[:#]?\s*)?(?:lautet\s+|ist\s+)?"
                    r"(?P<id>[A-Z0-9ÄÖÜ][A-Za-z0-9ÄÖÜ]*(?:[./-][A-Za-z0-9]+)*"
                    r"(?:\s[0-9]+(?:[./-][A-Za-z0-9]+)+)?)",
        "az_letters": r"(?P<pre>[A-ZÄÖÜ](?<![\w./-].)[A-ZÄÖÜ]{1,5})[-/ ][0-9]{2,6}(?:[-/][0-9A-Z]{1,8}){1,3}(?![\w/-])",
        "az_numeric": r"[0-9](?<![\w./,-][0-9])[0-9]{0,3}(?:\.[0-9]{1,4})*-[0-9]{1,6}(?:\s[0-9]{1,6})?/[0-9]{2,4}(?![\w/-]|\.[0-9])",
        "phone_keyed": _keywords(_KEYWORDS["phone_keyed"]) +
                       r"\.?\s*(?:[:]\s*)?(?:(?:ist|lautet)\s+)?"
                       r"(?P<num>\+?\(?[0-9][0-9 ()/.-]{3,22}[0-9])(?![0-9])",
        "phone_intl": r"[+0](?<![\w+].)(?:(?<=\+)|(?<=0)0)[1-9][0-9]{0,2}(?:[ ./-]?\(0\))?(?:[ ./-]{0,3}[0-9]){6,14}(?![0-9])",
        "phone_nat": r"[(0](?<![\w+/.,-][(0])(?:(?<=\()0[0-9]{2,5}\)|(?<=0)[1-9][0-9]{1,5})(?:\s?[/-]\s?|\s)?[0-9]{2,}"
                     r"(?:[ -]?[0-9]{2,}){0,4}(?![\w/]|[.,][0-9])",
        "email_at": r"@|\((?:at|AT)\)|\[(?:at|AT)\]",
        "email_local": r"(?<![\w.+-])[\w.%+-]+\s?$",
        "email_domain": r"\s?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])",
        "iban": r"(?P<cc>[A-Z](?<![A-Za-z0-9].)[A-Z])[0-9]{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])",
        "iban_cue": r"(?i:iban|kontonummer|konto)\s*[:.]?\s*$",
        "id_keyed": _keywords(_KEYWORDS["id_keyed"]) +
                    r"[a-z]*(?:[- ]?(?:Serien|serien|Karten|karten|Dokumenten)?"
                    r"(?:Nr|Nummer|nummer|nr|No)\.?)?"
                    r"(?:\s*(?:[:#(,]|Nr\.?|Nummer|No\.?|mit\s+der\s+(?:Nr\.|Nummer)|lautet|lautete"
                    r"|ist|war|mit)\s*){0,3}\s*"
                    r"(?P<id>(?=[A-Z0-9]*[0-9])[A-Z0-9]{6,12}|[CFGHJKLMNPRTVWXYZ]{9})(?![\w-])",
        "id_german": r"[CFGHJKLMNPRTVWXYZ](?<![\w-].)[CFGHJKLMNPRTVWXYZ0-9]{8}(?P<check>[0-9])?(?![\w-])",
        "id_passport": r"[A-Z](?<![\w-].)[A-Z]?[0-9]{6,9}(?![\w-])",
        "azr_keyed": _keywords(_KEYWORDS["azr_keyed"]) + r"[a-z]*(?:-?(?:Nr|Nummer|nummer)\.?)?"
                     r"\s*[:.(]?\s*(?:(?:ist|lautet)\s+)?(?P<num>[0-9](?:[ ]?[0-9]){11})(?![0-9])",
        "azr_loose": r"[0-9](?<![0-9.,/-][0-9])[0-9]{5}[ ]?[0-9]{6}(?![0-9]|[.,/-][0-9])",
        "az_shape": r"[1-9](?<![\w.-][1-9])[0-9]{0,4}(?P<rest>(?:[./-][0-9]{1,6}){2,4})(?![\w/-]|[.,][0-9])",
        "az_prefix": r"(?:(?<![\w./-])[A-ZÄÖÜ]{2,5} |(?<![\w./-])[IVX]{1,4}/|(?<![\w.-]))$",
        "tax_keyed": _keywords(_KEYWORDS["tax_keyed"]) +
                     r"\.?\s*[:.]?\s*(?:(?:ist|lautet)\s+)?"
                     r"(?P<num>[0-9]{2}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{3}|[0-9]{2,3}/[0-9]{3,4}/[0-9]{4,5})(?![0-9])",
        "tax_loose": r"[1-9](?<![0-9.,/-][1-9])(?:[0-9]{10}|[0-9] [0-9]{3} [0-9]{3} [0-9]{3})(?![0-9]|[.,/-][0-9])",
        "street_word": rf"[A-ZÄÖÜ](?<![\w-].)(?=[{L}.-]{{2,60}}+\s?(?:Nr\.\s?)?[0-9])[{L}]*(?:-[{L}]+)*-?(?i:{_STREET_SUFFIX}){_HOUSE_NO}",
        "street_adj": rf"[A-ZÄÖÜ](?<![\w-].)[{L}]+(?:er|e|es|en) (?:Straße|Strasse|Str\.|Weg|Platz|Allee"
                      rf"|Ring|Damm|Chaussee|Gasse|Markt|Ufer|Landstraße|Steig|Pfad){_HOUSE_NO}",
        "street_prep": _keywords("Am|An der|An den|Auf der|Auf dem|Auf den|Im|In der|In den|Zum"
                                 "|Zur|Unter den|Hinter der|Hinter dem|Vor dem|Alt-|Alte|Neue"
                                 "|Kleine|Große|Hohe|Lange") + rf"\s?(?P<w>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ]?[{L}]+)?){_HOUSE_NO}",
        "postcode": rf"(?P<plz>[0-9](?<![\w./,-][0-9])[0-9]{{4}})\s(?P<town>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ][{L}]+)*"
                    rf"(?:\s(?P<second>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ][{L}]+)*))?"
                    rf"(?:\s(?:an der|an dem|am|im|in|bei|ob der|vor der)\s[A-ZÄÖÜ][{L}]+"
                    rf"|\s\([A-ZÄÖÜ][{L} .]+\)|\s?/\s?[A-ZÄÖÜ][{L}]+)?)",
        "address_join": r"(?:,\s*|\s+|,?\s+in\s+|\s*\n\s*)",
        "has_digit": r"[0-9@]",
        "digit": r"[0-9]",
        # Is one of the words street_adj needs anywhere in the text (as a substring)?
        "street_words": trie(_STREET_WORDS),
        # Every IBAN and document number has a capital letter just before a digit.
        "letter_digit": r"[A-Z][0-9]",
        "has_shape": r"[(\[](?:at|AT)[)\]]|[CFGHJKLMNPRTVWXYZ]{9}",
    }
    return {name: re.compile(rx) for name, rx in p.items()}


def _keyed(name: str, text: str) -> Iterator[re.Match[str]]:
    if name in _hinted(text):
        yield from _rx()[name].finditer(text)


# Each byte of a text's UTF-8 as "0" (an ASCII digit), " " (a space) or "." (anything else): in
# UTF-8 an ASCII digit or space is one byte and no other character contains one.
_DIGIT_SHAPE = bytes(48 if 48 <= b <= 57 else 32 if b == 32 else 46 for b in range(256))


@functools.lru_cache(maxsize=8)
def _digit_shape(text: str) -> bytes:
    """Where the text's digits and spaces are, one translation in C (about 0.5 µs): the
    loose number patterns are skipped when the text lacks the run of digits they need (each
    pass costs 2–4 µs on a short note; in the 3,000 short notes of the bench an AZR, tax ID or
    postcode pass ran in 85–93 % of the notes, and found one in 14–19 %)."""
    return text.encode("utf-8", "surrogatepass").translate(_DIGIT_SHAPE)


@functools.lru_cache(maxsize=8)
def _digit_count(text: str) -> int:
    """ASCII digits in the text: a pattern that needs more digits than the text has is skipped
    (many notes hold only a date or two)."""
    return _digit_shape(text).count(48)


@functools.lru_cache(maxsize=8)
def _first_digit(text: str) -> int:
    """Where the first ASCII digit is (len(text) if none). A pattern that starts with a digit
    is searched from there: the engine tests every character of the text against a pattern's
    first characters, a third of the time spent in the patterns, and the text before the first
    digit cannot hold such a match. The search from a later position is exact: look-behinds
    still see the characters before it."""
    m = _rx()["digit"].search(text)
    return len(text) if m is None else m.start()


@functools.lru_cache(maxsize=8)
def _letter_digit(text: str) -> bool:
    return _rx()["letter_digit"].search(text) is not None


_BIRTH_HINTS = ("geb.", "geboren", "geburts", "dob", "date of birth")


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
        self.active = "*" in text or any(map(text.lower().__contains__, _BIRTH_HINTS))
        self.cue_ends = [m.end() for m in _rx()["birth_cue"].finditer(text)] if self.active else []
        self.active = bool(self.cue_ends)

    def kind(self, start: int) -> Kind:
        if not self.active:
            return Kind.DATUM
        i = bisect.bisect_right(self.cue_ends, start) - 1
        if i < 0 or _rx()["birth_block"].search(self.text, self.cue_ends[i], start):
            return Kind.DATUM
        return Kind.GEBURTSDATUM


def _dates(text: str) -> Iterator[Candidate]:
    rx = _rx()
    birth = _BirthCues(text)
    # Cheap substring tests skip passes that cannot match ("-" for ISO dates, "/" …).
    names = ["date_num"] + (["date_iso"] if "-" in text else []) + (
        ["date_slash"] if "/" in text else [])
    first = _first_digit(text)
    for name in names:
        for m in rx[name].finditer(text, first):
            if _valid_day_month(m["d"], m["m"]):
                yield m.start(), m.end(), birth.kind(m.start()), P_DATE
    for m in rx["date_short"].finditer(text, first):
        if _valid_day_month(m["d"], m["m"]) and rx["date_short_cue"].search(
                text, max(0, m.start() - 8), m.start()):
            yield m.start("dm"), m.end("dm"), birth.kind(m.start("dm")), P_DATE
    for m in rx["date_text"].finditer(text, first):
        if 1 <= int(m["d"]) <= 31:
            yield m.start(), m.end(), birth.kind(m.start()), P_DATE
    # Month with year, or a year alone: only a birth date (see the module docstring).
    if not birth.active:
        return
    for m in rx["month_year"].finditer(text):
        if birth.kind(m.start()) is Kind.GEBURTSDATUM:
            yield m.start(), m.end(), Kind.GEBURTSDATUM, P_DATE - 1
    for m in rx["year"].finditer(text, first):
        if birth.kind(m.start()) is Kind.GEBURTSDATUM:
            yield m.start(), m.end(), Kind.GEBURTSDATUM, P_DATE - 1


def _file_numbers(text: str) -> Iterator[Candidate]:
    rx = _rx()
    if "az_keyed" in _hinted(text):
        # A keyword whose "number" has no digit is no file number, but the word it took may
        # be the next keyword ("AZ.AZ:0"): search on from just after this keyword.
        pos = 0
        while (m := rx["az_keyed"].search(text, pos)) is not None:
            ident = m["id"].rstrip("./-")
            if any(ch.isdigit() for ch in ident):
                yield m.start("id"), m.start("id") + len(ident), Kind.AKTENZEICHEN, P_KEYED
                pos = m.end()
            else:
                pos = m.start() + 1
    dash, slash = "-" in text, "/" in text
    for m in (rx["az_letters"].finditer(text) if dash or slash else ()):
        if m["pre"] not in {"EU", "EG", "EWG", "VO", "KW", "ISO", "DIN", "BGBL"}:
            yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    first = _first_digit(text)
    for m in (rx["az_numeric"].finditer(text, first) if dash and slash else ()):
        yield m.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED
    # "32.17-13393", "518.45.9603", "ABH 3.2-2960-23", "IV/8-1045/2022": groups of digits
    # joined by ".", "-" or "/", at least six digits; not thousands ("1.234.567").
    for m in rx["az_shape"].finditer(text, first) if _digit_count(text) >= 6 else ():
        rest = m["rest"]
        if _digits(m[0]) < 6 or ("-" not in rest and "/" not in rest and "." in rest and all(
                len(g) == 3 for g in rest[1:].split("."))):
            continue
        prefix = rx["az_prefix"].search(text, max(0, m.start() - 6), m.start())
        if prefix is None:
            continue  # "0341/123-456": part of something longer
        yield prefix.start(), m.end(), Kind.AKTENZEICHEN, P_SHAPED - 10


def _digits(s: str) -> int:
    return sum(map(str.isdigit, s))


def _phones(text: str) -> Iterator[Candidate]:
    rx = _rx()
    for m in _keyed("phone_keyed", text):
        num = m["num"].rstrip(" /.-(")
        if 5 <= _digits(num) <= 16:
            yield m.start("num"), m.start("num") + len(num), Kind.TELEFON, P_KEYED
    digits = _digit_count(text)
    # "+49 …" and "(0341) …" start one character before their first digit.
    first = max(0, _first_digit(text) - 1)
    for m in (rx["phone_intl"].finditer(text, first) if ("+" in text or "00" in text)
              and digits >= 8 else ()):
        if 8 <= _digits(m[0]) <= 16:
            yield m.start(), m.end(), Kind.TELEFON, P_PHONE
    for m in rx["phone_nat"].finditer(text, first) if digits >= 7 else ():
        if 7 <= _digits(m[0]) <= 15:
            yield m.start(), m.end(), Kind.TELEFON, P_PHONE


def _emails(text: str) -> Iterator[Candidate]:
    # Found from the "@" outwards: scanning every word for a local part would be slow.
    if "@" not in text and "at)" not in text and "at]" not in text and "AT" not in text:
        return
    rx = _rx()
    for at in rx["email_at"].finditer(text):
        local = rx["email_local"].search(text, max(0, at.start() - 64), at.start())
        domain = rx["email_domain"].match(text, at.end())
        if local and domain and not local[0].startswith(" "):
            yield local.start(), domain.end(), Kind.EMAIL, P_EMAIL


def iban_is_valid(compact: str) -> bool:
    """ISO 13616 check digits (mod 97)."""
    if not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    moved = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
    except ValueError:
        return False


def _ibans(text: str) -> Iterator[Candidate]:
    rx = _rx()
    if not _letter_digit(text):
        return
    for m in rx["iban"].finditer(text):
        raw = m[0]
        compact = raw.replace(" ", "")
        cued = rx["iban_cue"].search(text, max(0, m.start() - 20), m.start()) is not None
        lengths = [IBAN_LENGTHS[m["cc"]]] if m["cc"] in IBAN_LENGTHS else range(len(compact), 14, -1)
        for length in lengths:
            if len(compact) < length:
                continue
            if iban_is_valid(compact[:length]) or (cued and length == lengths[0]):
                yield m.start(), m.start() + _span_of_alnum(raw, length), Kind.IBAN, P_IBAN
                break


def _span_of_alnum(raw: str, count: int) -> int:
    """Length of the prefix of raw that holds `count` letters or digits."""
    seen = 0
    for i, ch in enumerate(raw):
        if ch != " ":
            seen += 1
            if seen == count:
                return i + 1
    return len(raw)


def _documents(text: str) -> Iterator[Candidate]:
    rx = _rx()
    for m in _keyed("id_keyed", text):
        yield m.start("id"), m.end("id"), Kind.AUSWEISNUMMER, P_KEYED
    letter_digit = _letter_digit(text)
    for m in (rx["id_german"].finditer(text) if letter_digit else ()):
        if m["check"] is not None:
            # Ten characters: the number with its check digit (ICAO 9303), as printed in the
            # machine-readable zone of a Personalausweis, Reisepass or eAT.
            if icao_check_digit(m[0][:9]) == m["check"]:
                yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_SHAPED - 5
        elif _digits(m[0]) >= 4 and not m[0].isdigit():
            yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_SHAPED - 5
    for m in (rx["id_passport"].finditer(text) if letter_digit else ()):
        yield m.start(), m.end(), Kind.AUSWEISNUMMER, P_LOOSE + 5
    for m in _keyed("azr_keyed", text):
        yield m.start("num"), m.end("num"), Kind.AZR, P_KEYED
    first = _first_digit(text)
    azr = _digit_count(text) >= 12 and b"000000" in _digit_shape(text)
    for m in rx["azr_loose"].finditer(text, first) if azr else ():
        # An AZR number begins with the date of first registration (YYMMDD); another twelve
        # digits are still a reference to a person's file, but no AZR number.
        kind = Kind.AZR if azr_is_valid(m[0].replace(" ", "")) else Kind.AKTENZEICHEN
        if kind is Kind.AZR or " " not in m[0]:
            yield m.start(), m.end(), kind, P_LOOSE
    for m in _keyed("tax_keyed", text):
        yield m.start("num"), m.end("num"), Kind.STEUER_ID, P_KEYED
    tax = _digit_count(text) >= 11 and (  # eleven digits, or "12 345 678 901"
        b"00000000000" in _digit_shape(text) or b"00 000 000 000" in _digit_shape(text))
    for m in rx["tax_loose"].finditer(text, first) if tax else ():
        digits = m[0].replace(" ", "")
        if digits[0] != "0" and tax_id_is_valid(digits):
            yield m.start(), m.end(), Kind.STEUER_ID, P_LOOSE


def icao_check_digit(chars: str) -> str:
    """Check digit of ICAO 9303 (weights 7, 3, 1; A = 10 … Z = 35; "<" = 0)."""
    total = 0
    for i, ch in enumerate(chars):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch.upper()) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def document_number_is_valid(number: str) -> bool:
    """A German Personalausweis, Reisepass or eAT number with its check digit: nine
    characters of the alphabet C F G H J K L M N P R T V W X Y Z 0–9 (four for the issuing
    authority, five serial), the first a letter, then the ICAO check digit."""
    return (len(number) == 10 and number[0] in "CFGHJKLMNPRTVWXYZ"
            and all(ch in "CFGHJKLMNPRTVWXYZ0123456789" for ch in number[:9])
            and number[9] == icao_check_digit(number[:9]))


def azr_is_valid(digits: str) -> bool:
    """AZR number: twelve digits, the first six the date of first registration (YYMMDD)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def tax_id_is_valid(digits: str) -> bool:
    """German Steuer-ID: eleven digits, no leading 0; among the first ten exactly one digit
    occurs twice or three times and the others at most once; the last is the check digit
    (ISO 7064, MOD 11,10)."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
        return False
    product = 10
    for ch in digits[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(digits[10])


def _addresses(text: str) -> Iterator[Candidate]:
    rx = _rx()
    lex = lexicon()
    streets: list[tuple[int, int]] = []
    street_names = ["street_word"] + (
        ["street_adj"] if rx["street_words"].search(text) else [])
    for name in street_names:
        streets.extend(m.span() for m in rx[name].finditer(text))
    for m in rx["street_prep"].finditer(text):
        word = m["w"].lower()
        if word in _STREET_NOUNS or not lex.is_stopword(word):
            streets.append(m.span())
    towns: list[tuple[int, int]] = []
    for m in (rx["postcode"].finditer(text, _first_digit(text))
              if b"00000" in _digit_shape(text) else ()):
        town = m["town"].split()[0].split("-")[0]
        lower = town.lower()
        if m["plz"] == "00000" or lower in _NOT_TOWN:
            continue
        if lex.is_stopword(town) and lower not in lex.places:
            continue
        end = m.end()
        second = m["second"]
        if second and not (town in _TOWN_PREFIXES or second.lower() in lex.places):
            # "04109 Leipzig Herr …": the second word is not part of the town
            end = m.start("second") - 1
        towns.append((m.start(), end))
    # "Hauptstraße 12, 04109 Leipzig" is one address.
    town_starts = {start: end for start, end in towns}
    joined: set[int] = set()
    join = rx["address_join"]
    for start, end in streets:
        j = join.match(text, end)
        if j and j.end() in town_starts:
            joined.add(j.end())
            yield start, town_starts[j.end()], Kind.ADRESSE, P_ADDRESS
        else:
            yield start, end, Kind.ADRESSE, P_ADDRESS
    for start, end in towns:
        if start not in joined:
            yield start, end, Kind.ADRESSE, P_ADDRESS


FINDERS: tuple[Callable[[str], Iterator[Candidate]], ...] = (
    _emails, _ibans, _dates, _file_numbers, _phones, _documents, _addresses,
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

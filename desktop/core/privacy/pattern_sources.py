"""The shaped patterns of patterns.py and addresses.py as source text, with the words they are
built from (months, street words, IBAN lengths by country); compiled on first use (`_rx`), with
the facts about a note's digits that decide which passes run (`_digit_shape` …).

Each pattern starts with a plain character class and checks the character before it with a
look-behind only after that: Python's regex engine then skips ahead quickly to possible
starts. Patterns ending in `_lc` are the variants for a note typed in lower case
(keywords.lower_note), built from the same parts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.hand_dates import BORN_AFTER
from desktop.core.privacy.keywords import (
    _KEYWORDS,
    NOTE_CACHE,
    _any_case,
    _hinted,
    _keywords,
    lower_note,
)
from desktop.core.privacy.trie import trie

# (with the English names and abbreviations of passports and their machine-readable lines:
# "22 MAR 1987", "3 May 1990")
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
    "january": 1, "february": 2, "march": 3, "mar": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "oct": 10, "december": 12, "dec": 12,
}
# The months of the clients' languages, as their messages and documents write a day's date
# ("15 janvier 2027", "15 de enero", "15 Ocak'ta", "4 березня", "20 maja"): read only after a
# day's number (date_text), never alone or before a year (some are names too: "Nisan", "Maja").
FOREIGN_MONTHS = {m: i + 1 for names in (
    # French, Spanish, Portuguese, Italian
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    # Turkish, Polish (the genitive of a date), Ukrainian and Russian (the genitive)
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
) for i, m in enumerate(names.split())}
ALL_MONTHS = {**FOREIGN_MONTHS, **MONTHS}
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_MONTH_CASES = trie([m for w in ALL_MONTHS for m in (w, w.capitalize(), w.upper())])

# A dictated date: an ordinal day, then a month's name or its ordinal ("am ersten august",
# "vom zwölften elften", "sechster elfter"), perhaps a year in words ("zweiter april
# neunzehnhundertneunundachtzig") or digits ("vierten april 1998")
_ORDINALS = ("erst zweit dritt viert fünft sechst siebt siebent acht neunt zehnt elft zwölft"
             " dreizehnt vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt").split()
_DAY_ORDINALS = _ORDINALS + ["zwanzigst", "dreißigst", "einunddreißigst"] + [
    f"{unit}undzwanzigst" for unit in "ein zwei drei vier fünf sechs sieben acht neun".split()]
_SPOKEN_MONTHS = sorted(m for m in MONTHS if len(m) > 3 or m == "mai")
# The year in two numbers, as one says it: "zwanzig siebenundzwanzig", "neunzehn achtzig"
_YEAR_TENS = (r"(?:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
              r"(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
              r"|zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn)(?![\w])")
_SPOKEN_DATE = (trie(_DAY_ORDINALS, after_first=r"(?<![\w].)") + r"e[nrs]? (?:(?:"
                + "|".join(_SPOKEN_MONTHS)
                + ")|" + trie(_ORDINALS[:12]) + "e[nr])(?: (?:neunzehnhundert|zweitausend)[a-zäöüß]*"
                + "| (?:neunzehn|zwanzig) " + _YEAR_TENS
                # (the year's last two digits: "siebenundzwanzigster sechster neunundneunzig")
                + "| (?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig"
                + "|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
                + "| (?:19|20)[0-9]{2}(?![0-9]))?"
                r"(?![\w])")
# The same in a note with capitals, dictated with its punctuation ("Komma … geboren am
# vierzehnten Juli zweitausendneun Punkt"): the month capitalised.
_SPOKEN_DATE_CAP = _SPOKEN_DATE.replace("|".join(_SPOKEN_MONTHS), "|".join(
    m.capitalize() for m in _SPOKEN_MONTHS))

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
                 "Chaussee", "Gasse", "Markt", "Ufer", "Steig", "Pfad", "Landstraße")
_STREET_PREPOSITIONS = ("Am|An der|An den|Auf der|Auf dem|Auf den|Im|In der|In den|Zum|Zur"
                        "|Unter den|Hinter der|Hinter dem|Vor dem|Alt-|Alte|Neue|Kleine|Große|Hohe"
                        "|Lange")
_TOWN_PREFIXES = frozenset({"Lutherstadt", "Bad", "Sankt", "Hansestadt", "Neustadt", "Alt",
                            "Neu", "Groß", "Klein", "Markt", "Stadt", "Ostseebad", "Seebad"})

# Parts of a building or flat between a street and its postcode ("Prenzlauer Allee 199,
# Seitenflügel, 3. OG, 10405 Berlin", "Neufelder Str. 32, Zimmer 417, 51067 Köln", "Hafenstraße
# 4, WG, 17489 …") or after an address ("…, 04209 Leipzig, Zi. 114"): only there, so "Zimmer 3"
# or "3. OG" alone stay words.
_DWELLING = (
    "(?:" + trie("Hinterhaus Vorderhaus Seitenflügel Gartenhaus Quergebäude Hinterhof Anbau"
                 " Erdgeschoss Dachgeschoss Souterrain Hochparterre EG DG UG OG WG".split())
    + "|" + trie("Haus Aufgang Eingang Block Whg Wohnung App Apartment Zi Zimmer WG-Zimmer Raum"
                 " Tür".split())
    # (a room's number may carry its floor: "App. 3.12", "Zi. 2.014")
    + r"\.? ?[0-9A-Z]{1,4}(?:\.[0-9]{1,3}(?![0-9]))?[a-z]?|[0-9]{1,2}\. ?(?:OG|Obergeschoss|Etage|Stock"
    r"|Stockwerk))(?: (?:links|rechts|Mitte|li\.|re\.|l\.|r\.))?")
# A flat or room ("Zi. 114", "Whg. 5", "WG Zimmer 3", "WG")
_ROOM = ("(?:" + trie("Whg Wohnung App Apartment Zi Zimmer WG-Zimmer".split())
         + r"\.? ?[0-9]{1,4}(?:\.[0-9]{1,3}(?![0-9]))?[a-zA-Z]?|WG(?: Zimmer ?[0-9]{1,4})?)")
# Between a street and its postcode and town: a comma (or dictated: "Moorweg 12 Komma 25421
# Pinneberg"; or a spaced "/", "·", "|" or dash), spaces, a line break, "in", and parts of the
# building ("Gutleutstraße 98, 3. OG links, 60329 …"). Longest first: the engine takes the
# first alternative that matches, and " in " must not stop at the first space.
# A care-of between a street and its postcode ("Reilstr. 128 c/o Müller, 06114 Halle",
# "Wilhelmstraße 44, bei Fam. Çelik, 74072 Heilbronn"): a name after it, capitalised
_CARE_OF = (r"(?:c/o|bei(?: Fam\.| Familie| Frau| Herrn)?) (?![a-zäöüß])[^\W\d_][\w'-]+"
            r"(?: (?![a-zäöüß])[^\W\d_][\w'-]+)?")
# (a part of the building in brackets: "Pappelallee 17 (Hinterhaus), 10437 Berlin")
ADDRESS_JOIN = (rf"(?:,?\s+in\s+| Komma | [/·|–-] |(?:(?:,\s*|\s+)(?:{_DWELLING}|\({_DWELLING}\)|{_CARE_OF}))*"
                r"(?:,\s*|\s*\n\s*|\s+))")

# Words of two letters that may follow a court's file number; its seat is none ("2 E 1411/26
# We" in Weimar, not "… 1411/26 Am Montag").
_SHORT_WORDS = frozenset("Am Im In An Um Zu Es Er So Da Ob Wo Ja Ab Du".split())

_STREET_SUFFIX = (
    "straße|strasse|str\\.|allee|weg|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|"
    "graben|wall|kamp|anger|zeile|promenade|stieg|winkel|hof|berg|feld|garten|park|brücke|tor|"
    "höhe|aue|siedlung|bogen|grund|hang|wiese|hain|heide|gärten|straße")
_HOUSE_NO = (
    r"(?:\s?Nr\.)?\s?[0-9]{1,4}(?:\s?[a-hA-H](?![\w/]))?(?:\s?[-–/]\s?[0-9]{1,4}[a-h]?|\s?½| 1/2)?"
    r"(?![0-9]|[.,:][0-9]|\s?(?:Uhr|Min|Minuten|Std|Stunden|Jahre|Jahren|Jahr|Tage|Tagen|Wochen|"
    r"Monate|Monaten|Euro|EUR|€|%|Prozent|Personen|Kinder|Mal|x\b|km|m\b|Seiten|Punkte))")
# The same in a note typed in lower case ("marienstr. 41", not "3 uhr", "2 jahre").
_HOUSE_NO_LC = "(?i:" + _HOUSE_NO + ")"
# The street words a lower-case street needs: the sure ones ("bring 2", "am berg 3" are no
# street in a note without capitals).
_STREET_SUFFIX_LC = ("straße|strasse|str\\.|allee|weg|platz|gasse|ring|damm|ufer|chaussee|steig|"
                     "pfad|markt|graben|wall|kamp|anger|zeile|promenade|stieg|winkel")


@functools.cache
def _sources() -> dict[str, str]:
    """All patterns as source.

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
        # (two digits after a date are no year when a time goes on: "am 26.11. 14 Uhr")
        "date_num": rf"{day}\.\s?{month}\.(?:\s?{year}(?![0-9]|\s?(?i:uhr|h)\b|[:.][0-9]))?"
                    r"(?![0-9]|\.[0-9])",
        # Day and month, or the day alone before a comma ("am 17., wer hat die Akte?"; not
        # "am 2. Verhandlungstag"): read only after "am", "bis" … (patterns.py)
        "date_short": rf"(?P<dm>{day}\.(?:{month}(?![.0-9]|,[0-9])|(?=,)))",
        "date_short_cue": r"\b(?:am|vom|bis zum|bis|zum|seit|ab)\s$",
        "date_spaced": r"(?<![\w.,/-])(?P<d>[0-3][0-9]) (?P<m>[01][0-9]) (?:19|20)[0-9]{2}(?![\w.,/-]| [0-9])",
        # (with its time after a "T" as exports write it: "2026-11-03T10:00")
        "date_iso": r"[12](?<![\w.-][12])(?P<y>[0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])"
                    r"(?:(?![\w-])|(?=T[0-9]{2}:))",
        "date_slash": rf"{day}/{month}/(?P<y>(?:19|20)?[0-9]{{2}})(?![\w/])",
        # (with hyphens only with a year of four digits: "03-12-2026"; "12-03-26" may be a
        # file number's)
        "date_dash": rf"{day}-{month}-(?P<y>(?:19|20)[0-9]{{2}})(?![\w/-])",
        # (the month as a word, capitalised or in capitals: "bis 31. januar", "Geb.: 22 MAR
        # 1987"; a trie of the three, not (?i:…), which cost 2 µs a note)
        # (not a first name of two: "8. Jan-Peter Ketelsen" in a numbered list)
        # (an English ordinal's ending and the Spanish and Portuguese "de": "4th January",
        # "15 de enero de 2027")
        "date_text": rf"{day}(?:st|nd|rd|th)?\.?\s?(?:de )?(?P<mon>{_MONTH_CASES})\.?"
                     rf"(?:[\s.](?:de )?(?P<y>(?:19|20)[0-9]{{2}}))?(?![\w]|-[A-ZÄÖÜ])",
        "month_year": "(?P<mon>" + _keywords(months, before=r"[\w.]")
                      + r")\.?\s(?P<y>(?:19|20)[0-9]{2})(?![\w])",
        "year": r"[12](?<![\w.][12])(?:(?<=1)9|(?<=2)0)[0-9]{2}(?![\w])",
        # (its first letter as a plain class, the rest by the letter: the engine skips ahead
        # to a class, not to a look-ahead or letters of either case; 5.5 -> 3.3 µs a pass)
        # ("geborene Yilmaz" names a maiden name, no birth date; "Geburtsdaten" the plural)
        "birth_cue": r"[GgDd*TJb](?:(?<=b)(?<![\w].)orn\b|(?<=[Gg])(?i:(?<![\w].)eb\.(?:[ -]?dat\.)?|(?<![\w].)eboren(?!er?\b)|eburtsdat(?:um|en)|eb\.-datum"
                     r"|eburtstag|eburtsjahr)|(?<=[Dd])(?i:ate of birth|(?<![\w].)ob\b)|(?<=\*)"
                     # ("Tag der Geburt: …", "Jahrgang 1972")
                     r"|(?<=T)(?<![\w].)ag der Geburt\b|(?<=J)(?<![\w].)(?:ahrgang\b|g\.|ahrg\.))",
        # (a sentence's end, dictated too: "… neunzehnhundertachtundneunzig Punkt Herr …")
        "birth_block": r"[.!?;](?=\s)|\n|[0-9\u25a0]| Punkt ",
        # The second date of a range, after a dash ("08.12.–11.12.", "1.3.-5.3.2027")
        "date_range": r" ?[–-] ?" + rf"(?P<d>[0-9]{{1,2}})\.\s?{month}\.(?:\s?{year}(?![0-9]|\s?(?i:uhr|h)\b|[:.][0-9]))?"
                      r"(?![0-9]|\.[0-9])",
        "born_after": BORN_AFTER,  # (hand_dates.py: "2012 und 2015 geboren")
        # Before a number that is no date: a room ("Zi. 1.03.", "Raum 1.07.")
        "az_letters": r"(?P<pre>[A-ZÄÖÜ](?<![\w./-].)[A-ZÄÖÜ]{1,5})[-/ ][0-9]{2,6}(?:[-/][0-9A-Z]{1,8}){1,3}(?![\w/-])",
        # Court file numbers: chamber or department, register letters, number/year ("VG
        # Hannover, 12 A 4471/26", "StA 1142 Js 30918/26", "261 Ds 4107 Js 11823/26"), the
        # year also after a dot ("4 K 447.25"; not a time: "Kurs 3 B 9.30") or first as Bavarian courts write it ("M 24 K
        # 25.31234"); then the court's marks ("/25 A", "/25 B ER", "/26.F.A"), or its seat
        # ("3 A 1209/25 HGW" in Greifswald, "2 E 1411/26 We" in Weimar). The court's
        # letters before the chamber are read by court_prefix ("OVG 3 S 12/26", "S 23 AS …").
        "az_court": r"[1-9](?<![\w./,-][1-9])[0-9]{0,3} (?:[A-Z]{1,3}|[A-Z][a-z]|UJs|OWi|[IVX]{4})"
                    r" (?:[0-9]{1,6} (?:Js|AR|UJs) )?(?:[0-9]{1,6}/[0-9]{2}|[0-9]{2}\.[0-9]{3,6}(?![0-9]|\s?(?:€|Euro|EUR))"
                    r"|[0-9]{3,6}\.[0-9]{2}(?!\s?(?:Uhr|€|Euro|EUR|Prozent|%)))"
                    r"(?:\.[A-Z]{1,2}){0,2}(?: (?P<sfx>[A-Z]{1,3}|[A-Z][a-z])(?: ER)?(?![\w-]))?"
                    r"(?![\w/-]|[.,][0-9])",
        # (Augsburg's administrative court writes its letters "Au": "Au 6 K 25.31204")
        "court_prefix": r"(?<![\w./-])(?:[A-Z]{1,3}|Au) $",
        # The pension insurance number ("12 010190 M 446", checked by its check digit) and
        # the family benefits office's Kindergeldnummer ("215FK447188", "215 FK 447188")
        "pension": r"[0-9](?<![\w./-][0-9])[0-9] ?[0-9]{6} ?[A-Z] ?[0-9]{3}(?![\w])",
        "kindergeld": r"[0-9](?<![\w./-][0-9])[0-9]{2} ?FK ?[0-9]{6}(?![\w])",
        # A job centre's Bedarfsgemeinschaft: its office (five digits), BG, seven digits
        "bg_number": r"[0-9](?<![\w./-][0-9])[0-9]{4} ?BG ?[0-9]{7}(?![\w])",
        # … or written with "//" between them ("24101//0038819")
        "bg_slashes": r"[0-9](?<![\w./-][0-9])[0-9]{4}//[0-9]{7}(?![\w/-]|[.,][0-9])",
        # A department's number, letters and a running number ("32.1-FZ-0719",
        # "50.2-AsylbLG-3381", "3.2-A-55012/25")
        # (or a year and a number: "32.21-EA-2026-7716")
        # (or a year, a course's or register's capitals, a number: "26-II-4471", "26-AK-0388")
        "az_dept": r"[0-9](?<![\w./,-][0-9])(?:[0-9]{0,2}(?:\.[0-9]{1,3})+-[A-Za-zÄÖÜäöü]{1,8}"
                   r"-[0-9]{2,6}|[0-9]-[A-Z]{1,4}-[0-9]{3,6})(?:[/-][0-9]{2,6})?(?![\w/-])",
        # The BAMF's Geschäftszeichen: seven digits and the three of the country ("8873401-423")
        "bamf": r"[1-9](?<![\w./,-][1-9])(?<![0-9] [1-9])[0-9]{6}-[0-9]{3}(?![\w/-]|[.,][0-9])",
        "az_numeric": r"[0-9](?<![\w./,-][0-9])[0-9]{0,3}(?:\.[0-9]{1,4})*-[0-9]{1,6}(?:\s[0-9]{1,6})?/[0-9]{2,4}(?![\w/-]|\.[0-9])",
        "phone_keyed": _keywords(_KEYWORDS["phone_keyed"]) +
                       r"\.?\s*(?:[:]\s*)?(?:(?:ist|lautet)\s+)?"
                       r"(?P<num>\+?\(?[0-9][0-9 ()/.-]{3,22}[0-9]|-?[0-9]{2,4})(?![0-9])",  # "Durchwahl 211"
        # (the country's code in brackets too: "(+49) 176 …")
        "phone_intl": r"[+0](?<![\w+].)(?:(?<=\+)|(?<=0)0)[1-9][0-9]{0,2}(?:(?<=\(\+[0-9])\)|(?<=\(\+[0-9]{2})\)"
                      r"|(?<=\(\+[0-9]{3})\))?(?:[ ./-]?\([0-9]{1,4}\))?(?:[ ./-]{0,3}[0-9]){6,14}(?![0-9])",
        # An area code ("0511", "0511.", "(0221)", spaced before a slash or dash: "0 40 /",
        # "02 21 /", "0 511 - "), then groups of digits as people space them ("9 87 65-43",
        # "4 28 28 - 0": an extension)
        "phone_nat": r"[(0](?<![\w+/.,-][(0])(?:(?<=\()0[0-9]{2,5}\)\s?|(?<=0)[1-9][0-9]{1,5}(?:\s?[/-]\s?|\s|\.)?"
                     r"|(?<=0)(?: ?[0-9]){2,5} ?[/-] ?)[0-9]+(?:(?:[ -]| [-–·] )[0-9]+){0,6}(?![\w/]|[.,][0-9])",
        # An address dictated word by word: its dots, hyphens and underscores spoken, "at" for
        # "@", and a top-level domain after the last "punkt"
        "email_spoken": r"[A-Za-z0-9](?<![\w].)[A-Za-z0-9]*(?: (?:punkt|Punkt|bindestrich|Bindestrich"
                        r"|unterstrich|Unterstrich) [A-Za-z0-9]+)* at [A-Za-z0-9-]+(?: [Pp]unkt"
                        r" [A-Za-z0-9-]+)*? [Pp]unkt (?:de|com|net|org|eu|info|at|ch|fr|it|pl|nl"
                        r"|tr|ru|uk|io)(?![\w])",
        "email_at": r"@|\((?:at|AT)\)|\[(?:at|AT)\]",
        "email_local": r"(?<![\w.+-])[\w.%+-]+\s?$",
        # (its dots written out too: "stuttgart(dot)de", "lra-es [dot] de")
        "email_domain": r"\s?[\w-]+(?:(?:\.|\s?[(\[](?:dot|DOT)[)\]]\s?)[\w-]+)*(?:\.|\s?[(\[](?:dot|DOT)"
                        r"[)\]]\s?)[A-Za-z]{2,24}(?![\w-])",
        # (its groups apart by one or two spaces, a hyphen, a dot or a line break; a space
        # after the country: "DE 89 3704 …")
        "iban": r"(?P<cc>[A-Z](?<![A-Za-z0-9].)[A-Z]) ?[0-9]{2}(?:[ .\n-]{0,2}[A-Z0-9]){11,30}"
                r"(?![A-Za-z0-9])",
        # An IBAN in groups of four, its last group shorter
        "iban_fours": r"[A-Za-z]{2}[0-9]{2}(?: [A-Za-z0-9]{4})+(?: [0-9]{1,3})?",
        "iban_cue": r"(?i:iban|kontonummer|konto)\s*[:.]?\s*$",
        "id_german": r"[CFGHJKLMNPRTVWXYZ](?<![\w-].)[CFGHJKLMNPRTVWXYZ0-9]{8}(?P<check>[0-9])?(?![\w-])",
        "id_nr_spaced": r"(?<![\w.])Nr\.\s?(?P<num>[A-Z] [0-9]{7,9})(?![\w/-]|[.,][0-9])",
        # (up to three letters before the digits, "AAF392714"; a letter after them, as on the
        # Philippines' passports: "P4410283A")
        "id_passport": r"[A-Z](?<![\w-].)[A-Z]{0,2}[0-9]{6,9}[A-Z]?(?![\w-])",
        "azr_keyed": _keywords(_KEYWORDS["azr_keyed"]) + r"[a-z]*(?:-?(?:Nr|Nummer|nummer|nr)\.?)?"
                     r"\s*[:.(]?\s*(?:(?:ist|lautet)\s+)?(?P<num>[0-9](?:[ ]?[0-9]){11})(?![0-9])",
        "azr_loose": r"[0-9](?<![0-9.,/-][0-9])[0-9]{5}[ ]?[0-9]{6}(?![0-9]|[.,/-][0-9])",
        # A running number and the year's two digits ("4471/26", "118/25"): the commonest
        # file number, in lists and brackets without a keyword; a year of 2015-2029 only, and
        # not after a year ("Schuljahr 2023/24")
        "az_year": r"[1-9](?<![\w./,§-][1-9])(?<!§ [1-9])(?!(?<=1)9[0-9]{2}/|(?<=2)0[0-9]{2}/)[0-9]{2,5}/(?:1[5-9]|2[0-9])"
                   r"(?![\w/-]|[.,:][0-9])",
        "az_shape": r"[1-9](?<![\w.-][1-9])[0-9]{0,4}(?P<rest>(?:[./-][0-9]{1,6}){2,4})(?![\w/-]|[.,][0-9])",
        "az_prefix": r"(?:(?<![\w./-])[A-ZÄÖÜ]{2,5} |(?<![\w./-])[IVX]{1,4}/|(?<![\w.-]))$",
        "tax_keyed": _keywords(_KEYWORDS["tax_keyed"]) +
                     r"\.?\s*[:.]?\s*(?:(?:ist|lautet)\s+)?"
                     r"(?P<num>[0-9]{2}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{3}|[0-9]{4} [0-9]{4} [0-9]{3}"
                     r"|[0-9]{2,3}/[0-9]{3,4}/[0-9]{4,5})(?![0-9])",
        "tax_loose": r"[1-9](?<![0-9.,/-][1-9])(?:[0-9]{10}|[0-9] [0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{3} [0-9]{4} [0-9]{3})(?![0-9]|[.,/-][0-9])",
        "street_word": rf"[A-ZÄÖÜ](?<![\w-].)(?=[{L}.-]{{2,60}}+\s?(?:Nr\.\s?)?[0-9])[{L}]*(?:-[{L}]+)*-?(?i:{_STREET_SUFFIX}){_HOUSE_NO}",
        # (a town's double name before it: "Wanne-Eickeler Str. 8")
        "street_adj": rf"[A-ZÄÖÜ](?<![\w-].)(?:[{L}]+-[A-ZÄÖÜ])?[{L}]+(?:er|e|es|en) (?:Straße|Strasse|Str\.|Weg|Platz|Allee"
                      rf"|Ring|Damm|Chaussee|Gasse|Markt|Ufer|Landstraße|Steig|Pfad){_HOUSE_NO}",
        "street_prep": _keywords(_STREET_PREPOSITIONS) + rf"\s?(?P<w>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ]?[{L}]+)?){_HOUSE_NO}",
        # (a country's letter before it: "D-50667 Köln")
        # ("66386 St. Ingbert", "St.Wendel": a saint's town abbreviated)
        "postcode": rf"(?P<plz>[0-9](?<![\w./,][0-9])(?<![^D]-[0-9])(?<!\wD-[0-9])[0-9]{{4}})\s(?P<town>(?:St\. ?)?[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ][{L}]+)*"
                    rf"(?:\s(?P<second>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ][{L}]+)*))?"
                    # "Frankfurt a. M.", "Bad Homburg v. d. Höhe", "Freiburg i. Br."
                    rf"(?:\s(?P<prep>an der|an dem|am|im|in|bei|ob der|vor der|[aiv]\. d\.|[aib]\.)"
                    rf"\s(?P<tw>[A-ZÄÖÜ](?:[{L}]?\.|[{L}]+))"
                    rf"|\s\([A-ZÄÖÜ][{L} .]+\)|\s?/\s?[A-ZÄÖÜ][{L}]+)?)",
        # Before ", <postcode> <town>" or on the line above it: a street without a street
        # word ("Lister Meile 77", "Im Kampe 9", "Ihmepassage 5"): capitalised words, or the
        # small words of street names between them, and a house number
        "street_before_town": rf"(?:^|(?<=[\s(:;]))[A-ZÄÖÜ][{L}.'-]*(?: (?:[A-ZÄÖÜ][{L}.'-]*|am|im"
                              rf"|an|der|des|dem|den|die|auf|zum|zur|von|vom|in|unter|hinter|vor)){{0,3}}"
                              rf"{_HOUSE_NO}(?:,\s*|[ \t]*\n)$",
        "address_join": ADDRESS_JOIN,
        # A town before a street, after a preposition of place (addresses._town_before)
        "town_before_street": rf"(?<![\w-])(?:in|nach|aus|von) (?P<town>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ][{L}]+)?)"
                              r"(?:, | Komma )$",
        # A town after a street, without a postcode (addresses._town_after): its clause ends
        "town_after_street": rf", (?P<town>[A-ZÄÖÜ][{L}]+(?:-[A-ZÄÖÜ][{L}]+)?)(?=[,.;)]|\s*\n|$)",
        # Before an address, from its line's start: an address field's label and its value
        # (a district, a shelter: "Anschrift: Rieth, ", "Unterkunft: GU ", "Wohnung: Vilshofen
        # an der Donau, "), capitalised words and the small words of place names
        "address_field": rf"[^\n:]{{0,30}}?(?i:anschrift|adresse|address|wohn|unterkunft)"
                         rf"[^\n:]{{0,25}}:[ \t]*(?P<pre>[A-ZÄÖÜ][{L}.'-]*(?:,? (?:an der|am|im"
                         rf"|in der|ob der|[A-ZÄÖÜ][{L}.'-]*))*,? )$",
        # A district before an address, named as one ("Neckarstadt-West, ", "Fritz-Heckert-Gebiet,
        # ", "Südstadt, ")
        "district": rf"[A-ZÄÖÜ](?<![\w-].)[{L}-]*(?:-(?:West|Ost|Nord|Süd|Mitte|Zentrum)|viertel"
                    rf"|siedlung|[Gg]ebiet|[Kk]iez|(?:üd|ord|est|st|lt|nnen)stadt), $",
        # After an address: the flat or room ("…, WG Zimmer 3", "…, Zi. 114"); not a floor
        # ("…, 2. OG" is shared by the flats of a house: a word, as bench.privacy_identifiers
        # marks it)
        "room_after": rf"(?:,\s*{_ROOM})+(?![\w]|[.,][0-9])",
        # Mannheim's squares: a block (A to U without J, 1 to 15) and a house ("N 4, 15, ")
        "square": r"[A-IK-U](?<![\w-].) ?(?:1[0-5]|[1-9]), ?[0-9]{1,3}[a-h]?(?: ?[-–/] ?[0-9]{1,3}[a-h]?)?, $",
        # A post office box, its number in groups as printed ("Postfach 10 12 34")
        "po_box": r"(?:P(?<![\w-]P)|p(?<![\w-]p))ostfach\s?[0-9]{1,6}(?: [0-9]{2,3}){0,3}(?![0-9])",
        # Before a street found by its street word: an opener or a place's adjective
        "street_lead": rf"(?<![\w-])(?:(?P<opener>(?:Am|Im|An|Auf|Zum|Zur|In|Unter|Hinter|Vor)"
                       rf"(?: (?:der|den|dem))?)|(?P<adj>[A-ZÄÖÜ][{L}]+er)) $",
        # A care-of line before an address: "c/o" and up to five words, or "bei" and a name
        "care_of": rf"(?:(?<![\w/])(?P<co>[cC]/[oO]|℅)(?: [^\s,;:()]+){{1,5}}|(?<![\w-])[Bb]ei"
                   rf"(?P<who>(?: (?:Frau|Herrn|Herr|Fam\.|Familie))?(?: [A-ZÄÖÜ][{L}'-]+){{1,3}})),\s$",
        "has_digit": r"[0-9@]",
        "digit": r"[0-9]",
        # Is one of the words street_adj needs anywhere in the text (as a substring)?
        "street_words": trie(_STREET_WORDS),
        # (a dictated note without digits: "Komma", "Punkt" in a note dictated with its
        # punctuation, in lower case too: "… komma am fünften november komma …")
        # (and a number read out digit by digit: "… Rückfragen null eins fünf zwei, …")
        "has_shape": r"[(\[](?:at|AT)[)\]]|[CFGHJKLMNPRTVWXYZ]{9}|[Kk]omma |[Pp]unkt|[Nn]ull (?:eins|"
                     r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|null)",
    }
    # The three date patterns that start with a day, in one pass (patterns._dates): from each
    # day's first digit, each pattern as a look-ahead, its groups named with a letter (n, s,
    # t); the pass stops only where one of them matches. Three passes over every digit of a
    # note cost 10 µs a short note.
    ahead = "".join(
        f"(?=(?P<{tag}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<{tag}\1>",
                                  p[name].replace(day, "(?P<d>[0-9]?)", 1)) + ")|)"
        for tag, name in (("n", "date_num"), ("s", "date_short"), ("t", "date_text")))
    p["date_any"] = r"[0-9](?<![\w.,/-][0-9])" + ahead + "(?(n)|(?(s)|(?(t)|(?!))))"
    # A note typed in lower case (keywords.lower_note) is read with these variants of the
    # same patterns: keywords and month names in either case; a street or town in lower case
    # only with a sure street word and its number, or after a postcode. `_pat` picks them.
    # A number dictated digit by digit after its keyword ("telefon null eins sieben sechs …")
    # Dictated without its keyword: a zero and seven digits or more, each a word ("Rückruf
    # unter null acht zwei eins drei …"; a German number begins with its area code's zero)
    # (the area code's slash or dash spoken too: "null zwei null eins Strich sieben vier …")
    # (the digits one by one, or grouped in twos as many read them out, each group after a
    # comma: "null eins sieben null, vier vier acht, zwei sechs, neun eins", "… achtzehn,
    # neunundvierzig")
    spoken_digit = (r"(?:,? (?:[Ss]trich |[Ss]chrägstrich )?(?:null|eins|zwei|zwo|drei|vier|fünf"
                    r"|sechs|sieben|acht|neun|zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht"
                    r"|neun)zehn|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
                    r"(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)))")
    p["phone_spoken_bare"] = r"(?<![\w])[Nn]ull" + spoken_digit + r"{7,15}(?![\w])"
    p["phone_spoken"] = (_keywords(_any_case(_KEYWORDS["phone_keyed"])) + r"\.?[ \t]*:?[ \t]*"
                         r"(?:(?:ist|lautet)[ \t]+)?(?P<num>(?:null|plus)" + spoken_digit
                         + r"{6,15})(?![\w])")
    for name in ("phone_keyed", "azr_keyed", "tax_keyed"):
        p[name + "_lc"] = _keywords(_any_case(_KEYWORDS[name])) + p[name][len(_keywords(_KEYWORDS[name])):]
    p["date_spoken_lc"] = _SPOKEN_DATE
    p["date_spoken"] = _SPOKEN_DATE_CAP
    p["month_year_lc"] = "(?P<mon>" + _keywords(_any_case(months), before=r"[\w.]") + p["month_year"][
        len("(?P<mon>" + _keywords(months, before=r"[\w.]")):]
    p["street_prep_lc"] = (_keywords(_any_case(_STREET_PREPOSITIONS))
                           + rf"\s?(?P<w>[a-zäöüA-ZÄÖÜ][{L}]+(?:-[{L}]+)?){_HOUSE_NO_LC}")
    p["az_letters_lc"] = (r"(?P<pre>[a-zäöü](?<![\w./-].)[a-zäöü]{1,5})[-/ ][0-9]{2,6}"
                          r"(?:[-/][0-9a-z]{1,8}){1,3}(?![\w/-])")
    # A note without capitalised words may still have "ABH 3.2-…": both cases.
    p["az_prefix_lc"] = (r"(?:(?<![\w./-])(?:[A-ZÄÖÜ]{2,5}|(?P<w>[a-zäöü]{2,5})) "
                         r"|(?<![\w./-])(?:[IVX]{1,4}|[ivx]{1,4})/|(?<![\w.-]))$")
    p["street_word_lc"] = (rf"[a-zäöü](?<![\w-].)(?=[{L}.-]{{2,60}}+\s?(?:nr\.\s?)?[0-9])[{L}]*(?:-[{L}]+)*-?"
                           rf"(?:{_STREET_SUFFIX_LC}){_HOUSE_NO_LC}")
    # As "postcode"; the second word and what follows the town are checked in _lower_towns.
    low_word = rf"[a-zäöü][{L}]+(?:-[a-zäöü][{L}]+)*"
    p["postcode_lc"] = (rf"(?P<plz>[0-9](?<![\w./,-][0-9])[0-9]{{4}})\s(?P<town>{low_word})"
                        rf"(?:\s(?!(?:an|am|im|in|bei|ob|vor)\s)(?P<second>{low_word}))?"
                        rf"(?P<tail>\s(?:an der|an dem|am|im|in|bei|ob der|vor der)\s(?P<tw>{low_word})"
                        rf"|\s\([a-zäöü][{L} .]+\)|\s?/\s?(?P<tw2>{low_word}))?(?![\w-])")
    p["street_adj_lc"] = (rf"[a-zäöü](?<![\w-].)[{L}]+(?:er|e|es|en) (?:straße|strasse|str\.|weg|platz"
                          rf"|allee|ring|damm|chaussee|gasse|markt|ufer|landstraße|steig|pfad){_HOUSE_NO_LC}")
    p["street_words_lc"] = trie(w.lower() for w in _STREET_WORDS)
    # A document number in lower case only with its check digit (ICAO 9303), ten characters.
    p["id_german_lc"] = r"[cfghjklmnprtvwxyz](?<![\w-].)[cfghjklmnprtvwxyz0-9]{8}[0-9](?![\w-])"
    # Also read in notes with capitals ("Iban de89 …"): compiled with the others.
    p["iban_lc_after"] = r"\s*[:.]?\s*[a-z]{2}[0-9]{2}"
    p["iban_lower"] = r"(?P<cc>[a-z](?<![A-Za-z0-9].)[a-z])[0-9]{2}(?:[ ]?[a-z0-9]){11,30}(?![A-Za-z0-9])"
    return p


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    """The patterns, compiled once on first use; those for notes typed in lower case only when
    such a note comes (`_rx_lower`: compiling them costs about 4 ms, a run of the command
    without such a note would pay it for nothing)."""
    return {name: re.compile(rx) for name, rx in _sources().items() if not name.endswith("_lc")}


@functools.cache
def _rx_lower() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(rx) for name, rx in _sources().items() if name.endswith("_lc")}


def _pat(name: str, text: str) -> re.Pattern[str]:
    """The pattern `name`, in its lower-case variant for a note typed in lower case."""
    if lower_note(text):
        return _rx_lower().get(name + "_lc") or _rx()[name]
    return _rx()[name]


def _keyed(name: str, text: str) -> Iterator[re.Match[str]]:
    if name in _hinted(text):
        yield from _pat(name, text).finditer(text)


# Each byte of a text's UTF-8 as "0" (an ASCII digit), " " (a space), "A" (a capital A-Z), "a"
# (a small a-z, or any byte of a character beyond ASCII: "ä" is "aa"), "-", "/" or "." (anything
# else): in UTF-8 an ASCII character is one byte and no other character contains one.
_DIGIT_SHAPE = bytes(
    48 if 48 <= b <= 57 else 32 if b == 32 else 65 if 65 <= b <= 90 else 97 if 97 <= b <= 122
    or b >= 128 else b if b in (45, 47) else 46 for b in range(256))


@functools.lru_cache(maxsize=NOTE_CACHE)
def _digit_shape(text: str) -> str:
    """Where the text's digits, spaces, letters, hyphens and slashes are, one translation in C
    (about 0.5 µs): the
    loose number patterns are skipped when the text lacks the run of digits they need (each
    pass costs 2–4 µs on a short note; in the 3,000 short notes of the bench an AZR, tax ID or
    postcode pass ran in 85–93 % of the notes, and found one in 14–19 %).

    An ASCII str, one character per byte of the UTF-8 (its offsets are the bytes'), not the
    bytes themselves: `b"0-0" in shape` on bytes first tries the needle as an integer and
    formats a TypeError's message before it searches (some 1,800 instructions a test, some
    35 tests a note); a str's `in` searches at once."""
    return text.encode("utf-8", "surrogatepass").translate(_DIGIT_SHAPE).decode("ascii")


@functools.lru_cache(maxsize=NOTE_CACHE)
def _digit_count(text: str) -> int:
    """ASCII digits in the text: a pattern that needs more digits than the text has is skipped
    (many notes hold only a date or two)."""
    return _digit_shape(text).count("0")


@functools.lru_cache(maxsize=NOTE_CACHE)
def _first_digit(text: str) -> int:
    """Where the first ASCII digit is (len(text) if none). A pattern that starts with a digit
    is searched from there: the engine tests every character of the text against a pattern's
    first characters, a third of the time spent in the patterns, and the text before the first
    digit cannot hold such a match. The search from a later position is exact: look-behinds
    still see the characters before it."""
    m = _rx()["digit"].search(text)
    return len(text) if m is None else m.start()

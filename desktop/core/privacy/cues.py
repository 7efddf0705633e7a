"""Identifiers read by their cue, not by their shape.

A German note announces an identifier with a keyword ("Az.", "Gesch.-Z.", "Kunden-Nr.",
"Pass-Nr.", "Ausweisnummer", "wohnhaft", "Anschrift" …); what follows is written in whatever
shape the office, court or country uses ("RA/kl 1187-25", "II 4 - 12.18/25", "75 4471823",
"AKN 2025 447 118"). Rules made one per shape seen did not carry over to notes written by
someone else (docs/performance.md, fifth session); the cue does. So here the keyword opens a
slot, and the identifier is the next group of tokens that carries digits:

- a token is letters, digits and `/ . - _ : # +` inside; tokens join over a single space or a
  spaced dash ("31.2 - 0815 - 2025");
- a token without digits belongs to the group only when it looks like a code, not a word: all
  capitals ("ABH", "OVG 2 B 11.25"), two or three letters that are no function word ("Ca",
  "Js", "Ba"), a short lower-case prefix that is no common word ("abh 2.3-…", "p 4471823"), or
  letters joined by "/" or "-" ("RA/kl 1187-25"); it may lead or stand between digit tokens
  and close the group only when short ("S 12 AS 889/25 ER");
- the group ends at anything else: a word, a comma, a bracket, the end of a sentence;
- it is no identifier when it has fewer than three digits, or is a date, a time, a year, a sum
  of money, a paragraph ("§ 25 Abs. 2"), or a count with its unit ("Vorgang 3 von 5").

After the slot, a number referring back ("…, alte Nr. …") or a list of numbers written alike
("Pässe: Z 917733, Z 917734, Z 982210") is of the same kind.

Between the keyword and the slot may stand "Nr.", "Nummer", "ist", "lautet", a bracket, or a
few words ending in ":" or "Nr." ("Aktenzeichen bei der Staatsanwaltschaft:", "Reiseausweis für
Flüchtlinge Nr."). An address cue opens a slot for a street-like group in the same clause
(address_slot.py).

The keywords are found by the one keyword scan of keywords.py (`_hinted`), so a note without a
cue costs nothing here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from desktop.core.privacy.address_slot import _GLUE, _address_slot
from desktop.core.privacy.checkdigits import pension_number_is_valid
from desktop.core.privacy.keywords import _KEYWORDS, _any_case, _keywords, keyword_hits
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.model import Kind
from desktop.core.privacy.pattern_sources import _SHORT_WORDS
from desktop.core.privacy.wordclass import PREPOSITIONS

Candidate = tuple[int, int, Kind, int]

# Keywords that name an identifier only with "-Nr."/"nummer" after them ("Kunden-Nr.", not
# "Kunden 4711 betroffen").
_STEMS = frozenset({"kurs", "teilnehmer", "büma", "akten", "vorgangs", "vorg.", "antrags", "kunden", "kd", "kd.", "bg", "fall",
                    "ticket", "dossier", "karten", "serien", "dokumenten", "versicherungs",
                    "rentenversicherungs", "sozialversicherungs", "versicherten",
                    "krankenversicherten", "mitglieds", "kindergeld", "wohngeld", "geschäfts",
                    "sv", "kg"})
# A number of the social or health insurance is issued to one person, as a document's number
# is (so the corpora written since the sixth mark it): a document number.
_INSURANCE = frozenset({"versicherungs", "rentenversicherungs", "sozialversicherungs",
                        "versicherten", "krankenversicherten", "sv"})
# A Bedarfsgemeinschaft's number needs no number word: the Jobcenter's five digits and "//"
# ("BG 24101//0038819").
_BG_NUMBER = re.compile(r"[0-9]{5}//")
_KINDS = {"az_keyed": Kind.AKTENZEICHEN, "id_keyed": Kind.AUSWEISNUMMER}
_MIN_DIGITS = 2  # and three in a plain number ("Vorgang 12 von 20")
L = "A-Za-zÄÖÜäöüß"

# After the keyword: a number word ("-Nr.", "nummer"), then separators, then optionally a
# bracketed remark or a few words ending in ":", "Nr.", "ist" or "lautet".
_NUMBER_WORD = (r"(?:[ -]?(?:(?:Serien|serien|Karten|karten|Dokumenten|dokumenten)?"
                r"(?:Nr|nr|No|no|Nummer|nummer)|ID|Id|Serie|serie|Seria|seria)(?![A-Za-zäöüß0-9])\.?)?")
# Words between the keyword and its number are words, not codes: a capital at most first
# ("Reisepass der Türkei, Nr.", not "Reisepass Nr. MKXRRXCHZ ist …").
_WORD = "[A-ZÄÖÜa-zäöüß][a-zäöüß-]*"
_LEAD = (r"[ \t]*(?:\([^()\d\n]{1,30}\)[ \t]*)?[.:#,(–-]?[ \t]*"
         rf"(?:(?:{_WORD},?[ \t]+){{0,4}}?\(?(?:(?:Nr|nr|No)(?![{L}0-9])\.?|(?:Nummer|nummer|ist"
         rf"|lautet|lautete|war)(?![{L}0-9]))[ \t]*[:#]?[ \t]*"
         rf"|(?:{_WORD},?[ \t]+){{0,4}}?{_WORD}:[ \t]*)?"
         r"[(#:]?[ \t]*\n?[ \t]*")  # a line may break before the number
# "Aktenzeichen der Kanzlei 228/26 …", "Az. des Gerichts: …", "Pass der Republik Türkei U …":
# whose number, then the number
# A form's dot leader counts as one separator ("Pass-Nr.......: A0593l177").
_SHORT_LEAD = (r"[ \t]*(?:\([^()\d\n]{1,30}\)[ \t]*)?(?:\.{2,}[ \t]*:?|[.:#,(–№-]|[Nn]°)?[ \t]*"
               r"(?:(?:des|der|beim|vom)(?:[ \t]+[A-ZÄÖÜ][a-zäöüß-]+){1,3}[ \t]*(?=[:0-9A-Z])|(?:ist|lautet"
               r"|lautete|war)[ \t]+"
               # "legte seinen Reisepass vor (U 27730918)": a verb's particle, then a bracket
               r"|[a-zäöü]{2,8}[ \t]+(?=\()"
               # "Aktenzeichen bei uns 114/26", "Az. hier ABH …": whose, where
               r"|(?:bei uns|bei Ihnen|bei euch|hier|dort|intern)[ \t]+"
               # "Pass PHL: P3381726B", "Reisepass UA Nr. FX 482913": the issuing country's code
               r"|[A-Z]{2,3}(?:[ \t]*:|[ \t]+(?:Nr|No)\.?)[ \t]+"
               # "Az. BAMF: 8812056-438": the authority whose number it is
               r"|[A-Z]{4,5}[ \t]*:[ \t]+)?[(#:]?[ \t]*\n?[ \t]*")
_SENTENCE_END = re.compile(r"[a-zäöüß]{3}\.\s+(?!(?:Nr|nr|No|no|Nummer|nummer)\b)[^\W\d]")
_SERIAL = re.compile(r"(?=[A-Z]*[0-9])[A-Z0-9]{6,12}|[CFGHJKLMNPRTVWXYZ]{9}|(?=[a-z]*[0-9])[a-z0-9]{6,12}")
_TOKEN = re.compile(r"[#0-9A-Za-zÄÖÜäöüß][0-9A-Za-zÄÖÜäöüß/._#+-]*")
# A slash typed with a space after it inside a file number ("30-41.2/ 0917-26").
_SLASH_SPACE = re.compile(r"/ (?=[0-9])")
_GAP = re.compile(r" [-–] | / ?(?=[0-9])| (?=[#0-9A-Za-zÄÖÜäöüß])")  # (" /": "M-33.2 /4471/26")
_DATE_TIME_YEAR = re.compile(
    r"[0-9]{1,2}\.\s?[0-9]{1,2}\.(?:\s?[0-9]{2,4})?|[0-9]{4}-[01][0-9]-[0-3][0-9]"  # dates
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}"
    r"|[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?"  # a time
    r"|(?:19|20)[0-9]{2}")  # a year
# A plain number or sum: no identifier when it has decimals or a unit follows ("1.250,00 €",
# "480 Euro", "120 Minuten").
_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]{1,2})?|[0-9]+(?:,[0-9]{1,2})?")
_UNIT = re.compile(
    r",[0-9]|\s?(?:€|EUR\b|Euro\b|USD\b|\$|%|Prozent\b|Uhr\b|(?i:jahre?n?|monate?n?|wochen?|tage?n?"
    r"|stunden?|minuten?|personen|kinder|mal|seiten?|stück|blatt|anlagen|zimmer|m²|qm|mm|cm|km)\b)")


@functools.cache
def _cue_rx() -> dict[str, re.Pattern[str]]:
    """The keywords of each cue family in either case, as whole words (a number word may
    follow: "Pass-Nr.", "Kartennr."); and the leads up to the slot, matched after them:
    "short", separators only (most keywords: "Az.: 12/26", "Pass Nr. C01X00T47"), and
    "words", words before a colon or "Nr." (tried only when the short one finds no number).
    Compiled at the first keyword (about 5 ms)."""
    out = {family: re.compile(
        # "des Personalausweises", "des Aktenzeichens": a genitive ending; after an authority's
        # letters and a hyphen ("BAMF-Gz.", "BG-Personalausweis"); a compound ending in a
        # document's name ("Auslandspass", "Inlandspasses", keywords.keyword_hits)
        f"(?P<kw>{_keywords(_any_case(_KEYWORDS[family]), before=before)}{compound})(?:e?s|e|n)?"
        f"(?P<nr>{_NUMBER_WORD})(?![{L}])") for family, before, compound in (
            ("az_keyed", r"\w", ""), ("id_keyed", r"\w", _COMPOUND), ("addr_cue", r"[\w-]", ""))}
    out["short"] = re.compile(_SHORT_LEAD)
    out["words"] = re.compile(_LEAD)
    return out


def cued_candidates(text: str, priority_id: int, priority_address: int) -> Iterator[Candidate]:
    """Identifiers and addresses in the slots their keywords open. Only where the keyword
    scan (keywords.keyword_hits) saw a keyword: each is read from there with an anchored match,
    no pass over the whole text."""
    rx = None
    read = (0, 0)  # the last keyword that gave a slot, to the slot's end
    for start, names in keyword_hits(text):
        if names.isdisjoint(_FAMILIES) or (
                _DIGIT.search(text, start, start + 56) is None and not (
                    "id_keyed" in names and _CAPITALS.search(text, start, start + 56))):
            continue  # no number near the keyword (most mentions of "Pass", "Fall", "Adresse")
        if read[0] < start < read[1]:
            continue  # "eAT-Seriennr. …", "Akte (Az. …)": the keyword before read this slot
        rx = rx or _cue_rx()
        for family, kind in _KINDS.items():
            if family not in names or (m := rx[family].match(text, start)) is None or (
                    family == "id_keyed" and m["cmp"] and not _document_modifier(m["cmp"].lower())):
                continue  # "Kompass-123", "Engpass": no document
            document = kind is Kind.AUSWEISNUMMER
            own = Kind.AUSWEISNUMMER if m["kw"].lower() in _INSURANCE else kind
            span = _keyed_slot(text, m, rx["short"].match(text, m.end()), document)
            if span is None and _WORD_LEAD.search(text, m.end(), m.end() + 50):
                # "Aktenzeichen bei der Staatsanwaltschaft: …"
                span = _keyed_slot(text, m, rx["words"].match(text, m.end()), document)
            if span is not None:
                read = (start, span[1])
            while span is not None:
                # "SV-Ausweis: 53240387S019": a number its check digit names is of that kind
                yield span[0], span[1], _slot_kind(text[span[0]:span[1]], own), priority_id
                # "…, alte Nr. A 0992 1145", "neu: …, alt: …", "bzw. die frühere …": a
                # number referring back to the one before is of its kind
                again = _AGAIN.match(text, span[1])
                if again is None and document:  # "Serie 45 06 Nr. 123456": series, number
                    again = _SERIES_NUMBER.match(text, span[1])
                if again is not None:
                    span = _slot(text, again.end(), document)
                else:
                    span = _listed(text, span, document)
        if "addr_cue" in names and (m := rx["addr_cue"].match(text, start)) is not None:
            span = _address_slot(text, m.end())
            if span is not None:
                yield span[0], span[1], Kind.ADRESSE, priority_address


# An office's file number on a line of its own under its letterhead ("Stadt Essen –
# Ausländerbehörde, Team Familie⏎E 32-2/F 20913/26⏎Vermerk: …", "…, Abt. Aufenthalt⏎D-54/2-AE
# 2026-14471"): the place is the cue, as a keyword is elsewhere. Only the note's first lines,
# only under a line naming an office's unit, and only where the group fills its line and holds
# a "/" or a letter beside its digits (a phone number fills its line too: "06824 906-2231").
_LETTERHEAD = re.compile(r"Ausländer|Team |Referat|Abteilung|Abt\. |Ressort|Fachbereich|"
                         r"Sachgebiet|Bezirksregierung|Amt für|Ordnungsamt|Bürgeramt")
_HEADING_LINES = 4


def letterhead_file_numbers(text: str, priority: int) -> Iterator[Candidate]:
    """The file number that fills a line under the note's letterhead (see _LETTERHEAD)."""
    at = 0
    for _ in range(_HEADING_LINES):
        nl = text.find("\n", at)
        if nl < 0:
            return
        before, at = text[at:nl], nl + 1
        if _LETTERHEAD.search(before) is None:
            continue
        start = at + len(text[at:at + 8]) - len(text[at:at + 8].lstrip(" \t"))
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        span = _slot(text, start, False)
        if span is None or span[0] != start or text[span[1]:line_end].strip(" \t.") or \
                not ("/" in text[start:span[1]] or any(c.isalpha() for c in text[start:span[1]])):
            continue
        yield span[0], span[1], Kind.AKTENZEICHEN, priority


# A German phone number: an area code and groups of digits ("06821 88 27 041"), after a
# document's keyword and "Nummer" ("wegen Fiktionsbescheinigung, Nummer 06821 …": the
# caseworker's way of giving a number to call back).
_PHONE_SHAPE = re.compile(r"0[1-9][0-9]{2,4}(?:[ /-][0-9]{1,5}){2,5}")


def _slot_kind(value: str, kind: Kind) -> Kind:
    """The kind of a keyed slot's value: a number its check digit names as a pension number
    is a person's insurance number, of a document's kind ("SV-Ausweis: 53240387S019"); a
    document's slot holding a phone number is one."""
    if pension_number_is_valid(value.replace(" ", "")):
        return Kind.AUSWEISNUMMER
    if kind is not Kind.AUSWEISNUMMER:
        return kind
    return Kind.TELEFON if _PHONE_SHAPE.fullmatch(value) else kind


def _keyed_slot(text: str, m: re.Match[str], lead: re.Match[str] | None, document: bool
                ) -> tuple[int, int] | None:
    """The slot after a keyword `m` and its `lead` (which may be empty)."""
    if lead is None or "§" in lead[0] or _SENTENCE_END.search(text, m.start(), lead.end()) or (
            not m["nr"] and m["kw"].lower() in _STEMS and not _BG_NUMBER.match(text, lead.end())):
        return None  # "… zum Vorgang. Der Ausweis mit der Nummer …": another sentence
    span = _slot(text, lead.end(), document)
    if span is not None and (pension := _PENSION.match(text, span[0])) and pension.end() > span[1]:
        return span[0], pension.end()  # "sv-nr 65 170885 k 012": its letter in lower case
    if span is not None and text[span[0] - 1] == "(" and text.startswith(") ", span[1]):
        # "(276 Js) 1187/26": a department in brackets before the number
        rest = _slot(text, span[1] + 2, document)
        if rest is not None:
            return span[0] - 1, rest[1]
    return span


# After an identifier: a separator, then "alte Nr.", "alt:", "neue Nummer", "früher" … (a
# word that refers back to it) and the next number.
_AGAIN = re.compile(
    r"[ \t]*(?:[,;/(]|bzw\.|und|oder|sowie)[ \t]*(?:(?:die|der|das|ihre|seine)[ \t]+)?"
    r"(?i:(?:alte|alter|altes|neue|neuer|neues|frühere|früherer|bisherige|vorherige)"
    r"(?:[ \t]+(?:Nr|Nummer)\.?)?[ \t]*:?|(?:alt|neu|früher|vorher|bisher)(?:[ \t]+(?:Nr|Nummer)\.?)?"
    r"[ \t]*:)[ \t]*")
# Between the numbers of a list after one keyword ("Pässe: Z 917733, Z 917734 und Z 982210",
# "… / …").
_LIST = re.compile(r"[ \t]*(?:,|;|und|sowie|/(?=[ \t]))[ \t]*")
_SHAPE = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0" * 10 + "A" * 26, " ")


def _listed(text: str, span: tuple[int, int], document: bool) -> tuple[int, int] | None:
    """The next number of a list after one keyword: one written as the one before it (the
    same letters and digits in the same places, spaces aside: "EA4418273, EH 0937615",
    "647118392, 648 002 514"), so a count or a date after a comma stays out."""
    sep = _LIST.match(text, span[1])
    if sep is None:
        return None
    nxt = _slot(text, sep.end(), document)
    if nxt is None or text[nxt[0]:nxt[1]].upper().translate(_SHAPE) != text[
            span[0]:span[1]].upper().translate(_SHAPE):
        return None
    return nxt


_COMPOUND = rf"|(?P<cmp>[{L}][a-zäöüß]{{1,24}}?)(?:pass|ausweis)(?=(?:es|s)?(?![{L}]))"
_DICTATION = re.compile(r"[A-ZÄÖÜ][a-zäöü]?/[a-zäöü]{1,3}")
_FAMILIES = frozenset({"az_keyed", "id_keyed", "addr_cue"})
_WORD_LEAD = re.compile(r":|\b(?:Nr|nr|No|Nummer|nummer)\b")
_DIGIT = re.compile("[0-9]")
_CENTS = re.compile(r",[0-9O]{2}(?![0-9O])")
_DIGIT_NEXT = re.compile(" [0-9]")
_SERIES_NUMBER = re.compile(r"[ \t]+(?:Nr|No|Nummer)\.?[ \t]*(?=[0-9]{5})")
_ABBREVIATION = re.compile("[A-ZÄÖÜ][a-zäöü]{3,4}")
_NUMBER_NEXT = re.compile(" [0-9]+[/-][0-9]{2,}")
# The pension insurance number's shape, its letter in either case ("65 170885 k 012")
_PENSION = re.compile(r"[0-9]{2} ?[0-9]{6} ?[A-Za-z] ?[0-9]{3}(?![\w])")
_CAPITALS = re.compile("[A-Z]{9}")  # a document number without digits ("MKXRRXCHZ")


@functools.cache
def _cue_stems() -> frozenset[str]:
    """The keywords, in lower case without their full stop: a unit's abbreviation is none."""
    return frozenset(k.lower().rstrip(".") for family in (
        "az_keyed", "id_keyed", "phone_keyed", "azr_keyed", "tax_keyed") for k in _KEYWORDS[
            family].split("|"))


@functools.lru_cache(maxsize=4096)
def _code_like(token: str, first: bool) -> bool:
    """A token without digits that may stand in an identifier: a code, not a word. Capitals
    ("ABH", "OVG", "II 4 - …"; not the word "ab" or "ii", nor a country: "USA"), letters
    joined by "/" or "-" ("RA/kl"), an inner capital ("AsylbLG"), two or three letters that are no function word
    ("Ca", "Js"); a short lower-case prefix ("abh 2.3-…", "p 4471823") only first."""
    letters = token.replace("/", "").replace("-", "").replace(".", "")
    if len(token) > 8 or not letters.isalpha():
        return False
    if letters.isupper() and lexicon().is_place(token.lower()):
        return False  # "Beide Pässe: USA A04417382, Brasilien FZ418273": the country is a word
    if letters.isupper() or "/" in token or "-" in token or any(
            ch.isupper() for ch in letters[1:]):
        return True
    lw = token.lower()
    if lw in _GLUE or lw in PREPOSITIONS or lw in lexicon().common_words:
        return False
    return len(letters) <= 3 if letters[0].isupper() else first and len(letters) <= 4


_SEAT = re.compile("[A-Z][a-z]")
# An office's unit, abbreviated, first in a file number: "Abt.", "Ref.", "Sg.", "SG.", "Nr."
# (a weekday or a month before a date is none: "Mo. 14.30", see _slot's end).
_OFFICE_UNIT = re.compile("(?!Tel|Fax|Fon|Mob|Abs|Art|Bl|Bd|Ca|Tab)[A-ZÄÖÜ][a-zäöü]{1,3}|[A-Z]{2}")
# A clerk's mark closing a file number after a spaced dash, at the end of its line or before a
# comma or bracket ("Az.: ABH 2.3 – 118/26 – Sch"); a word there goes on ("– Sie kam …").
_CLERK = re.compile(r" [-–] [A-ZÄÖÜ][a-zäöü]{1,2}(?=[ \t]*(?:$|[,;)\n]))", re.MULTILINE)




def _slot(text: str, pos: int, document: bool) -> tuple[int, int] | None:
    """The digit-bearing group of tokens starting at pos, or None. A document number may
    have fewer digits when it is one token of capitals and digits ("XTLYYJC36")."""
    parts: list[tuple[int, int, bool]] = []  # start, end, has digits
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        token = m[0].rstrip("./-_:#+")
        end = m.start() + len(token)
        if not token:
            break
        digits = _DIGIT.search(token) is not None
        if document and not parts and _SERIAL.fullmatch(token):
            return m.start(), end  # "Reisepass Nr. MKXRRXCHZ", "eAT-Seriennr. LJ8RCMRMF"
        # an office's unit first ("Az.: Abt. 3 – 2026/0712", "Sg. 322 / 12-0042", "Nr. 32 …")
        unit = not parts and not digits and m[0][len(token):] == "." and _OFFICE_UNIT.fullmatch(
            token) is not None and _DIGIT_NEXT.match(text, m.end()) is not None and (
            _SENTENCE_END.search(text, max(0, pos - 8), pos + 1) is None) and (  # "Akte. Tel. 0…"
            token.lower() not in _cue_stems())  # "Akte (Az. 30.9-…)": the next keyword
        if not digits and not unit and not _code_like(token, not parts) and not (
                parts and parts[-1][2] and _ABBREVIATION.fullmatch(token) and _NUMBER_NEXT.match(
                    text, end) and not lexicon().is_word(token.lower())):
            # (between two numbers an office's abbreviation: "DA-32 Ausl 0612/27")
            if parts and parts[-1][2] and (clerk := _CLERK.match(text, parts[-1][1])) and \
                    clerk[0].endswith(token):
                parts.append((m.start(), end, False))  # "118/26 – Sch": the clerk's mark
                break
            if len(token) == 2 and parts and parts[-1][2] and _SEAT.fullmatch(token) and \
                    token not in _SHORT_WORDS and "/" in text[parts[-1][0]:parts[-1][1]]:
                parts.append((m.start(), end, False))  # "2 E 1411/26 We": the court's seat
            break
        parts.append((m.start(), end, digits))
        if end < m.end() and text[end] == "/" and _SLASH_SPACE.match(text, end):
            pos = end + 2
            continue
        if end < m.end():
            if unit or not digits and m[0][len(token):] == "." and (
                    "-" in token or "/" in token) and _DIGIT_NEXT.match(text, m.end()):
                pos = m.end() + 1  # "WI-Ausl. 3.1/2911/26": an abbreviated code goes on
                continue
            break  # a full stop or colon after the token ends the group
        gap = _GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    # A sum after the number is none of it ("KG-Nr. 135FK802214 255,00": a statement's line,
    # its zeros perhaps read as O by OCR)
    if len(parts) > 1 and text[parts[-1][0]:parts[-1][1]].isdigit() and _CENTS.match(
            text, parts[-1][1]):
        parts.pop()
    # Words without digits may close the group only when short ("… 889/25 ER", "118/25 Ba").
    # A dictation mark closes it too ("447/25 Ha/mk": author and typist, letters about a "/").
    while parts and not parts[-1][2] and (parts[-1][1] - parts[-1][0] > 3
                                          or text[parts[-1][0]].islower()) and not (
            _DICTATION.fullmatch(text, parts[-1][0], parts[-1][1])):
        parts.pop()
    if not any(p[2] for p in parts):
        return None
    while parts and not parts[0][2] and not any(p[2] for p in parts[1:]):
        parts.pop(0)
    if len(parts) > 1 and not parts[0][2] and (_named_before(text, parts) or text[
            parts[0][0]:parts[0][1]] in ("Nr", "No")):
        parts.pop(0)  # (the number word before it: "Az.: Nr. 32 1124 2026", "(Nr. 2026/PEP/044)")
    start, end = parts[0][0], parts[-1][1]
    group = text[start:end]
    count = sum(map(str.isdigit, group))
    if count < _MIN_DIGITS or (count == _MIN_DIGITS and group.isdigit()):
        return None
    if len(parts) > 1 and text[parts[0][1]] == ".":  # the unit's number: "Mo. 14.30" no file
        group = text[parts[1][0]:end]
    if _DATE_TIME_YEAR.fullmatch(group) or (_NUMBER.fullmatch(group) and (
            "," in group or _UNIT.match(text, end))):
        return None
    if "§" in text[max(0, start - 3):start]:
        return None
    return start, end



def _named_before(text: str, parts: list[tuple[int, int, bool]]) -> bool:
    """Is the group's first token (capitals, no digits) the authority or the kind of file
    named before a number that is whole without it? The BAMF's number has no letters ("Gz.
    BAMF 8990312-430"); a kind's letters repeat in the office's code ("Az. VE ULM-VE
    2026/219")."""
    first = text[parts[0][0]:parts[0][1]]
    second = text[parts[1][0]:parts[1][1]]
    if parts[1][2]:
        return len(parts) == 2 and _BAMF.fullmatch(second) is not None
    return second.endswith(("-" + first, "/" + first))


_BAMF = re.compile("[0-9]{7}-[0-9]{3}")


@functools.lru_cache(maxsize=1024)
def _document_modifier(lw: str) -> bool:
    """Does a noun come before "pass"/"ausweis" ("Auslands", "Kinderreise", "Flüchtlings"), so
    that the compound names a document ("Kompass", "Engpass" do not)?"""
    lex = lexicon()
    return lex.is_noun(lw) or lex.is_compound(lw)

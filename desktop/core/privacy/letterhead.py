"""An authority's own address in its letterhead ("Stadt Dresden – Ausländerbehörde, Theaterstraße
13", "Regierungspräsidium Karlsruhe, Referat 15.1⏎Schlossplatz 1-3, 76131 Karlsruhe") points to
no person: the development corpora leave it unmarked (25 of 26 such addresses), and its street
stays a word of the note.

A letterhead is a line of the authority's name and departments alone: capitalised words and the
small words of such names, one of them an office's word ("…behörde", "…amt",
"…angelegenheiten", "Fachdienst" …). A sentence about an office ("wohnt neben der
Ausländerbehörde, Hauptstraße 3") has other small words and is none.
"""

from __future__ import annotations

import re

_OFFICE = re.compile(r"(?:behörde|amt|ämter|angelegenheiten|präsidium|verwaltung|Landrat"
                     r"|Fachdienst|Referat|Bürgerdienste|Bürgerservice|Einwohnerwesen)\b")
# Where people live: a shelter run by an office is still a client's address
_DWELLING = re.compile(r"(?i:unterkunft|heim\b|wohn|einrichtung|clearing|aufnahme|\bLEA\b|\bEAE\b"
                       r"|\bZUE\b|\bGU\b|\bANKER)")
# The small words of an office's name ("Amt für Bürgerservice und Ausländerangelegenheiten",
# "Landkreis Harz – Der Landrat"), its marks ("Abt.", "Referat 15.1")
_SMALL = frozenset({"und", "für", "der", "des", "die", "den", "am", "im", "von", "–", "—", "-",
                    "/", "|", "·"})
_WORD = re.compile(r"[A-ZÄÖÜ][\w.-]*[?]?")
_START = re.compile(r"(?:[A-ZÄÖÜ]\w* )?")
# A number only as a department's ("Referat 15.1", "Sachgebiet 31"): a date or a time makes the
# line an appointment's ("am 10.12.2026, 9 Uhr, Ausländerbehörde Lübeck, …": the corpora mark
# that address)
_NUMBERED = frozenset({"Referat", "Sachgebiet", "Abt.", "Abteilung", "Team", "Fachbereich",
                       "Fachdienst", "Amt", "Dezernat"})
_NUMBER = re.compile(r"[0-9][0-9.]*")


def in_letterhead(text: str, start: int) -> bool:
    """Does the address at `start` follow an authority's name, on its line after a comma or a
    dash, or at the start of the line after it?"""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    if _START.fullmatch(before):  # "Alter " of "Alter Postplatz 10"
        if line < 2:
            return False
        header = text[text.rfind("\n", 0, line - 1) + 1:line - 1]
    elif before.endswith((", ", " – ", " - ", " — ")):
        header = before[:-2]
    else:
        return False
    if not header or _OFFICE.search(header) is None or _DWELLING.search(header):
        return False
    words = header.replace(",", " ").split()
    return all(w in _SMALL or _WORD.fullmatch(w) or _NUMBER.fullmatch(w) and i > 0
               and words[i - 1] in _NUMBERED for i, w in enumerate(words))

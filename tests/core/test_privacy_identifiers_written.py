"""Identifiers as people write them (seventh session, bench/data/kennungen2.txt): phone numbers
spaced every way, court file numbers with their court's letters, numbers of the social
insurance and the family benefits office, streets that begin with "Zum", "Hinter der" …, a
number referring back to the one before ("alte Nr. …").

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the data file: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- phone numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Bitte melden unter 0 30 / 7 71 42 90, Frau Keller.", "0 30 / 7 71 42 90"),
    ("Vermieterin: 02 34 / 55 16 09", "02 34 / 55 16 09"),
    ("Praxis 0 62 21 / 33 81 07 im Notfall", "0 62 21 / 33 81 07"),
    ("Zentrale (0711) 2 16-0 bis 16 Uhr", "(0711) 2 16-0"),
    ("Er rief von 0172 55 16 09 3 an.", "0172 55 16 09 3"),
    ("Sekretariat 0228 73-55 16 0", "0228 73-55 16 0"),
    ("Amt: 0 89 / 2 33 - 9 60 00", "0 89 / 2 33 - 9 60 00"),
    ("Onkel in Odessa: +380 (48) 733-21-09", "+380 (48) 733-21-09"),
])
def test_a_phone_number_in_any_spacing(text, number):
    """Area codes spaced before the slash ("0 30 /", "02 34 /"), digits in groups of one,
    spaced extensions ("- 0"), an area code in brackets after the country code: one number."""
    assert found(text).get(number) == "telefon"


@pytest.mark.parametrize("text, number", [
    ("Zentrale 0511 168-0, Durchwahl 4471.", "4471"),
    ("Durchwahl: 211 (Frau Brandt)", "211"),
    ("durchwahl -38 wählen", "-38"),
])
def test_an_extension_after_its_word(text, number):
    """An extension alone has two to four digits; after "Durchwahl" it is part of a phone
    number."""
    assert found(text).get(number) == "telefon"


@pytest.mark.parametrize("text", [
    "Durchwahl unbekannt, 3 Versuche.",
    "Termin 0 1 2 in der Liste, 3 Kinder.",
    "Von 0 bis 24 Uhr, Raum 0.12, Tabelle 0 / 1 / 2.",
    "Sie hat 3 Kinder (0, 4 und 7 Jahre).",
    "Ergebnis 0 : 2, dann 1 : 3.",
])
def test_no_phone_number_in_small_numbers(text):
    """Small numbers, a zero before a count, a score, a room: no phone number."""
    assert "telefon" not in found(text).values()


# --- court file numbers -----------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Das OVG führt die Beschwerde als OVG 6 S 41/26 weiter.", "OVG 6 S 41/26"),
    ("Klage beim SG Köln, S 31 AS 2207/25 ER, läuft.", "S 31 AS 2207/25 ER"),
    ("LSG NRW L 19 AS 1187/25 B ER entschieden.", "L 19 AS 1187/25 B ER"),
    ("VG Berlin, VG 24 K 118/26 A, Termin offen.", "VG 24 K 118/26 A"),
    ("VG Regensburg RN 9 K 26.30417 anhängig.", "RN 9 K 26.30417"),
    ("Der Eilantrag läuft unter 7 L 2281/26.F.A beim VG.", "7 L 2281/26.F.A"),
    ("Beschluss vom Montag – 8 B 553.26 – liegt vor.", "8 B 553.26"),
])
def test_a_court_file_number_with_its_courts_marks(text, number):
    """The court's letters before the chamber ("OVG", "S", "RN"), its marks after the year
    ("A", "B ER", ".F.A"), the year after a dot or first (Bavaria): one file number, without
    a keyword."""
    assert found(text).get(number) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Kurs 3 B 9.30 bis 12.00 Uhr, dann Pause.",
    "Gruppe 2 A 10.15 in Raum 4.",
    "Er hat 2 K 12.50 Euro bezahlt.",
    "Die Klasse 7 B hat 28 Schüler.",
])
def test_no_court_file_number_in_a_time_or_a_sum(text):
    """A time or a sum after a number and a capital is no court file number."""
    assert "aktenzeichen" not in found(text).values()

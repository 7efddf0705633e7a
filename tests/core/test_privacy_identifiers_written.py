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
    ("Beschluss des VG vom Montag – 8 B 553.26 – liegt vor.", "8 B 553.26"),
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


# --- numbers of the social insurance, the family benefits office, references -------------------

@pytest.mark.parametrize("text, number", [
    ("Versicherungsnummer 53 240387 S 019 liegt vor.", "53 240387 S 019"),
    ("SV-Ausweis: 53240387S019", "53240387S019"),
])
def test_numbers_of_the_social_insurance(text, number):
    """The pension insurance number, after its keyword or by its check digit, is a number
    issued to one person: of a document's kind (as the corpora written since the sixth mark
    it; the second and fourth marked it a file number)."""
    assert found(text).get(number) == "ausweisnummer"


@pytest.mark.parametrize("text, number", [
    ("Kindergeld-Nr. 318FK220917 fehlt.", "318FK220917"),
    ("Familienkasse, 318 FK 220917, angeschrieben.", "318 FK 220917"),
    ("Ref.: 2026/KL/30917 im Betreff.", "2026/KL/30917"),
    ("Geschäfts-Nr.: 4 C 871/26 beim Amtsgericht.", "4 C 871/26"),
    ("Wohngeldnummer WG-2026-30917 bitte angeben.", "WG-2026-30917"),
    ("Mitglieds-Nr. 80917-3312 der Krankenkasse.", "80917-3312"),
])
def test_numbers_of_insurance_and_benefits(text, number):
    """The Kindergeldnummer by its shape (three digits, FK, six digits), others after their
    keyword."""
    assert found(text).get(number) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Kindergeld 250 € im Monat, Wohngeld 2025 beantragt.",
    "Referenz 3 Jahre alt, Mitglied seit 2019, Mitglieds 4 Kinder.",
    "Geschäfts 12 Stunden geöffnet, Versicherungs 30 Tage.",
])
def test_no_number_after_a_benefit_word_without_its_number_word(text):
    """"Kindergeld", "Wohngeld", "Mitglieds", "Versicherungs" without "-Nr." open no slot;
    sums, years and counts stay."""
    assert "aktenzeichen" not in found(text).values()


def test_a_wrong_check_digit_is_no_pension_number_by_shape():
    """Without a keyword only the check digit makes twelve characters a pension number."""
    assert found("Die 53 240387 S 014 stand im Brief.") == {}
    assert found("Die 53 240387 S 019 stand im Brief.") == {"53 240387 S 019": "ausweisnummer"}


# --- a number referring back to the one before ----------------------------------------------

@pytest.mark.parametrize("text, numbers, kind", [
    ("Neuer Pass Nr. C 2281 3094, alte Nr. C 0117 5520 eingezogen.",
     ["C 2281 3094", "C 0117 5520"], "ausweisnummer"),
    ("Pass-Nr. P0228130 (alt: P0117552)", ["P0228130", "P0117552"], "ausweisnummer"),
    ("Aktenzeichen neu: ABH 4.2-30917/26, alt: ABH 4.2-11875/24",
     ["ABH 4.2-30917/26", "ABH 4.2-11875/24"], "aktenzeichen"),
    ("Kunden-Nr. 314D220917 bzw. die frühere 314D117552", ["314D220917", "314D117552"],
     "aktenzeichen"),
])
def test_a_number_referring_back_is_of_the_same_kind(text, numbers, kind):
    """"alte Nr.", "alt:", "die frühere" after an identifier: the next number is one too."""
    result = found(text)
    assert [result.get(n) for n in numbers] == [kind] * len(numbers)


@pytest.mark.parametrize("text", [
    "Pass Nr. P0228130, alte Nummer unbekannt, 3 Kopien.",
    "Az. 12/4471, alte Akte 2 Bände, neu: 2019 angelegt.",
])
def test_no_number_after_a_word_referring_back_to_nothing(text):
    """A count or a year after "alte"/"neu:" is no identifier."""
    assert all(k != "aktenzeichen" or "/" in n for n, k in found(text).items())
    assert "3" not in found(text) and "2019" not in found(text)


# --- addresses ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("wohnhaft Zum Grünen Winkel 9", "Zum Grünen Winkel 9"),
    ("Wohnt Hinter der Burg 12 bei ihrem Sohn.", "Hinter der Burg 12"),
    ("Meldeadresse: An den Linden 7 b", "An den Linden 7 b"),
    ("Anschrift: Auf der Heide 3, 37085 Göttingen", "Auf der Heide 3, 37085 Göttingen"),
    ("wohnhaft in der Schillerstr. 8 1/2", "Schillerstr. 8 1/2"),
])
def test_a_street_that_opens_with_a_capitalised_small_word(text, address):
    """After an address cue, "Zum …", "Hinter der …", "An den …" with capitalised words and a
    house number is a street, even when its words are common nouns; "8 1/2" is one number."""
    assert found(text).get(address) == "adresse"


@pytest.mark.parametrize("text", [
    "Wohnt Im Sommer 3 Monate bei der Tante.",
    "Adresse: Im Jahr 2019 umgezogen, seitdem unbekannt.",
    "wohnt Am Montag 3 Stunden bei ihr",
])
def test_no_street_in_a_time_after_an_address_cue(text):
    """"Im Sommer", "Im Jahr", "Am Montag" open no street."""
    assert "adresse" not in found(text).values()


def test_a_person_after_bei_is_no_part_of_the_town():
    """"22769 Hamburg bei Hoffmann": the town ends before "bei"; "Neustadt bei Coburg" is one
    place."""
    result = found("Wohnhaft Stresemannstr. 101, 22769 Hamburg bei Hoffmann")
    assert result.get("Stresemannstr. 101, 22769 Hamburg") == "adresse"
    assert found("Post an 96465 Neustadt bei Coburg").get("96465 Neustadt bei Coburg") == "adresse"


# --- more shapes: registers in Roman numerals, a job centre's BG number, whose number ---------

@pytest.mark.parametrize("text, number", [
    ("Betreuungsverfahren 9 XVII 3304/26 beim Amtsgericht.", "9 XVII 3304/26"),
    ("Die Leistungen laufen über 45102BG0093317 weiter.", "45102BG0093317"),
    ("Aktenzeichen der Kanzlei 593/26 Pe/st liegt vor.", "593/26 Pe/st"),
    ("Az. des Gerichts: 4 K 5519/26", "4 K 5519/26"),
    ("Kundennummer beim Jobcenter 451C339017 angeben.", "451C339017"),
])
def test_more_file_numbers_as_written(text, number):
    """A register in Roman numerals, the BG number by its shape (office, BG, seven digits),
    whose number it is between the keyword and the number ("der Kanzlei", "des Gerichts"), a
    dictation mark after the number ("Pe/st")."""
    assert found(text).get(number) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Aktenzeichen der Behörde 3 Wochen alt, BG 12 Personen.",
    "Az. des Gerichts 2019 vergeben.",
    "Pass der Mutter liegt vor, 3 Kopien.",
])
def test_whose_number_without_a_number(text):
    """After "der Behörde", "des Gerichts" a count or a year is no file number."""
    assert "aktenzeichen" not in found(text).values()
    assert "ausweisnummer" not in found(text).values()


@pytest.mark.parametrize("text, address", [
    ("Wohnt in der Alten Feldstraße 8 (Dachgeschoss).", "Alten Feldstraße 8"),
    ("Sie wohnt jetzt in der Großen Gasse 21.", "Großen Gasse 21"),
])
def test_an_inflected_adjective_before_a_street(text, address):
    """"in der Alten Feldstraße": the adjective belongs to the street's name."""
    assert found(text).get(address) == "adresse"


def test_an_inflected_adjective_before_a_noun_is_no_street():
    """"bei der Alten Dame 3 Tage": no street word, a count."""
    assert "adresse" not in found("Wohnt bei der Alten Dame 3 Tage.").values()


@pytest.mark.parametrize("text, number", [
    ("Tel. 0341.9928107 (Büro)", "0341.9928107"),
    ("Rückruf unter 0 341 - 99 28 10 7", "0 341 - 99 28 10 7"),
])
def test_an_area_code_set_off_by_a_dot_or_a_spaced_dash(text, number):
    """"0341.9928107", "0 341 - 99 28 10 7": one phone number."""
    assert found(text).get(number) == "telefon"


def test_a_file_number_after_vorg_nr():
    """"Vorg.-Nr." is the abbreviated Vorgangsnummer; "Vorg." alone opens no slot."""
    assert found("Vorg.-Nr. 2026/3317 angelegt.") == {"2026/3317": "aktenzeichen"}
    assert "aktenzeichen" not in found("Vorg. 3 von 5 erledigt.").values()

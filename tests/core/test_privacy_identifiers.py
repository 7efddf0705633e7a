"""German identifiers that no public recogniser covers, each with valid values and near misses.

Valid values are found without a keyword because their check digit or structure fits; near
misses (a wrong check digit, a wrong date, a character outside the alphabet) are not reported
as that kind without a keyword. With a keyword ("AZR-Nr.", "Steuer-ID", "IBAN") a mistyped
number still counts: the user meant it.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect
from desktop.core.privacy.model import Kind
from desktop.core.privacy.patterns import (
    azr_is_valid,
    document_number_is_valid,
    iban_is_valid,
    icao_check_digit,
    tax_id_is_valid,
)


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- AZR-Nummer: 12 digits, YYMMDD of the first registration + 6 digits ---------------------

@pytest.mark.parametrize("number", ["190312004817", "250101999999", "131231000001",
                                    "190312 004817"])
def test_azr_valid_without_keyword(number):
    """Twelve digits that begin with a date are an AZR number, also split 6 + 6. (Twelve
    digits beginning with 0 are read as a phone number: "030123456789"; removed all the same.)"""
    assert azr_is_valid(number.replace(" ", ""))
    assert kinds(f"Die Nummer {number} passte nicht zum Vorgang.") == {number: "azr"}


@pytest.mark.parametrize("number", ["191312004817", "190300004817", "190332004817"])
def test_azr_near_miss_is_no_azr_but_still_removed(number):
    """Month 13, day 00 or 32: no AZR number; twelve digits still point to a file, so they
    are removed as a reference number (Aktenzeichen), never kept."""
    assert not azr_is_valid(number)
    assert kinds(f"Die Nummer {number} passte nicht.") == {number: "aktenzeichen"}


@pytest.mark.parametrize("number", ["19031200481", "1903120048170"])
def test_azr_wrong_length(number):
    """Eleven or thirteen digits are no AZR number."""
    assert not azr_is_valid(number)
    assert "azr" not in kinds(f"Die Nummer {number} passte nicht.").values()


def test_azr_after_keyword_in_any_shape():
    """After "AZR" twelve digits count even when the date part is off (a typo)."""
    assert kinds("AZR-Nummer 991399123456 fehlt.") == {"991399123456": "azr"}
    assert kinds("Aus dem AZR (200118 657180) ergibt sich das.") == {"200118 657180": "azr"}


# --- Personalausweis, Reisepass, eAT: 9 characters + ICAO check digit ------------------------

def test_icao_check_digit_of_the_specimen_card():
    """The specimen Personalausweis T22000129 carries check digit 3 (ICAO 9303, 7-3-1)."""
    assert icao_check_digit("T22000129") == "3"
    assert document_number_is_valid("T220001293")


@pytest.mark.parametrize("number", ["T220001293", "L01X00T471", "CF1GH2JK31", "LZ6311T475"])
def test_document_number_with_check_digit_without_keyword(number):
    """Ten characters of the German document alphabet whose last is the right check digit."""
    assert document_number_is_valid(number)
    assert kinds(f"Die Kopie mit {number} liegt bei.") == {number: "ausweisnummer"}


@pytest.mark.parametrize("number", ["CF1GH2JK35", "L01X00T479", "LZ6311T470"])
def test_document_number_with_wrong_check_digit(number):
    """One check digit off: not a document number without a keyword. (A letter and nine
    digits, "T220001294", is read as a foreign passport number instead.)"""
    assert not document_number_is_valid(number)
    assert "ausweisnummer" not in kinds(f"Die Kopie mit {number} liegt bei.").values()


@pytest.mark.parametrize("number", ["LB1X00T471", "L01XO0T471", "LA6311T475"])
def test_document_number_outside_the_alphabet(number):
    """A, B, O and other letters never occur in German document numbers."""
    assert not document_number_is_valid(number)
    assert "ausweisnummer" not in kinds(f"Die Kopie mit {number} liegt bei.").values()


@pytest.mark.parametrize(("text", "number"), [
    ("eAT-Seriennr. LJ8RCMRMF für die Kundin bestellt.", "LJ8RCMRMF"),
    ("Reisepass Nr. MKXRRXCHZ ist abgelaufen.", "MKXRRXCHZ"),
    ("PA-Nr. C63NMRK3K liegt in Kopie bei.", "C63NMRK3K"),
    ("Seriennummer des eAT: W37VWMLNM", "W37VWMLNM"),
])
def test_document_numbers_after_keyword(text, number):
    """After a keyword nine characters count, also letters only."""
    assert kinds(text).get(number) == "ausweisnummer"


# --- Steuer-ID: 11 digits, one digit twice or three times, check digit ----------------------

@pytest.mark.parametrize("number", ["86095742719", "57549285017", "65929970489"])
def test_tax_id_valid_without_keyword(number):
    """The digit rule and the check digit (ISO 7064 MOD 11,10) fit."""
    assert tax_id_is_valid(number)
    assert kinds(f"Die Nummer {number} hatte sie dabei.") == {number: "steuer_id"}


@pytest.mark.parametrize(("number", "why"), [
    ("86095742718", "check digit off by one"),
    ("06095742719", "leading zero"),
    ("12345678903", "no digit repeated among the first ten"),
    ("11111234567", "one digit four times"),
])
def test_tax_id_near_misses(number, why):
    """Near misses are no Steuer-ID without a keyword."""
    assert not tax_id_is_valid(number), why
    assert "steuer_id" not in kinds(f"Die Nummer {number} hatte sie dabei.").values()


def test_tax_id_after_keyword_even_if_mistyped():
    """After "Steuer-ID" eleven digits count: the user meant a tax ID."""
    assert kinds("Steuer-ID 86095742718 laut Zettel.") == {"86095742718": "steuer_id"}


# --- IBAN: ISO 13616 mod 97 -------------------------------------------------------------------

@pytest.mark.parametrize("iban", ["DE89370400440532013000", "DE02 1203 0000 0000 2020 51",
                                  "FR1420041010050500013M02606", "CH9300762011623852957",
                                  "BE68539007547034"])
def test_iban_valid_without_keyword(iban):
    """Valid check digits: an IBAN, with or without groups of four."""
    assert iban_is_valid(iban.replace(" ", ""))
    assert kinds(f"Überweisung von {iban} ist eingegangen.") == {iban: "iban"}


@pytest.mark.parametrize("iban", ["DE88370400440532013000", "DE89370400440532013001",
                                  "BE68539007547035"])
def test_iban_near_miss_without_keyword(iban):
    """One digit off: the mod-97 check fails and nothing is reported as an IBAN."""
    assert not iban_is_valid(iban)
    assert "iban" not in kinds(f"Überweisung von {iban} ist eingegangen.").values()


@pytest.mark.parametrize("note, number", [
    ("Klage beim VG Hannover, Az. 12 A 4471/26, eingegangen.", "12 A 4471/26"),
    ("Beschluss 6 B 218/26 liegt vor.", "6 B 218/26"),
    ("Die StA führt das Verfahren unter 1142 Js 30918/26.", "1142 Js 30918/26"),
    ("Strafbefehl 261 Ds 4107 Js 11823/26 ist rechtskräftig.", "261 Ds 4107 Js 11823/26"),
    ("VG Berlin 10 K 1234/24.A, Asylverfahren", "10 K 1234/24.A"),
])
def test_court_file_numbers_are_found_whole(note, number):
    """Court and prosecution file numbers (chamber, register letters, number/year) are one
    Aktenzeichen, with or without "Az." before them — not the chamber's number alone."""
    found = [(f.kind, f.text) for f in detect(note)]
    assert (Kind.AKTENZEICHEN, number) in found


@pytest.mark.parametrize("note", [
    "Termin um 12 Uhr 30/26 Minuten später",
    "seit 2 Jahren 12/24 gezahlt",
    "Az. 12 Abs. 3 AufenthG",
])
def test_court_number_shape_needs_register_letters_and_a_year(note):
    """A number, a word and a fraction are no court file number: the register letters are one
    to three capitals or a capital and a small letter ("Js", "Ds"), never a German word."""
    assert not any(f.kind is Kind.AKTENZEICHEN and "/" in f.text for f in detect(note))
    assert not any(f.text.startswith("12 Abs") for f in detect(note))


def test_a_department_prefix_belongs_to_the_file_number():
    """"ABH 32.1-19330/22": the authority's capitals before a file number are part of it, so
    the anonymised text keeps no half of the number."""
    found = [(f.kind, f.text) for f in detect("Die Akte ABH 32.1-19330/22 liegt vor.")]
    assert found == [(Kind.AKTENZEICHEN, "ABH 32.1-19330/22")]


@pytest.mark.parametrize("note, address", [
    ("Neue Adresse: Garbsener Landstraße 45, 30419 Hannover.", "Garbsener Landstraße 45, 30419 Hannover"),
    ("Sie wohnt jetzt Ihmepassage 5, 30449 Hannover.", "Ihmepassage 5, 30449 Hannover"),
    ("Wohnhaft Im Kampe 9, 30989 Gehrden, seit Mai.", "Im Kampe 9, 30989 Gehrden"),
])
def test_a_street_without_a_street_word_before_a_postcode_is_part_of_the_address(note, address):
    """Before ", <postcode> <town>" a name and a house number are the street, even without
    "Straße" or "Weg" in it; a word before the street's opening word stays outside."""
    assert [(f.kind, f.text) for f in detect(note)] == [(Kind.ADRESSE, address)]


def test_a_year_before_a_postcode_is_no_street():
    """"Seit 2019, 30161 Hannover": a common word and a number are no street."""
    assert [(f.kind, f.text) for f in detect("Seit 2019, 30161 Hannover")] == [
        (Kind.ADRESSE, "30161 Hannover")]


@pytest.mark.parametrize("note, kind, value", [
    ("Türkischer Reisepass U 18847362, gültig.", Kind.AUSWEISNUMMER, "U 18847362"),
    ("Familie Ali (32.1-FZ-0719), Termin folgt", Kind.AKTENZEICHEN, "32.1-FZ-0719"),
    ("Akte 3.2-A-55012/25 liegt bei mir", Kind.AKTENZEICHEN, "3.2-A-55012/25"),
    ("Ansprechpartner im Betrieb: 05102 93 31-0, ab 8 Uhr", Kind.TELEFON, "05102 93 31-0"),
])
def test_identifiers_in_the_shapes_offices_write_them(note, kind, value):
    """A Turkish passport number after its keyword with the space after the letter, a
    department's number with letters in it, a phone number with its extension: whole."""
    assert (kind, value) in [(f.kind, f.text) for f in detect(note)]


def test_a_section_number_with_letters_only_is_no_file_number():
    """"Kapitel 3.2-A-B" has no running number: it stays."""
    assert detect("Siehe Kapitel 3.2-A-B der Verwaltungsvorschrift") == []

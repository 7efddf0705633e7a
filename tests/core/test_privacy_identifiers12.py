"""Identifiers as a new hand writes them (eleventh session, the ninth corpus's half A): a form's
dot leader before a number, a file number with a space after its slash or a clerk's mark after
it, a course's and a Bedarfsgemeinschaft's number, a street after a word of position, a district
named with its town, a town that does not run on to the next line, a date dictated in lower
case, "Geb.-Dat." as a birth cue and a table's birth-date column.

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the corpus: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- a form's dot leader --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Geburtsort....: KANO\nPass-Nr.......: B1184l273\nAusstellende Beh.: NIS", "B1184l273"),
    ("Reisepass.....: C7730914\nGültig bis: 2030", "C7730914"),
])
def test_a_number_after_a_dot_leader_is_found(text, value):
    """A form copied with dot leaders between the label and its value ("Pass-Nr.......:") still
    opens the document number's slot."""
    assert found(text).get(value) == "ausweisnummer"


def test_a_dot_leader_before_a_word_opens_nothing():
    """Dots after a keyword before a word are an ellipsis, no number: nothing is found."""
    assert found("Pass.......: fehlt noch, kommt nach") == {}


# --- file numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Aktenzeichen: 41-22.7/ 1183-26\nName: Test", "41-22.7/ 1183-26"),
    ("Az. 12/ 4471 vom Amt", "12/ 4471"),
])
def test_a_space_after_a_slash_stays_in_the_file_number(text, value):
    """A file number typed with a space after its slash is read whole."""
    assert found(text).get(value) == "aktenzeichen"


def test_a_slash_before_a_word_ends_the_file_number():
    """After "/ " only digits go on: "Az.: 12/26/ Die Akte" ends at "12/26"."""
    assert found("Az.: 12/26/ Die Akte liegt vor.").get("12/26") == "aktenzeichen"


@pytest.mark.parametrize("text, value", [
    ("Az.: ABH 4.1 – 227/26 – Kr\nAnhörung", "ABH 4.1 – 227/26 – Kr"),
    ("Unser Zeichen: 32 - 118/26 - Sch, bitte angeben", "32 - 118/26 - Sch"),
])
def test_a_clerks_mark_closes_a_file_number(text, value):
    """The clerk's mark after a spaced dash at the end of a line or before a comma belongs to
    the file number, even where its letters are a word elsewhere ("Sch")."""
    assert found(text).get(value) == "aktenzeichen"


def test_a_word_after_a_dash_stays_out_of_the_file_number():
    """A word that goes on after the dash is the sentence's: "– Wir" is not a clerk's mark."""
    assert "Wir" not in "".join(found("Az.: 227/26 – Wir melden uns.").keys())


@pytest.mark.parametrize("text, value", [
    ("Teilnahme am Integrationskurs (Kurs-Nr. IK-HB-26/041) seit März.", "IK-HB-26/041"),
    ("Kursnummer 4471/26 bestätigt.", "4471/26"),
])
def test_a_course_number_is_a_file_number(text, value):
    """A course's number after "Kurs-Nr." or "Kursnummer" is marked like a file number."""
    assert found(text).get(value) == "aktenzeichen"


def test_a_course_without_a_number_word_is_a_word():
    """"Kurs" alone is a word: "Der Kurs 123 hat 15 Plätze" marks nothing."""
    assert found("Der Kurs 123 hat 15 Plätze.") == {}


def test_a_bg_number_needs_no_number_word():
    """A Bedarfsgemeinschaft's number ("12345//0012345") after "BG" alone is a file number."""
    assert found("Betreff: Kunde, BG 31201//0047712\nHallo").get("31201//0047712") == "aktenzeichen"


def test_bg_before_a_count_is_a_word():
    """"BG" before a count is the household, not its number."""
    assert found("Die BG 12345 besteht aus 4 Personen.") == {}


# --- addresses ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Meldebescheinigung Innere Laufer Gasse 12, 90403 Nürnberg", "Innere Laufer Gasse 12, 90403 Nürnberg"),
    ("wohnt jetzt Obere Bachstr. 4, 97070 Würzburg.", "Obere Bachstr. 4, 97070 Würzburg"),
])
def test_a_word_of_position_belongs_to_the_street(text, value):
    """"Äußere", "Innere", "Obere" … before a street's name are part of it."""
    assert found(text).get(value) == "adresse"


def test_a_district_named_with_its_town_belongs_to_the_address():
    """"Schwerin-Lankow, Ratzeburger Str. 5, 19057 Schwerin": the district is the address's."""
    text = "Sie wohnt in Schwerin-Lankow, Ratzeburger Str. 5, 19057 Schwerin. Danach"
    assert found(text).get("Schwerin-Lankow, Ratzeburger Str. 5, 19057 Schwerin") == "adresse"


def test_an_office_with_the_towns_name_stays_out_of_the_address():
    """"…, 9 Uhr, Ausländerbehörde Kiel, Fabrikstr. 8, 24103 Kiel": the office is no part of the
    address, nor is a hyphenated place of another town. (The office's name alone on the line
    before the address is its letterhead, which stays words: test_privacy_dates_addresses13.)"""
    got = found("Vorsprache am 10.12., 9 Uhr, Ausländerbehörde Kiel, Fabrikstr. 8, 24103 Kiel\nund")
    assert got.get("Fabrikstr. 8, 24103 Kiel") == "adresse"
    got = found("Sie war in Bremen-Vegesack, Fabrikstr. 8, 24103 Kiel\nund")
    assert got.get("Fabrikstr. 8, 24103 Kiel") == "adresse"


def test_a_town_does_not_run_on_to_the_next_line():
    """"… 24103 Kiel⏎IBAN DE…": the keyword on the next line is no part of the town."""
    text = "Herr Test\nFabrikstr. 8, 24103 Kiel\nIBAN DE53 1305 0000 0201 4478 35"
    assert found(text).get("Fabrikstr. 8, 24103 Kiel") == "adresse"


# --- dates ----------------------------------------------------------------------------------------

def test_a_date_dictated_in_lower_case_in_a_note_without_digits():
    """A dictated note in lower case with spoken commas and no digit at all: "am dritten
    oktober" is a date."""
    text = "vermerk komma frau test war am dritten oktober komma zur vorsprache da punkt"
    assert found(text).get("dritten oktober") == "datum"


def test_a_dictated_note_without_a_date_finds_nothing_shaped():
    """The same note without a date marks no date."""
    text = "vermerk komma sie war heute zur vorsprache da punkt ende"
    assert "datum" not in found(text).values()


@pytest.mark.parametrize("text, value", [
    ("Name : TEST\nGeb.-Dat. : 1O.O3.1991\nAnschrift", "1O.O3.1991"),
    ("Geb. Dat.: 04.11.1987", "04.11.1987"),
])
def test_geb_dat_is_a_birth_cue(text, value):
    """"Geb.-Dat." and "Geb. Dat." with a full stop after "Dat" name a birth date."""
    assert found(text).get(value) == "geburtsdatum"


def test_a_tables_birth_date_column():
    """In a table whose header names a column "Geb." (cells split by ";" or "|"), the dates in
    that column are birth dates; a date in another column is a date."""
    text = ("Name;Vorname;Geb.;Termin\nTest;Anna;03.04.1999;05.12.2026\n"
            "Probe;Ben;11.11.2011;06.12.2026")
    got = found(text)
    assert got["03.04.1999"] == got["11.11.2011"] == "geburtsdatum"
    assert got["05.12.2026"] == got["06.12.2026"] == "datum"
    piped = "| Name | geb. am | Termin |\n| Anna | 02.03.2003 | 05.12.2026 |"
    assert found(piped)["02.03.2003"] == "geburtsdatum"


def test_a_table_without_a_birth_column_keeps_dates():
    """A table without a birth date's header keeps its dates as dates, and a table's column
    ends at a line with another number of cells."""
    text = "Name;Termin;Ort\nTest;02.03.2003;Kiel\ngeb. 1990"
    assert found(text)["02.03.2003"] == "datum"
    text = "Name;Geb.;Ort\nTest;02.03.1990;Kiel\n\nTermin am 05.12.2026;heute"
    assert found(text)["05.12.2026"] == "datum"


# --- more keywords and shapes of file numbers -----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("BÜMA-Nr. 553018274 liegt vor.", "553018274"),
    ("Teilnehmer-Nr. 3318-0472 laut Träger", "3318-0472"),
    ("Personalnummer 0083317 beim Arbeitgeber", "0083317"),
    ("Fall-ID 2291-26 im System", "2291-26"),
    ("Leistungsnummer 31201//0047712 beim Jobcenter", "31201//0047712"),
    ("Aktenzeichen 30 - 5512 / 26 bitte angeben", "30 - 5512 / 26"),
])
def test_more_file_numbers_after_their_keyword(text, value):
    """A BÜMA's, a participant's or an employee's number, a case ID, a Bedarfsgemeinschaft's
    number after any keyword, a file number with a spaced slash: each is found whole."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Die Teilnehmer 12 und 14 fehlten.",
    "Das Personal 2026 war knapp.",
    "Siehe https://jobcenter.de//12345 dort.",
])
def test_those_words_without_a_number_word_open_nothing(text):
    """"Teilnehmer", "Personal" without "-Nr." are words; "//" in an address of the web is no
    Bedarfsgemeinschaft's number."""
    assert "aktenzeichen" not in found(text).values()


@pytest.mark.parametrize("text, value", [
    ("Anschrift: Kaiserstr. 3, 66386 St. Ingbert", "Kaiserstr. 3, 66386 St. Ingbert"),
    ("Auf der Hohl 7, 66606 St.Wendel", "Auf der Hohl 7, 66606 St.Wendel"),
])
def test_a_saints_town_abbreviated(text, value):
    """A town written "St." and its name after a postcode is the town whole."""
    assert found(text).get(value) == "adresse"


def test_st_before_a_word_is_no_town():
    """"12345 St. Er …": after "St." a function word is no town's name."""
    assert "adresse" not in found("Nummer 12345 St. Er kam später.").values()

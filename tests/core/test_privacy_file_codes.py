"""Identifiers of offices and hands no corpus has seen (thirteenth session): file numbers by
their structure rather than by an office's style, an office's unit after "Az.", any "…-Nr.",
and dates, birth dates and addresses as a new hand writes them.

The values are invented in other offices' styles, not taken from the corpora; each rule has
near misses of the same shape that must stay as they are.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- a code token: an office's letters and a number's groups in one token ---------------------

@pytest.mark.parametrize("text, value", [
    ("Akte angelegt unter E-2026-04412", "E-2026-04412"),
    ("| Frau Koval | 32/AB-K/55120 | Termin offen |", "32/AB-K/55120"),
    ("Rückfrage zum Verfahren A32/2026/7711 per Mail", "A32/2026/7711"),
    ("Betreff: 320-12/26-B – Verlängerung AE", "320-12/26-B"),
    ("Betreff: Antrag auf Verlängerung, 41.2-3390/2026-ABH", "41.2-3390/2026-ABH"),
    ("Liste: AB3-2026-0044 abgeschlossen.", "AB3-2026-0044"),
    ("Die Akte liegt unter 32-AB-18/2026 im Schrank.", "32-AB-18/2026"),
    ("Wiedervorlage\nABH.3.2-14495\nbitte prüfen", "ABH.3.2-14495"),
])
def test_a_code_token_is_a_file_number_without_a_keyword(text, value):
    """One token of three groups or more joined by ".", "-" or "/", with an office's letters
    and five digits or more in two runs, is a file number wherever it stands."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text, value", [
    ("Nach RL 2011/95/EU ist der Schutz zu gewähren.", "2011/95/EU"),
    ("Die Version 3.2.1-beta der App stürzt ab.", "3.2.1-beta"),
    ("Sie spricht Deutsch, Kurs A2-B1-2026 beginnt.", "A2-B1-2026"),
    ("Betreff: COVID-19-Test-2021 Nachweis", "COVID-19-Test-2021"),
    ("Sprechzeit 9.30-11.00, Raum A-3.12", "A-3.12"),
    ("Scan IMG-2026-1207.jpg liegt bei", "IMG-2026-1207.jpg"),
])
def test_tokens_of_laws_versions_and_levels_stay(text, value):
    """A law's letters, small letters (a version, a file's ending), a word, a language level
    with a year and a room's three digits make no file number."""
    assert all(value not in finding for finding in found(text))


def test_a_roman_month_is_a_date_not_a_code():
    """"7.XII.2026" is a date with its month in Roman numerals, and a birth date after its
    cue; neither is a file number."""
    assert found("Gespräch vom 7.XII.2026 im Büro").get("7.XII.2026") == "datum"
    assert found("Herr Novak, geb. 3.IV.1961, erschien.").get("3.IV.1961") == "geburtsdatum"


def test_ocr_digits_in_a_date_make_no_code():
    """OCR's "Ol" for "01" between a day and a year: a letter group of two letters, not an
    office's code ("l3/Ol/2O27")."""
    assert "aktenzeichen" not in found("[l3/Ol/2O27]  l4:2O   VON: 0 69 2l2 3l877").values()


# --- letters of laws, calendars, phones and books are no office's code ------------------------

@pytest.mark.parametrize("text, value", [
    ("Sie studiert im WS 2025/26 Informatik.", "WS 2025/26"),
    ("ISBN 978-3-16-148410-0", "978-3-16-148410-0"),
    ("Öffnungszeiten: Mo-Do 8.00-15.30 Uhr", "8.00-15.30"),
])
def test_semesters_books_and_opening_hours_are_no_file_numbers(text, value):
    """The semester's, the book's letters and opening hours' times make no file number (the
    letters of office_numbers.py are now the one list of every shaped pattern)."""
    assert "aktenzeichen" not in found(text).values(), value


def test_a_fax_number_is_a_phone_number():
    """"FAX 0711/216-4411": the fax's letters are no office's code; the number is a phone's."""
    assert found("FAX 0711/216-4411").get("0711/216-4411") == "telefon"


# --- an office's unit first after the keyword -----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Az.: Abt. 3 – 2026/0712", "Abt. 3 – 2026/0712"),
    ("Gz.: Sg. 322 / 12-0042", "Sg. 322 / 12-0042"),
    ("Unser Zeichen: Nr. 32 1124 2026", "32 1124 2026"),
    ("Schreiben vom Montag (Az. Dez. 32 – 4471/26) liegt vor.", "Dez. 32 – 4471/26"),
])
def test_an_office_unit_after_the_keyword_belongs_to_the_number(text, value):
    """An abbreviated unit ("Abt.", "Sg.", "Dez.") first after the keyword opens the number,
    which goes on after its full stop; after "Nr." the number follows (the word stays)."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text, value, kind", [
    ("Die Akte (Az. 30.9-4016/24) lag bei der Kollegin.", "30.9-4016/24", "aktenzeichen"),
    ("Nur zur Info in der Akte. Tel. 05361 8 47 20 93.", "05361 8 47 20 93", "telefon"),
])
def test_a_keyword_or_a_new_sentence_after_the_keyword_is_no_unit(text, value, kind):
    """"Az." after "Akte" is the next keyword, not a unit; "Tel." after a sentence's end
    starts another sentence."""
    assert found(text).get(value) == kind


@pytest.mark.parametrize("text", [
    "Termin Vorgang: Mo. 14.30",
    "Akte Bl. 112",
    "Fall Nr. 12 von 30",
])
def test_weekdays_leaves_and_counts_after_a_keyword_stay(text):
    """A weekday before a time, a file's leaf and a count are no file numbers."""
    assert "aktenzeichen" not in found(text).values()


# --- any "…-Nr." ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Betreff: Verlängerung, Ausl-Nr. 77 1204", "77 1204"),
    ("Mitarbeiter: Herr Moraru, Ausl.-Nr. 3318", "3318"),
    ("Mandanten-Nr. 22914 (Kanzlei)", "22914"),
])
def test_a_number_after_any_compound_of_nr(text, value):
    """A word or its abbreviation joined to "-Nr." announces a number as the listed keywords
    do."""
    assert value in found(text)


@pytest.mark.parametrize("text, value, kind", [
    ("Artikel-Nr. 4711 im Katalog", "4711", None),
    ("Warte-Nr. 118 aufgerufen", "118", None),
    ("Tel.-Nr. 0711 2164411", "0711 2164411", "telefon"),
])
def test_numbers_of_things_after_nr_stay_or_keep_their_kind(text, value, kind):
    """An article's or a queue's number is nobody's; a phone's keeps its kind."""
    assert found(text).get(value) == kind


# --- birth dates --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Frau Haddad (Jg. 1990) erschien.", "1990"),
    ("Die Kinder sind 2012 und 2015 geboren.", "2012"),
    ("Die Kinder sind 2012 und 2015 geboren.", "2015"),
    ("Sohn Yusuf, geb. 2/2016", "2/2016"),
])
def test_birth_years_as_a_new_hand_writes_them(text, value):
    """"Jg." abbreviates "Jahrgang"; every year of a list before "geboren" is a birth year; a
    month of one digit and a year after "geb."."""
    assert found(text).get(value) == "geburtsdatum"


@pytest.mark.parametrize("text, value", [
    ("geboren am 12.05.2019 und 3.4.2021", "3.4.2021"),
    ("born 3 May 1990 in Lagos", "3 May 1990"),
    ("Geburtsdaten der Kinder: 12.05.2019, 3.4.2021", "3.4.2021"),
])
def test_a_second_birth_date_and_an_english_cue(text, value):
    """A second date joined by "und" to a birth date is one too (two children), so is one after
    a comma when the cue is plural ("Geburtsdaten"); "born" is a birth cue of notes with
    English in them."""
    assert found(text).get(value) == "geburtsdatum"


@pytest.mark.parametrize("text, value", [
    ("geb. 1.1.1990 und seit 01.01.2015 in Deutschland", "01.01.2015"),
    ("Frau Born, Termin 12.03.2026", "12.03.2026"),
    ("geb. 12.03.1988, 5.6.2024 Vorsprache", "5.6.2024"),
])
def test_a_date_after_other_words_or_a_name_born_stays_a_date(text, value):
    """Words between "und" and the date end the list, and after one birth date ("geb.") a
    comma does not start one; the surname "Born" is no cue."""
    assert found(text).get(value) == "datum"


@pytest.mark.parametrize("text, value", [
    ("Er ist seit 2015 hier, sein Sohn ist 2016 geboren.", "2015"),
    ("Die Quote liegt bei 3/2027 Fällen.", "3/2027"),
])
def test_other_years_stay(text, value):
    """A year that is no part of the list before "geboren", and a month of one digit without a
    birth cue, are no birth dates."""
    assert found(text).get(value) != "geburtsdatum"


# --- addresses ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Frau Petrenko wohnt Im Neuenheimer Feld 680, App. 3.12, 69120 Heidelberg.",
     "Im Neuenheimer Feld 680, App. 3.12, 69120 Heidelberg"),
    ("Meldeadresse Pappelallee 17 (Hinterhaus), 10437 Berlin",
     "Pappelallee 17 (Hinterhaus), 10437 Berlin"),
    ("Wohnort: Erfurt-Nord, Moskauer Platz 22, Whg. 1.07",
     "Erfurt-Nord, Moskauer Platz 22, Whg. 1.07"),
])
def test_a_flat_with_its_floor_and_a_bracketed_part_join_the_address(text, value):
    """A room's number with its floor ("App. 3.12", "Whg. 1.07") and a part of the building
    in brackets between street and postcode, or after the address, belong to it."""
    assert found(text).get(value) == "adresse"

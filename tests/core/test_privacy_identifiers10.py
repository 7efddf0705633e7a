"""Identifiers as people write them (tenth session, the seventh corpus's half A): a passport's
number after its country's code, Bavarian court file numbers with "Au", a range of two dates,
dates dictated in a note with capitals, a birth date in brackets after a name, a phone number
in a document's slot or dictated without its keyword, and addresses joined by a dictated
"Komma" or with their town before the street.

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the corpus: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- document numbers -------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Herr Aziz, geb. 03.04.1991, Pass AFG: P04417382\nTermin folgt", "P04417382"),
    ("Frau Rahimi, Pass IRN Nr. K 77120348, legte ihn vor.", "K 77120348"),
    ("Sohn Artem, Reisepass UA Nr. EK 918273, § 24 AufenthG", "EK 918273"),
    ("Vorgelegt: Reisepass SYR No. N 01234567", "N 01234567"),
])
def test_a_passport_number_after_its_country_code(text, number):
    """"Pass PHL: …", "Reisepass UA Nr. …": the issuing country's code between the document's
    word and its number is no part of the number, and the number (letters and digits, a space
    perhaps inside) is found whole as a document number."""
    assert found(text).get(number) == "ausweisnummer"


def test_a_country_code_without_colon_or_nr_is_no_lead():
    """Capitals before a number without ":" or "Nr." are read as before (the code is kept with
    the number as one group, not dropped): "Pass GEO 18AB04567"."""
    assert found("Vermerk, Pass GEO 18AB04567, Einreise 2025").get(
        "GEO 18AB04567") == "ausweisnummer"


def test_a_phone_number_in_a_document_slot_is_a_phone_number():
    """"… Fiktionsbescheinigung, Nummer 06821 88 27 041": a number shaped as a German phone
    number (an area code, groups of digits) after a document's word is a phone number; a
    document's number stays one."""
    got = found("Herr Ito wartet auf Rückruf wegen Fiktionsbescheinigung, Nummer 0681 44 12 903")
    assert got.get("0681 44 12 903") == "telefon"
    assert found("Fiktionsbescheinigung Nr. 0012345 ausgestellt").get("0012345") == "ausweisnummer"


# --- court file numbers ------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Bayerisches Verwaltungsgericht Augsburg\nAu 3 K 24.30117\nBeschluss vom 2.12.2026",
     "Au 3 K 24.30117"),
    ("VG Augsburg, Au 9 S 26.512, Eilverfahren", "Au 9 S 26.512"),
    ("Klage beim VG München, M 12 K 24.1234, Termin folgt", "M 12 K 24.1234"),
    ("Verwaltungsgericht Regensburg RN 2 S 25.5012 eingegangen", "RN 2 S 25.5012"),
])
def test_a_bavarian_court_file_number_with_its_courts_letters(text, number):
    """Bavarian administrative courts put their letters before the chamber ("Au" for Augsburg,
    the only one in mixed case; "M", "RN", "AN", "B", "W"): found with them."""
    assert found(text).get(number) == "aktenzeichen"


def test_au_before_a_plain_number_stays_a_word():
    """"Au" opens a court file number only before one: "in der Au 3" in a note that names a
    court is no file number."""
    got = found("Das Verwaltungsgericht tagt, Treffen in der Au 3 Uhr später")
    assert not any(kind == "aktenzeichen" for kind in got.values())


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Vertretung für 15.12.–19.12.\nOffene Sachen: keine", "15.12.–19.12."),
    ("Urlaub 2.3.-6.3.2027, danach wieder da", "2.3.-6.3.2027"),
    ("Sperrzeit 01.04. - 05.04. beachten", "01.04. - 05.04."),
])
def test_a_range_of_two_dates_is_one_date(text, date):
    """Two dates joined by a dash are one date (both ends point to the same period)."""
    assert found(text).get(date) == "datum"


@pytest.mark.parametrize("text", [
    "Lies Seite 12-14 und 3.5-7.5 kg",
    "Raum 1.07-1.09 ist belegt",
])
def test_numbers_with_a_dash_are_no_range(text):
    """Page ranges, weights and rooms joined by a dash stay words."""
    assert not any(kind == "datum" for kind in found(text).values())


@pytest.mark.parametrize("text, date, kind", [
    ("Die Tochter Mira Komma geboren am elften März zweitausendzwölf Komma geht zur Schule Punkt",
     "elften März zweitausendzwölf", "geburtsdatum"),
    ("Vermerk zu Herrn Kaya Komma geboren dritter Oktober neunzehnhundertachtzig Punkt",
     "dritter Oktober neunzehnhundertachtzig", "geburtsdatum"),
    ("Die Erlaubnis gilt bis zum einunddreißigsten Mai zweitausendachtundzwanzig Punkt",
     "einunddreißigsten Mai zweitausendachtundzwanzig", "datum"),
    ("Herr Kaya Komma geboren zweiter Mai neunzehnhundertneunzig Punkt Er ist am "
     "ersten Juli umgezogen Punkt", "ersten Juli", "datum"),
])
def test_a_date_dictated_in_a_note_with_capitals(text, date, kind):
    """A note dictated with its punctuation spoken ("Komma", "Punkt") has its dates in words,
    the month capitalised; a dictated "Punkt" ends the sentence of a birth cue, as a typed full
    stop does."""
    assert found(text).get(date) == kind


def test_an_ordinal_before_a_month_in_typed_prose_is_left_alone():
    """Without dictated punctuation the pass does not run: "den ersten Mai" in typed prose
    (which writes dates in digits) stays words."""
    assert found("Wir feiern den ersten Mai im Team.") == {}


def test_a_birth_date_in_brackets_after_a_name():
    """"Kalina Todorova (21.07.2003), Bulgarin": a full date in brackets right after a name is
    the person's birth date; after a noun it is a date."""
    got = found("Aktenvermerk\nIrina Petrova (14.02.2001), Russin, sprach vor.")
    assert got.get("14.02.2001") == "geburtsdatum"
    got = found("Der Bescheid (14.02.2025) wurde zugestellt.")
    assert got.get("14.02.2025") == "datum"
    got = found("Frau Becker (03.05.1979) sprach vor.")
    assert got.get("03.05.1979") == "geburtsdatum"  # a surname that is a word, after a title


# --- phone numbers ----------------------------------------------------------------------------

def test_a_phone_number_dictated_without_its_keyword():
    """"Rückruf unter null acht …": a zero and seven digit words or more, dictated."""
    text = "Akte folgt Punkt Rückruf unter null sieben eins eins vier zwei null drei acht Punkt 3"
    assert found(text).get("null sieben eins eins vier zwei null drei acht") == "telefon"


def test_a_few_digit_words_are_no_phone_number():
    """Fewer than eight digits in words ("null eins zwei") are no phone number."""
    got = found("Es steht null zu zwei, null eins zwei drei Punkt 3")
    assert not any(kind == "telefon" for kind in got.values())


# --- addresses --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("Schreiben an Frau Lind Doppelpunkt Eichenweg 7 Komma 24103 Kiel Punkt",
     "Eichenweg 7 Komma 24103 Kiel"),
    ("Bitte schreiben Sie an Herrn Okoro Komma Talstraße 4 Komma 66111 Saarbrücken Punkt",
     "Talstraße 4 Komma 66111 Saarbrücken"),
])
def test_a_street_and_town_joined_by_a_dictated_comma(text, address):
    """"Moorweg 12 Komma 25421 Pinneberg": the spoken comma joins the street and its town into
    one address, as a typed one does."""
    assert found(text).get(address) == "adresse"


@pytest.mark.parametrize("text, address", [
    ("Er hat sich in Erlangen, Schillerstraße 9 gemeldet.", "Erlangen, Schillerstraße 9"),
    ("Sie ist nach Bamberg Komma Kettenbrückstraße 3 verzogen Punkt",
     "Bamberg Komma Kettenbrückstraße 3"),
])
def test_a_town_before_its_street(text, address):
    """"in Schwabach, Königsplatz 1 gemeldet": a place's name after "in", "nach" … and a comma
    before a street belongs to the address."""
    assert found(text).get(address) == "adresse"


def test_a_noun_before_a_street_is_no_town():
    """"nach Gericht, Bahnhofstraße 3": only a listed place is taken as the town."""
    got = found("Er ging nach Gericht, Bahnhofstraße 3 ist das.")
    assert got.get("Bahnhofstraße 3") == "adresse"


@pytest.mark.parametrize("text, address", [
    ("Frau Ali, Lindenweg 4, Erlangen, hat angerufen.", "Lindenweg 4, Erlangen"),
    ("Neue Wohnung: Hauptstraße 12, Nürnberg\nMiete folgt", "Hauptstraße 12, Nürnberg"),
    ("Die Familie lebt seit 2019 in 90762 Fürth, Bahnhofstr. 3.", "90762 Fürth, Bahnhofstr. 3"),
])
def test_a_town_after_its_street_or_a_postcode_before_it(text, address):
    """A street with its town after a comma (a listed place, its clause ending there), or with
    its postcode and town before it, is one address."""
    assert found(text).get(address) == "adresse"


def test_a_word_after_a_street_is_no_town():
    """After a street and a comma only a listed place ending its clause joins the address:
    "Lindenweg 4, Termin morgen" keeps "Termin"."""
    assert found("Lindenweg 4, Termin morgen.").get("Lindenweg 4") == "adresse"


def test_a_bavarian_file_number_without_a_courts_name():
    """The Bavarian shape (court letters, chamber, register letter, year.number of four digits
    or more) is a file number even where the note names no court."""
    assert found("Klage Au 6 K 25.31204 läuft noch.").get("Au 6 K 25.31204") == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Kurs 3 B 10.300 Euro bezahlt",
    "Modul 4 B 10.1234 Euro, Gruppe 2 A 12.45 Uhr",
    "Beim Verwaltungsgericht: Kosten 3 K 12.500 €",
])
def test_a_sum_after_a_letter_is_no_file_number(text):
    """A sum ("10.300 Euro") after a number and a letter is no court file number."""
    assert not any(kind == "aktenzeichen" for kind in found(text).values())


@pytest.mark.parametrize("text, number", [
    ("Bescheid des BAMF 7712093-475 vom 3.12.2026 liegt vor.", "7712093-475"),
    ("Das BAMF (8123456-423) hat abgelehnt.", "8123456-423"),
])
def test_the_bamfs_file_number_without_its_keyword(text, number):
    """The BAMF's Geschäftszeichen (seven digits, a hyphen, the country's three) is a file
    number without "Gz." before it."""
    assert found(text).get(number) == "aktenzeichen"


def test_a_phone_number_with_an_extension_is_no_bamf_number():
    """"0211 1234567-890": seven digits after an area code are a phone number's."""
    assert found("Tel. 0211 1234567-890 anrufen").get("0211 1234567-890") == "telefon"


def test_a_departments_number_with_year_and_number():
    """"32.21-EA-2026-7716": a department's number, its letters, a year and a number."""
    assert found("Ihr Schreiben 32.21-EA-2026-7716 erhalten").get(
        "32.21-EA-2026-7716") == "aktenzeichen"


def test_a_courts_name_after_its_file_number_stays_a_word():
    """"6 K 1182/25 VG Saarlouis": the court's letters after the number are no seat's mark."""
    got = found("Beschluss 6 K 1182/25 VG Saarlouis ist da.")
    assert got.get("6 K 1182/25") == "aktenzeichen"


def test_a_passport_number_after_its_countrys_name():
    """"Pass der Republik Türkei U 12345678": whose document (up to three capitalised words after
    "der"/"des"), then its number."""
    assert found("Pass der Republik Türkei U 12345678 vorgelegt.").get(
        "U 12345678") == "ausweisnummer"


def test_a_date_with_hyphens_and_a_four_digit_year():
    """"03-12-2026" is a date; with hyphens only with its year in four digits, and not inside a
    file number ("ABH-12-03-2026")."""
    assert found("Termin am 03-12-2026 bestätigt").get("03-12-2026") == "datum"
    assert found("Vorgang ABH-12-03-2026 offen").get("ABH-12-03-2026") == "aktenzeichen"
    assert "datum" not in found("Seiten 12-03-26 fehlen").values()


@pytest.mark.parametrize("text, address", [
    ("Post geht an: Schillerplatz 3a / 90402 Nürnberg", "Schillerplatz 3a / 90402 Nürnberg"),
    ("Briefkopf: Am Plärrer 4 · 90443 Nürnberg", "Am Plärrer 4 · 90443 Nürnberg"),
    ("Neu: Hauptstr. 5 - 90402 Nürnberg", "Hauptstr. 5 - 90402 Nürnberg"),
    ("Wohnung in Nürnberg-Langwasser, Glogauer Str. 30.", "Nürnberg-Langwasser, Glogauer Str. 30"),
])
def test_a_street_and_town_joined_by_a_spaced_mark(text, address):
    """A spaced "/", "·" or dash between a street and its postcode joins them as a comma does;
    a listed town with its district before a street belongs to it."""
    assert found(text).get(address) == "adresse"


def test_two_birth_dates_given_as_alternatives():
    """"anderes Geburtsdatum (14.09.1994 vs. 02.01.1988)": the second of two birth dates set
    against each other is one too; a date after a birth date and a comma is not."""
    got = found("Pass zeigt ein anderes Geburtsdatum (14.09.1994 vs. 02.01.1988)")
    assert got.get("02.01.1988") == "geburtsdatum"
    got = found("geb. 12.03.1988, Termin am 5.6.2024 oder 6.6.2024")
    assert got.get("5.6.2024") == got.get("6.6.2024") == "datum"


@pytest.mark.parametrize("text, date", [
    ("Herr Ito Komma geboren am vierten April 1998 Punkt", "vierten April 1998"),
    ("am ersten august 2026 termin beim jobcenter", "ersten august 2026"),
])
def test_a_dictated_date_with_its_year_in_digits(text, date):
    """A day and month in words with the year in digits, as dictation software may write it,
    is one date."""
    assert found(text).get(date) in ("datum", "geburtsdatum")


@pytest.mark.parametrize("text, address", [
    ("Frühere Adresse: ul. Piękna 12, 00-549 Warszawa", "ul. Piękna 12, 00-549 Warszawa"),
    ("Anschrift: Mariahilfer Straße 45, 1060 Wien", "Mariahilfer Straße 45, 1060 Wien"),
])
def test_a_foreign_postcode_after_a_cued_street(text, address):
    """After an address cue a street's town may have a foreign postcode (Polish "00-549", four
    digits in Austria and Switzerland)."""
    assert found(text).get(address) == "adresse"


def test_a_year_after_a_cued_street_is_no_postcode():
    """"Anschrift: Hauptstr. 5, 2019 Umzug …": four digits that may be a year stay out."""
    assert found("Anschrift: Hauptstr. 5, 2019 Umzug nach Bremen").get("Hauptstr. 5") == "adresse"


def test_an_email_address_dictated_word_by_word():
    """"anna punkt kowalska at gmail punkt com": an address dictated with its marks spoken is
    one e-mail address; "at" in English prose is not."""
    got = found("Ihre Adresse lautet lena punkt brandt at web punkt de Punkt Danke")
    assert got.get("lena punkt brandt at web punkt de") == "email"
    assert "email" not in found("Wir treffen uns at home Punkt 3 Uhr").values()

"""Dates, birth dates and addresses as new hands write them (twelfth session, the tenth and
eleventh corpora's halves A): a weekday with a comma before a date, the first day of a range, a
birth year in brackets after a name, "Geburtsdaten", a transcript's answer to "Geburtsdatum?",
the dates of a passport's machine-readable zone, dictated dates and addresses, a care-of between
street and postcode, a street on the line above its postcode.

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the corpora: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- a weekday before a date --------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Ihr Termin ist am Mittwoch, 16.06.2027, 9:20 Uhr, Zimmer 12.", "Mittwoch, 16.06.2027"),
    ("Datum: Mo., 14.06.2027 08:30\nBetreff: Antrag", "Mo., 14.06.2027"),
    ("Vorsprache am Freitag, den 4.6., mit Dolmetscherin.", "Freitag, den 4.6."),
    ("Abholung am Dienstag, den 6. April 2027, um 11 Uhr.", "Dienstag, den 6. April 2027"),
    ("Date: Thu, 3 Jun 2027 19:02", "Thu, 3 Jun 2027"),
])
def test_a_weekday_with_a_comma_belongs_to_its_date(text, value):
    """A weekday with a comma before a date, as a letter or an appointment writes it, is part of
    the date."""
    assert found(text).get(value) == "datum"


def test_a_weekday_without_comma_or_in_a_sent_line_stays_a_word():
    """Without a comma (a list's column) and in a mail program's "Gesendet:" line the weekday
    stays a word; a weekday alone is no date."""
    assert found("Strichliste\nMo 07.06.: 12 | Di 08.06.: 7") == {
        "07.06.": "datum", "08.06.": "datum"}
    assert found("Gesendet: Montag, 7. Juni 2027 10:14\nAn: Team") == {"7. Juni 2027": "datum"}
    assert found("Am Montag kommt sie wieder.") == {}


# --- the first day of a range -------------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Sie ist vom 7. bis 9.6. im Kurs.", "7.", "9.6."),
    ("Urlaub 21.–25.6., Vertretung Frau Kurz.", "21.", "25.6."),
    ("Sprechtage am 2. und 4. März 2027.", "2.", "4. März 2027"),
])
def test_the_first_day_of_a_range_is_a_date(text, first, second):
    """A day alone before "bis" or a dash and a full date takes its month from it: a date."""
    assert found(text).get(first) == "datum"
    assert found(text).get(second) == "datum"


def test_a_day_before_a_word_or_a_number_without_month_is_no_date():
    """An ordinal before a word or a plain number range stays words."""
    assert found("Am 3. Verhandlungstag kam er nicht.") == {}
    assert found("Sie hat Aufgaben 3 bis 5 gelöst.") == {}
    assert found("Das 2. und 4. Kapitel fehlen.") == {}


# --- birth dates --------------------------------------------------------------------------------

def test_a_year_in_brackets_after_a_name_is_a_birth_year():
    """A year in brackets after a name, as lists of family members give it, is a birth date."""
    hits = found("Kinder: Kofi (2016), Ama Boateng (2020, Schülerin)")
    assert hits.get("2016") == "geburtsdatum"
    assert hits.get("2020") == "geburtsdatum"


def test_a_year_after_a_name_and_a_comma_in_a_list_is_a_birth_year():
    """A list's line "file number, name, year, remark" gives the person's birth year."""
    hits = found("Zuweisung\nAB 27-00411 Kawa Dilan Murad, 1971, jesidisch\nAB 27-00412 Nesrin Murad, 2009\n")
    assert hits.get("1971") == "geburtsdatum"
    assert hits.get("2009") == "geburtsdatum"


def test_a_year_after_a_place_a_noun_or_before_a_word_stays_unmarked():
    """After a town or a noun, or with a word after it, a year alone stays unmarked."""
    assert "2019" not in found("Umzug nach Leipzig, 2019, dann Halle.")
    assert "2019" not in found("Siehe Bescheid, 2019; ohne Folgen.")
    assert "2019" not in found("Frau Demir, 2019 eingereist, arbeitet.")


def test_a_year_in_brackets_after_a_noun_or_a_place_is_no_birth_date():
    """After a noun or a town a year in brackets stays unmarked, as any year alone."""
    assert "2019" not in found("Der Bescheid (2019) wurde aufgehoben.")
    assert "2019" not in found("Sie studierte in Leipzig (2019) Informatik.")
    assert "2019" not in found("Er lebt seit 2019 in Deutschland.")


def test_geburtsdaten_and_a_transcripts_answer_are_birth_cues():
    """"Geburtsdaten" names birth dates as "Geburtsdatum" does; asked in a transcript, the answer
    on the next line after the speaker's mark is one."""
    hits = found("Die Geburtsdaten (03.02.2004 / 17.08.2002) weichen ab.")
    assert hits.get("03.02.2004") == "geburtsdatum"
    assert hits.get("17.08.2002") == "geburtsdatum"
    assert found("SB: Geburtsdatum?\nK.: 11.04.1987, Tetovo.").get("11.04.1987") == "geburtsdatum"


def test_a_maiden_name_and_another_question_are_no_birth_cue():
    """"geborene" names a maiden name: a later date is no birth date; nor the answer to another
    question."""
    assert found("Frau Lina Berger, geborene Vogt, war am 2.6.2027 hier.").get(
        "2.6.2027") == "datum"
    assert found("SB: Termin?\nK.: 11.06.2027, vormittags.").get("11.06.2027") == "datum"


# --- a passport's machine-readable zone ---------------------------------------------------------

def test_the_dates_of_a_machine_readable_zone_are_found():
    """Birth and expiry date in the second line of a passport's MRZ, also with "O" and "l" for
    0 and 1 as OCR misreads them; the birth date as one."""
    hits = found("P<NGAADEYEMI<<TUNDE<<<<<<<<<<<<<<<<<<<<<<<<\n"
                 "A1234567<2NGA91O2l48M29O6l57<<<<<<<<<<<<<<<06")
    assert hits.get("91O2l4") == "geburtsdatum"
    assert hits.get("29O6l5") == "datum"


def test_a_line_with_fillers_but_no_valid_dates_gives_none():
    """Digits in the place of the dates with no valid month are no dates."""
    hits = found("A1234567<2NGA911348M291357<<<<<<<<<<<<<<<06\nB<<C")
    assert "911348" not in hits and "291357" not in hits


# --- dictated dates -----------------------------------------------------------------------------

def test_a_dictated_date_with_nominative_ordinals_is_found():
    """"dreizehnter zweiter achtundachtzig": day and month as ordinals in the nominative, the
    year's last two digits."""
    text = "Neuer Absatz Geburtsdatum dreizehnter zweiter achtundachtzig Punkt Danke Punkt"
    assert found(text).get("dreizehnter zweiter achtundachtzig") == "geburtsdatum"


def test_a_count_after_a_dictated_date_stays_a_word():
    """A bare tens word after a date is a count, no year."""
    assert found("Komma am fünften Mai zwanzig Leute Punkt").get("fünften Mai") == "datum"


# --- dictated addresses -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Wohnung Doppelpunkt Kölner Straße zweihundertdrei Komma vier null fünf vier fünf "
     "Düsseldorf Punkt", "Kölner Straße zweihundertdrei Komma vier null fünf vier fünf Düsseldorf"),
    ("Neue Adresse Lindenallee siebzehn Komma Hannover Punkt", "Lindenallee siebzehn Komma Hannover"),
    ("Sie wohnt Merseburger Straße achtundneunzig in Halle Punkt",
     "Merseburger Straße achtundneunzig in Halle"),
    ("Er wohnt in Halle Komma Merseburger Straße zwölf Punkt Telefon folgt Punkt",
     "Halle Komma Merseburger Straße zwölf"),
])
def test_a_dictated_address_is_found_whole(text, value):
    """A street, its number in words and its town (after a spoken postcode, "Komma" or "in"; or
    before the street) is one address."""
    assert found(text).get(value) == "adresse"


def test_a_dictated_street_without_town_stays_words():
    """A number word after a street without a town is a count; a name after "Komma" no town."""
    assert found("In der Hauptstraße zwei Unfälle Punkt") == {}
    assert "adresse" not in found("Die Bahnhofstraße drei Komma Herr Meier Punkt").values()


# --- written addresses --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Er wohnt Goethestr. 12 c/o Becker, 04109 Leipzig.", "Goethestr. 12 c/o Becker, 04109 Leipzig"),
    ("Anschrift: Lindenweg 5, bei Familie Öztürk, 70173 Stuttgart",
     "Lindenweg 5, bei Familie Öztürk, 70173 Stuttgart"),
    ("Frau Ana Beispiel\nRosental 14\n04105 Leipzig\nBescheid", "Rosental 14\n04105 Leipzig"),
    ("Neu: Westliche Ringstraße 4, 75172 Pforzheim.", "Westliche Ringstraße 4, 75172 Pforzheim"),
    ("Umzug nach Stuttgart-Bad Cannstatt, Daimlerstraße 5, 70372 Stuttgart.",
     "Stuttgart-Bad Cannstatt, Daimlerstraße 5, 70372 Stuttgart"),
])
def test_a_written_address_is_found_whole(text, value):
    """A care-of between street and postcode, a street without a street word on the line above
    its postcode, a word of direction before the street, a district named with its town."""
    assert found(text).get(value) == "adresse"


def test_what_is_no_care_of_or_no_street_line_stays_apart():
    """"bei der Post" is no care-of; a room or a year on the line above a postcode is no street."""
    assert found("Hauptstraße 12 bei der Post, 12345 Ort").get("Hauptstraße 12") == "adresse"
    assert found("Zimmer 12\n04109 Leipzig") == {"04109 Leipzig": "adresse"}
    assert found("Seit 2019\n30161 Hannover") == {"30161 Hannover": "adresse"}


# --- an authority's letterhead ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Stadt Halle – Ausländerbehörde, Marktplatz 3\nAz. 32-1/27\nVermerk",
    "Landkreis Börde – Fachdienst Migration und Integration\nGerikestraße 104, 39340 Haldensleben\n",
    "Landratsamt Ortenaukreis – Ausländerbehörde\nAlte Lindenstraße 9, 77652 Offenburg\n",
])
def test_an_authoritys_address_in_its_letterhead_stays_words(text):
    """The address of an office after its name, on its line or the next, points to no person."""
    assert "adresse" not in found(text).values()


def test_an_address_after_a_sentence_about_an_office_is_found():
    """A sentence naming an office is no letterhead; nor a client's lines after it."""
    assert found("Er wohnt neben der Ausländerbehörde, Gartenweg 3, 06108 Halle.").get(
        "Gartenweg 3, 06108 Halle") == "adresse"
    text = "Stadt Halle – Ausländerbehörde\n\nFrau Ana Beispiel\nGartenweg 3\n06108 Halle\n"
    assert found(text).get("Gartenweg 3\n06108 Halle") == "adresse"


@pytest.mark.parametrize("text, value", [
    ("Frau Yusuf wohnt jetzt hier:\nSozialamt – Gemeinschaftsunterkunft, Ulmer Straße 227, "
     "89077 Ulm", "Ulmer Straße 227, 89077 Ulm"),
    ("Landratsamt Esslingen – Flüchtlingsunterkunft\nPlochinger Straße 14, 73730 Esslingen\n"
     "Bewohnerin: Frau Amina Yusuf", "Plochinger Straße 14, 73730 Esslingen"),
    ("Landratsamt Harz, Erstaufnahmeeinrichtung\nFriedensstraße 3, 38820 Halberstadt",
     "Friedensstraße 3, 38820 Halberstadt"),
])
def test_a_shelter_under_an_offices_name_is_an_address(text, value):
    """An office's line that names a place where people live (a shelter, a reception centre)
    is no letterhead: the address after it is where a client lives, and is found."""
    assert found(text).get(value) == "adresse"


# --- more birth cues and documents' dates -------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Herr Petrov (Jahrgang 1968, seit 1995 in Halle) kam mit.", "1968"),
    ("Familienname: Osei\nTag der Geburt: 02.11.1999\nAnschrift folgt", "02.11.1999"),
    ("Surname: REYES\nDate of Birth: MARCH 7, 1991\nPlace: Cebu", "MARCH 7, 1991"),
    ("Дата народження / Date of birth: 21 ЛИП/JUL 79\nP<UKRBONDAR<<OLHA<<<<<<<<<<<<<<<<<<<",
     "21 ЛИП/JUL 79"),
])
def test_more_birth_cues_and_document_dates(text, value):
    """"Jahrgang" and "Tag der Geburt" are birth cues; an English date with its month first and
    a passport's date with its month in two languages (in a copy with its machine-readable zone)
    are found, after a birth cue as one."""
    assert found(text).get(value) == "geburtsdatum"


def test_a_year_after_jahrgang_in_another_sense_and_an_english_month_alone_stay_words():
    """Only the cue's own value is a birth date: a later year stays a word; a month's name
    without day and year is no date."""
    hits = found("Herr Petrov (Jahrgang 1968, seit 1995 in Halle) kam mit.")
    assert "1995" not in hits
    assert found("We met in March, all good.") == {}
    assert found("Meeting on March 4, 2027 at noon.").get("March 4, 2027") == "datum"


# --- a shelter before the street ----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Die Mutter, wohnhaft Clearinghaus Jena, Lobdeburgstraße 3, 07747 Jena, erschien.",
     "Clearinghaus Jena, Lobdeburgstraße 3, 07747 Jena"),
    ("Sie wohnen vorläufig Gemeinschaftsunterkunft Lindenallee 40, Haus 2, 39104 Magdeburg.",
     "Gemeinschaftsunterkunft Lindenallee 40, Haus 2, 39104 Magdeburg"),
    ("(Weisung vom Land erhalten). Neue Unterkunft: GU Lindenallee 40, 39104 Magdeburg.",
     "GU Lindenallee 40, 39104 Magdeburg"),
])
def test_a_shelter_where_someone_lives_belongs_to_the_address(text, value):
    """The shelter named after "wohnhaft", "vorläufig" … or an address field's label (also after
    a sentence on its line) is part of the address."""
    assert found(text).get(value) == "adresse"


def test_a_shelter_after_an_article_or_a_noun_stays_a_word():
    """"in der Gemeinschaftsunterkunft …" and a list's heading name the house: the word stays."""
    assert found("Sie sind in der Gemeinschaftsunterkunft Lindenallee 40, 39104 Magdeburg.").get(
        "Lindenallee 40, 39104 Magdeburg") == "adresse"
    assert found("Belegungsliste Gemeinschaftsunterkunft Lindenallee 40, 39104 Magdeburg").get(
        "Lindenallee 40, 39104 Magdeburg") == "adresse"


def test_a_month_and_year_after_a_birth_cue_and_an_iso_date_with_its_time():
    """"geb. 12/1990" is a birth date (elsewhere a month and year in digits stays a date); an ISO
    date with its time after "T", as an export writes it, is a date."""
    assert found("Er ist 34 (geb. 12/1991).").get("12/1991") == "geburtsdatum"
    assert found("Seit 09/2015 in Leipzig.").get("09/2015") == "datum"
    assert found("Export 2027-02-03T10:00 fertig").get("2027-02-03") == "datum"
    assert found("Kennung 2027-02-03Tx") == {}

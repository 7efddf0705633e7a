"""Identifiers as people write them (ninth session, the sixth corpus's half A): an address with
its district, shelter and room, Mannheim's squares, lists of document numbers after one cue, a
court's seat after its file number, dates dictated or half unknown, phone numbers dictated
digit by digit.

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the corpus: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- addresses ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("Anschrift: Grünau, Stuttgarter Allee 8, 04209 Leipzig\nTermin folgt",
     "Grünau, Stuttgarter Allee 8, 04209 Leipzig"),
    ("Wohnort: Hellersdorf, Cecilienstr. 12, 12619 Berlin\nE-Mail folgt",
     "Hellersdorf, Cecilienstr. 12, 12619 Berlin"),
    ("Unterkunft: EAE Rüsternallee 4, 36039 Fulda\nStatus: Gestattung",
     "EAE Rüsternallee 4, 36039 Fulda"),
    ("Wohnung: Neustadt an der Weinstraße, Marktplatz 3\nMiete 450 Euro",
     "Neustadt an der Weinstraße, Marktplatz 3"),
])
def test_an_address_field_is_its_value_from_its_start(text, address):
    """After an address field's label the value is the address from its start: a district or a
    shelter before the street, a town before it."""
    assert found(text).get(address) == "adresse"


@pytest.mark.parametrize("text, address", [
    ("Kläger: Herr Ivanov, Südstadt-Ost, Lindenweg 3, 18059 Rostock, vertreten durch …",
     "Südstadt-Ost, Lindenweg 3, 18059 Rostock"),
    ("Er lebt im Waldstraßenviertel, Feuerbachstraße 9, 04105 Leipzig.",
     "Waldstraßenviertel, Feuerbachstraße 9, 04105 Leipzig"),
    ("Sie wohnt in der Oststadt, Lange Reihe 5, 30171 Hannover.",
     "Oststadt, Lange Reihe 5, 30171 Hannover"),
])
def test_a_district_named_as_one_belongs_to_the_address(text, address):
    """A district's name before a comma ("…-Ost", "…viertel") narrows the address down."""
    assert found(text).get(address) == "adresse"


def test_a_name_before_an_address_stays_a_name():
    """A person before the street is no district: "Herr Ivanov" stays a person."""
    got = found("Herr Ivanov, Lindenweg 3, 18059 Rostock")
    assert got.get("Ivanov") == "person"
    assert got.get("Lindenweg 3, 18059 Rostock") == "adresse"
    assert "Wohnung: gekündigt, neue Hauptstraße 3" not in "".join(
        found("Wohnung: gekündigt, neue Hauptstraße 3, 04109 Leipzig"))


@pytest.mark.parametrize("text, address", [
    ("Adresse: Talstraße 7, WG, 79102 Freiburg\nTel. folgt", "Talstraße 7, WG, 79102 Freiburg"),
    ("Wohnung: Ringstraße 2, WG Zimmer 4, 24103 Kiel", "Ringstraße 2, WG Zimmer 4, 24103 Kiel"),
    ("Wohnung: Ringstraße 2, WG-Zimmer 4, 24103 Kiel", "Ringstraße 2, WG-Zimmer 4, 24103 Kiel"),
    ("Post bitte an Gartenweg 8, Zi. 12.", "Gartenweg 8, Zi. 12"),
    ("Anschrift: Hafenweg 3, 28197 Bremen, Zimmer 21\nAZR folgt",
     "Hafenweg 3, 28197 Bremen, Zimmer 21"),
])
def test_the_flat_or_room_belongs_to_the_address(text, address):
    """A shared flat or a room after the street or the town is part of the address."""
    assert found(text).get(address) == "adresse"


def test_a_room_alone_stays_a_word():
    """Without an address before it a room is no address, and a room's number is no date."""
    got = found("Gespräch in Zi. 2.04. und danach in Raum 3.11. am 4.5.2026")
    assert "2.04." not in got and "3.11." not in got
    assert got.get("4.5.2026") == "datum"


@pytest.mark.parametrize("text, address", [
    ("Anschrift: Q 3, 7, 68161 Mannheim", "Q 3, 7, 68161 Mannheim"),
    ("wohnt jetzt in T 4a? nein: U 5, 12–14, 68161 Mannheim", "U 5, 12–14, 68161 Mannheim"),
])
def test_mannheims_squares(text, address):
    """Mannheim's squares (a block's letter A to U and its number, then the house) before a
    postcode of the city's centre."""
    assert found(text).get(address) == "adresse"


def test_a_square_only_in_mannheim():
    """The same shape before another town's postcode is no address (a block and a count)."""
    got = found("Block A 4, 15, 04109 Leipzig")
    assert "A 4, 15, 04109 Leipzig" not in got


@pytest.mark.parametrize("text, address", [
    ("Er hat keine Wohnung; Notunterkunft Schwabenlinde 4, 94032 Passau.",
     "Schwabenlinde 4, 94032 Passau"),
    ("Laden in der Straße des Friedens 12, 07545 Gera seit 2019",
     "Straße des Friedens 12, 07545 Gera"),
    ("Frühere Anschrift: Avenida Paulista 900, São Paulo (Brasilien)",
     "Avenida Paulista 900, São Paulo (Brasilien)"),
    ("Frühere Anschrift: Rruga e Durrësit 41, Tirana (Albanien)",
     "Rruga e Durrësit 41, Tirana (Albanien)"),
    ("Frühere Anschrift: ul. Piotrkowska 120, Łódź", "ul. Piotrkowska 120, Łódź"),
])
def test_streets_without_a_street_word(text, address):
    """A street's name after a noun, a street in the genitive, a foreign address with its
    town after an address cue."""
    assert found(text).get(address) == "adresse"


def test_a_word_after_a_cued_street_is_no_town():
    """Only a town's name ends a cued address's line: a common noun or a clause does not."""
    for text in ("Anschrift: Bahnhofstraße 3, Gespräch\nDanach", "Anschrift: Bahnhofstraße 3, "
                 "Termin folgt\nDanach"):
        assert found(text).get("Bahnhofstraße 3") == "adresse"


def test_a_count_before_a_postcode_is_no_street():
    """"Seit 2019, 30161 Hannover": a word and a year are no street."""
    assert found("Seit 2019, 30161 Hannover").get("30161 Hannover") == "adresse"


# --- documents ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, numbers", [
    ("Alger. Pässe: Y 402281, Y 402295, Y 517730", ["Y 402281", "Y 402295", "Y 517730"]),
    ("Pässe: KB7710243, KF 2203918", ["KB7710243", "KF 2203918"]),
    ("Personalausweise: 512239871, 512 240 006\nKonto", ["512239871", "512 240 006"]),
    ("Passnummern: C4J7H2K9L, C4J7H2K8M", ["C4J7H2K9L", "C4J7H2K8M"]),
    ("Pässe der Eltern: AB 551209 / AB 551217", ["AB 551209", "AB 551217"]),
])
def test_a_list_of_documents_after_one_cue(text, numbers):
    """Numbers written alike after one plural cue are each a document number."""
    got = found(text)
    for number in numbers:
        assert got.get(number) == "ausweisnummer"


def test_a_list_goes_on_only_with_numbers_written_alike():
    """After a document number a count or a date is no second document."""
    got = found("Pässe: Y 402281, 3 Kopien am 12.03.2026")
    assert got.get("Y 402281") == "ausweisnummer"
    assert "3 Kopien" not in got and got.get("12.03.2026") == "datum"


def test_a_country_before_a_number_stays_a_word():
    """"Pässe: USA A04417382": the country is no part of the number."""
    assert found("Beide Pässe in Kopie: USA B12345678, Peru 4471823").get(
        "B12345678") == "ausweisnummer"
    assert "USA B12345678" not in found("Beide Pässe in Kopie: USA B12345678")


# --- court file numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Urteil VG Schwerin 4 A 2210/25 HRO: Herr K. erhält die AE.", "4 A 2210/25 HRO"),
    ("Beschwerde gegen den Beschluss 1 E 907/26 Ge ein", "1 E 907/26 Ge"),
    ("Az.: 3 K 1102/25 Me\nBeschluss", "3 K 1102/25 Me"),
])
def test_a_court_file_number_with_its_seat(text, number):
    """A court's seat after the file number ("HGW", "We" for Weimar) is part of it."""
    assert found(text).get(number) == "aktenzeichen"


def test_a_word_after_a_file_number_stays_a_word():
    """"… 1411/26 Am Montag": a two-letter word is no seat."""
    assert found("Beschluss 2 E 1411/26 Am Montag kommt er").get("2 E 1411/26") == "aktenzeichen"


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, date, kind", [
    ("Geburtsdatum: 00.00.2001   Geburtsort: Kabul", "00.00.2001", "geburtsdatum"),
    ("Geb.-Dat.: 00.07.1999\nStA: afghanisch", "00.07.1999", "geburtsdatum"),
    ("Geb.: 14 OCT 1990   StA: Ghana", "14 OCT 1990", "geburtsdatum"),
    ("Geb.: 02.JUN.1985   StA: Ghana", "02.JUN.1985", "geburtsdatum"),
    ("die ältere ist 2003 geboren, die jüngere nicht", "2003", "geburtsdatum"),
    ("er ist am 4.9.1990 geboren", "4.9.1990", "geburtsdatum"),
    ("Sie ist im März 1998 geboren.", "März 1998", "geburtsdatum"),
    ("Frist läuft bis 28. februar, dann Vorsprache", "28. februar", "datum"),
    ("Ole: hab den Antrag am 23., wer prüft ihn?", "23.", "datum"),
])
def test_dates_as_people_write_them(text, date, kind):
    """A date of birth whose day or month is unknown, a month in any case or in English, a
    year before "geboren", a day alone after "am"."""
    assert found(text).get(date) == kind


@pytest.mark.parametrize("text, date, kind", [
    ("notiz 2 termin war am dritten märz also frist gewahrt", "dritten märz", "datum"),
    ("vermerk 1 vom einundzwanzigsten zehnten zur akte", "einundzwanzigsten zehnten", "datum"),
    ("akte 4 frau x geboren elfter mai neunzehnhundertachtzig staatsangehörigkeit",
     "elfter mai neunzehnhundertachtzig", "geburtsdatum"),
])
def test_a_dictated_date(text, date, kind):
    """A date dictated in words (an ordinal day and a month's name or ordinal) in a note typed
    in lower case."""
    assert found(text).get(date) == kind


@pytest.mark.parametrize("text", [
    "Er kommt am 2. Verhandlungstag, nicht am 3. Termin.",
    "Kosten 25,00 € am Schalter, § 25 Abs. 2, 10:30 Uhr, 3 Kinder",
    "notiz 1 zum ersten mal beim amt, zweiter termin folgt",
])
def test_near_misses_are_no_dates(text):
    """An ordinal before a noun, prices, paragraphs, times and counts are no dates."""
    assert not [f for f in detect(text) if f.kind.value in ("datum", "geburtsdatum")]


def test_a_time_after_a_date_is_no_year():
    """"am 26.11. 14 Uhr": the hour is no year of the date."""
    assert found("Termin am 26.11. 14 Uhr im Amt").get("26.11.") == "datum"


# --- phones -------------------------------------------------------------------------------------

def test_a_phone_number_dictated_digit_by_digit():
    """Digits dictated in words after the keyword are a phone number."""
    text = "rückruf 1 mal bitte telefon null eins fünf zwei drei drei vier vier acht eins zwei"
    assert found(text).get(
        "null eins fünf zwei drei drei vier vier acht eins zwei") == "telefon"


def test_a_few_number_words_are_no_phone():
    """Fewer than seven number words after "Telefon" are no number ("null eins" …)."""
    assert not found("telefon null eins zwei, 3 mal versucht")


def test_phone_groups_and_an_extension():
    """A middle dot between a phone number's groups; an extension after its keyword."""
    got = found("ruft an (0157 · 44 18 20 93), Kanzlei 0341 – 22 40 90, Fax -19")
    assert got.get("0157 · 44 18 20 93") == "telefon"
    assert got.get("-19") == "telefon"


def test_a_german_document_number_with_few_digits():
    """A German document number (nine characters of its alphabet, no vowels) need not have
    four digits: "TKLMNC7XR" is one; a shorter code of that alphabet stays a word."""
    got = found("verlustanzeige liegt vor. nummer des alten: TKLMNC7XR. neuer beantragt")
    assert got.get("TKLMNC7XR") == "ausweisnummer"
    assert "KLM7" not in found("Flug KLM7 nach Amsterdam")

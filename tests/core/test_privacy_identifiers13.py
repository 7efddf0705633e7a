"""Identifiers as two new hands write them (twelfth session, the tenth and eleventh corpora's
halves A): file numbers by an office's code without a keyword, in lists, tables and subject
lines.

Each rule with valid values, found whole and as the right kind, and near misses left alone.
The values here are not those of the corpora: the rule must carry over, not remember.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- an office's code before its file number ------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Betreff: Niederlassungserlaubnis – KS-ABH 41.3-20917 – Unterlagen", "KS-ABH 41.3-20917"),
    ("Überweisung;DE12 3456;40,00;FR-AB 12/2027/318\nnächste Zeile", "FR-AB 12/2027/318"),
    ("Frau Okafor (TÜ-ABH-26-01187): kommt am Montag.", "TÜ-ABH-26-01187"),
    ("12.01. | KN-33.2-2217/26 | Frist", "KN-33.2-2217/26"),
    ("Landratsamt – RT-32.1.4-3308\nVorsprache am Montag", "RT-32.1.4-3308"),
    ("LAB-NB 26-04412 Familie aus Syrien, vier Personen", "LAB-NB 26-04412"),
    ("Weisung des LVwA (LVwA 208.1-44102) liegt vor.", "LVwA 208.1-44102"),
    ("Zuständig ist jetzt Az. OF-Ausl. 2.4/3318/27, bitte weiterleiten.", "OF-Ausl. 2.4/3318/27"),
    ("Strafanzeige der Polizei ST/3318402/2027 liegt bei.", "ST/3318402/2027"),
    ("Betreff: MZ 33.1-E-2027-0419 / Antrag", "MZ 33.1-E-2027-0419"),
])
def test_a_file_number_after_an_office_code(text, value):
    """Capitals of an office (joined by "-" or "/", or with a capital inside: "LVwA"), then a
    number of groups joined by ".", "-", "/" is a file number without a keyword, whole."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Nach EU 2016/679 und VO 604/2013 gilt das nicht.",
    "Die DIN 5008 gilt auch für Briefe.",
    "Im WS 2025/26 studiert er in Kassel.",
    "Gebucht in KW 12/2027, dann Urlaub.",
    "Anna-Lena 12/345 kam nicht.",
    "LOHN/GEHALT 10/26 Firma Wolf",
    "Der ICE 10.30 fiel aus, BMW 320.1 gekauft.",
    "Verlängerung nach § 25 Abs. 2 AufenthG bis 2027.",
    "Zimmer B 12-3 im zweiten Stock.",
    "Az. ABH. 12 Personen warten.",
])
def test_no_file_number_after_a_law_a_calendar_or_a_word(text):
    """A law's or a standard's letters, a semester, a calendar week, a name, words in
    capitals on a statement, a train, a time and a room are no office's code."""
    assert "aktenzeichen" not in found(text).values()


# --- phone numbers: dictated with the slash spoken, two after one another -------------------------

@pytest.mark.parametrize("text, value", [
    ("Punkt Handy null eins fünf zwei Strich vier vier drei eins acht sieben zwei Punkt Ende",
     "null eins fünf zwei Strich vier vier drei eins acht sieben zwei"),
    ("Sie bittet um Rückruf unter null sechs neun Schrägstrich zwei eins zwei drei vier fünf "
     "Punkt", "null sechs neun Schrägstrich zwei eins zwei drei vier fünf"),
])
def test_a_dictated_phone_number_with_its_dash_spoken(text, value):
    """The dash or slash after the area code dictated as "Strich"/"Schrägstrich" stays inside
    the number dictated digit by digit."""
    assert found(text).get(value) == "telefon"


def test_strich_between_a_few_digits_is_no_phone_number():
    """"null Strich drei" (a score, a count) is too short for a phone number."""
    assert "telefon" not in found("Es stand null Strich drei, dann zwei Strich eins.").values()


def test_two_phone_numbers_about_a_spaced_slash_are_two():
    """"+39 … / 0171 …": the second number brings its own prefix, so each is found whole."""
    assert found("Kontakt: +39 347 118 2290 / 0171 55 02 19 83") == {
        "+39 347 118 2290": "telefon", "0171 55 02 19 83": "telefon"}


def test_a_slash_inside_one_phone_number_keeps_it_whole():
    """"+49 711 / 216-9 14 02": the slash after the area code is no second number."""
    assert found("Tel. +49 711 / 216-9 14 02").get("+49 711 / 216-9 14 02") == "telefon"


# --- an IBAN mistyped after its keyword -----------------------------------------------------------

def test_a_mistyped_iban_after_its_keyword_is_taken_whole():
    """After "Konto:" an IBAN in groups of four with a group too many (no valid prefix) is the
    value as written, not its first 28 characters."""
    text = "Gemeinsames Konto: PL27 1140 2004 0000 3102 7913 4421 07, bitte prüfen."
    assert found(text).get("PL27 1140 2004 0000 3102 7913 4421 07") == "iban"


def test_an_amount_after_an_iban_stays_out():
    """A sum after a (valid or mistyped) IBAN is no part of it."""
    assert "DE12 3704 0044 0532 0130 00" in found("IBAN DE12 3704 0044 0532 0130 00 500 EUR")


# --- numbers of the social and health insurance; a sum after a keyed number ----------------------

@pytest.mark.parametrize("text, value", [
    ("SV-Nr.: 65 170885 K 012\nBank: Sparkasse", "65 170885 K 012"),
    ("Lohnzettel, SV-Nr.: 41 O2O79l M 5l3\nBrutto 2.1OO,OO", "41 O2O79l M 5l3"),
    ("Krankenkasse (Versichertennummer K 118 447 20 3) liegt vor.", "K 118 447 20 3"),
])
def test_an_insurance_number_is_a_persons_number(text, value):
    """After "SV-Nr.", "Versichertennummer" the number (also read by OCR with O and l) is
    a number issued to one person, of a document's kind."""
    assert found(text).get(value) == "ausweisnummer"


def test_sv_and_kg_without_a_number_word_open_nothing():
    """"SV" and "KG" alone are a sports club and a firm's form: no slot."""
    assert found("Der SV 1898 spielt, die Müller KG 2024 gegründet.") == {}


def test_a_sum_after_a_keyed_number_is_none_of_it():
    """"KG-Nr. … 255,00" on a statement's line: the sum after the number stays out."""
    assert found("Gutschrift Familienkasse KG-Nr. 214FK330917 255,OO\nMiete").get(
        "214FK330917") == "aktenzeichen"


# --- a passport's or ID card's machine-readable lines --------------------------------------------

def test_a_passports_machine_readable_line_by_its_places():
    """In a passport's second line the number, the birth date and the expiry date are read
    from their places, with OCR's O and l for 0 and 1; the same number in the visual zone is
    the document number too."""
    text = ("Pasaporta nr.: BO4l7762\nP<ALBKRASNIQI<<DRITON<<<<<<<<<<<<<<<<<<<<<<<\n"
            "BO4l7762<3ALB9lO2l45M29O6l87<<<<<<<<<<<<<<<O6")
    spans = {(f.text, f.kind.value) for f in detect(text)}
    assert {("BO4l7762", "ausweisnummer"), ("9lO2l4", "geburtsdatum"),
            ("29O6l8", "datum")} <= spans
    assert sum(1 for f in detect(text) if f.text == "BO4l7762") == 2


def test_an_id_cards_machine_readable_lines():
    """An ID card's first line gives the number with its check digit, its second the birth
    and expiry dates."""
    text = "Kopie eAT:\nIDDEUL01X00T471<<<<<<<<<<<<<<<\n9003147M3104308DEU<<<<<<<<<<<2\n"
    spans = {(f.text, f.kind.value) for f in detect(text)}
    assert {("L01X00T471", "ausweisnummer"), ("900314", "geburtsdatum"),
            ("310430", "datum")} <= spans


@pytest.mark.parametrize("text", [
    "P<SYRALHASSAN<<AMIRA<<<<<<<<<<<<<<<<<<<<<<<<<",
    "Pfeil nach links: <<< und 1234567890<<",
    "Liste:\n2026-11-03 Termin<<\n12345678901 Stück<<",
])
def test_no_document_number_without_a_machine_readable_line(text):
    """A name line of fillers, arrows drawn with "<" and other lines are no zone's fields."""
    assert not {"ausweisnummer", "geburtsdatum"} & set(found(text).values())


# --- a course's or register's number; an authority named before its number ----------------------

@pytest.mark.parametrize("text, value", [
    ("Berufssprachkurs;27-BS-1182;Teilnehmerin;11.01.2027", "27-BS-1182"),
    ("Bitte Mail an die VHS wegen Kurs 26-IV-3318, danke", "26-IV-3318"),
])
def test_a_year_capitals_and_a_number_joined_by_hyphens(text, value):
    """A year, a course's or register's capitals and a running number ("26-II-4471") is a
    file number without a keyword."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Linie 12-A-30 fährt nicht, die 3-Zimmer-1200 Euro Wohnung.",
    "Im 2-B-12 Plan steht nichts.",
])
def test_short_groups_about_capitals_are_no_file_number(text):
    """Fewer than three digits after the capitals: a line, a plan, no file number."""
    assert "aktenzeichen" not in found(text).values()


@pytest.mark.parametrize("text, value, word", [
    ("Der Antrag wurde abgelehnt (Gz. BAMF 7713094-475). Frist", "7713094-475", "BAMF"),
    ("Einkommen geprüft, Az. VE KN-VE 2027/118.", "KN-VE 2027/118", "VE"),
])
def test_an_authority_named_before_its_number_stays_a_word(text, value, word):
    """After "Gz."/"Az." the BAMF's name before its number (which has no letters), or a kind's
    letters repeated in the office's code, are words; the number is found whole."""
    spans = found(text)
    assert spans.get(value) == "aktenzeichen"
    assert not any(word in key.split() for key in spans)


def test_an_offices_capitals_before_its_number_stay_in_it():
    """"Az. ABH 32.1-19330/22": the department's capitals belong to the number."""
    assert found("Az. ABH 32.1-19330/22").get("ABH 32.1-19330/22") == "aktenzeichen"


# --- passports of more countries ------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Maria dela Cruz;03.02.1990;P7720194B;Vogel", "P7720194B"),
    ("Sie legt den Pass Argentinien AAK771204 vor.", "AAK771204"),
])
def test_a_passport_number_with_three_letters_or_a_letter_after(text, value):
    """Up to three letters before the digits, or a letter after them (the Philippines'
    passports) is a document number."""
    assert found(text).get(value) == "ausweisnummer"


# --- identifiers dictated word by word -------------------------------------------------------------

@pytest.mark.parametrize("text, value, kind", [
    ("Anhörung war am Montag Komma Aktenzeichen acht acht zwei null eins vier fünf Strich vier "
     "drei neun Punkt Ende", "acht acht zwei null eins vier fünf Strich vier drei neun",
     "aktenzeichen"),
    ("Bitte anlegen Punkt Aktenzeichen einunddreißig Punkt zwölf Strich K Strich null vier vier "
     "eins Punkt Danke", "einunddreißig Punkt zwölf Strich K Strich null vier vier eins",
     "aktenzeichen"),
    ("Der neue Pass ist da Komma Nummer C sieben eins null drei drei acht zwei Punkt Abholung",
     "C sieben eins null drei drei acht zwei", "ausweisnummer"),
])
def test_an_identifier_dictated_after_its_keyword(text, value, kind):
    """After "Aktenzeichen" or "Nummer" the run of number words, capitals and spoken
    separators is the identifier; a "Punkt" after the last number ends the sentence."""
    assert found(text).get(value) == kind


@pytest.mark.parametrize("text", [
    "Punkt Die Nummer drei war besser Komma Nummer A ist eins zwei Punkt",
    "Komma Aktenzeichen liegt vor Punkt Zimmer zwölf Punkt",
])
def test_few_number_words_after_a_keyword_are_no_identifier(text):
    """Fewer than three number words after the keyword: a count, a word, no identifier."""
    assert not {"aktenzeichen", "ausweisnummer"} & set(found(text).values())


def test_a_dictated_number_after_nummer_that_begins_with_null_is_a_phone():
    """"Nummer null eins sieben …": a number beginning with its area code's zero is a phone's."""
    text = "Punkt Nummer null eins sieben null Strich sechs drei acht eins vier null zwei Punkt"
    assert set(found(text).values()) == {"telefon"}


# --- IBANs written with odd separators or broken over lines ----------------------------------------

@pytest.mark.parametrize("iban", [
    "DE02 1203 0000\n0000 2020 51",  # broken over two lines
    "DE02-1203-0000-0000-2020-51",
    "DE02  1203  0000  0000  2020  51",
    "DE02.1203.0000.0000.2020.51",
])
def test_an_iban_with_odd_separators_is_found_whole(iban):
    """Groups apart by a hyphen, a dot, two spaces or a line break, or a space after the
    country's code: an IBAN by its check digits, found whole."""
    assert found(f"Überweisung an\n{iban}\nist raus.").get(iban) == "iban"


def test_a_space_after_the_country_code_after_the_word_iban():
    """"IBAN: DE 02 1203 …": a space after the country's code, after the word IBAN."""
    iban = "DE 02 1203 0000 0000 2020 51"
    assert found(f"IBAN: {iban} (Sparkasse)").get(iban) == "iban"


def test_a_line_after_an_iban_stays_out():
    """The IBAN's own length ends it: the next line's number or the BIC is no part of it."""
    spans = found("IBAN DE02 1203 0000 0000 2020 51\n2026 Termin, BIC BYLADEM1001")
    assert spans.get("DE02 1203 0000 0000 2020 51") == "iban"


def test_groups_with_wrong_check_digits_and_no_keyword_are_no_iban():
    """Spaced country letters and digits that fail the check, without a keyword: no IBAN."""
    assert "iban" not in found("Die DE 12 3456 7890 1234 5678 90 stand im Brief.").values()


# --- a register's number; words of place between the keyword and the number -----------------------

@pytest.mark.parametrize("text, value", [
    ("Standesamt Kassel, Eheregister E 2291/2026, Kopie liegt vor.", "E 2291/2026"),
    ("Die Geburt ist unter Register G 412/2027 beurkundet.", "G 412/2027"),
    ("Aktenzeichen bei uns 3318/26 B, bitte angeben.", "3318/26 B"),
    ("Az. hier ABH 41.2-7730/26", "ABH 41.2-7730/26"),
])
def test_a_registers_number_and_a_number_after_words_of_place(text, value):
    """A register office's register opens a slot ("Eheregister E 2291/2026"); "bei uns",
    "hier" between the keyword and its number are skipped."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Register 3 von 5 fehlt, im Register 2024 eingetragen.",
    "Die Akte hier hat 312 Seiten.",
])
def test_a_count_or_a_year_after_register_or_hier_is_none(text):
    """A count, a year or pages after the keyword stay words."""
    assert "aktenzeichen" not in found(text).values()


def test_an_insurance_number_typed_in_lower_case_is_found_whole():
    """"sv-nr 65 170885 k 012" in a chat: the pension number's letter in lower case stays in
    the number."""
    assert found("sv-nr 65 170885 k 012 fehlt noch").get("65 170885 k 012") == "ausweisnummer"


# --- a running number and a two-digit year without a keyword --------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Frau Okafor (3318/26) kommt am Montag.", "3318/26"),
    ("Offen: 4471/25, 4472/25 und 118/26.", "118/26"),
])
def test_a_running_number_and_a_year_is_a_file_number(text, value):
    """"4471/26" in a list or in brackets after a name: the commonest file number's shape."""
    assert found(text).get(value) == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Im Schuljahr 2023/24 wechselt er die Schule.",
    "Nach § 118/26 und Seite 12/25 nichts.",
    "Drucksache 19/12345 im Bundestag, Spielstand 3/4.",
])
def test_school_years_paragraphs_and_short_fractions_are_no_file_number(text):
    """A school year (a year, then the next one's digits), a paragraph, a page, fewer than
    three digits before the slash: no file number."""
    assert "aktenzeichen" not in found(text).values()


def test_an_offices_abbreviation_between_two_numbers_stays_in_the_file_number():
    """"Az. DA-32 Ausl 0612/27": a capitalised abbreviation that is no word, between a number
    and a number with a slash, belongs to the file number."""
    assert found("Vorsprache (Az. OF-41 Ausl 2210/27): Termin").get(
        "OF-41 Ausl 2210/27") == "aktenzeichen"


def test_a_word_between_two_numbers_ends_the_file_number():
    """"Az. 4471/26 Frau 3318/26": a word ends the first number."""
    assert found("Az. 4471/26 Frau 3318/26").get("4471/26") == "aktenzeichen"


# --- a table's identifier columns ------------------------------------------------------------------

def test_a_tables_columns_are_of_their_headers_kind():
    """Under "Name;IBAN;Betrag;Az." the cells of the IBAN and Az. columns are of that kind,
    whole, even a mistyped IBAN with a group too many."""
    text = ("Rückzahlungen\nName;IBAN;Betrag;Az.\n"
            "Jan Nowak;PL27 1140 2004 0000 3102 7913 4421 07;37,00;4471/26\n"
            "Eva Roth;DE02120300000000202051;22,00;KS-AB 17/2026/118\n")
    spans = found(text)
    assert spans.get("PL27 1140 2004 0000 3102 7913 4421 07") == "iban"
    assert spans.get("KS-AB 17/2026/118") == "aktenzeichen"


def test_words_dates_and_sums_in_a_tables_column_stay():
    """A word, a date or a sum in a column named "Pass" or "Az." is no identifier."""
    text = "Name | Pass | Az.\nAli | abgelaufen 2024 | folgt\nSara | 12.03.2031 | 120,00 €\n"
    assert not {"ausweisnummer", "aktenzeichen"} & set(found(text).values())


def test_an_authoritys_name_and_a_colon_before_a_keyed_number_stay_out():
    """"Az. BAMF: 8 8 l 2 O 5 6 - 4 3 8" (an OCR copy, its digits spaced): the authority and
    its colon lead to the number, which is found whole."""
    text = "geb.: O3.O4.l99l\nAz. BAMF: 7 7 l 3 O 9 4 - 4 7 5\nAZR: 240514093317"
    assert found(text).get("7 7 l 3 O 9 4 - 4 7 5") == "aktenzeichen"


# --- a country's code in brackets; an e-mail's dots written out; spoken in lower case -------------

@pytest.mark.parametrize("text, value", [
    ("Er ist unter (+49) 176 2233445 erreichbar.", "(+49) 176 2233445"),
    ("Tel. (+963) 944 118 207", "(+963) 944 118 207"),
])
def test_a_phone_number_with_its_country_code_in_brackets(text, value):
    """"(+49) 176 …": the bracketed country's code and its bracket belong to the number."""
    assert found(text).get(value) == "telefon"


@pytest.mark.parametrize("value", ["l.meier(at)kreis-kn(dot)de", "l.meier [at] kreis-kn [dot] de"])
def test_an_email_with_its_dots_written_out(value):
    """"(dot)"/"[dot]" for the dots of the domain, as "(at)" for "@"."""
    assert found(f"Bitte an {value} schreiben.").get(value) == "email"


def test_an_email_dictated_in_lower_case_without_digits():
    """A dictated address in a note typed in lower case without a digit ("… punkt de")."""
    text = "sie schreibt an lea punkt meier at kreis-kn punkt de punkt ende"
    assert found(text).get("lea punkt meier at kreis-kn punkt de") == "email"


# --- identity cards of more countries; a series and its number -----------------------------------

@pytest.mark.parametrize("text, value", [
    ("T.C. Kimlik No: 31847520946", "31847520946"),
    ("Kimlik-Nr. 31847520946 liegt vor.", "31847520946"),
    ("National ID 1988 4471 2210", "1988 4471 2210"),
])
def test_a_national_identity_cards_number(text, value):
    """The Turkish "Kimlik" and a "National ID" name a document's number."""
    assert found(text).get(value) == "ausweisnummer"


def test_a_series_and_its_number():
    """"Inlandspass Serie 45 06 Nr. 118274": the series and the number are both the
    document's; a short count after "Nr." is not."""
    spans = found("russischer Inlandspass Serie 45 06 Nr. 118274")
    assert spans.get("45 06") == spans.get("118274") == "ausweisnummer"
    assert "12" not in found("Reisepass N 0041 1827 Nr. 12 vorgelegt")


def test_a_space_before_a_slash_inside_a_keyed_file_number():
    """"Geschäftszeichen M-33.2 /4471/26": a space typed before the slash stays inside."""
    assert found("Geschäftszeichen M-33.2 /4471/26").get("M-33.2 /4471/26") == "aktenzeichen"


@pytest.mark.parametrize("text, value", [
    ("Паспорт № FU 7O2419", "FU 7O2419"),
    ("Passeport n° 18AB12345", "18AB12345"),
    ("Pasaporte No. XDB123456 (Kolumbien)", "XDB123456"),
    ("Pasaporta nr. BO4l7762", "BO4l7762"),
])
def test_a_passports_number_after_its_foreign_word(text, value):
    """A copied foreign passport's own word ("Паспорт", "Passeport", "Pasaporte", "Pasaporta")
    and "№"/"n°" lead to its number."""
    assert found(text).get(value) == "ausweisnummer"


def test_a_register_offices_number_after_its_name():
    """"Standesamt Kassel Nr. E 412/2027": the register office's entry, whole."""
    assert found("Standesamt Kassel   Nr. E 412/2027\nKind: Lea").get("E 412/2027") == "aktenzeichen"


@pytest.mark.parametrize("text", [
    "Verweis an Standesamt, 3 Wochen Wartezeit.",
    "Standesamt Mitte, Zimmer 112, ab 9 Uhr.",
])
def test_a_register_offices_name_before_a_count_or_a_room(text):
    """A count, a room or a time after "Standesamt" is no entry's number."""
    assert "aktenzeichen" not in found(text).values()

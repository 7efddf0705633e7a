"""Identifiers in notes typed without capitals ("iban de89 …, wohnt marienstr. 41") and typed
in mixed case ("Iban de89 …", "Pass-Nr c01x00t47").

A check digit makes a lower-case match safe (IBAN mod 97, the ICAO check digit of a document
number, the Steuer-ID's); a number without one counts only after its keyword, as in
capitalised text. A lower-case street needs a street word and a house number, a lower-case town
a postcode. Each kind: valid values found, near misses (wrong check digit, no keyword, a common
word in the place of a name) not found as that kind.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


def test_the_quick_note_of_the_issue():
    """The note a caseworker types without capitals: every identifier found whole (the IBAN
    not cut into a phone number, the file number with its prefix "abh")."""
    text = ("iban de89 3704 0044 0532 0130 00, wohnt marienstr. 41, 30171 hannover, "
            "pass-nr c01x00t47, az. abh 32.1-20417/24")
    assert kinds(text) == {
        "de89 3704 0044 0532 0130 00": "iban",
        "marienstr. 41, 30171 hannover": "adresse",
        "c01x00t47": "ausweisnummer",
        "abh 32.1-20417/24": "aktenzeichen",
    }


# --- IBAN -------------------------------------------------------------------------------------

@pytest.mark.parametrize("iban", ["de89 3704 0044 0532 0130 00", "de89370400440532013000",
                                  "gb29 nwbk 6016 1331 9268 19"])
def test_iban_in_lower_case_with_valid_check_digits(iban):
    """A lower-case IBAN whose mod-97 check holds is found without a keyword."""
    assert kinds(f"überweisung kam von {iban} zurück.") == {iban: "iban"}


def test_iban_in_lower_case_with_wrong_check_digits_is_no_iban():
    """One digit off and no keyword: no IBAN (the digits may still be taken for a number)."""
    assert "iban" not in kinds("überweisung kam von de89 3704 0044 0532 0130 01 zurück.").values()


def test_iban_mixed_case_after_capitalised_keyword():
    """"Iban de89 …" in a note with capitals: the lower-case country code is read too."""
    text = "Die Iban de89 3704 0044 0532 0130 00 hat Frau Okafor nachgereicht."
    assert kinds(text)["de89 3704 0044 0532 0130 00"] == "iban"


# --- Ausweisnummer ----------------------------------------------------------------------------

@pytest.mark.parametrize("note", ["pass-nr c01x00t47 liegt vor", "pa-nr. nrkjphh1g5 des mannes",
                                  "ausweis mit der nummer f3tx0z15h liegt im schrank"])
def test_document_number_in_lower_case_after_keyword(note):
    """After "pass-nr", "pa-nr." or "ausweis … nummer" a lower-case number counts whole ("nr"
    is read as a word only: "nrkjphh1g5" keeps its "nr")."""
    number = next(w for w in note.split() if any(ch.isdigit() for ch in w))
    assert kinds(note) == {number: "ausweisnummer"}


def test_document_number_mixed_case():
    """"Pass-Nr c01x00t47" in a note with capitals: the number typed in lower case counts."""
    assert kinds("Die Pass-Nr c01x00t47 wurde notiert.") == {"c01x00t47": "ausweisnummer"}


def test_document_number_in_lower_case_with_check_digit_needs_no_keyword():
    """Ten characters whose last is the ICAO check digit: a document number without keyword."""
    assert kinds("die karte l01x00t471 ist weg.") == {"l01x00t471": "ausweisnummer"}


@pytest.mark.parametrize("number", ["l01x00t472", "c01x00t47"])
def test_document_number_in_lower_case_without_check_or_keyword_is_not_found(number):
    """A wrong check digit, or nine characters without one, and no keyword: nothing found."""
    assert kinds(f"die karte {number} ist weg.") == {}


# --- Aktenzeichen -----------------------------------------------------------------------------

@pytest.mark.parametrize("number", ["abh 3.2-1625-22", "iv/6-4175/2024", "ab-720/24",
                                    "abh 2024/7289"])
def test_file_number_in_lower_case_with_its_prefix(number):
    """Letters joined to a file number belong to it in lower case as in capitals."""
    assert kinds(f"bittet um akteneinsicht ({number}), vollmacht liegt bei.") == {
        number: "aktenzeichen"}


def test_file_number_after_lower_case_keyword():
    """After "aktenzeichen" a lower-case number with a digit counts."""
    assert kinds("aktenzeichen ka-17b liegt vor") == {"ka-17b": "aktenzeichen"}


@pytest.mark.parametrize("note", ["sohn aziz seit 28.03. keine schule",
                                  "Sohn Aziz seit 28.03. keine Schule"])
def test_word_beginning_like_a_keyword_is_no_file_number(note):
    """"aziz" begins like "az": the date after it is a date, not a file number "seit 28.03"."""
    assert "aktenzeichen" not in kinds(note).values()


@pytest.mark.parametrize("note", ["gilt ab 12/2024 weiter", "rückruf unter 0152/901 52242."])
def test_common_word_before_a_number_is_no_file_number_prefix(note):
    """A preposition or common word before "12/2024" or a phone number is no file number."""
    assert "aktenzeichen" not in kinds(note).values()


# --- AZR, Steuer-ID ---------------------------------------------------------------------------

def test_azr_after_lower_case_keyword():
    """"azr-nr." opens an AZR number in lower case, also when the date part is off."""
    assert kinds("azr-nr. 991399123456 fehlt.") == {"991399123456": "azr"}


def test_azr_near_miss_without_keyword():
    """Without a keyword a number whose date part is off is no AZR number."""
    assert "azr" not in kinds("die nummer 991399123456 passte nicht.").values()


def test_tax_id_after_lower_case_keyword_and_by_check_digit():
    """"steuer-id" opens a tax ID in lower case; a valid one is found without the keyword."""
    assert kinds("steuer-id 12 345 678 901 liegt vor") == {"12 345 678 901": "steuer_id"}
    assert kinds("die nummer 86095742719 liegt vor") == {"86095742719": "steuer_id"}


def test_tax_id_near_miss_without_keyword():
    """Eleven digits with a wrong check digit and no keyword: no tax ID."""
    assert "steuer_id" not in kinds("die nummer 86095742718 liegt vor").values()


# --- Telefon, E-Mail --------------------------------------------------------------------------

def test_phone_after_lower_case_keyword():
    """"tel." in lower case opens a phone number, also one that starts without a 0."""
    assert kinds("tel. 171 2345678 ab mittag") == {"171 2345678": "telefon"}


def test_phone_near_miss_too_short():
    """Four digits after "tel." are no phone number."""
    assert kinds("tel. 1234 ab mittag") == {}


def test_email_in_lower_case():
    """An e-mail address is found in a lower-case note, also with "(at)"."""
    assert kinds("mail an fatima.noor(at)web.de geschickt") == {"fatima.noor(at)web.de": "email"}
    assert "email" not in kinds("mail an fatima.noor at web geschickt").values()


# --- Adresse ----------------------------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "marienstr. 41", "magdeburger allee 38b, 28195 bremen", "alte poststraße 90, 31134 hildesheim",
    "am sandberg 99, 21335 lüneburg", "kastanienweg 141, 60311 frankfurt am main",
    "hallesche straße 49a, 06108 halle (saale)", "schillerring 172b, 06886 lutherstadt wittenberg",
])
def test_address_in_lower_case(address):
    """A street word with a house number, a preposition street, and a postcode with its town
    (a second word of the town, "am main", "(saale)"), all in lower case."""
    assert kinds(f"wohnhaft {address}, seit dem umzug") == {address: "adresse"}


def test_postcode_and_town_without_the_words_after_it():
    """"28195 bremen am montag": the town ends before a common word."""
    assert kinds("ab 28195 bremen am montag") == {"28195 bremen": "adresse"}


@pytest.mark.parametrize("note", ["bring 2 unterlagen mit", "im jahr 2023 am montag 3 termine",
                                  "den weg 2 mal gemacht", "rückruf unter 07438 49932 zugesagt"])
def test_no_address_without_street_word_or_town(note):
    """A verb ending like "ring", a common noun after "am", a count after "weg", a German
    word after five digits: no address."""
    assert "adresse" not in kinds(note).values()


# --- Datum, Geburtsdatum ----------------------------------------------------------------------

@pytest.mark.parametrize("date", ["3. märz 2026", "15. juni", "1. dez. 2025"])
def test_date_with_month_name_in_lower_case(date):
    """Month names in lower case make a date."""
    assert kinds(f"termin am {date} bestätigt") == {date: "datum"}


def test_birth_date_with_month_name_in_lower_case():
    """After "geb." a lower-case date with its month name is a birth date, so is "märz 1990"."""
    assert kinds("geb. 3. märz 1990 in kabul") == {"3. märz 1990": "geburtsdatum"}
    assert kinds("geboren märz 1990") == {"märz 1990": "geburtsdatum"}


def test_month_name_without_day_is_no_date():
    """A lower-case month with a year and no birth cue is kept, as in capitals."""
    assert kinds("im april 2024 kam der bescheid") == {}


def test_capital_prefix_in_a_note_without_capitalised_words():
    """A note with no capitalised word ("ABH", "IV" are all capitals) is read with the
    lower-case patterns: prefixes in capitals still belong to the file number."""
    assert kinds("akteneinsicht ABH 3.2-1625-22 und IV/6-4175/2024") == {
        "ABH 3.2-1625-22": "aktenzeichen", "IV/6-4175/2024": "aktenzeichen"}

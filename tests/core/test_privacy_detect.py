"""Detection of each kind of personal data in sentences written like caseworkers' notes."""

from __future__ import annotations

import pytest

from desktop.core.privacy import Kind, detect


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in detect(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Frau Tesfaye kam am 03.04.2024 ohne Termin.", ("datum", "03.04.2024")),
    ("Der Termin war am 3.4.24 um neun.", ("datum", "3.4.24")),
    ("Eingang laut System: 2024-04-03.", ("datum", "2024-04-03")),
    ("Am 3. April 2024 rief er erneut an.", ("datum", "3. April 2024")),
    ("Sie kam am 12.03. wieder an den Schalter.", ("datum", "12.03.")),
    ("Wir hatten uns am 3. April verabredet.", ("datum", "3. April")),
    ("Die Frist lief bis zum 12.3 und ist verstrichen.", ("datum", "12.3")),
])
def test_dates_numeric_and_written(text, expected):
    """Numeric, ISO and written dates, with and without a year, are dates."""
    assert expected in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("Herr Abdi, geb. 12.03.1988, legte den Pass vor.", "12.03.1988"),
    ("Sie ist geboren am 3. Mai 1990 in Kabul.", "3. Mai 1990"),
    ("Geburtsdatum laut Pass: 1988-03-12, laut Urkunde ein anderes.", "1988-03-12"),
    ("Die Tochter (* 1.2.2015) war dabei.", "1.2.2015"),
    ("Er ist geboren im Mai 1990.", "Mai 1990"),
])
def test_birth_dates(text, date):
    """A date after a birth cue in the same clause is a birth date."""
    assert ("geburtsdatum", date) in found(text)


def test_month_with_year_of_the_law_is_kept():
    """A month with a year in a clause about the law does not point to a person: it stays."""
    assert found("Seit April 2024 ist das neue Gesetz in Kraft.") == []


def test_birth_cue_does_not_reach_past_another_date():
    """After "geb. 12.03.1988, Termin am 5.6.2024" the second date is an ordinary date."""
    kinds = dict((t, k) for k, t in found("geb. 12.03.1988, Termin am 5.6.2024."))
    assert kinds == {"12.03.1988": "geburtsdatum", "5.6.2024": "datum"}


@pytest.mark.parametrize(("text", "number"), [
    ("Die Akte (Az. 32.1-123/24) lag noch im Sachgebiet.", "32.1-123/24"),
    ("AZ: ABH-2024-01234 bitte bei Rückfragen angeben.", "ABH-2024-01234"),
    ("Die Akte 32-12 45/2023 liegt seit Wochen bei mir.", "32-12 45/2023"),
    ("Unter dem Aktenzeichen 1234567 ist nichts zu finden.", "1234567"),
    ("Gz. 33.2-4711/23 wurde an das Verwaltungsgericht abgegeben.", "33.2-4711/23"),
    ("Die Vorgangsnummer 2024-000123 fehlt auf dem Schreiben.", "2024-000123"),
])
def test_file_numbers(text, number):
    """Aktenzeichen in common municipal formats, with and without a keyword."""
    assert ("aktenzeichen", number) in found(text)


@pytest.mark.parametrize("number", [
    "+49 341 1234567", "0341 1234567", "0171/1234567", "0176-12345678", "(0341) 123 45 67",
    "0049 176 12345678", "+49 (0)341 123456", "0341/123-456",
])
def test_phone_numbers(number):
    """Phone numbers with country code, area code, spaces, dashes and slashes."""
    assert ("telefon", number) in found(f"Er hinterließ die Rückrufnummer {number} für heute.")


def test_phone_after_keyword_with_few_digits():
    """After "Tel." even a short extension counts."""
    assert ("telefon", "2345") in found("Durchwahl 2345, Zimmer 12.") or \
        ("telefon", "12345") in found("Tel. 12345 im Haus.")


@pytest.mark.parametrize("address", [
    "amina.haddad@web.de", "k.mehmedagic@gmx.de", "iman_96@posteo.de", "omar(at)gmail.com",
])
def test_email_addresses(address):
    """E-mail addresses, also written with "(at)"."""
    assert ("email", address) in found(f"Sie schrieb von {address} an das Funktionspostfach.")


@pytest.mark.parametrize("address", [
    "Hauptstraße 12", "Am Anger 3a", "Karl-Marx-Allee 45", "Georg-Schwarz-Str. 98a",
    "Berliner Straße 7", "An der Kirche 39", "Eisenbahnstraße 45, 04315 Leipzig",
    "06108 Halle (Saale)", "60311 Frankfurt am Main", "Kastanienweg 73b, 06886 Lutherstadt Wittenberg",
])
def test_postal_addresses(address):
    """Street with number, postcode with town, and both together as one address."""
    assert ("adresse", address) in found(f"Die neue Anschrift lautet {address}; die Post kommt zurück.")


def test_numbers_that_are_not_addresses():
    """Room numbers, years and amounts after meaning words are no addresses."""
    assert found("Am Schalter 2 wartete sie, im Jahr 2023 kam der Antrag, Zimmer 204.") == []


@pytest.mark.parametrize("iban", [
    "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "AT61 1904 3002 3457 3201",
    "NL91ABNA0417164300", "TR33 0006 1005 1978 6457 8413 26",
])
def test_ibans(iban):
    """IBANs with and without spaces, German and foreign, by their check digits."""
    assert ("iban", iban) in found(f"Für die Gebühr gab er die IBAN {iban} an.")


def test_iban_with_wrong_check_digits_after_keyword():
    """A mistyped IBAN still counts when the word IBAN stands before it."""
    assert found("IBAN: DE00 3704 0044 0532 0130 00")[0][0] == "iban"


@pytest.mark.parametrize(("text", "number"), [
    ("Im Antrag stand die Passnummer N012345678, im System eine andere.", "N012345678"),
    ("Der syrische Reisepass (Nr. P1234567) ist abgelaufen.", "P1234567"),
    ("Die Nummer des Personalausweises, L01X00T47, stimmte nicht.", "L01X00T47"),
    ("Die eAT-Kartennummer Y0G1F2H34 wurde bei der Bundesdruckerei bestellt.", "Y0G1F2H34"),
    ("Der Ausweis mit der Nummer T22000129 liegt im Schrank.", "T22000129"),
    ("Pass-Nr. AB1234567 laut Kopie.", "AB1234567"),
])
def test_passport_identity_and_residence_card_numbers(text, number):
    """Passport, identity card and eAT numbers, with keyword or in the German ID alphabet."""
    assert ("ausweisnummer", number) in found(text)


@pytest.mark.parametrize(("text", "number"), [
    ("Im AZR (AZR-Nummer 123456789012) stand die alte Anschrift.", "123456789012"),
    ("Die AZR-Nr. 1234 5678 9012 stand auf keinem Schreiben.", "1234 5678 9012"),
    ("Die Nummer 190312004817 aus dem Register passte nicht.", "190312004817"),
])
def test_azr_numbers(text, number):
    """Twelve-digit AZR numbers, after "AZR" also grouped."""
    assert ("azr", number) in found(text)


@pytest.mark.parametrize(("text", "number"), [
    ("Für den Arbeitgeber brauchte er die Steuer-ID 86 095 742 719.", "86 095 742 719"),
    ("Steuer-IdNr. 86095742719 lag auf einem Zettel.", "86095742719"),
    ("Die Nummer 86095742719 hatte sie dabei.", "86095742719"),
])
def test_tax_ids(text, number):
    """Steuer-IDs after a keyword, and without one when the check digit fits."""
    assert ("steuer_id", number) in found(text)


def test_eleven_digits_with_wrong_check_digit_are_no_tax_id():
    """Without a keyword only a valid check digit makes eleven digits a Steuer-ID."""
    assert not any(k == "steuer_id" for k, _ in found("Die Nummer 86095742718 stand dort."))


def test_meaning_words_stay():
    """Legal terms, countries, nationalities, feelings and roles yield no finding."""
    text = (
        "Die Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG, die Duldung nach § 60a und die "
        "Aufenthaltserlaubnis: Die Sachbearbeiterin erklärte der Antragstellerin aus Syrien den "
        "Widerspruch und die Rechtsbehelfsbelehrung. Die Dolmetscherin übersetzte, die "
        "Teamleitung kam dazu. Angst, Wut, Scham, Verzweiflung und Erleichterung wechselten sich "
        "ab. Afghanistan, Eritrea, Somalia, die Ukraine, der Kosovo und Vietnam; syrische, "
        "afghanische und eritreische Familien, Kurden, Jesiden und Roma. Die Blaue Karte EU, das "
        "beschleunigte Fachkräfteverfahren nach § 81a, der Familiennachzug und die Einbürgerung "
        "dauern Monate. Seit dem Frühjahr warten viele. Die Gebühr von 100 Euro, Raum 204, "
        "Stufe 1 nach dem Aachener Modell, Ich-Botschaften und das Vier-Seiten-Modell. "
        "Im Mai kam die Ablehnung; Mitte Juni der Widerspruch. Kurz danach rief der Anwalt an. "
        "Die Richterin am Verwaltungsgericht und der Sicherheitsdienst am Empfangstresen."
    )
    assert detect(text) == []


def test_offsets_point_at_the_input():
    """Every finding's text is exactly the slice of the input at its offsets."""
    text = "Herr Haddad (geb. 1.2.1980) rief von 0171/1234567 an, Az. ABH-2024-01234."
    for f in detect(text):
        assert text[f.start:f.end] == f.text
        assert isinstance(f.kind, Kind)


def test_kinds_have_stable_values_and_german_labels():
    """The kind values are part of the command-line contract; labels are German."""
    assert [k.value for k in Kind] == [
        "person", "datum", "geburtsdatum", "aktenzeichen", "telefon", "email", "adresse", "iban",
        "ausweisnummer", "azr", "steuer_id"]
    assert Kind.PERSON.label == "Name"
    assert Kind.AKTENZEICHEN.label == "Aktenzeichen"
    assert all(k.label for k in Kind)


def test_detect_is_fast_on_a_2000_character_note():
    """The GUI underlines while typing: detect() on 2,000 characters stays well under 10 ms."""
    import time

    base = ("Frau Tesfaye kam am 12.03. ohne Termin. Der Dolmetscher übersetzte für Herrn Abdi, "
            "Tel. 0341 1234567, Az. 32.1-123/24. Die Fiktionsbescheinigung war abgelaufen. ")
    note = (base * 20)[:2000]
    detect(note)
    timings = []
    for _ in range(15):
        t0 = time.perf_counter()
        detect(note)
        timings.append(time.perf_counter() - t0)
    assert sorted(timings)[len(timings) // 2] < 0.010

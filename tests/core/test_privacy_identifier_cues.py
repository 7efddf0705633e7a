"""Identifiers read by their cue (desktop/core/privacy/cues.py): the keyword opens a slot and
the next group of tokens that carries digits is the identifier, whatever its shape.

Each cue family (file numbers, document numbers, addresses) has shapes that no pattern was
written for, found whole and as the right kind, and near misses left alone: a date, a time, a
paragraph, a sum, a count or a word after the keyword, a keyword with no digits after it.
"""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def found(text: str) -> dict[str, str]:
    return {f.text: f.kind.value for f in detect(text)}


# --- file numbers: Az., Gz., Geschäftszeichen, Kunden-Nr., BG-Nummer … -------------------------

@pytest.mark.parametrize("text, number", [
    ("Kd.-Nr. 771B204418 bitte auf jedem Schreiben.", "771B204418"),
    ("Geschäftszeichen 21.7 - 0442 - 2026 (stets angeben)", "21.7 - 0442 - 2026"),
    ("Gesch.-Z.: III 2 - 611.04/7719 laut Bescheid.", "III 2 - 611.04/7719"),
    ("BG-Nr.: 31407//0017724 laut Bescheid.", "31407//0017724"),
    ("BG-Nummer 31407BG0017724 im Bescheid.", "31407BG0017724"),
    ("Kundennummer beim Jobcenter: 314D441182", "314D441182"),
    ("BAMF Az. 9 114 882 - 423", "9 114 882 - 423"),
    ("AZ: OVG 4 LB 17.26 (Berufung)", "OVG 4 LB 17.26"),
    ("Dossier-Nr. 4471-22 der Härtefallkommission.", "4471-22"),
    ("Kassenzeichen: 410 2281 7719 4", "410 2281 7719 4"),
    ("Kunden Nr. 30771/448 bei den Stadtwerken.", "30771/448"),
    ("Unser Zeichen: KS/bw 4471-26 Ko, bitte angeben.", "KS/bw 4471-26 Ko"),
])
def test_a_file_number_after_its_keyword_in_any_shape(text, number):
    """A file number is found whole after its keyword in shapes no pattern was written for:
    a dictation mark, spaced dashes, dotted cash-office numbers, a job centre's numbers, a
    court's register letters, digits in groups, words between the keyword and a colon."""
    assert found(text).get(number) == "aktenzeichen"


@pytest.mark.parametrize("text, number, kind", [
    ("az. 2-LS-41/26, frist läuft.", "2-LS-41/26", "aktenzeichen"),
    ("az.: abh 3.4-55102 zurückgerufen", "abh 3.4-55102", "aktenzeichen"),
    ("reisepass nr. FE 447120 liegt vor", "FE 447120", "ausweisnummer"),
    ("sie wohnt jetzt bei der Tante in der Vahrenwalder 12.", "Vahrenwalder 12", "adresse"),
])
def test_a_keyword_written_in_lower_case_in_a_note_with_capitals(text, number, kind):
    """The writer types the keyword in lower case; the note has capitals elsewhere."""
    assert found(f"Frau Okafor rief an. {text}").get(number) == kind


def test_a_lower_case_note_reads_every_keyword():
    """In a note typed without capitals every keyword counts in lower case ("kundennr")."""
    assert found("kundennr 314d441182, termin verschoben.") == {"314d441182": "aktenzeichen"}


@pytest.mark.parametrize("text", [
    "Fallnummer um 14:30 Uhr telefonisch durchgegeben.",
    "Kassenzeichen für 1.250,00 € kommt per Post.",
    "Aktenzeichen noch nicht vergeben.",
    "Az. folgt mit der Eingangsbestätigung.",
    "Vorgang 3 von 5 erledigt.",
    "Kassenzeichen 2x angefragt, keine Antwort.",
    "Kundennummer ab 2026 neu.",
    "Zeichen 2026 gesetzt, Antrag nach § 25 Abs. 2 AufenthG.",
    "Az. wie im Schreiben vom Mai besprochen, 120 Minuten Anhörung.",
])
def test_no_file_number_where_the_keyword_has_none(text):
    """A time, a sum, a count, a year, a paragraph or a word after the keyword is no file
    number, and a keyword alone finds nothing."""
    assert "aktenzeichen" not in found(text).values()


def test_a_date_after_the_keyword_stays_a_date():
    """"Gz. vom 02.04.2026": the date is a date, not a file number."""
    assert found("Gz. vom 02.04.2026 liegt vor.") == {"02.04.2026": "datum"}


def test_the_file_number_ends_before_the_sentence_goes_on():
    """"… 7663473 ist der Antrag offen": the verb after the number is no part of it; the keyword
    of the next sentence does not reach back ("… zum Vorgang. Der Ausweis mit der Nummer …")."""
    assert found("Unter Aktenzeichen 7718240 ist der Antrag offen.") == {
        "7718240": "aktenzeichen"}
    text = "Sie passte nicht zum Vorgang. Der Ausweis mit der Nummer T22000129 liegt vor."
    assert found(text) == {"T22000129": "ausweisnummer"}


# --- document numbers: Pass-Nr., Ausweisnummer, eAT, Passersatz … -----------------------------

@pytest.mark.parametrize("text, number", [
    ("Passnummer: KB 7712094", "KB 7712094"),
    ("Pass: 76 2201948 (russischer Auslandspass)", "76 2201948"),
    ("Reiseausweis für Flüchtlinge Nr. B 0447182", "B 0447182"),
    ("Ankunftsnachweis Nr. AKN 2026 118 447", "AKN 2026 118 447"),
    ("Passersatzpapier (Nr. 2026/PEP/044) liegt der Botschaft vor.", "2026/PEP/044"),
    ("Duldungsbescheinigung Nr. D-26/1187 ausgestellt.", "D-26/1187"),
    ("reisepass nr. p 5519023, kopie gemacht.", "p 5519023"),
    ("Reisepass (Syrien) N 0112 7740 abgelaufen.", "N 0112 7740"),
    ("Tazkira-Nr. 1401-0202-55172 vorgelegt.", "1401-0202-55172"),
])
def test_a_document_number_after_its_keyword_in_any_shape(text, number):
    """Document numbers as countries print them and people copy them: letters and digits in
    groups, a series before the number, a bracket, "Nr." after words."""
    assert found(text).get(number) == "ausweisnummer"


@pytest.mark.parametrize("text", [
    "Pass liegt seit dem 12.03.2026 vor.",
    "Reisepass seit 2019 abgelaufen.",
    "Aufenthaltstitel für 3 Jahre erteilt.",
    "Passbild 35 x 45 mm mitbringen.",
    "Pass vom Heimatland für 120 USD beantragt.",
    "Reisepass: § 3 Abs. 1 AufenthG, Passpflicht erfüllt.",
    "Ausweisnummer unleserlich, Kopie schlecht.",
    "Kartennummer des eAT nicht lesbar (Seite 2).",
])
def test_no_document_number_where_the_keyword_has_none(text):
    """A date, a year, a count, a size, a sum, a paragraph or a word after the keyword."""
    assert "ausweisnummer" not in found(text).values()


# --- addresses: wohnhaft, wohnt in/bei, Anschrift, zieht nach, c/o … ---------------------------

@pytest.mark.parametrize("text, address", [
    ("Wohnt bei der Tante in der Vahrenwalder 112.", "Vahrenwalder 112"),
    ("Zustellanschrift: Postfach 1107, 30011 Hannover", "Postfach 1107, 30011 Hannover"),
    ("Wohnhaft in 31785 Hameln, Ostertorwall 4.", "31785 Hameln, Ostertorwall 4"),
    ("neue adresse: goseriede 9, 30159 hannover", "goseriede 9, 30159 hannover"),
    ("Zieht nach Hannover um, Lister Meile 52.", "Lister Meile 52"),
    ("Die neue Anschrift lautet Im Winkel 12.", "Im Winkel 12"),
])
def test_an_address_after_its_cue(text, address):
    """After an address cue a street with a house number is found even without a street word
    ("Vahrenwalder 112"), with its postcode and town after it or before it."""
    assert found(text).get(address) == "adresse"


@pytest.mark.parametrize("text", [
    "Wohnt seit 2019 in Hannover.",
    "Wohnt mit 4 Kindern in 3 Zimmern.",
    "Wohnhaft seit 12 Jahren in Deutschland.",
    "Er wohnt in Block 3 der Unterkunft.",
    "Adresse auf Seite 4 des Antrags prüfen.",
    "Wohnhaft: 2 Personen, 1 Kind.",
    "Wohnhaft Lindenweg 13a, seit dem Umzug kommt die Post nicht mehr an. Nach § 81 Abs. 4 "
    "AufenthG gilt der alte Titel fort.",
])
def test_no_address_where_the_cue_has_none(text):
    """A year, a count, a room, a page or a paragraph after the cue is no address; the clause
    ends at the sentence."""
    addresses = [t for t, k in found(text).items() if k == "adresse"]
    assert addresses in ([], ["Lindenweg 13a"])

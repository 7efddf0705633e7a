"""Ordinary words the name rules took for names on the notes of two new hands (the tenth and
eleventh corpora's halves A), kept by their frame: the first word of a speaker's turn in a
hearing's transcript, the English labels of identity documents, the author of a reflection
model, a town's district, a rural district, an abbreviation without a vowel, a table's
header — and, beside each, the real name, which must still be found."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize("text, found", [
    ("Anwesend: Herr Arben Hoxha, Frau Hella Glas (SB)\nSB: Sie arbeiten seit März hier?\n"
     "H.: Ja.\nSB: Haben Sie dafür einen Nachweis?", ["Arben Hoxha", "Hella Glas"]),
    ("Anwesend: Frau Dr. Lang (SB)\nSB: In Ihrem Asylantrag haben Sie Alieu Jobe angegeben.\n"
     "SB: Seit wann arbeiten Sie nicht mehr?\nSB: Geburtsdatum?\nD.: 03.03.1990",
     ["Lang", "Alieu Jobe"]),
    ("Wiedervorlage\nSB: Krause / Vertr.: Vogt", ["Krause", "Vogt"]),
])
def test_first_word_of_a_speakers_turn(text, found):
    """After a speaker's label ("SB:", "H.:") a function word or a noun asked alone opens the
    spoken sentence ("SB: Haben Sie …", "SB: Geburtsdatum?"); a name after the label stays a
    name ("SB: Krause")."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("REPUBLIC OF GHANA  PASSPORT\nSurname: OPOKU\nGiven Names: KOFI BOADU\n"
     "Date of Birth: 03 MAR 1987\nDate of Expiry: 29 JUL 2030", ["OPOKU", "KOFI BOADU"]),
    ("REPUBLIC OF KOSOVO\nMbiemri / Surname: HOXHA\nEmri / Given names: ARDIT\n",
     ["HOXHA", "ARDIT"]),
    ("Surname: SANTOS\nGiven Names: MARIA TERESA\nAddress: Tarlac City",
     ["SANTOS", "MARIA TERESA"]),
])
def test_labels_of_identity_documents(text, found):
    """The English labels of a passport ("Given Names:", "Date of Birth:", "Address:") and the
    other language's label paired with one ("Mbiemri / Surname:") are no names; the values
    after them are."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Gibbs – Ablehnung Chancenkarte, Herr Mateus Oliveira Santos kam mit seiner Frau.",
     ["Mateus Oliveira Santos"]),
    ("Reflexion nach Gibbs, 29.03.2027. Herr Ali Hussein war laut. Glasl Stufe 5?",
     ["Ali Hussein"]),
    ("Herr Gibbs kam zur Vorsprache. Gibbs sagte, er wolle arbeiten.", ["Gibbs", "Gibbs"]),
])
def test_authors_of_reflection_models(text, found):
    """"Gibbs" and "Glasl" alone name a reflection or conflict model; after a form of address
    the word is a person, and then every mention in the note is."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Schreiben der Hausärztin, Praxis Dr. Elke Schwarz, Gelsenkirchen-Buer, 25.11.2026: Frau "
     "Emine Kaplan ist bettlägerig.", ["Elke Schwarz", "Emine Kaplan"]),
    ("Herr Stefan Heller, Inhaber eines Pflegedienstes in Siegen-Weidenau. Frau Dlamini ist "
     "Pflegefachkraft.", ["Stefan Heller", "Dlamini"]),
    ("Landratsamt Rems-Murr-Kreis – Ausländerbehörde. Frau Linden-Hager ist zuständig.",
     ["Linden-Hager"]),
])
def test_districts_and_rural_districts(text, found):
    """A town with a part the lists do not know, after "in" or before a letter's date, and a
    rural district's name ending in "-Kreis" are places; a double surname after "Frau" is a
    person."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Übergabe Ltg. Sachgebiet an Katrin Kaiser (04.12.).", ["Katrin Kaiser"]),
    ("Hrn. Sonntag zurückgerufen (Arbeitgeber). Herr Sonntag sagt, es passt.",
     ["Sonntag", "Sonntag"]),
    ("Liste\n| Lfd | Familienname | Vorname | Geb. |\n| 1 | Rahimi | Omid | 1990 |",
     ["Rahimi", "Omid"]),
    ("Vorsprache 30.12. – Fam. Rexhepi (kosovarisch). Fam. Koch kam danach.",
     ["Rexhepi", "Koch"]),
])
def test_abbreviations_and_table_headers(text, found):
    """An abbreviation without a vowel ("Ltg.", "Lfd") and a table's header row are no names,
    nor is "Fam.": the family's name after it is, also a German word ("Fam. Koch"); "Hrn." is
    a form of address."""
    assert names(text) == found

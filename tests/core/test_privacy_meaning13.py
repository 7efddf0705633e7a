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


@pytest.mark.parametrize("text, found", [
    ("Kontoauszug aus der Türkiye – Hesap Özeti / Kontoauszug (Übersetzung beigefügt)\n"
     "Hesap Sahibi: HÜSEYİN ÖZTÜRK\nTarih: 01.03.2027\nBakiye / Saldo: 412.550,00 TL\n",
     ["HÜSEYİN ÖZTÜRK"]),
    ("ING Bank N.V. – Rekeningafschrift / Kontoauszug\nRekeninghouder: R. de Vries\n",
     ["R. de Vries"]),
    ("Teilnehmende:\n- Ezzahraoui / Dolmetscherin\n- Tesfamariam: kam später",
     ["Ezzahraoui", "Tesfamariam"]),
])
def test_translated_documents(text, found):
    """A document of another language with German beside its words ("Hesap Özeti /
    Kontoauszug") holds that language's labels ("Hesap Sahibi:", "Tarih:"), no names; a
    person beside a role ("Ezzahraoui / Dolmetscherin") is no such pair."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Frau Nadia Ezzahraoui (Dolmetscherin Arabisch/Darija), Frau Sandra Rose (SB)",
     ["Nadia Ezzahraoui", "Sandra Rose"]),
    ("Darija (Tochter von Inmaculada Ferrer) war ebenfalls anwesend.",
     ["Darija", "Inmaculada Ferrer"]),
    ("Eingeladen: Fadime Yılmaz (Mutter), geb. 1951, aus Sivas. Geburtsort Malatya.",
     ["Fadime Yılmaz"]),
    ("Herr Aydın kam aus Kayseri, Frau Ordu begleitete ihn.", ["Aydın", "Ordu"]),
    ("Sie arbeiten laut Zoll bei einem anderen Arbeitgeber. Hinweis an Zoll (FKS).", []),
    ("Herr Zoll rief an, Frau Zoll kommt morgen.", ["Zoll", "Zoll"]),
    ("Wohnraum vorgelegt Punkt Siebenundachtzig Quadratmeter für fünf Personen Punkt Herr "
     "Idrissi unterschreibt.", ["Idrissi"]),
    ("Bescheinigung für meinen Mandanten, geb. 07.06.1994, Herrn Okafor.", ["Okafor"]),
])
def test_languages_places_authorities_and_numbers(text, found):
    """A language after another ("Arabisch/Darija"), a Turkish province ("aus Sivas"), the
    customs ("laut Zoll"), a number written out and "Mandanten" are no names; "Darija" before
    a role, "Herr Aydın", "Frau Ordu" and "Herr Zoll" are people."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Ausbildungsvertrag bei der Fa. Schwab Präzisionstechnik liegt vor. Chayenna Rexwinkel "
     "hat heute angerufen.", ["Schwab", "Chayenna Rexwinkel"]),
    ("Telefonat, Arbeitgeber Jäger Metallbau Esslingen, Herr Thomas Jäger: kommt.",
     ["Jäger", "Thomas Jäger"]),
    ("Verweis an die Refugee Law Clinic Freiburg. Herr Law kam danach.", ["Law"]),
    ("Betreff: Zuständigkeitswechsel Mehdi Hosseini, geb. 30.01.1985", ["Mehdi Hosseini"]),
    ("Rückmeldung von Petra Rose (Praxisanleiterin): Die Notiz ist gut strukturiert.",
     ["Petra Rose"]),
    ("Rückmeldung meiner Praxisanleiterin Heike Vogel zur Woche. Falleinbringerin: Nadine.",
     ["Heike Vogel", "Nadine"]),
])
def test_trades_institutions_and_training_roles(text, found):
    """A firm's trade after its owner's name ("Schwab Präzisionstechnik"), an English
    institution ("Refugee Law Clinic"), a long compound opening a letter's subject and the
    roles of a trainee's reflection ("Praxisanleiterin", "Falleinbringerin") are no names; the
    owner, the people beside the roles and "Chayenna Rexwinkel" are."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Subject: my husband visa\n\nDear Madam Kurz,\nmy husband Muhammad Akram Butt got the visa "
     "in Islamabad. He will come on 12 December. When he must come to your office?\n"
     "Thank you, Rukhsana", ["Kurz", "Muhammad Akram Butt", "Rukhsana"]),
    (">> Dear Sir/Madam, I am from Bangladesh, I have the Blue Card since 2022, my wife Rumana "
     "Begum also works.", ["Rumana Begum"]),
    ("Notiz: mail von fatima, the visa is ready. tel. mit igor mederski – unterlagen kommen",
     ["fatima", "igor mederski"]),
])
def test_english_clauses_and_countries(text, found):
    """Lower-case words of an English mail ("my husband", "he must come to") and a country in
    English ("from Bangladesh") are no names; the names in the mail and names typed in lower
    case beside English words are."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Aufenthalt seit fünf Jahren mit Titel, Lebensunterhalt gesichert. Hinweis: Titel "
     "erlischt nach sechs Monaten.", []),
    ("Frau Titel kam zur Vorsprache.", ["Titel"]),
    ("Die BA hat zugestimmt (Westbalkanregelung, Kontingent 2026). Bitte Titel für Frau "
     "Stanković.", ["Stanković"]),
    ("Mi: Wartebereich voll, Security gerufen (Herr Braun von Kötter).", ["Braun"]),
    ("Stadt Suhl / Thüringer Landesverwaltungsamt, Erstaufnahmeeinrichtung Suhl. Frau "
     "Thüringer Landesamt kam.", ["Thüringer"]),
    ("Weiterleitung an das Sächsische Staatsministerium, Herr Bayerische meldet sich.",
     ["Bayerische"]),
])
def test_office_words_and_institutions(text, found):
    """Office words the lists lacked ("Titel", "Kontingent", "Security") and an institution
    named with a Land's adjective ("Thüringer Landesverwaltungsamt") are no names; after
    "Frau" or "Herr" the same words are."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Personalausweis-Nr.: LZ6098TMW4\nEingeladene Person: Name: Santos", ["Santos"]),
    ("Geschiedene Ehefrau: Irene Okafor. Verstorbener Vater: Emeka Okafor", ["Irene Okafor",
                                                                            "Emeka Okafor"]),
])
def test_participles_of_strong_verbs(text, found):
    """An inflected participle of a strong verb opening a label ("Eingeladene Person:",
    "Geschiedene Ehefrau:") is no name; the people after the labels are."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Herr Shah Wardakzai: Widerruf des subsidiären Schutzes wird nicht eingeleitet.",
     ["Shah Wardakzai"]),
    ("Herr Schneider kam. Schneiders Akte liegt vor.", ["Schneider", "Schneider"]),
    ("Herr Duale aus Syrien wartet. In Herrn Duales Unterlagen lag eine Kopie.",
     ["Duale", "Duale"]),
])
def test_genitive_of_a_noun(text, found):
    """A meaning word's genitive in "-es" ("des Schutzes") is no surname's ("Schutze" + s); a
    surname's genitive in "-s" stays one ("Schneiders Akte", "Duales" though "Dual" is a
    noun too)."""
    assert names(text) == found


def test_labels_of_an_ocr_copy():
    """In an OCR copy of a passport a bilingual label ends with a wide gap, not a colon
    ("Vornamen/Given names  ANDRII"): its English words are no name, the value is."""
    text = ("Reisepass / Passport               Typ/Type P\nName/Surname  SHEVCHENKO\n"
            "Vornamen/Given names  ANDRII\nPass-Nr. FT 472 193")
    assert names(text) == ["SHEVCHENKO", "ANDRII"]

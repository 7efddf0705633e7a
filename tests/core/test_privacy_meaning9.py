"""Ordinary words the name rules took for names, kept by their place or by the word data:
nationality abbreviations before a document, abbreviations and labels, institutions and places,
trades, contractions — and the real names beside them, which must still be found."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize("text, word", [
    ("Zustimmung ist nötig.\nSerb. Pässe: 013857741, 013857760", "Serb"),
    ("Fiktionsbescheinigung ausgestellt.\nUkr. Reisepass FA 318927", "Ukr"),
    ("Gehalt über Tarif.\nKolumb. Reisepass AW 418 392", "Kolumb"),
    ("Steuer-ID liegt vor.\nChin. Pass: EF 3391827", "Chin"),
    ("Tel. 0375 / 3 90 17 42\nAlban. Pass: BK 4418290", "Alban"),
    ("Vorabzustimmung an die Botschaft.\nUsbek. Pass: FA 7716235", "Usbek"),
    ("Beide legen Tun. Pässe vor.", "Tun"),
    ("Er hat Pak. Pässe und eine Geburtsurkunde.", "Pak"),
])
def test_nationality_abbreviations_before_a_document(text, word):
    """A nationality's abbreviation before a passport or a citizenship is read from the
    countries and nationality words of the data, for every country: never a name, also
    where the word is a listed first name ("Chin", "Alban")."""
    assert word not in names(text)


def test_listed_first_names_without_a_document_after_them():
    """Near misses: the same words as names, with no document after the full stop."""
    assert names("Gestern rief Alban an. Pass auf dich auf, sagte er.") == ["Alban"]
    assert names("Termin mit Herrn Alban Shehu.") == ["Alban Shehu"]


@pytest.mark.parametrize("text, word", [
    ("Er arbeitet seit 20 Monaten 30 Std./Woche.", "Std"),
    ("Regierungspräsidium Karlsruhe – Abt. 8, Referat 85", "Abt"),
    ("Protokoll\nAnwesend: Fuchs, Sauer; Gast: Herr Rezan Kılınç", "Gast"),
    ("Protokoll\nAnwesend: Roth, Feld; Gäste: Frau Berivan Aslan", "Gäste"),
    ("Angaben\nVornamen / Given names: Yaw Darko\nWohnort / Address: Greifswald", "Given"),
    ("Angaben\nVornamen / Given names: Yaw Darko\nWohnort / Address: Greifswald", "Address"),
    ("Rückruf bis 12 Uhr.\nKanzlei: 0361 – 55 43 09 10, kanzlei@baran-recht.de", "Kanzlei"),
    ("Nadine Herbst: bescheinigung AfA kommt nächste Woche", "AfA"),
    ("Name: Amrani\nStaatsangeh.: marokk.\nAnschrift folgt", "Staatsangeh"),
])
def test_abbreviations_and_labels(text, word):
    """Abbreviations beside a number or before a lower-case word, an abbreviation ending in a
    capital, field labels and the English words of a bilingual label stay."""
    assert word not in names(text)


def test_names_beside_labels_are_found():
    """The names after the labels are still found."""
    found = names("Protokoll\nAnwesend: Fuchs, Sauer; Gast: Herr Rezan Kılınç")
    assert "Rezan Kılınç" in found and "Gast" not in found
    assert "Yaw Darko" in names("Angaben\nVornamen / Given names: Yaw Darko")


@pytest.mark.parametrize("text, word", [
    ("Frau Reddy (Physikerin, Max-Planck-Institut) zeigt die Geburt an.", "Max-Planck-Institut"),
    ("Herr Chen (Forschender am Fraunhofer-Institut) verlängert.", "Fraunhofer-Institut"),
    ("Pfarrerin Dorothea Engel (St. Markus) ruft an.", "Markus"),
    ("Arbeitgeber: Praxis Dr. Vogelsang, Erfurt-Nord. Gehalt über der Grenze.", "Erfurt-Nord"),
    ("Name: Abrehet Kidane\nGeburtsdatum: 15.05.1999  Ort: Mendefera\nSprache: Tigrinya",
     "Mendefera"),
    ("Name: MAHNAZ\nGeburtsort: Schiraz\nStaatsangehörigkeit: Iran", "Schiraz"),
    ("wie die Schreiben an die Botschaft von Mali belegen.", "Mali"),
    ("Vorsprache Herr Azad Bêrî (Ezide, Irak) und Frau Jiyan Kaso", "Ezide"),
    ("1. Quaye, Esi (Dolmetscherin Twi)\n2. Nnamdi Obiora", "Twi"),
])
def test_institutions_places_and_languages(text, word):
    """Institutions named after people, a parish, a town's district, a place in a form's
    place field, a country after an embassy, a religion and an interpreter's language."""
    assert word not in names(text)


def test_names_beside_institutions_are_found():
    """The people beside them are still names."""
    assert "Dorothea Engel" in names("Pfarrerin Dorothea Engel (St. Markus) ruft an.")
    assert "Vogelsang" in names("Arbeitgeber: Praxis Dr. Vogelsang, Erfurt-Nord.")
    assert names("Vorsprache Herr Azad Bêrî (Ezide, Irak)") == ["Azad Bêrî"]


@pytest.mark.parametrize("text, word", [
    ("Zusage für eine Ausbildung zum Maler und Lackierer ab 01.02.2027.", "Lackierer"),
    ("Herr Trần Quốc Bảo (vietn. StA, Auszubildender Hotelfachmann) zur Verlängerung.",
     "Hotelfachmann"),
    ("Die Tochter musste lachen: „Sie sagt, Sie haben warme Hände.“", "Hände"),
    ("Betreff: Hotline für Ältere\n\nSehr geehrte Frau Kühn,", "Ältere"),
    ("Eine Ausbildungsduldung kommt in Betracht, sofern die Identität geklärt ist.",
     "Betracht"),
    ("Das Verfahren wegen Wartens auf die Akte ruht.", "Wartens"),
    ("Eingestellt. Ausländerrechtlich ohne Belang, zur Akte.", "Ausländerrechtlich"),
])
def test_trades_and_nouns_the_data_knows_in_another_form(text, word):
    """A trade whose woman the data knows, a noun that matches a foreign first name only
    without its umlaut, a nominalised adjective, a verb's genitive, an adjective of a noun."""
    assert word not in names(text)


@pytest.mark.parametrize("text", [
    "nicht verwechseln, ich hab's im vermerk zweimal falsch getippt",
    "in der liste war's verdreht. termin 14.12. 9 uhr",
    "im mai gibt's dazu eine schulung für alle.",
])
def test_contractions_in_lower_case_notes(text):
    """A verb with its "es" ("hab's", "war's", "gibt's") is no name."""
    assert not any("'" in found for found in names(text))


@pytest.mark.parametrize("text, expected", [
    ("Herr Kaiser kam mit seiner Ausbilderin.", ["Kaiser"]),
    ("Frau Licht hat angerufen.", ["Licht"]),
    ("Fischer hat angerufen.", ["Fischer"]),
    ("Ausgefertigt am 26.11.2026, Urkundsbeamtin Licht", ["Licht"]),
    ("Anwesend: Hr. Strauß, Anw. Sommerfeld (Protokoll)", ["Strauß", "Sommerfeld"]),
    ("Ausweisersatz für Engelmann verlängert.", ["Engelmann"]),
    ("Antrag Goydi, Lakis. Eingang Mail", ["Goydi", "Lakis"]),
    ("Herr Hände kam zum Termin.", ["Hände"]),
])
def test_real_names_are_still_found(text, expected):
    """Near misses: surnames that are German words, a name after a clerk's role or an
    abbreviated lawyer, a surname built like a compound, a name before a full stop."""
    assert names(text) == expected

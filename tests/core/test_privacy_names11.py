"""Names by layout and in sentences (session ten, second wave): each frame with a near miss,
the same word in its ordinary meaning in the same frame."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # a first name that is a German word too ("mal"), after a particle and before a noun
    ("tochter übersetzt. nächstes mal dolmetsch bestellen!!", []),
    ("wollte ich nur mal loswerden", []),
    # ... after an article, before a dictated comma
    ("studentin an der tu komma sie hat ihre bestätigung nicht", []),
    # near miss: a first name that is a word too, first in its sentence, before its surname
    ("mari tangen war heute ohne termin da", ["mari tangen"]),
    ("vermerk zu el amrani youssef neu zugezogen", ["el amrani youssef"]),
])
def test_lower_case_first_name_that_is_a_word(text, expected):
    """A listed first name that German has as a word takes a following German word as its
    surname only where no determiner or particle makes it the word."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "fr" without its full stop is Friday before a preposition
    ("duldung läuft fr ab! dringend.", []),
    # near miss: "fr" before a surname
    ("fr hahn war heute sauer", ["hahn"]),
    # a title after "fr." is no name; the surname after it is
    ("rückruf rä fr. dr. lange-vogel wg frist", ["lange-vogel"]),
])
def test_lower_case_after_fr(text, expected):
    """After "fr" a preposition or a doctor's title is no name; a surname is."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Firma: Gärtnerei Sommer & Söhne, Ansprechpartner: Georg Lindner", ["Sommer", "Georg Lindner"]),
    ("Arbeitgeber: Gebäudereinigung Winter GmbH, Bochum", ["Winter"]),
    # near misses: a quarter, a city, a word the lists lack as a name, a brand
    ("Arbeitgeber: Pflege Nord GmbH, Bochum", []),
    ("Arbeitgeber: Stadtwerke Bochum GmbH", []),
    ("Arbeitgeber: Bäckerei Brot GmbH", []),
    ("Im Winter kam die Gebäudereinigung mit der GmbH nicht klar.", []),
])
def test_trade_firm_named_after_its_owner(text, expected):
    """A trade's noun, a listed surname that is a German word too, then the legal form: the
    word names the owner."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("hey jule, hast du die akte noch? der anwalt ruft gleich an", ["jule"]),
    ("Termin um 9 ist abgesagt.\nmoin tarek! akte liegt bei mir", ["tarek"]),
    # near misses: a greeting of all or of "du", a pet name
    ("hallo zusammen, wer hat die akte?", []),
    ("hey du, hast du die akte?", []),
])
def test_lower_case_greeting(text, expected):
    """A salutation on a line's start greets a listed first name, typed in lower case."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("jan: drucker spinnt wieder\njan: kannst du drucken?\nIlhan: ja schick sie hoch",
     ["jan", "jan", "Ilhan"]),
    # near misses: a plan's months, a form's fields (one of them a listed first name)
    ("jan: urlaub\nfeb: fortbildung", []),
    ("art: befristet\nort: bochum", []),
])
def test_lower_case_chat_speaker(text, expected):
    """A chat's speaker typed in lower case, where most labelled lines have a first name."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Übergabe Schreibtisch (Team 3) – Anke an Levent, 04.12.2026\n• Akte 3 offen", ["Anke", "Levent"]),
    ("Übergabe Fälle Bach (Urlaub ab Mo):\n- Akte 3 offen", ["Bach"]),
    # near misses: a file handed to a unit, the cases of a team
    ("Übergabe – Akte an Registratur, 04.12.2026", []),
    ("Übergabe Fälle Aufenthalt:\n- Akte 3 offen", []),
])
def test_hand_over_in_words(text, expected):
    """A hand-over line names who hands over to whom before the date, and whose cases."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("kannst du drucken? sie wartet bei ute", ["ute"]),
    # near misses: an adjective after "zu", a name that is a word too, an English word
    ("die wartezeiten sind aber zu lang, und wir bekommen beschwerden", []),
    ("das passt schon mit lang.", []),
    ("wlan gibt es hier for free.", []),
])
def test_lower_case_short_first_name_after_preposition(text, expected):
    """A short listed first name, no word, after a preposition and closing its clause."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("fragt ob wir die dupont-akte haben. braucht nix.", ["dupont"]),
    ("Haben wir die Dupont-Akte?", ["Dupont"]),
    # near misses: the kind of file, the office's file, a German word before "-Akte"
    ("Haben wir die E-Akte, die Ausländer-Akte und die Papier-Akte?", []),
    ("die familien-akte liegt bei der asyl-akte", []),
])
def test_file_named_after_its_client(text, expected):
    """A word German does not have before "-Akte" names the client whose file it is."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In dem Asylverfahren des / der  BAH, Alpha Oumar\ngeb. 10.10.1999", ["BAH", "Alpha Oumar"]),
    # near misses: an office's abbreviation before a first name, a surname in capitals before a
    # place
    ("Meldung an AZR, Anna prüft.\nDanke", ["Anna"]),
    ("Antrag von WINTER, Hannover, am 1.2.1990", []),
])
def test_surname_in_capitals_before_first_names(text, expected):
    """A register's "SURNAME, Firstname": a listed name in capitals, also one that is a word,
    before listed first names that close the line."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("rückruf wg hamidi, az 4 K 1187/26 nochmal fragen", ["hamidi"]),
    # near misses: what a call is about, a German word or a compound
    ("Anruf wg beschwerde, AZ 3 prüfen", []),
    ("Anruf wg. kita-bescheinigung, bitte AZ 3 prüfen", []),
])
def test_lower_case_name_after_wg(text, expected):
    """After "wg" ("wegen") a word German does not have is whom the note is about."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lena Koch spricht die Dolmetscherin an. Nächste Runde: Koch soll den Klienten anschauen.",
     ["Lena Koch", "Koch"]),
    # near misses: the noun with its article, a season after a preposition and its article
    ("Herr Koch kam. Der Koch soll den Herd putzen.", ["Koch"]),
    ("Frau Sommer kam. Im Sommer soll die Frist enden.", ["Sommer"]),
])
def test_found_name_before_modal_and_object(text, expected):
    """A name found elsewhere that is a word too, opening a clause before a modal verb and its
    object, is that person again."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zur Kenntnis.\n\nz.K. an Lea, ist EU-Bürger, nichts zu veranlassen.", ["Lea"]),
    ("Zur Kenntnis an Winter: Familiennachzug wird geprüft.", ["Winter"]),
    # near misses: a unit, a team, everyone
    ("z.K. an Registratur, bitte ablegen", []),
    ("z.K. an Team.", []),
    ("z.K. an Alle.", []),
])
def test_sent_for_information(text, expected):
    """"z.K. an X" names whom the file goes to: a listed name, also one that is a word."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Gericht bittet um Mitteilung.\nHecht, Vorsitzender Richter am VG", ["Hecht"]),
    ("Mit Grüßen\nKurz, Richterin am VG", ["Kurz"]),
    # near misses: a word, a place or a greeting before the office
    ("Termin, Sachbearbeiterin", []),
    ("Bochum, Rechtsanwalt", []),
    ("Grüße, Referentin", []),
])
def test_signature_line_with_office(text, expected):
    """A line "Surname, office" signs a letter: a surname that is a word too counts."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("post: silva – zustellung gescheitert, neue adresse? melderegister prüfen.", ["silva"]),
    ("erledigt: singh (verlängert). offen: hamdo – pass abgelaufen!", ["singh", "hamdo"]),
    # near misses: German words and abbreviations as the list's items
    ("todo: eat (abholen), fiktion – drucken", []),
    ("info: kita – bescheinigung fehlt", []),
])
def test_lower_case_quick_list_item(text, expected):
    """An item of a quick list before a dash or a bracket is a name where German lacks it."""
    assert names(text) == expected

"""Names the layout of a note gives away, tenth session: "Surname, Firstname" as one person
also before a colon, a data sheet's dot or an identifier and after a numbered item; the
speakers of a chat or of minutes named by one word, and a quoted speaker; a last line signed
with a name and the date or team; a hand sign beside the bracketed name; a form of address
inside a list of names — and the near misses of each frame (form fields, places, days,
greetings, ordinary words), which must stay as they were."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Übergabe:\n- Kurt, Emre: Duldung verlängert\n- Haji, Rashid: Unterlagen vollständig",
     ["Kurt, Emre", "Haji, Rashid"]),
    ("Abholung\n4. Keita, Mariama – abgeholt\n5. Xu, Jiahui – abgeholt",
     ["Keita, Mariama", "Xu, Jiahui"]),
    ("Aktenvermerk vom 04.12.2026\nBetr.: Munteanu, Ionuț, AZR 050504221317\nHerr Munteanu kam.",
     ["Munteanu, Ionuț", "Munteanu"]),
    ("Änderungsmeldung\nGómez Herrera, Mateo · geb. 04.12.1994\nalte Anschrift: folgt",
     ["Gómez Herrera, Mateo"]),
    ("Datenblatt\nGhebremedhin, Merhawi · geb. 01.01.2002 · Eritrea",
     ["Ghebremedhin, Merhawi"]),
    ("AV vom 22.01.: Vorspr. Samadi, Arash, geb. 07.03.1985, StA afgh.", ["Samadi, Arash"]),
    ("Mitteilung in Strafsachen gegen Sokolov, Dmitri, geb. 29.11.1994 in Nowosibirsk",
     ["Sokolov, Dmitri"]),
])
def test_an_inverted_name_is_one_person_in_more_layouts(text: str, names: list[str]) -> None:
    """A surname, a comma and a first name are one finding also where the list's item goes on
    after a colon, a data sheet's dot or ", AZR …", after a numbered item (where a
    two-letter surname is found at all only in this frame), and anywhere before ", geb."."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Anwesend: Noor, Mohammad: beide da", ["Noor", "Mohammad"]),
    ("Vorsprache mit Noor, Mohammad, geb. 01.01.1990", ["Noor", "Mohammad"]),
    ("Termine:\n- Montag, Maria: Rückruf", []),
    ("Vorschlag:\n1. Termin, danach Rückruf – bitte", []),
    ("Yilmaz, Demir, Dolmetscher, Betreuerin", ["Yilmaz", "Demir"]),
])
def test_two_people_or_ordinary_words_stay_apart(text: str, names: list[str]) -> None:
    """A first name before the comma (two people), a day or a word before it, and a list
    of several words keep their findings as they were."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Specht: heute bin ich nicht der teebeauftragte, oder?\nThomsen: nein\n"
     "Specht: dann hol ich mir selbst einen", ["Specht", "Thomsen", "Specht"]),
    ("Kurzprotokoll Teamrunde 10.11.\n– Linke: neue Dienstanweisung kommt im Januar\n"
     "– Knappe: Dolmetscherpool erweitert\n– Strauß: Rückstau Blaue Karte", ["Linke", "Strauß"]),
    ("Nachweise fehlen.\nAssoziationen: Lea: \"Ich denke an meine eigene Schwangerschaft.\"",
     ["Lea"]),
])
def test_one_word_speakers_of_a_chat_or_minutes(text: str, names: list[str]) -> None:
    """Lines that open with one name and a colon, two at least, are a chat's or minutes'
    speakers, also where the name is a word too ("Specht", "Linke"); a listed first name
    before a colon and a quotation is the speaker quoted."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Gesprächsnotiz\nFazit: gut\nErgebnis: offen",
    "Protokoll\n– Ergebnis: Antrag vollständig\n– Termin: nächste Woche",
    "Stand: 04.12.\nIBAN: DE12 3456\nAn: das Jobcenter",
    "Specht: bitte die Akte prüfen.",
    "Anmerkung:\nFrage: „Wie lange dauert das?“",
    "Plan\nMontag: Sprechstunde\nDienstag: Team",
    "Daten\nArt: Vorsprache\nZimmer: 3.12",
    "Daten\nArt: Vorsprache\nZeit: 10 Uhr\nOrt: Raum 2\nGrund: Pass",
])
def test_form_fields_and_a_lone_label_are_no_speakers(text: str) -> None:
    """A form's field labels, labels in capitals, a single line with a word that is also a
    name, a label before a quotation that is no name, a plan's days, and field labels that
    are surnames too ("Art", "Zimmer": two lines only, or fewer than half the labels) stay
    unfound."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Zustimmung BA nicht erforderlich.\nFink, 28.11.", ["Fink"]),
    ("Familie seit vier Jahren nicht gesehen.\nHase / SG 32", ["Hase"]),
    ("Bitte prüfen.\nErfurt, 04.12.", []),
    ("Bitte prüfen.\nMontag, 04.12.", []),
    ("Das ist erledigt.\nGruß, 04.12.", []),
    ("Bitte prüfen.\nDanke, 04.12.", []),
])
def test_a_last_line_of_a_name_and_date_or_team_signs_the_note(
        text: str, names: list[str]) -> None:
    """A last line of a listed name with the date or the writer's team is the signature;
    a place, a day, a greeting or a word before a date stays."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("eAT ausgegeben\nbearb.: Ja (Janssen)", ["Ja", "Janssen"]),
    ("erledigt, gez. Mü (Müller)", ["Mü", "Müller"]),
    ("Antwort: Ja (Jannik)\n", ["Jannik"]),
    ("Ist das erledigt?\nJa (Jahr)", []),
])
def test_a_hand_sign_beside_its_bracketed_name(text: str, names: list[str]) -> None:
    """A short sign that starts the bracketed name after it is the same person; a sign that
    is a word ("Ja") only after a signature's abbreviated cue, and never before a word."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Berater: Nagel, Herzberg, Fr. Vollmer (Integrationsbeauftragte, Gast)",
     ["Nagel", "Herzberg", "Vollmer"]),
    ("Themen: Urlaub, Haushalt, Fr. Vollmer", ["Vollmer"]),
])
def test_a_form_of_address_inside_a_list_of_names(text: str, names: list[str]) -> None:
    """Inside a list of names an item with its form of address counts as a name found, so a
    surname that is a word ("Herzberg") joins; a list of words stays."""
    assert _persons(text) == names

"""Colleagues named in the frames any office's writer uses, generalised from two hands' notes
(thirteenth session) and written with other names and keywords than those notes: a work list's,
a tray's or a stand-in's title ("Wiedervorlage Kranz – offene Fälle", "Vertretung Krebs bis
18.12."), whom a note is for or one consulted ("Vermerk für Ritter – …", "Rücksprache mit
Hahn am Montag"), a signature's cue on a note of one line ("gez. Ritter, 04.12.2026"), an
English salutation ("Dear Madam Hahn,"), a role as a heading ("Klassenleiterin: Fuchs"), a
name in single quotes after the word for a name, a first name told apart by the room or unit
("Hans aus 3.14 weiß Bescheid") — and the same words in their ordinary sense, which stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Wiedervorlage Kranz – offene Fälle\n1. Frau Demir, Pass fehlt", ["Kranz", "Demir"]),
    ("Vertretung Krebs bis 18.12.\nHerr Ahmadi ruft wegen Fiktion an", ["Krebs", "Ahmadi"]),
    ("Strichliste Meister (KW 50)\nMo 12 | Di 9", ["Meister"]),
    ("Fristenliste Zahn, Stand 01.12.\n05.12. Herr Nowak", ["Zahn", "Nowak"]),
    ("Urlaubsvertretung Graf: bitte Akten Tran und Popescu prüfen", ["Graf", "Tran", "Popescu"]),
    ("Akten ohne Termin\nPostkorb Schenk\n– Antrag Frau Ivanova", ["Schenk", "Ivanova"]),
])
def test_a_lists_trays_or_stand_ins_title_names_its_keeper(text: str, names: list[str]) -> None:
    """A work list, a tray or a stand-in's title names its keeper after the list's word, also
    a surname that is a word and one no list has ("Meister", "Zahn"), also on a later line
    the list's word opens."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Wiedervorlage Dezember – offene Fälle\n1. Akte prüfen",
    "WV-Liste Einbürgerung, Stand 02.12.\n03.12. Rückruf",
    "Vertretung Urlaub: keine\nbitte Akten prüfen",
    "Postkorb Eingang\n– Antrag eingegangen",
    "Strichliste Winter 2026\nMo 12 | Di 9",
    "Vertretung Sommer 2026\nbitte Akten prüfen",
    "Strichliste Akten, Stand 01.12.\n5 offen",
])
def test_a_lists_title_keeps_its_month_team_and_ordinary_words(text: str) -> None:
    """A month, a team, a season with its year or a frequent noun in a list's title is no
    keeper."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Vermerk für Ritter – bitte Akte ziehen.", ["Ritter"]),
    ("Notiz für Kranz: Rückruf bei Frau Begum.", ["Kranz", "Begum"]),
    ("Nach Rücksprache mit Krebs wird die Frist verlängert.", ["Krebs"]),
    ("Rücksprache mit Schenk am Montag, dann Bescheid.", ["Schenk"]),
    ("Telefonat mit Hahn: Pass liegt vor.", ["Hahn"]),
    ("gez. Ritter, 04.12.2026", ["Ritter"]),
    ("gez. Kranz", ["Kranz"]),
    ("Dear Madam Hahn,\nmy wife got the visa.", ["Hahn"]),
])
def test_whom_a_note_is_for_or_who_was_consulted_or_signed(text: str, names: list[str]) -> None:
    """Whom a note is for, whom one consulted without an article, who signed after "gez." on
    a one-line note, whom an English mail greets with "Dear Madam": a surname that is a word
    too is the person there."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Nach Rücksprache mit der Teamleitung wird die Frist verlängert.",
    "Rücksprache mit Jobcenter erfolgt.",
    "Rücksprache mit Abteilung 3 erfolgt.",
    "Notiz für Akte: Pass liegt vor.",
    "Vermerk für Montag – bitte Akte ziehen.",
    "Notiz für Rückfragen, bitte anrufen.",
    "gez. Unterschrift",
    "Dear Madam or Sir,\nmy wife got the visa.",
])
def test_routing_frames_keep_offices_days_and_greetings(text: str) -> None:
    """An office, a unit, a day, a file or a greeting's words in those frames stay."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Klassenleiterin: Fuchs", ["Fuchs"]),
    ("Teamleitung: Ritter", ["Ritter"]),
    ("Betreuerin: Rose Krebs (Caritas)", ["Rose Krebs"]),
])
def test_a_role_as_a_heading_names_its_holder(text: str, names: list[str]) -> None:
    """Any person's role as a line's heading, not only the listed headings' words, names the
    one who holds it where only names follow."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Betreuerin: Caritas Kassel",
    "Vormund: Jugendamt Kassel",
    "Teamleitung: Einbürgerung",
])
def test_a_role_heading_keeps_offices(text: str) -> None:
    """An office or a team after a role's heading is no person."""
    assert _persons(text) == []


def test_a_name_in_single_quotes_after_the_word_for_a_name() -> None:
    """"den Namen 'Krebs'" as "den Namen „Krebs“": in any quotation marks the name."""
    assert _persons("Sie möchte künftig den Namen 'Krebs' führen.") == ["Krebs"]
    assert _persons("Sie nennt das Projekt 'Sommer'.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Für das nächste Mal: Hans aus 3.14 weiß Bescheid und kommt dazu.", "Hans"),
    ("Wichtig: Petra aus Zimmer 12 hat den Schlüssel.", "Petra"),
    ("Tipp: Heide vom Empfang kennt die Familie.", "Heide"),
    ("Zum Glück: Fritz aus der Registratur hatte die Akte.", "Fritz"),
    ("Danach kam Eva aus dem Team 2 dazu.", "Eva"),
    ("Ernst von nebenan hat mitgeschrieben.", "Ernst"),
])
def test_a_first_name_told_apart_by_room_or_unit(text: str, name: str) -> None:
    """A first name that is a word too, before the room's number or the office's unit its
    person works in, is that colleague, also after a colon."""
    assert _persons(text) == [name]


@pytest.mark.parametrize("text", [
    "Die Heide aus Niedersachsen ist schön.",
    "Mark aus dem Ausland wird umgerechnet.",
    "Die Iris aus dem Auge.",
    "Der Gruß aus Zimmer 3 kam an.",
    "Sonst lasse ich Sie vom Sicherheitsdienst hinausbringen.",
])
def test_words_before_where_they_come_from_stay(text: str) -> None:
    """With its article, or before a place that is no office's unit, such a word is ordinary;
    a pronoun there is none ("Sie vom Sicherheitsdienst")."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Heide, kannst du das übernehmen?", ["Heide"]),
    ("Danke. Lange, bist du morgen da?", ["Lange"]),
    ("Gestern hat Heide die Familie besucht.", ["Heide"]),
    ("Bitte um Rückruf.\nMit freundlichen Grüßen\nKranz", ["Kranz"]),
    ("Sachbearbeiter: Zahn\nAz. folgt", ["Zahn"]),
])
def test_colleagues_addressed_acting_or_signing(text: str, names: list[str]) -> None:
    """Whom a sentence addresses before a verb with "du", the subject between "hat" and its
    object before a person's participle, a rare noun alone under a closing greeting or after
    a heading that names a person by what she does."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Ja, du darfst das sagen.",
    "Übrigens, kannst du das übernehmen?",
    "Sommer, du weißt ja, ist hier immer stressig.",
    "Gestern hat Ernst die Lage erkannt.",
    "Danke.\nViele Grüße\nIhr Team",
    "Danke.\nViele Grüße\nAusländerbehörde",
    "Arbeitgeber: Ford-Werke GmbH, Köln-Niehl",
])
def test_answers_participles_greetings_and_firms_stay(text: str) -> None:
    """An answer before ", du", a participle no person's act, an office under a greeting and
    a firm after a role a firm fills are no persons."""
    assert _persons(text) == []


def test_and_co_is_no_partner() -> None:
    """"Hahn & Co. KG": the owner is a person, "Co" is the firm's word."""
    assert _persons("Beschäftigt bei der Fa. Hahn & Co. KG.") == ["Hahn"]


def test_a_place_that_is_a_listed_surname_is_consulted_too() -> None:
    """"Rückfrage bei Adler": a place that is a listed surname too is the person consulted;
    a title in the plural names its keeper as in the singular ("Wiedervorlagen Engel")."""
    assert _persons("Rückfrage bei Adler: Pass fehlt noch.") == ["Adler"]
    assert _persons("Wiedervorlagen Engel, Stand 03.12.\n08.12. Frau Yıldız") == [
        "Engel", "Yıldız"]


@pytest.mark.parametrize(("text", "names"), [
    ("Info: Petra heute krank, bitte Termine verteilen.", ["Petra"]),
    ("Hans morgen wieder da.", ["Hans"]),
    ("Ernst ab Montag im Urlaub, Vertretung Tom.", ["Ernst", "Tom"]),
    ("Krebs und Hahn heute im Homeoffice.", ["Krebs", "Hahn"]),
    ("Winter ist heute krank.", ["Winter"]),
    ("- Sauer: krank\n- Graf: Urlaub", ["Sauer", "Graf"]),
])
def test_who_is_away_or_back(text: str, names: list[str]) -> None:
    """A name that is a word too opening a clause or a list's line, then when, then a state
    only a person is in (ill, on leave, at home, back), is that colleague."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Der Server heute nicht erreichbar.",
    "Im Winter oft krank.",
    "Alle heute im Homeoffice.",
    "Team 3 morgen auf Schulung.",
    "Strom wieder da.",
    "Montag: frei.",
    "Lange krank gewesen, jetzt wieder im Dienst.",
])
def test_things_and_groups_away_stay(text: str) -> None:
    """A thing, a season after its preposition, a group, a team, a day or an adverb without a
    time after it in that frame is no person."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Morgen: Eva fragen wegen Dolmetscher.", "Eva"),
    ("To do:\n- Hahn anrufen\n- Akte ziehen", "Hahn"),
    ("Danach bitte Krebs Bescheid geben, dass der Pass da ist.", "Krebs"),
    ("Schenk zurückrufen (0561 12345).", "Schenk"),
])
def test_a_to_dos_person(text: str, name: str) -> None:
    """A name that is a word too opening a to-do, before a verb of calling, asking or telling,
    is whom to contact."""
    assert _persons(text) == [name]


@pytest.mark.parametrize("text", [
    "To do:\n- Jobcenter anrufen\n- Schule informieren",
    "Kita fragen, ob Platz frei.",
    "Team informieren.",
    "Alle informieren.",
    "Kurz anrufen und nachfragen.",
])
def test_a_to_dos_offices_and_groups_stay(text: str) -> None:
    """An office, a team or a group to contact is no person, nor an adverb opening a to-do."""
    assert _persons(text) == []

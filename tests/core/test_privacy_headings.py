"""Names that a heading, a list or an office abbreviation announces (headings.py, the lists
of layout.py, the roles of wordclass.py): surnames that are also German words where minutes,
forms and signatures put them."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Teilnehmende: Fuchs, Lange, Winter und Koch\nThemen: Rückstände", ["Fuchs", "Lange",
                                                                       "Winter", "Koch"]),
    ("Entschuldigt: Wiebrecht (krank)", ["Wiebrecht"]),
    ("Anwesend: Frau Koch, SB Krause, Hr. Vogt\nEntschuldigt: Fr. Dr. Lange",
     ["Koch", "Krause", "Vogt", "Lange"]),
    ("Nachname: Winter\nVorname: Silke", ["Winter", "Silke"]),
    ("Name, Vorname: Koch, Anna\nGeb.-Datum: siehe Pass", ["Koch", "Anna"]),
    ("Bescheid ist raus.\ngez. Winter", ["Winter"]),
    ("Mit der Bitte um Kenntnisnahme\ni. A. Becker", ["Becker"]),
])
def test_a_heading_announces_people(text: str, names: list[str]) -> None:
    """Behind "Anwesend:", "Entschuldigt:", a form's "Nachname:" or a signature's "gez." the
    words are people, also where they are German words ("Winter", "Koch", "Lange")."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Anwesend: Jobcenter, Caritas, Team 3 und Heimleitung",
    "Verteiler: Sozialamt, Fallmanagerin, Ausländerbehörde",
    "Protokoll: Im Winter ist das Zimmer kalt, der Koch fehlt.",
    "Name: siehe Anlage",
])
def test_a_heading_before_offices_or_a_sentence_finds_nobody(text: str) -> None:
    """Offices, teams and functions in a list are no people, and a sentence after a heading
    is read as a sentence."""
    assert _persons(text) == []


def test_a_list_ends_at_the_sentence_after_it() -> None:
    """The list of those present ends with its line's last item: the sentence after it on the
    same line keeps its words ("Unterzeichnerin. Telefonnotiz 19.02.: …")."""
    text = "Anwesend: Arnold Molnár, Unterzeichnerin. Telefonnotiz 19.02.: Frau Lagarde rief an."
    assert _persons(text) == ["Arnold Molnár", "Lagarde"]


@pytest.mark.parametrize(("text", "names"), [
    ("SB Krause hat die Akte übernommen.", ["Krause"]),
    ("TL Winter bittet um Rückmeldung.", ["Winter"]),
    ("Hrn. Fuchs zurückgerufen, Termin steht.", ["Fuchs"]),
])
def test_the_offices_abbreviations_are_forms_of_address(text: str, names: list[str]) -> None:
    """"SB" (Sachbearbeiterin), "TL" (Teamleitung) and "Hrn." (Herrn) stand before a name as
    "Frau" does."""
    assert _persons(text) == names


def test_a_list_of_names_goes_on_behind_a_comment() -> None:
    """A list of people stays one list where an item carries a bracketed comment
    ("Kalinina (neu seit Dezember), Vogt (entschuldigt)"): the last surname is found too."""
    text = ("Dienstbesprechung Team 3, 17.12.26: Heinemeyer, Kiesewetter, Brandes, Sauer, "
            "Kalinina (neu seit Dezember), Vogt (entschuldigt).\nThemen: Rückstand")
    assert "Vogt" in _persons(text)

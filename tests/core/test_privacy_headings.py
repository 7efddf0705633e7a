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


@pytest.mark.parametrize(("text", "names"), [
    ("Kontoinhaber laut Auszug T. Fashola; vermutlich der Ehemann.", ["T. Fashola"]),
    ("K.-H. Busch hat unterschrieben.", ["K.-H. Busch"]),
    ("Frau A. Koch rief an.", ["A. Koch"]),
])
def test_initials_belong_to_the_name(text: str, names: list[str]) -> None:
    """An initial before a name is part of it: one person, one placeholder ("Frau [Person A]"),
    not "[Person A]. [Person B]" and not an initial left in the text."""
    assert _persons(text) == names


def test_initials_do_not_join_an_appendix_letter() -> None:
    """A capital letter with a full stop before an ordinary word stays ("Anlage B. Termin …")."""
    assert _persons("Siehe Anlage B. Termin folgt.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Akte Koch liegt bei mir.", ["Koch"]),
    ("Im Fall Winter fehlt der Pass.", ["Winter"]),
    ("Sie fragte, ob ihr Mann Rodel nachziehen kann.", ["Rodel"]),
])
def test_a_surname_that_is_a_word_where_no_noun_could_stand(text: str, names: list[str]
                                                            ) -> None:
    """After a file word ("Akte", "Fall") or a possessive and a role ("ihr Mann") a noun would
    need its article: a listed surname or rare word there is the person."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "laut Gesetz ist das so, laut Zettel auch.",
    "Im Fall Nummer 3 fehlt der Pass.",
    "weil ihr Mann Geld verdient.",
    "Jetzt weiß der Arbeitgeber Einzelheiten aus dem Verfahren.",
    "Amtsdeutsch ist für die Kundin Rätsel.",
])
def test_nouns_that_need_no_article_stay(text: str) -> None:
    """Nouns that German puts without an article there (after "laut", as an object or a
    predicate, a frequent mass noun) are left alone."""
    assert _persons(text) == []

"""Names as a new hand writes them (twelfth session, from the ninth corpus's half A): "Surname,
Firstname" as one person in table cells, after "Herr", before a sender's address, before a
question mark and joined by "oder"; a form's "Name in der Ehe:"; owners of small firms
("Spedition Huber", "Gebr. Engel"); a first name closing a note after a wish; Filipino
particles and double first names; a first name that is a word in a list of full names; the
writer after a lower-case or dictated greeting; a name before ", der sohn von …" — and the
near misses of each frame, which must stay as they were."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Zeit | Sprache | Dolmetscher | Kunde\n10:30 | Somali | Hodan Ali | Yusuf, Abdikarim\n"
     "13:00 | Vietnamesisch | Lương Thị Thu | Phùng, Văn Quang",
     ["Hodan Ali", "Yusuf, Abdikarim", "Lương Thị Thu", "Phùng, Văn Quang"]),
    ("Jobcenter Rostock\nHerr Al-Masri, Omar\nLütten Klein", ["Al-Masri, Omar"]),
    ("Von: Schulze-Wendt, Carolin <carolin.schulze-wendt@beratung.de>\nAn: ABH",
     ["Schulze-Wendt, Carolin"]),
    ("Moni: hast du die Akte?\nStefan: Ramadani, Sabit oder Ramadani, Blerta?",
     ["Moni", "Stefan", "Ramadani, Sabit", "Ramadani, Blerta"]),
    ("Ehefrau: Ahmetović, Sanela, Steuer-IdNr. 64 081 539 769", ["Ahmetović, Sanela"]),
    ("Ärztliche Bescheinigung\nPatientin: Ionescu, Elena-Cristina\ngeb.: 22.07.1988",
     ["Ionescu, Elena-Cristina"]),
    ("Kundin: Quispe Mamani, Rosa Elena\nKontoinhaber: Ferreira da Silva, Thiago",
     ["Quispe Mamani, Rosa Elena", "Ferreira da Silva, Thiago"]),
    ("1. Santos, Maria Cristina (Ehefrau)", ["Santos, Maria Cristina"]),
])
def test_an_inverted_name_is_one_person_in_a_new_hands_layouts(text: str,
                                                               names: list[str]) -> None:
    """A surname, a comma and first names are one finding also in a table's cell, after a form
    of address, before the sender's <address> or a question mark, two of them joined by
    "oder", before a number's abbreviated label, with a double first name, a double surname
    before two first names, a first name the lists lack, and a surname that is a first name
    too before two first names."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Anwesend: Gülşən İsgəndərli, Beau Egberts (Dolmetscher).",
     ["Gülşən İsgəndərli", "Beau Egberts"]),
    ("Anwesend: Mansur Rüstəmli, Claire Pastor (Dolmetscher).",
     ["Mansur Rüstəmli", "Claire Pastor"]),
    ("Anwesend: Fuchs, Anna und Sauer", ["Fuchs", "Anna", "Sauer"]),
])
def test_two_people_after_a_comma_stay_two(text: str, names: list[str]) -> None:
    """Two full names after a comma, or a list of three, stay apart: the relaxed frames never
    join a first name's full name with the next person."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Eheschließung in Greifswald\nName in der Ehe: Fuchs", ["Fuchs"]),
    ("zwischen der Firma Gebr. Engel Metallbau GmbH & Co. KG", ["Engel"]),
    ("sein Arbeitgeber in Rosenheim (Spedition Huber) verlangt einen.", ["Huber"]),
    ("Er arbeitet bei der Bäckerei Lorenz in Völklingen.", ["Lorenz"]),
    ("Arbeitgeber: Fa. Huber, Rosenheim.", ["Huber"]),
    ("Bitte den Versicherungsverlauf prüfen, den er mitbringt. Viel Erfolg! Marie", ["Marie"]),
    ("Vorsprache mit ihrem Mann Rodel dela Cruz. Frau Maria Delos Santos kam mit.",
     ["Rodel dela Cruz", "Maria Delos Santos"]),
    ("Es geht um Monteure von den Philippinen: Rodel Bautista, Jerome Macaraeg, Ronaldo "
     "Pascual und Mark Anthony Reyes.",
     ["Rodel Bautista", "Jerome Macaraeg", "Ronaldo Pascual", "Mark Anthony Reyes"]),
    ("Rey Anthony Villareal und seine Frau kamen zusammen.", ["Rey Anthony Villareal"]),
])
def test_names_in_a_new_hands_frames(text: str, names: list[str]) -> None:
    """A form's married name, a firm named after its owner, a first name ending a note after a
    wish, Filipino particles, a first name that is a word at the start of a listed full name,
    a rare first name before a first name and a surname."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Er arbeitet bei der Spedition Rosenheim und bei der Bäckerei Theke.",
    "Vielen Dank! Team",
    "Kindsvater Abdullahi Warsame hat einen Titel.",
    "Tel. mit Schulsozialarbeiter Lukas Hahn heute.",
])
def test_near_misses_of_the_new_frames_stay_words(text: str) -> None:
    """A place or a word after a trade, a meaning word after a wish, a role compound before a
    full name: no new person."""
    found = _persons(text)
    assert not any(w in " ".join(found) for w in
                   ("Rosenheim", "Theke", "Team", "Kindsvater", "Schulsozialarbeiter"))


@pytest.mark.parametrize(("text", "names"), [
    ("für rückfragen stehe ich gern zur verfügung punkt gruß winter abschnitt drei", ["winter"]),
    ("bitte bis freitag zurückrufen. gruß hartmann", ["hartmann"]),
    ("der herr im wartebereich ist roj, der sohn von frau gulistan yildirim. er wartet.",
     ["roj", "gulistan yildirim"]),
    ("viele grüße an alle und bis morgen. gruß team", []),
])
def test_lower_case_greeting_and_relative(text: str, names: list[str]) -> None:
    """In lower case the word after a closing greeting is the writer, also a surname that is a
    German word, never a function or meaning word; a word before ", der sohn von …" is
    named."""
    assert _persons(text) == names


def test_two_full_names_of_first_names_stay_two() -> None:
    """Two full names after a comma whose words the lists all hold as first names stay two
    people: only a single surname before two first names is read inverted."""
    assert _persons("Anwesend: Mateo Kujundžić, Ivor Matić (Dolmetscher).") == [
        "Mateo Kujundžić", "Ivor Matić"]


@pytest.mark.parametrize(("text", "names"), [
    ("Yusuf, Abdikarim\t1.14\t10:30\nAli, Nesrin\t1.12\t11:30", ["Yusuf, Abdikarim", "Ali, Nesrin"]),
    ("Vorgeladen: Yusuf, Abdikarim, 12.03.1990, somalisch", ["Yusuf, Abdikarim"]),
    ("Termine morgen: 9:00 Yusuf, Abdikarim / 10:00 Ali, Nesrin",
     ["Yusuf, Abdikarim", "Ali, Nesrin"]),
    ("Wartenummer 12 - Yusuf, Abdikarim - Schalter 3", ["Yusuf, Abdikarim"]),
])
def test_an_inverted_name_in_tables_and_time_lists(text: str, names: list[str]) -> None:
    """Inverted names between a tab-separated table's cells, before a birth date or an age,
    after a time in a list of appointments and between dashes are one person each."""
    assert _persons(text) == names

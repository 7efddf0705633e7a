"""Names of other naming customs as a new hand copies them (thirteenth session, from the tenth
and eleventh corpora's halves A): the machine-readable zone and the labelled name fields of a
passport copy, a Cyrillic name beside its transliteration or with its patronymic — and the
words of the same layouts that are no names, which must stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Passkopie:\nP<SENDIOUF<<MAMADOU<LAMINE<<<<<<<<<<<<<<<<<<<<\n"
     "A1234567<8SEN9001017M3001012<<<<<<<<<<<<<<04", ["DIOUF", "MAMADOU<LAMINE"]),
    ("Kopie Karte, Rückseite:\nIDD<<L01X00T471<<<<<<<<<<<<<<<\n"
     "BEKELE<<SELAM<TSEGAYE<<<<<<<<<", ["BEKELE", "SELAM<TSEGAYE"]),
    ("OCR der Rückseite:\nTRAORE <<AWA<FATOUMATA", ["TRAORE", "AWA<FATOUMATA"]),
    ("P<D<<HAJDARI<<BESNIK<<<<<<<<<<<<<<<<<<<<<<<<<<", ["HAJDARI", "BESNIK"]),
])
def test_the_machine_readable_zone_holds_surname_and_given_names(text: str,
                                                                 names: list[str]) -> None:
    """In the zone's name line the surname stands before "<<" and the given names after it
    (after the document's code and state on a passport's first line), also where OCR put a
    space before the fillers; the lines with digits hold no name."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "WICHTIG<<\nBitte bis Freitag.",
    "Pfeil: A <<< B, dann weiter",
    "Achtung <<NEU>> ab Januar",
])
def test_fillers_outside_a_name_line_are_no_name(text: str) -> None:
    """Angle brackets in a note's own text, and a word alone before two fillers, are no
    machine-readable name."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Surname: OKONKWO\nGiven names: CHIDINMA ADAEZE\nDate of birth: 12 MAR 1991",
     ["OKONKWO", "CHIDINMA ADAEZE"]),
    ("Last Name: DE LA CRUZ\nGiven Names: JOSE MIGUEL\nMiddle Name: MAGBANUA",
     ["DE LA CRUZ", "JOSE MIGUEL", "MAGBANUA"]),
    ("Mbiemri / Surname: KRASNIQI\nEmri / Given names: DRITON", ["KRASNIQI", "DRITON"]),
    ("Vorname: Wei (Rufname: Kevin), Name: Zhang", ["Wei", "Kevin", "Zhang"]),
    ("Mittelname: Dimaculangan   Augenfarbe: braun", ["Dimaculangan"]),
    ("Given names: NURLAN ASKARBEKOVICH", ["NURLAN ASKARBEKOVICH"]),
])
def test_a_passports_labelled_name_fields_hold_names(text: str, names: list[str]) -> None:
    """After a passport's English name labels (also beside the country's word for them, and
    a call name's label in brackets) the field's value is a name, particles included; the
    label's words are none."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Surname: siehe Pass\nGiven names: unbekannt",
    "Rufname: nicht bekannt",
    "Last name: DE",
])
def test_a_name_label_with_words_or_nothing_after_it_finds_nothing(text: str) -> None:
    """A label followed by German words in lower case or by a particle alone names no one."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Прізвище / Surname: БОНДАРЕНКО / BONDARENKO", ["БОНДАРЕНКО / BONDARENKO"]),
    ("Kontoinhaber: Коваленко Олена Петрівна / Kovalenko Olena",
     ["Коваленко Олена Петрівна", "Kovalenko Olena"]),
    ("Vollmacht für Сидоров Иван Сергеевич, geb. 02.02.1980", ["Сидоров Иван Сергеевич"]),
])
def test_a_cyrillic_name_beside_its_transliteration_or_with_patronymic(
        text: str, names: list[str]) -> None:
    """A Cyrillic name and its transliteration after " / " are one name; a Cyrillic full name
    ending in a patronymic is a name."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "UKRAINE / УКРАЇНА   PASPORT / ПАСПОРТ",
    "Паспорт / Passport No: FU 123456",
    "Sie sagte: „Дякую, все добре.“",
])
def test_cyrillic_headings_and_sentences_are_no_names(text: str) -> None:
    """A passport's Cyrillic headings beside their English words and a quoted Cyrillic
    sentence are no names."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Vorsprache: Frau Zhao Meiling (Emily), Doktorandin.", ["Zhao Meiling (Emily)"]),
    ("10:20 Chen Bo (Bob Chen) – Verlängerung", ["Chen Bo (Bob Chen)"]),
    ("Rückfrage von Jonas Berger (Kollegin): Bitte Akte.", ["Jonas Berger"]),
    ("Besprechung mit Lena Vogt (mit Murat Kaya) am Montag", ["Lena Vogt", "Murat Kaya"]),
])
def test_a_name_and_its_bracketed_call_name_are_one_person(text: str,
                                                           names: list[str]) -> None:
    """A name followed by a bracket that holds only another name is one person's two names,
    one finding; a bracket with a role or with more words keeps them apart."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Frist | Name\n09.12. | Mwangi, Peter Kamau (Kenia) | Stellungnahme",
     ["Mwangi, Peter Kamau"]),
    ("In der Verwaltungsstreitsache Eze, Michael Obinna ./. Stadt Essen wird mitgeteilt",
     ["Eze, Michael Obinna"]),
    ("Betreff: Conteh, Alhaji Sorie – Verlängerung", ["Conteh, Alhaji Sorie"]),
    ("AZR 123456789012 Fofanah, Kadiatu\nAZR 210987654321 Bangura, Isatu",
     ["Fofanah, Kadiatu", "Bangura, Isatu"]),
])
def test_an_inverted_name_with_a_first_name_the_lists_lack(text: str, names: list[str]) -> None:
    """"Surname, Firstname Secondname" is one person where the first names are unknown to the
    data, before a court's "./." that names the opponent, and after a list's number."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Wir bitten, als Identität 'Lamin Ceesay, geb. 01.02.2000' zu führen.", ["Lamin Ceesay"]),
    ("Frau Trần Thị Hồng Nhung (bei uns 'Nhung') arbeitet hier.",
     ["Trần Thị Hồng Nhung", "Nhung"]),
    ("Mit ihrem Mann Md. Abdul Karim Sarker war sie hier.", ["Md. Abdul Karim Sarker"]),
    ("Vorsprache Frau Mst. Nasrin Akter.", ["Mst. Nasrin Akter"]),
    ("Im Pass steht Arnel Jr. Santos Garcia.", ["Arnel Jr. Santos Garcia"]),
])
def test_names_in_single_quotes_and_with_abbreviated_parts(text: str, names: list[str]) -> None:
    """A name right after a single quotation mark is read as a word of its own; "Md.", "Mst."
    before a name and "Jr." inside it belong to the name."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Er sagte nur 'Nein' und ging.",
    "Die x-Achse zeigt die Zahl der Anträge.",
    "Bitte Md. und Jr. nicht ausschreiben.",
])
def test_quoted_words_and_lone_abbreviations_stay(text: str) -> None:
    """A quoted German word, a word after a lower-case hyphenated prefix and abbreviations
    without a name are no names."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Nr;Name;Vorname;Termin\n1;Tamang;Pemba;09.12.2026\n2;Koch;Ruth;10.12.2026",
     ["Tamang", "Pemba", "Koch", "Ruth"]),
    ("Name;geb.;Bearbeiter/in\nAdjoa Mensah;01.02.1990;Vogel\nLiam Byrne;03.04.1985;Fink",
     ["Adjoa Mensah", "Vogel", "Liam Byrne", "Fink"]),
    ("| Lfd | Familienname | Vorname |\n|---|---|---|\n| 1 | Magar | Anita (Ehefrau) |",
     ["Magar", "Anita"]),
])
def test_a_tables_name_columns_hold_names(text: str, names: list[str]) -> None:
    """Below a header row that names people, the cells of those columns are names, also
    surnames that are German words; the header's own words are labels, no names."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Team;Name;Thema\nNord;Team Süd;Fortbildung\nSüd;offen;Urlaub",
    "Ort;Anzahl;Thema\nKoch;3;Küche",
])
def test_a_tables_other_cells_and_word_cells_are_no_names(text: str) -> None:
    """A cell of a name column that starts with a German word no list holds as a name, and the
    cells of a table without a name column, are no names."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Ana Lucía Weber Quispe (Schwiegertochter) | ES-VE 2027/0031",
     ["Ana Lucía Weber Quispe"]),
    ("Frau Ana Sofía Bank Gómez kam.", ["Ana Sofía", "Gómez"]),
])
def test_a_listed_name_between_two_names_is_the_first_of_a_double_surname(
        text: str, names: list[str]) -> None:
    """A word the lists hold as a name (also a German word) alone between two names is the
    first of a Spanish double surname; a German word no list holds keeps them apart."""
    assert _persons(text) == names


def test_binti_joins_a_malay_name_as_bin_does() -> None:
    """The Malay "binti" (daughter of) joins the father's name to hers, as "bin" does."""
    assert _persons("Frau Nur Aisyah binti Osman kam.") == ["Nur Aisyah binti Osman"]


@pytest.mark.parametrize(("text", "names"), [
    ("Father's name: KWAME ASANTE\nMother's name: ADWOA MENSAH",
     ["KWAME ASANTE", "ADWOA MENSAH"]),
    ("Vorname(n) / Given name(s): BIKASH KUMAR", ["BIKASH KUMAR"]),
    ("Given names / Prénoms: MAMADOU SALIOU\nSurname / Nom: BARRY", ["MAMADOU SALIOU", "BARRY"]),
])
def test_more_of_a_passports_name_labels(text: str, names: list[str]) -> None:
    """The parents' names, "Given name(s)" and an English label before the country's word for
    it hold names; the labels' words are none."""
    assert _persons(text) == names


def test_a_bracketed_word_the_lists_lack_is_not_joined_as_a_call_name() -> None:
    """A one-word bracket after a name joins it only where the lists hold the word as a name:
    a role the data lacks ("Praxisanleiterin") stays outside the person's finding."""
    assert _persons("Rückmeldung von Petra Rose (Praxisanleiterin): gut.")[0] == "Petra Rose"

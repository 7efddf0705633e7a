"""Names on copied documents of many countries, and naming customs in running text: frames a
writer who never saw our corpora would use too (variant probes of the thirteenth session)."""

from __future__ import annotations

import pytest

from desktop.core.privacy import Kind, detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind is Kind.PERSON]


@pytest.mark.parametrize(("text", "names"), [
    ("Apellidos: RAMÍREZ TORRES\nNombres: ANA LUCÍA", ["RAMÍREZ TORRES", "ANA LUCÍA"]),
    ("Primer apellido: GONZÁLEZ\nSegundo apellido: PÉREZ", ["GONZÁLEZ", "PÉREZ"]),
    ("Sobrenome: OLIVEIRA\nNome: LUCAS", ["OLIVEIRA", "LUCAS"]),
    ("Cognome: ESPOSITO\nNome: GIULIA", ["ESPOSITO", "GIULIA"]),
    ("Фамилия: Петров\nИмя: Андрей\nОтчество: Николаевич", ["Петров", "Андрей", "Николаевич"]),
    ("Nom de naissance : BENALI   Prénom(s) : KARIM", ["BENALI", "KARIM"]),
    ("Soyadı: DEMİR   Adı: ZEYNEP   Baba Adı: HASAN", ["DEMİR", "ZEYNEP", "HASAN"]),
    ("Familienname: Liu   Vornamen: Haoran (Rufname: Henry)", ["Liu", "Haoran", "Henry"]),
])
def test_name_fields_of_foreign_documents_are_names(text: str, names: list[str]) -> None:
    """The value of a surname or given-name field is a name in the document's own language
    too, not only under the English or German label."""
    found = _persons(text)
    for name in names:
        assert name in found


def test_labels_in_capitals_and_without_spaces_around_the_slash() -> None:
    """A Turkish label in capitals ("DOĞUM TARİHİ", dotted İ) is a label; a Cyrillic name
    with its transliteration after "Фамилия/Surname:" is a name."""
    found = _persons("SOYADI: ÇELİK\nADI: MERVE\nDOĞUM TARİHİ: 01.01.1990")
    assert found == ["ÇELİK", "MERVE"]
    assert _persons("Фамилия/Surname: СИДОРОВ/SIDOROV") == ["СИДОРОВ/SIDOROV"]


def test_a_place_field_holds_no_name() -> None:
    """The value of a place-of-birth or nationality field is a place, not a person."""
    text = "Nazwisko: Zielińska\nMiejsce urodzenia: Kraków\nNationaliteit: Nederlandse"
    assert _persons(text) == ["Zielińska"]


@pytest.mark.parametrize(("text", "label"), [
    ("Apellidos: RAMÍREZ TORRES\nNacionalidad: VENEZOLANA", "Nacionalidad"),
    ("Cognome: ESPOSITO\nLuogo di nascita: NAPOLI", "Luogo"),
    ("Achternaam: JANSEN\nVoornamen: PIETER", "Achternaam"),
    ("Hesap Sahibi: HÜSEYİN ÖZTÜRK", "Hesap Sahibi"),
    ("Nume / Nom / Surname: POPA\nPrenume / Prénom / Given names: IOANA", "Prenume"),
    ("Soyadı / Surname: KAYA\nAdı / Given name(s): MEHMET ALİ", "Given"),
    ("Nationality: KYRGYZ\nPlace of birth: BISHKEK", "Nationality"),
    ("Birth certificate\nFather: Yaw Asante\nMother: Akua Boateng", "Father"),
])
def test_a_documents_labels_are_no_names(text: str, label: str) -> None:
    """A field's label in a foreign language stands before a colon like a chat's speaker, but
    it is the document's label: never a name."""
    assert not any(label in p or p in label for p in _persons(text))


def test_a_speaker_who_shares_a_labels_word_still_speaks() -> None:
    """Only a whole label counts: "Ana adı:" is a Turkish field, "Ana:" a person speaking."""
    text = "Ana: ich komme morgen\nJonas: gut, bis dann"
    assert "Ana" in _persons(text)


@pytest.mark.parametrize(("text", "names"), [
    ("MRZ: P<GEOBERIDZE<<NINO<<<<<<<<<<<<<<<<<<<<<<<<<<", ["BERIDZE", "NINO"]),
    ("Scan: P<NGAOKONKWO<<EMEKA<<<<<<<<<<<<<<<<<<<<<<<<<< (schwer lesbar)", ["OKONKWO", "EMEKA"]),
    ("P<GHA0WUSU<<K0JO<MENSAH<<<<<<<<<<<<<<<<<<<<<<<<<\nG1234567<3GHA8503036M3007294<<<<<<<<02",
     ["0WUSU", "K0JO<MENSAH"]),
])
def test_the_machine_readable_name_field_anywhere_and_misread(text: str,
                                                              names: list[str]) -> None:
    """The zone's name line is found after a label on its line, and with an O read as 0."""
    found = _persons(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize("text", [
    "WICHTIG<< bitte Frist beachten",
    "Eingang <<ENTWURF>> nicht versenden",
    "Hinweis: ACHTUNG<<<<<<<< bitte lesen",
    "Surname: unbekannt\nGiven names: siehe Anlage",
])
def test_fillers_and_empty_fields_take_no_words(text: str) -> None:
    """Fillers outside a zone, and a name field that holds an ordinary remark, take nothing."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Herr Сидоренко hat angerufen.", "Сидоренко"),
    ("Im Pass steht Петренко Андрій.", "Петренко Андрій"),
    ("Der Vater Іванов Сергій ist in der Ukraine.", "Іванов Сергій"),
    ("Antragstellerin Попова Анна (Popova Anna) legt den Pass vor.", "Попова Анна"),
])
def test_cyrillic_names_in_running_text(text: str, name: str) -> None:
    """A Cyrillic name after a form of address or a role, before its transliteration, or
    shaped as an East Slavic surname, is a name in running German text too."""
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "Sie kommt aus Київ und will nach Харків zurück.",
    "Geboren in Ростов, dann Біла Церква.",
    'Auf dem Stempel steht "Слава Україні".',
    "Überweisung von ПриватБанк erhalten.",
])
def test_cyrillic_places_and_phrases_stay(text: str) -> None:
    """Places, a bank and a quoted phrase in Cyrillic are no names."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("- Kinder Amina, Islam, Zelimkhan", ["Amina", "Islam", "Zelimkhan"]),
    ("Kinder: Islam (8), Madina (5)", ["Islam", "Madina"]),
    ("Söhne Rustam und Islam, Tochter Aishat", ["Rustam", "Islam", "Aishat"]),
    ("Die Kinder Islam und Amina gehen zur Schule.", ["Islam", "Amina"]),
])
def test_a_familys_children_listed_after_their_plural(text: str, names: list[str]) -> None:
    """After "Kinder", "Söhne" … every item of the list is a child's name, also a first name
    that is a word too ("Islam")."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Für Kinder unter sechs Jahren gilt das nicht.",
    "Kinder Schule und Kita: alles geregelt.",
    "Die Eltern Sorgen sich um die Zukunft.",
    "Der Islam ist Staatsreligion in Bangladesch.",
    "Angst um die Kinder: Sie will wissen, worauf sie sich vorbereiten soll.",
])
def test_plural_kin_before_ordinary_words(text: str) -> None:
    """A plural of kin before German words or lower-case words takes none of them."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("In der Verwaltungsstreitsache Winter, Paul ./. Stadt Bonn", "Winter, Paul"),
    ("In dem Verwaltungsrechtsstreit Koch, Maria ./. Land Hessen", "Koch, Maria"),
    ("In der Asylsache Berg, Jonas gegen Bundesrepublik Deutschland", "Berg"),
    ("Name | Geb.\nKoch, Anna | 02.02.1991", "Koch, Anna"),
    ("Name\tGeburtsdatum\nWolf, Peter\t03.03.1983", "Wolf, Peter"),
])
def test_inverted_names_in_captions_and_two_column_tables(text: str, name: str) -> None:
    """A court's caption and a table of two columns headed "Name" give "Surname, First name",
    also where the surname is a German word."""
    found = _persons(text)
    assert name in found or name in [p.split(",")[0] for p in found]


def test_a_two_column_table_without_a_name_header_takes_nothing() -> None:
    """A table of topics is no table of people."""
    assert _persons("Thema | Stand\nWinterdienst | offen\nLange Wartezeit | offen") == []


def test_a_passports_second_line_after_a_label_on_its_line() -> None:
    """The zone's second line after a label ("Kopie: …") gives the document number, the birth
    date and the expiry date as at a line's start (one reader, mrz.py)."""
    text = "Kopie: AB12345671DEU8001014M3001012<<<<<<<<<<<<<<04  P<DEUMUSTER<<ERIKA<<<<<<"
    found = {(f.kind, f.text) for f in detect(text)}
    assert {(Kind.AUSWEISNUMMER, "AB1234567"), (Kind.GEBURTSDATUM, "800101"),
            (Kind.DATUM, "300101")} <= found


@pytest.mark.parametrize(("text", "name"), [
    ("Bescheid vom 1O.11.2O26\nfür das Kind Maryam Al-0baidi, geb. 14.O3.2O18", "Al-0baidi"),
    ("Bremen, den 3O.1O.2O26\nIm Auftrag\nSch1ütter", "Sch1ütter"),
    ("Bescheid vom 1O.11.2O26\nHerr Pau1 Kowa1ski kam.", "Kowa1ski"),
])
def test_a_name_with_letters_misread_as_digits_in_an_ocr_copy(text: str, name: str) -> None:
    """In a note that shows OCR, "0" and "1" inside a word are the letters O and l: the name
    rules read the word ("Al-Obaidi", "Schlütter")."""
    assert any(name in p for p in _persons(text))


def test_letters_and_digits_that_belong_together_stay() -> None:
    """A language level, a car's model and a room keep their digits: nothing is taken."""
    text = "Bescheid vom 1O.11.2O26\nSie hat das B1-Zertifikat und fährt einen i10. Raum 1a."
    assert _persons(text) == []


def test_a_name_field_that_names_nobody() -> None:
    """"Unknown", "deceased" in a name field are no names, in any of the document's
    languages."""
    assert _persons("Father: Unknown\nMother: DECEASED\nNom du père : Inconnu") == []

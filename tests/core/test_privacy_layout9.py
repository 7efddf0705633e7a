"""Names the layout of a note gives away, ninth session: "Surname, Firstname" as one person in
lists, labels and mail headers; a note signed with initials alone or with initials and a
surname; a hand-over's arrow between colleagues; a chat's speaker labels — and the near
misses of each frame (lists of several people, abbreviations, days, places, teams), which must
stay as they were."""

from __future__ import annotations

import pytest

from desktop.core.privacy import anonymize, detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("An: Mai, Johanna; Linde, Matthias; Becker, Paul\nBetreff: Urlaub",
     ["Mai, Johanna", "Linde, Matthias", "Becker, Paul"]),
    ("Cc: Ostermann, Jörg\nBetreff: AW: Beschwerde", ["Ostermann, Jörg"]),
    ("Antragsteller: Touré, Aminata\ngeb. am: 07.10.1991", ["Touré, Aminata"]),
    ("Arbeitnehmer: Kravets, Dmytro, geb. 08.08.1979", ["Kravets, Dmytro"]),
    ("Name, Vorname: Tesfay, Semhar\nStaatsangehörigkeit: eritreisch", ["Tesfay, Semhar"]),
    ("Liste\n1. Uzor, Tobenna (Dolmetscher Igbo)\n2. Quaye, Esi (Dolmetscherin Twi)",
     ["Uzor, Tobenna", "Quaye, Esi"]),
    ("Zi. 3: Habte, Yohannes / Habte, Senait\nZi. 5: Sadat, Mohammad Yasin",
     ["Habte, Yohannes", "Habte, Senait", "Sadat, Mohammad Yasin"]),
    ("Zi. 11: Pérez Rondón, José Gregorio", ["Pérez Rondón, José Gregorio"]),
    ("Familienbogen\n1. KHALIL, Mohammad Ali – geb. 03.09.1982\n2. KHALIL, Omar – geb. 11.11.2009",
     ["KHALIL, Mohammad Ali", "KHALIL, Omar"]),
])
def test_an_inverted_name_in_a_list_or_after_a_label_is_one_person(
        text: str, names: list[str]) -> None:
    """A surname, a comma and first names, as an item of a list or after a label, are one
    person: one finding with the comma, so the person gets one placeholder."""
    assert _persons(text) == names


def test_an_inverted_name_shares_its_placeholder_with_the_surname() -> None:
    """"Habte, Yohannes" and "Herr Habte" later are the same person: one letter."""
    out = anonymize("Zi. 3: Habte, Yohannes\nHerr Habte kam um 10 Uhr.").text
    assert out == "Zi. 3: [Person A]\nHerr [Person A] kam um 10 Uhr."


@pytest.mark.parametrize(("text", "names"), [
    ("Anwesend: Gülşən İsgəndərli, Beau Egberts (Dolmetscher), Unterzeichnerin.",
     ["Gülşən İsgəndərli", "Beau Egberts"]),
    ("Anwesend: Fuchs, Anna, Sauer", ["Fuchs", "Anna", "Sauer"]),
    ("Teilnehmer: Noor, Mohammad; Fuchs, Anna", ["Noor", "Mohammad", "Fuchs, Anna"]),
    ("Entschuldigt: Vogt, Lange", ["Vogt", "Lange"]),
])
def test_names_of_several_people_in_a_list_stay_apart(text: str, names: list[str]) -> None:
    """Two full names, a list of three, a first name before the comma and two surnames are
    several people: each keeps its own finding."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Hinweis, Termin am Montag.", []),
    ("Sprachen: Deutsch, Englisch; Arabisch", []),
    ("Berlin, Anna kam gestern zur Vorsprache.", ["Anna"]),
])
def test_ordinary_words_around_a_comma_stay(text: str, names: list[str]) -> None:
    """Words and a place before a comma are no surname: nothing is joined to them."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Castillo wohnt da.\ngez. e.k.", ["Castillo", "e.k."]),
    ("Nazarov braucht die Vorabzustimmung. heute noch raus! u.s.\nerledigt 15:40", ["Nazarov", "u.s."]),
    ("im fachverfahren unter B eingetragen (nicht S)! d.a.\nRückruf morgen", ["d.a."]),
    ("Kovalchuk: nichts zu tun, nur Info\nF.W.", ["Kovalchuk", "F.W."]),
    ("Habtom: Duldung erteilt!!!\nbin ab Montag wieder da – M.A.", ["Habtom", "M.A."]),
    ("fulda hat die akte angefordert. geht morgen raus.\nfu", ["fu"]),
])
def test_initials_alone_sign_a_note(text: str, names: list[str]) -> None:
    """Two or three letters with full stops after "gez.", after a sentence's end or a dash at
    a line's end, or on the last line, and two lower-case letters alone on the last line, are
    the writer's sign."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Unterlagen liegen vor.\nz.B.",
    "Kopie an die Akte. z.d.A.\nWeiter",
    "Siehe oben. s.o.",
    "Bescheid geht raus.\nz.K.",
    "Wie besprochen. u.a.\nRest folgt",
    "Termin wird verlegt, d.h. neu.\nok",
    "Passkopie anbei. i.V.\nwv",
    "Gilt nach § 25 Abs. 5 AufenthG a.F.",
    "Abschluss: M.A.",
    "Alles erledigt.\nja",
    "Bescheid liegt vor.\nca.",
    "Akte geht zurück.\nbzw.",
])
def test_abbreviations_never_become_initials(text: str) -> None:
    """German abbreviations written like initials ("z.B.", "z.d.A.", "s.o.", "i.V."), a
    degree after a colon, and a short word on the last line are no signature."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Fiktionsbescheinigung ausgehändigt.\nK. Hahn, SB", ["K. Hahn"]),
    ("Wohnung: siehe Akte.\nSB I. Sauer", ["I. Sauer"]),
    ("Hinweis auf Beratungsstellen.\nNein – auf ihren Wunsch. W. Sturm", ["W. Sturm"]),
    ("Hallo Mareike,\nda lieber Sönke fragen.\nH. Fuchs, TL Aufenthalt",
     ["Mareike", "Sönke", "H. Fuchs"]),
])
def test_initials_and_a_surname_sign_a_note(text: str, names: list[str]) -> None:
    """Initials and a surname that is a word too, on a line with the writer's role before or
    after them, or after the note's last sentence, are the writer; the team after the role
    ("TL Aufenthalt") is no person."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Bitte prüfen.\nS. Winter Zeitplan", []),
    ("Siehe Anlage.\nBlatt 3, Nr. 4", []),
    ("Alles erledigt.\nA. Bewertung folgt", []),
    ("Gespräch mit TL Einbürgerung vereinbart.", []),
    ("Anwesend: Frau Popalzai, Dolm. Dari", ["Popalzai"]),
])
def test_a_line_that_only_looks_like_a_signature_stays(text: str, names: list[str]) -> None:
    """A line that goes on after the name, a letter before a word that is no name, a team
    after an office's role and a language after "Dolm." are no person."""
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Übergabe Baum → Berg? nein: Baum → Sturm, 04.12.2026\n- Akte Nkosi",
     ["Baum", "Berg", "Baum", "Sturm", "Nkosi"]),
    ("Übergabe Erfurt → Jo Mai, 09.12.\nAlles in der Mappe.", ["Jo Mai"]),
])
def test_a_hand_over_names_colleagues_around_its_arrow(text: str, names: list[str]) -> None:
    """On a line that starts a hand-over, the listed names beside an arrow are the colleagues
    who hand over and take over, also names that are words too; a place stays."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Übergabe Montag → Dienstag: Akten liegen im Schrank.",
    "Übergabe Jobcenter → Ausländerbehörde",
    "Übergabe Akte → Team Einbürgerung",
    "Stand: Baum → Berg wird gefällt.",
])
def test_a_hand_over_between_days_or_offices_finds_no_person(text: str) -> None:
    """Days, offices, teams and an arrow on a line that is no hand-over find nobody."""
    assert _persons(text) == []


def test_chat_speakers_are_people() -> None:
    """Lines that open with a first name, a name and a colon, twice in a note, are a chat's
    speakers, also where both names are words too ("Franziska Wagner")."""
    chat = ("Franziska Wagner: die NE ist durch\nAlois Braun: gut.\n"
            "Franziska Wagner: oh. Datum vergleichen")
    assert _persons(chat) == ["Franziska Wagner", "Alois Braun", "Franziska Wagner"]


@pytest.mark.parametrize("text", [
    "Neue Adresse: Hauptstraße 3\nAlte Adresse: Ringweg 4",
    "Franziska Wagner: die NE ist durch",
])
def test_labels_that_are_no_chat_stay(text: str) -> None:
    """Field labels of words and a single such line are no chat: no speaker is taken from the
    label alone; a full name there that other rules find is found whole, never half (the
    first name before a found surname that is a first name too: context.py)."""
    found = " ".join(_persons(text))
    assert "Adresse" not in found and found in ("", "Franziska Wagner")


@pytest.mark.parametrize(("text", "names"), [
    ("Vermerk Hahn, 04.12.2026: Nach Mitteilung des BAMF kein Widerruf.", ["Hahn"]),
    ("Notiz Baum vom 03.12.: Akte liegt bei mir.", ["Baum"]),
    ("Adler an alle, Freiburg, Fr 4.12.\n- Nkosi: Zustimmung angefragt", ["Adler", "Nkosi"]),
    ("Herr Ali war da. Bescheid folgt.\nLinde", ["Ali", "Linde"]),
])
def test_a_notes_first_or_last_words_name_its_writer(text: str, names: list[str]) -> None:
    """"Vermerk", "Notiz" or "Diktat" with a name and then a date, a name before "an alle" at
    a line's start, and a listed name alone on the note's last line are the writer."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Vermerk Montag, 04.12.2026: Termin verlegt.",
    "Diktat Sonntag, 30.11.2026",
    "Vermerk Aufenthalt, 04.12.2026: Akte angelegt.",
    "Vermerk Leipzig, 04.12.2026: Akte angelegt.",
    "Info an alle, bitte lesen.",
    "Alles erledigt.\nDanke",
    "Alles gut.\nOk",
    "Bitte prüfen.\nMai",
    "Bescheid raus.\nLeipzig",
])
def test_days_places_and_words_in_a_notes_frame_stay(text: str) -> None:
    """A day, a meaning word or a place after "Vermerk", a word before "an alle" and a word,
    a month or a place alone on the last line are no writer. (A day before "vom <date>" is:
    the date has its word there, see test_privacy_words9.)"""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Betreff: WG: Terminanfrage\n\nHallo Lea,\ndie Mail kam ins Postfach.", ["Lea"]),
    ("Hi Mai!\nkannst du morgen übernehmen?", ["Mai"]),
    ("Hallo Frau Sommer,\ndanke für die Unterlagen.", ["Sommer"]),
    ("Hinweis der Stelle.\n\n@Lea: kannst du das bitte prüfen?", ["Lea"]),
    ("Bitte keine Akten auf meinen Tisch legen, der ist voll. – L.", ["L."]),
    ("Ich bin nicht verwandt, bevor du fragst.\nB.", ["B."]),
    ("Berater/innen: Mai, Knappe, Sommerfeld\nFall: Frau Khava Umarova",
     ["Mai", "Knappe", "Sommerfeld", "Khava Umarova"]),
])
def test_salutations_mentions_and_single_initials_are_people(
        text: str, names: list[str]) -> None:
    """A listed first name (also a word too) or a name after a form of address in a line's
    salutation, a name after "@", one initial signing the note after its last sentence, and
    the names after "Berater/innen:" are people."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Hallo zusammen,\nbitte lesen.",
    "Liebe Kolleginnen,\nbitte lesen.",
    "Moin Moin,\nbitte lesen.",
    "Hallo Schatz,\nbitte lesen.",
    "Hallo Team,\nbitte lesen.",
    "Mail an info@Stadt.de bitte weiterleiten.",
    "Liste:\nA.",
    "Führerschein Klasse – B.",
])
def test_salutations_and_letters_that_are_no_people(text: str) -> None:
    """A salutation without a listed first name, an e-mail address, a list's first item and
    a letter after a dash in a sentence find nobody."""
    assert _persons(text) == []


def test_a_capitalised_gez_signs_too() -> None:
    """"Gez." at a sentence's start is the same cue as "gez.": the words after it are the
    writer, also a word the lists hold as a German word ("Median")."""
    assert _persons("Abgabe an die Rechtsstelle.\nGez. Median Pliutsova, Sachgebiet Aufenthalt") \
        == ["Median Pliutsova"]


@pytest.mark.parametrize(("text", "names"), [
    ("Für Jo (Mai), Erfurt, 04.12.\n– Beratung Chancenkarte", ["Jo", "Mai"]),
    ("Für Hahn, 05.12.: bitte die Akten prüfen", ["Hahn"]),
    ("Für Rückfragen, Tel. 12.12.", []),
    ("Für Leipzig, 04.12.: Akten", []),
    ("Für Jo (Kopie), 04.12.", ["Jo"]),
])
def test_a_hand_overs_header_names_the_colleague(text: str, names: list[str]) -> None:
    """"Für" with a name, perhaps a surname in brackets, and a date after a comma heads a
    hand-over for that colleague; a word, a place or a bracketed word is no name."""
    assert _persons(text) == names

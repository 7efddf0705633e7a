"""German names as two new hands write them (thirteenth session, from the tenth and eleventh
corpora's halves A): speakers of a lower-case chat by their nicknames, firms named after their
owners ("Fa. Winter", "Wolf Logistik", "Glas & Partner"), a signature whose surname is a word,
a work list's keeper in its title, an office's function before its holder, a surname alone on
the last line, a genitive apostrophe, and "Jan" as a colleague — and the ordinary words beside
each frame, which must stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


def test_nicknames_speak_in_a_lower_case_chat_beside_listed_first_names() -> None:
    """A speaker no list knows ("basti", "caro") opens two lines at least of a chat where a
    listed first name speaks too: both are speakers."""
    chat = ("tanja: kann jemand übersetzen?\nbasti: tadschikisch glaub ich\n"
            "tanja: ok passt\nbasti: pass sagt was?")
    assert _persons(chat) == ["tanja", "basti", "tanja", "basti"]
    chat = ("caro: boah die akte ist falsch\ncaro: schickt aber die andere\n"
            "felix: lol. zurück damit\ncaro: mach ich")
    assert _persons(chat) == ["caro", "caro", "felix", "caro"]


def test_a_forms_repeated_fields_are_no_speakers() -> None:
    """A form's or plan's labels repeat too ("ort:", "art:", "tel:") but are words; a chat's
    nickname speaks also where it opens one line alone (gen-chat, fourteenth session)."""
    assert _persons("ort: bochum\nart: befristet\nort: essen\nart: unbefristet") == []
    assert _persons("tanja: ok\nbasti: gut\nnils: passt") == ["tanja", "basti", "nils"]


@pytest.mark.parametrize(("text", "names"), [
    ("Er hat ein Jobangebot als Fliesenleger bei der Fa. Winter in Ludwigsburg.", ["Winter"]),
    ("LOHN/GEHALT 10/26 Fa. Wolf Logistik  2.114,37", ["Wolf"]),
    ("Grund: Arbeitsaufnahme bei Glas Berg GmbH (Fensterbau)", ["Berg"]),
    ("– Herr Müller vom Müller Mühlenbetrieb Reutlingen ruft an", ["Müller", "Müller"]),
    ("Rechtsanwalt\nGlas & Partner mbB, Siegburg", ["Glas"]),
    ("Er arbeitet bei Licht & Berg Elektrotechnik in Jena.", ["Licht", "Berg"]),
])
def test_a_firm_names_its_owner(text: str, names: list[str]) -> None:
    """After "Fa."/"Firma", before a legal form or a line of business, and before "& Partner",
    a firm's name is its owner's surname, also one that is a German word."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Arbeitgeber: Stadtwerke Ludwigsburg GmbH, Abteilung Netze",
    "Arbeitgeber: Stadtwerke Halle GmbH",
    "Er bringt eine Bescheinigung der Fa. Nordwind Offshore mit.",
    "Die Deutsche Bahn AG hat die Stelle zugesagt.",
])
def test_a_firm_named_after_a_place_or_a_brand_names_nobody(text: str) -> None:
    """A town's utilities, a brand no list holds as a name and a firm's ordinary words
    stay."""
    assert _persons(text) == []


def test_a_signature_whose_surname_is_a_word() -> None:
    """Under a closing greeting a first name vouches for the word after it on its line
    ("Hans Glas"); a team's line stays, and so does a sentence."""
    assert _persons("Mit freundlichen Grüßen\nHans Glas\nRechtsanwalt") == ["Hans Glas"]
    assert _persons("Viele Grüße\nTeam Nord") == []


@pytest.mark.parametrize(("text", "names"), [
    ("WV Heller / Oldenburg – nach Eingang sortiert\n25.11. eingegangen", ["Heller"]),
    ("WV Region Hannover, Team 32.24-3, Berg – offene Rückrufe\n☐ anrufen", ["Berg"]),
    ("WV Bochum / Fröhlich – Dezember\n07.12. frei", ["Fröhlich"]),
    ("WV-Liste Koch, Stand 13.11.\n16.11. – frei", ["Koch"]),
    ("Woche 49 – Vorsprachen ohne Termin (Strichliste Kurz)\nMi: 21", ["Kurz"]),
    ("Teamleitung Schäfer nach dem Mitarbeitergespräch: Zahlen gut.", ["Schäfer"]),
])
def test_a_lists_keeper_and_a_functions_holder(text: str, names: list[str]) -> None:
    """A work list's title names its keeper beside the office or the month; an office's
    function written like a title names its holder."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "WV Januar 2027 – Sachgebiet 32.2, Magdeburg\n04.01. frei",
    "Terminliste Mo 16.11.2026 – Team Süd (Nürnberg)\n08:30 frei",
    "Teamleitung Einbürgerung nach dem Gespräch: alles gut.",
    "Wiedervorlage 01.02.2027. Bitte Akte prüfen.",
])
def test_a_lists_month_place_or_team_names_nobody(text: str) -> None:
    """A list's month, place and team and a function's team stay."""
    assert _persons(text) == []


def test_a_surname_alone_on_the_last_line_signs_the_note() -> None:
    """A listed name alone on the last line is the writer's, also one that is a word; a role
    or a heading there stays."""
    assert _persons("Überweisung der Gebühr ist erfolgt.\nLange") == ["Lange"]
    assert _persons("Bitte um Rückruf.\nRechtsanwältin") == []
    assert _persons("Termin vereinbart.\nMigrationsberatung") == []


def test_a_genitive_apostrophe_marks_a_name() -> None:
    """A name ending in s takes its genitive as an apostrophe before its noun ("Klaus'
    Vermerk"); a quotation's closing mark after a word does not."""
    assert _persons("Plan: Klaus' Vermerk zum Termin lesen.") == ["Klaus"]
    assert _persons("Er sagte 'Fertig' und ging.") == []


def test_jan_is_a_colleague_where_no_date_is_written() -> None:
    """"Jan" alone is a first name; the month's short form beside a year or a day, or with
    its full stop, stays."""
    assert _persons("Fall von Jan: Familie Rezaie. Er hat es Jan erzählt.") == \
        ["Jan", "Rezaie", "Jan"]
    assert _persons("Lohnabrechnungen Jan./Feb. liegen vor, Frist bis Jan 2027.") == []


def test_a_tables_people_column_names_its_cells() -> None:
    """Below a header that names a column of people ("Bearbeiter/in", "SB"), a cell of one
    or two capitalised words is a name, also a word ("Koch", "Vogel"); the other columns'
    words and a cell of the same column that is a number stay."""
    table = ("Name;geb.;Pass/Dokument;Bearbeiter/in\n"
             "Sana Javed;27.06.1999;AK7093214;Vogel\n"
             "Jonathan dela Rosa;15.01.1991;P4410283A;Koch")
    assert _persons(table) == ["Sana Javed", "Vogel", "Jonathan dela Rosa", "Koch"]
    assert _persons("Fach | Raum | SB\nDeutsch | 2.07 | 14\nKunst | Aula | offen") == []


def test_a_first_name_joins_a_surname_found_that_is_a_first_name_too() -> None:
    """Before a surname found as a name that is a first name too ("Jung"), a first name is
    part of it; a meaning word before it is not."""
    assert _persons("Klassenleiterin: Franziska Jung") == ["Franziska Jung"]


def test_a_name_quoted_after_the_word_for_a_name() -> None:
    """A name in quotation marks after "Namen"/"Nachname" is a name whatever else it
    means; a quoted word elsewhere stays."""
    assert _persons("Sie möchte den Namen „Fink“ führen.") == ["Fink"]
    assert _persons("Er nannte es „Fink“ und lachte.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("tom: sag ihr sie soll wolf fragen, der hatte die akte", ["tom", "wolf"]),
    ("svenja: ich hab ihm gesagt er soll lena danke sagen", ["svenja", "lena"]),
    ("moritz: liegt zur unterschrift bei ernst", ["moritz", "ernst"]),
    ("die akte hat er doch nicht, lag bei fink im fach.", ["fink"]),
])
def test_whom_to_ask_and_where_a_file_lies_in_lower_case(text: str, names: list[str]) -> None:
    """In a note typed in lower case, a bare listed name before "fragen"/"danke sagen" after
    a modal, and after "liegt … bei", is a person, also where it is a word ("wolf"); the
    one-line chat's speaker too."""
    assert _persons(text) == names


def test_pronouns_and_articles_in_those_frames_stay() -> None:
    """"liegt bei mir", "liegt bei der abh", "soll mal fragen" name nobody."""
    assert _persons("ja liegt bei mir. die andere liegt bei der abh. sie soll mal fragen.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Wir haben über Humor gesprochen. Klaus macht viele Witze im Team.", ["Klaus"]),
    ("Danke an Kai für die Unterstützung.", ["Kai"]),
    ("Ich habe Ernst gefragt, ob er mitkommt.", ["Ernst"]),
    ("Konrad und Wolf waren auch da.", ["Konrad", "Wolf"]),
    ("Ich habe mit Ernst und Heide darüber gesprochen.", ["Ernst", "Heide"]),
    ("Im Team hat Wolf vorgeschlagen, das anders zu machen.", ["Wolf"]),
    ("Die Anhörung hat Kai geleitet.", ["Kai"]),
])
def test_a_colleagues_first_name_that_is_a_word(text: str, names: list[str]) -> None:
    """A colleague's first name that is a word too, where a reflection names colleagues: the
    subject before a verb written like a noun ("macht"), whom one thanks ("Danke an … für"),
    whom one asked ("habe … gefragt"), beside another first name ("Konrad und Wolf", "mit
    Ernst und Heide") and the subject between "hat" and a person's participle ("hat Wolf
    vorgeschlagen")."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Ich habe Zeit gefragt.",
    "Macht macht nichts.",
    "Danke an alle für die Geduld.",
    "Es ging um Konrad und Hoffnung.",
    "Es hat Ernst gemacht.",
    "Das hat Zeit gekostet.",
])
def test_the_words_in_a_colleagues_frames_stay(text: str) -> None:
    """Meaning words, function words and nouns in those frames stay."""
    assert [n for n in _persons(text) if n != "Konrad"] == []


def test_a_crafts_owner_whose_name_is_a_word() -> None:
    """After a craft's word ("Bäckerei", "Metzgerei") or "Spedition" the owner's listed name
    counts also where it is a word ("Sommer", "Winter"); a place there stays."""
    assert _persons("Die Bäckerei Sommer hat den Vertrag geschickt.") == ["Sommer"]
    assert _persons("Er fährt für die Spedition Kaiser in Halle.") == ["Kaiser"]
    assert _persons("Er arbeitet in der Bäckerei Halle-Neustadt.") == []


def test_the_colleague_a_note_is_for() -> None:
    """A note that opens "Notiz für …:" or, dictated, "Kurzvermerk für … Doppelpunkt" names
    the colleague it is for; a day or a thing there stays."""
    assert _persons("Kurzvermerk für Vogel Doppelpunkt bitte Rückruf") == ["Vogel"]
    assert _persons("Notiz für Koch: bitte Akte holen.") == ["Koch"]
    assert _persons("Notiz für Montag: Akten sortieren.\nVermerk für Akte: erledigt.") == []

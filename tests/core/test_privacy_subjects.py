"""Names as the subject of a person's verb (desktop/core/privacy/subjects.py): surnames that
are German words, found by the verb after them, and the sentences where the verb has another
subject."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Koch hat heute angerufen.", ["Koch"]),
    ("Vogt übernimmt ab Montag die Akte.", ["Vogt"]),
    ("Lange war im Urlaub, daher verzögert.", ["Lange"]),
    ("Winter ist krank, Vertretung durch das Team.", ["Winter"]),
    ("Sauer hatte den Antrag schon eingereicht.", ["Sauer"]),
    ("Christin Knappe hat angerufen.", ["Christin Knappe"]),
    ("Maria Lange übernimmt den Termin.", ["Maria Lange"]),
    ("Herzog erläutert die Voraussetzungen. Graf regt an, zu warten.", ["Herzog", "Graf"]),
    ("Fuchs und Wolf prüfen zusammen.", ["Fuchs", "Wolf"]),
    ("Rückruf morgen, Koch ist bis 16 Uhr erreichbar.", ["Koch"]),
    ("Glaser hat Burak dann ans Telefon geholt.", ["Glaser", "Burak"]),
    ("Krause stellt den Fall vor. Herzog entscheidet: Anhörung. Sauer trägt vor.",
     ["Krause", "Herzog", "Sauer"]),
    ("Sommer und Lange sind gegangen, Mai ist in Elternzeit.", ["Sommer", "Lange", "Mai"]),
    ("Kaiser war erleichtert.", ["Kaiser"]),
])
def test_a_german_word_before_a_persons_verb_is_the_person(text: str, names: list[str]) -> None:
    """A surname that is also a German word ("Koch", "Lange", "Knappe"), opening the sentence
    before a verb or an auxiliary and participle only a person has, is found: a noun would need
    an article there. Each of these was missed before this rule."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Winter hat begonnen, die Heizung läuft.",
    "Lange hat es gedauert, bis der Bescheid kam.",
    "Fachlich spricht man von Sprachmittlung.",
    "Morgens hat er angerufen und nach dem Termin gefragt.",
    "Heute kommt er nicht.",
    "Wo lebt die Kandidatin? Da hat uns keiner gesagt, woran es hängt.",
    "So erklärt, wird er selten als Störung erlebt. Mir geht es um zwei Dinge.",
    "Auf Nachfrage bestätigt sie: Sie lebt getrennt.",
    "Die\n  Moderation erinnert freundlich an die Rollen.",
    "Eine erleichterte Mutter: Das passt nicht zu dem, was Sie gesagt haben.",
    "Er erinnert an die ICAO-Umschrift und das BAMF-Verfahren.",
    "Steuerberater hat die Auswertung geschickt. Hausverwaltung hat geschrieben.",
    "Beschämung zeigt sich oft leise.",
    "Zukunft sieht gut aus. Regen hält an.",
    "Im Sommer und im Winter kommen Gäste.",
])
def test_a_verb_with_another_subject_leaves_the_word(text: str) -> None:
    """Where the verb takes no person ("Winter hat begonnen"), or a pronoun right after it is
    its subject ("Fachlich spricht man", "Morgens hat er angerufen", "Wo lebt die Kandidatin"),
    the word before it is no name, nor is an adverb that is also a listed name ("So", "Da"),
    a function word after a role ("Mutter: Das passt …"), a noun whose article ends the line
    before, or a compound with an abbreviation ("ICAO-Umschrift"); the pronoun "Sie" is
    never one."""
    assert _persons(text) == []


def test_the_pronoun_sie_does_not_join_a_name() -> None:
    """"Wie sagen Sie Omid, …": the form of address "Sie" beside a first name stays outside
    the finding, and later "Sie" at the start of a sentence is not taken for that name."""
    text = "Auf Nachfrage bestätigt sie: Sie lebt getrennt.\nWie sagen Sie Omid, dass er genug getan hat?"
    assert _persons(text) == ["Omid"]


@pytest.mark.parametrize(("text", "names"), [
    ("Übergabe:\n- Linke aus der Leitstelle hat angerufen, bitte zurückrufen.", ["Linke"]),
    ("Lange hat schon die Zustimmung der BA eingeholt.", ["Lange"]),
])
def test_subjects_in_lists_and_with_where_they_come_from(text: str, names: list[str]) -> None:
    """A list's bullet opens a sentence, and where the person comes from may stand between
    the name and the verb ("Linke aus der Leitstelle hat angerufen"); the participle may come
    up to seven words after the auxiliary."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Fragen:\n- Woran merken Sie, dass es wirkt?\n- Nicht zurückschlagen.\n- Langsam sprechen.",
    "- „Verlängern geht nicht“ ist eine schlechte Antwort.",
    "Post vom Amt kam gestern, Hilfe aus der Nachbarschaft kam schnell.",
])
def test_words_opening_a_list_item_stay(text: str) -> None:
    """Capitalised words that open a list's line ("Woran", "Nicht", "Langsam"), an infinitive
    used as a noun ("Verlängern geht nicht") and nouns without their article stay words."""
    assert _persons(text) == []

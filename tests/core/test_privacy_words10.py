"""Names inside sentences (the tenth session's frames in subjects.py, prepositions.py,
referrals.py, particles.py and lowercase.py): a first name or a surname that is a German word
where the sentence makes it a person, and beside each frame the same word in its ordinary
meaning, which stays."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("In der Gruppe hat Maren gesagt, ich solle aufschreiben, was mich stört.", ["Maren"]),
    ("In der Gruppe sagte Maren, ich solle es aufschreiben.", ["Maren"]),
    ("Der Bescheid ist also schon raus, sagt Vogel. Er faxt die Meldebescheinigung.",
     ["Vogel"]),
    ("Danach hatte Winter gefragt, ob die Akte vollständig ist.", ["Winter"]),
    ("Es war laut, und dann hat Maren gesagt, ich solle es aufschreiben.", ["Maren"]),
])
def test_the_speaker_after_a_verb_of_speech_is_a_person(text, names):
    """A listed name that is a German word too, after a verb of speech and closing the clause,
    or between "hat" and a participle of speech, is the speaker: a noun would need its
    article there."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Er hat Ja gesagt und ist gegangen.",
    "Sie hat Deutsch gesprochen, aber nicht gut.",
    "Dann sagte die Kollegin, es sei zu spät.",
    "Er hat Bescheid gesagt, dass er später kommt.",
    "Er hat Okay gesagt.",
    "Es war laut, und dann hat Winter begonnen.",
])
def test_an_interjection_or_a_noun_after_a_verb_of_speech_stays(text):
    """What is said ("Ja", "Bescheid"), a language after another verb, a noun with its
    article: no speaker's name."""
    assert _persons(text) == []


def test_a_listed_name_after_siehe_is_a_person_and_a_document_stays():
    """"(siehe Eder)" points to a colleague; "(siehe Anlage)", "(siehe Teamrunde)" and a
    meaning word ("siehe Winter.") point to a document or a time."""
    assert _persons("Bitte nicht mir zuteilen (siehe Eder)") == ["Eder"]
    assert _persons("Bitte nicht mir zuteilen (siehe Anlage)") == []
    assert _persons("Die Duldung ist erteilt worden (siehe Teamrunde).") == []
    assert _persons("Zu den Fristen im Dezember siehe Winter.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Zustimmung BA nicht erforderlich. Akte an Kranich zur Prüfung.", ["Kranich"]),
    ("Vorgang an Hecht zur Kenntnis, danach zurück an mich.", ["Hecht"]),
    ("Er hat die Familie seit Jahren nicht gesehen.\nHase / SG 32", ["Hase"]),
    ("Bescheid ist raus.\nKranz, SG 3", ["Kranz"]),
    ("AG: licht & partner ing., Lohn unter der Grenze", ["licht"]),
])
def test_a_surname_in_an_office_reference_is_a_person(text, names):
    """The addressee of a file sent on for a task, a signature before a team code on its own
    line, a firm named after a partner: a surname that is a German word, with no other
    mark."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Akte an Registratur zur Ablage, Kopie an Abteilung 3 zur Kenntnis.",
    "Unterlagen an Bord zur Prüfung gegeben.",
    "Kopie an Leitung zur Kenntnis.",
    "Einbürgerung / SG 32",
    "Bau & Partner planen den Umbau der Wache.",
    "Ausgabe des Bescheids an Sie zur Unterschrift.",
])
def test_a_unit_or_a_thing_in_the_same_frames_stays(text):
    """A unit of the office after "an" ("Registratur", "Leitung"), a noun German puts after
    "an" without article ("an Bord"), a team's name before its code, a German word before
    "& Partner", a pronoun: no person."""
    assert _persons(text) == []


def test_an_arabic_particle_in_lower_case_joins_the_surname():
    """"an ben ammar": German has no word "ben", so it belongs to the surname after it;
    "bin" and "al" are German and Spanish words and are left."""
    assert _persons("Jule: Becker hat angerufen, ob der brief an ben ammar raus ist") == [
        "Jule", "Becker", "ben ammar"]
    assert _persons("ich bin müde, die akte wartet") == []


def test_a_first_name_joined_to_a_name_in_lower_case_is_a_person():
    """"halyna + dmytro savchuk": a listed first name joined by "+" or "und" to a name found
    is a second person; a German word in its place ("ware + …") stays."""
    assert _persons("morgen: halyna + dmytro savchuk wegen asylblg nochmal anrufen") == [
        "halyna", "dmytro savchuk"]
    assert _persons("morgen: ware + dmytro savchuk anrufen") == ["dmytro savchuk"]


def test_a_name_found_in_capitals_is_found_in_lower_case_where_the_lists_hold_only_the_name():
    """"Becker hat angerufen … die becker vom standesamt": a surname the lists hold only as a
    name is that person in lower case too, although a frequency list counts the word; a
    surname that is a German word ("Bauer") stays a word in lower case."""
    assert _persons("Jule: Becker hat angerufen.\nJule: also die becker vom standesamt") == [
        "Jule", "Becker", "Jule", "becker"]
    assert _persons("Frau Bauer war da. der bauer hat eier gebracht.") == ["Bauer"]


def test_a_first_name_in_brackets_after_a_surname_in_lower_case_is_a_person():
    """"fr. melnyk (tetiana)": a listed first name in brackets right after a name found; a
    word in its place stays ("(termin)")."""
    address = " sie wohnt jetzt bei Schröder, Greifswalder Str. 88, 10405 Berlin."
    assert _persons("fr. melnyk (tetiana) hat angerufen." + address) == ["melnyk", "tetiana"]
    assert _persons("fr. melnyk (termin) hat angerufen." + address) == ["melnyk"]


def test_a_listed_surname_before_a_verb_of_speech_and_what_is_said_is_a_person():
    """"lange meint sie kann das machen": after a verb of speech a pronoun and a finite verb
    open what is said, so the word before the verb is its subject, a person; "lange wartete
    sie" and "lange meint sie wohl nicht" keep the pronoun as the subject."""
    note = "akte liegt bei ihm, bitte jemand übernehmen. lange meint sie kann das machen"
    assert _persons(note) == ["lange"]
    assert _persons("das war schwer. lange wartete sie auf den bescheid.") == []
    assert _persons("das war schwer. lange meint sie wohl nicht.") == []


def test_a_surname_before_senior_or_junior_is_a_person_and_a_role_or_first_name_stays():
    """"krause senior", "Krause jun.": members of a family told apart by age; a role before
    the word ("schwester jun.", "Der Chef junior") or a preposition ("für jun.", where "Jun"
    is a first name) is no surname."""
    assert _persons("also krause senior + junior, wegen der schwiegertochter.") == ["krause"]
    assert _persons("Heute war Krause jun. da.") == ["Krause"]
    assert _persons("Der Chef junior kam, die Abteilung Junior auch.") == []
    assert _persons("die sprachmittlerin übersetzte für jun. gespräch ruhig.") == []

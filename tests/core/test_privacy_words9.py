"""German surnames that are ordinary words, in running text and typed in lower case (the ninth
session's frames in subjects.py, prepositions.py, particles.py, lowercase.py and
lowerslots.py): each frame finds the name, and the same word in its ordinary meaning stays."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def _persons(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("Busch hat heute seinen ersten Termin allein gemacht (Ok).", ["Busch"]),
    ("Korrektur: Busch hat sie vorbereitet, ausgehändigt habe ich sie.", ["Busch"]),
    ("Adler ist ab 11.01. zurück, danach weiter wie besprochen.", ["Adler"]),
    ("Ohne Druck erklärt.\nBaum war dabei? Nein, ich war allein.", ["Baum"]),
    ("Freiburg, 07.12.2026. Roth hat die Vorlage für die Entscheidungen § 60d unterschrieben.",
     ["Roth"]),
    ("Vogel ist unser Kollege in Kassel.", ["Vogel"]),
])
def test_a_bare_count_noun_opening_a_sentence_before_an_auxiliary_is_a_person(text, names):
    """A listed surname that is a German count noun, alone at a sentence's start before
    "hat", "ist" or "war", is the subject and a person: a singular noun would need its
    article; also a participle further on, an object pronoun, a role as the predicate."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Der Hahn tropft seit Tagen.",
    "Sommer ist vorbei, die Akten bleiben.",
    "Im Mai kommt er wieder.",
    "Für Freitag ist schwerer Sturm angekündigt.",
    "Lange hat es gedauert, bis der Bescheid kam.",
    "Polizei: Man hat ihn in seinem Zimmer angetroffen.",
    "Er arbeitet als Fischer auf einem Kutter.",
])
def test_the_same_words_in_their_ordinary_meaning_stay(text):
    """A season, a month, a word with its article, an adverb, a pronoun and a trade after
    "als" are no person."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Vermerk Hahn, 04.12.2026: Nach Mitteilung des BAMF ist alles da.", ["Hahn"]),
    ("Diktat Sonntag vom 30.11.2026\nVorsprache ohne Termin.", ["Sonntag"]),
    ("Arbeitgeber laut Vertrag: Bäckerei Stein in Reudnitz.", ["Stein"]),
    ("Gastfamilie Sommer hat eine Bescheinigung ausgestellt.", ["Sommer"]),
    ("Der Vermieter heißt auch Sonntag und wohnt oben.", ["Sonntag"]),
    ("Falsch abgeheftet! Blatt an Sonntag zurück.", ["Sonntag"]),
    ("- bei Berg liegen noch zwei Akten, die sind erledigt.", ["Berg"]),
    ("Rostock, 03.12.2026, SB Fischer (Anke). Vorsprache ohne Termin.", ["Fischer", "Anke"]),
    ("Abholung wird schriftlich mitgeteilt.\nK. Hahn, SB", ["K. Hahn"]),
])
def test_a_listed_surname_after_a_word_that_makes_it_a_person(text, names):
    """After the kind of note and before its date, after a shop or a family, after
    "heißt", "an … zurück", a fronted "bei" before a verb of lying, a first name in brackets
    after its surname, and after an initial, a German word that is a surname is the name."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Der Vermerk vom 04.12.2026 liegt bei.",
    "Am Sonntag zurück aus dem Urlaub.",
    "Bis Sonntag zurück.",
    "„Nein heißt nein“ ohne Blick auf das Interesse.",
])
def test_near_misses_after_those_words_stay(text):
    """A note's kind with its date but no name, a day with its article or after "bis", and
    "nein" after "heißt" are no person."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("reueerklärung nicht zumutbar.\nfr hahn war heute sauer weil busch ihre akten umsortiert "
     "hat.", ["hahn", "busch"]),
    ("vormund biene zurückgerufen, termin am 17.12.", ["biene"]),
    ("diktat wagner 2.12. zu der beschäftigungserlaubnis", ["wagner"]),
    ("diktat sonntag vom 7.12. bitte ins fachverfahren", ["sonntag"]),
    ("an wagner: der weihnachtsstern steht am empfang.", ["wagner"]),
    ("für ostermann:\n- Arben Krasniqi kommt Do wegen Westbalkanregelung",
     ["ostermann", "Arben Krasniqi"]),
    ("bitte erst den antrag vermerken\nende sauer", ["sauer"]),
    ("nächster termin um zehn uhr absatz ende fink", ["fink"]),
    ("mai hat die vorlage rumgeschickt. im mai gibt es dazu eine schulung.", ["mai"]),
    ("adresse neu bei familie sonntag nein das ist zufall", ["sonntag"]),
    ("der ist nicht verwandt mit unserem teamleiter braun", ["braun"]),
    ("arbeitgeber (gärtnerei braun in ruderting) hat angerufen", ["braun"]),
    ("die praxis in erfurt ist dr. vogelsang. vogel ist unser kollege in kassel.",
     ["vogelsang", "vogel"]),
    ("hecht → kurz, fr 4.12.\noffen: nichts", ["hecht", "kurz"]),
    ("wohnraumnachweis ist da. lt. hahn reicht das.", ["hahn"]),
    ("arbeitgeber pflegedienst sturm in pankow wartet dringend.", ["sturm"]),
    ("vermerk zu kadhim ali hussein seine ehefrau ist schwanger", ["kadhim ali hussein"]),
])
def test_lower_case_names_in_places_only_a_person_fills(text, names):
    """Typed without capitals: a subordinate clause's bare subject, a role before a person's
    participle, a note's writer before its date, an addressee line, a dictation's close, a
    person's act after "hat", "familie", possessive and role, a shop's owner, "dr.", a role
    as predicate, a hand-over before its date, "lt." and a word German does not have before a
    name found each mark the word as a name."""
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "alle sind sauer wegen der wartezeit.",
    "nicht lange rumprobieren, im mai kommt die neue regel.",
    "weil geld fehlt, wird nicht verlängert.",
    "die familie wohnt in leipzig.",
    "ende offen, bitte nachfragen.",
    "laut gesetz geht das nicht, lt. bescheid auch nicht.",
])
def test_lower_case_near_misses_stay(text):
    """The same places with an adjective, a month, a meaning word or a verb are no name."""
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Rostock, 08.12.2026. Frau Kateryna von Bergen erschien diesmal allein.",
     ["Kateryna von Bergen"]),
    ("bei Deshpande nichts mehr, bei de la Cruz warten wir noch.", ["Deshpande", "de la Cruz"]),
    ("- de la Cruz: Aufenthaltskarte in Arbeit", ["de la Cruz"]),
    ("Eingang eines Schreibens von Frau Cordula zu Stolberg (Stiftung).",
     ["Cordula zu Stolberg"]),
])
def test_particles_belong_to_the_name(text, names):
    """"von" or "zu" after a form of address and a first name alone, and lower-case particle runs
    German never has ("de la"), are part of the name."""
    assert _persons(text) == names


def test_von_after_a_surname_or_before_an_institution_stays_outside():
    """"Frau Müller von der Caritas", "Frau Anna vom Jobcenter", "Frau Anna zu Hause": the
    institution and the noun are no name."""
    assert _persons("Frau Müller von der Caritas rief an.") == ["Müller"]
    assert _persons("Ist Frau Anna zu Hause?") == ["Anna"]
    assert "Jobcenter" not in " ".join(_persons("Frau Anna von Jobcenter rief an."))

"""Names that their place gives away in a new set of Aktenvermerke (bench/privacy_mimesis2.py):
the addressee before ", <street> <number>", a lower-case name as the subject of a person's
verb, Turkish names typed in lower case — and the German around them that must stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Schreiben an Chico Villa, Dorfstraße 38a, 49074 Osnabrück, versandt.", ["Chico Villa"]),
    ("Anhörung an Liusena Kantor-Vamvas, Am Sandberg 4, 26122 Oldenburg.",
     ["Liusena Kantor-Vamvas"]),
    ("Bescheid an Montenegro Diez, Dorfstraße 12, 37073 Göttingen.", ["Montenegro Diez"]),
    ("Anhörung an Rosa Winter, Hauptstraße 3, 06108 Halle.", ["Rosa Winter"]),
])
def test_the_addressee_before_an_address(text, expected):
    """A name right before ", <street> <number>" is the addressee, also where its surname is a
    German word ("Villa", "Winter") or its first name a place ("Montenegro")."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Schreiben an das Jobcenter Halle, Dorfstraße 12, 06108 Halle.",
    "Umzug von Halle Neustadt, Dorfstraße 12, 06108 Halle.",
    "Umzug nach Halle Neustadt, Dorfstraße 12, 06108 Halle.",
    "Weiterleitung an Sozialamt Leipzig, Hauptstraße 7, 04109 Leipzig.",
])
def test_places_and_offices_before_an_address_stay(text):
    """An office or a place before an address is no person."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("kurz: puhvel war da, lohnzettel fehlen noch", ["puhvel"]),
    ("puhvel war da, lohnzettel fehlen noch", ["puhvel"]),
    ("Vermerk. andrukhovich-beniuk hat angerufen.", ["andrukhovich-beniuk"]),
    ("notiz:\nsilvennoinen kam ohne termin", ["silvennoinen"]),
])
def test_a_lower_case_subject_of_a_persons_verb(text, expected):
    """A lower-case word German does not have, opening a clause and followed by a person's
    verb ("war da", "hat angerufen", "kam"), is the person."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "kurz: es war da. antrag kam heute.",
    "notiz: post kam heute, unterlagen vollständig",
    "info: termin war heute, alles erledigt",
])
def test_lower_case_german_subjects_stay(text):
    """German words as subjects are no names."""
    assert names(text) == []


def test_a_turkish_capital_i_in_lower_case():
    """"İlknur" lower-cased is "i̇lknur" (i + combining dot): the dot must not split the word,
    so the name found earlier is found again in lower case."""
    text = "Frau İlknur Yılmaz rief an. gespräch mit i̇lknur yılmaz geführt."
    assert names(text) == ["İlknur Yılmaz", "i̇lknur yılmaz"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Antragsteller Knappe erschien pünktlich.", ["Knappe"]),
    ("Kunde Brot rief an, bat um Termin.", ["Brot"]),
    ("Herr Roman Brot rief an. Brot bat um Rückruf.", ["Roman Brot", "Brot"]),
    ("Frau Nur Demir kam heute. Nur legte den Pass vor.", ["Nur Demir", "Nur"]),
    ("Frau Jun Park ist krank. Jun meldet sich morgen.", ["Jun Park", "Jun"]),
    ("Frau Nur Zimmer, geb. 1.2.1990, erschien.", ["Nur Zimmer"]),
])
def test_names_that_are_german_words_by_context(text, expected):
    """A surname or first name that is also a German word ("Knappe", "Brot", "Nur") is a name
    after a role before a person's verb, after a form of address and a first name, and again
    as the subject of a sentence once the entry named the person."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nur kam niemand.", []),
    ("Herr Ali Termin verschoben.", ["Ali"]),
    ("Herr Ali Yılmaz, wohnhaft in Halle, erschien.", ["Ali Yılmaz"]),
    ("Sie zieht nach Halle, die Akte folgt.", []),
])
def test_the_same_words_as_german_stay(text, expected):
    """Without that context the words stay: an adverb opening a sentence, a noun after a first
    name that does not close the name, a town after "in" or "nach"."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("tel. mit formosa preta – unterlagen kommen per post", ["formosa preta"]),
    ("Karte abgeholt.\ntel. mit kyan straetman – ok", ["kyan straetman"]),
    ("Gespräch mit szintia kovács geführt.", ["szintia kovács"]),
    ("tel. mit vilator voss van aplerbeck – ok", ["vilator voss van aplerbeck"]),
])
def test_lower_case_names_after_a_conversation_with(text, expected):
    """After "tel. mit", "Gespräch mit" a lower-case name is the person talked to, also with
    particles."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "tel. mit dem jobcenter – unterlagen kommen per post",
    "tel. mit arbeitgeber, vertrag folgt",
    "gespräch mit ehemann und tochter",
    "Telefonat mit anwalt geführt",
])
def test_conversations_with_offices_and_roles_stay(text):
    """Offices, roles and relatives after "mit" are no names."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Wie mit Van der Wall vereinbart, Frist verlängert.", ["Van der Wall"]),
    ("Rückruf an Op de Pors erfolgt, Mailbox.", ["Op de Pors"]),
    ("Ter Horst rief an.", ["Ter Horst"]),
    ("Frau Luiken op Nienhuis bittet um Rückruf.", ["Luiken op Nienhuis"]),
    ("Herr Jan op den Kamp rief an.", ["Jan op den Kamp"]),
])
def test_dutch_particles_before_german_words(text, expected):
    """A Dutch particle ("Van der", "Ter", "Op de", "op") makes the following word a surname,
    also one that is a German word ("Wall", "Kamp")."""
    assert names(text) == expected


@pytest.mark.parametrize("text", ["Op Termin am Montag achten.", "Der Termin ist am Montag."])
def test_op_alone_is_no_particle(text):
    """"Op" without "de", "den" or "het" is no particle ("Op" as short for Operation)."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Nachfrage von Vogel: wann kommt der Bescheid?", ["Vogel"]),
    ("Rückruf an Biermann, Mailbox.", ["Biermann"]),
    ("Bei McDonald fehlt weiterhin der Nachweis.", ["McDonald"]),
    ("Gespräch mit MacLeod geführt.", ["MacLeod"]),
    ("Bei Hasret fehlt der Pass.", ["Hasret"]),
    ("Bei Müller fehlt der Pass.", ["Müller"]),
])
def test_surnames_after_a_preposition(text, expected):
    """A listed surname that is also a word, after a preposition and closing the clause, is
    the person; "Mc"/"Mac" names are no abbreviations; a preposition that the name lists also
    hold ("Bei") stays outside the name."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Termin bei Bedarf.", "Er kam mit Fuchs und Hund.", "Laut AufenthG ist das so.",
])
def test_ordinary_words_after_a_preposition_stay(text):
    """Nouns after prepositions and abbreviations of laws stay."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Weitergeleitet an SG 32: Antrag Weidmann, Margarethe.", ["Weidmann", "Margarethe"]),
    ("Anwesend: Helfenberger, Elisabeth; Dolmetscher Herr Okafor.",
     ["Helfenberger, Elisabeth", "Okafor"]),
])
def test_surname_that_is_a_word_before_comma_and_first_name(text, expected):
    """"Name, Vorname" after a clause mark or a file named after its person ("Antrag"): a
    German word as surname counts when a listed first name follows."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Hinweis: Termin, Anna kommt später.", "Ergebnis: Ablehnung, Maria.",
    "Antrag Aufenthaltserlaubnis, Verlängerung.",
])
def test_ordinary_words_before_comma_and_first_name_stay(text):
    """Meaning words before ", <first name>" stay."""
    assert [n for n in names(text) if n not in ("Anna", "Maria")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Herr Reinhard Banke und Frau Chantal Engebretsen beantragen gemeinsam die Verlängerung.",
     ["Reinhard Banke", "Chantal Engebretsen"]),
    ("Herr Axlan Post und Frau Geirtryggur Bassadóttir beantragen die Verlängerung.",
     ["Axlan Post", "Geirtryggur Bassadóttir"]),
    ("Herr Berly Strand und Frau Lodwik Johansson kamen zusammen.",
     ["Berly Strand", "Lodwik Johansson"]),
])
def test_a_couple_named_in_full_after_herr_and_frau(text, expected):
    """"Herr <first> <surname> und Frau …": before the second person the first one's name is
    complete, so a German word after the first name is the surname ("Banke", "Post",
    "Strand"), after a first name the lists lack too."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Herr Ahmadi Termin verschoben, Rückruf folgt.",
    "Herr Ahmadi Bescheid gegeben.",
])
def test_a_noun_after_a_surname_alone_stays(text):
    """After a title and a word the lists lack, which may be the surname itself, a noun is
    no surname unless another person follows with "und Frau/Herr"."""
    assert names(text) == ["Ahmadi"]

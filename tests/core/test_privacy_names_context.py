"""Names that only their place in an Aktenvermerk gives away: files named after people,
"Name, Vorname" lists, capitalised particles, lower-case quick notes after a role, a first
name and a surname that are both German words before ", wohnhaft" — and the ordinary German
around them that must stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Akte Krüger an Sachgebiet 2 abgegeben.", ["Krüger"]),
    ("Fall Steinmetz — Pass liegt vor, Meldebescheinigung fehlt.", ["Steinmetz"]),
    ("In der Sache Kowalczyk ist nichts weiter zu tun.", ["Kowalczyk"]),
])
def test_a_file_is_named_after_its_person(text, expected):
    """After "Akte", "Fall", "Sache" a listed surname is the person, also one that is a German
    word too ("Steinmetz")."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Auf jeden Fall Termin vereinbaren.",
    "Akte Ausländerbehörde angefordert, Fall Nummer 3 erledigt.",
    "Der Fall Abschiebung wurde besprochen.",
])
def test_file_words_before_ordinary_words(text):
    """Meaning words after "Fall" or "Akte" stay."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Gesprächspartner: Diez, Santiago sowie Betreuerin Anna Kurz.",
     ["Diez", "Santiago", "Anna Kurz"]),
    ("Anwesend: Blanco, Alba; Staatsangehörigkeit geklärt.", ["Blanco, Alba"]),
    ("Vorgeladen:\nIvanišević, Milan (Dolmetscher anwesend)", ["Ivanišević, Milan"]),
])
def test_surname_comma_first_name_at_the_start_of_a_clause(text, expected):
    """The list form "Name, Vorname" is a person, also where the surname alone would be
    ambiguous ("Diez") or the first name a German word ("Alba")."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Termine: Montag, Dienstag sowie Freitag.",
    "Unterlagen: Pass, Meldebescheinigung und Arbeitsvertrag.",
    "Wohnorte: Leipzig, Halle; beide Städte angefragt.",
])
def test_lists_of_ordinary_words_stay(text):
    """Lists of days, documents or places are no "Name, Vorname"."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Termin für Walburga Ten Kotte verlegt.", ["Walburga Ten Kotte"]),
    ("Herr Renáta Klein Woltering und sein Bruder kamen gemeinsam.",
     ["Renáta Klein Woltering"]),
    ("Anna Al Rashid (geb. 14. Juli 1997) kam ohne Termin.", ["Anna Al Rashid"]),
])
def test_capitalised_particles_belong_to_the_name(text, expected):
    """Particles written with a capital ("Ten", "Klein", "Al") between or before the parts of a
    name are replaced with it; nothing of the name stays visible."""
    assert names(text) == expected


def test_capitalised_particle_does_not_take_a_preposition_along():
    """"Bei De Angelis": the preposition before the particle is no first name."""
    assert names("Bei De Angelis fehlt der Pass.") == ["De Angelis"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Erstattung besprochen, kundin lasse fuchs informiert.", ["lasse fuchs"]),
    ("Erstattung besprochen, kundin nur eren informiert.", ["nur eren"]),
    ("Erstattung besprochen, kundin alejandro da costa informiert.", ["alejandro da costa"]),
])
def test_lower_case_names_after_a_role(text, expected):
    """After "kundin" a first name that is also a common word, followed by a surname, is the
    person; after a first name and a particle the surname may be a common word too."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "termin verlegt.\nunterlagen kommen per post, kundin will morgen kommen.",
    "die kundin hat termin am montag, unterlagen per post.",
])
def test_lower_case_notes_keep_their_words(text):
    """"per post", "will morgen": a preposition or verb that is also a first name starts no
    name in a lower-case note."""
    assert names(text) == []


def test_first_name_and_surname_that_are_words_before_wohnhaft():
    """"für Klaus Sommer, wohnhaft …": both are words, before ", wohnhaft" they are a person;
    "Im Sommer, wohnhaft …" stays."""
    assert names("Wohnsitzauflage für Klaus Sommer, wohnhaft Bahnhofstraße 94a.") == [
        "Klaus Sommer"]
    assert "Im Sommer" not in names("Im Sommer, wohnhaft in der Innenstadt, kam er oft.")


def test_listed_name_written_in_lower_case_is_a_name_inside_a_sentence():
    """"mit Lasse und …": a first name that German otherwise writes in lower case ("lasse"),
    capitalised inside a sentence, is the person; at the start of a sentence it stays open."""
    assert names("Die Kundin sprach mit Lasse und ging.") == ["Lasse"]
    assert names("Wir haben es Heute erledigt.") == []


def test_name_before_an_e_mail_address_in_brackets():
    """"Rückfragen bitte an Jun (jpark@…)": the word before a bracketed address is its owner,
    not an office that is a meaning word ("Jobcenter (info@…)")."""
    found = names("Rückfragen bitte an Jun (jpark@hotmail.com) oder an Jobcenter "
                  "(info@jobcenter.de).")
    assert found == ["Jun"]


def test_quick_lower_case_sentence_inside_a_capitalised_note():
    """A sentence typed without capitals in a note that has them: its names are found as in
    a note typed all in lower case; "z. B. die Kundin" is no such sentence."""
    text = ("Die Kundin hat die Karte abgeholt. tel. mit igor mederski – unterlagen kommen "
            "per post.")
    assert names(text) == ["igor mederski"]
    assert names("Termin am 3. mai verschoben, z. B. die Kundin anrufen.") == []


def test_unknown_word_next_to_a_name_is_part_of_it():
    """"Chayenna Rexwinkel hat heute …": a word the data does not know next to a name found
    belongs to it; a compound ending in a meaning word does not ("…antrag")."""
    assert names("Chayenna Rexwinkel hat heute die Karte abgeholt.") == ["Chayenna Rexwinkel"]
    assert names("Frau Yilmaz Wohnsitzauflagenantrag gestellt.") == ["Yilmaz"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Herr Van der Goot schilderte, dass sein Sohn kam.", ["Van der Goot"]),
    ("Van der Velde rief erneut an.", ["Van der Velde"]),
    ("Familie Van der Sluis: Vater Mads, Tochter Jagienka.", ["Van der Sluis", "Mads",
                                                              "Jagienka"]),
])
def test_dutch_particles_with_a_capital(text, expected):
    """"Van der" with a capital, as Dutch writes it without a first name: the word after the
    particles is the surname whatever else it could be ("Velde")."""
    assert names(text) == expected


def test_klein_after_a_title_is_not_a_particle_before_a_meaning_word():
    """"Frau Klein Termin vereinbart": "Klein" is the name, "Termin" stays."""
    assert names("Frau Klein Termin vereinbart.") == ["Klein"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gesprächspartner: Huber, Yohann sowie Betreuerin Ann.", ["Huber", "Yohann", "Ann"]),
    ("Gesprächspartner: Vita, Tiberio sowie Betreuerin Ann.", ["Vita", "Tiberio", "Ann"]),
    ("Wie mit Jollenbeck-Pospěch vereinbart, Frist verlängert.", ["Jollenbeck-Pospěch"]),
    ("Zbigniewa Herzog hat heute die Karte abgeholt.", ["Zbigniewa Herzog"]),
])
def test_names_the_data_knows_only_in_part(text, expected):
    """A listed name that is also a word beside a word German does not have ("Huber, Yohann",
    "Zbigniewa Herzog"); a double name of a noun-shaped and an unknown part."""
    assert names(text) == expected


def test_hyphenated_german_compounds_stay():
    """Hyphenated German words keep their class: "Online-Termin", "E-Mail-Adresse"."""
    assert names("Der Online-Termin und die E-Mail-Adresse wurden bestätigt.") == []


def test_noun_after_an_unknown_first_name_is_the_surname_unless_a_meaning_word():
    """"Louca Barbier": a noun after a name the data does not know is its surname; meaning
    words stay ("Otieno Unterlagen gegeben", "Otieno Brot gekauft")."""
    assert names("Schreiben an Louca Barbier, Alte Poststraße 75, versandt.") == [
        "Louca Barbier"]
    assert names("Ich habe Otieno Unterlagen gegeben und Otieno Brot gekauft.") == [
        "Otieno", "Otieno"]


@pytest.mark.parametrize("text, name", [
    ("Unterlagen kommen morgen. Liebe Grüße, Franziska", "Franziska"),
    ("Bitte Rückruf bis Freitag.\nViele Grüße, Vogel", "Vogel"),
    ("Danke für die schnelle Antwort.\nGrüße, Franziska (Vertretung)", "Franziska"),
])
def test_the_name_under_a_closing_greeting_is_found(text, name):
    """An e-mail's or letter's signature names its writer: one or two words ending the line
    after "Grüße", also a first name alone or a surname that is a German word."""
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Vielen Dank und viele Grüße, Team 3",
    "Viele Grüße, Ihr Sachgebiet Aufenthalt",
    "Grüße, Fiktionsbescheinigung liegt bei",
])
def test_a_greeting_before_other_words_names_no_one(text):
    """After a greeting, a team, a department or a sentence going on is no signature."""
    assert names(text) == []


def test_a_list_of_mostly_names_names_its_other_words_too():
    """In "Anwesend: Brandes, Kuhn, Kocabıyık, Kalinina" the names found make it a list of
    people: "Brandes", a frequent German word by the data, is a name there too."""
    assert "Brandes" in names("Anwesend: Brandes, Kuhn, Kocabıyık, Kalinina, Steffens")


@pytest.mark.parametrize("text", [
    "Anwesend: Yilmaz, Demir, Dolmetscher, Betreuerin",
    "Unterlagen: Pass, Meldebescheinigung, Arbeitsvertrag, Mietvertrag",
    "Themen: Rückstände, Fiktionsbescheinigungen, Urlaub, Yilmaz, Demir",
])
def test_a_list_names_no_role_meaning_word_or_mostly_other_words(text):
    """Roles, meaning words and lists that are mostly other words stay as they are."""
    assert set(names(text)) <= {"Yilmaz", "Demir"}


@pytest.mark.parametrize("text, expected", [
    ("Für Mdt. Ayham Shalhoub legen wir Widerspruch ein.", ["Ayham Shalhoub"]),
    ("Anruf der Polizeiinspektion Garbsen, POK Ramdohr, wegen der Vorladung.", ["Ramdohr"]),
    ("Er war höflich. Bitte ihm von Dir aus einmal im Monat schreiben.", []),
])
def test_role_abbreviations_and_capitalised_pronouns(text, expected):
    """"Mdt." (Mandant) and police ranks are roles before a name, not names; "Dir", "Euch"
    written with a capital in a letter are pronouns, not names."""
    assert names(text) == expected

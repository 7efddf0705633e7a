"""One person across the whole entry (bench/privacy_faker2.py follows the same people through
each note): a name found once is found at its other mentions — capitalised, in lower case, in
the genitive — and a first name typed alone in a lower-case clause is a name; the German
around them stays."""

from __future__ import annotations

import pytest

from desktop.core.privacy import anonymize, detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Passersatzpapier für Marianne Solheim beantragt. Fall Solheim: Widerspruch eingelegt. "
     "Arbeitgeber von Solheim: Bäckerei am Markt.",
     ["Marianne Solheim", "Solheim", "Solheim"]),
    ("Suzanne Pellet – Aufenthaltsgestattung verlängert. Pellets Reisepass ist abgelaufen.",
     ["Suzanne Pellet", "Pellet"]),
    ("Zur Kenntnis an Amélie Perron. Kopie der Heiratsurkunde (Aleksovska/Perron) zur Akte.",
     ["Amélie Perron", "Aleksovska", "Perron"]),
])
def test_a_surname_found_beside_a_first_name_is_found_at_its_other_mentions(text, expected):
    """A surname found only because a first name stands before it ("Marianne Solheim") is the
    same person where it stands alone later in the entry, also in the genitive."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ingeborg hanssen war heute ohne termin da. Arbeitgeber von Hanssen: Bäckerei am Markt.",
     ["ingeborg hanssen", "Hanssen"]),
    ("mari tangen war heute ohne termin da. Mari Tangen – Aufenthaltsgestattung verlängert.",
     ["mari tangen", "Mari Tangen"]),
])
def test_a_name_found_in_lower_case_is_found_where_it_is_capitalised(text, expected):
    """A name typed in lower case in a quick note is the same person in the capitalised
    sentences of the entry (one placeholder per person)."""
    assert names(text) == expected


def test_one_placeholder_for_the_lower_case_and_the_capitalised_mention():
    """Both mentions get the same placeholder, and anonymising again changes nothing."""
    text = "ingeborg hanssen war heute da. Arbeitgeber von Hanssen: Bäckerei am Markt."
    once = anonymize(text).text
    assert "hanssen" not in once.lower()
    assert once.count("[Person A]") == 2
    assert anonymize(once).text == once


@pytest.mark.parametrize(("text", "expected"), [
    ("hab marianne gesagt, dass der antrag vollständig sein muss", ["marianne"]),
    ("Bescheid zugestellt. heute kam rudolf wieder, hab ihm die liste gegeben.", ["rudolf"]),
    ("er ist verheiratet mit salma, die in teilzeit arbeitet", ["salma"]),
])
def test_a_lone_first_name_in_a_lower_case_clause(text, expected):
    """A listed first name that German does not have as a word is a name in a clause typed
    without capitals, also with no form of address or role before it."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "eilt! bitte akte vorlegen und frist notieren",
    "ich kläre das morgen mit der kollegin, lies dir den bescheid durch",
    "tue das bitte bis freitag, der antrag ist free of charge",
    "ein langer tag, die akte bleibt hier",
    "berät oft nebenbei. fragen sie nach, was die kundin gesagt hat",
])
def test_german_words_in_lower_case_notes_stay(text):
    """Verb forms and short words that the name lists also hold ("eilt", "lies", "tue",
    "kläre", "berät" folded to "Berat") stay in a lower-case note."""
    assert names(text) == []


def test_a_german_word_found_as_a_surname_is_not_spread_where_an_article_makes_it_a_noun():
    """A surname found beside a first name is spread over the entry now, but "ein Sperling"
    after an article stays a bird."""
    text = "Gesa Sperling war heute da. Ein Sperling saß vor dem Fenster. Fall Sperling: offen."
    assert names(text) == ["Gesa Sperling", "Sperling"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nachweis von Ainasha Suleimen kyzy eingereicht.", ["Ainasha Suleimen kyzy"]),
    ("Herr Togzhan uly-Rodrigues erschien mit seiner Schwester.", ["Togzhan uly-Rodrigues"]),
    ("Herr Aizharkyn Togzhan uly und Frau Zinira Abilev beantragen die Verlängerung.",
     ["Aizharkyn Togzhan uly", "Zinira Abilev"]),
    ("Vorsprache: Elvin Rasul oğlu legt den Pass vor.", ["Elvin Rasul oğlu"]),
    ("herr aidos mukan uly war da, pass abgelaufen", ["aidos mukan uly"]),
])
def test_central_asian_and_azerbaijani_patronymics_belong_to_the_name(text, expected):
    """"uly", "kyzy", "oğlu" … after the father's name are part of the person's name (a
    lower-case particle like "bin" or "dos"), also before a second surname."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("kurz: hirsch war da, lohnzettel fehlen noch", ["hirsch"]),
    ("kurz: lagerfeld hat angerufen, rückruf morgen", ["lagerfeld"]),
])
def test_a_lower_case_surname_that_german_also_has_as_the_subject_of_a_persons_verb(
        text, expected):
    """Before "war da", "hat angerufen" a lower-case word that German has only as a surname
    ("hirsch") or as a compound no dictionary holds ("lagerfeld") is the person."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "kurz: mutter war da, lohnzettel fehlen noch",
    "kurz: vermieter hat angerufen",
    "kurz: post kam heute, termin war da",
    "kurz: keiner war da",
])
def test_roles_and_field_words_as_lower_case_subjects_stay(text):
    """A role, a meaning word or a pronoun before a person's verb is no name."""
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kopie der Heiratsurkunde (Aleksovska/Perron) zur Akte genommen.",
     ["Aleksovska", "Perron"]),
    ("Kopie der Heiratsurkunde (Vaes/Bujard) zur Akte genommen.", ["Vaes", "Bujard"]),
])
def test_two_names_paired_by_a_slash(text, expected):
    """Beside a name found, the other word of a slash pair is a name too."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rückfrage Demir/Jobcenter offen.", ["Demir"]),
    ("Herr/Frau Demir bitte melden.", ["Demir"]),
    ("Weiterleitung an SG 32/Einbürgerung, Antrag und/oder Widerspruch.", []),
])
def test_a_slash_pair_with_a_role_or_field_word_keeps_it(text, expected):
    """A title, a role or a meaning word beside a slash stays."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("vollmacht: zlateia pondova bevollmächtigt ihren bruder, die unterlagen abzuholen.",
     ["zlateia pondova"]),
    ("ehepaar jessen erschien gemeinsam; der antrag ist da.", ["jessen"]),
    ("kopie der heiratsurkunde (vaes/bujard) zur akte genommen.", ["vaes", "bujard"]),
])
def test_a_note_typed_without_capitals_is_read_as_german_writes_it(text, expected):
    """A note typed entirely in lower case is read with the capitals German would write (nouns,
    roles, words German does not have), so the rules for capitalised names find its names too:
    no form of address or listed first name is needed before them."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "der widerspruch ging am 11.12. ein, die frist läuft noch. alles ist versandt.",
    "heute war es ruhig, die kollegin hat die akten sortiert und ich bin früher gegangen.",
    "zwischen den terminen war es zu laut, die wohnung ist zu klein.",
    "sie weiß, dass die frist läuft und der termin feststeht.",
    'topics = ["ablehnung", "aufenthaltserlaubnis", "ich-botschaften"]',
])
def test_german_of_a_note_typed_without_capitals_stays(text):
    """Verbs, adjectives and words that are names too ("klein", "weiß") stay in a lower-case
    note, and a list of keys is not read as a note."""
    assert names(text) == []


def test_a_lower_case_note_anonymised_twice_is_unchanged():
    """The capitals are given to the names the lower-case rules found as well, so a placeholder
    in their place changes nothing when the text is anonymised again."""
    text = ("eingang mail eliisabet_k@aol.com: eliisabet urpilainen-kappeler sendet die "
            "lohnabrechnungen nach.")
    once = anonymize(text).text
    assert "urpilainen" not in once
    assert anonymize(once).text == once

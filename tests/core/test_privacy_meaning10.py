"""Ordinary words the name rules took for names in the seventh corpus's half A, kept by their
place or by the word data: punctuation spoken into a dictated note, set phrases, places in
brackets or before "City", nouns after a genitive, compounds, roles and ranks, greetings,
abbreviations in capitals, a company's town, participles — and, beside each, the real name,
which must still be found."""

from __future__ import annotations

import pytest

from desktop.core.privacy import detect


def names(text: str) -> list[str]:
    return [f.text for f in detect(text) if f.kind.value == "person"]


@pytest.mark.parametrize("text, found", [
    ("Ihre Akte führt Frau Frost Punkt Mit freundlichen Grüßen Punkt", ["Frost"]),
    ("Familie Kanaan Doppelpunkt die Tochter Hiba Kanaan Komma geboren am vierzehnten Juli "
     "Komma hat die Schulbescheinigung eingereicht Punkt", ["Kanaan", "Hiba Kanaan"]),
    ("Er fragte Komma ob die Akte Herrera Komma Diego Komma bereits an uns abgegeben wurde "
     "Punkt", ["Herrera", "Diego"]),
    ("Moorweg 12 Komma 25421 Pinneberg Punkt Sehr geehrter Herr Haji Komma Ihre Akte", ["Haji"]),
    ("Die Akte ist noch bei uns Punkt Wird morgen versandt Punkt Rückruf erbeten", []),
])
def test_dictated_punctuation_is_no_name(text, found):
    """Spoken punctuation ("Komma", "Punkt", "Doppelpunkt") is never a name and a name never
    runs over it; after a dictated "Punkt" a sentence starts ("Punkt Wird morgen …"). The
    names beside it are still found."""
    assert names(text) == found


@pytest.mark.parametrize("text, word, name", [
    ("Er hat die Bescheide, Stück für Stück, zerrissen, sagt Frau Dörte Stück.", "Stück",
     "Dörte Stück"),
    ("Frau Ladan Rezaei (Iran) hat beim letzten Termin gesagt, sie komme wieder.", "Iran",
     "Ladan Rezaei"),
    ("Fallberatung (Kiel), Fallgeber: Matthias Specht", "Kiel", "Matthias Specht"),
    ("Name: Pascual, geb. 26.02.1991 in Cebu City, Arbeitgeber Herr Ahlers", "Cebu", "Ahlers"),
    ("Vorabzustimmung an die Botschaft Addis Abeba erteilt, Ehefrau Frau Tigist Alemu.",
     "Abeba", "Tigist Alemu"),
])
def test_set_phrases_and_places(text, word, name):
    """A noun said twice around a preposition is a set phrase; a place alone in brackets, the
    words before "City" and the further words of a capital after an embassy are places. The
    person named beside them is found."""
    found = names(text)
    assert not any(word in f for f in found if f != name)
    assert name in found


def test_noun_after_a_genitive_first_name():
    """"Samiras Idee": the noun is what Samira has, not her surname; "Jonas Fischer" (a name
    itself, no genitive) keeps its surname."""
    assert names("Es war in der Fallberatung Samiras Idee, und ich fand sie gut.") == ["Samira"]
    assert names("Nadias Fazit: Ich rede mit ihm.") == ["Nadia"]
    assert names("Termin mit Jonas Fischer am Montag.") == ["Jonas Fischer"]


@pytest.mark.parametrize("text, found", [
    ("- Familie Al-Masri – Kindergeld-Bescheinigung, wartet auf Rückruf", ["Al-Masri"]),
    ("• Chikovani, Levan – Schengen-Visum abgelaufen, Anhörung vorbereiten", ["Chikovani, Levan"]),
    ("eAT: RNNLPT9V75 – Adressaufkleber ausgegeben, Frau Okafor informiert", ["Okafor"]),
    ("Termin mit Frau Müller-Lüdenscheidt wegen der Kindergeld-Bescheinigung", ["Müller-Lüdenscheidt"]),
])
def test_compounds_of_german_words(text, found):
    """A hyphenated compound of German words or places ending in a noun names a thing, and so
    does a compound whose first noun drops its final e before a vowel ("Adress|aufkleber"); a
    double surname stays a name."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("von der Gemeinde in Münster-Hiltrup und von Pastor Dietz. Ich höre zu.", ["Dietz"]),
    ("Die Bundespolizei (Sachbearbeiter PK Sander, Vorgangs-Nr. 4417-26) hat angerufen.",
     ["Sander"]),
    ("Hi Derya,\nkannst du mir bitte die Meldebescheinigung schicken?", ["Derya"]),
    ("Fall: Herr Wahid Stanikzai, 19, kam als UMA, jetzt volljährig.", ["Wahid Stanikzai"]),
    ("Termin mit Herrn ALI verschoben.", ["ALI"]),
])
def test_roles_greetings_and_capitals(text, found):
    """Clergy and police ranks are roles before a name, a greeting is no part of the name it
    greets, and a listed name in three capitals counts only with context ("kam als UMA", but
    "Herrn ALI")."""
    assert names(text) == found


@pytest.mark.parametrize("text, found", [
    ("Arbeitgeber: Nordsee-Krabben GmbH, Büsum, Ansprechpartner Hinnerk Thießen, Tel. 04834",
     ["Hinnerk Thießen"]),
    ("Gruß aus dem Bürgerbüro Vegesack, Tamara", ["Tamara"]),
])
def test_a_company_town_and_an_office_district(text, found):
    """The word after a company's legal form and a comma is its town; after a Bürgerbüro its
    district. The contact person is found."""
    assert names(text) == found


def test_capitalised_participle():
    """A participle of a separable verb capitalised inside a sentence is a verb; the names
    after it are found."""
    text = ("kurz: lohnzettel fehlen noch Weitergeleitet an SG 32 (Einbürgerung): "
            "Antrag Artimishin, Peresvit.")
    found = names(text)
    assert "Weitergeleitet" not in found
    assert "Artimishin" in " ".join(found)


def test_the_model_reads_dictated_punctuation_as_the_mark():
    """The learned judgement sees "Komma" as a comma: "Alter" after it opens a new item, as
    after ", "; a first name after it is still found."""
    assert names("sieben Jahre als Krankenpfleger Komma Alter unter fünfunddreißig Punkt") == []
    assert names("Die Akte Herrera Komma Diego Komma liegt vor Punkt") == ["Herrera", "Diego"]


def test_clergy_title_before_a_name_and_a_surname_after_a_first_name():
    """"Pastor" before a name is a title; after a first name it is the surname, and alone
    the model judges it."""
    assert names("Gespräch mit der Gemeinde und mit Pastor Dietz heute.") == ["Dietz"]
    assert names("Anwesend: Mansur Rüstəmli, Claire Pastor (Dolmetscher).") == [
        "Mansur Rüstəmli", "Claire Pastor"]


@pytest.mark.parametrize("text, found", [
    ("Herr Fuchs ist übrigens kein schlauer Fuchs, wenn es um Software geht.", ["Fuchs"]),
    ("Für Freitag ist schwerer Sturm angekündigt, sagt Frau Sturm.", ["Sturm"]),
    ("Gestern kam die kleine Amina Yusuf mit.", ["Amina Yusuf"]),
])
def test_noun_after_an_inflected_adjective(text, found):
    """A name that is also a German word, after an inflected adjective, is the noun of its
    phrase; a first name after an adjective stays a name, and so does the same word after a
    form of address."""
    assert names(text) == found


def test_street_names_ending_in_stieg_or_chaussee():
    """"Jungfernstieg", "Elbchaussee" are built like streets, not surnames; the lawyer named
    before is found."""
    assert names("Anruf RAin Dr. Friederike Lange, Kanzlei am Jungfernstieg, 040 3508 1422") == [
        "Friederike Lange"]


def test_participle_with_two_prefixes():
    """"Zuerkannt" (zu + erkannt) is a participle the lists lack, not a name; the person of
    the decision is found."""
    assert names("Der Bescheid für Herrn Dardan Lushaj ist unanfechtbar. Zuerkannt wurde "
                 "subsidiärer Schutz.") == ["Dardan Lushaj"]


def test_mixed_case_abbreviation_before_a_birth_date():
    """"türk. StA, geb. …": the citizenship's abbreviation before "geb." is no name; the
    person before it is found."""
    assert names("Vorsprache 16.12.2026, Herr Hüsnü Çakıroğlu, türk. StA, geb. 02.11.1967") == [
        "Hüsnü Çakıroğlu"]


def test_per_before_a_noun():
    """"Per E-Mail an …": the preposition before a German noun, not the first name "Per"
    ("Per Olsen")."""
    assert names("Per E-Mail an die Adresse oben, sagt Frau Olsen.") == ["Olsen"]
    assert names("Per Olsen kam heute.") == ["Per Olsen"]
    assert names("Herr Liv Wilhelmsson und Frau Per Agger beantragen gemeinsam.") == [
        "Liv Wilhelmsson", "Per Agger"]

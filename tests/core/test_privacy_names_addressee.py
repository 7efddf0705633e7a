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

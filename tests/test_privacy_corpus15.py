"""The fifteenth anonymiser corpus (bench/privacy_corpus15.py) parses into consistent notes, is
big enough to measure each kind and origin in each half, mixes notes typed into the app with
the offices' and messy texts, and its identifiers follow their real rules. Only the markup is
checked: no test here runs the detector on these notes (both halves stay untouched)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus15 import (
    APP_TYPES,
    CORPUS,
    MESSY_TYPES,
    OFFICE_TYPES,
    TYPES,
    build_corpus15,
    main,
    sources,
)
from tests.privacy_corpus_checks import (
    MARK,
    check_azr_numbers,
    check_german_document_numbers,
    check_halves,
    check_ibans_and_tax_ids,
    check_names_marked,
    check_numbering,
    check_postcodes,
    items,
)
from tests.test_privacy_corpus3 import check_markup

SOURCES = sources()
NOTES = [parse(s.text) for s in SOURCES]
IDENTIFIERS = ("adresse", "aktenzeichen", "ausweisnummer", "azr", "datum", "geburtsdatum",
               "email", "iban", "telefon", "steuer_id")


def test_every_item_and_meaning_word_is_the_text_at_its_span():
    """Each item's text equals the note's text at its span and is what the markup enclosed, in
    order; items never overlap; meaning words lie inside the note and never overlap an item; no
    markup is left in the plain text."""
    check_markup(SOURCES, NOTES)


def test_a_name_is_marked_without_title_and_with_its_origin():
    """Names carry an origin code and are marked as written, without "Herr"/"Frau"/"Dr." inside
    the mark."""
    check_names_marked(SOURCES)


def test_a_plural_or_genitive_s_stays_outside_the_mark():
    """A name is marked without a trailing plural or genitive s ("die [[yordanov]]s",
    "[[rami]]s handy"): no marked name is another marked name with an s added."""
    names = {m[3].lower() for s in SOURCES for m in MARK.finditer(s.text) if m[1] == "person"}
    assert sorted(n for n in names if n.endswith("s") and n[:-1] in names) == []


def test_the_notes_are_numbered_once_and_between_140_and_1000_characters():
    """Numbers run 1, 2, 3 … without gaps; each note is of a known type and 140 to 1,000
    characters long, and the lengths vary: at least a tenth of the notes are under 280
    characters, and at least a fifth over 600."""
    check_numbering(SOURCES, NOTES, TYPES, 140, 1000)
    lengths = [len(n.text) for n in NOTES]
    assert sum(n < 280 for n in lengths) >= len(lengths) / 10, sorted(lengths)
    assert sum(n > 600 for n in lengths) >= len(lengths) / 5, sorted(lengths)


def test_the_app_the_offices_and_the_messy_notes_each_have_their_share():
    """Notes typed into the app make up 25 to 35 per cent of the notes, the offices' texts 40
    to 50 per cent, messy notes 22 to 32 per cent."""
    share = {group: sum(s.type in group for s in SOURCES) / len(SOURCES)
             for group in (APP_TYPES, OFFICE_TYPES, MESSY_TYPES)}
    assert 0.25 <= share[APP_TYPES] <= 0.35, share
    assert 0.40 <= share[OFFICE_TYPES] <= 0.50, share
    assert 0.22 <= share[MESSY_TYPES] <= 0.32, share


def test_the_corpus_is_big_enough_to_measure_every_kind_and_origin():
    """At least 300 notes and 1,400 name mentions (25 to 40 per cent German), at least 15 of
    every origin code, at least 25 of each identifier kind, so that a figure per kind means
    something."""
    c = counts(NOTES)
    assert len(NOTES) >= 300, len(NOTES)
    assert c["person"] >= 1400, c["person"]
    assert 0.25 <= c["person:de"] / c["person"] <= 0.40, c["person:de"]
    assert all(c[f"person:{o}"] >= 15 for o in ORIGINS), {o: c[f"person:{o}"] for o in ORIGINS}
    assert all(c[k] >= 25 for k in IDENTIFIERS), {k: c[k] for k in IDENTIFIERS}


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_kind_and_origin():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type, every kind and names of every origin, with counts per kind
    within a third of each other."""
    check_halves(build_corpus15, SOURCES, NOTES, TYPES, every_origin=True)


def test_both_halves_are_untouched():
    """The corpus has no development half: nothing of it is shown note by note."""
    with pytest.raises(ValueError):
        CORPUS.development_half()


def test_the_command_line_counts(capsys):
    """`--count` prints notes and items per half."""
    assert main(["--count"]) == 0
    assert "Notizen" in capsys.readouterr().out


def test_ibans_and_tax_ids_follow_their_rules():
    """IBANs pass mod 97 (German ones are 22 characters, and some are Romanian, Bulgarian,
    Turkish, Ukrainian, Polish or Dutch); Steuer-IDs pass their check digit and their digit
    structure."""
    check_ibans_and_tax_ids(NOTES)
    assert {v[:2] for v in items(NOTES, "iban")} >= {"DE", "RO", "BG", "TR", "UA", "PL", "NL"}


def test_azr_numbers_start_with_a_plausible_registration_date():
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between 2000
    and the corpus's writing."""
    check_azr_numbers(NOTES, date(2026, 12, 7))


def test_german_document_numbers_carry_their_icao_check_digit():
    """German card, eAT and passport numbers written with ten characters (nine of the
    authority's alphabet and a digit) carry a valid ICAO check digit."""
    check_german_document_numbers(NOTES)


def _svnr_check(number: str) -> str:
    """The check digit of a German Sozialversicherungsnummer (area, birth date, initial, serial):
    the letter becomes its two-digit place in the alphabet, the digits are weighted 2, 1, 2, 5,
    7, 1, 2, 1, 2, 1, 2, 1 and the digit sums of the products are added up modulo 10."""
    digits = number[:8] + f"{ord(number[8]) - 64:02d}" + number[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return str(sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
               % 10)


def test_sozialversicherungsnummern_carry_their_check_digit():
    """Every Sozialversicherungsnummer (marked `ausweisnummer`) carries a valid check digit and
    a real birth date in it."""
    numbers = [v for v in items(NOTES, "ausweisnummer")
               if re.fullmatch(r"\d{8}[A-Z]\d{3}", v)]
    assert len(numbers) >= 4, numbers
    for v in numbers:
        assert _svnr_check(v) == v[11], v
        date(1900 + int(v[6:8]) if int(v[6:8]) > 26 else 2000 + int(v[6:8]),
             int(v[4:6]), int(v[2:4]))


# Postcode areas of the towns the notes are set in (first digits of their postcodes).
_POSTCODES = {
    "Duisburg": ("47",), "Gelsenkirchen": ("458",), "Dortmund": ("441", "442", "443"),
    "Bochum": ("447", "448"), "Essen": ("451", "452", "453"), "Oberhausen": ("460", "461"),
    "Hagen": ("580", "581"), "Wuppertal": ("421", "422", "423"), "Solingen": ("426", "427"),
    "Köln": ("50", "51"), "Bonn": ("531", "532"), "Schwelm": ("5833",),
    "Bielefeld": ("336", "337"),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES, at_least=50)

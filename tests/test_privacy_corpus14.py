"""The fourteenth anonymiser corpus (bench/privacy_corpus14.py) parses into consistent notes, is
big enough to measure each kind and origin in each half, mixes notes typed into the app with the
offices', employers' and schools' texts and messy ones, and its identifiers follow their real
rules. Only the markup is checked: no test here runs the detector on these notes (both halves
stay untouched)."""

from __future__ import annotations

from datetime import date

import pytest

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus14 import (
    APP_TYPES,
    CORPUS,
    MESSY_TYPES,
    OFFICE_TYPES,
    TYPES,
    build_corpus14,
    main,
    sources,
)
from tests.privacy_corpus_checks import (
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


def test_the_notes_are_numbered_once_and_between_140_and_1100_characters():
    """Numbers run 1, 2, 3 … without gaps; each note is of a known type and 140 to 1,100
    characters long, and the lengths vary: at least a twelfth of the notes are under 280
    characters, and at least one in forty over 600."""
    check_numbering(SOURCES, NOTES, TYPES, 140, 1100)
    lengths = [len(n.text) for n in NOTES]
    assert sum(n < 280 for n in lengths) >= len(lengths) / 12, sorted(lengths)
    assert sum(n > 600 for n in lengths) >= len(lengths) / 40, sorted(lengths)


def test_the_notes_mix_the_app_the_offices_and_messy_texts():
    """Notes typed into the app make up 18 to 30 per cent of the notes, the offices',
    employers' and schools' texts 38 to 50 per cent, messy notes 28 to 40 per cent."""
    share = {group: sum(s.type in group for s in SOURCES) / len(SOURCES)
             for group in (APP_TYPES, OFFICE_TYPES, MESSY_TYPES)}
    assert 0.18 <= share[APP_TYPES] <= 0.30, share
    assert 0.38 <= share[OFFICE_TYPES] <= 0.50, share
    assert 0.28 <= share[MESSY_TYPES] <= 0.40, share


def test_the_corpus_is_big_enough_to_measure_every_kind_and_origin():
    """At least 300 notes and 1,000 name mentions (28 to 45 per cent German), every origin code
    in use, at least 25 of each identifier kind, so that a figure per kind means something."""
    c = counts(NOTES)
    assert len(NOTES) >= 300, len(NOTES)
    assert c["person"] >= 1000, c["person"]
    assert 0.28 <= c["person:de"] / c["person"] <= 0.45, c["person:de"]
    assert all(c[f"person:{o}"] > 0 for o in ORIGINS), [o for o in ORIGINS if not c[f"person:{o}"]]
    assert all(c[k] >= 25 for k in IDENTIFIERS), {k: c[k] for k in IDENTIFIERS}


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_kind_and_origin():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type, every kind and names of every origin, with counts per kind
    within a third of each other."""
    check_halves(build_corpus14, SOURCES, NOTES, TYPES, every_origin=True)


def test_both_halves_are_untouched():
    """The corpus has no development half: nothing of it is shown note by note."""
    with pytest.raises(ValueError):
        CORPUS.development_half()


def test_the_command_line_counts(capsys):
    """`--count` prints notes and items per half."""
    assert main(["--count"]) == 0
    assert "Notizen" in capsys.readouterr().out


def test_ibans_and_tax_ids_follow_their_rules():
    """IBANs pass mod 97 (German ones are 22 characters, and some are foreign: Luxembourg,
    France, Turkey, Poland); Steuer-IDs pass their check digit and their digit structure (one
    digit twice or three times among the first ten, never three in a row)."""
    check_ibans_and_tax_ids(NOTES)
    assert {v[:2] for v in items(NOTES, "iban")} >= {"DE", "LU", "FR"}


def test_azr_numbers_start_with_a_plausible_registration_date():
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between 2000
    and the corpus's writing."""
    check_azr_numbers(NOTES, date(2026, 12, 7))


def test_german_document_numbers_carry_their_icao_check_digit():
    """German card, eAT and passport numbers written with ten characters (nine of the
    authority's alphabet and a digit) carry a valid ICAO check digit."""
    check_german_document_numbers(NOTES, at_least=8)


# Postcode areas of the towns the notes are set in (first digits of their postcodes), French
# ones beside the German (a Luxembourg postcode has four digits and is not checked here).
_POSTCODES = {
    "Mainz": ("551",), "Ludwigshafen am Rhein": ("670",), "Kaiserslautern": ("676",),
    "Trier": ("542",), "Koblenz": ("560",), "Worms": ("675",), "Pirmasens": ("669",),
    "Saarbrücken": ("661",), "Neunkirchen": ("665",), "Saarlouis": ("667",),
    "Dillingen": ("667",), "Landstuhl": ("668",), "Speyer": ("673",),
    "Bingen am Rhein": ("554",), "Konz": ("543",), "Sulzbach": ("662",),
    "Forbach": ("576",),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES, at_least=40)

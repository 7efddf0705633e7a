"""The twelfth anonymiser corpus (bench/privacy_corpus12.py) parses into consistent notes, is big
enough to measure each kind and origin in each half, holds its three hands in equal parts, and
its identifiers follow their real rules. Only the markup is checked: no test here runs the
detector on these notes (both halves stay untouched; there is no `--misses`)."""

from __future__ import annotations

from datetime import date

import pytest

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus12 import (
    APP_TYPES,
    CORPUS,
    MESSY_TYPES,
    OFFICE_TYPES,
    TYPES,
    build_corpus12,
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


def test_the_notes_are_numbered_once_and_between_150_and_900_characters():
    """Numbers run 1, 2, 3 … without gaps; each note is of a known type and 150 to 900
    characters long, and the lengths vary: at least a twelfth of the notes are under 280
    characters, and at least a twelfth over 600."""
    check_numbering(SOURCES, NOTES, TYPES, 150, 900)
    lengths = [len(n.text) for n in NOTES]
    assert sum(n < 280 for n in lengths) >= len(lengths) / 12, sorted(lengths)
    assert sum(n > 600 for n in lengths) >= len(lengths) / 12, sorted(lengths)


def test_app_notes_office_texts_and_messy_notes_each_make_up_a_third():
    """Notes typed into the app, the office's texts and messy notes each make up between 30 and
    37 per cent of the notes."""
    for group in (APP_TYPES, OFFICE_TYPES, MESSY_TYPES):
        share = sum(s.type in group for s in SOURCES) / len(SOURCES)
        assert 0.30 <= share <= 0.37, (group, share)


def test_the_corpus_is_big_enough_to_measure_every_kind_and_origin():
    """At least 300 notes and 1,000 name mentions (a third German, give or take), every origin
    code in use, at least 25 of each identifier kind, so that a figure per kind means
    something."""
    c = counts(NOTES)
    assert len(NOTES) >= 300, len(NOTES)
    assert c["person"] >= 1000, c["person"]
    assert 0.28 <= c["person:de"] / c["person"] <= 0.42, c["person:de"]
    assert all(c[f"person:{o}"] > 0 for o in ORIGINS), [o for o in ORIGINS if not c[f"person:{o}"]]
    assert all(c[k] >= 25 for k in IDENTIFIERS), {k: c[k] for k in IDENTIFIERS}


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_kind_and_origin():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type, every kind and names of every origin, with counts per kind
    within a third of each other."""
    check_halves(build_corpus12, SOURCES, NOTES, TYPES, every_origin=True)


def test_both_halves_are_untouched():
    """The corpus has no development half: nothing of it is shown note by note."""
    assert CORPUS.development is False
    with pytest.raises(ValueError):
        CORPUS.development_half()


def test_the_command_line_counts(capsys):
    """`--count` prints notes and items per half."""
    assert main(["--count"]) == 0
    assert "Notizen" in capsys.readouterr().out


def test_ibans_and_tax_ids_follow_their_rules():
    """IBANs pass mod 97 (German ones are 22 characters, and some are foreign); Steuer-IDs pass
    their check digit and their digit structure (one digit twice or three times among the
    first ten, never three in a row)."""
    check_ibans_and_tax_ids(NOTES)
    assert {v[:2] for v in items(NOTES, "iban")} - {"DE"}


def test_azr_numbers_start_with_a_plausible_registration_date():
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between 2000
    and the corpus's writing."""
    check_azr_numbers(NOTES, date(2026, 12, 7))


def test_german_document_numbers_carry_their_icao_check_digit():
    """German card, eAT, travel document and identity card numbers written with ten characters
    (nine of the authority's alphabet and a digit) carry a valid ICAO check digit."""
    check_german_document_numbers(NOTES)


# Postcode areas of the towns the notes are set in (first digits of their postcodes).
# "Frankfurt" is Frankfurt (Oder): the parenthesis ends the town the check reads.
_POSTCODES = {
    "Hamburg": ("20", "21", "22"), "Wedel": ("2288",), "Bremen": ("28",),
    "Bremerhaven": ("275",), "Kiel": ("241",), "Lübeck": ("235",), "Neumünster": ("245",),
    "Flensburg": ("249",), "Harrislee": ("2495",), "Pinneberg": ("2542",),
    "Elmshorn": ("2533",), "Bad Segeberg": ("2379",), "Kaltenkirchen": ("2456",),
    "Rendsburg": ("2476",), "Eckernförde": ("2434",), "Rostock": ("180", "181"),
    "Schwerin": ("190",), "Greifswald": ("174",), "Stralsund": ("184",),
    "Anklam": ("1738",), "Pasewalk": ("1730",), "Nostorf": ("1925",),
    "Potsdam": ("144",), "Cottbus": ("030",), "Frankfurt": ("152",),
    "Eisenhüttenstadt": ("1589",), "Beeskow": ("1584",), "Fürstenwalde": ("1551",),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES, at_least=40)

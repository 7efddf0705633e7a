"""The seventh anonymiser corpus (bench/privacy_corpus7.py) parses into consistent notes, is big
enough to measure each kind in each half, holds the app's own note types as well as the
office's, and its identifiers follow their real rules. Only the markup is checked: no test here
runs the detector on these notes (half B is kept untouched for evaluation; half A's `--misses` is
tested with the fourth corpus's)."""

from __future__ import annotations

from datetime import date

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus7 import APP_TYPES, TYPES, build_corpus7, sources
from tests.privacy_corpus_checks import (
    check_azr_numbers,
    check_german_document_numbers,
    check_halves,
    check_ibans_and_tax_ids,
    check_names_marked,
    check_numbering,
    check_postcodes,
)
from tests.test_privacy_corpus3 import check_markup

SOURCES = sources()
NOTES = [parse(s.text) for s in SOURCES]


def test_every_item_and_meaning_word_is_the_text_at_its_span():
    """Each item's text equals the note's text at its span and is what the markup enclosed, in
    order; items never overlap; meaning words lie inside the note and never overlap an item; no
    markup is left in the plain text."""
    check_markup(SOURCES, NOTES)


def test_a_name_is_marked_without_title_and_with_its_origin():
    """Names carry an origin code and are marked as written, without "Herr"/"Frau"/"Dr." inside
    the mark."""
    check_names_marked(SOURCES)


def test_the_notes_are_numbered_once_and_of_a_real_length():
    """Numbers run 1, 2, 3 … without gaps; each note is as long as a real one (a one-line
    chat or quick note of 20 characters up to half a page of 1,600) and of a known type."""
    check_numbering(SOURCES, NOTES, TYPES, 20, 1600)


def test_about_half_of_the_notes_are_typed_into_the_app():
    """Reflections, notes for supervision, a supervisor's feedback and case consultation make
    up between 45 and 55 per cent of the notes."""
    share = sum(s.type in APP_TYPES for s in SOURCES) / len(SOURCES)
    assert 0.45 <= share <= 0.55, share


def test_the_corpus_is_big_enough_to_measure_every_kind_and_origin():
    """300–360 notes, at least 1,100 name mentions, every origin code in use, 25 each of the
    frequent identifiers and 12 each of the rare ones, so that a figure per kind means
    something."""
    c = counts(NOTES)
    assert 300 <= len(NOTES) <= 360, len(NOTES)
    assert c["person"] >= 1100, c["person"]
    assert all(c[f"person:{o}"] > 0 for o in ORIGINS), [o for o in ORIGINS if not c[f"person:{o}"]]
    assert all(c[k] >= 25 for k in ("aktenzeichen", "adresse", "ausweisnummer", "datum")), c
    assert all(c[k] >= 12 for k in ("azr", "steuer_id", "iban", "email", "telefon",
                                    "geburtsdatum")), c


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_and_kind():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type, every kind and names of every origin, with counts per kind
    within a third of each other."""
    check_halves(build_corpus7, SOURCES, NOTES, TYPES, every_origin=True)


def test_ibans_and_tax_ids_follow_their_rules():
    """IBANs pass mod 97 (German ones are 22 characters); Steuer-IDs pass their check digit and
    their digit structure (one digit twice or three times among the first ten, never three in
    a row)."""
    check_ibans_and_tax_ids(NOTES)


def test_azr_numbers_start_with_a_plausible_registration_date():
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between 2000
    and the corpus's writing."""
    check_azr_numbers(NOTES, date(2026, 12, 7))


def test_german_document_numbers_carry_their_icao_check_digit():
    """German card, eAT and passport numbers written with ten characters (nine of the
    authority's alphabet and a digit) carry a valid ICAO check digit."""
    check_german_document_numbers(NOTES)


# Postcode areas of the towns the notes are set in (first digits of their postcodes).
_POSTCODES = {
    "Hamburg": ("20", "21", "22"), "Bremen": ("28",), "Bremerhaven": ("275",),
    "Kiel": ("241",), "Lübeck": ("235",), "Flensburg": ("249",), "Nürnberg": ("90",),
    "Augsburg": ("861",), "Regensburg": ("930",), "Saarbrücken": ("661",), "Trier": ("542",),
    "Mainz": ("551",), "Bielefeld": ("336", "337"), "Münster": ("481",), "Dortmund": ("44",),
    "Eckernförde": ("24340",), "Rendsburg": ("2476",), "Schleswig": ("24837",),
    "Norderstedt": ("228",), "Elmshorn": ("25335",), "Pinneberg": ("25421",),
    "Neumünster": ("245",), "Eutin": ("23701",), "Husum": ("25813",),
    "Fürth": ("907",), "Erlangen": ("910",), "Schwabach": ("91126",), "Zirndorf": ("90513",),
    "Ansbach": ("915",), "Friedberg": ("86316",), "Neutraubling": ("93073",),
    "Kelheim": ("93309",), "Saarlouis": ("6674",), "Neunkirchen": ("6653", "6654"),
    "Wittlich": ("54516",), "Ingelheim am Rhein": ("55218",), "Bingen am Rhein": ("55411",),
    "Gütersloh": ("3333",), "Rheine": ("4842", "4843"), "Unna": ("5942",), "Lünen": ("4453",),
    "Castrop-Rauxel": ("4457", "4458"), "Osterholz-Scharmbeck": ("27711",),
    "Cuxhaven": ("2747",), "Delmenhorst": ("277",), "Herford": ("320",),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES)

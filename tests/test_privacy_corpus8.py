"""The eighth anonymiser corpus (bench/privacy_corpus8.py) parses into consistent notes, is big
enough to measure each kind in each half, holds its three hands in about equal parts, and its
identifiers follow their real rules. Only the markup is checked: no test here runs the detector
on these notes (half B is kept untouched for evaluation; half A's `--misses` is tested with the
fourth corpus's)."""

from __future__ import annotations

from datetime import date

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus8 import (
    APP_TYPES,
    MESSY_TYPES,
    OFFICE_TYPES,
    TYPES,
    build_corpus8,
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


def test_the_notes_are_numbered_once_and_of_a_real_length():
    """Numbers run 1, 2, 3 … without gaps; each note is as long as a real one (a one-line chat
    of 20 characters up to half a page of 1,600) and of a known type."""
    check_numbering(SOURCES, NOTES, TYPES, 20, 1600)


def test_app_notes_office_texts_and_messy_notes_each_make_up_about_a_third():
    """Notes typed into the app, the office's texts and messy notes each make up between 28 and
    39 per cent of the notes."""
    for group in (APP_TYPES, OFFICE_TYPES, MESSY_TYPES):
        share = sum(s.type in group for s in SOURCES) / len(SOURCES)
        assert 0.28 <= share <= 0.39, (group, share)


def test_the_corpus_is_big_enough_to_measure_every_kind_and_origin():
    """280–340 notes, at least 1,000 name mentions (about a third German), every origin code in
    use, at least 25 of each identifier kind, so that a figure per kind means something."""
    c = counts(NOTES)
    assert 280 <= len(NOTES) <= 340, len(NOTES)
    assert c["person"] >= 1000, c["person"]
    assert 0.25 <= c["person:de"] / c["person"] <= 0.42, c["person:de"]
    assert all(c[f"person:{o}"] > 0 for o in ORIGINS), [o for o in ORIGINS if not c[f"person:{o}"]]
    assert all(c[k] >= 25 for k in IDENTIFIERS), {k: c[k] for k in IDENTIFIERS}


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_and_kind():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type and every kind, with counts per kind within a third of each
    other."""
    check_halves(build_corpus8, SOURCES, NOTES, TYPES)


def test_the_command_line_counts(capsys):
    """`--count` prints notes and items per half (`--misses`, half A only since half A became
    a development set, is tested with the fourth corpus's)."""
    assert main(["--count"]) == 0
    assert "Notizen" in capsys.readouterr().out


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
    "Leipzig": ("041", "042", "043"), "Chemnitz": ("091", "092"), "Görlitz": ("0282",),
    "Erfurt": ("990", "9909"), "Jena": ("077",), "Gera": ("075",), "Magdeburg": ("391",),
    "Halle": ("061",), "Halle (Saale)": ("061",), "Hannover": ("301", "304", "305", "306"),
    "Osnabrück": ("490",), "Göttingen": ("370",), "Oldenburg": ("261",),
    "Freiburg": ("790", "791"), "Freiburg im Breisgau": ("790", "791"),
    "Karlsruhe": ("761", "762"), "Konstanz": ("784",), "Paderborn": ("330", "331"),
    "Detmold": ("3275", "3276"), "Minden": ("3242",), "Gelsenkirchen": ("458",),
    "Bochum": ("447", "448"), "Hagen": ("580", "581"),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES)

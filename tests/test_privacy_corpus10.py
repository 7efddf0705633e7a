"""The tenth anonymiser corpus (bench/privacy_corpus10.py) parses into consistent notes, is big
enough to measure each kind and origin in each half, holds its three hands in equal parts, and
its identifiers follow their real rules. Only the markup is checked: no test here runs the
detector on these notes (`--misses` of half A, a development set since the first measurement,
is tested with the other corpora's in test_privacy_corpus4.py)."""

from __future__ import annotations

from datetime import date

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus10 import (
    APP_TYPES,
    MESSY_TYPES,
    OFFICE_TYPES,
    TYPES,
    build_corpus10,
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


def test_the_notes_are_numbered_once_and_between_150_and_1100_characters():
    """Numbers run 1, 2, 3 … without gaps; each note is of a known type and 150 to 1,100
    characters long, and the lengths vary: at least a twelfth of the notes are under 280
    characters, and at least a twelfth over 600."""
    check_numbering(SOURCES, NOTES, TYPES, 150, 1100)
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
    check_halves(build_corpus10, SOURCES, NOTES, TYPES, every_origin=True)


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
    """German card, eAT and passport numbers written with ten characters (nine of the
    authority's alphabet and a digit) carry a valid ICAO check digit."""
    check_german_document_numbers(NOTES)


def test_the_development_half_is_half_a_alone():
    """Since the first measurement half A is a development set: the development half holds
    exactly half A's notes, and none of half B's."""
    from bench.privacy_corpus10 import CORPUS

    a, b = build_corpus10()
    development = [m.note.text for m in CORPUS.development_half()]
    assert development == [n.text for n in a]
    assert not set(development) & {n.text for n in b}


# Postcode areas of the towns the notes are set in (first digits of their postcodes).
_POSTCODES = {
    "Köln": ("50", "51"), "Düsseldorf": ("40",), "Duisburg": ("47",), "Essen": ("45",),
    "Dortmund": ("44",), "Bochum": ("447", "448"), "Gelsenkirchen": ("458", "459"),
    "Bielefeld": ("336", "337"), "Münster": ("481",), "Aachen": ("520",),
    "Siegen": ("5707", "5708"), "Hagen": ("580", "581"), "Wuppertal": ("42",),
    "Paderborn": ("3309", "3310"), "Unna": ("594",), "Kamen": ("5917",), "Lünen": ("445",),
    "Siegburg": ("5372",), "Troisdorf": ("538",), "Sankt Augustin": ("537",),
    "Hannover": ("30",), "Braunschweig": ("381",), "Osnabrück": ("490",),
    "Oldenburg": ("261",), "Göttingen": ("370",), "Wolfsburg": ("384",),
    "Salzgitter": ("382",), "Lüneburg": ("213",), "Friedland": ("3713",),
    "Leipzig": ("04",), "Dresden": ("01",), "Chemnitz": ("091", "092"), "Zwickau": ("080",),
    "Erfurt": ("99",), "Jena": ("077",), "Gera": ("075",), "Suhl": ("985",),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES, at_least=40)

"""The eleventh anonymiser corpus (bench/privacy_corpus11.py) parses into consistent notes, is
big enough to measure each identifier kind and each origin in each half, holds its three hands
in equal parts, and its identifiers follow their real rules. Only the markup is checked: no
test here runs the detector on these notes (`--misses` of half A, a development set since the
first measurement, is tested with the other corpora's in test_privacy_corpus4.py)."""

from __future__ import annotations

from datetime import date

from bench.privacy_corpus3 import ORIGINS, counts, parse
from bench.privacy_corpus11 import (
    APP_TYPES,
    CORPUS,
    MESSY_TYPES,
    OFFICE_TYPES,
    TYPES,
    build_corpus11,
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
# The least of each identifier kind in the whole corpus: this corpus is written to be rich in
# identifiers, so that a figure per kind near 99.5 % rests on more than a few dozen items.
AT_LEAST = {"adresse": 110, "aktenzeichen": 110, "ausweisnummer": 75, "azr": 35,
            "datum": 230, "geburtsdatum": 60, "email": 45, "iban": 38, "steuer_id": 28,
            "telefon": 85}


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


def test_the_corpus_is_rich_in_identifiers_and_names_of_every_origin():
    """At least 300 notes and 1,000 name mentions (a third German, give or take), every origin
    code in use, and many more identifiers of each kind than the earlier corpora hold."""
    c = counts(NOTES)
    assert len(NOTES) >= 300, len(NOTES)
    assert c["person"] >= 1000, c["person"]
    assert 0.28 <= c["person:de"] / c["person"] <= 0.42, c["person:de"]
    assert all(c[f"person:{o}"] > 0 for o in ORIGINS), [o for o in ORIGINS if not c[f"person:{o}"]]
    assert {k: c[k] for k in AT_LEAST if c[k] < AT_LEAST[k]} == {}


def test_most_notes_carry_identifiers():
    """Most notes carry at least one identifier, as real Aktenvermerke, letters and forms do,
    and most of the office's texts carry two or more."""
    ids = [sum(i.kind != "person" for i in n.items) for n in NOTES]
    assert sum(n > 0 for n in ids) >= 0.8 * len(NOTES)
    office = [k for s, k in zip(SOURCES, ids, strict=True) if s.type in OFFICE_TYPES]
    assert sum(n >= 2 for n in office) >= 0.8 * len(office)


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type_kind_and_origin():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type, every kind and names of every origin, with counts per kind
    within a third of each other."""
    check_halves(build_corpus11, SOURCES, NOTES, TYPES, every_origin=True)


def test_the_development_half_is_half_a_alone():
    """Since the first measurement half A is a development set: the development half holds
    exactly half A's notes, and none of half B's."""
    a, b = build_corpus11()
    development = [m.note.text for m in CORPUS.development_half()]
    assert development == [n.text for n in a]
    assert not set(development) & {n.text for n in b}


def test_the_command_line_counts(capsys):
    """`--count` prints notes and items per half."""
    assert main(["--count"]) == 0
    assert "Notizen" in capsys.readouterr().out


def test_ibans_and_tax_ids_follow_their_rules():
    """IBANs pass mod 97 (German ones are 22 characters, and many are foreign); Steuer-IDs pass
    their check digit and their digit structure (one digit twice or three times among the
    first ten, never three in a row)."""
    check_ibans_and_tax_ids(NOTES)
    assert len({v[:2] for v in items(NOTES, "iban")} - {"DE"}) >= 8


def test_azr_numbers_start_with_a_plausible_registration_date():
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between 2000
    and the last day the notes are set (they run from November 2026 to May 2027, as if
    written over half a year)."""
    check_azr_numbers(NOTES, date(2027, 5, 31))


def test_german_document_numbers_carry_their_icao_check_digit():
    """German card, eAT and passport numbers written with ten characters (nine of the
    authority's alphabet and a digit) carry a valid ICAO check digit."""
    check_german_document_numbers(NOTES, at_least=30)


# Postcode areas of the towns the notes are set in (first digits of their postcodes). A town
# with a parenthesis ("Halle (Saale)", "Ellwangen (Jagst)") is read up to the parenthesis.
_POSTCODES = {
    "Stuttgart": ("70",), "Mannheim": ("681", "682"), "Karlsruhe": ("760", "761"),
    "Freiburg im Breisgau": ("790", "791"), "Heidelberg": ("691",), "Ulm": ("890",),
    "Heilbronn": ("740", "741"), "Pforzheim": ("751",), "Reutlingen": ("727",),
    "Konstanz": ("784",), "Sigmaringen": ("7248",), "Ellwangen": ("7347",),
    "Ludwigsburg": ("716",), "Esslingen am Neckar": ("737",), "Waiblingen": ("7133",),
    "Backnang": ("7152",), "Schorndorf": ("7361",), "Offenburg": ("776",), "Kehl": ("7769",),
    "Lahr": ("7793",), "Göppingen": ("730",),
    "Frankfurt am Main": ("60", "65"), "Offenbach am Main": ("630",), "Wiesbaden": ("651", "652"),
    "Darmstadt": ("642",), "Gießen": ("353",), "Kassel": ("341",), "Fulda": ("360",),
    "Marburg": ("350",), "Hanau": ("634",), "Gelnhausen": ("6357",), "Maintal": ("6347",),
    "Magdeburg": ("390", "391"), "Halle": ("061",), "Dessau-Roßlau": ("068",),
    "Halberstadt": ("388",), "Stendal": ("395",),
}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    check_postcodes(NOTES, _POSTCODES, at_least=60)

"""Markup checks the hand-written anonymiser corpora from the seventh on share (their test
modules call these with their own notes, types and bounds). Only the markup is read: nothing
here runs the detector."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bench.privacy_corpus import Note
from bench.privacy_corpus2 import icao_check
from bench.privacy_corpus3 import KINDS, ORIGINS, Source, counts
from tests.test_privacy_corpus3 import _iban_ok, _tax_id_ok
from tests.test_privacy_corpus4 import _tax_id_structure_ok

MARK = re.compile(r"\[\[(\w+)(?:/(\w+))?\|([^\]|]+)\]\]")
_TITLE = re.compile(r"(?i)(herrn?|frau|hr\.|fr\.|dr\.|prof\.)\s")
_GERMAN_DOCUMENT = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d")
_POSTCODE_AND_TOWN = re.compile(r"\b(\d{5})\s+([A-ZÄÖÜ][\w.\- ]*)")


def items(notes: list[Note], kind: str) -> list[str]:
    """The texts of all items of one kind, in order."""
    return [n.text[i.start:i.end] for n in notes for i in n.items if i.kind == kind]


def check_names_marked(sources: list[Source]) -> None:
    """Names carry an origin code and are marked without "Herr"/"Frau"/"Dr." inside."""
    for source in sources:
        for m in MARK.finditer(source.text):
            if m[1] == "person":
                assert m[2], (source.number, m[0])
                assert not _TITLE.match(m[3]), (source.number, m[0])


def check_numbering(sources: list[Source], notes: list[Note], types: tuple[str, ...],
                    shortest: int, longest: int) -> None:
    """Numbers run 1, 2, 3 … without gaps; each note is of a known type and between
    `shortest` and `longest` characters long."""
    assert [s.number for s in sources] == list(range(1, len(sources) + 1))
    for s, note in zip(sources, notes, strict=True):
        assert shortest <= len(note.text) <= longest, (s.number, len(note.text))
        assert s.type in types


def check_halves(build: Callable[[], tuple[list[Note], list[Note]]], sources: list[Source],
                 notes: list[Note], types: tuple[str, ...], every_origin: bool = False) -> None:
    """The seeded split gives the same halves each time, of equal size ±1, together all
    notes, each with every note type and every kind (and, if asked, names of every origin),
    with counts per kind within a third of each other."""
    a, b = build()
    again = build()
    assert [n.text for n in a] == [n.text for n in again[0]]
    assert [n.text for n in b] == [n.text for n in again[1]]
    assert abs(len(a) - len(b)) <= 1 and len(a) + len(b) == len(sources)
    assert not {n.text for n in a} & {n.text for n in b}
    type_of = {n.text: s.type for s, n in zip(sources, notes, strict=True)}
    for half in (a, b):
        assert {type_of[n.text] for n in half} == set(types)
    ca, cb = counts(a), counts(b)
    for kind in KINDS:
        assert ca[kind] > 0 and cb[kind] > 0, kind
        assert abs(ca[kind] - cb[kind]) <= max(2, (ca[kind] + cb[kind]) / 6), (kind, ca, cb)
    if every_origin:
        assert all(ca[f"person:{o}"] > 0 and cb[f"person:{o}"] > 0 for o in ORIGINS)


def check_ibans_and_tax_ids(notes: list[Note]) -> None:
    """IBANs pass mod 97 (German ones are 22 characters); Steuer-IDs pass their check digit
    and their digit structure, with no digit three times in a row."""
    assert [v for v in items(notes, "iban") if not _iban_ok(v)] == []
    assert all(len(v.replace(" ", "")) == 22 for v in items(notes, "iban") if v.startswith("DE"))
    bad_tax = [v for v in items(notes, "steuer_id")
               if not (_tax_id_ok(v) and _tax_id_structure_ok(v))
               or re.search(r"(\d)\1\1", v.replace(" ", "")[:10])]
    assert bad_tax == []


def check_azr_numbers(notes: list[Note], written: date) -> None:
    """AZR numbers are 12 digits whose first six are a registration date (YYMMDD) between
    2000 and the day the corpus was written."""
    for value in items(notes, "azr"):
        digits = value.replace(" ", "")
        assert re.fullmatch(r"\d{12}", digits), value
        registered = date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
        assert registered <= written, value


def check_german_document_numbers(notes: list[Note], at_least: int = 10) -> None:
    """German card, eAT and passport numbers written with ten characters carry a valid ICAO
    check digit; at least `at_least` of them are there to check."""
    checked = 0
    for value in items(notes, "ausweisnummer"):
        compact = value.replace(" ", "")
        if _GERMAN_DOCUMENT.fullmatch(compact):
            assert icao_check(compact[:9]) == compact[9], value
            checked += 1
    assert checked >= at_least, checked


def check_postcodes(notes: list[Note], postcodes: dict[str, tuple[str, ...]],
                    at_least: int = 20) -> None:
    """Every address written with a postcode names a town whose postcodes start that way."""
    seen = 0
    for value in items(notes, "adresse"):
        for m in _POSTCODE_AND_TOWN.finditer(value):
            town = m[2].strip()
            assert town in postcodes, value
            assert m[1].startswith(postcodes[town]), value
            seen += 1
    assert seen >= at_least, seen

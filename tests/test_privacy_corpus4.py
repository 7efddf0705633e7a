"""The fourth anonymiser corpus (bench/privacy_corpus4.py) parses into consistent notes, is big
enough to measure each kind, and its identifiers follow their real rules. Only the markup is
checked, except that `--misses` (half A, a development set since the eighth session) is run to
see that it shows nothing of half B, which stays untouched; the same holds for the sixth corpus,
whose half A became a development set in the ninth session, and the seventh's and eighth's
(tenth session)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bench import (
    privacy_corpus6,
    privacy_corpus7,
    privacy_corpus8,
    privacy_corpus9,
    privacy_corpus10,
    privacy_corpus11,
    privacy_corpus14,
    privacy_corpus15,
)
from bench.privacy_corpus2 import icao_check
from bench.privacy_corpus3 import KINDS, counts, parse
from bench.privacy_corpus4 import TYPES, build_corpus4, main, sources
from tests.test_privacy_corpus3 import _iban_ok, _tax_id_ok, check_markup

SOURCES = sources()
NOTES = [parse(s.text) for s in SOURCES]
_MARK = re.compile(r"\[\[(\w+)(?:/(\w+))?\|([^\]|]+)\]\]")


def _items(kind: str) -> list[str]:
    return [n.text[i.start:i.end] for n in NOTES for i in n.items if i.kind == kind]


def test_every_item_and_meaning_word_is_the_text_at_its_span():
    """Each item's text equals the note's text at its span and is what the markup enclosed, in
    order; items never overlap; meaning words lie inside the note and never overlap an item; no
    markup is left in the plain text."""
    check_markup(SOURCES, NOTES)


def test_a_name_is_marked_without_title_or_genitive_and_with_its_origin():
    """Names carry an origin code and are marked as written, without "Herr"/"Frau"/"Dr." inside
    the mark (a genitive s stays outside the mark)."""
    for source in SOURCES:
        for m in _MARK.finditer(source.text):
            if m[1] == "person":
                assert m[2], (source.number, m[0])
                assert not re.match(r"(?i)(herr|frau|hr\.|fr\.|dr\.)\s", m[3]), m[0]


def test_the_notes_are_numbered_once_and_of_a_real_length():
    """Numbers run 1, 2, 3 … without gaps; each note is as long as a real one (an SMS-like
    fragment of 60 characters up to a long Vermerk of 1,200) and of a known type."""
    assert [s.number for s in SOURCES] == list(range(1, len(SOURCES) + 1))
    for s, note in zip(SOURCES, NOTES, strict=True):
        assert 60 <= len(note.text) <= 1200, (s.number, len(note.text))
        assert s.type in TYPES


def test_the_corpus_is_big_enough_to_measure_every_kind():
    """At least 160 notes and 700 name mentions, 25 each of the frequent identifiers and 8 each
    of the rare ones, so that a figure per kind means something."""
    c = counts(NOTES)
    assert len(NOTES) >= 160
    assert c["person"] >= 700
    assert all(c[k] >= 25 for k in ("aktenzeichen", "adresse", "ausweisnummer")), c
    assert all(c[k] >= 8 for k in ("azr", "steuer_id", "iban", "email", "telefon",
                                   "geburtsdatum")), c


def test_the_halves_are_fixed_disjoint_balanced_and_hold_every_note_type():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type and with item counts per kind within a third of each other."""
    a, b = build_corpus4()
    again = build_corpus4()
    assert [n.text for n in a] == [n.text for n in again[0]]
    assert [n.text for n in b] == [n.text for n in again[1]]
    assert abs(len(a) - len(b)) <= 1 and len(a) + len(b) == len(SOURCES)
    assert not {n.text for n in a} & {n.text for n in b}
    type_of = {n.text: s.type for s, n in zip(SOURCES, NOTES, strict=True)}
    for half in (a, b):
        assert {type_of[n.text] for n in half} == set(TYPES)
    ca, cb = counts(a), counts(b)
    for kind in KINDS:
        assert ca[kind] > 0 and cb[kind] > 0, kind
        assert abs(ca[kind] - cb[kind]) <= max(2, (ca[kind] + cb[kind]) / 6), (kind, ca, cb)


def _tax_id_structure_ok(value: str) -> bool:
    """Among the first ten digits exactly one occurs twice or three times, the rest once."""
    digits = value.replace(" ", "").replace("/", "")[:10]
    seen = sorted((digits.count(d) for d in set(digits)), reverse=True)
    return seen[0] in (2, 3) and all(n == 1 for n in seen[1:])


def test_identifiers_follow_their_rules():
    """IBANs pass mod 97, Steuer-IDs their check digit and digit structure, AZR numbers are 12
    digits starting with a real date, German card and passport numbers written with ten
    characters carry a valid ICAO check digit."""
    assert all(_iban_ok(v) for v in _items("iban")), [v for v in _items("iban") if not _iban_ok(v)]
    bad_tax = [v for v in _items("steuer_id") if not (_tax_id_ok(v) and _tax_id_structure_ok(v))]
    assert not bad_tax
    for value in _items("azr"):
        digits = value.replace(" ", "")
        assert re.fullmatch(r"\d{12}", digits), value
        year = int(digits[:2])
        date(2000 + year if year < 30 else 1900 + year, int(digits[2:4]), int(digits[4:6]))
    for value in _items("ausweisnummer"):
        compact = value.replace(" ", "")
        if re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", compact):
            assert icao_check(compact[:9]) == compact[9], value


# Postcode areas of the towns the notes are set in (first digits of their postcodes).
_POSTCODES = {"Berlin": ("10", "12", "13", "14"), "Köln": ("50", "51"),
              "Frankfurt am Main": ("60", "65"), "Frankfurt": ("60", "65"),
              "Frankfurt a. M.": ("60", "65"),
              "Offenbach am Main": ("630",), "Offenbach": ("630",), "Bonn": ("531", "532"),
              "Düsseldorf": ("40",), "Leverkusen": ("513",), "Potsdam": ("144",),
              "Bad Homburg v. d. Höhe": ("613",), "Hürth": ("503",), "Eschborn": ("657",)}


def test_addresses_name_a_postcode_of_their_town():
    """Every address written with a postcode names a town whose postcodes start that way."""
    for value in _items("adresse"):
        for m in re.finditer(r"\b(\d{5})\s+([A-ZÄÖÜ][\w.\- ]*)", value):
            town = m[2].strip()
            assert town in _POSTCODES, value
            assert m[1].startswith(_POSTCODES[town]), value


@pytest.mark.parametrize(("run", "build"), [(main, build_corpus4),
                                            (privacy_corpus6.main, privacy_corpus6.build_corpus6),
                                            (privacy_corpus7.main, privacy_corpus7.build_corpus7),
                                            (privacy_corpus8.main, privacy_corpus8.build_corpus8),
                                            (privacy_corpus9.main, privacy_corpus9.build_corpus9),
                                            (privacy_corpus10.main,
                                             privacy_corpus10.build_corpus10),
                                            (privacy_corpus11.main,
                                             privacy_corpus11.build_corpus11),
                                            (privacy_corpus14.main,
                                             privacy_corpus14.build_corpus14),
                                            (privacy_corpus15.main,
                                             privacy_corpus15.build_corpus15)],
                         ids=["corpus4", "corpus6", "corpus7", "corpus8", "corpus9", "corpus10",
                              "corpus11", "corpus14", "corpus15"])
def test_misses_show_half_a_and_nothing_of_half_b(capsys, run, build):
    """`--misses` prints half A's figures and its misses with their context; every context
    comes from a note of half A, none from half B (whose notes nobody may read)."""
    run(["--misses"])
    out = capsys.readouterr().out
    a, b = build()
    assert "Hälfte A" in out and "Hälfte B" not in out
    contexts = re.findall(r"^.{31} …(.*)…$", out, re.M)
    # enough contexts to check against both halves (fewer each time the detector improves:
    # corpus8 A is down to 20)
    assert len(contexts) > 10
    for context in contexts:
        text = context.replace("⏎", "\n")
        before, after = text[:text.index("[")], text[text.rindex("]") + 1:]
        assert any(before in n.text and after in n.text for n in a), context
        assert not any(before in n.text and after in n.text and len(before + after) > 30
                       for n in b), context

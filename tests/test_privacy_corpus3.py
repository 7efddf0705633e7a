"""The third anonymiser corpus (bench/privacy_corpus3.py) parses into consistent notes and its
identifiers follow their real rules. Only the markup is checked: no test here runs the
detector on these notes (they are kept untouched for evaluation)."""

from __future__ import annotations

import importlib
import re
from datetime import date
from itertools import pairwise

import pytest

from bench.privacy_corpus2 import icao_check
from bench.privacy_corpus3 import KINDS, TYPES, build_corpus3, counts, parse, read_sources

SOURCES = read_sources()
NOTES = [parse(s.text) for s in SOURCES]


def _items(kind: str) -> list[str]:
    return [n.text[i.start:i.end] for n in NOTES for i in n.items if i.kind == kind]


def test_every_item_and_meaning_word_is_the_text_at_its_span():
    """Each item's text equals the note's text at its span and is what the markup enclosed, in
    order; items never overlap; meaning words lie inside the note and never overlap an item;
    no markup is left."""
    check_markup(SOURCES, NOTES)


def check_markup(sources, notes) -> None:  # noqa: ANN001  (corpus3's Source and Note lists)
    """The markup checks of a hand-written corpus (this one and bench/privacy_corpus4.py)."""
    for source, note in zip(sources, notes, strict=True):
        marked = [m[3] for m in re.finditer(r"\[\[(\w+)(?:/(\w+))?\|([^\]|]+)\]\]", source.text)
                  if m[1] != "meaning"]
        assert [note.text[i.start:i.end] for i in note.items] == marked, source.number
        assert note.text == re.sub(r"\[\[[^|\]]+\|([^\]]+)\]\]", r"\1", source.text)
        assert "[[" not in note.text and "]]" not in note.text
        spans = sorted((i.start, i.end) for i in note.items)
        assert all(e <= s for (_, e), (s, _) in pairwise(spans)), source.number
        for start, end in note.meaning:
            assert 0 <= start < end <= len(note.text)
            assert not any(i.start < end and start < i.end for i in note.items), \
                (source.number, note.text[start:end])
        for item in note.items:
            assert item.kind in KINDS
            text = note.text[item.start:item.end]
            assert text == text.strip() and text, (source.number, text)


def test_the_notes_are_numbered_once_and_of_a_real_length():
    """Numbers run 1, 2, 3 … without gaps; each note is 250–700 characters as typed."""
    assert [s.number for s in SOURCES] == list(range(1, len(SOURCES) + 1))
    for s, note in zip(SOURCES, NOTES, strict=True):
        assert 250 <= len(note.text) <= 700, (s.number, len(note.text))
        assert s.type in TYPES


def test_the_halves_are_fixed_disjoint_and_hold_every_note_type():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes."""
    a, b = build_corpus3()
    again = build_corpus3()
    assert [n.text for n in a] == [n.text for n in again[0]]
    assert abs(len(a) - len(b)) <= 1 and len(a) + len(b) == len(SOURCES)
    assert not {n.text for n in a} & {n.text for n in b}
    types = {s.text: s.type for s in SOURCES}
    by_text = {n.text: s.text for s, n in zip(SOURCES, NOTES, strict=True)}
    for half in (a, b):
        assert {types[by_text[n.text]] for n in half} == set(TYPES)


def test_every_kind_is_present_in_both_halves():
    """Each kind of personal data occurs in each half, so a figure per kind exists for each."""
    for half in build_corpus3():
        c = counts(half)
        assert all(c[k] > 0 for k in KINDS), {k: c[k] for k in KINDS}


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return num % 97 == 1


def _tax_id_ok(s: str) -> bool:
    digits = [int(c) for c in s.replace(" ", "").replace("/", "")]
    product = 10
    for d in digits[:10]:
        total = (d + product) % 10 or 10
        product = (total * 2) % 11
    return len(digits) == 11 and digits[0] != 0 and (11 - product) % 10 == digits[10]


def test_identifiers_follow_their_rules():
    """IBANs pass mod 97, Steuer-IDs their check digit, AZR numbers are 12 digits starting with
    a real date, German card and passport numbers written with ten characters carry a valid
    ICAO check digit."""
    assert all(_iban_ok(v) for v in _items("iban")), [v for v in _items("iban") if not _iban_ok(v)]
    assert all(_tax_id_ok(v) for v in _items("steuer_id"))
    for value in _items("azr"):
        digits = value.replace(" ", "")
        assert re.fullmatch(r"\d{12}", digits), value
        date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    for value in _items("ausweisnummer"):
        compact = value.replace(" ", "")
        if re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", compact):
            assert icao_check(compact[:9]) == compact[9], value


@pytest.mark.parametrize("bad", ["[[nickname|Bo]]", "[[person/xx|Bo]]", "[[datum/de|1.1.]]",
                                 "ein [[person|offenes Ende"])
def test_broken_markup_is_refused(bad: str):
    """A kind or origin not in the lists, or an unclosed mark, stops the build loudly."""
    with pytest.raises(ValueError):
        parse(bad)


@pytest.mark.parametrize("corpus", ["bench.privacy_corpus4", "bench.privacy_corpus5",
                                    "bench.privacy_corpus6", "bench.privacy_corpus7",
                                    "bench.privacy_corpus8", "bench.privacy_corpus9",
                                    "bench.privacy_corpus10", "bench.privacy_corpus11"])
def test_an_unknown_note_type_is_refused(tmp_path, corpus: str):
    """A note type outside a corpus's own list stops reading its file (the later corpora read
    their files with this corpus's reader and their own types)."""
    module = importlib.import_module(corpus)
    path = tmp_path / "notes.txt"
    path.write_text(module.DATA.read_text("utf-8") + "\n=== 999 gedicht\nRosen sind rot.\n",
                    "utf-8")
    with pytest.raises(ValueError):
        read_sources(path, module.TYPES)

"""The fifth anonymiser corpus (bench/privacy_corpus5.py: German names in the contexts real notes
put them, and the same words in their ordinary meaning) parses into consistent notes and holds
what it is for. Only the markup is checked: no test here runs the detector on these notes."""

from __future__ import annotations

import re
from collections import Counter

from bench.privacy_corpus3 import KINDS, Source, counts, parse
from bench.privacy_corpus5 import (
    TYPES,
    build_corpus5,
    judge,
    marked_spans,
    read,
    sources,
)
from tests.test_privacy_corpus3 import check_markup

SOURCES = sources()
MARKED = [read(s) for s in SOURCES]
NOTES = [m.note for m in MARKED]
_MARK = re.compile(r"\[\[(\w+)(?:/(\w+))?\|([^\]|]+)\]\]")


def test_every_item_and_meaning_word_is_the_text_at_its_span():
    """Each item's text equals the note's text at its span and is what the markup enclosed, in
    order; items never overlap; meaning words lie inside the note and never overlap an item; no
    markup is left in the plain text."""
    check_markup(SOURCES, NOTES)


def test_the_marked_meaning_words_are_where_the_markup_put_them():
    """The spans kept apart for `[[meaning|…]]` are exactly the marked words, in order, each a
    whole word of the text, and each is also one of the note's meaning spans (so the shared
    evaluation counts it too) and overlaps no other (a hyphenated word is marked whole)."""
    for source, m in zip(SOURCES, MARKED, strict=True):
        written = [x[3] for x in _MARK.finditer(source.text) if x[1] == "meaning"]
        assert m.words() == written, source.number
        for start, end in m.marked:
            assert (start, end) in m.note.meaning
            text = m.note.text
            assert start == 0 or not text[start - 1].isalnum(), (source.number, text[start:end])
            assert end == len(text) or not text[end].isalnum(), (source.number, text[start:end])
            others = [(s, e) for s, e in m.note.meaning if (s, e) != (start, end)]
            assert not any(s < end and start < e for s, e in others), \
                (source.number, text[start:end])  # a word is counted once, not twice


def test_marked_spans_of_a_small_note():
    """Marks before a meaning word shift its span by the markup's length only."""
    source = "[[person/de|Koch]] arbeitet als [[meaning|Koch]] im [[meaning|Winter]]."
    note = parse(source)
    assert [note.text[s:e] for s, e in marked_spans(source)] == ["Koch", "Winter"]
    assert marked_spans(source) == ((18, 22), (26, 32))


def test_a_name_is_marked_without_title_or_genitive_and_with_its_origin():
    """Names carry an origin code and are marked as written, without "Herr"/"Frau"/"Dr." or a
    role inside the mark (a genitive s stays outside)."""
    for source in SOURCES:
        for m in _MARK.finditer(source.text):
            if m[1] == "person":
                assert m[2], (source.number, m[0])
                assert not re.match(r"(?i)(herr|frau|hr\.|fr\.|dr\.|vormund|ra)\s", m[3]), m[0]


def test_the_notes_are_numbered_once_and_of_a_real_length():
    """Numbers run 1, 2, 3 … without gaps; each note is as long as a real one (a quick note of
    60 characters up to a long Vermerk of 1,200) and of a known type."""
    assert [s.number for s in SOURCES] == list(range(1, len(SOURCES) + 1))
    for s, note in zip(SOURCES, NOTES, strict=True):
        assert 60 <= len(note.text) <= 1200, (s.number, len(note.text))
        assert s.type in TYPES


def test_the_corpus_holds_what_it_is_for():
    """Enough German names to measure them (and about a fifth of other origins so the set is
    not one-sided), and enough capitalised words in their ordinary meaning that are also names
    (the words at risk), most of which occur as a name somewhere in the corpus."""
    c = counts(NOTES)
    assert len(NOTES) >= 200
    assert c["person"] >= 900
    assert 0.12 <= 1 - c["person:de"] / c["person"] <= 0.4, c
    marked = [w for m in MARKED for w in m.words()]
    upper = [w for w in marked if w[0].isupper()]
    assert len(upper) >= 300
    name_words = Counter(w.lower() for n in NOTES for i in n.items if i.kind == "person"
                         for w in re.findall(r"[^\W\d_]+", n.text[i.start:i.end]))
    both = [w for w in upper if w.lower() in name_words]
    assert len(both) >= len(upper) / 2, sorted(set(upper) - set(both))


def test_the_halves_are_fixed_disjoint_and_hold_every_note_type():
    """The seeded split gives the same halves each time, of equal size ±1, together all notes,
    each with every note type and with names in both."""
    a, b = build_corpus5()
    again = build_corpus5()
    assert [m.note.text for m in a] == [m.note.text for m in again[0]]
    assert [m.note.text for m in b] == [m.note.text for m in again[1]]
    assert abs(len(a) - len(b)) <= 1 and len(a) + len(b) == len(SOURCES)
    assert not {m.note.text for m in a} & {m.note.text for m in b}
    type_of = {n.text: s.type for s, n in zip(SOURCES, NOTES, strict=True)}
    for half in (a, b):
        assert {type_of[m.note.text] for m in half} == set(TYPES)
        c = counts([m.note for m in half])
        assert c["person"] >= len(half) * 2 and c["person:de"] > 0


def test_only_known_kinds_occur():
    """Every item is of a kind the shared evaluation knows."""
    assert {i.kind for n in NOTES for i in n.items} <= KINDS


def test_judging_counts_misses_and_lost_words_from_the_findings_given():
    """A name counts as missed unless findings cover all of it, a marked meaning word as lost
    when a finding touches it; the marked words are counted apart by case (here with findings
    given as spans, so the counting itself is checked, not the detector)."""
    source = ("Frau [[person/de|Heide Koch]] arbeitet als [[meaning|Koch]], es war [[meaning|lange]] "
              "[[meaning|Winter]]; Herr [[person/tr|Yılmaz]] kam mit.")
    m = read(Source(1, "vermerk", source))
    text = m.note.text
    koch_name = (text.index("Heide"), text.index("Heide") + len("Heide Koch"))
    heide_only = (koch_name[0], koch_name[0] + len("Heide"))
    koch_word = (text.index("als Koch") + 4, text.index("als Koch") + 8)
    judged = judge(m, [heide_only, koch_word])
    assert [(kind, text[s:e]) for kind, s, e in judged.missed] == [
        ("person:de", "Heide Koch"), ("person:tr", "Yılmaz")]
    assert [(marked, text[s:e]) for marked, s, e in judged.lost] == [(True, "Koch")]
    assert judged.marked_total == Counter({"groß": 2, "klein": 1})
    assert judged.marked_kept == Counter({"groß": 1, "klein": 1})
    assert [text[s:e] for _, s, e in judge(m, [koch_name]).missed] == ["Yılmaz"]

"""The time-travel examples of the name model (bench/name_model_tt.py): each half A's tokens
as today's judge sees them, but found or left open as the detector of the day before anyone
tuned on the half marked them (bench/data/zeitreise.txt), labelled by the markup."""

from __future__ import annotations

import pytest

from bench.name_model_cv import using
from bench.name_model_tt import _crc, simulated, states, tt_examples
from bench.privacy_corpus3 import parse
from desktop.core.privacy.judge_features import word_features

NOTE = ("Frau [[person/de|Weber]] kam mit der Akte. Ich habe ruhig erklärt, und "
        "[[person/de|Specht]] hat alles notiert.")


def _label(examples, word):  # noqa: ANN001, ANN202
    feats = set(word_features(word, 0, 0)[1:4])  # the word's endings identify it here
    hits = [y for f, y in examples if feats <= set(f)]
    return hits[0] if len(hits) == 1 else hits


def test_found_and_left_open_are_the_old_detectors():
    """A name today's rules find after "Frau" is left open when the old detector missed it,
    and a name the old detector found is a found example whatever today's rules say."""
    note = parse(NOTE)
    weber = note.text.index("Weber")
    specht = note.text.index("Specht")
    old = [(_crc(note.text), [(specht, specht + 6, "person")])]
    left, found = tt_examples(states([note], old))
    assert _label(left, "Weber") == 1
    assert _label(found, "Specht") == 1
    assert _label(left, "Akte") == 0
    old = [(_crc(note.text), [(weber, weber + 5, "person")])]
    left, found = tt_examples(states([note], old))
    assert _label(found, "Weber") == 1 and _label(left, "Specht") == 1


def test_spans_of_another_text_are_refused():
    """Stored findings whose note text changed (another split, an edited corpus) are not
    read against the wrong offsets."""
    note = parse(NOTE)
    with pytest.raises(ValueError, match="--record"):
        states([note], [("00000000", [])])


def test_simulation_adds_the_models_names_to_the_old_findings():
    """"Old detector with the judgement": a name the old rules left open counts as found
    when the model takes it, not when the model takes nothing."""
    note = parse(NOTE)
    old: list[tuple[str, list[tuple[int, int, str]]]] = [(_crc(note.text), [])]
    sts = states([note], old)
    off = "bias=-100.000 threshold=100.00 context_cap=0.00"
    every = "bias=10.000 threshold=0.00 context_cap=0.00"
    found_off, names, lost_off, meaning, _ = using(off, lambda: simulated([note], old, sts))
    found_all, _, _, _, _ = using(every, lambda: simulated([note], old, sts))
    assert (found_off, names) == (0, 2)
    assert found_all == 2
    assert lost_off == 0 and meaning == len(note.meaning)


def test_stored_spans_are_of_todays_halves():
    """bench/data/zeitreise.txt holds one line for each note of each half A, in order, made
    from the same text (a changed corpus split needs `--record`)."""
    from bench.name_model_tt import OLD, halves, read_spans

    spans = read_spans()
    data = halves()
    assert list(spans) == list(OLD) == list(data)
    for half, notes in data.items():
        assert [crc for crc, _ in spans[half]] == [_crc(n.text) for n in notes]



def test_a_note_typed_without_capitals_is_read_truecased(monkeypatch):
    """detect() reads a note typed without capitals truecased (names.find_names), so its
    names reach the judge: with TRUECASED they are examples, as typed they are no capitalised
    tokens and never reach it."""
    import bench.name_model_tt as tt

    note = parse("termin mit [[person/de|okonkwo]] verschoben, die unterlagen fehlen noch.")
    old: list[tuple[str, list[tuple[int, int, str]]]] = [(_crc(note.text), [])]
    monkeypatch.setattr(tt, "TRUECASED", False)
    left, _ = tt_examples(states([note], old))
    assert sum(y for _, y in left) == 0
    monkeypatch.setattr(tt, "TRUECASED", True)
    left, _ = tt_examples(states([note], old))
    assert sum(y for _, y in left) == 1


def test_a_retrain_reads_only_the_halves_it_names():
    """bench/train_name_model.py trains on the halves of its HALVES (the committed model's), not
    on every stored half: time_travel_examples(only) gives those halves' examples alone, the
    same as the full list's, and HALVES names stored halves only."""
    from bench.name_model_tt import OLD, time_travel_examples
    from bench.train_name_model import HALVES

    assert set(HALVES) <= set(OLD)
    one = time_travel_examples(("corpus17",))
    every = time_travel_examples()
    assert len(one) == 1 and len(every) == len(OLD)
    assert one[0] == every[list(OLD).index("corpus17")]

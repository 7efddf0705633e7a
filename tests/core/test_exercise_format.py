"""Documents of kind "erklaeren" (docs/format-erklaeren.md): parsing, lint rules, show --json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.core.scenarios.library import assemble
from desktop.core.scenarios.model import Exercise, Severity
from desktop.core.scenarios.parser import parse_text

ROOT = Path(__file__).resolve().parents[2]
VALID = '''+++
format = 1
kind = "erklaeren"
id = "test-fiktion"
title = "Die Fiktionsbescheinigung erklären"
summary = "Herr Abadi bekommt eine Fiktionsbescheinigung und versteht nicht, wofür."
minutes = 5
level = 1
language_level = "A2"
topics = ["fiktionsbescheinigung"]

[[people]]
key = "kunde"
name = "Herr Abadi"
role = "Kunde"

[[points]]
text = "Sie dürfen weiter arbeiten."
keywords = ["arbeiten", "Arbeit"]
first = true

[[points]]
text = "Das Papier gilt drei Monate."
keywords = ["drei Monate"]

[[terms]]
term = "Fiktionsbescheinigung"
explain = ["Papier"]
+++

## Situation

Herr Abadi spricht wenig Deutsch.

## Vorlage

> Ihnen wird eine Fiktionsbescheinigung gemäß § 81 Abs. 4 AufenthG ausgestellt.

## Aufgabe

Erklären Sie es in drei bis fünf kurzen Sätzen.

## Musterantworten

### Kurz

Sie dürfen weiter arbeiten. Sie bekommen ein Papier. Es heißt Fiktionsbescheinigung. Das
Papier gilt drei Monate.
'''


def parse(text: str):
    return parse_text(text, "uebung.md")


def messages(text: str, severity: Severity | None = None) -> list[str]:
    return [f"{f.line}: {f.message}" for f in parse(text).findings
            if severity is None or f.severity is severity]


def test_a_valid_exercise_parses_without_findings():
    """The example loads: points, terms, model answers and the listener's German."""
    result = parse(VALID)
    assert result.findings == []
    doc = result.document
    assert isinstance(doc, Exercise)
    assert doc.language_level == "A2" and doc.listener.name == "Herr Abadi"
    assert [p.first for p in doc.points] == [True, False]
    assert doc.source_text.startswith("> Ihnen wird")
    assert [a.title for a in doc.answers] == ["Kurz"]


def test_missing_sections_and_unknown_language_level_are_errors():
    """No Vorlage, no Musterantworten, language_level "A3": errors with lines and advice."""
    text = VALID.replace('language_level = "A2"', 'language_level = "A3"')
    text = text.replace("## Vorlage", "## Vorgabe")
    found = messages(text, Severity.ERROR)
    assert any("A3" in m for m in found)
    assert any("Unbekannter Abschnitt „Vorgabe“" in m for m in found)
    assert any("„## Vorlage“ fehlt" in m for m in found)
    assert parse(text).document is None


def test_a_point_without_keywords_and_two_first_points_are_errors():
    """Key words are how the checker finds a point; only one point can come first."""
    text = VALID.replace('keywords = ["drei Monate"]', 'keywords = []\nfirst = true')
    found = messages(text, Severity.ERROR)
    assert any("keywords" in m for m in found)
    text = VALID.replace('keywords = ["drei Monate"]', 'keywords = ["drei Monate"]\nfirst = true')
    assert any("Nur ein Kernpunkt" in m for m in messages(text, Severity.ERROR))


def test_a_model_answer_that_misses_a_point_or_is_not_plain_gets_warnings():
    """The model answer is checked like a learner's text: a missed point and a passive are
    warnings on the answer's heading line."""
    text = VALID.replace("Das\nPapier gilt drei Monate.", "Der Antrag wurde geprüft.")
    result = parse(text)
    assert result.document is not None
    warnings = messages(text, Severity.WARNING)
    assert any("deckt den Kernpunkt „Das Papier gilt drei Monate.“ nicht ab" in m
               for m in warnings)
    assert any("wer handelt" in m for m in warnings)
    heading = text.splitlines().index("### Kurz") + 1
    assert all(m.startswith(f"{heading}:") for m in warnings)


def test_exercises_have_their_own_place_in_the_library_and_unique_ids():
    """An exercise goes to `exercises`, never to the technique cards; a second file with the
    same id is an error."""
    one, two = parse(VALID), parse_text(VALID, "zwei.md")
    lib = assemble([one, two], whole=True)
    assert list(lib.exercises) == ["test-fiktion"] and lib.techniques == {}
    assert any("gibt es schon" in f.message for f in lib.errors)


def test_show_json_prints_the_exercise(tmp_path):
    """`show --json` gives kind, points with key words, terms, the Vorlage and the answers."""
    path = tmp_path / "uebung.md"
    path.write_text(VALID, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "desktop", "show", str(path), "--json"],
                          capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["kind"] == "erklaeren" and data["language_level"] == "A2"
    # Keys in the order of the documented example (docs/format-erklaeren.md §4).
    page = (ROOT / "docs/format-erklaeren.md").read_text("utf-8")
    example = page.split("## 4.", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    assert list(data) == list(json.loads(example))
    assert data["points"][0] == {"text": "Sie dürfen weiter arbeiten.",
                                 "keywords": ["arbeiten", "Arbeit"], "first": True}
    assert data["terms"] == [{"term": "Fiktionsbescheinigung", "explain": ["Papier"]}]
    assert data["answers"][0]["title"] == "Kurz"


def test_a_vorlage_the_app_cannot_render_is_an_error():
    """A Vorlage with a runaway nesting of quotes is refused by lint, with its line, instead of
    a caseworker seeing a notice in place of the text."""
    text = VALID.replace("> Ihnen wird eine", ">" * 200 + " Ihnen wird eine")
    found = messages(text, Severity.ERROR)
    assert any("Vorlage" in m and "nicht angezeigt" in m for m in found), found

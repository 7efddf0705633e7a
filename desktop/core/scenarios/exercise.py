"""Parse and lint `kind = "erklaeren"` documents: explain an official text in plain words.

The shape is docs/format-erklaeren.md. Besides the format itself, lint runs the plain-language
checker on every model answer: a model answer must cover every key point (else the key words
are too narrow or the answer misses something) and should itself be plain (its hints are
warnings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.scenarios.blocks import Line, sections
from desktop.core.scenarios.body import ordered_sections, renderable, text_of
from desktop.core.scenarios.header import (
    Header,
    Reporter,
    check_common,
    one_of,
    practice_fields,
)
from desktop.core.scenarios.model import Exercise, KeyPoint, ModelAnswer, Term

EXERCISE_KEYS = {"format", "kind", "id", "title", "summary", "minutes", "level",
                 "language_level", "topics", "techniques", "content_note", "rechtsstand",
                 "people", "points", "terms"}
LANGUAGE_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
# The sections in their order (name as found, lower-case → title as written).
TITLES = {"situation": "Situation", "vorlage": "Vorlage", "aufgabe": "Aufgabe",
          "musterantworten": "Musterantworten", "hinweise": "Hinweise", "quellen": "Quellen"}
REQUIRED = tuple(TITLES)[:4]


def parse_exercise(h: Header, body: list[Line], last_line: int, report: Reporter,
                   path: Path | None) -> Exercise | None:
    check_common(h, report, "erklaeren", EXERCISE_KEYS)
    v = h.values
    fields = practice_fields(h, report, "Minuten, die die Übung dauert")
    one_of(h, report, "language_level", LANGUAGE_LEVELS,
           ": das Deutsch der Person, der Sie erklären")
    points = _points(h, report)
    terms = _terms(h, report)
    found = ordered_sections(body, last_line, report, TITLES, REQUIRED)
    texts = {name: text_of(part) for name, part in found.items()}
    for name in ("situation", "vorlage", "aufgabe"):
        if name in found and not texts[name]:
            report.error(found[name][0], f"Der Abschnitt „## {TITLES[name]}“ ist leer.")
    for name, (line, lines) in found.items():
        if name != "musterantworten":  # the answers are checked one by one
            renderable(report, line, lines, f"Der Abschnitt „{TITLES[name]}“")
    answers = _answers(found.get("musterantworten"), report)
    if report.failed:
        return None
    exercise = Exercise(
        id=v["id"], title=v["title"].strip(), summary=v["summary"].strip(), minutes=v["minutes"],
        level=v["level"], topics=fields.topics, people=fields.people,
        language_level=v["language_level"],
        situation=texts["situation"] or "", source_text=texts["vorlage"] or "",
        task=texts["aufgabe"] or "", points=points, terms=terms, answers=answers,
        hints=texts.get("hinweise"), sources=texts.get("quellen"), techniques=fields.techniques,
        content_note=(v.get("content_note") or "").strip() or None,
        rechtsstand=fields.rechtsstand, path=path)
    _lint_answers(exercise, report)
    return exercise


def _table_list(h: Header, report: Reporter, key: str, required: bool) -> list[dict[str, Any]]:
    value = h.values.get(key)
    if value is None:
        if required:
            report.error(1, f"Im Kopf fehlt mindestens ein Eintrag [[{key}]].")
        return []
    if not isinstance(value, list) or not all(isinstance(p, dict) for p in value):
        report.error(h.line_of(key), f"„{key}“ muss eine Liste von Tabellen sein: [[{key}]].")
        return []
    return value


def _strings(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        return None
    return tuple(w.strip() for w in value)


def _points(h: Header, report: Reporter) -> tuple[KeyPoint, ...]:
    points: list[KeyPoint] = []
    for index, entry in enumerate(_table_list(h, report, "points", required=True)):
        line = h.table_line("points", index)
        for extra in entry.keys() - {"text", "keywords", "first"}:
            report.warning(line, f"Unbekannter Schlüssel „{extra}“ bei einem Kernpunkt wird "
                                 "ignoriert.")
        text = entry.get("text")
        keywords = _strings(entry.get("keywords"))
        first = entry.get("first", False)
        if not isinstance(text, str) or not text.strip():
            report.error(line, "Jeder Kernpunkt braucht „text“: was bei der Person ankommen "
                               "muss, in einem Satz.")
            continue
        if not keywords:
            report.error(line, f"Kernpunkt „{text.strip()}“: „keywords“ fehlt oder ist leer. "
                               "Nennen Sie Stichwörter, an denen man den Punkt im Text "
                               "erkennt, z. B. keywords = [\"arbeiten\", \"Arbeit\"].")
            continue
        if not isinstance(first, bool):
            report.error(line, "„first“ ist true oder false.")
            first = False
        points.append(KeyPoint(text.strip(), keywords, first, line))
    if sum(1 for p in points if p.first) > 1:
        report.error(next(p.line for p in points[1:] if p.first),
                     "Nur ein Kernpunkt kann „first = true“ haben: das Wichtigste, das in den "
                     "ersten Satz gehört.")
    return tuple(points)


def _terms(h: Header, report: Reporter) -> tuple[Term, ...]:
    terms: list[Term] = []
    for index, entry in enumerate(_table_list(h, report, "terms", required=False)):
        line = h.table_line("terms", index)
        for extra in entry.keys() - {"term", "explain"}:
            report.warning(line, f"Unbekannter Schlüssel „{extra}“ bei einem Fachwort wird "
                                 "ignoriert.")
        term = entry.get("term")
        explain = _strings(entry.get("explain", []))
        if not isinstance(term, str) or not term.strip():
            report.error(line, "Jedes Fachwort braucht „term“, z. B. term = \"Duldung\".")
            continue
        if explain is None:
            report.error(line, f"Fachwort „{term.strip()}“: „explain“ muss eine Liste von "
                               "Wörtern sein, die eine Erklärung zeigen.")
            continue
        terms.append(Term(term.strip(), explain, line))
    return tuple(terms)


def _answers(part: tuple[int, list[Line]] | None,
             report: Reporter) -> tuple[ModelAnswer, ...]:
    if part is None:
        return ()
    line, lines = part
    before, blocks = sections(lines, 3)
    if any(ln.text.strip() for ln in before):
        report.error(next(ln.number for ln in before if ln.text.strip()),
                     "In „## Musterantworten“ steht jede Antwort unter einer eigenen "
                     "Überschrift „### Titel“; dieser Text steht davor.")
    answers = []
    for head, body in blocks:
        text = "\n".join(ln.text for ln in body).strip()
        if not head.title:
            report.error(head.line, "Die Musterantwort braucht einen Titel: „### Kurz und "
                                    "mündlich“.")
        elif not text:
            report.error(head.line, f"Die Musterantwort „{head.title}“ ist leer.")
        else:
            renderable(report, head.line, body, f"Die Musterantwort „{head.title}“")
            answers.append(ModelAnswer(head.title, text, head.line))
    if not blocks:
        report.error(line, "„## Musterantworten“ braucht mindestens eine Antwort unter "
                           "„### Titel“.")
    return tuple(answers)


def _lint_answers(exercise: Exercise, report: Reporter) -> None:
    """Every model answer covers every key point and is itself plain."""
    from desktop.core.plain.checker import Expectations, check

    expect = Expectations(exercise.points, exercise.terms, exercise.language_level)
    for answer in exercise.answers:
        result = check(answer.text, expect)
        for point in result.missing:
            report.warning(answer.line, f"Die Musterantwort „{answer.title}“ deckt den "
                                        f"Kernpunkt „{point.text}“ nicht ab: Ergänzen Sie die "
                                        "Antwort oder ein Stichwort in „keywords“.")
        for hint in result.hints:
            words = answer.text[hint.start:hint.end]
            if len(words) > 40:
                words = words[:37] + "…"
            report.warning(answer.line, f"Musterantwort „{answer.title}“, „{words}“: "
                                        f"{hint.message}")

"""From a real case to practice: a scenario skeleton from an own-case journal entry.

The entry's notes were checked for personal data when they were written, but a draft becomes a
file that the whole team reads, so every text taken from the entry is anonymised again, the
people are placeholders, and `personal_data` checks the finished draft once more: the studio
saves a draft only when that check finds nothing. The skeleton is a valid scenario (it lints
with warnings only), so the preview and the dialogue map work from the first moment; every place
the trainer must write is marked `TODO`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core import privacy

TODO = "TODO"
_PARAGRAPHS = re.compile(r"\n\s*\n|\n(?=\s*[-*•]\s)|\n(?=\s*\d+[.)]\s)")


def moments(text: str) -> list[str]:
    """The moments a user described: paragraphs or list items of their answer (at most six)."""
    parts = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", p).strip() for p in _PARAGRAPHS.split(text)]
    return [p for p in parts if p][:6]


_SEPARATOR = "\n\n----\n\n"


def _anonymised(texts: list[str]) -> list[str]:
    """All texts anonymised in one pass, so one person keeps one placeholder throughout."""
    joined = privacy.replace_all(_SEPARATOR.join(t.replace("----", "—") for t in texts))
    parts = joined.split(_SEPARATOR)
    return parts if len(parts) == len(texts) else [privacy.replace_all(t) for t in texts]


def _clean(text: str) -> str:
    """On one paragraph, and safe inside the format (no headings, no `+++`)."""
    flat = " ".join(text.split())
    return flat.replace("+++", "+ + +").lstrip("#>-*").strip()


def _quote(text: str) -> str:
    return text.replace('\\', '\\\\').replace('"', '\\"')


def draft_from_case(title: str, answers: Mapping[str, Sequence[str]]) -> str:
    """The skeleton's text. `answers` maps a step ("situation", "deuten", "beeinflussen",
    "reagieren", "verarbeiten") to the entry's answers in prompt order."""
    keys = [("title", 0)] + [(step, i) for step, texts in answers.items()
                             for i in range(len(texts))]
    cleaned = dict(zip(keys, _anonymised([title] + [t for texts in answers.values()
                                                    for t in texts]), strict=True))

    def answer(step: str, index: int = 0) -> str:
        return _clean(cleaned.get((step, index), ""))

    name = answer("title") or "Entwurf aus einem eigenen Fall"
    situation = answer("situation")
    reading = answer("deuten")
    described = [_clean(m) for m in moments(cleaned.get(("reagieren", 0), ""))] or [""]
    better = answer("reagieren", 1)
    out: list[str] = [
        "+++",
        "format = 1",
        f'id = "entwurf-{TODO.lower()}"',
        f'title = "{_quote(name[:80])}"',
        f'summary = "{TODO}: In einem Satz: worum geht es in diesem Gespräch?"',
        "minutes = 8",
        "level = 2",
        'setting = "termin"',
        'topics = ["entwurf"]',
        f"# {TODO}: Kennung, Themen, Dauer, Stufe und Gesprächsform anpassen;",
        f"# {TODO}: rechtsstand = JJJJ-MM-TT eintragen, sobald die Rechtslage geprüft ist.",
        "",
        "[[people]]",
        'key = "kunde"',
        'name = "Person A"',
        f'role = "{TODO}: Rolle (z. B. Kundin, Kunde)"',
        f'description = "{TODO}: eine erfundene Person beschreiben, die nicht an den echten '
        'Fall erinnert."',
        "+++",
        "",
        "## Situation",
        "",
        situation or f"{TODO}: Beschreiben Sie die Ausgangslage.",
        "",
        f"{TODO}: alle Einzelheiten verfremden, an denen man den echten Fall erkennen "
        "könnte.",
        "",
        "## Deuten",
        "",
        f"### Auswahl: {TODO}: Was steckt hinter dem Verhalten von Person A?",
        "",
        f"- [x] {reading or TODO + ': die treffende Deutung'}",
        f"  > {TODO}: Rückmeldung",
        f"- [ ] {TODO}: eine naheliegende, aber zu kurze Deutung",
        f"  > {TODO}: Rückmeldung",
        "",
        "### Hinweise",
        "",
        f"{TODO}: die Sicht der Fachleute.",
        "",
        "## Beeinflussen",
        "",
        "### Fragen",
        "",
        "- " + (answer("beeinflussen") and f"{TODO}: Frage ableiten aus: "
                f"{answer('beeinflussen')}" or f"{TODO}: Wie gestalten Sie den Anfang?"),
        "",
        "### Hinweise",
        "",
        f"{TODO}: die Sicht der Fachleute.",
        "",
        "## Reagieren",
        "",
    ]
    for index, moment in enumerate(described, start=1):
        node = "start" if index == 1 else f"moment-{index}"
        nxt = f"moment-{index + 1}" if index < len(described) else "ende-gut"
        out += [
            f"### @{node} Moment {index}",
            "",
            f"*{moment or TODO + ': Was geschieht in diesem Moment?'}*",
            "",
            f"**Person A:** „{TODO}: Was sagt Person A hier?“",
            "",
            f"- (hilfreich) {better if index == 1 and better else TODO + ': eine hilfreiche Reaktion'}"
            f" -> @{nxt}",
            f"  > {TODO}: Rückmeldung",
            f"- (ungünstig) {TODO}: eine ungünstige Reaktion -> @ende-schwierig",
            f"  > {TODO}: Rückmeldung",
            "",
        ]
    out += [
        "### @ende-gut Ende",
        "",
        f"*{TODO}: Wie das Gespräch gut ausgeht.*",
        "",
        "### @ende-schwierig Ende",
        "",
        f"*{TODO}: Wie das Gespräch schwierig endet.*",
        "",
        "### Hinweise",
        "",
        f"{TODO}: die Sicht der Fachleute.",
        "",
        "## Verarbeiten",
        "",
        "### Fragen",
        "",
        "- Was hat Sie in diesem Gespräch am meisten Kraft gekostet?",
        "",
        "### Hinweise",
        "",
        f"{TODO}: die Sicht der Fachleute.",
        "",
    ]
    return "\n".join(out)


def personal_data(text: str) -> list[privacy.Finding]:
    """Personal data still in a draft; the studio saves a draft only when this is empty."""
    return privacy.detect(text)


def answers_from_entry(data: Mapping[str, Any]) -> tuple[str, dict[str, list[str]]]:
    """(title, answers by step in prompt order) of a journal entry (Journal.entry's dict)."""
    by_step: dict[str, dict[int, str]] = {}
    for answer in data.get("answers", ()):
        by_step.setdefault(str(answer["step"]), {})[int(answer.get("index", 0))] = \
            str(answer.get("text") or "")
    answers = {step: [texts.get(i, "") for i in range(max(texts) + 1)]
               for step, texts in by_step.items()}
    return str(data.get("title") or ""), answers

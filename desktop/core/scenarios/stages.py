"""A scenario's stage sections (scenario-format.md): the intro, `### Fragen`, `### Auswahl: …`,
`### Hinweise` and, in Reagieren, the dialogue nodes `### @knoten` with their spoken lines, the
thought and the rated answers. Every problem becomes a finding with its line.
"""

from __future__ import annotations

import re

from desktop.core.scenarios import graph, render
from desktop.core.scenarios.blocks import Block, Item, Line, blocks, sections
from desktop.core.scenarios.body import renderable
from desktop.core.scenarios.header import SLUG, Reporter
from desktop.core.scenarios.model import (
    ChoiceQuestion,
    DialogueChoice,
    DialogueNode,
    Option,
    Rating,
    SpokenLine,
    Stage,
    StageSection,
)

SPEAKER = re.compile(r"^\*\*(?P<label>[^*\n]+?)(?::\*\*|\*\*:)\s*(?P<text>.*)$", re.S)
CHOICE = re.compile(r"^\((?P<rating>[^)]*)\)\s*(?P<text>.*?)\s*(?:->|→)\s*(?P<target>\S*)\s*$",
                    re.S)
TASK = re.compile(r"^\[(?P<mark>[ xX])\]\s*(?P<text>.*)$", re.S)
# `Auswahl`, optionally `(Reihenfolge fest)`, then `: question` (checked separately).
AUSWAHL = re.compile(r"^auswahl\b\s*(?:\((?P<note>[^)]*)\))?\s*(?P<colon>:)?(?P<question>.*)$",
                     re.S | re.I)
FIXED_ORDER = "reihenfolge fest"
RATINGS = {"hilfreich": Rating.HILFREICH, "teils": Rating.TEILS,
           "ungünstig": Rating.UNGUENSTIG, "unguenstig": Rating.UNGUENSTIG}


def parse_stage(stage: Stage, line: int, lines: list[Line], labels: dict[str, str],
                report: Reporter) -> StageSection:
    """One `## Deuten` … `## Verarbeiten` section: its intro and its `###` blocks. `labels`
    maps a person's name or key (as written before a spoken line) to the key."""
    intro_lines, parts = sections(lines, 3)
    for block in blocks(intro_lines):
        if block.kind == "other":
            report.error(block.line, "Überschriften der Ebene 1 oder 2 sind innerhalb einer Stufe "
                                     "nicht erlaubt; verwenden Sie ### für Blöcke.")
    intro = "\n".join(ln.text for ln in intro_lines).strip() or None
    if intro and len(intro) > render.MAX_CHARS:
        renderable(report, line, intro_lines, f"Die Einleitung von „{stage.label}“")
    prompts: list[str] = []
    choices: list[ChoiceQuestion] = []
    hints: str | None = None
    nodes: list[DialogueNode] = []
    seen_fragen = seen_hints = False
    for head, body in parts:
        title = head.title
        lowered = title.casefold()
        if lowered == "fragen":
            if seen_fragen:
                report.error(head.line, "„### Fragen“ darf pro Stufe nur einmal vorkommen.")
            seen_fragen = True
            prompts.extend(_prompts(head.line, body, report))
        elif lowered.startswith("auswahl"):
            parsed = _auswahl(title, head.line, body, report)
            if parsed:
                choices.append(parsed)
        elif lowered == "hinweise":
            if seen_hints:
                report.error(head.line, "„### Hinweise“ darf pro Stufe nur einmal vorkommen.")
            seen_hints = True
            hints = "\n".join(ln.text for ln in body).strip() or None
            if hints and len(hints) > render.MAX_CHARS:
                renderable(report, head.line, body, f"„### Hinweise“ in „{stage.label}“")
            if hints is None:
                report.warning(head.line, "Die Hinweise sind leer. Schreiben Sie, was erfahrene "
                                          "Kolleginnen und Kollegen hier raten.")
        elif title.startswith("@"):
            if stage is not Stage.REAGIEREN:
                report.error(head.line, "Dialogknoten (### @…) sind nur in „Reagieren“ erlaubt.")
                continue
            node = _node(title, head.line, body, labels, report)
            if node:
                nodes.append(node)
        else:
            report.error(head.line, f"Unbekannter Block „### {title}“. Erlaubt sind: Fragen, "
                                    "Auswahl: …, Hinweise" +
                         (" und Dialogknoten ### @knoten." if stage is Stage.REAGIEREN else "."))
    section = StageSection(key=stage, intro=intro, prompts=tuple(prompts),
                           choices=tuple(choices), hints=hints,
                           start=nodes[0].id if nodes else None, nodes=tuple(nodes), line=line)
    if stage is Stage.REAGIEREN:
        graph.check(section, report.error, report.warning)
    elif not prompts and not choices:
        report.error(line, f"Die Stufe „{stage.label}“ braucht „### Fragen“ oder mindestens eine "
                           "„### Auswahl: …“.")
    if not seen_hints:
        report.warning(line, f"Die Stufe „{stage.label}“ hat keine „### Hinweise“. Ergänzen Sie "
                             "die Sicht erfahrener Kolleginnen und Kollegen.")
    return section


def _single_list(head_line: int, body: list[Line], report: Reporter, what: str) -> list[Item]:
    found = blocks(body)
    lists = [b for b in found if b.kind == "list"]
    for block in found:
        if block.kind != "list":
            report.error(block.line, f"In „{what}“ ist nur eine Liste erlaubt; dieser Text steht "
                                     "außerhalb der Liste.")
    if len(lists) > 1:
        report.error(lists[1].line, f"In „{what}“ ist nur eine Liste erlaubt; entfernen Sie die "
                                    "Leerzeile oder den Text, der die Liste teilt.")
    if not lists:
        report.error(head_line, f"„{what}“ ist leer: Schreiben Sie eine Liste mit „- …“.")
        return []
    return [item for block in lists for item in block.items]


def _prompts(head_line: int, body: list[Line], report: Reporter) -> list[str]:
    prompts = []
    for item in _single_list(head_line, body, report, "Fragen"):
        text = item.full_text()
        if not text:
            report.error(item.line, "Leere Frage: Schreiben Sie die Frage hinter den Strich.")
        else:
            prompts.append(text)
    return prompts


def _auswahl(title: str, head_line: int, body: list[Line],
             report: Reporter) -> ChoiceQuestion | None:
    """`### Auswahl: …` or `### Auswahl (Reihenfolge fest): …`."""
    m = AUSWAHL.match(title)
    if m is None:
        report.error(head_line, f"Unbekannter Block „### {title}“. Meinten Sie "
                                "„### Auswahl: Ihre Frage?“?")
        return None
    note = m.group("note")
    fixed = note is not None and " ".join(note.split()).casefold() == FIXED_ORDER
    if note is not None and not fixed:
        report.error(head_line, f"Unbekannter Zusatz „({note})“ an der Auswahl: Erlaubt ist nur "
                                "„### Auswahl (Reihenfolge fest): Ihre Frage?“ für Optionen, "
                                "deren Reihenfolge etwas bedeutet (eine Skala, Stufen, Schritte).")
    question = m.group("question").strip() if m.group("colon") else ""
    if not question:
        example = "Auswahl (Reihenfolge fest)" if fixed else "Auswahl"
        report.error(head_line, f"Die Auswahl hat keine Frage: Schreiben Sie "
                                f"„### {example}: Ihre Frage?“.")
        return None
    return _choice_question(question, head_line, body, report, fixed)


def _choice_question(question: str, head_line: int, body: list[Line],
                     report: Reporter, fixed: bool = False) -> ChoiceQuestion | None:
    items = _single_list(head_line, body, report, "Auswahl")
    options: list[Option] = []
    for item in items:
        m = TASK.match(item.full_text())
        if not m:
            report.error(item.line, "Jede Option beginnt mit „[x]“ (empfohlen) oder „[ ]“, z. B. "
                                    "„- [x] Er hat Angst um seine Arbeit.“")
            continue
        text = m.group("text").strip()
        if not text:
            report.error(item.line, "Die Option hat keinen Text.")
            continue
        feedback, _ = item.quote()
        if not feedback:
            report.warning(item.line, "Option ohne Rückmeldung: Ergänzen Sie darunter eingerückt "
                                      "„  > …“, warum diese Deutung (nicht) trägt.")
        options.append(Option(text, m.group("mark") in "xX", feedback, item.line))
    if items and len(items) < 2:
        report.error(head_line, "Eine Auswahl braucht mindestens zwei Optionen.")
    if options and not any(o.recommended for o in options):
        report.error(head_line, "Auswahl hat keine empfohlene Option ([x]). Markieren Sie "
                                "mindestens eine Option mit „- [x]“.")
    _warn_duplicates([(o.text, o.line) for o in options], report)
    if not options:
        return None
    return ChoiceQuestion(question, tuple(options), head_line, fixed)


def _warn_duplicates(texts: list[tuple[str, int]], report: Reporter) -> None:
    """Two options with the same text cannot be told apart by the learner (nor by their id)."""
    seen: set[str] = set()
    for text, line in texts:
        key = " ".join(text.split())
        if key in seen:
            report.warning(line, "Diese Option steht mit demselben Text schon einmal in der "
                                 "Liste. Formulieren Sie sie anders oder streichen Sie sie.")
        seen.add(key)


def _node(title: str, line: int, body: list[Line], labels: dict[str, str],
          report: Reporter) -> DialogueNode | None:
    ident, _, rest = title[1:].partition(" ")
    ident = ident.strip()
    if not SLUG.match(ident):
        report.error(line, f"Ungültige Knoten-Kennung „@{ident}“: nur Kleinbuchstaben, Ziffern "
                           "und Bindestriche, z. B. „### @vorwurf Der Vorwurf“.")
        return None
    spoken: list[SpokenLine] = []
    thought: str | None = None
    choices: list[DialogueChoice] = []
    phase = 0  # 0 lines, 1 after the thought, 2 after the choices
    for block in blocks(body):
        if phase == 2:
            report.error(block.line, "Nach der Liste der Antwortmöglichkeiten darf im Knoten "
                                     "nichts mehr stehen. Beginnen Sie einen neuen Knoten.")
            break
        if block.kind == "paragraph":
            if phase > 0:
                report.error(block.line, "Gesprächszeilen stehen vor dem Gedanken. Verschieben "
                                         "Sie diese Zeile nach oben.")
                continue
            spoken.append(_spoken(block, labels, report))
        elif block.kind == "quote":
            text = block.text
            if not text.startswith("Gedanke:"):
                report.error(block.line, "Ein Zitat im Dialog muss mit „Gedanke:“ beginnen "
                                         "(> Gedanke: …).")
            elif thought is not None:
                report.error(block.line, "Ein Knoten hat höchstens einen Gedanken.")
            else:
                thought = text[len("Gedanke:"):].strip()
                if not thought:
                    report.error(block.line, "Der Gedanke ist leer.")
            phase = max(phase, 1)
        elif block.kind == "list":
            found = [c for c in (_dialogue_choice(i, report) for i in block.items) if c]
            _warn_duplicates([(c.text, c.line) for c in found], report)
            choices.extend(found)
            phase = 2
        else:
            report.error(block.line, "Dieser Inhalt ist in einem Dialogknoten nicht erlaubt: "
                                     "nur Gesprächszeilen, ein Gedanke und eine Auswahlliste.")
    return DialogueNode(ident, rest.strip() or None, line, tuple(spoken), thought, tuple(choices))


def _spoken(block: Block, labels: dict[str, str], report: Reporter) -> SpokenLine:
    text = block.text
    m = SPEAKER.match(text)
    if not m:
        return SpokenLine(None, text)
    label = m.group("label").strip()
    if label not in labels:
        report.error(block.line, f"Unbekannte Person „{label}“: Der Name vor dem Doppelpunkt muss "
                                 "einem „name“ oder „key“ aus [[people]] entsprechen.")
        return SpokenLine(None, text)
    return SpokenLine(labels[label], m.group("text").strip())


def _dialogue_choice(item: Item, report: Reporter) -> DialogueChoice | None:
    m = CHOICE.match(item.full_text())
    if not m:
        if not item.text.startswith("("):
            report.error(item.line, "Eine Antwortmöglichkeit beginnt mit der Bewertung in "
                                    "Klammern: „- (hilfreich) Text -> @ziel“.")
        else:
            report.error(item.line, "Das Ziel fehlt: Schließen Sie die Antwortmöglichkeit mit "
                                    "„-> @knoten“ ab.")
        return None
    rating = RATINGS.get(m.group("rating").strip().casefold())
    if rating is None:
        report.error(item.line, f"Unbekannte Bewertung „{m.group('rating')}“: erlaubt sind "
                                "hilfreich, teils, ungünstig.")
        return None
    target = m.group("target")
    if not target.startswith("@") or not SLUG.match(target[1:]):
        report.error(item.line, "Das Ziel muss ein Knoten sein, z. B. „-> @ende“.")
        return None
    text = m.group("text").strip()
    if not text:
        report.error(item.line, "Die Antwortmöglichkeit hat keinen Text.")
        return None
    feedback, _ = item.quote()
    if not feedback:
        report.warning(item.line, "Option ohne Rückmeldung: Ergänzen Sie darunter eingerückt "
                                  "„  > …“, warum diese Antwort hilft oder nicht.")
    return DialogueChoice(rating, text, target[1:], feedback, item.line)

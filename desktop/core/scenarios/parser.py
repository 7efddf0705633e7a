"""Parse scenario and technique files (scenario-format.md) into the model, with findings.

`parse_bytes`/`parse_file` never raise for bad content: every problem becomes a `Finding` with a
German message and the line at fault, and the document is None when there is any error.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.files import NotReadable, read_regular
from desktop.core.scenarios import graph, render
from desktop.core.scenarios.blocks import Block, Item, Line, blocks, sections, split_lines
from desktop.core.scenarios.header import (
    SLUG,
    Header,
    Reporter,
    check_common,
    check_str,
    int_in,
    read_date,
    read_header,
    read_people,
    slug_list,
)
from desktop.core.scenarios.model import (
    ChoiceQuestion,
    DialogueChoice,
    DialogueNode,
    Document,
    Finding,
    Option,
    Rating,
    Scenario,
    Setting,
    Severity,
    SpokenLine,
    Stage,
    StageSection,
    TechniqueCard,
)

LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
SPEAKER = re.compile(r"^\*\*(?P<label>[^*\n]+?)(?::\*\*|\*\*:)\s*(?P<text>.*)$", re.S)
CHOICE = re.compile(r"^\((?P<rating>[^)]*)\)\s*(?P<text>.*?)\s*(?:->|→)\s*(?P<target>\S*)\s*$",
                    re.S)
TASK = re.compile(r"^\[(?P<mark>[ xX])\]\s*(?P<text>.*)$", re.S)
# `Auswahl`, optionally `(Reihenfolge fest)`, then `: question` (checked separately).
AUSWAHL = re.compile(r"^auswahl\b\s*(?:\((?P<note>[^)]*)\))?\s*(?P<colon>:)?(?P<question>.*)$",
                     re.S | re.I)
FIXED_ORDER = "reihenfolge fest"
TOML_LINE = re.compile(r"at line (\d+)(?:, column (\d+))?")
MAX_BYTES = 2_000_000
MAX_STAGE_CHARS = 4 * render.MAX_CHARS  # a stage is shown as several texts
TOO_LARGE = "Die Datei ist größer als 2 MB. Teilen Sie sie in mehrere Szenarien auf."
log = logging.getLogger(__name__)

SECTION_ORDER = ("situation", "deuten", "beeinflussen", "reagieren", "verarbeiten", "quellen")
REQUIRED_SECTIONS = SECTION_ORDER[:5]
RATINGS = {"hilfreich": Rating.HILFREICH, "teils": Rating.TEILS,
           "ungünstig": Rating.UNGUENSTIG, "unguenstig": Rating.UNGUENSTIG}
SCENARIO_KEYS = {"format", "kind", "id", "title", "summary", "minutes", "level", "setting",
                 "topics", "techniques", "language", "content_note", "rechtsstand",
                 "people"}
CARD_KEYS = {"format", "kind", "id", "title", "summary", "stages", "tags"}
PERSON_KEYS = {"key", "name", "role", "description"}


@dataclass
class ParseResult:
    path: str
    document: Document | None
    findings: list[Finding] = field(default_factory=list)
    key_lines: dict[str, int] = field(default_factory=dict)  # header key -> file line

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return self.document is not None


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; raises NotReadable otherwise
    (a FIFO, a device, a folder or an oversized file is refused before a byte is read)."""
    return read_regular(path, limit, TOO_LARGE if limit == MAX_BYTES else None)


def parse_file(path: Path, display: str | None = None) -> ParseResult:
    """Parse one file; unreadable files become a finding, never an exception."""
    shown = display or str(path)
    try:
        data = read_limited(path)
    except NotReadable as exc:
        return _fail(shown, 1, str(exc))
    return parse_bytes(data, shown, path)


def parse_bytes(data: bytes, display: str, path: Path | None = None) -> ParseResult:
    """Parse a document's bytes; whatever goes wrong becomes a finding for this file."""
    try:
        return _parse_bytes(data, display, path)
    except (RecursionError, MemoryError) as exc:
        log.warning("%s: %r", display, exc)
        return _fail(display, 1, "Die Datei ist zu tief verschachtelt oder zu groß, um sie zu "
                                 "verarbeiten. Vereinfachen Sie den Aufbau.")
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the library
        log.exception("%s could not be parsed", display)
        return _fail(display, 1, f"Die Datei kann nicht verarbeitet werden ({type(exc).__name__}"
                                 f": {str(exc)[:120]}). Bitte melden Sie die Datei Ihrer IT.")


def _parse_bytes(data: bytes, display: str, path: Path | None) -> ParseResult:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _fail(display, line, "Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie "
                                    "im Editor mit der Kodierung UTF-8.")
    return parse_text(text, display, path)


def parse_text(text: str, display: str = "<text>", path: Path | None = None) -> ParseResult:
    if text.startswith("\ufeff"):
        text = text[1:]
    report = Reporter(display)
    lines = split_lines(text)
    if "\x00" in text:
        report.error(text[: text.index("\x00")].count("\n") + 1,
                     "Die Datei enthält Binärdaten (Nullzeichen); sie ist keine Textdatei.")
        return ParseResult(display, None, report.findings)
    header, body_start = read_header(lines, report)
    if header is None:
        return ParseResult(display, None, report.findings)
    body = [Line(i + 1, lines[i]) for i in range(body_start, len(lines))]
    kind = header.values.get("kind", "szenario")
    if kind == "technik":
        doc: Document | None = _card(header, body, report, path)
    elif kind == "szenario":
        doc = _scenario(header, body, len(lines), report, path)
    elif kind == "erklaeren":
        from desktop.core.scenarios.exercise import parse_exercise

        doc = parse_exercise(header, body, len(lines), report, path)
    else:
        report.error(header.line_of("kind"), f"Unbekannte Art „{kind}“: Erlaubt sind "
                                             "„szenario“, „technik“ und „erklaeren“.")
        doc = None
    if report.failed:
        doc = None
    report.findings.sort(key=lambda f: (f.line, f.severity != Severity.ERROR))
    key_lines = {key: header.line_of(key) for key in ("id", "techniques", "rechtsstand")}
    return ParseResult(display, doc, report.findings, key_lines)


def _fail(path: str, line: int, message: str) -> ParseResult:
    return ParseResult(path, None, [Finding(path, line, Severity.ERROR, message)])


# --- technique cards --------------------------------------------------------------------------

def _card(h: Header, body: list[Line], report: Reporter, path: Path | None) -> TechniqueCard | None:
    check_common(h, report, "technik", CARD_KEYS)
    stages_raw = h.values.get("stages")
    stages: list[Stage] = []
    if not isinstance(stages_raw, list) or not stages_raw:
        report.error(h.line_of("stages") if "stages" in h.values else 1,
                     "„stages“ muss mindestens eine Stufe nennen: deuten, beeinflussen, "
                     "reagieren oder verarbeiten.")
    else:
        for item in stages_raw:
            try:
                stages.append(Stage(item))
            except ValueError:
                report.error(h.line_of("stages"), f"Unbekannte Stufe {item!r} in „stages“: "
                                                  "erlaubt sind deuten, beeinflussen, reagieren, "
                                                  "verarbeiten.")
    tags = slug_list(h, report, "tags", required=False)
    if body:
        _renderable(report, body[0].number, body, "Die Technikkarte")
    text = "\n".join(ln.text for ln in body).strip()
    if not text:
        report.error(body[-1].number if body else 1, "Die Technikkarte hat keinen Inhalt.")
    if report.failed:
        return None
    v = h.values
    return TechniqueCard(id=v["id"], title=v["title"].strip(), summary=v["summary"].strip(),
                         stages=tuple(stages), body=text, tags=tags, path=path)


# --- scenarios --------------------------------------------------------------------------------

def _scenario(h: Header, body: list[Line], last_line: int, report: Reporter,
              path: Path | None) -> Scenario | None:
    check_common(h, report, "szenario", SCENARIO_KEYS)
    v = h.values
    int_in(h, report, "minutes", 1, 60, "Minuten, die ein Übungsdurchgang dauert")
    int_in(h, report, "level", 1, 3, "1 Einstieg, 2 Fortgeschritten, 3 Anspruchsvoll")
    setting = v.get("setting")
    if setting is None:
        report.error(1, "Im Kopf fehlt „setting“ (schalter, termin, telefon oder schriftlich).")
    elif setting not in {s.value for s in Setting}:
        report.error(h.line_of("setting"), f"Unbekanntes „setting“ {setting!r}: erlaubt sind "
                                           "schalter, termin, telefon, schriftlich.")
    topics = slug_list(h, report, "topics", required=True)
    techniques = slug_list(h, report, "techniques", required=False)
    language = v.get("language", "de")
    if not isinstance(language, str) or not LANGUAGE.match(language):
        report.error(h.line_of("language"), "„language“ muss ein Sprachkürzel sein, z. B. "
                                            "\"de\".")
    check_str(h, report, "content_note", 1000, "den Inhaltshinweis", required=False)
    rechtsstand = read_date(h, report, "rechtsstand", "der Tag der letzten rechtlichen Prüfung")
    people = read_people(h, report)

    before, parts = sections(body, 2)
    for ln in before:
        if ln.text.strip():
            report.error(ln.number, "Zwischen Kopf und erstem Abschnitt darf kein Text stehen. "
                                    "Beginnen Sie mit „## Situation“.")
            break
    found: dict[str, tuple[int, list[Line]]] = {}
    position = -1
    for head, lines in parts:
        name = head.title.casefold()
        if name not in SECTION_ORDER:
            report.error(head.line, f"Unbekannter Abschnitt „{head.title}“. Erlaubt sind: "
                                    "Situation, Deuten, Beeinflussen, Reagieren, Verarbeiten, "
                                    "Quellen.")
            continue
        if name in found:
            report.error(head.line, f"Der Abschnitt „{head.title}“ kommt doppelt vor.")
            continue
        index = SECTION_ORDER.index(name)
        if index < position:
            report.error(head.line, f"Der Abschnitt „{head.title}“ steht an der falschen Stelle. "
                                    "Reihenfolge: Situation, Deuten, Beeinflussen, Reagieren, "
                                    "Verarbeiten, Quellen.")
        position = max(position, index)
        found[name] = (head.line, lines)
    for name, (line, lines) in found.items():
        # Situation and Quellen are shown as one text; a stage as several (intro, hints,
        # options, dialogue lines), each of which _stage checks for its length.
        whole = name in ("situation", "quellen")
        _renderable(report, line, lines, f"Der Abschnitt „{name.capitalize()}“",
                    render.MAX_CHARS if whole else MAX_STAGE_CHARS)
    for name in REQUIRED_SECTIONS:
        if name not in found:
            report.error(last_line, f"Der Pflichtabschnitt „## {name.capitalize()}“ fehlt.")

    people_by_label = {p.name: p.key for p in people} | {p.key: p.key for p in people}
    stages: list[StageSection] = []
    for stage in Stage:
        if stage.value in found:
            line, lines = found[stage.value]
            stages.append(_stage(stage, line, lines, people_by_label, report))
    situation = _markdown(found.get("situation"))
    if "situation" in found and not situation:
        report.warning(found["situation"][0], "Die Situation ist leer. Beschreiben Sie, worum "
                                              "es im Gespräch geht.")
    if report.failed:
        return None
    return Scenario(id=v["id"], title=v["title"].strip(), summary=v["summary"].strip(),
                    minutes=v["minutes"], level=v["level"], setting=Setting(v["setting"]),
                    topics=topics, people=people, situation=situation or "",
                    stages=tuple(stages), techniques=techniques, language=language,
                    content_note=(v.get("content_note") or "").strip() or None,
                    sources=_markdown(found.get("quellen")), rechtsstand=rechtsstand, path=path)


def _renderable(report: Reporter, line: int, lines: list[Line], what: str,
                max_chars: int = render.MAX_CHARS) -> None:
    """An error when the app would refuse to render this part (render.problem): better the
    trainer hears it from lint than a caseworker sees a notice instead of the text."""
    if not lines:
        return
    reason = render.problem("\n".join(ln.text for ln in lines), lines[0].number, max_chars)
    if reason is not None:
        report.error(line, f"{what} kann in der App nicht angezeigt werden: {reason} "
                           "Bitte kürzen oder vereinfachen Sie diese Stelle.")


def _markdown(part: tuple[int, list[Line]] | None) -> str | None:
    if part is None:
        return None
    return "\n".join(ln.text for ln in part[1]).strip() or None


def _stage(stage: Stage, line: int, lines: list[Line], labels: dict[str, str],
           report: Reporter) -> StageSection:
    intro_lines, parts = sections(lines, 3)
    for block in blocks(intro_lines):
        if block.kind == "other":
            report.error(block.line, "Überschriften der Ebene 1 oder 2 sind innerhalb einer Stufe "
                                     "nicht erlaubt; verwenden Sie ### für Blöcke.")
    intro = "\n".join(ln.text for ln in intro_lines).strip() or None
    if intro and len(intro) > render.MAX_CHARS:
        _renderable(report, line, intro_lines, f"Die Einleitung von „{stage.label}“")
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
                _renderable(report, head.line, body, f"„### Hinweise“ in „{stage.label}“")
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

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
from desktop.core.scenarios import render
from desktop.core.scenarios.blocks import Line, split_lines
from desktop.core.scenarios.body import ordered_sections, renderable, text_of
from desktop.core.scenarios.header import (
    Header,
    Reporter,
    check_common,
    one_of,
    practice_fields,
    read_header,
    slug_list,
)
from desktop.core.scenarios.model import (
    Document,
    Finding,
    Scenario,
    Setting,
    Severity,
    Stage,
    StageSection,
    TechniqueCard,
)
from desktop.core.scenarios.stages import parse_stage

LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
MAX_BYTES = 2_000_000
MAX_STAGE_CHARS = 4 * render.MAX_CHARS  # a stage is shown as several texts
TOO_LARGE = "Die Datei ist größer als 2 MB. Teilen Sie sie in mehrere Szenarien auf."
log = logging.getLogger(__name__)

# A scenario's sections in their order (name as found, lower-case → title as written).
SECTION_TITLES = {name: name.capitalize() for name in (
    "situation", "deuten", "beeinflussen", "reagieren", "verarbeiten", "quellen")}
REQUIRED_SECTIONS = tuple(SECTION_TITLES)[:5]
SCENARIO_KEYS = {"format", "kind", "id", "title", "summary", "minutes", "level", "setting",
                 "topics", "techniques", "language", "content_note", "rechtsstand",
                 "people"}
CARD_KEYS = {"format", "kind", "id", "title", "summary", "stages", "tags"}


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
        renderable(report, body[0].number, body, "Die Technikkarte")
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
    fields = practice_fields(h, report, "Minuten, die ein Übungsdurchgang dauert")
    one_of(h, report, "setting", [s.value for s in Setting])
    language = v.get("language", "de")
    if not isinstance(language, str) or not LANGUAGE.match(language):
        report.error(h.line_of("language"), "„language“ muss ein Sprachkürzel sein, z. B. "
                                            "\"de\".")

    found = ordered_sections(body, last_line, report, SECTION_TITLES, REQUIRED_SECTIONS)
    for name, (line, lines) in found.items():
        # Situation and Quellen are shown as one text; a stage as several (intro, hints,
        # options, dialogue lines), each of which parse_stage checks for its length.
        whole = name in ("situation", "quellen")
        renderable(report, line, lines, f"Der Abschnitt „{SECTION_TITLES[name]}“",
                   render.MAX_CHARS if whole else MAX_STAGE_CHARS)

    people_by_label = {p.name: p.key for p in fields.people} | \
        {p.key: p.key for p in fields.people}
    stages: list[StageSection] = []
    for stage in Stage:
        if stage.value in found:
            line, lines = found[stage.value]
            stages.append(parse_stage(stage, line, lines, people_by_label, report))
    situation = text_of(found.get("situation"))
    if "situation" in found and not situation:
        report.warning(found["situation"][0], "Die Situation ist leer. Beschreiben Sie, worum "
                                              "es im Gespräch geht.")
    if report.failed:
        return None
    return Scenario(id=v["id"], title=v["title"].strip(), summary=v["summary"].strip(),
                    minutes=v["minutes"], level=v["level"], setting=Setting(v["setting"]),
                    topics=fields.topics, people=fields.people, situation=situation or "",
                    stages=tuple(stages), techniques=fields.techniques, language=language,
                    content_note=(v.get("content_note") or "").strip() or None,
                    sources=text_of(found.get("quellen")), rechtsstand=fields.rechtsstand,
                    path=path)

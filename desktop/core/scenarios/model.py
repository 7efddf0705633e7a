"""The scenario model: plain, immutable data parsed from scenario and technique files.

The shapes follow ../shared/scenario-format.md; `to_json()` gives exactly the JSON of its §4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from desktop.core.plain.model import KeyPoint, Term  # noqa: F401  (part of the content model)


class Stage(StrEnum):
    """The four reflection stages, in the order a session walks them."""

    DEUTEN = "deuten"
    BEEINFLUSSEN = "beeinflussen"
    REAGIEREN = "reagieren"
    VERARBEITEN = "verarbeiten"

    @property
    def label(self) -> str:
        """The stage's heading in the format ("Deuten"); the UI has desktop.ui.common.labels."""
        return self.value.capitalize()


STAGES: tuple[Stage, ...] = tuple(Stage)


class Rating(StrEnum):
    """How helpful a dialogue choice is."""

    HILFREICH = "hilfreich"
    TEILS = "teils"
    UNGUENSTIG = "ungünstig"


class Setting(StrEnum):
    SCHALTER = "schalter"
    TERMIN = "termin"
    TELEFON = "telefon"
    SCHRIFTLICH = "schriftlich"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One lint finding: `PATH:LINE: severity: message`."""

    path: str
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity.value}: {self.message}"


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str
    description: str | None = None


@dataclass(frozen=True)
class Option:
    """An option of an Auswahl question."""

    text: str
    recommended: bool
    feedback: str | None
    line: int = 0


@dataclass(frozen=True)
class ChoiceQuestion:
    """`### Auswahl: <question>` with its options.

    `fixed_order` (`### Auswahl (Reihenfolge fest): …`): the options are a scale or a sequence
    and are shown in file order; every other Auswahl is shown shuffled per session.
    """

    question: str
    options: tuple[Option, ...]
    line: int = 0
    fixed_order: bool = False


@dataclass(frozen=True)
class SpokenLine:
    """A paragraph of a dialogue node: `speaker` is a person's key, None for narration."""

    speaker: str | None
    text: str


@dataclass(frozen=True)
class DialogueChoice:
    rating: Rating
    text: str
    target: str
    feedback: str | None
    line: int = 0


@dataclass(frozen=True)
class DialogueNode:
    id: str
    title: str | None
    line: int
    lines: tuple[SpokenLine, ...]
    thought: str | None
    choices: tuple[DialogueChoice, ...]

    @property
    def ending(self) -> bool:
        return not self.choices


@dataclass(frozen=True)
class StageSection:
    key: Stage
    intro: str | None = None
    prompts: tuple[str, ...] = ()
    choices: tuple[ChoiceQuestion, ...] = ()
    hints: str | None = None
    start: str | None = None
    nodes: tuple[DialogueNode, ...] = ()
    line: int = 0

    def node(self, node_id: str) -> DialogueNode:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    minutes: int
    level: int
    setting: Setting
    topics: tuple[str, ...]
    people: tuple[Person, ...]
    situation: str
    stages: tuple[StageSection, ...]
    techniques: tuple[str, ...] = ()
    language: str = "de"
    content_note: str | None = None
    sources: str | None = None
    format: int = 1
    rechtsstand: date | None = None  # the day the legal content was last checked
    path: Path | None = field(default=None, compare=False)

    kind = "szenario"

    def stage(self, key: Stage | str) -> StageSection:
        for section in self.stages:
            if section.key == key:
                return section
        raise KeyError(key)

    @property
    def dialogue(self) -> StageSection:
        return self.stage(Stage.REAGIEREN)

    def person(self, key: str | None) -> Person | None:
        for person in self.people:
            if person.key == key:
                return person
        return None

    def decision_nodes(self) -> tuple[DialogueNode, ...]:
        return tuple(n for n in self.dialogue.nodes if n.choices)

    def to_json(self) -> dict:
        return {
            **_practice_header(self, {"setting": self.setting.value},
                               {"language": self.language}),
            "situation": self.situation,
            "stages": [_stage_json(s) for s in self.stages],
            "sources": self.sources,
        }


@dataclass(frozen=True)
class TechniqueCard:
    id: str
    title: str
    summary: str
    stages: tuple[Stage, ...]
    body: str
    tags: tuple[str, ...] = ()
    format: int = 1
    path: Path | None = field(default=None, compare=False)

    kind = "technik"

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "id": self.id,
            "format": self.format,
            "title": self.title,
            "summary": self.summary,
            "stages": [s.value for s in self.stages],
            "tags": list(self.tags),
            "body": self.body,
        }




@dataclass(frozen=True)
class ModelAnswer:
    title: str
    text: str
    line: int = 0


@dataclass(frozen=True)
class Exercise:
    """`kind = "erklaeren"`: explain an official text in plain words (docs/format-erklaeren.md)."""

    id: str
    title: str
    summary: str
    minutes: int
    level: int
    topics: tuple[str, ...]
    people: tuple[Person, ...]
    language_level: str  # the listener's German: A1, A2, B1, B2, C1
    situation: str
    source_text: str  # the official wording to explain (## Vorlage)
    task: str  # what to write (## Aufgabe)
    points: tuple[KeyPoint, ...]
    terms: tuple[Term, ...]
    answers: tuple[ModelAnswer, ...]
    hints: str | None = None
    sources: str | None = None
    techniques: tuple[str, ...] = ()
    content_note: str | None = None
    rechtsstand: date | None = None
    format: int = 1
    path: Path | None = field(default=None, compare=False)

    kind = "erklaeren"

    @property
    def listener(self) -> Person:
        return self.people[0]

    def to_json(self) -> dict:
        return {
            **_practice_header(self, {}, {"language_level": self.language_level}),
            "points": [{"text": p.text, "keywords": list(p.keywords), "first": p.first}
                       for p in self.points],
            "terms": [{"term": t.term, "explain": list(t.explain)} for t in self.terms],
            "situation": self.situation,
            "source_text": self.source_text,
            "task": self.task,
            "answers": [{"title": a.title, "text": a.text} for a in self.answers],
            "hints": self.hints,
            "sources": self.sources,
        }


Document = Scenario | TechniqueCard | Exercise


def _practice_header(doc: Scenario | Exercise, before_topics: dict[str, object],
                     after_techniques: dict[str, object]) -> dict[str, object]:
    """The header fields scenarios and exercises share, in the contract's order (`show --json`,
    scenario-format.md §4, docs/format-erklaeren.md §4); each kind's own fields go where
    its contract puts them: before the topics and after the techniques."""
    return {
        "kind": doc.kind, "id": doc.id, "format": doc.format, "title": doc.title,
        "summary": doc.summary, "minutes": doc.minutes, "level": doc.level,
        **before_topics,
        "topics": list(doc.topics), "techniques": list(doc.techniques),
        **after_techniques,
        "content_note": doc.content_note,
        "rechtsstand": doc.rechtsstand.isoformat() if doc.rechtsstand else None,
        "people": [{"key": p.key, "name": p.name, "role": p.role, "description": p.description}
                   for p in doc.people],
    }


def _stage_json(section: StageSection) -> dict:
    data: dict = {
        "key": section.key.value,
        "intro": section.intro,
        "prompts": list(section.prompts),
        "choices": [
            {
                "question": q.question,
                "fixed_order": q.fixed_order,
                "options": [
                    {"text": o.text, "recommended": o.recommended, "feedback": o.feedback}
                    for o in q.options
                ],
            }
            for q in section.choices
        ],
        "hints": section.hints,
    }
    if section.key is Stage.REAGIEREN:
        data["start"] = section.start
        data["nodes"] = [
            {
                "id": n.id,
                "title": n.title,
                "line": n.line,
                "lines": [{"speaker": sl.speaker, "text": sl.text} for sl in n.lines],
                "thought": n.thought,
                "ending": n.ending,
                "choices": [
                    {"rating": c.rating.value, "text": c.text, "target": c.target,
                     "feedback": c.feedback}
                    for c in n.choices
                ],
            }
            for n in section.nodes
        ]
    return data

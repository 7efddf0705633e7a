"""The summary of a session: the path taken, counts, choices against the recommended ones, notes.

Derived, never stored: it is computed from the session whenever it is shown, so it can never
disagree with what was recorded. Counts are for the learner's own reflection only (design.md
§2.3): nothing here is a score that anyone else sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.practice.catalog import REFLECTION_LABEL, TAKEAWAY_LABEL, SessionKind, Step
from desktop.core.practice.state import Instruments, PathStep
from desktop.core.scenarios.model import Rating, Stage

if TYPE_CHECKING:
    from desktop.core.practice.session import PracticeSession


@dataclass(frozen=True)
class RatingCounts:
    """How many choices on the path were rated hilfreich, teils, ungünstig."""

    hilfreich: int = 0
    teils: int = 0
    unguenstig: int = 0

    @property
    def total(self) -> int:
        return self.hilfreich + self.teils + self.unguenstig

    @classmethod
    def of(cls, ratings: list[Rating]) -> RatingCounts:
        return cls(ratings.count(Rating.HILFREICH), ratings.count(Rating.TEILS),
                   ratings.count(Rating.UNGUENSTIG))


@dataclass(frozen=True)
class ChoiceOutcome:
    """One Auswahl: the option chosen and the recommended ones."""

    stage: Stage
    question: str
    chosen: str
    chosen_recommended: bool
    recommended: tuple[str, ...]
    feedback: str | None


@dataclass(frozen=True)
class Note:
    """A free text the learner wrote: a prompt's answer, the reflection or the takeaway."""

    step: Step
    label: str
    text: str


@dataclass(frozen=True)
class Summary:
    kind: SessionKind
    scenario_id: str | None
    scenario_title: str | None
    title: str
    path: tuple[PathStep, ...]
    visited: tuple[str, ...]
    ending: str | None
    ratings: RatingCounts
    taken_back: int
    choices: tuple[ChoiceOutcome, ...]
    techniques: tuple[str, ...]
    notes: tuple[Note, ...]
    instruments: Instruments
    hints_seen: tuple[Stage, ...]
    finished: bool

    @property
    def recommended_chosen(self) -> int:
        return sum(1 for c in self.choices if c.chosen_recommended)

    @property
    def choices_total(self) -> int:
        return len(self.choices)


def summarize(session: PracticeSession) -> Summary:
    """Derive the summary of a session in its current state."""
    walk = session.dialogue
    path = walk.path if walk else ()
    visited = walk.visited if walk else ()
    ending = visited[-1] if walk is not None and walk.current.ending else None
    outcomes = []
    for record in session.choices:
        recommended: tuple[str, ...] = ()
        questions = session.questions(record.stage)
        if record.question_index < len(questions):
            recommended = tuple(o.text for o in questions[record.question_index].options
                                if o.recommended)
        outcomes.append(ChoiceOutcome(record.stage, record.question, record.option,
                                      record.recommended, recommended, record.feedback))
    notes = [Note(a.step, a.prompt, a.text) for a in session.answers]
    if session.reflection.strip():
        notes.append(Note(Step.ZUSAMMENFASSUNG, REFLECTION_LABEL, session.reflection))
    if session.instruments.takeaway.strip():
        notes.append(Note(Step.VERARBEITEN, TAKEAWAY_LABEL, session.instruments.takeaway))
    return Summary(
        kind=session.kind,
        scenario_id=session.scenario_id,
        scenario_title=session.scenario_title,
        title=session.title,
        path=path,
        visited=visited,
        ending=ending,
        ratings=RatingCounts.of([s.rating for s in path]),
        taken_back=sum(1 for s in walk.history if s.undone) if walk else 0,
        choices=tuple(outcomes),
        techniques=session.scenario.techniques if session.scenario else (),
        notes=tuple(notes),
        instruments=session.instruments,
        hints_seen=session.hints_seen,
        finished=session.finished,
    )

"""Plain records of what a learner did in a session, and the change events a session emits.

Every record carries the texts it refers to (prompt, question, option, choice) besides the
indices: the journal stays readable and exportable when a scenario file is edited or removed
later, and a resumed draft can tell that its scenario changed underneath it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from desktop.core.practice.catalog import Step
from desktop.core.practice.order import text_id
from desktop.core.scenarios.model import Rating, Stage

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds: sorts as text, parses in SQLite's date functions."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Answer:
    """A free-text answer to one prompt of a step."""

    step: Step
    index: int
    prompt: str
    text: str
    at: str

    def to_dict(self) -> dict:
        return {"step": self.step.value, "index": self.index, "prompt": self.prompt,
                "text": self.text, "at": self.at}

    @classmethod
    def from_dict(cls, data: dict) -> Answer:
        return cls(Step(data["step"]), int(data["index"]), str(data["prompt"]),
                   str(data["text"]), str(data["at"]))


@dataclass(frozen=True)
class ChoiceRecord:
    """The option chosen in one Auswahl question; its feedback is revealed once chosen."""

    stage: Stage
    question_index: int
    option_index: int
    question: str
    option: str
    recommended: bool
    feedback: str | None
    at: str
    option_id: str = ""  # the option itself (order.option_ids); option_index is its file index

    def to_dict(self) -> dict:
        return {"stage": self.stage.value, "question_index": self.question_index,
                "option_index": self.option_index, "option_id": self.option_id,
                "question": self.question, "option": self.option,
                "recommended": self.recommended, "feedback": self.feedback, "at": self.at}

    @classmethod
    def from_dict(cls, data: dict) -> ChoiceRecord:
        option = str(data["option"])
        return cls(Stage(data["stage"]), int(data["question_index"]), int(data["option_index"]),
                   str(data["question"]), option, bool(data["recommended"]),
                   data.get("feedback"), str(data["at"]),
                   str(data.get("option_id") or text_id(option)))


@dataclass(frozen=True)
class PathStep:
    """One choice made in the dialogue walk.

    `seq` numbers every choice ever made in the session from 1. A step taken back (undo,
    restart from an earlier node) stays in the history with `undone=True`: what was tried and
    taken back is material for reflection, and the active path is simply the steps not undone,
    in `seq` order.
    """

    seq: int
    node_id: str
    choice_index: int
    text: str
    rating: Rating
    target: str
    feedback: str | None
    at: str
    undone: bool = False
    choice_id: str = ""  # the choice itself (order.option_ids); choice_index is its file index
    own_words: str = ""  # what the learner wrote before seeing the options ("own words first")

    def to_dict(self) -> dict:
        return {"seq": self.seq, "node_id": self.node_id, "choice_index": self.choice_index,
                "choice_id": self.choice_id, "text": self.text, "rating": self.rating.value,
                "target": self.target, "feedback": self.feedback, "at": self.at,
                "undone": self.undone, "own_words": self.own_words}

    @classmethod
    def from_dict(cls, data: dict) -> PathStep:
        text = str(data["text"])
        return cls(int(data["seq"]), str(data["node_id"]), int(data["choice_index"]),
                   text, parse_rating(str(data["rating"])), str(data["target"]),
                   data.get("feedback"), str(data["at"]), bool(data.get("undone", False)),
                   str(data.get("choice_id") or text_id(text)),
                   str(data.get("own_words") or ""))


def parse_rating(value: str) -> Rating:
    # The scenario format accepts "unguenstig" too; stored values are always the Rating values.
    return Rating.UNGUENSTIG if value == "unguenstig" else Rating(value)


@dataclass(frozen=True)
class Instruments:
    """Verarbeiten's own instruments, added to every scenario's prompts.

    strain_before is asked at the start of a session, strain_after in Verarbeiten, both 0–10,
    so that the statistics can show how a session changed the felt strain.
    """

    strain_before: int | None = None
    strain_after: int | None = None
    feelings: tuple[str, ...] = ()
    helps: tuple[str, ...] = ()
    helps_other: str = ""
    takeaway: str = ""

    def to_dict(self) -> dict:
        return {"strain_before": self.strain_before, "strain_after": self.strain_after,
                "feelings": list(self.feelings), "helps": list(self.helps),
                "helps_other": self.helps_other, "takeaway": self.takeaway}

    @classmethod
    def from_dict(cls, data: dict) -> Instruments:
        return cls(data.get("strain_before"), data.get("strain_after"),
                   tuple(data.get("feelings", ())), tuple(data.get("helps", ())),
                   str(data.get("helps_other", "")), str(data.get("takeaway", "")))


class ChangeKind(StrEnum):
    """What changed; the journal maps each kind to one small write."""

    CREATED = "created"
    STEP = "step"
    ANSWER = "answer"
    CHOICE = "choice"
    HINTS = "hints"
    WALK = "walk"
    THOUGHT = "thought"
    INSTRUMENTS = "instruments"
    REFLECTION = "reflection"
    TITLE = "title"
    FINISHED = "finished"
    PERSONAL_DATA = "personal_data"
    OWN_WORDS = "own_words"


@dataclass(frozen=True)
class Change:
    """One change of a session: `step`/`index` name the answer or choice, `seqs` the path steps.

    A listener reads the new values from the session itself; the event only says where to look,
    so a listener that falls behind can always write the current state.
    """

    kind: ChangeKind
    step: Step | None = None
    index: int | None = None
    seqs: tuple[int, ...] = ()


ChangeListener = Callable[[Change], None]

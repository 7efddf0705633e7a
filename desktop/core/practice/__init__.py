"""Practice sessions: the state machine of a run through a scenario, Qt-free.

API in brief (everything here is plain data or plain methods; the GUI drives it):

- `PracticeSession.uebung(scenario)`, `.zwischendurch(scenario, node_id)`,
  `.eigener_fall(title)` start a session of a `SessionKind`.
- Stepper: `steps`, `step`, `go_to(step)`, `next_step()`, `previous_step()`, `finish()`,
  `finished`. Steps are `Step.SITUATION … Step.ZUSAMMENFASSUNG`; `Step.label` is German (the UI shows `desktop.ui.common.labels.step_label`).
- Free text: `prompts(step)`, `answer(step, prompt_index, text)`, `answer_text(...)`, `answers`.
- Auswahl: `questions(stage)`, `choose(stage, question_index, option_index) -> Option` (its
  feedback is then shown), `choice(stage, i)`, `choices`.
- Hinweise: `hints(stage)`, `hints_available(stage)`, `show_hints(stage)`, `hints_seen`.
- Dialogue (`session.dialogue`, a `DialogueWalk`, None for an eigener Fall): `current`,
  `choose(choice_index) -> DialogueChoice` (rating and feedback), `undo()`,
  `restart_from(node_id)`, `reveal_thought()`, `thought_available()`, `path`, `history`,
  `visited`, `finished`. Zwischendurch: `lead_in()` gives the nodes leading to the moment.
- Verarbeiten's instruments: `set_strain_before/after(0..10)`, `set_feelings(FEELINGS…)`,
  `set_helps(HELPS…)`, `set_helps_other(text)`, `set_takeaway(text)`; read `instruments`.
  Zwischendurch's one line: `set_reflection(text)`; an eigener Fall's label: `set_title(text)`.
- `summary() -> Summary`; `to_dict()` / `PracticeSession.from_dict(data, scenario)`.
- `subscribe(listener)`: called with a `Change` after every change (the journal's autosave).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Importing one submodule (the journal's list rows need only `catalog`) must not load them
# all: the names below are resolved on first use (PEP 562).
_WHERE = {
    "FEELINGS": "catalog", "HELPS": "catalog", "KIND_STEPS": "catalog",
    "OWN_CASE_PROMPTS": "catalog", "SessionKind": "catalog", "Step": "catalog",
    "DialogueWalk": "dialogue", "PracticeSession": "session", "scenario_digest": "values",
    "Answer": "state", "Change": "state", "ChangeKind": "state", "ChoiceRecord": "state",
    "Instruments": "state", "PathStep": "state", "ChoiceOutcome": "summary", "Note": "summary",
    "RatingCounts": "summary", "Summary": "summary",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from desktop.core.practice.catalog import (
        FEELINGS,
        HELPS,
        KIND_STEPS,
        OWN_CASE_PROMPTS,
        SessionKind,
        Step,
    )
    from desktop.core.practice.dialogue import DialogueWalk
    from desktop.core.practice.session import PracticeSession
    from desktop.core.practice.state import (
        Answer,
        Change,
        ChangeKind,
        ChoiceRecord,
        Instruments,
        PathStep,
    )
    from desktop.core.practice.summary import ChoiceOutcome, Note, RatingCounts, Summary
    from desktop.core.practice.values import scenario_digest

__all__ = [
    "FEELINGS", "HELPS", "KIND_STEPS", "OWN_CASE_PROMPTS", "Answer", "Change", "ChangeKind",
    "ChoiceOutcome", "ChoiceRecord", "DialogueWalk", "Instruments", "Note", "PathStep",
    "PracticeSession", "RatingCounts", "SessionKind", "Step", "Summary", "scenario_digest",
]

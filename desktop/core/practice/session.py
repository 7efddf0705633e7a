"""`PracticeSession`: the state machine of one run through a scenario or a real case.

Steps: Situation, Deuten, Beeinflussen, Reagieren, Verarbeiten, Zusammenfassung (`Step`); the
kind decides which of them a session walks (`KIND_STEPS`). Navigation is free: no time
pressure, the learner may go back and forth or skip, and `finish()` marks the session done.

Every mutating method emits a `Change` to the subscribed listeners *after* the state changed;
the journal subscribes (`Journal.attach`) and writes each change at once. A listener that raises
(the disk is full) leaves the in-memory state intact, so nothing typed is lost.

`to_dict()` / `from_dict()` give a plain, JSON-safe dict; loading it back gives the same state,
at the same step and the same dialogue node.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.core.practice.catalog import (
    EXPLAIN_PROMPTS,
    FEELINGS,
    HELPS,
    KIND_STEPS,
    OWN_CASE_PROMPTS,
    STRAIN_MAX,
    STRAIN_MIN,
    SessionKind,
    Step,
)
from desktop.core.practice.dialogue import DialogueWalk, shortest_way
from desktop.core.practice.order import Shown, arranged, find, new_seed
from desktop.core.practice.state import (
    Answer,
    Change,
    ChangeKind,
    ChangeListener,
    ChoiceRecord,
    Clock,
    Instruments,
    PathStep,
    stamp,
    utc_now,
)
from desktop.core.scenarios.model import ChoiceQuestion, DialogueNode, Option, Scenario, Stage

if TYPE_CHECKING:
    from desktop.core.practice.summary import Summary
    from desktop.core.scenarios.model import Exercise

DICT_FORMAT = 1


def scenario_digest(scenario: Scenario) -> str:
    """A fingerprint of a scenario's content, blind to line numbers (editing above a node moves
    it without changing it)."""
    data = scenario.to_json()
    for stage in data["stages"]:
        for node in stage.get("nodes", ()):
            node.pop("line", None)
        for question in stage["choices"]:
            # Added to the format later: an unpinned Auswahl keeps the digest it had before,
            # so drafts stored then do not report a changed scenario.
            if not question["fixed_order"]:
                del question["fixed_order"]
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    # Two 32-bit checksums are plenty to notice an edited file, and zlib is built in:
    # hashlib would load OpenSSL's libcrypto (about 3.6 MB) into every start of the app.
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"


def as_step(value: Step | Stage | str) -> Step:
    try:
        return Step(str(value))
    except ValueError:
        raise ValueError(f"Unbekannter Schritt „{value}“.") from None


def as_stage(value: Stage | Step | str) -> Stage:
    try:
        return Stage(str(value))
    except ValueError:
        raise ValueError(f"„{value}“ ist keine der vier Stufen.") from None


class PracticeSession:
    """One session: an Übung, a Zwischendurch moment, or an eigener Fall."""

    def __init__(self, kind: SessionKind, scenario: Scenario | None = None, *,
                 focus_node: str | None = None, uid: str | None = None,
                 clock: Clock = utc_now, order_seed: str | None = None) -> None:
        if kind in (SessionKind.EIGENER_FALL, SessionKind.ERKLAEREN):
            if scenario is not None:
                raise ValueError("Ein eigener Fall oder eine Erklär-Übung hat kein Szenario.")
        elif scenario is None:
            raise ValueError("Für eine Übung wird ein Szenario gebraucht.")
        if kind is SessionKind.ZWISCHENDURCH:
            assert scenario is not None
            nodes = {n.id: n for n in scenario.dialogue.nodes}
            if focus_node not in nodes or not nodes[focus_node].choices:
                raise ValueError("Zwischendurch braucht einen Entscheidungsknoten.")
        self.kind = kind
        self.scenario = scenario
        self.focus_node = focus_node
        self.uid = uid or uuid.uuid4().hex
        # Decides the order in which this session shows every Auswahl and decision (order.py).
        self.order_seed = order_seed or new_seed()
        self.id: int | None = None  # the journal's row id, set by Journal.attach/create
        self._clock = clock
        now = stamp(clock())
        self.created_at = now
        self.updated_at = now
        self.finished_at: str | None = None
        self.scenario_id = scenario.id if scenario else None
        self.scenario_title = scenario.title if scenario else None
        self.scenario_digest = scenario_digest(scenario) if scenario else None
        # True when a stored session no longer fits its scenario file (see from_dict).
        self.content_changed = False
        self.title = ""
        self.reflection = ""
        # An eigener Fall kept with personal data in it (the user's explicit choice): it stays
        # on this PC and can never be shared.
        self.personal_data = False
        self._step = self.steps[0]
        self._answers: dict[tuple[Step, int], Answer] = {}
        self._choices: dict[tuple[Stage, int], ChoiceRecord] = {}
        self._hints_seen: list[Stage] = []
        self._instruments = Instruments()
        self._listeners: list[ChangeListener] = []
        self.dialogue: DialogueWalk | None = None
        if scenario is not None:
            start = focus_node or scenario.dialogue.start or scenario.dialogue.nodes[0].id
            self.dialogue = DialogueWalk(scenario.dialogue, start, clock, self._emit,
                                         single_choice=kind is SessionKind.ZWISCHENDURCH,
                                         seed=self.order_seed)

    @classmethod
    def uebung(cls, scenario: Scenario, clock: Clock = utc_now) -> PracticeSession:
        """A whole scenario, all six steps."""
        return cls(SessionKind.UEBUNG, scenario, clock=clock)

    @classmethod
    def zwischendurch(cls, scenario: Scenario, node_id: str,
                      clock: Clock = utc_now) -> PracticeSession:
        """One decision node with its context and a one-line reflection."""
        return cls(SessionKind.ZWISCHENDURCH, scenario, focus_node=node_id, clock=clock)

    @classmethod
    def erklaeren(cls, exercise: Exercise, clock: Clock = utc_now) -> PracticeSession:
        """A Verständlich-erklären exercise: a first version and a revised one."""
        session = cls(SessionKind.ERKLAEREN, clock=clock)
        session.scenario_id = exercise.id
        session.scenario_title = exercise.title
        return session

    @classmethod
    def eigener_fall(cls, title: str = "", clock: Clock = utc_now) -> PracticeSession:
        """A real conversation, reflected through the four stages in free text."""
        session = cls(SessionKind.EIGENER_FALL, clock=clock)
        session.title = title
        return session

    # -- listeners -----------------------------------------------------------------------

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Call `listener` after every change; returns a function that unsubscribes it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, change: Change) -> None:
        self.updated_at = stamp(self._clock())
        for listener in list(self._listeners):
            listener(change)

    # -- steps ---------------------------------------------------------------------------

    @property
    def steps(self) -> tuple[Step, ...]:
        return KIND_STEPS[self.kind]

    @property
    def step(self) -> Step:
        return self._step

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def go_to(self, step: Step | Stage | str) -> None:
        target = as_step(step)
        if target not in self.steps:
            raise ValueError(f"„{target.title}“ gehört nicht zu dieser Sitzung.")
        if target is not self._step:
            self._step = target
            self._emit(Change(ChangeKind.STEP, step=target))

    def next_step(self) -> Step:
        """Move one step on (stays on the last step); returns the new step."""
        position = self.steps.index(self._step)
        self.go_to(self.steps[min(position + 1, len(self.steps) - 1)])
        return self._step

    def previous_step(self) -> Step:
        position = self.steps.index(self._step)
        self.go_to(self.steps[max(position - 1, 0)])
        return self._step

    def finish(self) -> None:
        """Mark the session done and show the summary; it stays editable afterwards."""
        self._step = Step.ZUSAMMENFASSUNG
        if self.finished_at is None:
            self.finished_at = stamp(self._clock())
        self._emit(Change(ChangeKind.FINISHED, step=self._step))

    # -- free-text answers ---------------------------------------------------------------

    def prompts(self, step: Step | Stage | str) -> tuple[str, ...]:
        """The free-text prompts of a step (the scenario's, or the eigener-fall prompts)."""
        target = as_step(step)
        if target not in self.steps:
            return ()
        if self.kind is SessionKind.EIGENER_FALL:
            return OWN_CASE_PROMPTS.get(target, ())
        if self.kind is SessionKind.ERKLAEREN:
            return EXPLAIN_PROMPTS if target is Step.SITUATION else ()
        if self.kind is SessionKind.ZWISCHENDURCH or target.stage is None:
            return ()
        assert self.scenario is not None
        return self.scenario.stage(target.stage).prompts

    def answer(self, step: Step | Stage | str, prompt_index: int, text: str) -> None:
        """Record the answer to a prompt; an empty or blank text removes it."""
        target = as_step(step)
        prompts = self.prompts(target)
        if not 0 <= prompt_index < len(prompts):
            raise IndexError(f"{target.value}: keine Frage Nummer {prompt_index}")
        key = (target, prompt_index)
        old = self._answers.get(key)
        if text.strip():
            if old is not None and old.text == text:
                return
            self._answers[key] = Answer(target, prompt_index, prompts[prompt_index], text,
                                        stamp(self._clock()))
        elif old is None:
            return
        else:
            del self._answers[key]
        self._emit(Change(ChangeKind.ANSWER, step=target, index=prompt_index))

    def answer_text(self, step: Step | Stage | str, prompt_index: int) -> str:
        found = self._answers.get((as_step(step), prompt_index))
        return found.text if found else ""

    def get_answer(self, step: Step | Stage | str, prompt_index: int) -> Answer | None:
        return self._answers.get((as_step(step), prompt_index))

    @property
    def answers(self) -> tuple[Answer, ...]:
        """All answers in step and prompt order."""
        order = {s: i for i, s in enumerate(Step)}
        return tuple(sorted(self._answers.values(), key=lambda a: (order[a.step], a.index)))

    # -- Auswahl ---------------------------------------------------------------------------

    def questions(self, stage: Stage | Step | str) -> tuple[ChoiceQuestion, ...]:
        if self.scenario is None or self.kind is SessionKind.ZWISCHENDURCH:
            return ()
        return self.scenario.stage(as_stage(stage)).choices

    def shown_options(self, stage: Stage | Step | str,
                      question_index: int) -> tuple[Shown[Option], ...]:
        """An Auswahl's options in the order this session shows them (file order when the
        question is `Reihenfolge fest`), each with its id and file index."""
        key = as_stage(stage)
        questions = self.questions(key)
        if not 0 <= question_index < len(questions):
            raise IndexError(f"{key.value}: keine Auswahl Nummer {question_index}")
        question = questions[question_index]
        return arranged(question.options, [o.text for o in question.options], self.order_seed,
                        f"{key.value}/{question_index}", question.fixed_order)

    def choose(self, stage: Stage | Step | str, question_index: int,
               option: int | str) -> Option:
        """Record the option chosen in an Auswahl, named by its id (str) or its index in the
        file (int), never by where it was shown; returns it, its feedback now revealed.

        Choosing again replaces the earlier choice: the journal is for reflection, not a test.
        """
        key = as_stage(stage)
        shown = self.shown_options(key, question_index)
        question = self.questions(key)[question_index]
        try:
            entry = find(shown, option)
        except KeyError:
            raise IndexError(f"{key.value}: keine Option {option!r}") from None
        chosen = entry.item
        old = self._choices.get((key, question_index))
        if old is None or old.option_id != entry.id:
            self._choices[(key, question_index)] = ChoiceRecord(
                key, question_index, entry.index, question.question, chosen.text,
                chosen.recommended, chosen.feedback, stamp(self._clock()), entry.id)
            self._emit(Change(ChangeKind.CHOICE, step=Step(key.value), index=question_index))
        return chosen

    def choice(self, stage: Stage | Step | str, question_index: int) -> ChoiceRecord | None:
        return self._choices.get((as_stage(stage), question_index))

    @property
    def choices(self) -> tuple[ChoiceRecord, ...]:
        order = {s: i for i, s in enumerate(Stage)}
        return tuple(sorted(self._choices.values(),
                            key=lambda c: (order[c.stage], c.question_index)))

    # -- Hinweise --------------------------------------------------------------------------

    def hints(self, stage: Stage | Step | str) -> str | None:
        """The experts' view of a stage, or None (eigener Fall, Zwischendurch, none written)."""
        if self.scenario is None or self.kind is SessionKind.ZWISCHENDURCH:
            return None
        return self.scenario.stage(as_stage(stage)).hints

    def hints_available(self, stage: Stage | Step | str) -> bool:
        """Hinweise are shown once the learner has answered something in the stage."""
        key = as_stage(stage)
        if not self.hints(key):
            return False
        if any(a.step.value == key.value for a in self._answers.values()):
            return True
        if any(c.stage is key for c in self._choices.values()):
            return True
        return key is Stage.REAGIEREN and self.dialogue is not None and bool(self.dialogue.history)

    def show_hints(self, stage: Stage | Step | str) -> str:
        """Reveal a stage's Hinweise (recorded as seen); ValueError before the stage is answered."""
        key = as_stage(stage)
        if not self.hints_available(key):
            raise ValueError("Die Hinweise erscheinen, sobald Sie diese Stufe bearbeitet haben.")
        if key not in self._hints_seen:
            self._hints_seen.append(key)
            self._emit(Change(ChangeKind.HINTS, step=Step(key.value)))
        hints = self.hints(key)
        assert hints is not None
        return hints

    @property
    def hints_seen(self) -> tuple[Stage, ...]:
        return tuple(self._hints_seen)

    # -- instruments, reflection, title ----------------------------------------------------

    @property
    def instruments(self) -> Instruments:
        return self._instruments

    def set_strain_before(self, value: int | None) -> None:
        self._set_instruments(strain_before=_strain(value))

    def set_strain_after(self, value: int | None) -> None:
        self._set_instruments(strain_after=_strain(value))

    def set_feelings(self, feelings: Iterable[str]) -> None:
        """Choose feelings from FEELINGS (several allowed); stored in the list's order."""
        self._set_instruments(feelings=_from_list(feelings, FEELINGS, "Gefühl"))

    def set_helps(self, helps: Iterable[str]) -> None:
        """Choose from HELPS (several allowed); anything else goes into set_helps_other."""
        self._set_instruments(helps=_from_list(helps, HELPS, "Eintrag"))

    def set_helps_other(self, text: str) -> None:
        self._set_instruments(helps_other=text)

    def set_takeaway(self, text: str) -> None:
        """The one sentence "Das nehme ich mit"."""
        self._set_instruments(takeaway=text)

    def _set_instruments(self, **changes: Any) -> None:
        updated = replace(self._instruments, **changes)
        if updated != self._instruments:
            self._instruments = updated
            self._emit(Change(ChangeKind.INSTRUMENTS))

    def set_reflection(self, text: str) -> None:
        """Zwischendurch's one-line reflection (any kind may keep one)."""
        if text != self.reflection:
            self.reflection = text
            self._emit(Change(ChangeKind.REFLECTION))

    def mark_personal_data(self, contains: bool) -> None:
        """Record the user's choice to keep personal data in this local note (or not)."""
        if contains != self.personal_data:
            self.personal_data = contains
            self._emit(Change(ChangeKind.PERSONAL_DATA))

    def set_title(self, text: str) -> None:
        """A short label for an eigener Fall, shown in the journal list."""
        if text != self.title:
            self.title = text
            self._emit(Change(ChangeKind.TITLE))

    def lead_in(self) -> tuple[DialogueNode, ...]:
        """Zwischendurch's context: the nodes on a shortest way from the start to the focus."""
        if self.scenario is None or self.focus_node is None:
            return ()
        section = self.scenario.dialogue
        start = section.start or section.nodes[0].id
        return tuple(section.node(n) for n in shortest_way(section, start, self.focus_node)[:-1])

    def summary(self) -> Summary:
        from desktop.core.practice.summary import summarize

        return summarize(self)

    # -- plain dicts -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole state as JSON-safe plain data (the journal's export format too)."""
        walk = self.dialogue
        return {
            "format": DICT_FORMAT,
            "id": self.id,
            "uid": self.uid,
            "order_seed": self.order_seed,
            "kind": self.kind.value,
            "scenario_id": self.scenario_id,
            "scenario_title": self.scenario_title,
            "scenario_digest": self.scenario_digest,
            "focus_node": self.focus_node,
            "title": self.title,
            "step": self._step.value,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "finished_at": self.finished_at,
            "answers": [a.to_dict() for a in self.answers],
            "choices": [c.to_dict() for c in self.choices],
            "hints_seen": [s.value for s in self._hints_seen],
            "walk": [s.to_dict() for s in walk.history] if walk else [],
            "thoughts_seen": list(walk.thoughts_seen) if walk else [],
            "own_words_draft": walk.own_words if walk else "",
            "instruments": self._instruments.to_dict(),
            "reflection": self.reflection,
            "personal_data": self.personal_data,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], scenario: Scenario | None = None,
                  clock: Clock = utc_now) -> PracticeSession:
        """Rebuild a session from `to_dict()` data; the scenario is needed unless eigener Fall.

        Nothing stored is dropped. When the scenario changed since the session was stored,
        answers and choices keep their stored texts, a dialogue walk that no longer fits resumes
        at the last point that still exists, and `content_changed` is set for the GUI to say so.
        """
        if data.get("format") != DICT_FORMAT:
            raise ValueError(f"Unbekanntes Sitzungsformat {data.get('format')!r}.")
        kind = SessionKind(data["kind"])
        if scenario is not None and scenario.id != data.get("scenario_id"):
            raise ValueError(f"Die Sitzung gehört zu „{data.get('scenario_id')}“, "
                             f"nicht zu „{scenario.id}“.")
        focus = data.get("focus_node")
        changed = False
        if kind is SessionKind.ZWISCHENDURCH and scenario is not None:
            try:
                if focus is None or not scenario.dialogue.node(focus).choices:
                    raise KeyError(focus)
            except KeyError:
                raise ValueError(f"Den Knoten „{focus}“ gibt es im Szenario nicht mehr.") \
                    from None
        # Sessions stored before the seed existed use their uid: stable, and theirs alone.
        session = cls(kind, scenario, focus_node=focus, uid=data["uid"], clock=clock,
                      order_seed=data.get("order_seed") or str(data["uid"]))
        session.id = data.get("id")
        session.scenario_id = data.get("scenario_id")
        session.scenario_title = data.get("scenario_title")
        if scenario is not None and data.get("scenario_digest") != session.scenario_digest:
            changed = True
        session.scenario_digest = data.get("scenario_digest")
        session.title = data.get("title") or ""
        session.reflection = data.get("reflection") or ""
        session.personal_data = bool(data.get("personal_data", False))
        step = Step(data["step"])
        session._step = step if step in session.steps else session.steps[0]
        session.created_at = data["created_at"]
        session.finished_at = data.get("finished_at")
        for item in data.get("answers", ()):
            answer = Answer.from_dict(item)
            session._answers[(answer.step, answer.index)] = answer
        for item in data.get("choices", ()):
            record = ChoiceRecord.from_dict(item)
            session._choices[(record.stage, record.question_index)] = record
        session._hints_seen = [Stage(s) for s in dict.fromkeys(data.get("hints_seen", ()))]
        session._instruments = Instruments.from_dict(data.get("instruments", {}))
        walk = [PathStep.from_dict(s) for s in data.get("walk", ())]
        if session.dialogue is not None:
            if not session.dialogue.restore(walk, data.get("thoughts_seen", ()),
                                            str(data.get("own_words_draft") or "")):
                changed = True
        session.content_changed = changed
        session.updated_at = data.get("updated_at") or session.created_at
        return session


def _strain(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) \
            or not STRAIN_MIN <= value <= STRAIN_MAX:
        raise ValueError(f"Die Belastung ist eine Zahl von {STRAIN_MIN} bis {STRAIN_MAX}.")
    return value


def _from_list(values: Iterable[str], allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    chosen = set(values)
    unknown = chosen.difference(allowed)
    if unknown:
        raise ValueError(f"Unbekannter {what}: {', '.join(sorted(unknown))}.")
    return tuple(v for v in allowed if v in chosen)

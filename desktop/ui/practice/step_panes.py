"""The content of one session step, one pane per kind of step.

`SessionView` builds the pane of the current step (`pane_for`) and puts it in its scroll area;
a pane only changes the `PracticeSession` (the journal listens to it) and knows how to hand
pending keystrokes over (`flush`). The summary's pane is in summary_pane.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.practice import FEELINGS, HELPS, PracticeSession, SessionKind, Step
from desktop.core.scenarios import render
from desktop.core.scenarios.model import Stage
from desktop.ui.common import labels
from desktop.ui.common.a11y import screen_order
from desktop.ui.common.stage_widgets import (
    ChoiceBlock,
    HintsBlock,
    LineField,
    PromptBlock,
    StrainSlider,
    help_pointer_html,
    line_field,
)
from desktop.ui.common.text_view import AutoHeightTextView, TextView
from desktop.ui.common.widgets import heading, paragraph
from desktop.ui.common.wrapping import CheckList

if TYPE_CHECKING:
    from desktop.core.journal import Journal
    from desktop.ui.common.path_replay import GraphReplay
    from desktop.ui.practice.dialogue_player import DialoguePlayer


@dataclass
class PaneOptions:
    """What a pane needs besides the session: settings and read-only sources."""

    techniques: dict[str, Any] = field(default_factory=dict)
    journal: Journal | None = None  # read only: the user's own earlier walks for the replay
    own_words_first: bool = False
    takeaway_on_start: bool = False
    takeaway_locked: bool = False  # IT has fixed the setting by policy


class StepPane(QWidget):
    """A step's content: its heading and question, then what `build` adds."""

    controls_changed = Signal()  # widgets were added or replaced: the Tab order is renewed

    def __init__(self, session: PracticeSession, step: Step, options: PaneOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step = step
        self.options = options
        self.flushers: list[Callable[[], None]] = []
        self.hints: list[HintsBlock] = []
        self.player: DialoguePlayer | None = None
        self.replay: GraphReplay | None = None
        self.setAccessibleName(labels.step_label(step))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 8, 8)
        self.box.setSpacing(10)
        self.box.addWidget(heading(labels.step_label(step), 2))
        if step.stage is not None:
            question = labels.stage_question(step.stage)
            if question:
                self.box.addWidget(paragraph(question))
        self.build()
        self.box.addStretch(1)

    def build(self) -> None:
        """Add the step's widgets to `self.box` (each kind of step its own)."""

    def flush(self) -> None:
        """Hand every pending keystroke to the session (and so to the journal) now."""
        for flush in self.flushers:
            flush()

    def first_control(self) -> QWidget | None:
        """Where focus goes when the step appears: its first control, something to answer or
        press (the texts above it come before it in the Tab order)."""
        for widget in screen_order(self):
            if (not isinstance(widget, TextView) and widget.isVisibleTo(self)
                    and widget.isEnabled()):
                return widget
        return None

    def update_hints(self) -> None:
        for hints in self.hints:
            hints.update_state()

    # --- shared pieces ------------------------------------------------------------------------

    def add_markdown(self, text: str | None, name: str) -> None:
        if text:
            view = AutoHeightTextView(name=name)
            view.set_markdown(text)
            self.box.addWidget(view)

    def add_html(self, html: str, name: str) -> None:
        view = AutoHeightTextView(name=name)
        view.set_html(html)
        self.box.addWidget(view)

    def add_prompts(self) -> None:
        step = self.step
        for index, prompt in enumerate(self.session.prompts(step)):
            block = PromptBlock(index, labels.prompt_label(prompt),
                                self.session.answer_text(step, index), self._on_answer,
                                guard_privacy=self.session.kind is SessionKind.EIGENER_FALL)
            self.flushers.append(block.flush)
            self.box.addWidget(block)

    def add_line(self, label: str, value: str, commit: Callable[[str], None]) -> LineField:
        field_ = line_field(label, value, commit)
        self.flushers.append(field_.flush)
        self.box.addWidget(field_)
        return field_

    def add_hints(self, stage: Stage) -> None:
        s = self.session
        hints = HintsBlock(self.tr("Hints"), lambda: s.hints_available(stage),
                           lambda: s.show_hints(stage), stage in s.hints_seen)
        self.hints.append(hints)
        self.box.addWidget(hints)

    def _on_answer(self, index: int, text: str) -> None:
        self.session.answer(self.step, index, text)
        self.update_hints()


class SituationPane(StepPane):
    """The scene, the people, the lead-in of a moment, an own case's title; strain before."""

    def build(self) -> None:
        s = self.session
        if s.scenario is not None:
            if s.scenario.content_note:
                self.add_html(f"<blockquote><b>{render.escape(self.tr('Content note:'))}</b> "
                              f"{render.escape(s.scenario.content_note)}</blockquote>",
                              self.tr("Content note"))
            self.add_markdown(s.scenario.situation, self.tr("Situation"))
            people = "".join(
                f"<li><b>{render.escape(p.name)}</b> ({render.escape(p.role)})"
                + (f": {render.escape(p.description)}" if p.description else "") + "</li>"
                for p in s.scenario.people)
            self.add_html(f"<h3>{render.escape(self.tr('People involved'))}</h3>"
                          f"<ul>{people}</ul>", self.tr("People involved"))
        if s.kind is SessionKind.ZWISCHENDURCH:
            self._add_lead_in()
        if s.kind is SessionKind.EIGENER_FALL:
            title = self.add_line(self.tr("Short title (no names):"), s.title, s.set_title)
            title.edit.setPlaceholderText(self.tr("e.g. “Refusal on Tuesday”, no names"))
            self.add_prompts()
        if s.kind is not SessionKind.ZWISCHENDURCH:
            strain = StrainSlider(labels.instrument_label("strain_before"),
                                  s.instruments.strain_before)
            strain.changed.connect(s.set_strain_before)
            self.box.addWidget(strain)

    def _add_lead_in(self) -> None:
        s = self.session
        assert s.scenario is not None
        lines = []
        for node in s.lead_in():
            for line in node.lines:
                person = s.scenario.person(line.speaker)
                who = f"<b>{render.escape(person.name)}:</b> " if person else ""
                lines.append(f"<p>{who}{render.inline_html(line.text)}</p>")
        if lines:
            self.add_html(f"<h3>{render.escape(self.tr('So far in the conversation'))}</h3>"
                          + "".join(lines), self.tr("The conversation so far"))


class StagePane(StepPane):
    """Deuten, Beeinflussen, Verarbeiten: intro, prompts, Auswahl questions, instruments,
    hints."""

    def build(self) -> None:
        s = self.session
        stage = self.step.stage
        assert stage is not None
        if s.scenario is not None:
            self.add_markdown(s.scenario.stage(stage).intro, self.tr("Introduction"))
        self.add_prompts()
        for index, question in enumerate(s.questions(stage)):
            record = s.choice(stage, index)
            block = ChoiceBlock(index, question, s.shown_options(stage, index),
                                record.option_id if record else None)
            block.chosen.connect(lambda q, o, st=stage: self._on_choice(st, q, o))
            self.box.addWidget(block)
        if stage is Stage.VERARBEITEN:
            self._add_instruments()
        if s.hints(stage):
            self.add_hints(stage)

    def _on_choice(self, stage: Stage, question: int, option: str) -> None:
        self.session.choose(stage, question, option)
        self.update_hints()

    def _add_instruments(self) -> None:
        s = self.session
        ins = s.instruments
        self.box.addWidget(heading(self.tr("How are you feeling about it?"), 3))
        strain = StrainSlider(labels.instrument_label("strain_after"), ins.strain_after)
        strain.changed.connect(s.set_strain_after)
        self.box.addWidget(strain)
        feelings = CheckList(labels.instrument_label("feelings"), FEELINGS, ins.feelings,
                             columns=4, display=labels.feeling_label)
        feelings.changed.connect(s.set_feelings)
        self.box.addWidget(feelings)
        helps = CheckList(labels.instrument_label("helps"), HELPS, ins.helps, columns=2,
                          display=labels.help_label)
        helps.changed.connect(s.set_helps)
        self.box.addWidget(helps)
        self.add_line(labels.instrument_label("helps_other") + ":", ins.helps_other,
                      s.set_helps_other)
        # The takeaway ("Das nehme ich mit") closes the debrief in the Zusammenfassung.
        self.add_html(help_pointer_html(), self.tr("Where to find support"))


class ReagierenPane(StepPane):
    """The dialogue (an own case: its prompts); a Zwischendurch's one sentence; hints."""

    def build(self) -> None:
        from desktop.ui.practice.dialogue_player import DialoguePlayer

        s = self.session
        if s.kind is SessionKind.EIGENER_FALL:
            self.add_prompts()
            return
        if s.scenario is not None and s.kind is SessionKind.UEBUNG:
            self.add_markdown(s.scenario.dialogue.intro, self.tr("Introduction"))
        player = DialoguePlayer(s, own_words_first=self.options.own_words_first)
        self.player = player
        self.flushers.append(player.flush)
        player.controls_changed.connect(self.controls_changed)
        self.box.addWidget(player)
        if s.kind is SessionKind.ZWISCHENDURCH:
            self.add_line(labels.instrument_label("reflection"), s.reflection,
                          s.set_reflection)
        elif s.hints(Stage.REAGIEREN):
            self.add_hints(Stage.REAGIEREN)
            player.walk_did_change.connect(self.update_hints)


def pane_for(session: PracticeSession, options: PaneOptions) -> StepPane:
    """The pane of the session's current step."""
    from desktop.ui.practice.summary_pane import SummaryPane

    step = session.step
    kind: type[StepPane] = {Step.SITUATION: SituationPane, Step.REAGIEREN: ReagierenPane,
                            Step.ZUSAMMENFASSUNG: SummaryPane}.get(step, StagePane)
    return kind(session, step, options)

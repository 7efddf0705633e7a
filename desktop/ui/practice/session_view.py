"""The guided session: a stepper Situation → Deuten → Beeinflussen → Reagieren → Verarbeiten →
Zusammenfassung, one step at a time, with a visible progress indicator.

The view only changes the `PracticeSession`; the journal listens to the session and writes every
change, so leaving at any point keeps the exact place (principle 4).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.practice import FEELINGS, HELPS, PracticeSession, SessionKind, Step, catalog
from desktop.core.scenarios import render
from desktop.core.scenarios.model import Stage
from desktop.ui.common import labels
from desktop.ui.common.stage_widgets import (
    CheckList,
    ChoiceBlock,
    DebouncedText,
    HintsBlock,
    PromptBlock,
    StrainSlider,
    help_pointer_html,
)
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import accessible, heading, wrapped_label
from desktop.ui.practice.dialogue_player import DialoguePlayer
from desktop.ui.practice.summary_view import summary_html


def step_label(step: Step) -> str:
    from PySide6.QtCore import QCoreApplication

    if step is Step.SITUATION:
        return QCoreApplication.translate("labels", "Situation")
    if step is Step.ZUSAMMENFASSUNG:
        return QCoreApplication.translate("labels", "Summary")
    return labels.stage_label(step.value)


class StepIndicator(QWidget):
    """The steps as buttons (jump with the keyboard too) plus a progress bar and a sentence."""

    step_requested = Signal(object)  # Step

    def __init__(self, steps: tuple[Step, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
        self.buttons: dict[Step, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for number, step in enumerate(steps, start=1):
            button = QPushButton(f"{number}. {step_label(step)}")
            button.setCheckable(True)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.buttons[step] = button
            row.addWidget(button)
            if number < len(steps):
                arrow = QLabel("›")
                arrow.setAccessibleName("")
                row.addWidget(arrow)
        row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(steps))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.where = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.where)

    def set_current(self, step: Step) -> None:
        position = self.steps.index(step) + 1
        for s, button in self.buttons.items():
            current = s is step
            button.setChecked(current)
            font = QFont()  # only weight and underline: size and family follow the app
            font.setBold(current)
            font.setUnderline(current)  # not colour alone
            button.setFont(font)
            state = self.tr("current step") if current else ""
            button.setAccessibleName(f"{button.text()} {state}".strip())
        self.progress.setValue(position)
        text = self.tr("Step {n} of {total}: {name}").format(
            n=position, total=len(self.steps), name=step_label(step))
        self.where.setText(text)
        self.progress.setAccessibleDescription(text)


class SessionView(QWidget):
    """One running session. `session_did_close` when the user leaves (the draft is kept)."""

    session_did_close = Signal()
    session_did_finish = Signal()
    restart_requested = Signal(str)  # scenario id ("Noch einmal")
    takeaway_on_start_toggled = Signal(bool)  # the user's choice in the debrief (a setting)

    def __init__(self, session: PracticeSession, techniques: dict | None = None,
                 parent: QWidget | None = None, takeaway_on_start: bool = False,
                 takeaway_locked: bool = False, journal=None,
                 own_words_first: bool = False) -> None:
        super().__init__(parent)
        self.own_words_first = own_words_first
        self.session = session
        self.journal = journal  # read only: the user's own earlier walks for the replay
        self.takeaway_on_start = takeaway_on_start
        self.takeaway_locked = takeaway_locked  # IT has fixed the setting by policy
        self.techniques = techniques or {}
        self._flushers: list = []
        self._hints: list[HintsBlock] = []
        title = session.scenario_title or session.title or self.tr("Own case")
        kind = {SessionKind.UEBUNG: self.tr("Exercise"),
                SessionKind.ZWISCHENDURCH: self.tr("Zwischendurch"),
                SessionKind.EIGENER_FALL: self.tr("Own case")}[session.kind]
        self.title_label = heading(title)
        self.kind_label = QLabel(kind)
        self.indicator = StepIndicator(session.steps)
        self.indicator.step_requested.connect(self.go_to)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Step content"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.back_button = accessible(QPushButton(self.tr("« &Back")),
                                      self.tr("Back to the previous step"))
        self.next_button = accessible(QPushButton(self.tr("&Continue »")),
                                      self.tr("Go on to the next step"))
        self.pause_button = accessible(QPushButton(self.tr("&Pause")),
                                       self.tr("Pause"),
                                       self.tr("Everything is saved; you can pick up right "
                                               "here later"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.pause_button.clicked.connect(self.close_session)
        self.next_button.setDefault(False)
        nav = QHBoxLayout()
        nav.addWidget(self.pause_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.kind_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.indicator)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        self.show_step()

    # --- navigation ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand every pending keystroke to the session (and so to the journal) now."""
        for flush in self._flushers:
            flush()

    def go_to(self, step: Step) -> None:
        self.flush()
        self.session.go_to(step)
        self.show_step(focus=True)

    def forward(self) -> None:
        self.flush()
        steps = self.session.steps
        if self.session.step is steps[-1]:
            self.close_session()
            return
        if steps.index(self.session.step) == len(steps) - 2:
            if self.session.kind is SessionKind.EIGENER_FALL and not self._confirm_privacy():
                return
            self.session.finish()
            self.session_did_finish.emit()
        else:
            self.session.next_step()
        self.show_step(focus=True)

    def back(self) -> None:
        self.flush()
        self.session.previous_step()
        self.show_step(focus=True)

    def close_session(self) -> None:
        self.flush()
        self.session_did_close.emit()

    def _confirm_privacy(self) -> bool:
        """Before an eigener Fall is saved: replace what still looks like personal data, or keep
        it in this local note, marked (such a note can never be shared)."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.privacy import replace_all
        from desktop.ui.common.privacy_guard import describe, unresolved

        s = self.session
        ins = s.instruments
        found = unresolved([a.text for a in s.answers] + [s.title, ins.takeaway, ins.helps_other])
        if not found:
            s.mark_personal_data(False)
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Personal data in the note"),
                          self.tr("Your note still contains {n} detail(s) that could identify "
                                  "a person: {items}.").format(
                              n=len(found), items=", ".join(describe(r) for r in found[:6])),
                          parent=self)
        box.setInformativeText(self.tr(
            "Replace them with placeholders, or keep them in this note on this computer. A "
            "note with personal data can never be shared."))
        replace = box.addButton(self.tr("Replace all"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep (this computer only)"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Back to the note"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(replace)
        box.exec()
        if box.clickedButton() is replace:
            for answer in s.answers:
                s.answer(answer.step, answer.index, replace_all(answer.text))
            s.set_title(replace_all(s.title))
            s.set_takeaway(replace_all(ins.takeaway))
            s.set_helps_other(replace_all(ins.helps_other))
            s.mark_personal_data(False)
            return True
        if box.clickedButton() is keep:
            s.mark_personal_data(True)
            return True
        return False

    # --- building a step ----------------------------------------------------------------------

    def show_step(self, focus: bool = False) -> None:
        step = self.session.step
        self.indicator.set_current(step)
        self._flushers = []
        self._hints = []
        content = QWidget()
        content.setAccessibleName(step_label(step))
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 8, 8, 8)
        box.setSpacing(10)
        box.addWidget(heading(step_label(step), 2))
        if step.stage is not None:
            question = labels.stage_question(step.stage)
            if question:
                box.addWidget(wrapped_label(question))
        builder = {
            Step.SITUATION: self._build_situation,
            Step.REAGIEREN: self._build_reagieren,
            Step.ZUSAMMENFASSUNG: self._build_summary,
        }.get(step, self._build_stage)
        builder(box, step)
        box.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)
        steps = self.session.steps
        self.back_button.setEnabled(step is not steps[0])
        last = step is steps[-1]
        self.next_button.setText(self.tr("&Done") if last else
                                 self.tr("Fi&nish »") if steps.index(step) == len(steps) - 2
                                 else self.tr("&Continue »"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", "")
                                           .replace("»", "").strip())
        if focus:
            QTimer.singleShot(0, lambda: self._focus_first(content))

    def _focus_first(self, content: QWidget) -> None:
        from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QSlider

        for widget in content.findChildren(QWidget):
            if (isinstance(widget, (QAbstractButton, QPlainTextEdit, QLineEdit, QSlider))
                    and widget.isVisibleTo(content) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.next_button.setFocus()

    def _markdown(self, box: QVBoxLayout, text: str | None, name: str) -> None:
        if text:
            view = AutoHeightTextView(name=name)
            view.set_markdown(text)
            box.addWidget(view)

    def _prompts(self, box: QVBoxLayout, step: Step) -> None:
        for index, prompt in enumerate(self.session.prompts(step)):
            block = PromptBlock(index, prompt, self.session.answer_text(step, index),
                                lambda i, t, s=step: self._on_answer(s, i, t),
                                guard_privacy=self.session.kind is SessionKind.EIGENER_FALL)
            self._flushers.append(block.flush)
            box.addWidget(block)

    def _on_answer(self, step: Step, index: int, text: str) -> None:
        self.session.answer(step, index, text)
        for hints in self._hints:
            hints.update_state()

    def _build_situation(self, box: QVBoxLayout, step: Step) -> None:
        s = self.session
        if s.scenario is not None:
            if s.scenario.content_note:
                note = AutoHeightTextView(name=self.tr("Content note"))
                note.set_html(f"<blockquote><b>{render.escape(self.tr('Content note:'))}"
                              f"</b> {render.escape(s.scenario.content_note)}</blockquote>")
                box.addWidget(note)
            self._markdown(box, s.scenario.situation, self.tr("Situation"))
            people = "".join(
                f"<li><b>{render.escape(p.name)}</b> ({render.escape(p.role)})"
                + (f": {render.escape(p.description)}" if p.description else "") + "</li>"
                for p in s.scenario.people)
            view = AutoHeightTextView(name=self.tr("People involved"))
            view.set_html(f"<h3>{render.escape(self.tr('People involved'))}</h3><ul>{people}</ul>")
            box.addWidget(view)
        if s.kind is SessionKind.ZWISCHENDURCH:
            lead = s.lead_in()
            if lead:
                lines = []
                for node in lead:
                    for line in node.lines:
                        person = s.scenario.person(line.speaker)
                        who = f"<b>{render.escape(person.name)}:</b> " if person else ""
                        lines.append(f"<p>{who}{render.inline_html(line.text)}</p>")
                view = AutoHeightTextView(name=self.tr("The conversation so far"))
                view.set_html(f"<h3>{render.escape(self.tr('So far in the conversation'))}</h3>"
                              + "".join(lines))
                box.addWidget(view)
        if s.kind is SessionKind.EIGENER_FALL:
            title = QLineEdit(s.title)
            title.setAccessibleName(self.tr("Short title for this case"))
            title.setPlaceholderText(self.tr("e.g. “Refusal on Tuesday”, no names"))
            label = wrapped_label(self.tr("Short title (no names):"))
            label.setBuddy(title)
            box.addWidget(label)
            box.addWidget(title)
            self._flushers.append(DebouncedText(title, s.set_title).flush)
            self._prompts(box, step)
        if s.kind is not SessionKind.ZWISCHENDURCH:
            strain = StrainSlider(catalog.STRAIN_BEFORE_LABEL, s.instruments.strain_before)
            strain.changed.connect(s.set_strain_before)
            box.addWidget(strain)

    def _build_stage(self, box: QVBoxLayout, step: Step) -> None:
        s = self.session
        stage = step.stage
        assert stage is not None
        if s.scenario is not None:
            self._markdown(box, s.scenario.stage(stage).intro, self.tr("Introduction"))
        self._prompts(box, step)
        for index, question in enumerate(s.questions(stage)):
            record = s.choice(stage, index)
            block = ChoiceBlock(index, question, s.shown_options(stage, index),
                                record.option_id if record else None)
            block.chosen.connect(lambda q, o, st=stage: self._on_choice(st, q, o))
            box.addWidget(block)
        if stage is Stage.VERARBEITEN:
            self._build_instruments(box)
        if s.hints(stage):
            self._add_hints(box, stage)

    def _on_choice(self, stage: Stage, question: int, option: str) -> None:
        self.session.choose(stage, question, option)
        for hints in self._hints:
            hints.update_state()

    def _add_hints(self, box: QVBoxLayout, stage: Stage) -> None:
        s = self.session
        hints = HintsBlock(self.tr("Hints"), lambda: s.hints_available(stage),
                           lambda: s.show_hints(stage), stage in s.hints_seen)
        self._hints.append(hints)
        box.addWidget(hints)

    def _build_instruments(self, box: QVBoxLayout) -> None:
        s = self.session
        ins = s.instruments
        box.addWidget(heading(self.tr("How are you feeling about it?"), 3))
        strain = StrainSlider(catalog.STRAIN_AFTER_LABEL, ins.strain_after)
        strain.changed.connect(s.set_strain_after)
        box.addWidget(strain)
        feelings = CheckList(catalog.FEELINGS_LABEL, FEELINGS, ins.feelings, columns=4)
        feelings.changed.connect(s.set_feelings)
        box.addWidget(feelings)
        helps = CheckList(catalog.HELPS_LABEL, HELPS, ins.helps, columns=2)
        helps.changed.connect(s.set_helps)
        box.addWidget(helps)
        other = QLineEdit(ins.helps_other)
        other.setAccessibleName(catalog.HELPS_OTHER_LABEL)
        other_label = wrapped_label(catalog.HELPS_OTHER_LABEL + ":")
        other_label.setBuddy(other)
        box.addWidget(other_label)
        box.addWidget(other)
        self._flushers.append(DebouncedText(other, s.set_helps_other).flush)
        # The takeaway ("Das nehme ich mit") closes the debrief in the Zusammenfassung.
        pointer = AutoHeightTextView(name=self.tr("Where to find support"))
        pointer.set_html(help_pointer_html())
        box.addWidget(pointer)

    def _build_takeaway(self, box: QVBoxLayout) -> None:
        """The debrief's fourth part: one thing I take with me, saved with the entry, and
        whether the start page shows it once before the next practice."""
        s = self.session
        box.addWidget(heading(self.tr("4. One thing I take with me"), 3))
        takeaway = QLineEdit(s.instruments.takeaway)
        takeaway.setObjectName("takeaway")
        takeaway.setAccessibleName(catalog.TAKEAWAY_LABEL)
        take_label = wrapped_label(catalog.TAKEAWAY_LABEL + ":")
        take_label.setBuddy(takeaway)
        box.addWidget(take_label)
        box.addWidget(takeaway)
        self._flushers.append(DebouncedText(takeaway, s.set_takeaway).flush)
        remind = accessible(
            QCheckBox(self.tr("Show it on the start page before my &next exercise")),
            self.tr("Show it on the start page before my next exercise"))
        remind.setObjectName("takeaway_on_start")
        remind.setChecked(self.takeaway_on_start)
        remind.setEnabled(not self.takeaway_locked)
        remind.toggled.connect(self._on_takeaway_on_start)
        box.addWidget(remind)

    def _on_takeaway_on_start(self, on: bool) -> None:
        self.takeaway_on_start = on
        self.takeaway_on_start_toggled.emit(on)

    def _build_reagieren(self, box: QVBoxLayout, step: Step) -> None:
        s = self.session
        if s.kind is SessionKind.EIGENER_FALL:
            self._prompts(box, step)
            return
        if s.scenario is not None and s.kind is SessionKind.UEBUNG:
            self._markdown(box, s.scenario.dialogue.intro, self.tr("Introduction"))
        player = DialoguePlayer(s, own_words_first=self.own_words_first)
        self.player = player
        self._flushers.append(player.flush)
        box.addWidget(player)
        if s.kind is SessionKind.ZWISCHENDURCH:
            line = QLineEdit(s.reflection)
            line.setAccessibleName(catalog.REFLECTION_LABEL)
            label = wrapped_label(catalog.REFLECTION_LABEL)
            label.setBuddy(line)
            box.addWidget(label)
            box.addWidget(line)
            self._flushers.append(DebouncedText(line, s.set_reflection).flush)
        elif s.hints(Stage.REAGIEREN):
            self._add_hints(box, Stage.REAGIEREN)
            player.walk_did_change.connect(lambda: [h.update_state() for h in self._hints])

    def _build_summary(self, box: QVBoxLayout, step: Step) -> None:
        s = self.session
        view = AutoHeightTextView(name=self.tr("Summary"))
        view.set_html(summary_html(s.summary(), s, self.techniques))
        box.addWidget(view)
        if s.kind is SessionKind.UEBUNG and s.dialogue is not None and s.dialogue.history:
            from desktop.ui.common.path_replay import replay_for

            box.addWidget(heading(self.tr("Your path as a graph"), 3))
            self.replay = replay_for(s, self.journal)
            box.addWidget(self.replay)
        if s.kind is not SessionKind.ZWISCHENDURCH:  # its one line is asked in Reagieren
            self._build_takeaway(box)
        row = QHBoxLayout()
        if s.scenario is not None:
            again = accessible(QPushButton(self.tr("Practise &again")),
                               self.tr("Practise this scenario again"))
            again.clicked.connect(lambda: self.restart_requested.emit(s.scenario_id))
            row.addWidget(again)
        row.addStretch(1)
        box.addLayout(row)

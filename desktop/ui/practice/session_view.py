"""The guided session: a stepper Situation → Deuten → Beeinflussen → Reagieren → Verarbeiten →
Zusammenfassung, one step at a time, with a visible progress indicator.

The view only changes the `PracticeSession`; the journal listens to the session and writes every
change, so leaving at any point keeps the exact place (principle 4). Each step's content is a
`StepPane` (step_panes.py); the view holds the frame around it: title, step buttons, the
scroll area and Unterbrechen / Zurück / Weiter, and it keeps focus and Tab order in step with
what the screen shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.practice import PracticeSession, SessionKind, Step
from desktop.ui.common import a11y, labels
from desktop.ui.common.labels import visible_text
from desktop.ui.common.stage_widgets import push_button
from desktop.ui.common.widgets import heading
from desktop.ui.common.wrapping import FlowRows
from desktop.ui.practice.step_panes import PaneOptions, StepPane, pane_for
from desktop.ui.practice.summary_pane import SummaryPane

if TYPE_CHECKING:
    from desktop.core.journal import Journal
    from desktop.core.scenarios.model import TechniqueCard
    from desktop.ui.common.path_replay import GraphReplay
    from desktop.ui.practice.dialogue_player import DialoguePlayer

_PAIR_SPACING = 4  # px between a step, its arrow and the next step


class StepIndicator(QWidget):
    """The steps as buttons (jump with the keyboard too) plus a progress bar and a sentence.

    Plain push buttons, not checkable ones: a screen reader would call a checkable button a
    check box ("2. Deuten, check box, not checked") for what moves to a step. The current
    step says so in its description and is bold and underlined (not colour alone).

    The buttons go on as many rows as the width needs, each whole with its "›" (so no row
    starts with one; `FlowRows`): in one row, 200 % text cut them to "Beeinflusse…" (WCAG
    1.4.10)."""

    step_requested = Signal(object)  # Step

    def __init__(self, steps: tuple[Step, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
        self.buttons: dict[Step, QPushButton] = {}
        self.pairs: list[tuple[QPushButton, QLabel | None]] = []  # each step and its "›"
        for number, step in enumerate(steps, start=1):
            button = push_button(f"{number}. {labels.step_label(step)}")
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setObjectName("step_button")
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.buttons[step] = button
            arrow = QLabel("›") if number < len(steps) else None
            self.pairs.append((button, arrow))
        self.rows = FlowRows(self.pairs, spacing=_PAIR_SPACING, parent=self)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(steps))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.where = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        layout.addWidget(self.progress)
        layout.addWidget(self.where)

    def row_count(self) -> int:
        return self.rows.row_count()

    def set_current(self, step: Step) -> None:
        position = self.steps.index(step) + 1
        for s, button in self.buttons.items():
            current = s is step
            font = QFont()  # only weight and underline: size and family follow the app
            font.setBold(current)
            font.setUnderline(current)  # not colour alone
            button.setFont(font)
            button.setProperty("current", current)
            button.setAccessibleDescription(self.tr("current step") if current else "")
        self.progress.setValue(position)
        text = self.tr("Step {n} of {total}: {name}").format(
            n=position, total=len(self.steps), name=labels.step_label(step))
        self.where.setText(text)
        self.progress.setAccessibleDescription(text)


class SessionView(QWidget):
    """One running session. `session_did_close` when the user leaves (the draft is kept)."""

    session_did_close = Signal()
    session_did_finish = Signal()
    restart_requested = Signal(str)  # scenario id ("Noch einmal")
    takeaway_on_start_toggled = Signal(bool)  # the user's choice in the debrief (a setting)
    technique_requested = Signal(str)  # a technique link in the summary
    def __init__(self, session: PracticeSession,
                 techniques: dict[str, TechniqueCard] | None = None,
                 parent: QWidget | None = None, takeaway_on_start: bool = False,
                 takeaway_locked: bool = False, journal: Journal | None = None,
                 own_words_first: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.options = PaneOptions(techniques or {}, journal, own_words_first,
                                   takeaway_on_start, takeaway_locked)
        self.pane: StepPane | None = None
        title = session.scenario_title or session.title or self.tr("Own case")
        self.title_label = heading(title)
        self.kind_label = QLabel(labels.kind_label(session.kind))
        self.indicator = StepIndicator(session.steps)
        self.indicator.step_requested.connect(self.go_to)
        # The step's scroll area ("scroll" would shadow QWidget.scroll(dx, dy)).
        self.step_area = QScrollArea()
        self.step_area.setWidgetResizable(True)
        self.step_area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop: it draws no focus and a screen reader could only say its role.
        self.step_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_button = push_button(self.tr("&Pause"), self.tr(
            "Everything is saved; you can pick up right here later"))
        self.back_button = push_button(self.tr("« &Back"), self.tr("Back to the previous step"))
        self.next_button = push_button(self.tr("&Continue »"), self.tr("Go on to the next step"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.pause_button.clicked.connect(self.close_session)
        self.next_button.setDefault(False)
        self._build_layout()
        self.show_step()

    def _build_layout(self) -> None:
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
        layout.addWidget(self.step_area, 1)
        layout.addLayout(nav)

    # What tests and the screenshots reach through the view: the current step's parts.
    @property
    def player(self) -> DialoguePlayer | None:
        return self.pane.player if self.pane is not None else None

    @property
    def replay(self) -> GraphReplay | None:
        return self.pane.replay if self.pane is not None else None

    @property
    def takeaway_on_start(self) -> bool:
        return self.options.takeaway_on_start

    # --- navigation ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand every pending keystroke to the session (and so to the journal) now."""
        if self.pane is not None:
            self.pane.flush()

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
            if self.session.kind is SessionKind.EIGENER_FALL:
                from desktop.ui.practice.own_case import confirm_personal_data

                if not confirm_personal_data(self, self.session):
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

    # --- the current step ---------------------------------------------------------------------

    def show_step(self, focus: bool = False) -> None:
        step = self.session.step
        self.indicator.set_current(step)
        pane = pane_for(self.session, self.options)
        if isinstance(pane, SummaryPane):
            pane.restart_requested.connect(self.restart_requested)
            pane.takeaway_on_start_toggled.connect(self.takeaway_on_start_toggled)
            pane.summary_view.technique_requested.connect(self.technique_requested)
        pane.controls_changed.connect(self.renew_tab_order)
        old = self.step_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.pane = pane
        self.step_area.setWidget(pane)
        steps = self.session.steps
        self.back_button.setEnabled(step is not steps[0])
        last = step is steps[-1]
        self.next_button.setText(self.tr("&Done") if last else
                                 self.tr("Fi&nish »") if steps.index(step) == len(steps) - 2
                                 else self.tr("&Continue »"))
        self.next_button.setAccessibleName(visible_text(self.next_button.text()))
        self.renew_tab_order()
        if focus:
            QTimer.singleShot(0, self.focus_step)

    def renew_tab_order(self) -> None:
        """Tab follows the screen: the step buttons, the step's content top to bottom, then
        Unterbrechen, Zurück, Weiter (the content is made after the buttons, so Qt's own
        order would put it last)."""
        content = a11y.screen_order(self.pane) if self.pane is not None else []
        a11y.chain(*self.indicator.buttons.values(), *content, self.pause_button,
                   self.back_button, self.next_button)

    def focus_step(self) -> None:
        """Focus on the step's first control, something to answer or press (the texts above it
        are before it in the Tab order); never the view itself, which draws no focus and which
        a screen reader can only call by the page's name. Weiter if the step has none."""
        pane = self.pane
        if pane is None:
            return
        reason = Qt.FocusReason.TabFocusReason
        first = pane.first_control()
        if first is not None:
            first.setFocus(reason)
        elif not a11y.focus_first(pane, reason):
            self.next_button.setFocus(reason)

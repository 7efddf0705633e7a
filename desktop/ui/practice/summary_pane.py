"""The Zusammenfassung step: the debrief, the path as a graph, the takeaway, "Practise again"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.core.practice import SessionKind
from desktop.ui.common import labels
from desktop.ui.common.stage_widgets import push_button
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import heading
from desktop.ui.common.wrapping import WrappingCheckBox
from desktop.ui.practice.step_panes import StepPane
from desktop.ui.practice.summary_view import summary_html


class SummaryPane(StepPane):
    """The summary; the debrief's fourth part (what I take with me) is an input here."""

    restart_requested = Signal(str)  # scenario id ("Noch einmal")
    takeaway_on_start_toggled = Signal(bool)  # the user's choice (a setting)

    def build(self) -> None:
        s = self.session
        view = AutoHeightTextView(name=self.tr("Summary"))
        view.set_html(summary_html(s.summary(), s, self.options.techniques))
        self.summary_view = view
        self.box.addWidget(view)
        if s.kind is SessionKind.UEBUNG and s.dialogue is not None and s.dialogue.history:
            from desktop.ui.common.path_replay import replay_for

            self.replay = replay_for(s, self.options.journal)
            if self.replay is not None:
                self.box.addWidget(heading(self.tr("Your path as a graph"), 3))
                self.box.addWidget(self.replay)
        if s.kind is not SessionKind.ZWISCHENDURCH:  # its one line is asked in Reagieren
            self._add_takeaway()
        if s.scenario is not None:
            again = push_button(self.tr("Practise &again"),
                                self.tr("Practise this scenario again"))
            scenario_id = s.scenario_id or ""
            again.clicked.connect(lambda: self.restart_requested.emit(scenario_id))
            row = QHBoxLayout()
            row.addWidget(again)
            row.addStretch(1)
            self.box.addLayout(row)

    def first_control(self) -> QWidget | None:
        """The summary itself: what the step is for, and its first lines stay in sight (its
        technique links are Tab stops; the takeaway field follows further down)."""
        return self.summary_view

    def _add_takeaway(self) -> None:
        """The debrief's fourth part: one thing I take with me, saved with the entry, and
        whether the start page shows it once before the next practice."""
        s = self.session
        self.box.addWidget(heading(self.tr("4. One thing I take with me"), 3))
        takeaway = self.add_line(labels.instrument_label("takeaway") + ":",
                                 s.instruments.takeaway, s.set_takeaway)
        takeaway.edit.setObjectName("takeaway")
        remind = WrappingCheckBox(self.tr("Show it on the start page before my &next exercise"))
        remind.setAccessibleName(self.tr("Show it on the start page before my next exercise"))
        remind.setObjectName("takeaway_on_start")
        remind.setChecked(self.options.takeaway_on_start)
        remind.setEnabled(not self.options.takeaway_locked)
        remind.toggled.connect(self._on_takeaway_on_start)
        self.box.addWidget(remind)

    def _on_takeaway_on_start(self, on: bool) -> None:
        self.options.takeaway_on_start = on
        self.takeaway_on_start_toggled.emit(on)

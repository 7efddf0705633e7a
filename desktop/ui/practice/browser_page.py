"""The scenario browser: filter by topic, setting, level and duration; search; status; start."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import render
from desktop.core.scenarios.model import Scenario
from desktop.ui.common import a11y, labels
from desktop.ui.common.context import AppContext
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible, heading
from desktop.ui.practice.scenario_table import (
    ScenarioFilter,
    ScenarioQuery,
    ScenarioTable,
    ScenarioTableModel,
)

if TYPE_CHECKING:
    from desktop.ui.common.journal_service import OpChanges

log = logging.getLogger(__name__)


class BrowserPage(QWidget):
    """Find a scenario and start it; the content note comes before a heavy one."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._known_status: dict[str, str] = {}  # scenario id -> "done" / "in_progress"
        self._status_reading = False  # a read of the status is on the thread pool
        self._status_stale = False  # the journal changed while it was read
        self.model = ScenarioTableModel(self)
        self.proxy = ScenarioFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        self._build_layout()
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        ctx.library_did_load.connect(lambda _lib: self.refresh())
        ctx.journal.changed.connect(self._on_journal_change)
        self.refresh()

    def _build_filters(self) -> None:
        self.search = accessible(QLineEdit(), self.tr("Search in title and description"))
        self.search.setPlaceholderText(self.tr("Search …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        # Enter in the search field goes to the first match, so the keyboard path is short.
        self.search.returnPressed.connect(self._focus_results)
        self.topic = accessible(QComboBox(), self.tr("Topic"))
        self.setting = accessible(QComboBox(), self.tr("Where the conversation takes place"))
        self.level = accessible(QComboBox(), self.tr("Level"))
        self.duration = accessible(QComboBox(), self.tr("Duration"))
        self.setting.addItem(self.tr("All places"), "")
        for value in ("schalter", "termin", "telefon", "schriftlich"):
            self.setting.addItem(labels.setting_label(value), value)
        self.level.addItem(self.tr("All levels"), 0)
        for level in (1, 2, 3):
            self.level.addItem(labels.level_label(level), level)
        self.duration.addItem(self.tr("Any length"), 0)
        for minutes in (5, 8, 10, 15):
            self.duration.addItem(self.tr("up to {n} minutes").format(n=minutes), minutes)
        for combo in (self.topic, self.setting, self.level, self.duration):
            combo.currentIndexChanged.connect(self._refilter)

    def _refilter(self) -> None:
        """A filter changed: the table shows what all of them together ask for."""
        self.proxy.set_query(ScenarioQuery(
            topic=self.topic.currentData() or "", setting=self.setting.currentData() or "",
            level=self.level.currentData() or 0, max_minutes=self.duration.currentData() or 0,
            text=self.search.text().strip()))

    def _build_table(self) -> None:
        self.table = ScenarioTable()
        self.table.setAccessibleName(self.tr("Scenarios"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_change)
        self.table.activated.connect(lambda _i: self.start_current())

        self.detail = TextView(name=self.tr("Scenario description"))
        self.start_button = accessible(QPushButton(self.tr("&Start exercise")),
                                       self.tr("Start exercise"),
                                       self.tr("Starts the selected scenario"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_current)
        self.start_button.setEnabled(False)
        self.count_label = QLabel()
        # Verständlich erklären: exercises of kind "erklaeren" are no dialogue; they are
        # chosen here and open their own page.
        self.explain_combo = accessible(QComboBox(), self.tr("Explain in plain words"))
        # Narrower than its longest entry when space is short (the entry is elided), so the
        # list keeps its width at a large text size and the description keeps its own.
        self.explain_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.explain_combo.setMinimumContentsLength(8)
        self.explain_button = accessible(QPushButton(self.tr("Start e&xplaining")),
                                         self.tr("Start explaining"))
        self.explain_button.clicked.connect(
            lambda: self.ctx.exercise_requested.emit(self.explain_combo.currentData() or ""))

    def _build_layout(self) -> None:
        filters = QFormLayout()
        filters.addRow(self.tr("S&earch:"), self.search)
        filters.addRow(self.tr("&Topic:"), self.topic)
        filters.addRow(self.tr("&Place:"), self.setting)
        filters.addRow(self.tr("&Level:"), self.level)
        filters.addRow(self.tr("&Duration:"), self.duration)
        a11y.name_fields_by_labels(filters)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading(self.tr("Scenarios")))
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        # The label above its combo box: in one row the three would set the list's least
        # width, and at 200 % text leave the description a sliver.
        explain_label = QLabel(self.tr("Explain in pla&in words:"))
        explain_label.setBuddy(self.explain_combo)
        left_layout.addWidget(explain_label)
        explain_row = QHBoxLayout()
        explain_row.addWidget(self.explain_combo, 1)
        explain_row.addWidget(self.explain_button)
        left_layout.addLayout(explain_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()  # keyboard-operable: the shell applies keyboard_splitter
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def on_show(self) -> None:
        if not self._status_reading:  # one already on its way is fresh enough
            self.refresh_status()

    def _on_journal_change(self, changes: OpChanges) -> None:
        from desktop.ui.common.journal_service import ChangeKind

        if changes.touches(ChangeKind.SESSIONS, ChangeKind.DELETED):  # practised, or not
            self.refresh_status()

    def _focus_results(self) -> None:
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.setFocus()

    def refresh(self) -> None:
        lib = self.ctx.library
        scenarios = lib.sorted_scenarios() if lib else []
        current = self.topic.currentData()
        with QSignalBlocker(self.topic):  # refilling is no choice of the user's
            self.topic.clear()
            self.topic.addItem(self.tr("All topics"), "")
            topics = {t: labels.topic_label(t) for s in scenarios for t in s.topics}
            for slug in sorted(topics, key=lambda t: labels.sort_key(topics[t])):
                self.topic.addItem(topics[slug], slug)
            self.topic.setCurrentIndex(max(self.topic.findData(current), 0))
        self.model.set_rows(scenarios, self._known_status)
        self.explain_combo.clear()
        for exercise in lib.sorted_exercises() if lib else []:
            self.explain_combo.addItem(exercise.title, exercise.id)
        self.explain_button.setEnabled(self.explain_combo.count() > 0)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_count()
        self.refresh_status()

    def refresh_status(self) -> None:
        """Which scenarios were practised: a GROUP BY over every Übung (0.1 s at 100,000
        sessions), read on the thread pool; the list shows the last known status meanwhile.
        One read at a time: a change while one runs reads once more when it is done (the
        page's first show asked twice in a row, and each read competes with the GUI)."""
        journal = self.ctx.journal
        if self.ctx.library is None or not journal.readable:
            return
        if self._status_reading:
            self._status_stale = True
            return
        self._status_reading, self._status_stale = True, False

        def show(status: dict[str, str]) -> None:
            self._status_reading = False
            self._known_status = status
            if self.ctx.library is not None:
                self.model.set_status(status)
            if self._status_stale:
                self.refresh_status()

        def failed(exc: BaseException) -> None:
            self._status_reading = False
            log.warning("the practice status could not be read: %r", exc)

        journal.query(lambda reader: reader.stats.scenario_status(), show, failed, owner=self)

    def _update_count(self, *_args: object) -> None:
        # Worded so that no noun follows the count: no plural form to get wrong.
        self.count_label.setText(self.tr("Scenarios shown: {shown} of {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))
        self.table.fit_columns()

    def current_scenario(self) -> Scenario | None:
        index = self.table.currentIndex()
        return self._scenario_at(index) if index.isValid() else None

    def _scenario_at(self, index: QModelIndex) -> Scenario:
        """The scenario in the (proxy's) row of `index`."""
        return self.model.scenario(self.proxy.mapToSource(index).row())

    def select(self, scenario_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self._scenario_at(index).id == scenario_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _on_current_change(self, current: QModelIndex, _previous: QModelIndex) -> None:
        scenario = self._scenario_at(current) if current.isValid() else None
        self.start_button.setEnabled(scenario is not None)
        self.detail.set_html(describe(scenario, self.model) if scenario else "")

    def start_current(self) -> None:
        scenario = self.current_scenario()
        if scenario is None:
            return
        if scenario.content_note and not confirm_content_note(self, scenario):
            return
        self.ctx.scenario_requested.emit(scenario.id)


def tr(text: str) -> str:
    return QCoreApplication.translate("browser", text)


def confirm_content_note(parent: QWidget, scenario: Scenario) -> bool:
    """Show the content note before a heavy scenario; the user decides whether to go on."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Content note"),
                      scenario.content_note or "", parent=parent)
    box.setInformativeText(tr("You can pause the exercise at any time."))
    go = box.addButton(tr("Start exercise"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Maybe another time"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    box.exec()
    return box.clickedButton() is go


def describe(s: Scenario, model: ScenarioTableModel) -> str:
    """The detail pane's HTML: title, summary, facts, people, content note, techniques."""
    people = "".join(
        f"<li><b>{render.escape(p.name)}</b> ({render.escape(p.role)})"
        + (f": {render.escape(p.description)}" if p.description else "") + "</li>"
        for p in s.people)
    facts = " · ".join((labels.setting_label(s.setting.value), labels.level_label(s.level),
                        labels.minutes_label(s.minutes), model.status_text(s.id)))
    topics = ", ".join(labels.topic_label(t) for t in s.topics)
    note = (f"<blockquote><b>{tr('Content note:')}</b> {render.escape(s.content_note)}"
            "</blockquote>") if s.content_note else ""
    return (f"<h2>{render.escape(s.title)}</h2><p class='muted'>{render.escape(facts)}</p>"
            f"<p>{render.escape(s.summary)}</p>{note}"
            f"<h3>{tr('People involved')}</h3><ul>{people}</ul>"
            f"<p><b>{tr('Topics:')}</b> {render.escape(topics)}</p>")

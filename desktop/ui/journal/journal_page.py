"""The journal: every session in a list that loads as it scrolls, filters, full-text search
with the matched words marked, an entry as a readable document, tags, continue, export, delete.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.journal import SessionFilter
from desktop.core.practice.catalog import SessionKind, Step
from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_service import ChangeKind, OpChanges
from desktop.ui.common.widgets import accessible, heading
from desktop.ui.journal import data_rights
from desktop.ui.journal.data_rights import Confirm, confirm_with_box
from desktop.ui.journal.export import (
    ExportDialog,
    FileChooser,
    default_file_chooser,
    export_entries,
    run_with_progress,
)
from desktop.ui.journal.journal_detail import SessionDetail, SessionDetailDialog
from desktop.ui.journal.journal_model import HighlightDelegate, SearchHitModel, SessionListModel

SEARCH_DELAY_MS = 250
DETAIL_DELAY_MS = 60  # arrowing through the list does not lay out every entry on the way
STAGES = (Step.DEUTEN, Step.BEEINFLUSSEN, Step.REAGIEREN, Step.VERARBEITEN)


class JournalPage(QWidget):
    """Read back, find, tag, continue, export and delete journal entries."""

    def __init__(self, ctx: AppContext, window=None, confirm: Confirm = confirm_with_box,
                 choose_file: FileChooser = default_file_chooser) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.journal = ctx.journal  # the service: there from the start, with a state
        self.confirm = confirm
        self.choose_file = choose_file
        self._dirty = False
        self.list_model = SessionListModel(self.journal, self)
        self.search_model = SearchHitModel(self.journal, self)
        self.search_model.rowsInserted.connect(lambda *_: self._update_count())
        self._build()
        self._fill_choices()
        self.journal.changed.connect(self._on_journal_change)
        self.journal.state_did_change.connect(self._on_state_change)
        ctx.library_did_load.connect(lambda _lib: self._fill_choices())
        self._use(self.list_model)
        self.list_model.reload()
        self._show_state()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        self.search = accessible(QLineEdit(), tr("Search the journal"),
                                 tr("Finds entries containing all the words typed"))
        self.search.setPlaceholderText(tr("Words from answers, notes, titles, feedback …"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.kind = accessible(QComboBox(), tr("Kind of entry"))
        self.kind.addItem(tr("All kinds"), None)
        for kind in SessionKind:
            self.kind.addItem(kind.title, kind)
        self.scenario = accessible(QComboBox(), tr("Scenario"))
        self.stage = accessible(QComboBox(), tr("Stage with written answers"))
        self.stage.addItem(tr("Any stage"), None)
        for step in STAGES:
            self.stage.addItem(step.title, step)
        self.status = accessible(QComboBox(), tr("Status"))
        self.status.addItem(tr("Finished and drafts"), None)
        self.status.addItem(tr("Finished only"), True)
        self.status.addItem(tr("Drafts only"), False)
        self.tag = accessible(QComboBox(), tr("Tag"))
        self.date_range = accessible(QCheckBox(tr("Date &range:")), tr("Only a date range"))
        today = QDate.currentDate()
        self.date_from = self._date_edit(tr("From date"), today.addDays(-30))
        self.date_to = self._date_edit(tr("To date"), today)
        self.date_range.toggled.connect(self._on_date_range_toggle)
        self._on_date_range_toggle(False)
        self.reset_button = accessible(QPushButton(tr("Reset fi&lters")), tr("Reset filters"))
        self.reset_button.clicked.connect(self.reset_filters)
        for combo in (self.kind, self.scenario, self.stage, self.status, self.tag):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)

        self.table = QTableView()
        self.table.setAccessibleName(tr("Journal entries"))
        self.table.setAccessibleDescription(tr("Newest first. Enter opens the entry in a window "
                                               "of its own."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._marks = HighlightDelegate(self.table)  # the search hits' column only
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)
        self.table.activated.connect(lambda _i: self.open_in_window())
        self.table.installEventFilter(self)  # the Delete key deletes (after asking)

        self.open_button = accessible(QPushButton(tr("Open in &window")),
                                      tr("Open the entry in a window of its own"))
        self.open_button.clicked.connect(self.open_in_window)
        self.export_button = accessible(QPushButton(tr("E&xport …")),
                                        tr("Export entries as PDF or Markdown"))
        self.export_button.clicked.connect(self.export_dialog)
        self.delete_button = accessible(QPushButton(tr("De&lete …")),
                                        tr("Delete the selected entries"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of entries"))

        self.detail = SessionDetail(self.journal)
        self.detail.continue_requested.connect(self.ctx.session_requested.emit)
        from desktop.ui.studio.studio_draft import install_draft_action

        install_draft_action(self.detail, self.ctx, self.window_)
        self.detail.scenarios = lambda: self.ctx.library.scenarios if self.ctx.library else {}

        filters = QGridLayout()
        search_label = QLabel(tr("&Search:"))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label, 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 8)
        filters.addWidget(self.reset_button, 0, 9)
        for column, (text, combo) in enumerate(((tr("&Kind:"), self.kind),
                                                (tr("Sce&nario:"), self.scenario),
                                                (tr("S&tage:"), self.stage),
                                                (tr("Stat&us:"), self.status),
                                                (tr("Ta&g:"), self.tag))):
            label = QLabel(text)
            label.setBuddy(combo)
            row, col = divmod(column, 3)
            filters.addWidget(label, 1 + row, col * 3 if col else 0)
            filters.addWidget(combo, 1 + row, (col * 3 if col else 0) + 1, 1, 2 if col < 2 else 3)
        dates = QHBoxLayout()
        dates.addWidget(self.date_range)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 6, 1, 4)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(4, 1)
        filters.setColumnStretch(7, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Journal")))
        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        layout.addWidget(self.unavailable)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        order = [self.search, self.kind, self.scenario, self.stage, self.status, self.tag,
                 self.date_range, self.date_from, self.date_to, self.reset_button, self.table,
                 self.open_button, self.export_button, self.delete_button,
                 self.detail.document, self.detail.tags_edit, self.detail.save_tags_button,
                 self.detail.continue_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = accessible(QDateEdit(value), name)
        edit.lineEdit().setAccessibleName(name)  # the field inside takes the focus
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        # The whole date stays readable whatever the length of the labels around it.
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        return edit

    def _fill_choices(self) -> None:
        """Scenarios (from the library and the journal) and tags, keeping what was chosen."""
        journal = self.journal
        scenarios: dict[str, str] = {}
        lib = self.ctx.library
        if lib is not None:
            scenarios.update({s.id: s.title for s in lib.sorted_scenarios()})
        tags: list[str] = []
        if journal.readable:
            for ident in journal.store.stats.scenario_counts():
                scenarios.setdefault(ident, ident)
            tags = [t for t, _count in journal.store.tags.all()]
        self._refill(self.scenario, self.tr("All scenarios"),
                     sorted(scenarios.items(), key=lambda item: item[1].casefold()))
        self._refill(self.tag, self.tr("All tags"), [(t, t) for t in tags])

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.matches(QKeySequence.StandardKey.Delete):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- filters and search -------------------------------------------------------------------

    def current_filters(self) -> SessionFilter:
        since = until = None
        if self.date_range.isChecked():
            since = self.date_from.date().toPython()
            until = self.date_to.date().toPython()
        return SessionFilter(kind=self.kind.currentData(), scenario_id=self.scenario.currentData(),
                             stage=self.stage.currentData(), tag=self.tag.currentData(),
                             since=since, until=until, finished=self.status.currentData())

    def apply_filters(self) -> None:
        """Show the list (or the search hits) for the filters and words chosen now."""
        self._search_timer.stop()
        text = self.search.text().strip()
        filters = self.current_filters()
        if text:
            self.search_model.search(text, filters)
            self._use(self.search_model)
        else:
            self._use(self.list_model)
            self.list_model.set_filters(filters)
        self._update_count()
        self._show_current()

    def _search_now(self) -> None:
        self.apply_filters()
        if self.table.model().rowCount():
            self.table.setCurrentIndex(self.table.model().index(0, 0))
            self.table.setFocus()

    def reset_filters(self) -> None:
        for widget in (self.kind, self.scenario, self.stage, self.status, self.tag):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.date_range.blockSignals(True)
        self.date_range.setChecked(False)
        self.date_range.blockSignals(False)
        self._on_date_range_toggle(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def _on_date_range_toggle(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if hasattr(self, "table"):
            self.apply_filters()

    def _use(self, model: SessionListModel | SearchHitModel) -> None:
        """Put a model into the table (the list or the search hits), wiring its selection."""
        if self.table.model() is model:
            return
        self.table.setModel(model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._detail_timer.start())
        searching = model is self.search_model
        self.table.setItemDelegateForColumn(len(model.COLUMNS) - 1,
                                            self._marks if searching else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        header = self.table.horizontalHeader()
        for number, sample in enumerate(model.WIDTH_SAMPLES):  # "": takes the rest
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(number, mode.Interactive if sample else mode.Stretch)
            if sample:
                header.resizeSection(number, self.table.fontMetrics().horizontalAdvance(sample)
                                     + 18)
        self._update_buttons()

    def _update_count(self) -> None:
        if not self.journal.readable:
            self.count_label.setText("")
            return
        if self.table.model() is self.search_model:
            shown = self.search_model.rowCount()
            more = self.search_model.canFetchMore()
            text = (self.tr("{n} matches so far; more appear as you scroll").format(n=shown)
                    if more else self.tr("{n} matches").format(n=shown))
        else:
            text = self.tr("{n} entries").format(n=self.list_model.rowCount())
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(text)

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        why = self.journal.unavailable_text()
        self.open_button.setEnabled(self.current_id() is not None)
        self.delete_button.setEnabled(selected and not why)
        self.delete_button.setToolTip(why)
        self.export_button.setEnabled(self.journal.readable
                                      and self.table.model().rowCount() > 0)

    # --- selection and detail ---------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.journal.readable:
            return None
        return self.table.model().session_id(index.row())

    def selected_ids(self) -> list[int]:
        if not self.journal.readable:
            return []
        model = self.table.model()
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = list(dict.fromkeys(model.session_id(r) for r in rows))
        current = self.current_id()
        if not ids and current is not None:
            ids = [current]
        return ids

    def _show_current(self) -> None:
        self._detail_timer.stop()
        highlight = self.search.text() if self.table.model() is self.search_model else ""
        self.detail.show_entry(self.current_id(), highlight)
        self._update_buttons()

    def select_row(self, row: int) -> None:
        model = self.table.model()
        if 0 <= row < model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(model.index(row, 0))
            self._show_current()

    def open_in_window(self) -> SessionDetailDialog | None:
        session_id = self.current_id()
        if session_id is None:
            return None
        highlight = self.search.text() if self.table.model() is self.search_model else ""
        dialog = SessionDetailDialog(self.journal, session_id, highlight, self)
        dialog.detail.continue_requested.connect(self.ctx.session_requested.emit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_tags_change(self, changes: OpChanges) -> None:
        """Tags changed (here or in an entry's window): patch those rows, not the list."""
        for session_id in changes.session_ids:
            info = self.journal.store.info(session_id)
            if info is not None:
                self.list_model.update_session(info)
        if self.detail.session_id in changes.session_ids and changes.origin is not self.detail:
            self.detail.show_entry(self.detail.session_id, self.search.text())
        self._fill_choices()

    # --- delete and export --------------------------------------------------------------------

    def delete_selected(self) -> None:
        """Delete the selected entries after a confirmation that names them."""
        ids = self.selected_ids()
        if not ids or not self.journal.writable:
            return
        if len(ids) == 1:
            info = self.journal.store.info(ids[0])
            what = self.tr("the entry “{title}” of {when}").format(
                title=info.title if info else "", when=self.table.model().data(
                    self.table.model().index(self.table.currentIndex().row(), 0)))
        else:
            what = self.tr("{n} entries").format(n=len(ids))
        text = self.tr("Delete {what}? Its answers, notes, tags and any feedback received are "
                       "deleted for good. Copies in backups remain until the backups rotate "
                       "out.").format(what=what)
        if not self.confirm(self, self.tr("Delete entries"), text, self.tr("Delete")):
            return
        self.ctx.release_sessions(ids)
        row = self.table.currentIndex().row()

        def done(_result: object) -> None:
            for session_id in ids:
                self.list_model.remove_session(session_id)
                self.search_model.remove_session(session_id)
            self.journal.did_change(ChangeKind.DELETED, session_ids=ids, origin=self)
            self.select_row(min(row, self.table.model().rowCount() - 1))
            self._update_count()
            if self.table.model().rowCount() == 0:
                self._show_current()

        run_with_progress(self, self.tr("Deleting"), self.tr("Deleting entries …"),
                          data_rights.in_own_journal(
                              self.journal, lambda j: [j.delete_session(i) for i in ids]),
                          done, self._on_failure, cancellable=False)

    def export_dialog(self) -> None:
        if not self.journal.readable:
            return
        filtered = (self.list_model.rowCount()
                    if self.table.model() is self.list_model else
                    len({h for h in map(self.search_model.session_id,
                                        range(self.search_model.rowCount()))}))
        dialog = ExportDialog(len(self.selected_ids()), filtered,
                              self.journal.store.count_sessions(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        self.export(self.ids_for(dialog.scope), dialog.format)

    def ids_for(self, scope: str) -> list[int]:
        if scope == "selected":
            return self.selected_ids()
        if scope == "all":
            return self.journal.store.session_ids()
        if self.table.model() is self.search_model:
            self.search_model.fetch_all()
            return list(dict.fromkeys(self.search_model.session_id(r)
                                      for r in range(self.search_model.rowCount())))
        return self.journal.store.session_ids(self.list_model.filters)

    def export(self, ids: list[int], fmt: str, target: str | None = None) -> None:
        """Write the entries to a file the user picks, on the thread pool, with progress."""
        if ids and self.journal.readable:
            export_entries(self, self.journal.data.database, ids, fmt, target,
                           self.choose_file, self._status)

    def _on_failure(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), str(exc))

    def _status(self, text: str) -> None:
        self.last_message = text
        if self.window_ is not None:
            self.window_.show_status(text, 10000)

    # --- outside changes ----------------------------------------------------------------------

    def _show_state(self) -> None:
        """Say why nothing is shown while the journal opens or cannot be read."""
        why = self.journal.unavailable_text(write=False)
        self.unavailable.setText(why)
        self.unavailable.setAccessibleName(why)
        self.unavailable.setVisible(bool(why))
        for widget in (self.search, self.kind, self.scenario, self.stage, self.status,
                       self.tag, self.date_range, self.reset_button, self.table, self.detail):
            widget.setEnabled(not why)
        self._update_count()
        self._update_buttons()

    def _on_state_change(self, _state: object) -> None:
        self._show_state()
        self.detail.show_entry(self.detail.session_id, self.search.text())

    def _on_journal_change(self, changes: OpChanges) -> None:
        if changes.origin is self:  # our own delete: the rows are already up to date
            return
        if changes.kinds == {ChangeKind.TAGS} and not changes.everything:
            self._on_tags_change(changes)
            return
        if changes.kinds == {ChangeKind.SHARES}:  # shown only in the entry's document
            if self.detail.session_id in changes.session_ids:
                self.detail.show_entry(self.detail.session_id, self.search.text())
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """Fetch the list again from the journal (something else changed it)."""
        self._dirty = False
        current = self.current_id()
        self._fill_choices()
        self.apply_filters()
        if current is not None:
            row = self.table.model().row_of(current)
            if row >= 0:
                self.select_row(row)

    def on_show(self) -> None:
        if self._dirty:
            self.refresh()

    def prepare_screenshot(self) -> None:
        """Select the newest entry, so the screenshot shows a document too."""
        self.select_row(0)

"""The journal: every session in a list that loads as it scrolls, filters, full-text search
with the matched words marked, an entry as a readable document, tags, continue, export, delete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import a11y
from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_service import ChangeKind, OpChanges
from desktop.ui.common.widgets import heading
from desktop.ui.journal import data_rights
from desktop.ui.journal.data_rights import Confirm, confirm_with_box
from desktop.ui.journal.entry_table import EntryListPanel
from desktop.ui.journal.export import (
    ExportDialog,
    FileChooser,
    default_file_chooser,
    export_entries,
    run_with_progress,
)
from desktop.ui.journal.filter_bar import JournalFilterBar
from desktop.ui.journal.highlight import HighlightDelegate
from desktop.ui.journal.journal_detail import SessionDetail, SessionDetailDialog
from desktop.ui.journal.journal_model import SearchHitModel, SessionListModel

if TYPE_CHECKING:
    from desktop.core.journal import Journal
    from desktop.ui.common.navigation import Navigator

DETAIL_DELAY_MS = 60  # arrowing through the list does not lay out every entry on the way


def delete(journal: Journal, ids: list[int]) -> None:
    """Delete the entries; their words are erased from the index afterwards (the service's
    `erase_deleted`), so the list is updated without waiting for it."""
    for session_id in ids:
        journal.delete_session(session_id, erase=False)


class JournalPage(QWidget):
    """Read back, find, tag, continue, export and delete journal entries."""

    def __init__(self, ctx: AppContext, window: Navigator | None = None,
                 confirm: Confirm = confirm_with_box,
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
        self.filter_bar = JournalFilterBar()
        self.filter_bar.filters_changed.connect(lambda _f: self.apply_filters())
        self.filter_bar.search_submitted.connect(self._search_now)

        panel = EntryListPanel()
        self.table, self.count_label = panel.table, panel.count_label
        self.open_button, self.export_button = panel.open_button, panel.export_button
        self.delete_button = panel.delete_button
        self._marks = HighlightDelegate(self.table)  # the search hits' column only
        self._plain = QStyledItemDelegate(self.table)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)
        self.table.activated.connect(lambda _i: self.open_in_window())
        self.table.delete_pressed.connect(self.delete_selected)
        self.open_button.clicked.connect(self.open_in_window)
        self.export_button.clicked.connect(self.export_dialog)
        self.delete_button.clicked.connect(self.delete_selected)

        self.detail = SessionDetail(self.journal)
        self.detail.continue_requested.connect(self.ctx.session_requested.emit)
        self.detail.scenarios = lambda: self.ctx.library.scenarios if self.ctx.library else {}

        splitter = QSplitter()
        splitter.addWidget(panel)
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
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        a11y.chain(self.filter_bar.reset_button, self.table, self.open_button,
                   self.export_button, self.delete_button, self.detail.document,
                   self.detail.tags_edit, self.detail.save_tags_button,
                   self.detail.continue_button)

    def _fill_choices(self) -> None:
        """Scenarios (from the library and the journal) and tags, keeping what was chosen;
        what only the journal knows arrives from the thread pool (`fill_choices`)."""
        self.filter_bar.fill_choices(self.ctx.library, self.journal)

    @property
    def loading(self) -> bool:
        """The filter choices are being read on the thread pool (tests, the stall probe)."""
        return self.filter_bar.loading

    # --- filters and search -------------------------------------------------------------------

    def search_text(self) -> str:
        """The words searched for now ("" while the list is shown)."""
        return self.filter_bar.search_text() if self.table.model() is self.search_model else ""

    def apply_filters(self) -> None:
        """Show the list (or the search hits) for the filters and words chosen now."""
        text = self.filter_bar.search_text()
        filters = self.filter_bar.current_filters()
        if text:
            self.search_model.search(text, filters)
            self._use(self.search_model)
        else:
            self._use(self.list_model)
            self.list_model.set_filters(filters)
        self._update_count()
        self._show_current()

    def _search_now(self) -> None:
        if self.table.model().rowCount():
            self.table.make_current(0)
            self.table.setFocus()

    def reset_filters(self) -> None:
        self.filter_bar.reset()

    def _use(self, model: SessionListModel | SearchHitModel) -> None:
        """Put a model into the table (the list or the search hits), wiring its selection."""
        if self.table.model() is model:
            return
        self.table.setModel(model)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._detail_timer.start())
        selection.selectionChanged.connect(lambda *_: self._update_buttons())
        searching = model is self.search_model
        self.table.setItemDelegateForColumn(len(model.COLUMNS) - 1,
                                            self._marks if searching else self._plain)
        self.table.size_columns()
        self._update_buttons()

    def _update_count(self) -> None:
        if not self.journal.readable:
            self.count_label.setText("")
            return
        if self.table.model() is self.search_model:
            shown = self.search_model.rowCount()
            text = (self.tr("Matches so far: %n; more appear as you scroll", "", shown)
                    if self.search_model.canFetchMore() else self.tr("Matches: %n", "", shown))
        else:
            text = self.tr("Entries: %n", "", self.list_model.rowCount())
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
        return self.table.entries().session_id(index.row())

    def selected_ids(self) -> list[int]:
        if not self.journal.readable:
            return []
        model = self.table.entries()
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = list(dict.fromkeys(model.session_id(r) for r in rows))
        current = self.current_id()
        if not ids and current is not None:
            ids = [current]
        return ids

    def _show_current(self) -> None:
        self._detail_timer.stop()
        highlight = self.search_text()
        self.detail.show_entry(self.current_id(), highlight)
        self._update_buttons()

    def select_row(self, row: int) -> None:
        """Make row `row` the current, selected entry and show it beside the list."""
        if 0 <= row < self.table.model().rowCount():
            self.table.make_current(row)
            self._show_current()

    def open_in_window(self) -> SessionDetailDialog | None:
        session_id = self.current_id()
        if session_id is None:
            return None
        highlight = self.search_text()
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
            self.detail.show_entry(self.detail.session_id, self.search_text())
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
            what = self.tr("the selected entries (%n)", "", len(ids))
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
            self.journal.erase_deleted()
            self.select_row(min(row, self.table.model().rowCount() - 1))
            self._update_count()
            if self.table.model().rowCount() == 0:
                self._show_current()

        run_with_progress(self, self.tr("Deleting"), self.tr("Deleting entries …"),
                          data_rights.in_own_journal(self.journal, lambda own: delete(own, ids)),
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
        """A line in the window's status bar (the shell's status line speaks it too)."""
        if self.window_ is not None:
            self.window_.show_status(text, 10000)

    # --- outside changes ----------------------------------------------------------------------

    def _show_state(self) -> None:
        """Say why nothing is shown while the journal opens or cannot be read."""
        why = self.journal.unavailable_text(write=False)
        self.unavailable.setText(why)
        self.unavailable.setAccessibleName(why)
        self.unavailable.setVisible(bool(why))
        for widget in (self.filter_bar, self.table, self.detail):
            widget.setEnabled(not why)
        self._update_count()
        self._update_buttons()

    def _on_state_change(self, _state: object) -> None:
        self._show_state()
        if self.unavailable.isVisible():  # the journal became unusable while on screen: say so
            a11y.announce(self.unavailable, self.unavailable.text(), assertive=True)
        self.detail.show_entry(self.detail.session_id, self.search_text())

    def _on_journal_change(self, changes: OpChanges) -> None:
        if changes.origin is self:  # our own delete: the rows are already up to date
            return
        if changes.kinds == {ChangeKind.TAGS} and not changes.everything:
            self._on_tags_change(changes)
            return
        if changes.kinds == {ChangeKind.SHARES}:  # shown only in the entry's document
            if self.detail.session_id in changes.session_ids:
                self.detail.show_entry(self.detail.session_id, self.search_text())
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
            row = self.table.entries().row_of(current)
            if row >= 0:
                self.select_row(row)

    def on_show(self) -> None:
        if self._dirty:
            self.refresh()

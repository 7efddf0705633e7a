"""The supervisor's workspace: import share files, read entries, comment, send feedback back.

Shown only when the supervisor workspace is switched on (settings or IT policy). It works on its
own database (`DataPaths.supervision_database`), never on the supervisor's journal. Entries are
listed by day and scenario and filtered by scenario, stage and pseudonym; the list is not
sortable, so it can never be ordered by person, and it shows no counts per pseudonym. Every
imported text is shown as plain text (escaped), never as markup.

The list and the filters' choices are read on the thread pool (`read_listing`, a connection of
its own: 5,000 entries take ~0.1 s), so showing the page or refreshing it after an import never
freezes the window; "Loading the entries …" is shown meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange import ExchangeError, default_folder
from desktop.core.scenarios import render
from desktop.core.scenarios.model import Stage
from desktop.core.supervision import (
    EntryFilter,
    ImportReport,
    Listing,
    Workspace,
    WorkspaceError,
    import_into,
    read_listing,
)
from desktop.ui.common import labels
from desktop.ui.common.context import AppContext
from desktop.ui.common.tasks import run_in_background
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible, heading
from desktop.ui.supervision.shared_entry import fitted_label, shared_entry_html
from desktop.ui.supervision.supervision_widgets import (
    ROLE_ID,
    CommentDrafts,
    EntryTableModel,
    FeedbackExportDialog,
)


class SupervisionPage(QWidget):
    """Import, read by scenario, stage and pseudonym, comment, export feedback."""

    workspace_did_change = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.workspace: Workspace | None = None
        self.problem = ""
        self._entry_id: str | None = None
        self.last_report: ImportReport | None = None
        self.loading = False  # a listing is being read on the thread pool
        self._again = False  # asked to refresh while it was read: read once more
        self._to_first = False  # the filter changed: select the first entry of the new list
        self.pseudonyms: list[str] = []
        self._build()
        self._open_workspace()
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = accessible(QPushButton(text), name)
        button.clicked.connect(slot)
        return button

    def _combo(self, name: str) -> QComboBox:
        combo = accessible(QComboBox(), name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self._on_filter_change())
        return combo

    def _build(self) -> None:
        self.import_files_button = self._button(self.tr("&Import files …"),
                                                self.tr("Import share files"), self.import_files)
        self.import_folder_button = self._button(self.tr("Import a fo&lder …"),
                                                 self.tr("Import every share file of a folder"),
                                                 self.import_folder)
        self.export_button = self._button(self.tr("E&xport feedback …"),
                                          self.tr("Export feedback for one pseudonym"),
                                          self.export_feedback_dialog)
        self.remove_button = self._button(self.tr("&Remove entry"),
                                          self.tr("Remove the selected entry from the workspace"),
                                          self.remove_entry)
        self.scenario_filter = self._combo(self.tr("Filter by scenario"))
        self.stage_filter = self._combo(self.tr("Filter by stage"))
        self.pseudonym_filter = self._combo(self.tr("Filter by pseudonym"))
        self.model = EntryTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Shared entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)  # never ordered by person
        self.table.verticalHeader().hide()
        # Fixed row heights, and column widths from the first 100 rows: otherwise the view
        # asks every one of 5,000 entries for its size at each refresh (0.3 s on the GUI).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(100)
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_row_change(current.row()))
        self.document = TextView(name=self.tr("Shared entry"))
        self.document.setAccessibleDescription(self.tr(
            "The selected entry as it was shared, with your comments"))
        self.comment_stage = accessible(QComboBox(), self.tr("What the comment is about"))
        self.comment_stage.addItem(self.tr("the whole entry"), None)
        for stage in Stage:
            self.comment_stage.addItem(labels.stage_label(stage), stage.value)
        self.comment_edit = accessible(QPlainTextEdit(), self.tr("Your comment"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("What would you like to say about it?"))
        self.comment_edit.setMaximumHeight(90)
        self.save_button = self._button(self.tr("&Save comment"), self.tr("Save comment"),
                                        self.save_comment)
        self.comments = accessible(QListWidget(), self.tr("Your comments on this entry"))
        self.comments.setMaximumHeight(80)
        self.comments.setWordWrap(True)
        self.comments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comments.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.drafts = CommentDrafts(self.comment_edit, self.comment_stage)
        self.delete_button = self._button(self.tr("D&elete comment"),
                                          self.tr("Delete the selected comment"),
                                          self.delete_comment)
        self.status = fitted_label()
        self.status.setAccessibleName(self.tr("Status"))
        self.loading_label = QLabel(self.tr("Loading the entries …"))
        self.loading_label.setAccessibleName(self.loading_label.text())
        self.loading_label.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.import_files_button, self.import_folder_button,
                       self.export_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("Sce&nario:"), self.scenario_filter),
                            (self.tr("S&tage:"), self.stage_filter),
                            (self.tr("&Pseudonym:"), self.pseudonym_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.loading_label)
        on_label = QLabel(self.tr("Comment &on:"))
        on_label.setBuddy(self.comment_stage)
        text_label = QLabel(self.tr("Your &comment:"))
        text_label.setBuddy(self.comment_edit)
        on_row = QHBoxLayout()
        on_row.addWidget(on_label)
        on_row.addWidget(self.comment_stage)
        on_row.addStretch(1)
        on_row.addWidget(self.save_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.comments, 1)
        list_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.document, 1)
        right_layout.addLayout(on_row)
        right_layout.addWidget(text_label)
        right_layout.addWidget(self.comment_edit)
        right_layout.addLayout(list_row)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Supervision")))
        layout.addWidget(fitted_label(self.tr(
            "Entries that caseworkers chose to share with you, under their pseudonyms. They "
            "stay in this workspace, apart from your own journal. Comment on an entry or a "
            "stage and send the comments back as one file per pseudonym.")))
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- workspace -------------------------------------------------------------------------

    def _open_workspace(self) -> None:
        try:
            self.workspace = Workspace.open(self.ctx.data.supervision_database)
        except WorkspaceError as exc:
            self.workspace = None
            self.problem = str(exc)
            self.status.setText("⚠ " + self.problem)

    def on_show(self) -> None:
        if not self.loading:  # the listing being read is as fresh as a new one
            self.refresh()

    def refresh(self) -> None:
        """Read the filters' choices and the list on the thread pool, then show them, keeping
        the selected entry if it is still there. Asked again while reading: read once more
        when the first listing arrives (it may be stale)."""
        if self.workspace is None:
            self._show_listing(Listing([], [], []))
            return
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._again = False
        self._set_loading_shown(True)
        database, filters = self.ctx.data.supervision_database, self.current_filter()
        run_in_background(lambda: read_listing(database, filters), self._on_listing,
                          self._on_listing_failed, owner=self)

    def _set_loading_shown(self, shown: bool) -> None:
        self.loading_label.setVisible(shown)
        if shown and not self.model.rowCount():
            self.show_entry(None)  # the hint says the list is loading

    def _on_listing(self, listing: Listing) -> None:
        self.loading = False
        if self._again:
            self.refresh()
            return
        self._set_loading_shown(False)
        self._show_listing(listing)

    def _on_listing_failed(self, exc: BaseException) -> None:
        self.loading = False
        self._set_loading_shown(False)
        self.status.setText("⚠ " + (str(exc) if isinstance(exc, WorkspaceError) else self.tr(
            "The shared entries could not be read: {error}").format(error=exc)))
        self._update_buttons()

    def _show_listing(self, listing: Listing) -> None:
        self.pseudonyms = listing.pseudonyms
        self._fill_filters(listing.scenarios, listing.pseudonyms)
        keep = None if self._to_first else self._entry_id
        self._to_first = False
        self.model.set_rows(listing.rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self._on_row_change(row)
        else:
            self.show_entry(None)
        self._update_buttons()

    def _fill_filters(self, scenarios: list[tuple[str, str]], pseudonyms: list[str]) -> None:
        options = {
            self.scenario_filter: [(self.tr("all scenarios"), None)] + [
                (title or ident if ident else self.tr("own cases (real conversations)"), ident)
                for ident, title in scenarios],
            self.stage_filter: [(self.tr("all stages"), None)] + [
                (labels.stage_label(s), s.value) for s in Stage],
            self.pseudonym_filter: [(self.tr("all pseudonyms"), None)] + [
                (p, p) for p in pseudonyms],
        }
        for combo, items in options.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> EntryFilter:
        stage = self.stage_filter.currentData()
        return EntryFilter(scenario_id=self.scenario_filter.currentData(),
                           stage=Stage(stage) if stage else None,
                           pseudonym=self.pseudonym_filter.currentData())

    def _on_filter_change(self) -> None:
        self._to_first = True
        self.refresh()

    def _on_row_change(self, row: int) -> None:
        entry = self.model.row_at(row)
        self.show_entry(entry.id if entry else None)

    def _update_buttons(self) -> None:
        ready = self.workspace is not None
        has_entry = ready and self._entry_id is not None
        for widget in (self.import_files_button, self.import_folder_button):
            widget.setEnabled(ready)
        self.export_button.setEnabled(ready and bool(self.pseudonyms))
        for widget in (self.remove_button, self.save_button, self.comment_edit,
                       self.comment_stage):
            widget.setEnabled(has_entry)
        self.delete_button.setEnabled(has_entry and self.comments.currentItem() is not None)

    # -- reading and commenting -------------------------------------------------------------

    def show_entry(self, entry_id: str | None) -> None:
        """Show one entry as plain text with its comments (None: a hint)."""
        self.drafts.switch(self._entry_id, entry_id)
        self._entry_id = None
        self.comments.clear()
        ws = self.workspace
        entry = None
        if entry_id is not None and ws is not None:
            try:
                entry = ws.entry(entry_id)
            except KeyError:
                entry = None
        if entry is None:
            hint = self.problem or (self.tr("Choose an entry in the list to read it.")
                                    if self.model.rowCount() else
                                    self.tr("Loading the entries …") if self.loading else self.tr(
                "No shared entries yet. Import the share files that caseworkers gave you "
                "(Import files … or Import a folder …)."))
            self.document.set_html(f"<p>{render.escape(hint)}</p>")
            self._update_buttons()
            return
        self._entry_id = entry_id
        comments = ws.comments_for(entry_id)
        grouped: dict[str | None, list] = {}
        for comment in comments:
            grouped.setdefault(comment.stage.value if comment.stage else None, []).append(comment)
        self.document.set_html(shared_entry_html(entry, comments=grouped,
                                                 pseudonym=entry["pseudonym"]))
        for comment in comments:
            about = labels.stage_label(comment.stage) if comment.stage else \
                self.tr("whole entry")
            item = QListWidgetItem(f"{about}: {comment.text}")
            item.setData(ROLE_ID, comment.id)
            self.comments.addItem(item)
        self._update_buttons()

    def save_comment(self) -> bool:
        """Add the typed comment to the entry or the chosen stage."""
        if self.workspace is None or self._entry_id is None:
            return False
        try:
            self.workspace.add_comment(self._entry_id, self.comment_edit.toPlainText(),
                                       self.comment_stage.currentData())
        except WorkspaceError as exc:
            self.status.setText("⚠ " + str(exc))
            return False
        self.comment_edit.clear()
        self.status.setText(self.tr("✔ Comment saved."))
        self._after_change()
        return True

    def may_quit(self) -> bool:
        """Before the window closes: comments written but not saved are saved, discarded or
        kept by going back, as the user chooses (False: back to the app)."""
        pending = self.drafts.pending(self._entry_id)
        if not pending or self.workspace is None:
            return True
        text = (self.tr("You have written a comment that is not saved yet.") if len(pending) == 1
                else self.tr("You have written comments on {n} entries that are not saved "
                             "yet.").format(n=len(pending)))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Comments not saved"), text,
                          parent=self)
        save = box.addButton(self.tr("&Save comments"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard comments"),
                                QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("&Back to the app"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is discard:
            self.drafts.forget()
            return True
        if box.clickedButton() is not save:
            return False
        try:
            for entry_id, (text, stage) in pending.items():
                self.workspace.add_comment(entry_id, text, stage)
        except WorkspaceError as exc:
            QMessageBox.warning(self, self.tr("Comments not saved"), str(exc))
            return False
        self.drafts.forget()
        return True

    def delete_comment(self) -> None:
        item = self.comments.currentItem()
        if self.workspace is None or item is None:
            return
        self.workspace.delete_comment(item.data(ROLE_ID))
        self.status.setText(self.tr("Comment deleted."))
        self._after_change()

    def remove_entry(self, confirm: bool = True) -> None:
        """Remove the selected entry and its comments from the workspace."""
        if self.workspace is None or self._entry_id is None:
            return
        if confirm and QMessageBox.question(self, self.tr("Remove entry"), self.tr(
                "Remove this entry and your comments on it from the workspace? The "
                "caseworker's own journal is not affected.")) != \
                QMessageBox.StandardButton.Yes:
            return
        self.workspace.delete_entry(self._entry_id)
        self._entry_id = None
        self.status.setText(self.tr("Entry removed."))
        self._after_change()

    def _after_change(self) -> None:
        if self._entry_id is not None:  # the entry at once (one row); the list follows
            self.show_entry(self._entry_id)
        self.refresh()
        self.workspace_did_change.emit()

    # -- import and export ------------------------------------------------------------------

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import share files"), str(default_folder(self.ctx.settings)),
            self.tr("Share files (*.json)"))
        if files:
            self.import_paths([Path(f) for f in files], announce=True)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"),
                                                  str(default_folder(self.ctx.settings)))
        if folder:
            self.import_paths([Path(folder)], announce=True)

    def import_paths(self, paths: list[Path], announce: bool = False,
                     background: bool = True) -> None:
        """Import off the GUI thread (a connection of its own); report when done."""
        if self.workspace is None:
            return
        database = self.ctx.data.supervision_database
        self.status.setText(self.tr("Importing …"))
        for widget in (self.import_files_button, self.import_folder_button):
            widget.setEnabled(False)

        def done(report: ImportReport) -> None:
            self._on_import_done(report, announce)

        def failed(exc: BaseException) -> None:
            self.status.setText("⚠ " + str(exc))
            self._update_buttons()

        if background:
            run_in_background(lambda: import_into(database, paths), done, failed, owner=self)
        else:
            done(self.workspace.import_paths(paths))

    def _on_import_done(self, report: ImportReport, announce: bool) -> None:
        self.last_report = report
        summary = self.tr("{imported} entries imported, {duplicates} already there, "
                          "{refused} files refused.").format(
            imported=report.imported, duplicates=report.duplicates,
            refused=len(report.refused))
        refused = [line for f, line in zip(report.files, report.lines(), strict=True)
                   if f.refused]
        self.status.setText("\n".join([summary, *refused]))
        self._after_change()
        if announce and report.refused:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), summary + " " +
                              self.tr("Nothing was taken from a refused file."), parent=self)
            box.setDetailedText("\n".join(report.lines()))
            box.exec()

    def export_feedback_dialog(self) -> None:
        if self.workspace is None:
            return
        dialog = FeedbackExportDialog(self.workspace.pseudonyms(),
                                      self.pseudonym_filter.currentData(),
                                      self.workspace.sender(),
                                      default_folder(self.ctx.settings), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_feedback(dialog.pseudonym.currentText(), dialog.folder,
                                 dialog.sender.text())

    def export_feedback(self, pseudonym: str, folder: Path, sender: str = "") -> Path | None:
        """Write one feedback file for a pseudonym; the status says where (or why not)."""
        if self.workspace is None:
            return None
        try:
            path = self.workspace.export_feedback(pseudonym, folder, sender)
        except (ExchangeError, WorkspaceError) as exc:
            self.status.setText("⚠ " + str(exc))
            return None
        self.status.setText(self.tr("✔ Feedback for {name} written: {path}").format(
            name=pseudonym, path=path))
        self._after_change()
        return path

    def prepare_screenshot(self) -> None:
        """Select the first entry, so the screen shows an entry with its comments."""
        if self.model.rowCount():
            self.table.selectRow(0)
            self._on_row_change(0)

"""The supervisor's workspace: import share files, read entries, comment, send feedback back.

Shown only when the supervisor workspace is switched on (settings or IT policy). It works on its
own database (`DataPaths.supervision_database`), never on the supervisor's journal. Every
imported text is shown as plain text (escaped), never as markup.

The page puts three parts together and owns the workspace they act on:
- `entry_list.EntryList`: filters and the table, read on the thread pool;
- `comment_panel.CommentPanel`: the comment editor, its drafts and the entry's comments;
- `supervision_exchange.SupervisionExchange`: importing share files and exporting feedback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import render
from desktop.core.supervision import Comment, ImportReport, Workspace, WorkspaceError
from desktop.ui.common.a11y import announce, chain
from desktop.ui.common.context import AppContext
from desktop.ui.common.shared_entry import shared_entry_html
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import SPACE, heading, page_layout, paragraph
from desktop.ui.supervision.comment_panel import CommentPanel
from desktop.ui.supervision.entry_list import EntryList
from desktop.ui.supervision.supervision_exchange import SupervisionExchange

Confirm = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


class SupervisionPage(QWidget):
    """Import, read by scenario, stage and pseudonym, comment, export feedback."""

    workspace_did_change = Signal()
    import_did_finish = Signal(object)  # the ImportReport, after the list was asked to follow

    def __init__(self, ctx: AppContext, confirm: Confirm = ask_yes_no) -> None:
        super().__init__()
        self.ctx = ctx
        self.confirm = confirm  # asks before an entry is removed (tests answer themselves)
        self.problem = ""
        self._entry_id: str | None = None
        self.workspace = self._open_workspace()
        self.exchange = SupervisionExchange(ctx, self)
        self.exchange.import_did_finish.connect(self._on_import_done)
        self.exchange.import_failed.connect(self._on_import_failed)
        self._announce_import = False
        self._build()
        if self.problem:
            self.set_status("⚠ " + self.problem)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    @staticmethod
    def _button(text: str, slot: Callable[[], object]) -> QPushButton:
        """A button named by its visible text (Qt drops the "&"), as voice control says it."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        self.import_files_button = self._button(self.tr("&Import files …"), self.import_files)
        self.import_folder_button = self._button(self.tr("Import a fo&lder …"),
                                                 self.import_folder)
        self.export_button = self._button(self.tr("E&xport feedback …"),
                                          self.export_feedback_dialog)
        self.remove_button = self._button(self.tr("&Remove entry"), self.remove_entry)
        database = None if self.workspace is None else self.ctx.data.supervision_database
        self.entries = EntryList(database)
        self.entries.entry_chosen.connect(self.show_entry)
        self.entries.listing_did_arrive.connect(self._update_buttons)
        self.entries.listing_failed.connect(self._on_listing_failed)
        self.document = TextView(name=self.tr("Shared entry"))
        self.document.setAccessibleDescription(self.tr(
            "The selected entry as it was shared, with your comments"))
        self.panel = CommentPanel()
        self.panel.save_requested.connect(self.save_comment)
        self.panel.delete_requested.connect(self.delete_comment)
        self.status = paragraph()
        self.status.setAccessibleName(self.tr("Status"))
        self._lay_out()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.setSpacing(SPACE[1])
        for button in (self.import_files_button, self.import_folder_button,
                       self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.panel.add_entry_action(self.remove_button)
        right = QSplitter(Qt.Orientation.Vertical)  # the entry gets the room; the editor
        right.addWidget(self.document)               # can be made taller by hand
        right.addWidget(self.panel)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        splitter = QSplitter()
        splitter.addWidget(self.entries)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        content = QWidget()
        layout = page_layout(QVBoxLayout(content))
        layout.addWidget(heading(self.tr("Supervision")))
        layout.addWidget(paragraph(self.tr(
            "Entries that caseworkers chose to share with you, under their pseudonyms. They "
            "stay in this workspace, apart from your own journal. Comment on an entry or a "
            "stage and send the comments back as one file per pseudonym.")))
        layout.addLayout(actions)
        layout.addWidget(self.entries.filter_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        # At large text in a small window the page scrolls rather than squeezing its parts
        # over each other; a frame, not a control, so no Tab stop.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        e = self.entries
        # "Remove entry" stands right of "Comment on:" on the panel's first row: after it.
        chain(self.import_files_button, self.import_folder_button, self.export_button,
              e.scenario_filter, e.stage_filter, e.pseudonym_filter, e.table, self.document,
              self.panel.stage, self.remove_button, self.panel.edit)

    # -- workspace and list ------------------------------------------------------------------

    def _open_workspace(self) -> Workspace | None:
        try:
            return Workspace.open(self.ctx.data.supervision_database)
        except WorkspaceError as exc:
            self.problem = str(exc)
            return None

    @property
    def loading(self) -> bool:
        """The list is being read on the thread pool."""
        return self.entries.loading

    def set_status(self, text: str) -> None:
        """Show a message under the page and have a screen reader say it."""
        self.status.setText(text)
        if self.isVisible():
            announce(self.status, text)

    def on_show(self) -> None:
        if not self.loading:  # the listing being read is as fresh as a new one
            self.refresh()

    def refresh(self) -> None:
        """Read the list again (keeping the shown entry); the entry follows when it arrives."""
        self.entries.refresh(keep=self._entry_id)
        if self.loading and not self.entries.model.rowCount():
            self.show_entry(None)  # the hint says the list is loading

    def select_row(self, row: int) -> None:
        """Show the entry in `row` of the list (for a first look at a filled workspace)."""
        self.entries.select_row(row)

    def _on_listing_failed(self, exc: BaseException) -> None:
        self.set_status("⚠ " + (str(exc) if isinstance(exc, WorkspaceError) else self.tr(
            "The shared entries could not be read: {error}").format(error=exc)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.workspace is not None
        for widget in (self.import_files_button, self.import_folder_button):
            widget.setEnabled(ready)
        self.export_button.setEnabled(ready and bool(self.entries.pseudonyms))
        self.remove_button.setEnabled(ready and self._entry_id is not None)
        self.panel.set_entry_shown(ready and self._entry_id is not None)

    # -- reading and commenting -------------------------------------------------------------

    def show_entry(self, entry_id: str | None) -> None:
        """Show one entry as plain text with its comments (None: a hint)."""
        self.panel.drafts.switch(self._entry_id, entry_id)
        self._entry_id = None
        entry = self._entry(entry_id)
        if entry is None or self.workspace is None or entry_id is None:
            self.document.set_html(f"<p>{render.escape(self._hint())}</p>")
            self.panel.show_comments([])
            self._update_buttons()
            return
        self._entry_id = entry_id
        comments = self.workspace.comments_for(entry_id)
        grouped: dict[str | None, list[Comment]] = {}
        for comment in comments:
            grouped.setdefault(comment.stage.value if comment.stage else None, []).append(comment)
        self.document.set_html(shared_entry_html(entry, comments=grouped,
                                                 pseudonym=entry["pseudonym"]))
        self._update_buttons()
        self.panel.show_comments(comments)

    def _entry(self, entry_id: str | None) -> dict | None:
        if entry_id is None or self.workspace is None:
            return None
        try:
            return self.workspace.entry(entry_id)
        except KeyError:
            return None

    def _hint(self) -> str:
        if self.problem:
            return self.problem
        if self.entries.model.rowCount():
            return self.tr("Choose an entry in the list to read it.")
        if self.loading:
            return self.tr("Loading the entries …")
        return self.tr("No shared entries yet. Import the share files that caseworkers gave "
                       "you (Import files … or Import a folder …).")

    def save_comment(self) -> bool:
        """Add the typed comment to the entry or the chosen stage."""
        if self.workspace is None or self._entry_id is None:
            return False
        try:
            self.workspace.add_comment(self._entry_id, self.panel.text(), self.panel.about())
        except WorkspaceError as exc:
            self.set_status("⚠ " + str(exc))
            return False
        self.panel.edit.clear()
        self.set_status(self.tr("✔ Comment saved."))
        self._after_change()
        return True

    def delete_comment(self, comment_id: str) -> None:
        if self.workspace is None:
            return
        self.workspace.delete_comment(comment_id)
        self.set_status(self.tr("Comment deleted."))
        self._after_change()

    def may_quit(self) -> bool:
        """Before the window closes: comments written but not saved are saved, discarded or
        kept by going back, as the user chooses (False: back to the app)."""
        pending = self.panel.drafts.pending(self._entry_id)
        if not pending or self.workspace is None:
            return True
        choice = self.panel.ask_about_drafts(len(pending))
        if choice == "discard":
            self.panel.drafts.forget()
            return True
        if choice != "save":
            return False
        try:
            for entry_id, (text, stage) in pending.items():
                self.workspace.add_comment(entry_id, text, stage)
        except WorkspaceError as exc:
            QMessageBox.warning(self, self.tr("Comments not saved"), str(exc))
            return False
        self.panel.drafts.forget()
        return True

    def remove_entry(self) -> None:
        """Remove the selected entry and its comments from the workspace, if the user agrees."""
        if self.workspace is None or self._entry_id is None:
            return
        if not self.confirm(self, self.tr("Remove entry"), self.tr(
                "Remove this entry and your comments on it from the workspace? The "
                "caseworker's own journal is not affected.")):
            return
        self.workspace.delete_entry(self._entry_id)
        self._entry_id = None
        self.set_status(self.tr("Entry removed."))
        self._after_change()

    def _after_change(self) -> None:
        if self._entry_id is not None:  # the entry at once (one row); the list follows
            self.show_entry(self._entry_id)
        self.refresh()
        self.workspace_did_change.emit()

    # -- import and export ------------------------------------------------------------------

    def import_files(self) -> None:
        self.import_paths(self.exchange.choose_files(), announce=True)

    def import_folder(self) -> None:
        self.import_paths(self.exchange.choose_folder(), announce=True)

    def import_paths(self, paths: list[Path], announce: bool = False) -> None:
        """Import off the GUI thread (a connection of its own); `import_did_finish` follows.
        `announce`: refused files are also told in a message box (the user chose them)."""
        if self.workspace is None or not paths:
            return
        self._announce_import = announce
        self.set_status(self.tr("Importing …"))
        for widget in (self.import_files_button, self.import_folder_button):
            widget.setEnabled(False)
        self.exchange.import_paths(paths)

    def _on_import_done(self, report: ImportReport) -> None:
        self.set_status(self.exchange.report_text(report))
        self._after_change()
        self.import_did_finish.emit(report)
        if self._announce_import and report.refused:
            self.exchange.tell_refused(report)

    def _on_import_failed(self, message: str) -> None:
        self.set_status(message)
        self._update_buttons()

    def export_feedback_dialog(self) -> None:
        if self.workspace is None:
            return
        answer = self.exchange.ask_export(self.workspace,
                                          self.entries.pseudonym_filter.currentData())
        if answer is not None:
            self.export_feedback(*answer)

    def export_feedback(self, pseudonym: str, folder: Path, sender: str = "") -> Path | None:
        """Write one feedback file for a pseudonym; the status says where (or why not)."""
        if self.workspace is None:
            return None
        path, message = self.exchange.export(self.workspace, pseudonym, folder, sender)
        self.set_status(message)
        if path is not None:
            self._after_change()
        return path

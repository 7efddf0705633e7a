"""The supervision page's files: import share files (off the GUI thread) and export feedback.

Import runs `import_into` on a connection of its own on the thread pool, the only path (tests
wait for `import_did_finish`); a refused file changes nothing and is reported line by line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.core.exchange import ExchangeError, default_folder
from desktop.core.supervision import ImportReport, Workspace, WorkspaceError, import_into
from desktop.ui.common.context import AppContext
from desktop.ui.common.tasks import run_in_background
from desktop.ui.supervision.supervision_widgets import FeedbackExportDialog


class SupervisionExchange(QObject):
    """Import and export for one page; results arrive as signals on the GUI thread."""

    import_did_finish = Signal(object)  # the ImportReport
    import_failed = Signal(str)  # a message for the status line

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page

    def _folder(self) -> str:
        return str(default_folder(self.ctx.settings))

    def choose_files(self) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(self.page, self.tr("Import share files"),
                                                self._folder(), self.tr("Share files (*.json)"))
        return [Path(f) for f in files]

    def choose_folder(self) -> list[Path]:
        folder = QFileDialog.getExistingDirectory(self.page, self.tr("Import a folder"),
                                                  self._folder())
        return [Path(folder)] if folder else []

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders on the thread pool; `import_did_finish` or
        `import_failed` follows."""
        database = self.ctx.data.supervision_database
        run_in_background(lambda: import_into(database, paths), self.import_did_finish.emit,
                          lambda exc: self.import_failed.emit("⚠ " + str(exc)), owner=self)

    def summary(self, report: ImportReport) -> str:
        return self.tr("Entries imported: %n; already there: {duplicates}; files refused: "
                       "{refused}.", "", report.imported).format(
            duplicates=report.duplicates, refused=len(report.refused))

    def report_text(self, report: ImportReport) -> str:
        """The summary, then one line per refused file (saying why)."""
        refused = [line for f, line in zip(report.files, report.lines(), strict=True)
                   if f.refused]
        return "\n".join([self.summary(report), *refused])

    def tell_refused(self, report: ImportReport) -> None:
        """A message box for files chosen in a dialog that were refused, with the details."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), self.summary(report)
                          + " " + self.tr("Nothing was taken from a refused file."),
                          parent=self.page)
        box.setDetailedText("\n".join(report.lines()))
        box.exec()

    def ask_export(self, workspace: Workspace,
                   current: str | None) -> tuple[str, Path, str] | None:
        """Ask which pseudonym, how to sign and where to write (None: cancelled)."""
        dialog = FeedbackExportDialog(workspace.pseudonyms(), current, workspace.sender(),
                                      default_folder(self.ctx.settings), self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pseudonym.currentText(), dialog.folder, dialog.signature.text()

    def export(self, workspace: Workspace, pseudonym: str, folder: Path,
               sender: str) -> tuple[Path | None, str]:
        """Write one feedback file; the path (None if refused) and a status line."""
        try:
            path = workspace.export_feedback(pseudonym, folder, sender)
        except (ExchangeError, WorkspaceError) as exc:
            return None, "⚠ " + str(exc)
        return path, self.tr("✔ Feedback for {name} written: {path}").format(name=pseudonym,
                                                                             path=path)

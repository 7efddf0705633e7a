"""Import feedback from the supervisor (the File menu's action is installed by the shell:
`desktop.ui.shell.exchange_actions`).

Importing feedback reads and checks the file off the GUI thread (it may lie on a slow network
share and be up to 20 MB), then stores the comments with the journal's own connection on the
GUI thread; they appear beside the entries in the journal (`Journal.feedback.for_session`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.ui.common.context import AppContext
from desktop.ui.common.i18n import translator

if TYPE_CHECKING:
    from desktop.core.exchange import FeedbackImport

# The exchange and journal modules, and the dialogs, load when an action is used, not with the
# window.


_tr = translator("feedback_import")


def result_text(result: FeedbackImport) -> str:
    """What an import did, in the user's language."""
    text = _tr("Comments from your supervisor added beside your entries: %n.", "",
               result.added)
    if result.duplicates:
        text += " " + _tr("{count} were there already.").format(count=result.duplicates)
    if result.unmatched:
        text += " " + _tr("{count} belong to entries that are no longer in your journal.") \
            .format(count=result.unmatched)
    return text


def import_feedback_path(ctx: AppContext, path: Path, parent: QWidget | None = None,
                         on_done: Callable[[bool, str], None] | None = None) -> None:
    """Check the file on the thread pool, then store it; tell the user either way.

    Without `on_done` the outcome is shown in a message box; with it, `on_done(ok, text)`
    receives it instead (a caller that shows it itself).
    """
    from desktop.core.exchange import PackageRefused, import_feedback, read_bytes, read_feedback
    from desktop.core.journal import JournalError

    title = _tr("Import feedback")

    def tell(ok: bool, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if on_done is not None:
            on_done(ok, text)
        elif ok:
            QMessageBox.information(parent, title, text)
        else:
            QMessageBox.warning(parent, title, text)

    def check() -> bytes:
        raw = read_bytes(path)
        read_feedback(raw)
        return raw

    def refused(exc: BaseException) -> None:
        from desktop.ui.common.journal_service import JournalUnavailable

        message = str(exc) if isinstance(exc, PackageRefused | JournalError
                                         | JournalUnavailable) else \
            _tr("The file could not be read: {error}").format(error=exc)
        tell(False, message + " " + _tr("Your journal is unchanged."))

    def store(raw: bytes) -> None:
        from desktop.ui.common.journal_service import ChangeKind, JournalUnavailable

        try:
            result = import_feedback(ctx.journal.store, raw,
                                     pseudonym=ctx.settings.get("pseudonym") or "")
        except (PackageRefused, JournalError, JournalUnavailable) as exc:
            refused(exc)
            return
        ctx.journal.did_change(ChangeKind.FEEDBACK, origin=parent)
        tell(True, result_text(result))

    from desktop.ui.common.tasks import run_in_background

    run_in_background(check, store, refused, owner=parent)


def import_feedback_interactive(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Ask for a feedback file and import it."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.core.exchange import default_folder

    if not ctx.journal.writable:
        return
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Import feedback"),
                                          str(default_folder(ctx.settings)),
                                          _tr("Feedback files (*.json)"))
    if path:
        import_feedback_path(ctx, Path(path), parent)

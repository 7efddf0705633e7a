"""The exchange's entry points in the main window: share entries, import feedback, and (for a
supervisor) the Supervision and Team view pages.

Importing feedback reads and checks the file off the GUI thread (it may lie on a slow network
share and be up to 20 MB), then stores the comments with the journal's own connection on the
GUI thread; they appear beside the entries in the journal (`Journal.feedback.for_session`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.ui.common.context import AppContext

if TYPE_CHECKING:
    from desktop.core.exchange import FeedbackImport

# The exchange and journal modules, and the dialogs, load when an action is used, not with the
# window.


def _tr(text: str) -> str:
    return QCoreApplication.translate("feedback_import", text)


def result_text(result: FeedbackImport) -> str:
    """What an import did, in the user's language."""
    text = _tr("{added} comments from your supervisor were added beside your entries.").format(
        added=result.added)
    if result.duplicates:
        text += " " + _tr("{count} were there already.").format(count=result.duplicates)
    if result.unmatched:
        text += " " + _tr("{count} belong to entries that are no longer in your journal.") \
            .format(count=result.unmatched)
    return text


def import_feedback_path(ctx: AppContext, path: Path, parent: QWidget | None = None,
                         on_done: Callable[[bool, str], None] | None = None,
                         background: bool = True) -> None:
    """Check the file in the background, then store it; tell the user either way.

    Without `on_done` the outcome is shown in a message box; with it, `on_done(ok, text)`
    receives it instead (tests, or a caller that shows it itself).
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

    if not background:
        try:
            raw = check()
        except PackageRefused as exc:
            refused(exc)
            return
        store(raw)
        return
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


def install_exchange(window, ctx: AppContext) -> None:
    """File menu: share entries and import feedback; the supervisor's pages when switched on."""
    from desktop.ui.shell.main_window import PageSpec

    def share() -> None:
        from desktop.ui.journal.share_dialog import open_share_dialog

        open_share_dialog(ctx, window)

    share_action = QAction(_tr("S&hare entries with supervisor …"), window)
    share_action.triggered.connect(share)
    feedback_action = QAction(_tr("Import &feedback …"), window)
    feedback_action.triggered.connect(lambda: import_feedback_interactive(ctx, window))
    for action in (share_action, feedback_action):
        ctx.journal.requires_journal(action)  # enabled once the journal is open and writable
        window.addAction(action)
        window.file_menu.insertAction(window.quit_action, action)
    window.file_menu.insertSeparator(window.quit_action)
    window.share_action = share_action
    window.feedback_action = feedback_action

    def supervision():
        from desktop.ui.supervision.supervision_page import SupervisionPage
        return SupervisionPage(ctx)

    def team():
        from desktop.ui.supervision.team_page import TeamPage
        return TeamPage(ctx)

    def show_supervisor_pages(on: bool) -> None:
        present = "supervision" in window.page_keys()
        if on and not present:
            window.add_page(PageSpec("supervision", _tr("Supervision"), supervision))
            window.add_page(PageSpec("team", _tr("Team view"), team))
        elif not on and present:
            if window.current_page_key() in ("supervision", "team"):
                window.show_page("home")
            for key in ("supervision", "team"):
                window.close_transient_page(key)  # removes any page: spec, widget, list item

    def on_setting(key: str) -> None:
        if key == "supervisor_workspace":
            show_supervisor_pages(bool(ctx.settings.get(key, False)))

    show_supervisor_pages(bool(ctx.settings.get("supervisor_workspace", False)))
    ctx.settings_did_change.connect(on_setting)

"""Starts, resumes and closes practice sessions; the journal records every change."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.ui.context import AppContext

if TYPE_CHECKING:
    from desktop.ui.session_view import SessionView

# The practice and journal modules are imported when a session starts, not with the window:
# the start page must appear without waiting for them.

log = logging.getLogger(__name__)
SESSION_PAGE = "session"


class PracticeController(QObject):
    def __init__(self, ctx: AppContext, window) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.view: SessionView | None = None
        ctx.scenario_requested.connect(self.start_scenario)
        ctx.session_requested.connect(self.resume)
        ctx.moment_requested.connect(self.start_moment)
        ctx.own_case_requested.connect(self.start_own_case)

    # --- starting -----------------------------------------------------------------------------

    def start_scenario(self, scenario_id: str) -> None:
        from desktop.core.practice import PracticeSession

        lib = self.ctx.library
        if lib is None or scenario_id not in lib.scenarios:
            return
        self._open(PracticeSession.uebung(lib.scenarios[scenario_id]), new=True)

    def start_moment(self) -> None:
        from desktop.core.practice import PracticeSession
        from desktop.core.practice.moments import pick_moment

        lib = self.ctx.library
        if lib is None:
            return
        journal = self.ctx.journal
        counts = journal.moment_counts() if journal is not None else {}
        scenario_counts = journal.practice_counts() if journal is not None else {}
        due = [r.key for r in journal.due_reviews()] if journal is not None else []
        picked = pick_moment(lib.scenarios.values(), counts, scenario_counts, due=due)
        if picked is None:
            return
        scenario, node_id = picked
        self._open(PracticeSession.zwischendurch(scenario, node_id), new=True)

    def start_own_case(self) -> None:
        from desktop.core.practice import PracticeSession

        if not self.ctx.settings.get("own_case_enabled", True):
            return  # switched off by IT policy
        self._open(PracticeSession.eigener_fall(), new=True)

    def resume(self, session_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.journal import JournalError

        journal = self.ctx.journal
        if journal is None:
            return
        lib = self.ctx.library
        info = journal.info(session_id)
        scenario = lib.scenarios.get(info.scenario_id) if lib and info and info.scenario_id \
            else None
        if info is None or (info.scenario_id and scenario is None):
            QMessageBox.information(self.window, self.tr("Cannot continue"), self.tr(
                "The scenario of this session is no longer in the library. Your entries can "
                "still be read in the journal."))
            return
        try:
            session = journal.resume(session_id, scenario)
        except JournalError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot continue"), str(exc))
            return
        if session.content_changed:
            QMessageBox.information(self.window, self.tr("Scenario changed"), self.tr(
                "The scenario has changed since your last session. Your answers are kept; the "
                "dialogue continues from the last point that still exists."))
        self._open(session, new=False)

    # --- the page -----------------------------------------------------------------------------

    def _open(self, session, new: bool) -> None:
        from desktop.core.journal import JournalError
        from desktop.ui.session_view import SessionView

        self.close_current()
        journal = self.ctx.journal
        if journal is not None:
            try:
                journal.attach(session, on_error=self._on_write_error)
            except JournalError as exc:
                self._on_write_error(exc)
        techniques = dict(self.ctx.library.techniques) if self.ctx.library else {}
        view = SessionView(session, techniques)
        view.session_did_close.connect(self.close_current)
        view.session_did_finish.connect(self._on_finish)
        view.restart_requested.connect(self.start_scenario)
        self.view = view
        label = self.tr("▶ Current exercise")
        self.window.open_transient_page(SESSION_PAGE, view, label)
        view.setFocus()

    def _on_write_error(self, exc: Exception) -> None:
        """A full or read-only disk: say so once; the session stays in memory and is written
        with the next change that succeeds."""
        log.warning("journal write failed: %s", exc)
        self.window.statusBar().showMessage(
            self.tr("Saving is not possible right now: {error} Your input is kept and will be "
                    "saved as soon as it works again.").format(error=exc))

    def _on_finish(self) -> None:
        """After an eigener Fall is saved, replaced text leaves no trace in the database."""
        from desktop.core.journal import JournalError
        from desktop.core.practice import SessionKind

        view = self.view
        journal = self.ctx.journal
        if view is None or journal is None or view.session.kind is not SessionKind.EIGENER_FALL:
            return
        try:
            journal.scrub()
        except JournalError as exc:
            self._on_write_error(exc)

    def close_current(self) -> None:
        view = self.view
        if view is None:
            return
        from desktop.core.practice import SessionKind

        view.flush()
        journal = self.ctx.journal
        if view.session.kind is SessionKind.EIGENER_FALL:
            self._on_finish()
        if journal is not None:
            if journal.unsaved:
                journal.flush()
            journal.detach(view.session)
            self.ctx.journal_did_change.emit()
        self.view = None
        self.window.close_transient_page(SESSION_PAGE)
        self.window.show_page("home")

    def flush(self) -> None:
        if self.view is not None:
            self.view.flush()

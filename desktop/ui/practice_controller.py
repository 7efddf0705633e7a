"""Starts, resumes and closes practice sessions; the journal records every change."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.ui.context import AppContext
from desktop.ui.journal_service import ChangeKind

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
        self._picking = False  # practice counts are being read for a Zwischendurch moment
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
        if lib is None or self._picking:
            return

        def start(counts: tuple[dict, dict]) -> None:
            self._picking = False
            picked = pick_moment(lib.scenarios.values(), *counts)
            if picked is not None:
                scenario, node_id = picked
                self._open(PracticeSession.zwischendurch(scenario, node_id), new=True)

        def failed(exc: BaseException) -> None:
            log.warning("practice counts not readable: %s", exc)
            start(({}, {}))

        journal = self.ctx.journal
        if not journal.readable:
            start(({}, {}))
            return
        # Which moments were practised least: a GROUP BY over every path step (0.4 s at
        # 100,000 sessions), read on the thread pool.
        self._picking = True
        journal.query(lambda reader: (reader.moment_counts(), reader.scenario_counts()),
                      start, failed, owner=self)

    def start_own_case(self) -> None:
        from desktop.core.practice import PracticeSession

        if not self.ctx.settings.get("own_case_enabled", True):
            return  # switched off by IT policy
        self._open(PracticeSession.eigener_fall(), new=True)

    def resume(self, session_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.journal import JournalError

        if not self.ctx.journal.readable:
            return
        journal = self.ctx.journal.store
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
        if self.ctx.journal.writable:  # otherwise the state line says nothing is saved
            try:
                self.ctx.journal.store.attach(session, on_error=self._on_write_error)
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
        """A full or read-only disk, a damaged file, another writer's lock: the session stays in
        memory and is written with the next change that succeeds (or the service's retry);
        the user reads why, unless a short lock is retried quietly first."""
        log.warning("journal write failed: %s", exc)
        message = self.ctx.journal.write_failed(exc)
        if message:
            self.window.statusBar().showMessage(
                self.tr("Saving is not possible right now: {error} Your input is kept and will "
                        "be saved as soon as it works again.").format(error=message))

    def _on_finish(self) -> None:
        """After an eigener Fall is saved, replaced text leaves no trace in the database."""
        from desktop.core.practice import SessionKind

        view = self.view
        if view is None or view.session.kind is not SessionKind.EIGENER_FALL:
            return
        # Merging the search index rewrites it whole (1.7 s at 100,000 sessions): on the
        # thread pool, with a connection of its own.
        self.ctx.journal.scrub()

    def close_current(self) -> None:
        view = self.view
        if view is None:
            return
        from desktop.core.practice import SessionKind

        view.flush()
        service = self.ctx.journal
        if view.session.kind is SessionKind.EIGENER_FALL:
            self._on_finish()
        if service.writable:
            journal = service.store
            if journal.unsaved:
                journal.flush()
            journal.detach(view.session)
            ids = [view.session.id] if view.session.id is not None else []
            service.did_change(ChangeKind.SESSIONS, session_ids=ids, origin=self)
        self.view = None
        self.window.close_transient_page(SESSION_PAGE)
        self.window.show_page("home")

    def flush(self) -> None:
        if self.view is not None:
            self.view.flush()

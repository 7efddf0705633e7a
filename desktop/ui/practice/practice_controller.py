"""Starts, resumes and closes practice sessions; the journal records every change."""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_service import ChangeKind, JournalState

if TYPE_CHECKING:
    from desktop.core.practice import PracticeSession, SessionKind
    from desktop.core.scenarios.model import Exercise
    from desktop.ui.common.navigation import Navigator
    from desktop.ui.practice.explain_page import ExplainView
    from desktop.ui.practice.session_view import SessionView

# The practice and journal modules are imported when a session starts, not with the window:
# the start page must appear without waiting for them.

log = logging.getLogger(__name__)
SESSION_PAGE = "session"
RETRY_MS = 3000  # how often unsaved input is tried again while the journal cannot be written
# What picking a Zwischendurch moment reads from the journal: choices per (scenario, node),
# sessions per scenario, and the moments due for review.
MomentHistory = tuple[dict[tuple[str, str], int], dict[str, int], list[tuple[str, str]]]


class PracticeController(QObject):
    def __init__(self, ctx: AppContext, window: Navigator) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.window = window
        self.view: SessionView | ExplainView | None = None
        self._picking = False  # a Zwischendurch moment is being picked (thread pool)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_unsaved)
        ctx.scenario_requested.connect(self.start_scenario)
        ctx.session_requested.connect(self.resume)
        ctx.moment_requested.connect(self.start_moment)
        ctx.own_case_requested.connect(self.start_own_case)
        ctx.exercise_requested.connect(self.start_exercise)

    # --- starting -----------------------------------------------------------------------------

    def start_scenario(self, scenario_id: str) -> None:
        from desktop.core.practice import PracticeSession

        lib = self.ctx.library
        if lib is None or scenario_id not in lib.scenarios:
            return
        self._open(PracticeSession.uebung(lib.scenarios[scenario_id]), new=True)

    def start_moment(self) -> None:
        """Pick a moment (due reviews first, then the least practised) and open it.

        The journal keeps the review schedule per moment and replays only moments changed
        since it was last asked (a few ms; the first time after the update to schema v5, a
        few seconds at 100,000 sessions: bench/bench_review.py), so it is read on the thread
        pool, over a connection that may store what it replayed when the journal can be
        written; the moment opens when that is done."""
        if self.ctx.library is None or self._picking:
            return
        journal = self.ctx.journal
        if not journal.readable:
            self._open_moment(({}, {}, []))
            return

        def failed(exc: BaseException) -> None:
            log.warning("moment history not readable: %s", exc)
            self._open_moment(({}, {}, []))

        self._picking = True
        work = journal.run if journal.writable else journal.query
        work(lambda reader: (reader.stats.moment_counts(), reader.stats.scenario_counts(),
                             [r.key for r in reader.stats.due_reviews()]),
             self._open_moment, failed, owner=self)

    def _open_moment(self, history: MomentHistory) -> None:
        from desktop.core.practice import PracticeSession
        from desktop.core.practice.moments import pick_moment

        self._picking = False
        lib = self.ctx.library
        if lib is None:
            return
        counts, scenario_counts, due = history
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

    def start_exercise(self, exercise_id: str = "") -> None:
        """A Verständlich-erklären exercise; without an id the least practised one."""
        from desktop.core.practice import PracticeSession

        lib = self.ctx.library
        if lib is None or not lib.exercises:
            return
        if exercise_id in lib.exercises:
            exercise = lib.exercises[exercise_id]
            self._open_explain(PracticeSession.erklaeren(exercise), exercise)
            return
        journal = self.ctx.journal
        if not journal.readable:
            self._open_least_practised({})
            return
        journal.query(lambda reader: reader.stats.scenario_counts(), self._open_least_practised,
                      lambda _exc: self._open_least_practised({}), owner=self)

    def _open_least_practised(self, counts: dict[str, int]) -> None:
        from desktop.core.practice import PracticeSession

        lib = self.ctx.library
        if lib is None or not lib.exercises:
            return
        exercise = min(lib.sorted_exercises(), key=lambda e: (counts.get(e.id, 0), e.level))
        self._open_explain(PracticeSession.erklaeren(exercise), exercise)

    def resume(self, session_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.journal import JournalError
        from desktop.core.practice import SessionKind

        if not self.ctx.journal.readable:
            return
        journal = self.ctx.journal.store
        lib = self.ctx.library
        info = journal.info(session_id)
        if info is not None and info.kind is SessionKind.ERKLAEREN:
            self._resume_explain(session_id, info.scenario_id)
            return
        scenario = lib.scenarios.get(info.scenario_id) if lib and info and info.scenario_id \
            else None
        if info is None or (info.scenario_id and scenario is None):
            QMessageBox.information(self.window.dialog_parent(), self.tr("Cannot continue"), self.tr(
                "The scenario of this session is no longer in the library. Your entries can "
                "still be read in the journal."))
            return
        try:
            session = journal.resume(session_id, scenario)
        except JournalError as exc:
            QMessageBox.warning(self.window.dialog_parent(), self.tr("Cannot continue"), str(exc))
            return
        if session.content_changed:
            QMessageBox.information(self.window.dialog_parent(), self.tr("Scenario changed"), self.tr(
                "The scenario has changed since your last session. Your answers are kept; the "
                "dialogue continues from the last point that still exists."))
        self._open(session, new=False)

    def _resume_explain(self, session_id: int, exercise_id: str | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.journal import JournalError

        lib = self.ctx.library
        exercise = lib.exercises.get(exercise_id or "") if lib is not None else None
        if exercise is None:
            QMessageBox.information(self.window.dialog_parent(), self.tr("Cannot continue"), self.tr(
                "The exercise of this session is no longer in the library. Your texts can "
                "still be read in the journal."))
            return
        try:
            session = self.ctx.journal.store.resume(session_id, None)
        except JournalError as exc:
            QMessageBox.warning(self.window.dialog_parent(), self.tr("Cannot continue"), str(exc))
            return
        self._open_explain(session, exercise)

    def _open_explain(self, session: PracticeSession, exercise: Exercise) -> None:
        from desktop.ui.practice.explain_page import ExplainView

        self._take_over(session)
        view = ExplainView(session, exercise)
        view.session_did_close.connect(self.close_current)
        self.view = view
        self.window.open_transient_page(SESSION_PAGE, view, self.tr("▶ Current exercise"))
        view.setFocus()  # its focus proxy: the text field

    # --- the page -----------------------------------------------------------------------------

    def _take_over(self, session: PracticeSession) -> None:
        """Close the running session; the journal records every change of `session` from now
        on (when it cannot be written, the state line says so)."""
        from desktop.core.journal import JournalError

        self.close_current()
        if self.ctx.journal.writable:
            try:
                self.ctx.journal.store.attach(session, on_error=self._on_write_error)
            except JournalError as exc:
                self._on_write_error(exc)

    def _open(self, session: PracticeSession, new: bool) -> None:
        from desktop.ui.practice.session_view import SessionView

        self._take_over(session)
        techniques = dict(self.ctx.library.techniques) if self.ctx.library else {}
        settings = self.ctx.settings
        view = SessionView(session, techniques,
                           takeaway_on_start=bool(settings.get("takeaway_on_start")),
                           takeaway_locked=settings.is_locked("takeaway_on_start"),
                           journal=self.ctx.journal.store if self.ctx.journal.readable
                           else None,
                           own_words_first=bool(settings.get("own_words_first")))
        view.takeaway_on_start_toggled.connect(
            lambda on: self.ctx.change_setting("takeaway_on_start", on))
        view.session_did_close.connect(self.close_current)
        view.session_did_finish.connect(self._on_finish)
        view.restart_requested.connect(self.start_scenario)
        view.technique_requested.connect(self.ctx.technique_requested)
        self.view = view
        label = self.tr("▶ Current exercise")
        self.window.open_transient_page(SESSION_PAGE, view, label)
        # The first control of the step, not the page: the page draws no focus, a screen
        # reader could only say its name, and the next Tab would go to the step buttons.
        view.focus_step()

    def _on_write_error(self, exc: Exception) -> None:
        """A write failed (full or read-only disk, lock, damage): say so; the session stays in
        memory, is written with the next change that succeeds or the next retry, and is offered
        as a text file if the app is closed before that. A short lock held elsewhere is retried
        quietly by the journal service first (it names the wait after a few tries).

        The journal's own message already says what happens to the input where that is true
        (not writable: kept and saved later); for the other errors we add what we do."""
        from desktop.core.journal import JournalNotWritable

        log.warning("journal write failed: %s", exc)
        if not self.ctx.journal.write_failed(exc):
            return
        message = self.tr("Not saved: {error}").format(error=exc)
        if not isinstance(exc, JournalNotWritable):
            message += " " + self.tr("Your input stays in this window; if it still cannot be "
                                     "saved when you quit, you can save it as a text file.")
        self.window.show_status(message)
        if not self._retry.isActive():
            self._retry.start()

    def _retry_unsaved(self) -> None:
        """Every few seconds while something is unsaved: try again, so what the user typed
        last is stored when writing works again even if they type nothing more."""
        service = self.ctx.journal
        if not service.writable or not service.store.unsaved:
            self._retry.stop()
            return
        if not service.retry_unsaved():
            return
        self._retry.stop()
        self.window.show_status(self.tr("Everything is saved again."), 10000)

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
        from desktop.core.journal import JournalError
        from desktop.core.practice import SessionKind

        view.flush()
        service = self.ctx.journal
        if view.session.kind is SessionKind.EIGENER_FALL:
            self._on_finish()
        if service.writable:
            journal = service.store
            if journal.unsaved:
                try:
                    journal.flush()
                except JournalError as exc:  # stays in `unsaved`, offered at quit
                    self._on_write_error(exc)
            journal.detach(view.session)
            ids = [view.session.id] if view.session.id is not None else []
            service.did_change(ChangeKind.SESSIONS, session_ids=ids, origin=self)
        self.view = None
        self.window.close_transient_page(SESSION_PAGE)
        self.window.show_page("home")

    def release_sessions(self, ids: Collection[int] | None = None,
                         kinds: Collection[SessionKind] | None = None) -> None:
        """Close the session if it is one of `ids` or `kinds` (None: whichever is open) before
        its entry is deleted or replaced, staying on the page that was shown."""
        view = self.view
        if view is None or (ids is not None and view.session.id not in ids) \
                or (kinds is not None and view.session.kind not in kinds):
            return
        shown = self.window.current_page_key()
        self.close_current()
        if shown and shown != SESSION_PAGE:
            self.window.show_page(shown)

    def flush(self) -> None:
        if self.view is not None:
            self.view.flush()

    def may_quit(self) -> bool:
        """Before the window closes: write what is pending; what cannot be written is offered
        as a text file. False when the user goes back to the app instead."""
        from desktop.core.journal import JournalError
        from desktop.ui.common.unsaved import offer_before_quit

        self.flush()
        service = self.ctx.journal
        reason = ""
        if service.writable:
            journal = service.store
            try:
                journal.flush()
            except JournalError as exc:
                reason = str(exc)
            sessions = list(journal.unsaved)
        else:  # no writable journal: the session was never saved
            session = self.view.session if self.view is not None else None
            sessions = [session] if session is not None and _has_text(session) else []
            reason = self.tr("The journal could not be opened when the app started.") \
                if service.state in (JournalState.OPENING, JournalState.UNAVAILABLE) \
                else service.unavailable_text()
        if not sessions:
            return True
        return offer_before_quit(self.window.dialog_parent(), sessions, reason or self.tr("unknown"))


def _has_text(session: PracticeSession) -> bool:
    """Whether the user wrote anything in the session (choices can be made again in a minute,
    words cannot)."""
    ins = session.instruments
    return bool(any(a.text.strip() for a in session.answers) or session.title.strip()
                or session.reflection.strip() or ins.takeaway.strip() or ins.helps_other.strip())

"""The journal as one service that exists from the start: its state, its change broadcast,
and the work it runs off the GUI thread.

The window is shown before the journal is opened (principle 4), so pages never hold the core
`Journal` object: they hold the service, which is there from the first moment with a state
(`JournalState`: opening, ready, read-only, damaged, unavailable). Actions and buttons that
need the journal are bound to it once (`requires_journal`): they are disabled with the reason
as their tooltip and status tip while the state does not allow them, and enabled when it does.

Writes broadcast what changed after they are done (`changed(OpChanges)`: the kinds of change,
the sessions, and the origin that made it), Anki's `operation_did_execute`: each page
refreshes what it shows and ignores its own echo (`changes.origin is self`).

Slow work runs through the one background helper (`desktop.ui.common.tasks`) on a connection of its
own (`run`, `query`): opening (integrity check, migrations with their backup), retention,
scrub, restore. Autosave stays on the GUI's connection, synchronous and durable; that
connection waits only briefly for another writer's lock (`GUI_BUSY_TIMEOUT`) and retries a
change kept in memory shortly after, so a long background write never freezes typing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:  # the journal package loads after the window is shown
    from desktop.core.config import Settings
    from desktop.core.journal import Journal
    from desktop.core.journal.reading import ReadOnlyJournal
    from desktop.core.paths import DataPaths

from desktop.ui.common.journal_events import (  # noqa: F401  (the service's public vocabulary)
    ChangeKind,
    Inform,
    JournalState,
    JournalUnavailable,
    OpChanges,
    Recover,
)
from desktop.ui.common.journal_opening import GUI_BUSY_TIMEOUT  # noqa: F401
from desktop.ui.common.journal_status import JournalStateLabel  # noqa: F401

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_MS = (100, 250, 500, 1000, 2000)  # then every 2 s until the lock is free
BUSY_NOTICE_AFTER = 3  # retries before the status bar says saving waits
RETENTION_EVERY_MS = 6 * 3600 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal_service", text)


class JournalService(QObject):
    """The journal as the pages see it: state, the core journal when readable, change
    broadcast, background work on own connections."""

    state_did_change = Signal(object)  # JournalState
    changed = Signal(object)  # OpChanges
    status_did_change = Signal(str, int)  # a line for the status bar, its timeout (ms)

    def __init__(self, settings: Settings, data: DataPaths, store: Journal | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data = data
        self._store: Journal | None = store
        self._state = JournalState.READY if store is not None else JournalState.OPENING
        self._reason = ""
        self._bound: dict[int, tuple[Any, bool, str]] = {}
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry_unsaved)
        self._retries = 0
        self._scrub_pending = False  # an own case finished while its text was unsaved
        self._running = 0  # background operations started and not yet finished
        self._retention = QTimer(self)
        self._retention.setInterval(RETENTION_EVERY_MS)
        self._retention.timeout.connect(self.apply_retention)

    # --- state --------------------------------------------------------------------------------

    @property
    def state(self) -> JournalState:
        return self._state

    @property
    def reason(self) -> str:
        """Why the journal is not (fully) usable; "" when it is ready."""
        return self._reason

    @property
    def readable(self) -> bool:
        return self._state in (JournalState.READY, JournalState.READ_ONLY) \
            and self._store is not None

    @property
    def writable(self) -> bool:
        return self._state is JournalState.READY and self._store is not None

    @property
    def store(self) -> Journal:
        """The core journal (GUI thread only); JournalUnavailable when it cannot be read."""
        if not self.readable or self._store is None:
            raise JournalUnavailable(self.unavailable_text(write=False))
        return self._store

    def _set_state(self, state: JournalState, reason: str = "") -> None:
        self._state, self._reason = state, reason
        for key, (target, write, tip) in list(self._bound.items()):
            try:
                self._apply(target, write, tip)
            except RuntimeError:  # deleted on the C++ side
                self._bound.pop(key, None)
        self.state_did_change.emit(state)

    def unavailable_text(self, write: bool = True) -> str:
        """Why an action cannot be used now ("" if it can)."""
        state = self._state
        if state is JournalState.READY or (state is JournalState.READ_ONLY and not write):
            return ""
        if state is JournalState.OPENING:
            return _tr("The journal is still being opened …")
        if state is JournalState.READ_ONLY:
            return _tr("The journal can only be read: {reason}").format(reason=self._reason)
        if state is JournalState.DAMAGED:
            return _tr("The journal is damaged: {reason}").format(reason=self._reason)
        return _tr("The journal is not available: {reason}").format(reason=self._reason)

    def requires_journal(self, target: Any, write: bool = True, tip: str = "") -> Any:
        """Bind an action or widget to the journal's state: enabled when the journal can be
        read (and written, with `write`), otherwise disabled with the reason as tooltip and
        status tip (`tip` is shown while enabled). Returns the target."""
        key = id(target)
        self._bound[key] = (target, write, tip)
        target.destroyed.connect(lambda *_: self._bound.pop(key, None))
        self._apply(target, write, tip)
        return target

    action_requires_journal = requires_journal

    def _apply(self, target: Any, write: bool, tip: str) -> None:
        why = self.unavailable_text(write)
        target.setEnabled(not why)
        target.setToolTip(why or tip)
        target.setStatusTip(why or tip)

    # --- opening ------------------------------------------------------------------------------

    def use(self, journal: Journal, state: JournalState = JournalState.READY,
            reason: str = "") -> None:
        """Take an opened journal (the app's open, or a test's) and broadcast it."""
        if self._store is not None and self._store is not journal:
            self._store.close()
        self._store = journal
        self._set_state(state, reason)
        self.changed.emit(OpChanges(frozenset({ChangeKind.OPENED})))

    def open(self, recover: Recover | None = None, inform: Inform | None = None,
             read_only_reason: str = "") -> None:
        """Open the journal: check, migrate and set aside damage on the thread pool, then
        open the GUI's connection (`journal_opening`). With `read_only_reason` (the data folder
        cannot be written) it is only read, and nothing is saved."""
        from desktop.ui.common.journal_opening import JournalOpening

        JournalOpening(self, recover, inform).start(read_only_reason)

    def opened(self, journal: Journal) -> None:
        """The GUI's connection is open: use it, then the scheduled upkeep starts."""
        self.status_did_change.emit("", 0)
        self.use(journal)
        if journal.erasure_pending:  # a deletion whose erasure a killed process left
            self.erase_deleted()
        self.apply_retention()
        self._retention.start()
        self.auto_backup()

    def mark_damaged(self, reason: str) -> None:
        """A write found the file damaged: nothing more is written; the next start sets the
        file aside (its integrity check finds it) and offers the newest backup."""
        if self._state is not JournalState.DAMAGED:
            self._set_state(JournalState.DAMAGED, reason)

    # --- changes ------------------------------------------------------------------------------

    def did_change(self, *kinds: ChangeKind, session_ids: Iterable[int] = (),
                   origin: object | None = None) -> None:
        """Broadcast a finished write (call it after the write, never before)."""
        self.changed.emit(OpChanges(frozenset(kinds), frozenset(session_ids), origin))

    # --- autosave that found the lock taken -------------------------------------------------

    def write_failed(self, exc: BaseException) -> str:
        """Handle an autosave failure; returns what the user should read now ("" while a
        lock held elsewhere is retried quietly, the first few times)."""
        from desktop.core.journal import JournalBusy, JournalDamaged

        if isinstance(exc, JournalDamaged):
            self.mark_damaged(str(exc))
            return str(exc)
        if isinstance(exc, JournalBusy):
            self._schedule_retry()
            return "" if self._retries < BUSY_NOTICE_AFTER else str(exc)
        return str(exc)

    def _schedule_retry(self) -> None:
        if not self._retry.isActive():
            self._retry.start(RETRY_MS[min(self._retries, len(RETRY_MS) - 1)])

    def retry_unsaved(self) -> bool:
        """Write what the autosave kept in memory; True when nothing is left unsaved. A lock
        still held elsewhere is tried again shortly (named in the status bar after a few
        tries); other failures are left to the caller."""
        from desktop.core.journal import JournalBusy, JournalError

        store = self._store
        if store is None or not self.writable or not store.unsaved:
            self._retries = 0
            return True
        ids = [s.id for s in store.unsaved if s.id is not None]
        try:
            store.flush()
        except JournalBusy as exc:
            self._retries += 1
            self._schedule_retry()
            if self._retries == BUSY_NOTICE_AFTER:
                self.status_did_change.emit(_tr(
                    "Saving is not possible right now: {error} Your input is kept and will be "
                    "saved as soon as it works again.").format(error=exc), 0)
            return False
        except JournalError as exc:
            log.info("retry of unsaved input failed: %s", exc)
            return False
        if self._retries >= BUSY_NOTICE_AFTER:
            self.status_did_change.emit(_tr("Everything is saved again."), 5000)
        self._retries = 0
        self.did_change(ChangeKind.SESSIONS, session_ids=ids)
        if self._scrub_pending:
            self.scrub()
        return True

    # --- work off the GUI thread -------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """No operation of the service is running on the thread pool (tests, benchmarks)."""
        return self._running == 0

    def _track(self, done: Callable[[Any], None] | None,
               failed: Callable[[BaseException], None] | None
               ) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        """Count an operation as running until one of its callbacks has run."""
        self._running += 1

        def on_done(value: Any) -> None:
            self._running -= 1
            if done is not None:
                done(value)

        def on_failed(exc: BaseException) -> None:
            self._running -= 1
            if failed is not None:
                failed(exc)
            else:
                log.error("journal operation failed: %r", exc)

        return on_done, on_failed

    def run(self, work: Callable[[Journal], T], done: Callable[[T], None] | None = None,
            failed: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None) -> None:
        """Run `work(journal)` on the thread pool over a writing connection of its own."""
        from desktop.ui.common.tasks import run_in_background

        settings, data = self.settings, self.data

        def task() -> T:
            from desktop.core.journal import Journal

            own = Journal.open(data, settings)
            try:
                return work(own)
            finally:
                own.close()

        run_in_background(task, *self._track(done, failed), owner=owner)

    def query(self, work: Callable[[ReadOnlyJournal], T],
              done: Callable[[T], None] | None = None,
              failed: Callable[[BaseException], None] | None = None,
              owner: QObject | None = None) -> None:
        """Run a read `work(reader)` on the thread pool over a read-only connection."""
        from desktop.ui.common.tasks import run_in_background

        database = self.data.database

        def task() -> T:
            from desktop.core.journal.reading import ReadOnlyJournal

            with ReadOnlyJournal(database) as reader:
                return work(reader)

        run_in_background(task, *self._track(done, failed), owner=owner)

    def apply_retention(self) -> None:
        """Delete own cases past the retention period, on the thread pool, with a status
        line; runs after opening and every few hours while the app is open."""
        days = int(self.settings.get("retention_days", 0) or 0)
        if days <= 0 or not self.writable:
            return
        self.status_did_change.emit(_tr("Deleting own-case entries older than {days} days …")
                                    .format(days=days), 0)

        def done(deleted: int) -> None:
            if deleted:
                self.did_change(ChangeKind.DELETED, origin=self)
                self.status_did_change.emit(_tr(
                    "{n} own-case entries older than {days} days were deleted.").format(
                    n=deleted, days=days), 15000)
            else:
                self.status_did_change.emit("", 0)

        def failed(exc: BaseException) -> None:
            log.warning("retention failed: %s", exc)
            self.status_did_change.emit(_tr("Old entries could not be deleted: {error}")
                                        .format(error=exc), 15000)

        self.run(lambda own: own.apply_retention(), done, failed, owner=self)

    def auto_backup(self) -> None:
        """The start-of-day backup (only when something changed), on the thread pool."""
        from desktop.ui.common.tasks import run_in_background

        if not self.writable:
            return
        from desktop.core.journal import backup

        database, folder = self.data.database, backup.backup_folder(self.data, self.settings)
        run_in_background(lambda: backup.auto_backup(database, folder), None,
                          lambda exc: log.warning("automatic backup failed: %s", exc),
                          owner=self)

    def scrub(self, done: Callable[[], None] | None = None) -> None:
        """Merge the search index and empty the WAL (replaced personal data leaves no trace)
        on the thread pool."""
        if not self.writable:
            return
        if self._store is not None and self._store.unsaved:
            # The text is not in the database yet: merge once it has been written.
            self._scrub_pending = True
            return
        self._scrub_pending = False

        def failed(exc: BaseException) -> None:
            log.warning("scrub failed: %s", exc)
            self.status_did_change.emit(str(exc), 15000)

        self.run(lambda own: own.scrub(), (lambda _r: done()) if done else None, failed,
                 owner=self)

    def erase_deleted(self) -> None:
        """Erase deleted entries' words from the search index (`Journal.erase_deleted`, in
        short steps) on the thread pool, after a deletion has been shown."""
        if not self.writable:
            return

        def failed(exc: BaseException) -> None:
            log.warning("erasing deleted entries failed: %s", exc)
            self.status_did_change.emit(str(exc), 15000)

        self.run(lambda own: own.erase_deleted(), None, failed, owner=self)

    def close(self) -> None:
        """Write what is still unsaved (waiting as long as a worker does) and close."""
        store, self._store = self._store, None
        self._retention.stop()
        self._retry.stop()
        if store is not None:
            store.db.conn.execute("PRAGMA busy_timeout = 5000")
            store.close()
            self._set_state(JournalState.UNAVAILABLE, _tr("The journal was closed."))

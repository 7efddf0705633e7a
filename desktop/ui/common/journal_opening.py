"""Opening the journal after the window is shown: check, migrate and set damage aside on the
thread pool, offer the newest backup for a damaged file, fall back to reading only or to no
journal, each with a German message. The service (`journal_service.JournalService`) owns the
state; this module is the one path from "opening" to another state."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.journal_events import Inform, JournalState, Recover

GUI_BUSY_TIMEOUT = 0.04  # s: an autosave waits at most this long for another writer

if TYPE_CHECKING:
    from desktop.core.journal import Journal, JournalDamaged
    from desktop.ui.common.journal_service import JournalService

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal_service", text)


class JournalOpening:
    """One opening of the journal, from start to a final state."""

    def __init__(self, service: JournalService, recover: Recover | None = None,
                 inform: Inform | None = None) -> None:
        from desktop.ui.common.journal_open import ask_restore, inform_with_box

        self.service = service
        self.recover: Recover = recover or ask_restore
        self.inform: Inform = inform or inform_with_box

    def start(self, read_only_reason: str = "") -> None:
        from desktop.ui.common.tasks import run_in_background

        self.service._set_state(JournalState.OPENING)
        self.service.status_did_change.emit(_tr("Opening the journal …"), 0)
        if read_only_reason:
            self._open_read_only(read_only_reason)
            return
        settings, data = self.service.settings, self.service.data

        def prepare() -> None:  # its own connection; closed before the GUI opens one
            from desktop.core.journal import Journal

            Journal.open(data, settings, verify=True).close()

        run_in_background(prepare, lambda _r: self._open_here(),
                          self._open_failed,
                          owner=self.service)

    def _open_here(self) -> None:
        from desktop.core.journal import Journal, JournalError

        try:
            journal = Journal.open(self.service.data, self.service.settings,
                                   busy_timeout=GUI_BUSY_TIMEOUT)
        except JournalError as exc:
            self._open_failed(exc)
            return
        self.service.opened(journal)

    def _open_failed(self, exc: BaseException) -> None:
        from desktop.core.journal import (
            JournalDamaged,
            JournalError,
            JournalNewerSchema,
            JournalNotWritable,
        )

        self.service.status_did_change.emit("", 0)
        if isinstance(exc, JournalDamaged):
            log.warning("journal damaged: %s", exc)
            self.service._set_state(JournalState.DAMAGED, str(exc))
            if self.recover(exc) and exc.backup is not None:
                self._restore_then_open(exc)
            else:
                self._open_here()  # the damaged file is aside: a new journal
            return
        if isinstance(exc, JournalNotWritable):
            self._open_read_only(str(exc))
            return
        if isinstance(exc, JournalNewerSchema):
            reason = str(exc) + " " + _tr("Please use the newer version of the app. Your data "
                                          "stays unchanged.")
        elif isinstance(exc, JournalError):
            reason = str(exc)
        else:
            log.error("journal could not be opened: %r", exc)
            reason = _tr("Unexpected error: {error}").format(error=exc)
        self.service._set_state(JournalState.UNAVAILABLE, reason)
        self.inform(reason, _tr("You can still practise, but nothing you enter in this session "
                           "will be saved."))

    def _restore_then_open(self, damaged: JournalDamaged) -> None:
        backup = damaged.backup
        self.service._set_state(JournalState.OPENING)
        self.service.status_did_change.emit(_tr("Restoring the backup of {label} …").format(
            label=backup.label if backup else ""), 0)

        def restore(own: Journal) -> None:
            if backup is not None:
                own.restore(backup)

        def failed(exc: BaseException) -> None:
            self.inform(str(exc), _tr("The app continues with an empty journal."))
            self._open_here()

        self.service.run(restore, lambda _r: self._open_here(), failed, owner=self.service)

    def _open_read_only(self, reason: str) -> None:
        from desktop.core.journal import Journal, JournalError

        self.service.status_did_change.emit("", 0)
        consequence = _tr("You can practise and read your journal, but nothing you enter is "
                          "saved.")
        try:
            journal = Journal.open_read_only(self.service.data, self.service.settings)
        except JournalError as exc:
            log.warning("journal not readable either: %s", exc)
            self.service._set_state(JournalState.UNAVAILABLE, reason)
            self.inform(reason, _tr("You can still practise, but nothing you enter in this session "
                               "will be saved."))
            return
        self.service.use(journal, JournalState.READ_ONLY, reason)
        self.inform(reason, consequence)

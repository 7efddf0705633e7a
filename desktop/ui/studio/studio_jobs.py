"""The studio's background work while a trainer types: one job at a time per purpose, newest
request wins.

The linter, the dialogue map and the preview each follow the text. A Python worker shares the
interpreter lock with the GUI thread, so two jobs for the same purpose at once only slow every
keystroke down, and a result for text that has changed since is useless. `LatestJob` therefore
runs one job at a time through the one background helper (desktop/ui/common/tasks.py); a
request made while one runs waits, replacing any request already waiting, and only the result
of the newest request is applied (on the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.ui.common.tasks import run_in_background

log = logging.getLogger(__name__)


class LatestJob:
    """Coalesce background requests for one purpose (see the module doc)."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self._serial = 0  # of the newest request
        self._running = False
        self._waiting: tuple[int, Callable[[], Any], Callable[[Any], None]] | None = None

    @property
    def busy(self) -> bool:
        """A job runs or waits: a result is still to come."""
        return self._running or self._waiting is not None

    def submit(self, work: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        """Run `work()` on the pool, then `apply(result)` on the GUI thread unless a newer
        request was made meanwhile."""
        self._serial += 1
        self._waiting = (self._serial, work, apply)
        if not self._running:
            self._start()

    def cancel(self) -> None:
        """Drop the waiting request and the running one's result."""
        self._serial += 1
        self._waiting = None

    def _start(self) -> None:
        assert self._waiting is not None
        serial, work, apply = self._waiting
        self._waiting = None
        self._running = True

        def done(value: Any) -> None:
            self._running = False
            if serial == self._serial:
                apply(value)
            if self._waiting is not None:
                self._start()

        def failed(exc: BaseException) -> None:
            self._running = False
            log.error("studio background job failed: %r", exc)
            if self._waiting is not None:
                self._start()

        run_in_background(work, done, failed, owner=self.owner)

"""Run slow work off the GUI thread: one small helper with success and failure callbacks.

Database and file work that can take longer than ~50 ms goes through `run_in_background`; the
callbacks run on the GUI thread. A task whose owner widget was destroyed drops its callbacks.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the failure callback
            log.debug("background task failed: %s", traceback.format_exc())
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the owner widget is gone, and with it whoever waited
            log.debug("background result dropped: its owner was destroyed")


_pending: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      owner: QObject | None = None) -> None:
    """Run fn on the thread pool; call on_success(result) or on_failure(exc) on the GUI thread."""
    relay = _Relay(owner)
    _pending.add(relay)

    def done(callback: Callable[[Any], None] | None, value: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException):
            log.error("unhandled background failure: %r", value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda exc: done(on_failure, exc))
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """Wait until the pool is idle (tests, shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

"""Run slow work off the GUI thread: one small helper with success and failure callbacks.

Database and file work that can take longer than ~50 ms goes through `run_in_background`; the
callbacks run on the GUI thread. A task whose owner widget was destroyed drops its callbacks.

The relay that carries the result back is owned by the application object, never by the owner
widget and never by Python's reference counts: a worker thread emits on it, and a QObject
deleted while another thread emits on it — with its parent widget on the GUI thread, or when
the worker drops the last Python reference to it — crashes the process (seen as rare segfaults
once more pages rendered on the pool). It is deleted only on the GUI thread, with `deleteLater`
after its result was delivered; whether the owner still exists is checked there, just before
the callback.
"""

from __future__ import annotations

import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

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
        signal.emit(value)  # queued to the relay on the GUI thread, which outlives the task


_pending: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      owner: QObject | None = None) -> None:
    """Run fn on the thread pool; call on_success(result) or on_failure(exc) on the GUI thread."""
    relay = _Relay(QCoreApplication.instance())  # see the module's docstring
    _pending.add(relay)
    owner_ref = weakref.ref(owner) if owner is not None else None

    def done(callback: Callable[[Any], None] | None, value: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if owner_ref is not None:
            alive = owner_ref()
            if alive is None or not shiboken6.isValid(alive):
                log.debug("background result dropped: its owner was destroyed")
                return
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

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

`LatestJob` sits on top for work that follows what the user does (the studio's linter, map and
preview following the text; a list re-read after each filter change): one job at a time per
purpose, and the newest request wins.
"""

from __future__ import annotations

import logging
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

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


class Starter(Protocol):
    """How a `LatestJob` starts its work: `run_in_background`, or a service's method of the
    same shape that hands the work what it needs (`JournalService.query` gives it a reader)."""

    def __call__(self, work: Callable[..., Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None], /, *, owner: QObject) -> None: ...


class LatestJob:
    """Background requests for one purpose, coalesced: one job at a time, newest request wins.

    A Python worker shares the interpreter lock with the GUI thread, so two jobs for the same
    purpose at once only slow every keystroke down, and a result for input that has changed
    since is useless (worse: an older job that finishes last would overwrite a newer result).
    So a request made while a job runs waits, replacing any request already waiting, and only
    the newest request's result (or failure) is delivered, on the GUI thread."""

    def __init__(self, owner: QObject, start: Starter = run_in_background) -> None:
        self.owner = owner
        self._start_work = start
        self._serial = 0  # of the newest request
        self._running = False
        self._waiting: _Request | None = None

    @property
    def busy(self) -> bool:
        """A job runs or waits: a result is still to come."""
        return self._running or self._waiting is not None

    def submit(self, work: Callable[..., Any], apply: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None) -> None:
        """Run `work` on the pool, then `apply(result)` (or `failed(exc)`; logged without one)
        on the GUI thread, unless a newer request was made meanwhile."""
        self._serial += 1
        self._waiting = _Request(self._serial, work, apply, failed)
        if not self._running:
            self._start()

    def cancel(self) -> None:
        """Drop the waiting request and the running one's result."""
        self._serial += 1
        self._waiting = None

    def _start(self) -> None:
        assert self._waiting is not None
        request, self._waiting = self._waiting, None
        self._running = True

        def finish(value: Any, callback: Callable[[Any], None] | None) -> None:
            self._running = False
            if request.serial == self._serial:
                if callback is not None:
                    callback(value)
                elif isinstance(value, BaseException):
                    log.error("background job failed: %r", value)
            if self._waiting is not None:
                self._start()

        self._start_work(request.work, lambda value: finish(value, request.apply),
                         lambda exc: finish(exc, request.failed), owner=self.owner)


@dataclass(frozen=True)
class _Request:
    serial: int
    work: Callable[..., Any]
    apply: Callable[[Any], None]
    failed: Callable[[BaseException], None] | None

"""The one background helper: `run_in_background` and `LatestJob` on the real thread pool."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desktop.ui.common.tasks import LatestJob, run_in_background


def test_newest_request_wins_and_requests_in_between_never_run(qtbot):
    """Five requests while the first job runs: the first runs to its end (its result is
    dropped), the three in between never run, the newest runs next and only its result is
    applied; at no time do two jobs run at once."""
    owner = QWidget()
    qtbot.addWidget(owner)
    job = LatestJob(owner)
    release = threading.Event()
    ran: list[int] = []
    applied: list[int] = []
    running = [0]
    overlap = [False]
    lock = threading.Lock()

    def work(n: int) -> int:
        with lock:
            running[0] += 1
            overlap[0] |= running[0] > 1
        if n == 0:
            release.wait(5)
        ran.append(n)
        with lock:
            running[0] -= 1
        return n

    for n in range(5):
        job.submit(lambda n=n: work(n), applied.append)
    assert job.busy
    release.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=5000)
    assert ran == [0, 4]
    assert applied == [4]
    assert not overlap[0]


def test_a_failure_reaches_the_newest_request_only(qtbot):
    """A job that fails calls the failure callback of its request when it is the newest; an
    older request's failure is dropped like its result."""
    owner = QWidget()
    qtbot.addWidget(owner)
    job = LatestJob(owner)
    failures: list[str] = []

    def boom() -> None:
        raise ValueError("kaputt")

    job.submit(boom, lambda _v: None, lambda exc: failures.append(str(exc)))
    qtbot.waitUntil(lambda: not job.busy, timeout=5000)
    assert failures == ["kaputt"]

    release = threading.Event()

    def slow_boom() -> None:
        release.wait(5)
        raise ValueError("alt")

    applied: list[int] = []
    job.submit(slow_boom, lambda _v: None, lambda exc: failures.append(str(exc)))
    job.submit(lambda: 7, applied.append, lambda exc: failures.append(str(exc)))
    release.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=5000)
    assert failures == ["kaputt"] and applied == [7]


def test_cancel_drops_the_running_result(qtbot):
    """After `cancel`, the running job's result is not applied and the waiting one not run."""
    owner = QWidget()
    qtbot.addWidget(owner)
    job = LatestJob(owner)
    release = threading.Event()
    applied: list[str] = []
    job.submit(lambda: release.wait(5) and "first", applied.append)
    job.submit(lambda: "second", applied.append)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=5000)
    qtbot.wait(50)
    assert applied == []


def test_a_service_starter_hands_the_work_its_argument(qtbot):
    """A `LatestJob` can start its work through a service of run_in_background's shape that
    passes the work an argument (as the journal service passes a reader)."""
    owner = QWidget()
    qtbot.addWidget(owner)

    def with_reader(work, on_success, on_failure, *, owner):
        run_in_background(lambda: work("reader"), on_success, on_failure, owner=owner)

    job = LatestJob(owner, start=with_reader)
    applied: list[str] = []
    job.submit(lambda reader: reader.upper(), applied.append)
    qtbot.waitUntil(lambda: applied == ["READER"], timeout=5000)

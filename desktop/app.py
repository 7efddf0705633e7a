"""Composition root: paths, settings, single instance, translations, journal, window, library.

The window is shown before the scenario library has loaded: parsing runs on the thread pool
and the pages fill in when it arrives.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME
from desktop.core import config, paths
from desktop.core.gcpause import gc_paused

if TYPE_CHECKING:
    from desktop.core.journal import Journal
    from desktop.ui.common.context import AppContext
    from desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
EXIT_WHEN_IDLE = "GESPRAECHSKOMPASS_EXIT_WHEN_IDLE"


def setup_logging(data: paths.DataPaths) -> None:
    # One rotation at start instead of RotatingFileHandler: logging.handlers pulls in socket
    # and friends, which the start of a desktop app does not need.
    log_file = data.logs / "gespraechskompass.log"
    try:
        data.logs.mkdir(parents=True, exist_ok=True)
        if log_file.exists() and log_file.stat().st_size > 500_000:
            for index in (2, 1):
                older = log_file.with_suffix(f".log.{index}")
                if older.exists():
                    os.replace(older, log_file.with_suffix(f".log.{index + 1}"))
            os.replace(log_file, log_file.with_suffix(".log.1"))
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def resolve_settings() -> tuple[config.Settings, paths.DataPaths]:
    """Settings from the default data folder; user data where policy or settings point (the
    same resolution every command line command uses: config.resolve_settings)."""
    return config.resolve_settings()


def build_window(settings: config.Settings, data: paths.DataPaths,
                 journal: Journal | None = None) -> tuple[AppContext, MainWindow]:
    """Build the context, its appearance and practice controller, and the main window with
    all pages (used by the app, tests, self-test). The theme and text size in the settings
    are applied before the first widget is made."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common.appearance import Appearance
    from desktop.ui.common.context import AppContext
    from desktop.ui.practice.practice_controller import PracticeController
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.pages import install_pages

    ctx = AppContext(settings, data, journal)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "build_window needs a QApplication"
    Appearance(ctx, app).apply_start()  # owned by the context; applies every later change
    window = MainWindow(ctx)
    ctx.practice = PracticeController(ctx, window)
    install_pages(window, ctx)
    return ctx, window


def load_library_async(ctx: AppContext) -> None:
    """Load the scenario library on the thread pool (`AppContext.reload_library`)."""
    ctx.reload_library()


PRELOAD_DELAY_MS = 3000  # after the start has settled: the user is reading the start page
PAGE_MODULES = ("desktop.ui.practice.browser_page", "desktop.ui.practice.techniques_page",
                "desktop.ui.practice.before_page", "desktop.ui.journal.journal_page", "desktop.ui.statistics.stats_page",
                "desktop.ui.practice.session_view", "desktop.ui.settings.settings_dialog",
                "desktop.ui.journal.share_dialog")
SUPERVISOR_MODULES = ("desktop.ui.supervision.supervision_page", "desktop.ui.supervision.team_page")


def start_services(ctx, read_only: str = "", **open_args) -> None:
    """What follows the shown window: the journal opened (checked, migrated, then retention
    and the start-of-day backup, all on the thread pool), the library loaded, and a little
    later the page modules imported in the background."""
    from PySide6.QtCore import QTimer

    ctx.journal.open(read_only_reason=read_only, **open_args)
    load_library_async(ctx)
    QTimer.singleShot(PRELOAD_DELAY_MS, lambda: preload_pages(ctx))


def preload_pages(ctx) -> None:
    """Import the pages' modules on the thread pool, so that showing a page for the first
    time builds widgets instead of waiting 0.1–0.3 s for imports on the GUI thread (a worker
    yields the interpreter every few milliseconds)."""
    import importlib

    from desktop.ui.common.tasks import run_in_background

    names = PAGE_MODULES + (SUPERVISOR_MODULES if ctx.settings.get("supervisor_workspace")
                            else ())
    run_in_background(lambda: [importlib.import_module(name) for name in names], None,
                      lambda exc: log.warning("preloading pages failed: %r", exc))


def peak_rss_kb() -> int:
    """This process's peak resident memory (Linux VmHWM; 0 where unknown). Measured by the
    process itself: a parent's ru_maxrss for a child also counts the image it was forked from."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def not_writable_text(app, data: paths.DataPaths, problem: str) -> str:
    return app.translate(
        "app", "The data folder {folder} cannot be written ({problem}), so nothing can be "
        "saved. Free some space or ask your IT to make the folder writable.").format(
        folder=data.root, problem=problem)


def lock_problem(app, data: paths.DataPaths) -> str:
    """Why the lock file could not be made: read-only folder or a full disk, in words."""
    probe = data.root / ".gk-write-test"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"x" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        import errno

        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return app.translate("app", "the disk is full")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return app.translate("app", "the folder is read-only")
        return exc.strerror or str(exc)
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
    return app.translate("app", "the lock file cannot be created")


def install_accessibility(app) -> None:
    """Visible focus on every control in every theme, and the roles Qt lacks
    (desktop.ui.common.a11y). Installed right after the first frame: the module builds
    PySide6's `Qt` namespace and QAccessible's enums (about a tenth of the start), and the
    first frame needs neither; the control focused by then gets its ring at once."""
    from desktop.ui.common import a11y

    a11y.install(app)


def run() -> int:
    """Start the GUI; returns the exit code.

    The window is built and shown first; the journal is opened and the library loaded right
    after the first idle pass, so a caseworker sees the app at once (principle 4).
    """
    # Importing Qt and building the window make a hundred thousand lasting objects: the
    # collector is paused until the window is shown (about 6 % of the start), at the latest
    # until run() returns (a second start, say, returns before any window).
    with gc_paused():
        return _run()


def _run() -> int:
    settings, data = resolve_settings()
    setup_logging(data)
    from PySide6.QtCore import QLockFile, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common import i18n

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Gespraechskompass")
    app.setApplicationDisplayName(APP_NAME)
    i18n.install(app, settings.get("language", "de"))
    read_only = ""  # why the journal can only be read (nothing is saved), if so
    try:
        data.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        read_only = not_writable_text(app, data, exc.strerror or str(exc))
    lock = QLockFile(str(data.lock_file))
    lock.setStaleLockTime(0)
    locked = not read_only and lock.tryLock(100)
    if not read_only and not locked:
        # Another instance holds a lock file it wrote (its pid is in it); anything else (no
        # permission, a full disk, something unreadable in its place) is not "already open".
        if lock.error() == QLockFile.LockError.LockFailedError and lock.getLockInfo()[0] > 0:
            from PySide6.QtWidgets import QMessageBox  # 1 ms: only for this message

            install_accessibility(app)
            QMessageBox.information(None, APP_NAME, app.translate(
                "app", "Gesprächskompass is already open. Please switch to the open window."))
            return 1
        # No other instance: the lock file itself cannot be written (a read-only folder, a
        # full disk). The user can still practise and read; nothing is saved, and says so.
        log.warning("lock file %s cannot be written: %s", data.lock_file, lock.error())
        read_only = not_writable_text(app, data, lock_problem(app, data))

    ctx, window = build_window(settings, data)
    window.show()
    for problem in settings.problems:
        window.show_status(problem, 15000)
    bench = os.environ.get(EXIT_WHEN_IDLE, "")
    if bench:
        # Benchmarks: note when the window is shown and the event loop idle, then quit once
        # the start has finished (bench/bench_startup.py reads the line); with "shown", quit
        # at once (bench/bench_instructions.py counts the instructions up to that point).
        def idle() -> None:
            print(f"gk-idle {time.time():.6f}", file=sys.stderr, flush=True)
            print(f"gk-cpu {time.process_time():.6f}", file=sys.stderr, flush=True)
            if bench == "shown":
                app.quit()

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))

    def finish_start() -> None:
        if bench == "shown":
            return
        service = ctx.journal
        start_services(ctx, read_only)
        if bench:
            from desktop.ui.common.journal_service import JournalState
            from desktop.ui.common.tasks import wait_for_background

            def quit_when_open(state: JournalState) -> None:
                if state is not JournalState.OPENING:
                    wait_for_background(30_000)
                    QTimer.singleShot(0, lambda: (print(f"gk-peak-kb {peak_rss_kb()}",
                                                        file=sys.stderr, flush=True),
                                                  app.quit()))

            service.state_did_change.connect(quit_when_open)

    def resume_gc_and_finish() -> None:
        gc.freeze()  # what the start made lives as long as the app: never scan it again
        gc.enable()
        finish_start()

    def after_first_frame() -> None:
        install_accessibility(app)
        QTimer.singleShot(0, resume_gc_and_finish)  # its own pass: each stays short

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, after_first_frame))
    code = app.exec()
    from desktop.ui.common.tasks import wait_for_background

    wait_for_background(30_000)  # the start-of-day backup or the library load may still run
    service = ctx.journal
    writable = service.writable
    service.close()
    if writable:
        from desktop.core.journal import backup

        try:  # only when something changed since the last backup
            backup.auto_backup(data.database, backup.backup_folder(data, settings))
        except Exception as exc:  # noqa: BLE001 - a failed backup must not lose the exit
            log.warning("backup at exit failed: %s", exc)
    if locked:
        lock.unlock()
    return code

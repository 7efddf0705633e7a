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

from desktop import APP_NAME
from desktop.core import config, paths
from desktop.core.gcpause import gc_paused

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


def build_window(settings: config.Settings, data: paths.DataPaths, journal=None):
    """Build the context and main window with all pages (used by the app, tests, self-test)."""
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages import install_pages

    ctx = AppContext(settings, data, journal)
    window = MainWindow(ctx)
    install_pages(window, ctx)
    return ctx, window


def load_library_async(ctx) -> None:
    from desktop.core.scenarios.library import ParseCache, configured_folders, load_library
    from desktop.ui.tasks import run_in_background

    folders = configured_folders(ctx.settings)
    cache_file = ctx.data.scenario_cache

    def work():
        return load_library(folders, ParseCache(cache_file))

    def failed(exc: BaseException) -> None:
        # A bug, not a broken file (those are findings): the pages must not wait for ever.
        from desktop.core.scenarios.library import Library
        from desktop.core.scenarios.model import Finding, Severity

        log.error("library failed to load: %r", exc)
        ctx.set_library(Library(findings=[Finding(
            "scenarios", 0, Severity.ERROR,
            f"Die Szenarien konnten nicht geladen werden ({exc}). Bitte wenden Sie sich an "
            "Ihre IT; das Protokoll im Datenordner nennt Einzelheiten.")]))

    run_in_background(work, ctx.set_library, failed)


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


def _backup_async(journal) -> None:
    """The start-of-day backup runs on the thread pool (it opens its own connection)."""
    from desktop.ui.tasks import run_in_background

    run_in_background(journal.auto_backup, None,
                      lambda exc: log.warning("automatic backup failed: %s", exc))


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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Gespraechskompass")
    app.setApplicationDisplayName(APP_NAME)
    i18n.install(app, settings.get("language", "de"))
    if settings.get("theme", "system") != "system" or settings.get("font_size"):
        from desktop.ui import theme  # the system look needs none of it

        if settings.get("theme", "system") != "system":
            theme.apply_theme(app, settings.get("theme"))
        if settings.get("font_size"):
            theme.apply_font_size(app, settings.get("font_size"))

    try:
        data.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, app.translate(
            "app", "The data folder {folder} cannot be created: {error}").format(
            folder=data.root, error=exc.strerror))
        return 1
    lock = QLockFile(str(data.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        QMessageBox.information(None, APP_NAME, app.translate(
            "app", "Gesprächskompass is already open. Please switch to the open window."))
        return 1

    ctx, window = build_window(settings, data)
    window.show()
    for problem in settings.problems:
        window.statusBar().showMessage(problem, 15000)
    bench = os.environ.get(EXIT_WHEN_IDLE, "")
    if bench:
        # Benchmarks: note when the window is shown and the event loop idle, then quit once
        # the start has finished (bench/bench_startup.py reads the line); with "shown", quit
        # at once (bench/bench_instructions.py counts the instructions up to that point).
        def idle() -> None:
            print(f"gk-idle {time.time():.6f}", file=sys.stderr, flush=True)
            if bench == "shown":
                app.quit()

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))

    def finish_start() -> None:
        if bench == "shown":
            return
        from desktop.ui.journal_open import open_journal_interactive

        ctx.set_journal(open_journal_interactive(settings, data))
        load_library_async(ctx)
        if ctx.journal is not None:
            _backup_async(ctx.journal)
        if bench:
            from desktop.ui.tasks import wait_for_background

            wait_for_background(30_000)
            QTimer.singleShot(0, lambda: (print(f"gk-peak-kb {peak_rss_kb()}", file=sys.stderr,
                                                flush=True), app.quit()))

    def resume_gc_and_finish() -> None:
        gc.freeze()  # what the start made lives as long as the app: never scan it again
        gc.enable()
        finish_start()

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, resume_gc_and_finish))
    code = app.exec()
    from desktop.ui.tasks import wait_for_background

    wait_for_background(30_000)  # the start-of-day backup or the library load may still run
    journal = ctx.journal
    if journal is not None:
        journal.close()
        try:
            journal.auto_backup()  # only when something changed since the last backup
        except Exception as exc:  # noqa: BLE001 - a failed backup must not lose the exit
            log.warning("backup at exit failed: %s", exc)
    lock.unlock()
    return code

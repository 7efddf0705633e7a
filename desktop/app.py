"""Composition root: paths, settings, single instance, translations, journal, window, library.

The window is shown before the scenario library has loaded: parsing runs on the thread pool
and the pages fill in when it arrives.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from desktop import APP_NAME
from desktop.core import config, paths

log = logging.getLogger(__name__)
EXIT_WHEN_IDLE = "GESPRAECHSKOMPASS_EXIT_WHEN_IDLE"


def setup_logging(data: paths.DataPaths) -> None:
    try:
        data.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            data.logs / "gespraechskompass.log", maxBytes=500_000, backupCount=3,
            encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def resolve_settings() -> tuple[config.Settings, paths.DataPaths]:
    """Settings from the default data folder; user data where policy or settings point."""
    home = paths.data_paths()
    settings = config.load(home.settings)
    folder = settings.get("data_folder")
    data = paths.DataPaths(Path(folder).expanduser()) if folder else home
    return settings, data


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
    cache_file = ctx.data.cache / "scenarios.pickle"

    def work():
        return load_library(folders, ParseCache(cache_file))

    def failed(exc: BaseException) -> None:
        log.error("library failed to load: %r", exc)

    run_in_background(work, ctx.set_library, failed)


def _backup_async(journal) -> None:
    """The start-of-day backup runs on the thread pool (it opens its own connection)."""
    from desktop.ui.tasks import run_in_background

    run_in_background(journal.auto_backup, None,
                      lambda exc: log.warning("automatic backup failed: %s", exc))


def run() -> int:
    """Start the GUI; returns the exit code."""
    settings, data = resolve_settings()
    setup_logging(data)
    from PySide6.QtCore import QLockFile, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui import i18n, theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Gespraechskompass")
    app.setApplicationDisplayName(APP_NAME)
    i18n.install(app, settings.get("language", "de"))
    theme.remember_system_defaults(app)
    theme.apply_theme(app, settings.get("theme", "system"))
    if settings.get("font_size"):
        theme.apply_font_size(app, settings.get("font_size"))

    try:
        data.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, app.translate(
            "app", "Der Datenordner {folder} kann nicht angelegt werden: {error}").format(
            folder=data.root, error=exc.strerror))
        return 1
    lock = QLockFile(str(data.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        QMessageBox.information(None, APP_NAME, app.translate(
            "app", "Gesprächskompass ist bereits geöffnet. Bitte wechseln Sie zum offenen "
                   "Fenster."))
        return 1

    from desktop.ui.journal_open import open_journal_interactive

    journal = open_journal_interactive(settings, data)
    ctx, window = build_window(settings, data, journal)
    window.show()
    load_library_async(ctx)
    if journal is not None:
        _backup_async(journal)
    for problem in settings.problems:
        window.statusBar().showMessage(problem, 15000)
    if os.environ.get(EXIT_WHEN_IDLE):
        # Benchmarks: leave as soon as the first frame is painted and the event loop is idle.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
    code = app.exec()
    from desktop.ui.tasks import wait_for_background

    wait_for_background(30_000)  # the start-of-day backup or the library load may still run
    if journal is not None:
        journal.close()
        try:
            journal.auto_backup()  # only when something changed since the last backup
        except Exception as exc:  # noqa: BLE001 - a failed backup must not lose the exit
            log.warning("backup at exit failed: %s", exc)
    lock.unlock()
    return code

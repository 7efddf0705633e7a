"""What every screen gets through its constructor: settings, paths, library, the journal
service, the practice controller, and the change notifications each screen listens to (so
each decides itself whether to refresh)."""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.common.journal_service import JournalService

if TYPE_CHECKING:  # the window is shown before these are needed
    from desktop.core.config import Settings
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from desktop.core.practice import SessionKind
    from desktop.core.scenarios.library import Library
    from desktop.ui.common.navigation import Practice

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Services and change broadcasts: `library_did_load`, `settings_did_change`,
    `journal.changed`, …

    `journal` is the journal service: always there, with a state; the core journal is
    `journal.store` once it is readable. `practice` is the practice controller (None in a
    context built without a window, as some tests do)."""

    library_did_load = Signal(object)  # Library
    settings_did_change = Signal(str)  # key
    technique_requested = Signal(str)  # technique id
    session_requested = Signal(object)  # a session id (int) to continue
    scenario_requested = Signal(str)  # a scenario id to start
    moment_requested = Signal()  # start a Zwischendurch moment
    own_case_requested = Signal()  # start reflecting on a real case
    exercise_requested = Signal(str)  # a Verständlich-erklären exercise id ("" = least practised)

    def __init__(self, settings: Settings, data: DataPaths, journal: Journal | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data = data
        self.journal = JournalService(settings, data, journal, self)
        self.library: Library | None = None
        self.practice: Practice | None = None

    def set_library(self, library: Library) -> None:
        self.library = library
        self.library_did_load.emit(library)

    def reload_library(self) -> None:
        """Parse the configured scenario folders again on the thread pool; the pages hear
        `library_did_load` when it arrives (also at start, after the window is shown).

        The scenario modules are imported on the worker too: at start nothing has imported
        them yet, and importing the parser, model and tomllib on the GUI thread blocked it
        for 100–130 ms right after the window was shown."""
        from desktop.ui.common.tasks import run_in_background

        settings, cache_file = self.settings, self.data.scenario_cache

        def work() -> Library:
            from desktop.core.scenarios.library import (
                ParseCache,
                configured_folders,
                load_library,
            )

            return load_library(configured_folders(settings), ParseCache(cache_file))

        run_in_background(work, self.set_library, self._library_failed)

    def _library_failed(self, exc: BaseException) -> None:
        # A bug, not a broken file (those are findings): the pages must not wait for ever.
        from desktop.core.scenarios.library import Library
        from desktop.core.scenarios.model import Finding, Severity

        log.error("library failed to load: %r", exc)
        self.set_library(Library(findings=[Finding(
            "scenarios", 0, Severity.ERROR,
            f"Die Szenarien konnten nicht geladen werden ({exc}). Bitte wenden Sie sich an "
            "Ihre IT; das Protokoll im Datenordner nennt Einzelheiten.")]))

    def change_setting(self, key: str, value: Any) -> None:
        """Store a setting and tell everyone who listens (the appearance, the menus, pages).
        A setting IT locked raises `ConfigError` and nothing changes."""
        self.settings.set(key, value)
        self.settings_did_change.emit(key)

    def release_sessions(self, ids: Collection[int] | None = None,
                         kinds: Collection[SessionKind] | None = None) -> None:
        """Close the running practice session if it is one of `ids` or `kinds` (None: any),
        before its entry is deleted or replaced, so its autosave cannot write it back."""
        if self.practice is not None:
            self.practice.release_sessions(ids, kinds)

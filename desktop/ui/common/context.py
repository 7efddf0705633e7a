"""What every screen gets through its constructor: settings, paths, library, the journal
service, and the change notifications each screen listens to (so each decides itself whether
to refresh)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.common.journal_service import JournalService

if TYPE_CHECKING:  # the window is shown before these are needed
    from desktop.core.config import Settings
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from desktop.core.scenarios.library import Library


class AppContext(QObject):
    """Services and change broadcasts: `library_did_load`, `journal.changed`, …

    `journal` is the journal service: always there, with a state; the core journal is
    `journal.store` once it is readable."""

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

    def set_library(self, library: Library) -> None:
        self.library = library
        self.library_did_load.emit(library)

    def change_setting(self, key: str, value: Any) -> None:
        self.settings.set(key, value)
        self.settings_did_change.emit(key)

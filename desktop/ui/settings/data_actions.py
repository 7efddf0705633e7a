"""What the settings' data and backup tabs do with the journal, handed in by the shell.

The settings room does not import the journal room: exporting, deleting everything, the
retention period, the progress dialog and work on a journal connection of its own come from
`desktop.ui.journal` through the shell (`desktop.ui.shell.pages.data_actions`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

FolderChooser = Callable[[QWidget, str, str], str]  # (parent, caption, start) → folder or ""
Confirm = Callable[[QWidget, str, str, str], bool]  # (parent, title, text, action) → go ahead
FolderOpener = Callable[[Path], None]
Done = Callable[[int], None]
# run_with_progress(parent, title, text, work(reporter), on_success, on_failure, cancellable)
RunWithProgress = Callable[..., Any]


@dataclass(frozen=True)
class DataActions:
    export_all: Callable[[QWidget, FolderChooser], object]
    delete_all: Callable[[QWidget, Done], object]
    apply_retention: Callable[[QWidget, int, Confirm, Done], bool]
    run_with_progress: RunWithProgress
    # in_own_journal(fn(journal)) → work for run_with_progress on a connection of its own
    in_own_journal: Callable[[Callable[[Any], Any]], Callable[[Any], Any]]
    confirm: Confirm
    choose_folder: FolderChooser

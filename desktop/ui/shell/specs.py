"""The shell's declarations: pages and menu actions as data (the lists are in
`desktop.ui.shell.pages`), and how an action gets its keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    """A page: its key, its label in the navigation, how to build it; `setting` names the
    switch that shows it (the page comes and goes when the setting changes)."""

    key: str
    label: str
    factory: Callable[[], QWidget]
    in_navigation: bool = True
    setting: str | None = None


@dataclass(frozen=True)
class ActionSpec:
    """A menu action: `journal` "read"/"write" keeps it disabled (saying why) until the
    journal can be read/written; `preferences` gives it the platform's preferences role."""

    name: str
    text: str
    handler: Callable[[], object]
    shortcut: str | None = None
    journal: Literal["read", "write"] | None = None
    preferences: bool = False


SEPARATOR = None  # between groups of ActionSpecs


def set_shortcut(action: QAction, shortcut: QKeySequence.StandardKey | str) -> None:
    """Give an action its key: a standard key with every binding the platform has for it
    (Ctrl++ and Ctrl+= for ZoomIn), or one sequence such as "Ctrl+E".

    `setShortcuts` rather than `setShortcut`: the latter's overloads make PySide6 build its
    whole `Qt` namespace, which the start would wait for (see NavItem).
    """
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    else:
        action.setShortcuts([QKeySequence(shortcut)])

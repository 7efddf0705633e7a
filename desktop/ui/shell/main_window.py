"""The main window: navigation on the left, one page at a time on the right.

Pages and File-menu actions are declared as data (`PageSpec`, `ActionSpec`; the lists are in
`desktop.ui.shell.pages`) and pages are built the first time they are shown, so the window
appears at once and start-up does only what the first screen needs. The window is the pages'
`Navigator` (desktop.ui.common.navigation); a page never reaches further into it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSignalBlocker, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.ui.common.context import AppContext
from desktop.ui.common.navigation import FlushingPage, QuitGuard, ShownPage
from desktop.ui.shell.assist import FocusFollower, StatusLine
from desktop.ui.shell.nav_list import ICONS_AFTER_MS, NavigationList
from desktop.ui.shell.specs import SEPARATOR, ActionSpec, PageSpec, set_shortcut

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # an event class makes PySide6 build QEvent's enums

__all__ = ["SEPARATOR", "ActionSpec", "MainWindow", "PageSpec", "set_shortcut"]
log = logging.getLogger(__name__)


def _keyboard_splitters(*pages: QWidget) -> None:
    """Every divider on the pages a Tab stop the arrow keys move (common/splitters.py)."""
    for page in pages:
        splitters = page.findChildren(QSplitter) if shiboken6.isValid(page) else []
        if splitters:
            from desktop.ui.common.splitters import keyboard_splitter

            for splitter in splitters:
                keyboard_splitter(splitter)


class MainWindow(QMainWindow):
    """The application window and the pages' `Navigator`."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(720, 480))
        self._pages: dict[str, QWidget] = {}
        self._specs: dict[str, PageSpec] = {}
        self._switched: dict[str, list[PageSpec]] = {}  # setting → the pages it shows
        self._shown = False
        self._built_before_shown: list[QWidget] = []
        self.actions_by_name: dict[str, QAction] = {}
        self._nav = NavigationList()
        self._nav.currentRowChanged.connect(self._on_nav_row_change)
        self._stack = QStackedWidget()
        self._stack.setAccessibleName(self.tr("Content"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.focus_follower = FocusFollower(self)
        ctx.journal.status_did_change.connect(self._on_journal_status)
        ctx.library_did_load.connect(self._on_library_load)
        ctx.technique_requested.connect(self._on_technique_requested)
        ctx.settings_did_change.connect(self._on_setting_change)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt API
        # Not showEvent: no Python event handler runs before the first frame (nav_list.py).
        super().setVisible(visible)
        if visible and not self._shown:
            self._shown = True
            self._nav.start_icons()
            # The start page's dividers (if it had any) a moment after the first frame: no
            # key can reach them before, and the search wraps each of the page's widgets for
            # Python (about 2 ms for Heute).
            pages, self._built_before_shown = self._built_before_shown, []
            QTimer.singleShot(ICONS_AFTER_MS, self, lambda: _keyboard_splitters(*pages))

    # --- pages -------------------------------------------------------------------------------

    def add_page(self, spec: PageSpec) -> None:
        self._specs[spec.key] = spec
        if spec.in_navigation:
            self._nav.add(spec.label, spec.key)

    def add_pages(self, specs: tuple[PageSpec, ...]) -> None:
        """Add the pages in order; a page with a `setting` only while that setting is on."""
        for spec in specs:
            if spec.setting is None or self.ctx.settings.get(spec.setting):
                self.add_page(spec)
            if spec.setting is not None:
                self._switched.setdefault(spec.setting, []).append(spec)

    def page(self, key: str) -> QWidget:
        """The page widget, built on first use."""
        if key not in self._pages:
            widget = self._specs[key].factory()
            widget.setObjectName(f"page-{key}")
            if not widget.accessibleName():
                widget.setAccessibleName(self._specs[key].label)
            if self._shown:
                _keyboard_splitters(widget)
            else:
                self._built_before_shown.append(widget)
            self._pages[key] = widget
            self._stack.addWidget(widget)
        return self._pages[key]

    def page_keys(self) -> list[str]:
        return list(self._specs)

    def has_page(self, key: str) -> bool:
        return key in self._specs

    def show_page(self, key: str) -> QWidget | None:
        if key not in self._specs:
            return None
        widget = self.page(key)
        self._stack.setCurrentWidget(widget)
        self._nav.select(key)
        if isinstance(widget, ShownPage):
            widget.on_show()
        return widget

    def open_transient_page(self, key: str, widget: QWidget, label: str) -> None:
        """Show a page that exists only for a while (the running session), first in the list."""
        self.close_transient_page(key)
        self._specs[key] = PageSpec(key, label, lambda: widget)
        self._nav.add(label, key, first=True)
        self.show_page(key)

    def close_transient_page(self, key: str) -> None:
        """Remove a page: its spec, its widget, its navigation entry."""
        widget = self._pages.pop(key, None)
        self._specs.pop(key, None)
        self._nav.remove(key)
        if widget is not None:
            self._stack.removeWidget(widget)
            widget.deleteLater()

    def current_page_key(self) -> str | None:
        current = self._stack.currentWidget()
        for key, widget in self._pages.items():
            if widget is current:
                return key
        return None

    def dialog_parent(self) -> QWidget:
        return self

    def _on_nav_row_change(self, row: int) -> None:
        key = self._nav.key_at(row)
        if key is not None:
            self.show_page(key)

    def _switch_page(self, spec: PageSpec, on: bool) -> None:
        """A page switched on or off in the settings: add it (at the end of the list), or
        remove it (showing the start page if it was on screen)."""
        if on and spec.key not in self._specs:
            self.add_page(spec)
        elif not on and spec.key in self._specs:
            if self.current_page_key() == spec.key:
                self.show_page("home")
            self.close_transient_page(spec.key)

    # --- menus -------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[..., object],
                shortcut: QKeySequence.StandardKey | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)  # QAction(text, parent) makes PySide6 build QIcon (an overload)
        action.setText(text)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setToolTipsVisible(True)  # a disabled action says why (journal state)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self._action(self.tr("&Larger text"), lambda: self.change_font(+1),
                                    QKeySequence.StandardKey.ZoomIn))
        view.addAction(self._action(self.tr("&Smaller text"), lambda: self.change_font(-1),
                                    QKeySequence.StandardKey.ZoomOut))
        view.addAction(self._action(self.tr("&Normal text size"), lambda: self.change_font(0),
                                    "Ctrl+0"))
        self.contrast_action = self._action(self.tr("&High contrast"), self._toggle_contrast,
                                            checkable=True)
        self.contrast_action.setChecked(self.ctx.settings.get("theme") == "high-contrast")
        self.contrast_action.setEnabled(not self.ctx.settings.is_locked("theme"))
        view.addAction(self.contrast_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.problems_action = self._action(self.tr("&Faulty scenario files …"),
                                            self.show_library_problems)
        self.problems_action.setEnabled(False)
        self.help_menu.addAction(self.problems_action)
        self.help_menu.addAction(self._action(self.tr("&About Gesprächskompass"), self._about))

    def add_file_actions(self, specs: tuple[ActionSpec | None, ...]) -> None:
        """Build the File menu's actions above "Quit" from their declarations."""
        for spec in specs:
            if spec is None:
                self.file_menu.insertSeparator(self.quit_action)
                continue
            action = self._action(spec.text, spec.handler, spec.shortcut)
            if spec.preferences:
                action.setMenuRole(QAction.MenuRole.PreferencesRole)
            if spec.journal is not None:  # the journal opens after the window is shown
                self.ctx.journal.requires_journal(action, write=spec.journal == "write")
            self.file_menu.insertAction(self.quit_action, action)
            self.actions_by_name[spec.name] = action

    def change_font(self, step: int) -> None:
        """Ctrl+Plus / Ctrl+Minus / Ctrl+0: a larger, smaller or the system text size. Only
        the setting changes; the appearance applies it. A size IT fixed stays as it is."""
        if self.ctx.settings.is_locked("font_size"):
            self.show_status(self.tr("The text size is set by your IT."), 8000)
            return
        from desktop.ui.common.appearance import stepped_font_size

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.ctx.change_setting("font_size", stepped_font_size(app, step))

    def _toggle_contrast(self, on: bool) -> None:
        if self.ctx.settings.is_locked("theme"):
            self._on_setting_change("theme")  # the menu shows what stays in effect
            return
        self.ctx.change_setting("theme", "high-contrast" if on else "system")

    def _on_setting_change(self, key: str) -> None:
        if key == "theme":  # the settings dialog may switch high contrast too
            with QSignalBlocker(self.contrast_action):
                self.contrast_action.setChecked(self.ctx.settings.get("theme") == "high-contrast")
        for spec in self._switched.get(key, []):
            self._switch_page(spec, bool(self.ctx.settings.get(key)))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used, not with the window

        QMessageBox.about(self, self.tr("About Gesprächskompass"), self.tr(
            "Gesprächskompass {version}\n\nPractise and reflect on conversations at the "
            "immigration office. All data stays on this computer.").format(version=__version__))

    # --- status line --------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        from desktop.ui.common.journal_status import JournalStateLabel

        bar = self.statusBar()
        bar.setAccessibleName(self.tr("Status bar"))
        # Resizing the window is the window manager's (Alt+Space on Windows, Alt+F8 on most
        # Linux desktops); the grip is mouse-only and unnamed for a screen reader.
        bar.setSizeGripEnabled(False)
        self.status_line = StatusLine()
        bar.addWidget(self.status_line, 1)
        self.journal_state_label = JournalStateLabel(self.ctx.journal)
        bar.addPermanentWidget(self.journal_state_label)
        self._journal_status = ""

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A line in the status bar, spoken by a screen reader ("" clears it)."""
        self.status_line.show_message(text, timeout_ms)

    def _on_journal_status(self, text: str, timeout: int) -> None:
        """The journal service's status line; "" takes back only its own last line."""
        if text:
            self.show_status(text, timeout)
        elif self.status_line.current_message() == self._journal_status:
            self.status_line.clear_message()
        self._journal_status = text

    # --- library ------------------------------------------------------------------------------

    def _on_library_load(self, library) -> None:
        count = len(library.scenarios)
        broken = library.broken_files
        self.problems_action.setEnabled(bool(library.findings))
        if broken:
            self.show_status(self.tr("%n scenario(s) loaded;", "", count) + " " + self.tr(
                "%n file(s) faulty (Help → Faulty scenario files).", "", len(broken)))
        else:
            self.show_status(self.tr("%n scenario(s) loaded.", "", count), 8000)

    def show_library_problems(self) -> None:
        library = self.ctx.library
        if library is None:
            return
        from PySide6.QtWidgets import QMessageBox

        text = "\n".join(str(f) for f in library.findings[:200]) or self.tr("No problems.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Scenario files"),
                          self.tr("These files could not be loaded, or loaded only with "
                                  "warnings. All other scenarios are available."), parent=self)
        box.setDetailedText(text)
        box.exec()

    def _on_technique_requested(self, ident: str) -> None:
        from desktop.ui.practice.techniques_page import TechniquesPage

        page = self.show_page("techniques")
        if isinstance(page, TechniquesPage):
            page.show_card(ident)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        practice = self.ctx.practice
        # Whoever holds input that is not saved may ask first; "back to the app" keeps
        # everything open as it was.
        askers: list[QuitGuard] = [practice] if practice is not None else []
        askers += [w for w in self._pages.values() if isinstance(w, QuitGuard)]
        for asker in askers:
            if not asker.may_quit():
                event.ignore()
                return
        if practice is not None:
            practice.close_current()
        for widget in self._pages.values():
            if isinstance(widget, FlushingPage):
                widget.flush()
        super().closeEvent(event)

"""The main window: navigation on the left, one page at a time on the right.

Pages are declared as data (key, label, factory) and built the first time they are shown, so the
window appears at once and start-up does only what the first screen needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.ui.common.context import AppContext

log = logging.getLogger(__name__)


@dataclass
class PageSpec:
    key: str
    label: str
    factory: Callable[[], QWidget]
    in_navigation: bool = True


class NavItem(QListWidgetItem):
    """A navigation entry that knows its page's key.

    A Python attribute instead of item data: `Qt.ItemDataRole` would make PySide6 build its whole
    `Qt` namespace (about 20 ms) before the first screen, which needs nothing else from it.
    """

    def __init__(self, label: str, key: str) -> None:
        super().__init__(label)
        self.key = key


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


class MainWindow(QMainWindow):
    """The application window; `window_did_show_idle` fires once the first paint is done."""

    window_did_show_idle = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(720, 480))
        self._pages: dict[str, QWidget] = {}
        self._specs: dict[str, PageSpec] = {}
        self._nav = QListWidget()
        self._nav.setAccessibleName(self.tr("Navigation"))
        self._nav.setAccessibleDescription(self.tr("Areas of the app; choose with the arrow keys"))
        self._nav.setObjectName("navigation")
        self._nav.setFixedWidth(220)
        self._nav.setSpacing(2)
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
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        from desktop.ui.common.journal_service import JournalStateLabel

        self.journal_state_label = JournalStateLabel(ctx.journal)
        self.statusBar().addPermanentWidget(self.journal_state_label)
        self._journal_status = ""
        ctx.journal.status_did_change.connect(self._on_journal_status)
        ctx.library_did_load.connect(self._on_library_load)
        ctx.technique_requested.connect(self._on_technique_requested)

    # --- pages -------------------------------------------------------------------------------

    def add_page(self, spec: PageSpec) -> None:
        self._specs[spec.key] = spec
        if spec.in_navigation:
            self._nav.addItem(NavItem(spec.label, spec.key))

    def page(self, key: str) -> QWidget:
        """The page widget, built on first use."""
        if key not in self._pages:
            widget = self._specs[key].factory()
            widget.setObjectName(f"page-{key}")
            if not widget.accessibleName():
                widget.setAccessibleName(self._specs[key].label)
            self._pages[key] = widget
            self._stack.addWidget(widget)
        return self._pages[key]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def page_keys(self) -> list[str]:
        return list(self._specs)

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self._stack.setCurrentWidget(widget)
        row = self._nav_row(key)
        if row is not None:
            self._nav.blockSignals(True)
            self._nav.setCurrentRow(row)
            self._nav.blockSignals(False)
        on_show = getattr(widget, "on_show", None)
        if callable(on_show):
            on_show()
        return widget

    def open_transient_page(self, key: str, widget: QWidget, label: str) -> None:
        """Show a page that exists only for a while (the running session), first in the list."""
        self.close_transient_page(key)
        self._specs[key] = PageSpec(key, label, lambda: widget)
        item = NavItem(label, key)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self._nav.insertItem(0, item)
        self.show_page(key)

    def close_transient_page(self, key: str) -> None:
        widget = self._pages.pop(key, None)
        self._specs.pop(key, None)
        row = self._nav_row(key)
        if row is not None:
            self._nav.blockSignals(True)
            self._nav.takeItem(row)
            self._nav.blockSignals(False)
        if widget is not None:
            self._stack.removeWidget(widget)
            widget.deleteLater()

    def _nav_row(self, key: str) -> int | None:
        """The navigation row of a page (None: the page is not in the navigation)."""
        return next((row for row in range(self._nav.count()) if self._nav.item(row).key == key),
                    None)

    def current_page_key(self) -> str | None:
        current = self._stack.currentWidget()
        for key, widget in self._pages.items():
            if widget is current:
                return key
        return None

    def _on_nav_row_change(self, row: int) -> None:
        if row >= 0:
            self.show_page(self._nav.item(row).key)

    # --- menus -------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None],
                shortcut: QKeySequence.StandardKey | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
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

    def change_font(self, step: int) -> None:
        """Ctrl+Plus / Ctrl+Minus / Ctrl+0: change the text size and remember it."""
        from desktop.ui.common import theme  # palettes and fonts load when first changed

        app = QApplication.instance()
        if step == 0:
            size = 0
            theme.apply_font_size(app, 0)
        else:
            current = app.font().pointSizeF()
            size = theme.apply_font_size(app, int(round(current)) + step)
        if not self.ctx.settings.is_locked("font_size"):
            self.ctx.change_setting("font_size", size)

    def _toggle_contrast(self) -> None:
        from desktop.ui.common import theme

        value = "high-contrast" if self.contrast_action.isChecked() else "system"
        theme.apply_theme(QApplication.instance(), value)
        self.ctx.change_setting("theme", value)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used, not with the window

        QMessageBox.about(self, self.tr("About Gesprächskompass"), self.tr(
            "Gesprächskompass {version}\n\nPractise and reflect on conversations at the "
            "immigration office. All data stays on this computer.").format(version=__version__))

    # --- library ------------------------------------------------------------------------------

    def _on_journal_status(self, text: str, timeout: int) -> None:
        """The journal service's status line; "" takes back only its own last line."""
        bar = self.statusBar()
        if text:
            bar.showMessage(text, timeout)
        elif bar.currentMessage() == self._journal_status:
            bar.clearMessage()
        self._journal_status = text

    def _on_library_load(self, library) -> None:
        count = len(library.scenarios)
        broken = library.broken_files
        self.problems_action.setEnabled(bool(library.findings))
        if broken:
            self.statusBar().showMessage(self.tr(
                "{count} scenarios loaded; {broken} file(s) faulty (Help → Faulty scenario "
                "files).").format(count=count, broken=len(broken)))
        else:
            self.statusBar().showMessage(self.tr("{count} scenarios loaded.").format(count=count),
                                         8000)

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
        if "techniques" in self._specs:
            page = self.show_page("techniques")
            show = getattr(page, "show_card", None)
            if callable(show):
                show(ident)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        practice = getattr(self, "practice", None)
        # Whoever holds input that is not saved may ask first; "back to the app" keeps
        # everything open as it was.
        askers = [practice] if practice is not None else []
        askers += [w for w in self._pages.values() if callable(getattr(w, "may_quit", None))]
        for asker in askers:
            if not asker.may_quit():
                event.ignore()
                return
        if practice is not None:
            practice.close_current()
        for widget in self._pages.values():
            flush = getattr(widget, "flush", None)
            if callable(flush):
                flush()
        super().closeEvent(event)

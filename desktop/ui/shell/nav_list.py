"""The navigation list: one entry per page, found by the page's key, each with its icon
drawn in the current text colour at the current text size (desktop.ui.common.icons).

The icons come a moment after the window is first shown: QPainter.setPen makes PySide6 build
its whole `Qt` namespace (12–30 ms here), which the first screen must not wait for
(tests/test_startup_imports.py); the labels carry the meaning, the icons follow.

For the same reason the list has no Python event handler before then: the first event a
Python override receives makes PySide6 build `QEvent` with its 190-member type enum (about
2 ms), and QIcon and QPalette cost as much again. The window starts the icons when it is
first shown (`start_icons`); font and palette changes are watched from then on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, QSize, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

ICON_KEYS = {"session": "practice"}  # the running exercise's page shows the play mark
MIN_WIDTH = 220
ICONS_AFTER_MS = 200  # after the first paint; a user reads the labels first anyway


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class NavItem(QListWidgetItem):
    """A navigation entry that knows its page's key.

    A Python attribute instead of item data: `Qt.ItemDataRole` would make PySide6 build its whole
    `Qt` namespace (about 20 ms) before the first screen, which needs nothing else from it.
    """

    def __init__(self, label: str, key: str) -> None:
        super().__init__(label)
        self.key = key


class NavigationList(QListWidget):
    """Areas of the app, chosen with the arrow keys; `currentRowChanged` tells the window."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(_tr("Navigation"))
        self.setAccessibleDescription(_tr("Areas of the app; choose with the arrow keys"))
        self.setObjectName("navigation")
        self.setFixedWidth(MIN_WIDTH)
        self.setSpacing(2)
        self._icons = False  # drawn once the window has been shown
        self._icons_started = False
        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(0)
        self._restyle.timeout.connect(self._on_restyle)
        self._style_watcher: _StyleWatcher | None = None

    def start_icons(self) -> None:
        """The window is shown: draw the icons a moment later (once)."""
        if not self._icons_started:
            self._icons_started = True
            QTimer.singleShot(ICONS_AFTER_MS, self.show_icons)

    def _fit_width(self) -> None:
        """Wide enough for the longest label with its icon (at 200 % text too), never
        narrower than at the normal size."""
        needed = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 2 * self.spacing() + 4
        self.setFixedWidth(max(MIN_WIDTH, needed))

    def _on_restyle(self) -> None:
        self.refresh_icons()
        self._fit_width()

    def show_icons(self) -> None:
        self._icons = True
        if self._style_watcher is None:
            self._style_watcher = _StyleWatcher(self)
            self.installEventFilter(self._style_watcher)
        self._on_restyle()  # also whatever text size or theme came before the watcher

    def restyle_later(self) -> None:
        """A new text size or theme reached this widget, maybe in the middle of the whole
        application being polished again: redraw once that is over, not inside it."""
        self._restyle.start()

    def add(self, label: str, key: str, first: bool = False) -> NavItem:
        item = NavItem(label, key)
        if first:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.insertItem(0, item)
        else:
            self.addItem(item)
        if self._icons:
            self._paint_icon(item)
        self._fit_width()
        return item

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row is not None:
            with QSignalBlocker(self):
                self.takeItem(row)

    def row_of(self, key: str) -> int | None:
        """The row of a page (None: the page is not in the navigation)."""
        for row in range(self.count()):
            item = self.item(row)
            if isinstance(item, NavItem) and item.key == key:
                return row
        return None

    def key_at(self, row: int) -> str | None:
        item = self.item(row) if row >= 0 else None
        return item.key if isinstance(item, NavItem) else None

    def select(self, key: str) -> None:
        """Mark the page shown, without asking the window to show it again."""
        row = self.row_of(key)
        if row is not None:
            with QSignalBlocker(self):
                self.setCurrentRow(row)

    def refresh_icons(self) -> None:
        """Draw the icons again in the palette's text colour at the text size (after the
        theme or the text size changed)."""
        if not self._icons:
            return
        for row in range(self.count()):
            item = self.item(row)
            if isinstance(item, NavItem):
                self._paint_icon(item)

    def _paint_icon(self, item: NavItem) -> None:
        from PySide6.QtGui import QIcon, QPalette

        from desktop.ui.common.icons import page_icon  # with QPainter: after the first paint

        size = max(16, round(self.fontMetrics().height() * 1.25))
        if self.iconSize().width() != size:
            self.setIconSize(QSize(size, size))
        key, ratio, palette = ICON_KEYS.get(item.key, item.key), self.devicePixelRatioF(), \
            self.palette()
        icon = page_icon(key, palette.color(QPalette.ColorRole.Text), size, ratio)
        if not icon.isNull():  # on the selected row: in the highlighted text's colour
            selected = page_icon(key, palette.color(QPalette.ColorRole.HighlightedText), size,
                                 ratio)
            icon.addPixmap(selected.pixmap(QSize(size, size)), QIcon.Mode.Selected)
        item.setIcon(icon)


class _StyleWatcher(QObject):
    """Tells the list when a font or palette change reached it (an event filter rather than
    a `changeEvent` override, so that nothing converts an event before the icons exist)."""

    def __init__(self, nav: NavigationList) -> None:
        from PySide6.QtCore import QEvent

        super().__init__(nav)
        self._nav = nav
        self._changes = (QEvent.Type.FontChange, QEvent.Type.PaletteChange)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._nav and event.type() in self._changes:
            self._nav.restyle_later()
        return False

"""Theme and text size, applied in one place and driven by the settings.

Widgets never apply a look themselves: Ctrl+Plus, the View menu and the settings dialog only
call `ctx.change_setting("font_size" | "theme", …)`. The one `Appearance` object, made with the
window (`desktop.app.build_window`), hears `settings_did_change` and applies what the setting
now says. A setting locked by IT cannot change (`change_setting` refuses), so what is on screen
cannot drift from what is stored.

The system's own font and palette, remembered before the first change, stay in `theme` (module
state there, which this object does not restructure).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.common.context import AppContext

APPEARANCE_KEYS = ("theme", "font_size")


class Appearance(QObject):
    """Applies `theme` and `font_size` to the application whenever either setting changes."""

    def __init__(self, ctx: AppContext, app: QApplication) -> None:
        super().__init__(ctx)  # lives as long as the context it listens to
        self.ctx = ctx
        self.app = app
        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(0)
        self._restyle.timeout.connect(self._set_style_sheet_again)
        ctx.settings_did_change.connect(self._on_setting_change)

    def apply_start(self) -> None:
        """At start: apply what differs from the system look (the system look needs nothing,
        and `theme` with its palettes is not even imported for it). Where a window built
        earlier in this process changed the look (the self-test, tests), this one starts
        from its own settings all the same."""
        settings = self.ctx.settings
        changed_before = "desktop.ui.common.theme" in sys.modules
        if changed_before or settings.get("theme", "system") != "system":
            self._apply_theme()
        if changed_before or settings.get("font_size"):
            self._apply_font_size()

    def _on_setting_change(self, key: str) -> None:
        if key == "theme":
            self._apply_theme()
        elif key == "font_size":
            self._apply_font_size()

    def _apply_theme(self) -> None:
        from desktop.ui.common import theme

        theme.apply_theme(self.app, str(self.ctx.settings.get("theme", "system")))

    def _apply_font_size(self) -> None:
        from desktop.ui.common import theme

        theme.apply_font_size(self.app, int(self.ctx.settings.get("font_size") or 0))
        if self.app.styleSheet():
            # Widgets polished under a style sheet (high contrast) keep their old font until
            # the sheet is set again: done once the event that changed the size is over, and
            # once for several quick presses of Ctrl+Plus.
            self._restyle.start()

    def _set_style_sheet_again(self) -> None:
        sheet = self.app.styleSheet()
        if not sheet:
            return
        self.app.setStyleSheet("")  # setting the very same sheet again crashed Qt 6.11 when
        self.app.setStyleSheet(sheet)  # a window styled by it had been closed before
        from desktop.ui.common.widgets import rescale_headings

        rescale_headings(self.app)  # setting the sheet resets the headings' own fonts


def stepped_font_size(app: QApplication, step: int) -> int:
    """The `font_size` setting one step larger or smaller than the text on screen (0 for
    step 0: the system's size), within the sizes the app offers."""
    from desktop.ui.common import theme

    if step == 0:
        return 0
    size = int(round(app.font().pointSizeF())) + step
    return max(theme.MIN_POINT_SIZE, min(theme.MAX_POINT_SIZE, size))

"""Small shared widgets: headings, labels and accessibility helpers (the text view is in
desktop.ui.common.text_view).

These build the start page, so they set Qt's enum properties by name: touching `Qt.TextFormat`
and the like makes PySide6 build its whole `Qt` namespace, about 20 ms that the first screen
would otherwise wait for (bench/bench_startup.py; tests/test_startup_imports.py).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QLabel, QSizePolicy, QWidget

W = TypeVar("W", bound=QWidget)


def accessible(widget: W, name: str, description: str = "") -> W:
    """Give a widget its accessible name (and description) in one call; returns the widget
    with its own type, so `accessible(QLineEdit(), …).text()` type-checks."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


# --- the visual language: one type scale and one spacing scale for every page --------------
# Sizes are factors of the application font (so 200 % text scales everything), spaces are
# pixels on a 4-pixel grid. Pages use these names instead of their own numbers.
TYPE_SCALE = {"small": 0.85, "body": 1.0, "h3": 1.1, "h2": 1.3, "h1": 1.6}
HEADING_SCALE = {1: TYPE_SCALE["h1"], 2: TYPE_SCALE["h2"], 3: TYPE_SCALE["h3"]}
SPACE = (4, 8, 12, 16, 24)  # tight (label to field) · related · group · section · page edge
PAGE_MARGINS = (SPACE[4], SPACE[3], SPACE[4], SPACE[3])  # left, top, right, bottom


def page_layout(layout: QBoxLayout) -> QBoxLayout:
    """Give a page's outer layout the page margins and the section spacing."""
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(SPACE[2])
    return layout



def heading_font(base: QFont, level: int) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * HEADING_SCALE.get(level, 1.0))
    font.setBold(True)
    return font


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A bold heading label, scaled from the application font (never a fixed pixel size); it
    grows and shrinks with the text size (`rescale_headings`)."""
    label = QLabel(text, parent)
    label.setFont(heading_font(label.font(), level))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setProperty("heading", level)
    return label


def wrapped_label(text: str = "", parent: QWidget | None = None, rich: bool = False,
                  selectable: bool = False) -> QLabel:
    """A word-wrapped label; plain text unless `rich`. `selectable` only where users copy the
    text (a folder path): a selectable label lays its text out as a whole text document, which
    costs several times as much on every resize. Its minimum height is its height at a
    guessed narrow width; in a column laid out by width use `paragraph`."""
    label = QLabel(parent)
    label.setProperty("textFormat", "RichText" if rich else "PlainText")
    label.setText(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setProperty("textInteractionFlags", "TextSelectableByMouse")
    return label


def paragraph(text: str = "", rich: bool = False) -> QLabel:
    """A wrapped label as tall as its text at the width it gets, for a column whose layout
    asks for heights by width (a practice step, a page in a scroll area).

    `wrapped_label`'s vertical policy makes its size hint, the height at a guessed narrow
    width, its minimum: a one-line prompt at 200 % text asked for three lines, and every
    layout around it added the difference (56 px under a prompt of Verarbeiten, 336 px of
    empty page below the step). Here the minimum is one line and the layout gives the height
    for the actual width."""
    label = wrapped_label(text, rich=rich)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class FittedLabel(QLabel):
    """A word-wrapped plain-text label exactly as tall as its lines at its actual width.

    A word-wrapped QLabel asks for the height it needs at a guessed narrow width, and a layout
    gives it that, leaving gaps in a wide dialog or a settings tab (`wrapped_label` keeps that
    behaviour, and its cheaper resizing, for the start page). This one caps its height at
    `heightForWidth` once it knows its width, and measures again when its text changes. Its
    text can be selected: people copy a folder path or a status line from it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", "PlainText")
        self.setWordWrap(True)
        self.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX: the next layout pass measures again
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() > 0:
            height = self.heightForWidth(self.width())
            if height > 0 and height != self.maximumHeight():
                self.setMaximumHeight(height)


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def rescale_headings(app: QApplication) -> None:
    """Scale every heading to the application font again after the text size changed: a
    heading's font is set explicitly, so it does not follow the application font by itself."""
    base = app.font()
    for widget in app.allWidgets():
        level = widget.property("heading")
        if level:
            widget.setFont(heading_font(base, int(level)))

"""Font size, contrast and visible focus: follow the system by default; high contrast and
larger text on request.

Widgets never hard-code colours; they use palette roles, so a system high-contrast theme and our
own high-contrast palette both reach every screen.

Visible focus is one mechanism for every widget (`install_focus_ring`): a frame in the
palette's highlight colour drawn around whatever has keyboard focus. Styles draw focus
unevenly (in Fusion a default button, a flat checkable button, an item view without rows and a
frameless text view look the same with and without focus), and a style sheet that gave them a
border would replace their native look; the ring sits around the widget and leaves it alone.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 28
_system_font: QFont | None = None
_system_palette: QPalette | None = None


def remember_system_defaults(app: QApplication) -> None:
    global _system_font, _system_palette
    if _system_font is None:
        _system_font = QFont(app.font())
        _system_palette = QPalette(app.palette())


def system_point_size() -> int:
    return max(MIN_POINT_SIZE, int(_system_font.pointSizeF() if _system_font else 10))


def apply_font_size(app: QApplication, point_size: int) -> int:
    """Set the application font size (0: the system size); returns the size in effect."""
    remember_system_defaults(app)
    size = system_point_size() if point_size <= 0 else point_size
    size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
    font = QFont(_system_font)
    font.setPointSizeF(size)
    app.setFont(font)
    from desktop.ui.common.widgets import rescale_headings

    rescale_headings(app)
    return size


def high_contrast_palette() -> QPalette:
    black, white, yellow, cyan = (QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"),
                                  QColor("#00ffff"))
    pal = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, black)
        pal.setColor(group, QPalette.ColorRole.WindowText, white)
        pal.setColor(group, QPalette.ColorRole.Base, black)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        pal.setColor(group, QPalette.ColorRole.Text, white)
        pal.setColor(group, QPalette.ColorRole.Button, black)
        pal.setColor(group, QPalette.ColorRole.ButtonText, white)
        pal.setColor(group, QPalette.ColorRole.Highlight, yellow)
        pal.setColor(group, QPalette.ColorRole.HighlightedText, black)
        pal.setColor(group, QPalette.ColorRole.Link, cyan)
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        pal.setColor(group, QPalette.ColorRole.ToolTipText, white)
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
        # Frames of check boxes, radio buttons and panels are drawn with these roles: all
        # white, so every control's outline stays visible on black.
        for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.Dark, QPalette.ColorRole.Light,
                     QPalette.ColorRole.Midlight, QPalette.ColorRole.Shadow):
            pal.setColor(group, role, white)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9a9a9a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9a9a9a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9a9a9a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, black)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, black)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, black)
    return pal


# Styles such as Fusion derive frame and indicator outlines from the window colour, which is
# black here: without these rules text fields, check boxes and sliders would lose their edges.
HIGH_CONTRAST_QSS = """
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QListView, QTreeView,
QTableView, QListWidget { border: 1px solid #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QListView:focus, QTableView:focus, QListWidget:focus, QPushButton:focus, QCheckBox:focus,
QRadioButton:focus, QSlider:focus { outline: 2px solid #ffff00; border: 2px solid #ffff00; }
QPushButton { border: 1px solid #ffffff; padding: 4px 10px; }
QPushButton:disabled { border: 1px dashed #9a9a9a; }
QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px;
  border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 9px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QSlider::groove:horizontal { height: 4px; background: #ffffff; }
QSlider::handle:horizontal { width: 14px; margin: -8px 0; background: #ffff00;
  border: 2px solid #ffffff; }
QGroupBox { border: 1px solid #ffffff; margin-top: 1.2em; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; }
QProgressBar { border: 1px solid #ffffff; }
QProgressBar::chunk { background: #ffff00; }
"""


def apply_theme(app: QApplication, theme: str) -> None:
    """"system" keeps the system palette (and its high-contrast mode); "high-contrast" is ours."""
    remember_system_defaults(app)
    if theme == "high-contrast":
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_QSS)
    else:
        app.setStyleSheet("")
        if _system_palette is not None:
            app.setPalette(_system_palette)


def accent(palette: QPalette) -> QColor:
    """The heading and link colour: the system's link colour, except Qt's bare default blue,
    which is harsh on white; a calm dark blue keeps the contrast above 7:1 there."""
    link = palette.color(QPalette.ColorRole.Link)
    if link == QColor(0, 0, 255) and palette.color(QPalette.ColorRole.Base).lightness() > 128:
        return QColor("#1f4e79")
    return link


def document_css(widget_palette: QPalette, scale: float = 1.0) -> str:
    """The HTML style sheet for text views, in the current palette's colours."""
    from desktop.core.scenarios.render import style_sheet

    text = widget_palette.color(QPalette.ColorRole.Text).name()
    base = widget_palette.color(QPalette.ColorRole.Base)
    link = accent(widget_palette).name()
    muted = widget_palette.color(QPalette.ColorRole.PlaceholderText).name()
    # A quote background one step away from the base colour, in either direction.
    quote = base.darker(106) if base.lightness() > 128 else base.lighter(160)
    return style_sheet(text=text, muted=muted, accent=link, quote_bg=quote.name(), scale=scale)


FOCUS_RING_WIDTH = 2  # px; WCAG 2.4.7 / 1.4.11: a focus indicator with 3:1 contrast
_ring: FocusRing | None = None


class FocusRing(QWidget):
    """A frame in the highlight colour around the widget that has keyboard focus. It is a
    sibling of that widget (so a scroll area clips it with its content), ignores the mouse
    and never takes focus."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None:
            try:
                self._target.removeEventFilter(self)
            except RuntimeError:  # the widget was deleted with its screen
                pass
        self._target = new if _wants_ring(new) else None
        if self._target is None:
            self.hide()
            self.setParent(None)  # not deleted with the screen it was last on
            return
        host = _ring_host(self._target)
        if self.parentWidget() is not host:
            self.setParent(host)
        self._target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._target and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
                QEvent.Type.ZOrderChange):
            self._place()
        return False

    def _place(self) -> None:
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        margin = FOCUS_RING_WIDTH + 1
        host = self.parentWidget()
        corner = target.mapTo(host, QPoint(0, 0)) if host is not None else target.pos()
        self.setGeometry(QRect(corner, target.size()).adjusted(-margin, -margin, margin, margin))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight),
                   FOCUS_RING_WIDTH)
        painter.setPen(pen)
        half = FOCUS_RING_WIDTH / 2
        rect = QRect(self.rect()).toRectF().adjusted(half, half, -half, -half)
        painter.drawRoundedRect(rect, 3, 3)


def _ring_host(target: QWidget) -> QWidget | None:
    """The ring's parent: the target's parent, except a splitter, which would take any child
    widget as a new pane (a focused splitter handle's parent is its splitter)."""
    host = target.parentWidget()
    while isinstance(host, QSplitter):
        host = host.parentWidget()
    return host


def _wants_ring(widget: QWidget | None) -> bool:
    """Every focused control inside a window gets the ring; not a window itself, a menu or a
    popup list (they show their current item), and not the ring's own kind."""
    if widget is None or widget.isWindow() or widget.parentWidget() is None:
        return False
    window_type = widget.window().windowType()
    if window_type in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return False
    return widget.metaObject().className() not in ("QMenu", "QMenuBar")


def _follow_focus(old: QWidget | None, new: QWidget | None) -> None:
    global _ring
    if _ring is None or not shiboken6.isValid(_ring):  # deleted with a screen's widgets
        _ring = FocusRing()
    _ring.follow(old, new)


def install_focus_ring(app: QApplication) -> None:
    """Draw visible focus around every focused widget from now on (once per application)."""
    if not app.property("focus_ring"):
        app.setProperty("focus_ring", True)
        app.focusChanged.connect(_follow_focus)

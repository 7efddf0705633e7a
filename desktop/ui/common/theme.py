"""Font size and contrast: follow the system by default; high contrast and larger text on request.

Widgets never hard-code colours; they use palette roles, so a system high-contrast theme and our
own high-contrast palette both reach every screen. Visible focus in every theme is
`desktop.ui.common.a11y.install_focus_ring` (drawn in the palette's highlight colour).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

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
    font = QFont(_system_font if _system_font is not None else app.font())
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


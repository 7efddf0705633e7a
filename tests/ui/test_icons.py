"""The navigation icons: drawn for every page, in the colour asked for, never for unknown keys."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.ui.common.icons import DRAWINGS, page_icon


def test_every_page_icon_is_drawn_in_the_given_colour(qapp):
    """Each icon has visible strokes, all in the text colour passed in (high contrast: yellow),
    and the rest of the square stays transparent."""
    yellow = QColor(255, 255, 0)
    for key in DRAWINGS:
        image = page_icon(key, yellow, 24, 2.0).pixmap(48, 48).toImage()
        inked = [image.pixelColor(x, y) for x in range(image.width())
                 for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
        assert len(inked) > 40, key
        assert all(c.red() > 240 and c.green() > 240 and c.blue() < 20 for c in inked), key
        assert image.pixelColor(0, 0).alpha() == 0 or key == "stats", key


def test_a_page_without_a_drawing_gets_no_icon(qapp):
    """A page key without a drawing (a new page) shows its label alone, not a blank square."""
    assert page_icon("something-new", QColor(0, 0, 0)).isNull()

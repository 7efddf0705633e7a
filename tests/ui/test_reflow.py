"""At 200 % text a practice session reflows instead of cutting or scrolling sideways (WCAG
1.4.10), in a window of 1280×800 and in one of 900 px: the step buttons go onto further rows
with every name whole, and no step (the radio buttons of Deuten, the check boxes of
Beeinflussen and Verarbeiten, Reagieren's answers and tools, the summary with its takeaway) is
wider than the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from desktop.ui.common import theme
from desktop.ui.common.tasks import wait_for_background
from desktop.ui.common.wrapping import CheckList, FlowRows, WrappingCheckBox, WrappingRadioButton
from tests.ui.helpers import (
    accessible_name,
    make_window,
    skip_without_windows_ui_font,
    walk_session_steps,
)


def _settle() -> None:
    for _ in range(3):
        wait_for_background()
        for _ in range(5):
            QApplication.processEvents()


@pytest.fixture(params=[("system", 1280), ("high-contrast", 1280), ("system", 900),
                        ("high-contrast", 900)], ids=lambda p: f"{p[0]}-{p[1]}px")
def doubled(request, qtbot, qapp, data_home):
    """The main window at 1280×800 and at 900×800 with the text doubled, as the settings do
    it, in the system look and in high contrast (whose style sheet gives controls borders)."""
    skip_without_windows_ui_font()
    look, width = request.param
    ctx, window = make_window(qtbot, data_home)
    window.resize(width, 800)
    theme.remember_system_defaults(qapp)
    ctx.change_setting("theme", look)
    ctx.change_setting("font_size", 2 * theme.system_point_size())
    try:
        yield ctx, window
    finally:  # the application font and look are shared by every later test
        ctx.practice.close_current()
        ctx.change_setting("font_size", 0)
        ctx.change_setting("theme", "system")
        window.close()


def _outside(content: QWidget) -> list[tuple[str, int]]:
    """Visible widgets of the step that reach past its right edge (a picture in a scroll
    area of its own, the dialogue graph, may be wider: that area scrolls, not the step)."""
    found = []
    for widget in content.findChildren(QWidget):
        if not widget.isVisibleTo(content) or any(
                isinstance(a, QAbstractScrollArea) and a.viewport().isAncestorOf(widget)
                for a in content.findChildren(QAbstractScrollArea)):
            continue
        right = widget.mapTo(content, QPoint(widget.width(), 0)).x()
        if right > content.width():
            found.append((type(widget).__name__ + " " + widget.accessibleName()[:30], right))
    return found


def test_at_200_percent_no_step_scrolls_sideways_and_no_step_button_is_cut(doubled):
    """Every step of an Übung, a Zwischendurch and an own case at 200 % text: the step's
    content is no wider than its scroll area (no horizontal scroll bar) and no control reaches
    past it, each option is as tall as its wrapped text, no push button or one-line label is
    narrower than its text and no slider is squeezed (the strain scale's value was cut), each step button is as wide as its whole name needs with its "›" beside it, and
    the buttons take more than one row (in one they do not fit). Reagieren's tools and the
    Verarbeiten check lists go onto more rows and fewer columns in the narrow window."""
    ctx, window = doubled
    narrow = window.width() < 1000
    seen = []
    for kind, step, view in walk_session_steps(ctx):
        _settle()
        area = view.step_area
        content = area.widget()
        assert content.width() <= area.viewport().width(), (kind, step, content.width())
        assert not area.horizontalScrollBar().isVisible(), (kind, step)
        assert not _outside(content), (kind, step, _outside(content))
        squeezed = [(w.text(), w.width(), w.sizeHint().width())
                    for w in content.findChildren(QPushButton) + content.findChildren(QLabel)
                    if w.isVisibleTo(content) and w.text() and not getattr(
                        w, "wordWrap", lambda: False)() and w.width() < w.sizeHint().width()]
        assert not squeezed, (kind, step, squeezed)  # a text cut off at its end
        sliders = [(s.accessibleName(), s.width()) for s in content.findChildren(QSlider)
                   if s.isVisibleTo(content) and s.width() < s.sizeHint().width()]
        assert not sliders, (kind, step, sliders)  # squeezed to its handle
        if narrow and step == "reagieren" and view.player is not None:
            assert sum(f.row_count() for f in view.player.findChildren(FlowRows)) >= 3
        if narrow and step == "verarbeiten":
            assert [c.columns for c in content.findChildren(CheckList)] in ([2, 1], [3, 1])
        buttons = list(view.indicator.buttons.values())
        cut = [(b.text(), b.width(), b.sizeHint().width()) for b in buttons
               if b.width() < b.sizeHint().width()]
        assert not cut, (kind, step, cut)
        for button in buttons:  # inside the window, not pushed off its right edge
            right = button.mapTo(view, QPoint(button.width(), 0)).x()
            assert right <= view.width(), (kind, step, button.text(), right)
        for button, arrow in view.indicator.pairs:  # no row starts with a "›"
            if arrow is not None:
                assert arrow.y() == button.y() or arrow.geometry().center().y() == \
                    button.geometry().center().y(), (kind, step, button.text())
        options = content.findChildren(WrappingRadioButton) + content.findChildren(
            WrappingCheckBox)
        short = [(o.text(), o.height(), o.heightForWidth(o.width())) for o in options
                 if o.isVisible() and o.height() < o.heightForWidth(o.width())]
        assert not short, (kind, step, short)  # every wrapped line shown
        if len(buttons) > 3:
            assert view.indicator.row_count() > 1, (kind, step)
        seen.append((kind, step))
    assert len(seen) >= 10 and {("uebung", "deuten"), ("uebung", "reagieren"),
                                ("uebung", "verarbeiten"), ("uebung", "zusammenfassung")} <= set(
        seen)


@pytest.mark.parametrize("kind", [WrappingRadioButton, WrappingCheckBox])
def test_a_wrapping_option_is_a_whole_button(qtbot, kind):
    """A long option in a narrow column wraps onto several lines and stays one button: its
    accessible name is its visible text, a click on its last line toggles it, Space toggles
    it, and it takes Tab focus."""
    text = ("Ich verstehe, dass Sie enttäuscht sind, und erkläre Ihnen gern, was jetzt "
            "möglich ist und welche Frist gilt.")
    button = kind(text)
    qtbot.addWidget(button)
    button.resize(260, button.heightForWidth(260))
    button.show()
    qtbot.waitExposed(button)
    line = button.fontMetrics().height()
    assert button.height() >= 3 * line  # wrapped, not cut
    assert button.minimumSizeHint().width() < 260 < button.sizeHint().width()
    assert accessible_name(button) == text
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(button.width() // 2, button.height() - line // 2))
    assert button.isChecked()
    if kind is WrappingCheckBox:
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert not button.isChecked()


@pytest.mark.parametrize("kind", [WrappingRadioButton, WrappingCheckBox])
def test_a_wrapping_option_measures_again_when_font_or_style_change(qtbot, qapp, kind):
    """A wrapping option keeps what it measured (a layout asks the same width many times),
    but never past a change that moves its text: a doubled font makes it taller at the same
    width, and the high-contrast theme's larger indicator moves its text to the right, where
    it is painted (`_text_rect` is what paintEvent draws into)."""
    button = kind("Ich verstehe, dass Sie enttäuscht sind, und erkläre Ihnen gern, was jetzt "
                  "möglich ist.")
    qtbot.addWidget(button)
    button.resize(260, button.heightForWidth(260))
    button.show()
    qtbot.waitExposed(button)
    normal = button.heightForWidth(260)
    assert button.heightForWidth(260) == normal  # asked again: the same answer
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    button.setFont(font)
    assert button.heightForWidth(260) > normal
    button.setFont(QApplication.font())
    assert button.heightForWidth(260) == normal
    plain = button._text_rect(260)
    theme.apply_theme(qapp, "high-contrast")
    try:
        assert button._text_rect(260).left() > plain.left()
    finally:
        theme.apply_theme(qapp, "system")
    assert button._text_rect(260) == plain


def _blank_space(content: QWidget, viewport_height: int) -> tuple[int, list[str]]:
    """How far the step's content reaches past its last widget (when it is taller than the
    view, so that the page scrolls into nothing), and the wrapped labels taller than their
    text at their width (each described)."""
    QApplication.processEvents()
    shown = [w for w in content.children()
             if isinstance(w, QWidget) and w.isVisibleTo(content)]
    last = max((w.geometry().bottom() for w in shown), default=0)
    below = content.height() - last - 1 - content.layout().contentsMargins().bottom()
    tall = [f"{label.text()[:40]!r}: {label.height()} px for {label.heightForWidth(label.width())}"
            for label in content.findChildren(QLabel)
            if label.isVisibleTo(content) and label.wordWrap()
            and label.height() > label.heightForWidth(label.width()) + 2]
    return (below if content.height() > viewport_height else 0), tall


@pytest.mark.parametrize(("scale", "width"), [(1, 1280), (2, 1280), (2, 900)],
                         ids=["normal", "200-1280px", "200-900px"])
def test_a_step_is_as_tall_as_what_it_shows(qtbot, qapp, data_home, scale, width):
    """Every step of an Übung, a Zwischendurch and an own case, at normal size and at 200 %
    text: each wrapped label is as tall as its text at the width it has (a one-line prompt of
    Verarbeiten had 56 px of empty space at 200 %: its minimum was its height at a guessed
    narrow width), and the step ends below its last widget instead of scrolling on into
    empty page (Verarbeiten had 150-340 px of it)."""
    skip_without_windows_ui_font()
    ctx, window = make_window(qtbot, data_home)
    window.resize(width, 800)
    theme.remember_system_defaults(qapp)
    if scale != 1:
        ctx.change_setting("font_size", scale * theme.system_point_size())
    found = {}
    try:
        for kind, step, view in walk_session_steps(ctx):
            below, tall = _blank_space(view.step_area.widget(),
                                       view.step_area.viewport().height())
            if below > 4 or tall:
                found[(kind, step)] = (below, tall)
    finally:
        ctx.practice.close_current()
        ctx.change_setting("font_size", 0)
        window.close()
    assert found == {}

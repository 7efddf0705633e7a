"""Splitter handles a keyboard can move.

Qt's splitter handles take no focus: a keyboard or screen-reader user cannot widen the
scenario list or narrow a detail pane. `keyboard_splitter(splitter)` makes each handle a Tab
stop named "Divider", framed by the focus ring (common/a11y.py) while focused, and moved with the arrow
keys (Home/End: all the way).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QSplitter, QSplitterHandle, QWidget

from desktop.ui.common.a11y import give_role

STEP_PX = 24  # one arrow key press; about two characters at the normal text size
_MARK = "keyboard-splitter"


def _tr(text: str) -> str:
    return QCoreApplication.translate("splitters", text)


def _bind_keys(handle: QSplitterHandle, horizontal: bool) -> None:
    """Arrow keys (Home/End) on a focused handle move it: widget shortcuts, not an event
    filter. A Python event filter on the handles ran while Qt destroyed a closed window's
    splitter and crashed the process; shortcuts die with their handle and run no Python
    during its destruction."""
    back, forward = ((Qt.Key.Key_Left, Qt.Key.Key_Right) if horizontal
                     else (Qt.Key.Key_Up, Qt.Key.Key_Down))
    big = 1 << 24  # Home/End: as far as the panes' minimum sizes allow
    for key, delta in ((back, -STEP_PX), (forward, STEP_PX), (Qt.Key.Key_Home, -big),
                       (Qt.Key.Key_End, big)):
        shortcut = QShortcut(QKeySequence(key), handle)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(partial(_move, delta))


def _move(delta: int) -> None:
    # The focused widget is the handle (a widget shortcut fires only there); a wrapper kept
    # from the handle's creation can be stale by the time the key is pressed.
    handle = QApplication.focusWidget()
    if not isinstance(handle, QSplitterHandle):
        return
    splitter = handle.splitter()
    index = splitter.indexOf(handle)
    if index >= 1:
        move_handle(splitter, index, delta)


def move_handle(splitter: QSplitter, index: int, delta: int) -> None:
    """Move handle `index` by `delta` pixels: the pane before it grows, the one after shrinks."""
    sizes = splitter.sizes()
    before, after = sizes[index - 1], sizes[index]
    delta = max(-before, min(after, delta))
    sizes[index - 1], sizes[index] = before + delta, after - delta
    splitter.setSizes(sizes)


def keyboard_splitter(splitter: QSplitter) -> None:
    """Make the handles of `splitter` focusable and movable by keyboard (idempotent)."""
    if splitter.property(_MARK):
        return
    # A movable divider is a separator to assistive technology (ARIA's window splitter); Qt
    # reports a handle as a "grip", which AT-SPI knows only as an unknown role. The one role
    # mechanism (a11y.install gives the same at start; this covers a splitter built before).
    give_role(QSplitterHandle, QAccessible.Role.Separator)
    splitter.setProperty(_MARK, True)
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    for index in range(1, splitter.count()):
        handle = splitter.handle(index)
        handle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        handle.setAccessibleName(_tr("Divider"))
        handle.setAccessibleDescription(
            _tr("Left and right arrow keys move it") if horizontal
            else _tr("Up and down arrow keys move it"))
        if splitter.handleWidth() < 5:
            splitter.setHandleWidth(5)  # wide enough to see the focus colour
        _bind_keys(handle, horizontal)
        pane = splitter.widget(index - 1)
        last = _last_tab_stop(pane) if pane is not None else None
        if last is not None:  # Tab reaches the divider between its two panes, as seen
            QWidget.setTabOrder(last, handle)


def _last_tab_stop(pane: QWidget) -> QWidget | None:
    """The last widget inside `pane` (or the pane itself) that Tab stops at."""
    found = pane if pane.focusPolicy() & Qt.FocusPolicy.TabFocus else None
    widget: QWidget | None = pane.nextInFocusChain()
    while widget is not None and widget is not pane and pane.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found = widget
        widget = widget.nextInFocusChain()
    return found

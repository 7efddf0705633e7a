"""One place for what assistive technology needs from every room.

- `announce(widget, text)`: a message a screen reader speaks now (status lines, "could not
  save", the live personal-data notice, a client's reply after a dialogue choice). Qt 6.8+
  sends it as `QAccessibleAnnouncementEvent` (AT-SPI `object:announcement`); the text is also
  kept as the widget's accessible description so it can be read again later.
- `focus_first(container)`: where focus goes when a page or step appears: the first control
  in the container's Tab chain (never the container itself, which draws no focus).
- `chain(*widgets)`: a Tab order that follows the screen, top to bottom, written once per
  screen with `QWidget.setTabOrder`; `screen_order(root)` lists a screen's Tab stops in the
  order its layouts show them, into scroll areas too (their content is no layout item).
- `reading_stop(widget)`: a picture or text a keyboard user must reach (a chart with its
  figures): a Tab stop that the focus ring frames; the arrow keys and Page Up/Down on it
  scroll the page around it, Home/End go to the page's top and end.
- `install_focus_ring(app)`: visible focus for every control in every theme: a frame in the
  palette's highlight colour (yellow in high contrast) around whatever has keyboard focus.
  Styles draw focus unevenly (in Fusion a default button, a flat checkable button, an item
  view without rows and a frameless text view look the same with and without focus), and a
  style sheet that gave them borders would replace their native look; the ring sits around
  the widget and leaves it alone.
- `give_role(widget_class, role)`: the role a screen reader announces for every widget of a
  class Qt gives none or a wrong one (a splitter handle is a "grip", reported to AT-SPI as
  unknown; a custom-painted widget is reported as filler). `install(app)` gives splitter
  handles the role separator (the WAI-ARIA window-splitter pattern) and the dialogue path
  graph the role graphic, and draws the focus ring. (Charts have their own interface with
  their figures: `desktop.ui.common.charts.ChartAccessible`.)
- `label_for(label, control)`: a visible label that names a control. On Linux, Qt gives a combo
  box's current text as its name and ignores `setAccessibleName`; only a buddy label (the
  labelled-by relation) makes Orca say "Art des Termins: …". The rule for every control: its
  accessible name is its visible label (WCAG 2.5.3), so voice control finds it by what it says;
  `name_fields_by_labels(form)` applies it to every row of a form.

`label_for` itself lives in `labels.py`: the start page names its controls with it before the
first frame, and this module's import (its Qt subclasses: about 4 ms) waits until after it.
Importing this module must not build PySide6's `Qt` namespace either (about 20 ms;
tests/test_startup_imports.py): the enums are reached through `QtCore.Qt` when a function runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAccessibleWidget,
    QApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QSplitterHandle,
    QWidget,
)

# label_for lives in labels.py (light: the start page imports it); re-exported here.
from desktop.ui.common.labels import label_for as label_for

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

W = TypeVar("W", bound=QWidget)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader speak `text` now, on behalf of `widget` (which must be shown)."""
    if not text:
        return
    widget.setAccessibleDescription(text)
    if not QAccessible.isActive():
        return  # no assistive technology listening: nothing to send
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def focus_first(container: QWidget, reason: Qt.FocusReason | None = None) -> bool:
    """Give focus to the first visible, enabled control that takes Tab focus inside `container`
    (for `reason`, by default OtherFocusReason). Returns False when there is none (then the
    caller decides where focus goes)."""
    if reason is None:
        reason = QtCore.Qt.FocusReason.OtherFocusReason
    start = container
    widget = container.nextInFocusChain()
    while widget is not None and widget is not start:
        if (container.isAncestorOf(widget) and widget.isVisibleTo(container)
                and widget.isEnabled()
                and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus):
            widget.setFocus(reason)
            return True
        widget = widget.nextInFocusChain()
    return False


_ROLES: dict[type | str, QAccessible.Role] = {}
# Interfaces made in Python. Qt caches each one and deletes it with its widget (and then
# Python forgets it); Python must never delete one first: an interface returned by a factory
# and then dropped by Python is freed while Qt still uses it, and the app crashes at the next
# focus change or key press near that widget (the AT-SPI walk found it on a splitter handle).
AccessibleFactory = Callable[[str, QObject], "QAccessibleInterface | None"]
_INTERFACES: list[QAccessibleInterface] = []
_FACTORIES: list[AccessibleFactory] = []


def install_factory(factory: AccessibleFactory) -> None:
    """Register `factory` with Qt; every interface it makes is kept alive until Qt deletes it
    with its widget. The one way the app registers accessibility factories."""

    def keeping(key: str, obj: QObject) -> QAccessibleInterface | None:
        interface = factory(key, obj)
        if interface is not None:
            _INTERFACES[:] = [i for i in _INTERFACES if shiboken6.isValid(i)]
            _INTERFACES.append(interface)
        return interface

    _FACTORIES.append(keeping)  # the callable, too, lives as long as Qt may call it
    QAccessible.installFactory(keeping)


def give_role(widget_class: type[QWidget] | str, role: QAccessible.Role) -> None:
    """Every widget of `widget_class` (and its subclasses; or a class name, so that the
    module need not be imported at start) has `role` for assistive technology; its name and
    description stay its accessible name and description."""
    if not _ROLES:
        install_factory(_role_factory)
    _ROLES[widget_class] = role


def _role_factory(_key: str, obj: QObject) -> QAccessibleWidget | None:
    if not isinstance(obj, QWidget):
        return None
    names = {cls.__name__ for cls in type(obj).__mro__}
    for widget_class, role in _ROLES.items():
        if widget_class in names if isinstance(widget_class, str) else isinstance(
                obj, widget_class):
            return QAccessibleWidget(obj, role)
    return None


def install(app: QApplication) -> None:
    """What every window needs, once at start: visible focus (the focus ring) and the
    splitter handles' role (keyboard-movable handles are separators, not unknown grips).

    The app calls it right after its first frame (desktop.app): it builds PySide6's `Qt`
    namespace and QAccessible's enums, which the first screen must not wait for. Whatever has focus by then gets its ring at once; the start page has no splitter
    handle or path graph whose interface could have been made before the roles are known."""
    install_focus_ring(app)
    give_role(QSplitterHandle, QAccessible.Role.Separator)
    # the path through a dialogue (desktop.ui.common.dialogue_graph): a picture whose
    # description names the node in focus; it was a "filler"
    give_role("DialogueGraphView", QAccessible.Role.Graphic)


def reading_stop(widget: W) -> W:
    """Make `widget` (a picture with a text alternative, such as a chart) a Tab stop that a
    keyboard user reaches, that shows the focus ring and whose accessible name and description
    a screen reader says. It uses no keys itself: the arrow keys and Page Up/Down go on to the
    scroll area around it (Qt passes on what a widget ignores) and scroll the page; Home and
    End go to the page's top and end. Once per widget: a second call changes nothing (two
    Home shortcuts on one widget would be ambiguous, and neither would fire)."""
    if widget.property("reading_stop"):
        return widget
    widget.setProperty("reading_stop", True)
    widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
    for key, action in ((QtCore.Qt.Key.Key_Home, QAbstractSlider.SliderAction.SliderToMinimum),
                        (QtCore.Qt.Key.Key_End, QAbstractSlider.SliderAction.SliderToMaximum)):
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(partial(_scroll_focused_page, action))
    return widget


def _scroll_focused_page(action: QAbstractSlider.SliderAction) -> None:
    # The focused widget is the reading stop (a widget shortcut fires only there); no wrapper
    # of it is kept, so none can outlive it.
    widget = QApplication.focusWidget()
    area = widget.parentWidget() if widget is not None else None
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        area.verticalScrollBar().triggerAction(action)


def chain(*widgets: QWidget | None) -> None:
    """Set the Tab order to the given sequence (None entries are skipped)."""
    present = [w for w in widgets if w is not None]
    for first, second in zip(present, present[1:], strict=False):
        QWidget.setTabOrder(first, second)


def chain_all(widgets: Iterable[QWidget | None]) -> None:
    chain(*widgets)


def screen_order(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that take Tab focus, in the order their layouts show them (top
    to bottom, left to right), whatever order they were created in: the Tab order that follows
    the screen. A scroll area's content is not a layout item of the scroll area; it is visited
    in the scroll area's place (a graph in its own scroll area comes where it is seen, not
    after every other control of the screen)."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            child, inner = item.widget(), item.layout()
            if child is not None:
                visit(child)
            elif inner is not None:
                visit_layout(inner)

    def visit(widget: QWidget) -> None:
        if widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
        content = widget.widget() if isinstance(widget, QScrollArea) else None
        if content is not None:
            visit(content)
            return
        inner = widget.layout()
        if inner is not None:
            visit_layout(inner)

    top = root.layout()
    if top is not None:
        visit_layout(top)
    return found


def name_fields_by_labels(form: QFormLayout) -> None:
    """Every field of `form` is named by the label of its row (`label_for`): a form row's
    label is the field's buddy already, but a name set on the field beforehand would differ
    from what is written beside it (WCAG 2.5.3: voice control says the visible words)."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        text, control = label.widget(), field.widget()
        if isinstance(text, QLabel) and control is not None and text.text():
            label_for(text, control)


FOCUS_RING_WIDTH = 2  # px; WCAG 2.4.7 / 1.4.11: a focus indicator with 3:1 contrast
_ring: FocusRing | None = None


class FocusRing(QWidget):
    """A frame in the highlight colour around the widget that has keyboard focus. It is a
    sibling of that widget (so a scroll area clips it with its content), ignores the mouse
    and never takes focus."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focus-ring")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
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
        ring = QRect(corner, target.size()).adjusted(-margin, -margin, margin, margin)
        if host is not None:  # a widget at its parent's edge: the ring stays inside, drawn
            ring = ring.intersected(host.rect())  # over the widget's own border
        self.setGeometry(ring)
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
    if window_type in (QtCore.Qt.WindowType.Popup, QtCore.Qt.WindowType.ToolTip):
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
        if app.focusWidget() is not None:  # focus given before the ring was installed
            _follow_focus(None, app.focusWidget())

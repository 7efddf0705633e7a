"""One place for what assistive technology needs from every room.

- `announce(widget, text)`: a message a screen reader speaks now (status lines, "could not
  save", the live personal-data notice, a client's reply after a dialogue choice). Qt 6.8+
  sends it as `QAccessibleAnnouncementEvent` (AT-SPI `object:announcement`); the text is also
  kept as the widget's accessible description so it can be read again later.
- `focus_first(container)`: where focus goes when a page or step appears: the first control
  in the container's Tab chain (never the container itself, which draws no focus).
- `chain(*widgets)`: a Tab order that follows the screen, top to bottom, written once per
  screen with `QWidget.setTabOrder`.
- `label_for(label, control)`: a visible label that names a control. On Linux, Qt gives a combo
  box's current text as its name and ignores `setAccessibleName`; only a buddy label (the
  labelled-by relation) makes Orca say "Art des Termins: …". The rule for every control: its
  accessible name is its visible label (WCAG 2.5.3), so voice control finds it by what it says.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


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


def focus_first(container: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> bool:
    """Give focus to the first visible, enabled control that takes Tab focus inside `container`.
    Returns False when there is none (then the caller decides where focus goes)."""
    start = container
    widget = container.nextInFocusChain()
    while widget is not None and widget is not start:
        if (container.isAncestorOf(widget) and widget.isVisibleTo(container)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(reason)
            return True
        widget = widget.nextInFocusChain()
    return False


def chain(*widgets: QWidget | None) -> None:
    """Set the Tab order to the given sequence (None entries are skipped)."""
    present = [w for w in widgets if w is not None]
    for first, second in zip(present, present[1:], strict=False):
        QWidget.setTabOrder(first, second)


def chain_all(widgets: Iterable[QWidget | None]) -> None:
    chain(*widgets)


def label_for(label: QLabel, control: QWidget) -> QLabel:
    """Make `label` the visible name of `control` (buddy, mnemonic target, labelled-by)."""
    label.setBuddy(control)
    control.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
    return label

"""While typing about a real case: personal data is underlined, named in plain words, and can be
replaced with one action (a button per finding, "Alle ersetzen", or the context menu).

Detection runs a moment after typing stops (it takes a few milliseconds), so typing never waits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.privacy import Replacement, replace_all, replace_one, suggest
from desktop.ui.common.a11y import announce, chain

CHECK_PAUSE_MS = 200
MAX_BUTTONS = 6
COLUMNS = 3


_detector_prepared = False


def _prepare_detector() -> None:
    """The detector reads its word lists at its first use on a text (180,000 entries: 0.13 s
    and 25 MB): that happens on the thread pool once a guarded field exists, not in the
    first check while the user types (a 130-ms stall at the first pause in an own case)."""
    global _detector_prepared
    if _detector_prepared:
        return
    _detector_prepared = True
    from desktop.ui.common.tasks import run_in_background

    run_in_background(lambda: suggest("Frau Erika Mustermann war am 2. Mai 2024 hier."))


def describe(replacement: Replacement) -> str:
    f = replacement.finding
    return f"{f.label} „{f.text}“"


class PrivacyGuard(QObject):
    """Watches one text field; `findings_did_change(count)` after every check."""

    findings_did_change = Signal(int)

    def __init__(self, editor: QPlainTextEdit, on_replaced: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.on_replaced = on_replaced
        self.replacements: list[Replacement] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_PAUSE_MS)
        self.timer.timeout.connect(self.check)
        editor.textChanged.connect(self.timer.start)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._context_menu)
        self.panel = QWidget(parent)
        self.panel.setAccessibleName(self.tr("Personal data notice"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.buttons = QGridLayout()
        self.buttons.setSpacing(6)
        self.all_button = QPushButton(self.tr("Replace all"))
        # The name is the visible text (WCAG 2.5.3); what it does is the description.
        self.all_button.setAccessibleDescription(self.tr("Replace all personal data found"))
        self.all_button.clicked.connect(self.replace_everything)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addLayout(self.buttons)
        row.addStretch(1)
        row.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.panel.hide()
        self._button_widgets: list[QPushButton] = []
        self._announced = ""
        self.check()
        _prepare_detector()

    # --- checking -----------------------------------------------------------------------------

    def check(self) -> None:
        self.timer.stop()
        self.replacements = suggest(self.editor.toPlainText())
        self._underline()
        self._show_panel()
        self.findings_did_change.emit(len(self.replacements))

    def _underline(self) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        highlight = self.editor.palette().color(QPalette.ColorRole.Highlight)
        fmt.setUnderlineColor(highlight if highlight.lightness() < 200 else QColor("#b00020"))
        fmt.setFontUnderline(True)
        for r in self.replacements:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(_qt_pos(self.editor.toPlainText(), r.finding.start))
            cursor.setPosition(_qt_pos(self.editor.toPlainText(), r.finding.end),
                               QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _show_panel(self) -> None:
        for button in self._button_widgets:
            self.buttons.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._button_widgets = []
        count = len(self.replacements)
        self.panel.setVisible(count > 0)
        if not count:
            self._announced = ""
            return
        names = ", ".join(describe(r) for r in self.replacements[:8])
        more = "" if count <= 8 else self.tr(" and {n} more").format(n=count - 8)
        text = self.tr("Possibly personal data: {items}{more}. Please replace it with "
                       "placeholders so that the note does not identify anyone.").format(
            items=names, more=more)
        self.label.setText(text)
        if text != self._announced and self.panel.isVisible():
            announce(self.panel, text)  # a blind caseworker learns it while typing
            self._announced = text
        for index, r in enumerate(self.replacements[:MAX_BUTTONS]):
            button = QPushButton(self.tr("“{text}” → {placeholder}").format(
                text=_short(r.finding.text), placeholder=r.placeholder))
            button.setAccessibleDescription(self.tr("Replace {what} with {placeholder}").format(
                what=describe(r), placeholder=r.placeholder))
            button.clicked.connect(lambda _c=False, rep=r: self.replace(rep))
            self.buttons.addWidget(button, index // COLUMNS, index % COLUMNS)
            self._button_widgets.append(button)
        self.all_button.setText(self.tr("Replace all ({n})").format(n=count))
        # Made after everything else on the screen, the buttons would come last in the Tab
        # order: right after the field they belong to, as they are shown.
        chain(self.editor, *self._button_widgets, self.all_button)

    # --- replacing ----------------------------------------------------------------------------

    def replace(self, replacement: Replacement) -> None:
        text = self.editor.toPlainText()
        try:
            new = replace_one(text, replacement.finding)
        except ValueError:  # the text changed since the check: check again
            self.check()
            return
        self._set_text(new)

    def replace_everything(self) -> None:
        self._set_text(replace_all(self.editor.toPlainText()))

    def _set_text(self, text: str) -> None:
        cursor = self.editor.textCursor()
        position = cursor.position()
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)
        self.on_replaced(text)
        self.check()

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.editor.createStandardContextMenu(pos)
        offset = self.editor.cursorForPosition(pos).position()
        text = self.editor.toPlainText()
        for r in self.replacements:
            if _qt_pos(text, r.finding.start) <= offset <= _qt_pos(text, r.finding.end):
                if menu.actions():
                    menu.insertSeparator(menu.actions()[0])
                action = menu.addAction(self.tr("Replace “{text}” with {placeholder}").format(
                    text=_short(r.finding.text), placeholder=r.placeholder))
                menu.insertAction(menu.actions()[0], action)
                action.triggered.connect(lambda _c=False, rep=r: self.replace(rep))
                break
        menu.exec(self.editor.mapToGlobal(pos))
        menu.deleteLater()


def _short(text: str) -> str:
    return text if len(text) <= 28 else text[:26] + "…"


def _qt_pos(text: str, index: int) -> int:
    """Python offsets count code points, Qt's count UTF-16 units (emoji take two)."""
    return len(text[:index].encode("utf-16-le")) // 2


def unresolved(texts: list[str]) -> list[Replacement]:
    """Findings left in a set of texts (to ask before saving)."""
    found: list[Replacement] = []
    for text in texts:
        found.extend(suggest(text))
    return found

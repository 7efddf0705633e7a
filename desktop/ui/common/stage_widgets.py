"""Building blocks of a session step: prompts, Auswahl questions, Hinweise, instruments."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.core.practice.order import Shown
from desktop.core.scenarios import render
from desktop.core.scenarios.model import ChoiceQuestion, Option
from desktop.ui.common.a11y import label_for
from desktop.ui.common.labels import visible_text
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import heading, paragraph
from desktop.ui.common.wrapping import FlowRows, WrappingRadioButton

# Typing is kept in the widget and handed to the session (and so to the journal) after a short
# pause, so a keystroke never waits for the disk; while the user keeps typing it is handed over
# at least every TYPING_MAX_WAIT_MS as well, so a crash loses at most half a second (design
# §5). Focus loss, step changes and closing hand it over at once. The maximum wait leaves
# room for the commit itself (one small transaction with fsync) and a busy event loop within
# the 0.5 s promise (50 kills of the real app: worst loss 415 ms with 400 ms, 315 with 300).
TYPING_PAUSE_MS = 200
TYPING_MAX_WAIT_MS = 300


def plain(markdown_text: str) -> str:
    """A prompt's Markdown as plain text, for accessible names."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", render.inline_html(markdown_text))).strip()


class DebouncedText(QObject):
    """Calls `commit(text)` TYPING_PAUSE_MS after the last change, at the latest
    TYPING_MAX_WAIT_MS after the first change not yet committed, and at once on flush() or when
    the editor loses focus. The one mechanism for every free-text field that is saved.

    Whether something is pending is a flag of its own, not a timer's state: a timer that has
    just fired is no longer active, and a flush after it must still commit.
    """

    def __init__(self, editor: QPlainTextEdit | QLineEdit, commit: Callable[[str], None]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.commit = commit
        self.pending = False
        self.pause = self._timer(TYPING_PAUSE_MS)
        self.max_wait = self._timer(TYPING_MAX_WAIT_MS)
        if isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._changed)
        else:
            editor.textEdited.connect(lambda _t: self._changed())
        editor.installEventFilter(self)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    def _changed(self) -> None:
        self.pending = True
        self.pause.start()  # restarts: the pause counts from the last keystroke
        if not self.max_wait.isActive():
            self.max_wait.start()  # not restarted: counts from the first pending keystroke

    def text(self) -> str:
        e = self.editor
        return e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()

    def flush(self) -> None:
        """Commit what is pending now (nothing when nothing changed since the last commit)."""
        self.pause.stop()
        self.max_wait.stop()
        if self.pending:
            self.pending = False
            self.commit(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class LineField(QWidget):
    """A labelled one-line text field whose text is saved through DebouncedText: the label
    above names the field (buddy; its accessible name is the label's text, WCAG 2.5.3)."""

    def __init__(self, label: str, value: str, commit: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(value)
        self.label = label_for(paragraph(label), self.edit)
        self.debounce = DebouncedText(self.edit, commit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)

    def flush(self) -> None:
        self.debounce.flush()


def line_field(label: str, value: str, commit: Callable[[str], None]) -> LineField:
    """The labelled, autosaved line edit of a step (a title, a takeaway, one sentence)."""
    return LineField(label, value, commit)


def push_button(text: str, description: str = "") -> QPushButton:
    """A push button whose accessible name is its visible text (without the & of its Alt key),
    so voice control finds it by what it says (WCAG 2.5.3); more goes in the description."""
    button = QPushButton(text)
    button.setAccessibleName(visible_text(text))
    if description:
        button.setAccessibleDescription(description)
    return button


class AnswerEdit(QPlainTextEdit):
    """A free-text answer: Tab moves on (keyboard users), grows a little with the text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("Your answer …"))
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 4 + 12)
        self.setMaximumHeight(line * 12 + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self):  # noqa: N802 - Qt API
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        return hint


class PromptBlock(QWidget):
    """One reflection prompt with its text field; commits to `on_commit(index, text)`."""

    def __init__(self, index: int, prompt: str, text: str,
                 on_commit: Callable[[int, str], None], parent: QWidget | None = None,
                 guard_privacy: bool = False) -> None:
        super().__init__(parent)
        self.index = index
        label = paragraph(render.inline_html(prompt), rich=True)
        self.edit = AnswerEdit(plain(prompt))
        label.setBuddy(self.edit)
        self.edit.setPlainText(text)
        self.debounce = DebouncedText(self.edit, lambda t: on_commit(index, t))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.guard = None
        if guard_privacy:
            from desktop.ui.common.privacy_guard import PrivacyGuard

            # A replacement is committed at once: the raw text must not wait in the widget.
            self.guard = PrivacyGuard(self.edit, lambda t: on_commit(index, t), self)
            layout.addWidget(self.guard.panel)

    def flush(self) -> None:
        self.debounce.flush()


class ChoiceBlock(QGroupBox):
    """An Auswahl question: radio buttons; after a choice its feedback, then all feedback.

    The options come in the order the session shows them (`PracticeSession.shown_options`);
    everything here refers to an option by its id, never by where it stands.
    """

    chosen = Signal(int, str)  # question index, option id

    def __init__(self, index: int, question: ChoiceQuestion, shown: tuple[Shown[Option], ...],
                 chosen_id: str | None, parent: QWidget | None = None) -> None:
        # The question as a wrapped label inside the box, not as the box's title: a title
        # stays on one line and at 200 % text made Deuten wider than the window.
        super().__init__(parent)
        self.index = index
        self.question = question
        self.shown = shown
        self.setAccessibleName(question.question)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, WrappingRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(question.question))
        for entry in shown:
            button = WrappingRadioButton(plain(entry.item.text))  # wraps at 200 % text
            button.setAccessibleName(plain(entry.item.text))
            button.setObjectName(f"option-{entry.id}")
            button.setProperty("option_id", entry.id)
            self.group.addButton(button)
            self.buttons[entry.id] = button
            layout.addWidget(button)
        self.feedback = AutoHeightTextView(name=self.tr("Feedback on your choice"))
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.all_button = push_button(self.tr("Show all feedback"),
                                      self.tr("Show feedback on all options"))
        self.all_button.setCheckable(True)
        self.all_button.hide()
        self.all_button.toggled.connect(lambda _on: self._show_feedback())
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        if chosen_id in self.buttons:
            self.buttons[chosen_id].setChecked(True)
            self._show_feedback()
        self.group.buttonClicked.connect(self._on_click)

    def checked_id(self) -> str | None:
        button = self.group.checkedButton()
        return None if button is None else str(button.property("option_id"))

    def _on_click(self, button: QAbstractButton) -> None:
        self.chosen.emit(self.index, str(button.property("option_id")))
        self._show_feedback()

    def _show_feedback(self) -> None:
        chosen = self.checked_id()
        if chosen is None:
            return
        parts = []
        show_all = self.all_button.isChecked()
        for entry in self.shown:
            option = entry.item
            if entry.id != chosen and not show_all:
                continue
            mark = self.tr("recommended") if option.recommended else self.tr("less viable")
            you = self.tr("Your choice") + ": " if entry.id == chosen else ""
            parts.append(f"<p><b>{render.escape(you)}{render.inline_html(option.text)}</b> "
                         f"<span class='muted'>({render.escape(mark)})</span></p>"
                         f"<blockquote>{render.to_html(option.feedback or '')}</blockquote>")
        self.feedback.set_html("".join(parts))
        self.feedback.show()
        self.all_button.show()
        self.all_button.setText(self.tr("Show only my choice") if show_all
                                else self.tr("Show all feedback"))
        self.all_button.setAccessibleName(self.all_button.text())


class HintsBlock(QFrame):
    """The experts' view: a button until the stage is answered, then the text."""

    def __init__(self, title: str, available: Callable[[], bool], reveal: Callable[[], str],
                 already_seen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._available = available
        self._reveal = reveal
        self.button = push_button(self.tr("&Show hints from experienced colleagues"),
                                  self.tr("Available once you have worked on this stage"))
        self.button.clicked.connect(self.reveal)
        self.note = paragraph(self.tr("The hints appear as soon as you have answered or "
                                          "chosen something in this stage."))
        self.view = AutoHeightTextView(name=title)
        self.view.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading(title, 3))
        layout.addWidget(self.note)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        if already_seen:
            self.reveal()
        else:
            self.update_state()

    def update_state(self) -> None:
        available = self._available()
        self.button.setEnabled(available)
        self.note.setVisible(not available and not self.view.isVisible())

    def reveal(self) -> None:
        if not self._available():
            return
        self.view.set_markdown(self._reveal())
        self.view.show()
        self.button.hide()
        self.note.hide()


class StrainSlider(QWidget):
    """A 0–10 scale for strain; the value is also said in words (not only by position)."""

    changed = Signal(int)

    def __init__(self, label: str, value: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = paragraph(label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(label)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10 von 10 ") + 8)
        self.unset = value is None
        self.slider.setValue(5 if value is None else value)
        self._show_value()
        self.slider.valueChanged.connect(self._on_change)
        self.title.setBuddy(self.slider)
        # The value goes below the scale when the row is too narrow for both (200 % text in
        # a narrow window cut it and squeezed the slider to its handle).
        row = FlowRows([(QLabel(self.tr("0 not at all")), self.slider,
                         QLabel(self.tr("10 very strong"))), (self.value_label,)],
                       stretch=(self.slider,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(row)

    def _show_value(self) -> None:
        text = (self.tr("not chosen yet") if self.unset
                else self.tr("{n} of 10").format(n=self.slider.value()))
        self.value_label.setText(text)
        self.slider.setAccessibleDescription(text)

    def _on_change(self, value: int) -> None:
        self.unset = False
        self._show_value()
        self.changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Space on an untouched slider confirms the middle value without moving it.
        if event.key() == Qt.Key.Key_Space and self.unset:
            self._on_change(self.slider.value())
            return
        super().keyPressEvent(event)


def tr(text: str) -> str:
    return QCoreApplication.translate("stage", text)


def help_pointer_html() -> str:
    """Where to get help after a hard conversation (shown in Verarbeiten)."""
    items = (
        tr("a colleague you trust, today if possible"),
        tr("your team lead, especially after threats or assaults"),
        tr("your team's peer case consultation"),
        tr("supervision, when a case stays on your mind for a while"),
        tr("the employee assistance programme (EAP) or the occupational health service, in "
           "confidence"),
    )
    title = render.escape(tr("You don't have to carry this alone"))
    return (f"<h3>{title}</h3><ul>"
            + "".join(f"<li>{render.escape(i)}</li>" for i in items) + "</ul>")

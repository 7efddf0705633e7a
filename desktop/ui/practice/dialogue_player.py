"""Reagieren: the dialogue player.

The transcript is rebuilt from the session's walk every time, so what is shown always equals
what is recorded (after undo, restart and resume alike). Ratings are shown as a symbol and a
word, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.practice import DialogueWalk, PracticeSession, SessionKind
from desktop.core.scenarios import render
from desktop.core.scenarios.model import DialogueNode, Scenario
from desktop.ui.common import a11y, labels
from desktop.ui.common.a11y import label_for
from desktop.ui.common.stage_widgets import AnswerEdit, DebouncedText, plain, push_button
from desktop.ui.common.text_view import AutoHeightTextView
from desktop.ui.common.widgets import heading, paragraph
from desktop.ui.common.wrapping import FlowRows


class ChoiceButton(QPushButton):
    """A push button whose long text wraps (QPushButton itself never wraps)."""

    def __init__(self, text_html: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text_html)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._box = QHBoxLayout(self)
        self._box.setContentsMargins(12, 8, 12, 8)
        self._box.addWidget(self.label)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        width = max(self.width(), 300)
        margins = self._box.contentsMargins()  # as the layout lays the label out: a
        # taller hint made the minimum of every step with choices taller than its content
        hint.setHeight(self.label.heightForWidth(width - margins.left() - margins.right())
                       + margins.top() + margins.bottom())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.updateGeometry()


def speaker_name(scenario: Scenario, node: DialogueNode) -> str | None:
    """The last speaker of a node: the one whose thought the node's Gedanke is."""
    for line in reversed(node.lines):
        person = scenario.person(line.speaker)
        if person is not None:
            return person.name
    return None


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogue", text)


def transcript_html(session: PracticeSession) -> str:
    """The walk so far: each node's lines, revealed thoughts, the choice taken with feedback."""
    scenario = session.scenario
    walk = session.dialogue
    assert scenario is not None and walk is not None
    path = walk.path
    parts: list[str] = []
    for index, node_id in enumerate(walk.visited):
        node = walk.node(node_id)
        if node.title:
            parts.append(f"<h3>{render.escape(node.title)}</h3>")
        for line in node.lines:
            person = scenario.person(line.speaker)
            if person is None:
                parts.append(f"<p><i>{render.inline_html(line.text)}</i></p>")
            else:
                parts.append(f"<p><b>{render.escape(person.name)}</b> "
                             f"<span class='muted'>({render.escape(person.role)})</span>: "
                             f"{render.inline_html(line.text)}</p>")
        if node.thought and node_id in walk.thoughts_seen:
            who = speaker_name(scenario, node) or tr("The other person")
            parts.append(f"<blockquote><b>{render.escape(tr('What {name} thinks').format(name=who))}"
                         f":</b> {render.inline_html(node.thought)}</blockquote>")
        if index < len(path):
            step = path[index]
            if step.own_words:
                parts.append(f"<p><b>{render.escape(tr('Your own words first'))}:</b> "
                             f"{render.escape(step.own_words)}</p>")
            symbol = labels.rating_symbol(step.rating)
            word = labels.rating_label(step.rating)
            parts.append(f"<p><b>{render.escape(tr('You'))}:</b> {render.inline_html(step.text)}"
                         f"</p><blockquote><b>{symbol} {render.escape(word)}.</b> "
                         f"{render.inline_html(step.feedback or '')}</blockquote>")
    if walk.current.ending and session.kind is not SessionKind.ZWISCHENDURCH:
        parts.append(f"<p><b>{render.escape(tr('The conversation ends here.'))}</b></p>")
    return "".join(parts)


class DialoguePlayer(QWidget):
    """The transcript, the current choices as buttons, thought, undo and restart."""

    walk_did_change = Signal()
    controls_changed = Signal()  # the answer buttons were made anew (the Tab order follows)

    def __init__(self, session: PracticeSession, parent: QWidget | None = None,
                 own_words_first: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        walk, scenario = session.dialogue, session.scenario
        assert walk is not None and scenario is not None
        self.walk: DialogueWalk = walk
        self.scenario: Scenario = scenario
        self.transcript = AutoHeightTextView(name=self.tr("Conversation transcript"))
        self.prompt = heading(self.tr("What do you say?"), 3)
        # "Own words first" (a setting): write what you would say, then see the options and
        # pick the nearest one. Retrieval practice; both are kept in the journal.
        self.own_words_first = own_words_first
        self._revealed: str | None = None  # the node whose options are shown
        self._buttons: list[ChoiceButton] = []
        self._build_own_words()
        self.own_shown = paragraph()
        self.own_shown.setObjectName("own_words_shown")
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(6)
        self.end_label = paragraph()
        tools = self._build_tools()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.transcript)
        layout.addWidget(self.own_box)
        layout.addWidget(self.prompt)
        layout.addWidget(self.own_shown)
        layout.addLayout(self.choices_box)
        layout.addWidget(self.end_label)
        layout.addLayout(tools)
        self.refresh()

    def _build_own_words(self) -> None:
        self.own_box = QWidget()
        own_layout = QVBoxLayout(self.own_box)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_label = paragraph(self.tr("What would you say now? Write it in your own words "
                                          "before you see the options:"))
        self.own_edit = AnswerEdit(self.tr("What you would say, in your own words"))
        self.own_edit.setObjectName("own_words")
        label_for(own_label, self.own_edit)
        self.own_debounce = DebouncedText(self.own_edit, self.walk.set_own_words)
        self.reveal_button = push_button(self.tr("Show the &options"))
        self.reveal_button.clicked.connect(self.reveal_options)
        own_layout.addWidget(own_label)
        own_layout.addWidget(self.own_edit)
        own_layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_tools(self) -> QVBoxLayout:
        """Thought and undo, then restart (below the answers, and after them in the Tab
        order), each on as many rows as the width needs: in one row, the five controls needed
        1,290 px at 200 % text, wider than the step, which then scrolled sideways."""
        self.thought_button = QPushButton()  # named after its text in refresh()
        self.thought_button.clicked.connect(self._reveal_thought)
        self.undo_button = push_button(self.tr("&Undo last choice"),
                                       self.tr("Take back the last choice"))
        self.undo_button.clicked.connect(self._undo)
        self.restart_combo = QComboBox()
        self.restart_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.restart_combo.setMinimumContentsLength(16)
        self.restart_button = push_button(self.tr("&Restart from here"),
                                          self.tr("Start again from the chosen point"))
        # A buddy label: on Linux a combo box is announced by its value only otherwise.
        self.restart_label = label_for(QLabel(self.tr("Start again from:")), self.restart_combo)
        self.restart_button.clicked.connect(self._restart)
        tools = QVBoxLayout()
        tools.addWidget(FlowRows([(self.thought_button,), (self.undo_button,)]))
        tools.addWidget(FlowRows([(self.restart_label, self.restart_combo),
                                  (self.restart_button,)]))
        return tools

    def choice_buttons(self) -> list[ChoiceButton]:
        return list(self._buttons)

    def refresh(self, focus: bool = False) -> None:
        walk = self.walk
        self.transcript.set_html(transcript_html(self.session))
        for button in self._buttons:
            self.choices_box.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._buttons = []
        node = walk.current
        open_choice = not walk.finished
        asking = open_choice and self.own_words_first and self._revealed != node.id
        self.own_box.setVisible(asking)
        if asking and self.own_edit.toPlainText() != walk.own_words:
            self.own_edit.setPlainText(walk.own_words)
        open_choice = open_choice and not asking
        self.prompt.setVisible(open_choice)
        words = walk.own_words.strip() if self.own_words_first else ""
        self.prompt.setText(self.tr("Which option comes nearest to your words?") if words
                            else self.tr("What do you say?"))
        self.own_shown.setText(self.tr("Your words: {text}").format(text=words))
        self.own_shown.setVisible(open_choice and bool(words))
        if open_choice:
            self._add_choice_buttons(node.id)
        self._refresh_tools()
        self.controls_changed.emit()
        if focus and asking:
            self.own_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focus:
            target = self._buttons[0] if self._buttons else (
                self.thought_button if self.thought_button.isEnabled() else self.undo_button)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_choice_buttons(self, node_id: str) -> None:
        # In the session's own order; each button carries its choice's id, and the number
        # shown (and its key) is only where the choice stands this time.
        for number, entry in enumerate(self.walk.shown_choices(node_id), start=1):
            text = entry.item.text
            name = self.tr("Answer {n}: {text}").format(n=number, text=plain(text))
            button = ChoiceButton(f"<b>{number}.</b> {render.inline_html(text)}", name)
            button.setObjectName(f"choice-{entry.id}")
            button.setProperty("choice_id", entry.id)
            button.clicked.connect(lambda _c=False, cid=entry.id: self.choose(cid))
            self.choices_box.addWidget(button)
            # Shown now, not on the layout's next pass, so focus can land on it.
            button.setVisible(True)
            self._buttons.append(button)

    def _refresh_tools(self) -> None:
        """The closing sentence, thought, undo and restart as the walk now stands."""
        walk = self.walk
        if walk.finished and self.session.kind is SessionKind.ZWISCHENDURCH:
            self.end_label.setText(self.tr("You can take back the choice and try another one, "
                                           "or note down a sentence below."))
        elif walk.finished:
            self.end_label.setText(self.tr("“Continue” takes you to Verarbeiten. You can also "
                                           "take back a choice or start again at an earlier "
                                           "point."))
        self.end_label.setVisible(walk.finished)
        available = walk.thought_available()
        last = walk.path[-1].node_id if walk.path else (walk.history[-1].node_id
                                                         if walk.history else None)
        who = speaker_name(self.scenario, walk.node(last)) if last else None
        self.thought_button.setText(self.tr("What is {name} thinking?").format(name=who) if who
                                    else self.tr("What is the other person thinking?"))
        self.thought_button.setAccessibleName(self.thought_button.text())
        self.thought_button.setEnabled(available and last not in walk.thoughts_seen)
        self.thought_button.setVisible(any(walk.node(n).thought for n in walk.visited))
        self.undo_button.setEnabled(walk.can_undo)
        self.restart_combo.clear()
        for node_id in walk.visited[:-1]:
            title = walk.node(node_id).title or node_id
            self.restart_combo.addItem(title, node_id)
        has_restart = self.restart_combo.count() > 0
        self.restart_combo.setEnabled(has_restart)
        self.restart_button.setEnabled(has_restart)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """The number keys 1–9 take the choice shown with that number."""
        text = event.text()
        if text.isdigit() and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                    Qt.KeyboardModifier.KeypadModifier):
            number = int(text)
            if 1 <= number <= len(self._buttons):
                self._buttons[number - 1].click()
                return
        super().keyPressEvent(event)

    def flush(self) -> None:
        self.own_debounce.flush()

    def reveal_options(self) -> None:
        """Own words first: the words are saved, now show the options of this node."""
        self.flush()
        self._revealed = self.walk.current.id
        self.refresh(focus=True)

    def choose(self, choice: int | str) -> None:
        """Take a choice by its id (str) or its index in the file (int).

        The rating, the feedback and what the client says next are added to the transcript
        above while focus goes on to the next answers: a screen reader would read only those,
        so what happened is announced as well (and stays the transcript's description)."""
        self.flush()
        self.walk.choose(choice)
        self.refresh(focus=True)
        a11y.announce(self.transcript, self.outcome_text(), assertive=True)
        self.walk_did_change.emit()

    def outcome_text(self) -> str:
        """The last choice's rating and feedback, then the lines that followed it."""
        walk = self.walk
        if not walk.path:
            return ""
        step = walk.path[-1]
        scenario = self.scenario
        parts = [f"{labels.rating_symbol(step.rating)} {labels.rating_label(step.rating)}.",
                 plain(step.feedback or "")]
        for line in walk.current.lines:
            person = scenario.person(line.speaker)
            parts.append(f"{person.name}: {plain(line.text)}" if person else plain(line.text))
        if walk.current.ending and self.session.kind is not SessionKind.ZWISCHENDURCH:
            parts.append(self.tr("The conversation ends here."))
        return " ".join(p for p in parts if p)

    def _undo(self) -> None:
        self.walk.undo()
        self.refresh(focus=True)
        self.walk_did_change.emit()

    def _restart(self) -> None:
        node_id = self.restart_combo.currentData()
        if node_id:
            self.walk.restart_from(node_id)
            self.refresh(focus=True)
            self.walk_did_change.emit()

    def _reveal_thought(self) -> None:
        if self.walk.thought_available():
            self.walk.reveal_thought()
            self.refresh()
            self.transcript.setFocus()
            node = self.walk.node(self.walk.thoughts_seen[-1]) if self.walk.thoughts_seen \
                else None
            if node is not None and node.thought:
                a11y.announce(self.transcript, plain(node.thought), assertive=True)
            self.walk_did_change.emit()

"""One journal entry as a readable document, with its tags and a way to continue a draft.

The document is built from what the journal stored (`Journal.entry`, an `EntryView`), not from
the scenario, so an entry stays readable, exportable and printable when its scenario has left
the library. The same HTML goes into the PDF export (`export.py`), so screen and paper say the
same; the parts it shares with the shared-entry view and the summary are in
`common/entry_render.py`, its words in `common/labels.py::entry_labels`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.journal.entry import EntryLabels, EntryView
from desktop.core.practice.catalog import SessionKind
from desktop.core.scenarios import render
from desktop.ui.common import a11y, labels
from desktop.ui.common.entry_render import Texts, section_html
from desktop.ui.common.journal_service import ChangeKind, JournalService
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible
from desktop.ui.journal.journal_model import local_time

e = render.escape


def journal_labels() -> EntryLabels:
    """The entry's words in the UI's language, its times in local date and time."""
    return labels.entry_labels(local_time)


def entry_title(view: EntryView, words: EntryLabels | None = None) -> str:
    """The entry's name (the PDF's footer)."""
    return view.facts.heading(words or journal_labels())


def _facts(view: EntryView, words: EntryLabels) -> str:
    f = view.facts
    parts = [f"<h1>{e(f.heading(words))}</h1>",
             f"<p class='muted'>{e(' · '.join(f.lines(words)))}</p>"]
    if f.tags:
        parts.append(f"<p><b>{e(words.tags)}</b> {e(', '.join(f.tags))}</p>")
    if f.personal_data:
        parts.append(f"<p class='muted'>{e(words.personal_data)}</p>")
    return "".join(parts)


def _feedback(view: EntryView, words: EntryLabels) -> str:
    if not view.feedback:
        return ""
    parts = [f"<h2>{e(words.feedback)}</h2>"]
    for item in view.feedback:
        when = words.when(item.received_at)
        origin = words.feedback_from.format(sender=item.sender, when=when) if item.sender \
            else words.feedback_received.format(when=when)
        about = f" · {words.steps[item.stage]}" if item.stage else ""
        parts.append(f"<p class='muted'>{e(origin + about)}</p>"
                     f"<blockquote>{e(item.text.strip())}</blockquote>")
    return "".join(parts)


def entry_html(view: EntryView, words: EntryLabels | None = None) -> str:
    """The whole entry: facts, each step's answers and choices, the path with its ratings,
    the Verarbeiten instruments, the reflection, feedback received and shares."""
    words = words or journal_labels()
    parts = [_facts(view, words)]
    for section in view.sections:
        parts.append(f"<h2>{e(words.steps[section.step])}</h2>")
        parts.append(section_html(section, words, Texts()))
    if not view.sections:
        parts.append(f"<p>{e(words.nothing_yet)}</p>")
    parts.append(_feedback(view, words))
    if view.shares:
        shared = "; ".join(f"{words.when(s.shared_at)} ({s.file_name})" for s in view.shares)
        parts.append(f"<p class='muted'>{e(words.shared.format(when=shared))}</p>")
    return "".join(parts)


def search_words(text: str) -> list[str]:
    """The words of a search, as the journal's search reads them."""
    return re.findall(r"\w+", text)


class SessionDetail(QWidget):
    """An entry's document, its tags (editable) and "Continue" for a draft."""

    continue_requested = Signal(int)
    tags_did_change = Signal(int)
    draft_requested = Signal(object)  # an own case's entry data: a scenario draft from it

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._session_id: int | None = None
        self.document = TextView(name=self.tr("Journal entry"))
        self.document.setAccessibleDescription(self.tr(
            "The selected entry as a document: questions, answers, choices, the path through "
            "the conversation and feedback"))
        self.tags_edit = accessible(QLineEdit(), self.tr("Tags of this entry"),
                                    self.tr("Several tags separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("e.g. counter, anger"))
        # Enter saves, and so does leaving the field with changed tags: typed tags are never
        # dropped because the user clicked another entry instead of "Save tags".
        self.tags_edit.editingFinished.connect(self.save_tags)
        tags_label = QLabel(self.tr("Tags (&comma-separated):"))
        a11y.label_for(tags_label, self.tags_edit)
        self.save_tags_button = accessible(QPushButton(self.tr("Sa&ve tags")),
                                           self.tr("Save tags"))
        self.save_tags_button.clicked.connect(self.save_tags)
        self.continue_button = QPushButton(self.tr("C&ontinue"))  # named by what it says
        self.continue_button.setAccessibleDescription(self.tr("Opens the draft where you stopped"))
        self.continue_button.clicked.connect(self._continue)
        self.drafts_enabled = lambda: False  # studio_draft.install_draft_action switches it
        self.draft_button = accessible(QPushButton(self.tr("As a scenario &draft")),
                                       self.tr("As a scenario draft"),
                                       self.tr("Opens a scenario skeleton from this case in "
                                               "the scenario studio"))
        self.draft_button.clicked.connect(self._request_draft)
        # The path as a graph needs the scenario: the page that owns this detail sets
        # `scenarios` (a callable giving the library's scenarios by id).
        self.scenarios: Callable[[], Mapping[str, Any]] = dict
        self.graph_button = accessible(QPushButton(self.tr("Path as a &graph")),
                                       self.tr("Show the path as a graph"),
                                       self.tr("Your path, the recommended path and your "
                                               "earlier attempts, node by node"))
        self.graph_button.clicked.connect(self.show_graph)
        for button in (self.save_tags_button, self.continue_button, self.graph_button,
                       self.draft_button):
            button.setAutoDefault(False)  # Enter in the tags field saves them, nothing else
        tags_row = QHBoxLayout()
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)
        tags_row.addWidget(self.save_tags_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.draft_button)
        actions.addWidget(self.graph_button)
        actions.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.document, 1)
        layout.addLayout(tags_row)
        layout.addLayout(actions)
        self.show_entry(None)

    @property
    def session_id(self) -> int | None:
        return self._session_id

    def show_entry(self, session_id: int | None, highlight: str = "") -> None:
        """Show an entry (None: a hint to pick one); `highlight` marks a search's words."""
        self._session_id = None
        view = None
        if session_id is not None and self._journal.readable:
            try:
                view = self._journal.store.entry(session_id)
            except KeyError:
                view = None
        if view is None:
            hint = self.tr("Choose an entry in the list to read it here.")
            self.document.set_html(f"<p>{render.escape(hint)}</p>")
            self.tags_edit.clear()
        else:
            self._session_id = session_id
            self.document.set_html(entry_html(view))
            self.tags_edit.setText(", ".join(view.facts.tags))
            self.mark_words(search_words(highlight))
        facts = view.facts if view is not None else None
        writable = self._journal.writable
        self.tags_edit.setEnabled(facts is not None and writable)
        self.save_tags_button.setEnabled(facts is not None and writable)
        self.continue_button.setVisible(facts is not None and not facts.finished)
        self.draft_button.setVisible(bool(
            facts is not None and facts.finished and facts.kind is SessionKind.EIGENER_FALL
            and self.drafts_enabled()))
        self.continue_button.setEnabled(writable)
        self.continue_button.setToolTip(self._journal.unavailable_text())
        self.graph_button.setVisible(view is not None and view.walk is not None
                                     and facts is not None
                                     and facts.scenario_id in self.scenarios())

    def show_graph(self) -> None:
        """The entry's path in a window of its own (the scenario must still be there)."""
        from desktop.core.journal import JournalError
        from desktop.ui.common.path_replay import PathReplayDialog

        if self._session_id is None or not self._journal.readable:
            return
        store = self._journal.store
        try:
            session = store.load_session(self._session_id, self.scenarios())
        except JournalError:
            return
        dialog = PathReplayDialog(session, store, self)
        self.graph_dialog = dialog  # tests and screenshots reach it
        dialog.exec()

    def mark_words(self, words: list[str]) -> None:
        """Mark every word starting with one of `words` (bold, underlined, highlighted)."""
        selections: list[QTextEdit.ExtraSelection] = []
        fmt = QTextCharFormat()
        fmt.setFontWeight(700)
        fmt.setFontUnderline(True)
        fmt.setBackground(self.palette().highlight())
        fmt.setForeground(self.palette().highlightedText())
        doc = self.document.document()
        for word in words:
            pattern = QRegularExpression(
                rf"\b{QRegularExpression.escape(word)}\w*",
                QRegularExpression.PatternOption.CaseInsensitiveOption
                | QRegularExpression.PatternOption.UseUnicodePropertiesOption)
            cursor = doc.find(pattern, 0)
            while not cursor.isNull() and len(selections) < 500:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(cursor)
                selection.format = fmt
                selections.append(selection)
                cursor = doc.find(pattern, cursor, QTextDocument.FindFlag(0))
        self.document.setExtraSelections(selections)

    def save_tags(self) -> None:
        if self._session_id is None or not self._journal.writable:
            return
        tags = [t for t in self.tags_edit.text().split(",") if t.strip()]
        saved = self._journal.store.tags.set(self._session_id, tags)
        self.tags_edit.setText(", ".join(saved))
        self.tags_did_change.emit(self._session_id)
        self._journal.did_change(ChangeKind.TAGS, session_ids=[self._session_id], origin=self)

    def _request_draft(self) -> None:
        # The studio's skeleton reads the session's own data (`scenarios.draft`).
        if self._session_id is not None and self._journal.readable:
            self.draft_requested.emit(self._journal.store.load(self._session_id))

    def _continue(self) -> None:
        if self._session_id is not None:
            self.continue_requested.emit(self._session_id)


class SessionDetailDialog(QDialog):
    """An entry in a window of its own: more room to read, at any font size."""

    def __init__(self, journal: JournalService, session_id: int, highlight: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal entry"))
        self.setAccessibleName(self.tr("Journal entry"))
        self.resize(860, 760)
        self.detail = SessionDetail(journal, self)
        self.detail.show_entry(session_id, highlight)
        self.detail.continue_requested.connect(lambda _id: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail, 1)
        layout.addWidget(buttons)
        self.detail.document.setFocus(Qt.FocusReason.OtherFocusReason)

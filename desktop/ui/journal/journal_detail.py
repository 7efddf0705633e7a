"""One journal entry as a readable document, with its tags and a way to continue a draft.

The document is built from what the journal stored (`Journal.entry`), not from the scenario, so
an entry stays readable, exportable and printable when its scenario has left the library. The
same HTML goes into the PDF export (`export.py`), so screen and paper say the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
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

from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.scenarios import render
from desktop.ui.common import labels
from desktop.ui.common.journal_service import ChangeKind, JournalService
from desktop.ui.common.labels import local_time
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible

Translate = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal_detail", text)


def entry_title(data: dict[str, Any]) -> str:
    return data.get("title") or data.get("scenario_title") or labels.kind_label(data["kind"])


def _text(value: str) -> str:
    """A user's own text: escaped, line breaks kept, never interpreted as markup."""
    return render.escape(value.strip())


def _facts(data: dict[str, Any]) -> list[str]:
    e = render.escape
    kind = SessionKind(data["kind"])
    facts = [labels.kind_label(kind)]
    if data.get("scenario_title") and data.get("title"):
        facts.append(_tr("Scenario: {title}").format(title=data["scenario_title"]))
    facts.append(_tr("started {when}").format(when=local_time(data["created_at"])))
    if data.get("finished_at"):
        facts.append(_tr("✔ finished {when}").format(when=local_time(data["finished_at"])))
    else:
        facts.append(_tr("✎ draft, stopped at {step}").format(step=labels.step_label(data["step"])))
    parts = [f"<h1>{e(entry_title(data))}</h1>", f"<p class='muted'>{e(' · '.join(facts))}</p>"]
    if data.get("tags"):
        parts.append(f"<p><b>{e(_tr('Tags:'))}</b> {e(', '.join(data['tags']))}</p>")
    if data.get("personal_data"):
        note = _tr("You chose to keep personal data in this entry: it stays on this computer "
                  "and cannot be shared.")
        parts.append(f"<p class='muted'>{e(note)}</p>")
    return parts


def _walk(data: dict[str, Any]) -> list[str]:
    e = render.escape
    parts = [f"<p><b>{e(_tr('Your path through the conversation'))}</b></p><ol>"]
    for item in data["walk"]:
        rating = item["rating"]
        back = f" <i>({e(_tr('taken back'))})</i>" if item.get("undone") else ""
        if item.get("own_words"):
            parts.append(f"<li><i>{e(_tr('In your own words first:'))}</i> "
                         f"{_text(item['own_words'])}<br>")
        else:
            parts.append("<li>")
        parts.append(f"{render.inline_html(item['text'])} — <b>{labels.rating_symbol(rating)}"
                     f" {e(labels.rating_label(rating))}</b>{back}")
        if item.get("feedback"):
            parts.append(f"<br><span class='muted'>{_text(item['feedback'])}</span>")
        parts.append("</li>")
    parts.append("</ol>")
    return parts


def _instruments(data: dict[str, Any]) -> list[str]:
    e = render.escape
    tools = data.get("instruments") or {}
    parts: list[str] = []
    before, after = tools.get("strain_before"), tools.get("strain_after")
    if before is not None or after is not None:
        parts.append(f"<p><b>{e(_tr('Strain'))}:</b> " + e(_tr(
            "before {before}, after {after} (out of 10)").format(
            before="–" if before is None else before, after="–" if after is None else after))
            + "</p>")
    if tools.get("feelings"):
        parts.append(f"<p><b>{e(_tr('Feelings'))}:</b> {e(', '.join(tools['feelings']))}</p>")
    helps = list(tools.get("helps") or [])
    if (tools.get("helps_other") or "").strip():
        helps.append(tools["helps_other"].strip())
    if helps:
        parts.append(f"<p><b>{e(_tr('What helps'))}:</b> {e(', '.join(helps))}</p>")
    if (tools.get("takeaway") or "").strip():
        parts.append(f"<p><b>{e(_tr('What I take with me'))}:</b><br>"
                     f"{_text(tools['takeaway'])}</p>")
    return parts


def _step_section(data: dict[str, Any], step: Step) -> list[str]:
    e = render.escape
    parts: list[str] = []
    for answer in data.get("answers", ()):
        if answer["step"] == step.value and answer["text"].strip():
            parts.append(f"<p><b>{render.inline_html(answer['prompt'])}</b><br>"
                         f"{_text(answer['text'])}</p>")
    for choice in data.get("choices", ()):
        if choice["stage"] != step.value:
            continue
        verdict = _tr("✔ the recommended option") if choice["recommended"] else _tr(
            "◇ not the recommended option")
        parts.append(f"<p><b>{render.inline_html(choice['question'])}</b><br>"
                     f"{e(_tr('Your choice:'))} {render.inline_html(choice['option'])} "
                     f"<i>({e(verdict)})</i></p>")
        if choice.get("feedback"):
            parts.append(f"<blockquote>{render.inline_html(choice['feedback'])}</blockquote>")
    if step is Step.REAGIEREN and data.get("walk"):
        parts += _walk(data)
    if step is Step.VERARBEITEN:
        parts += _instruments(data)
    if step is Step.ZUSAMMENFASSUNG and (data.get("reflection") or "").strip():
        parts.append(f"<p><b>{e(_tr('Reflection'))}:</b><br>{_text(data['reflection'])}</p>")
    return parts


def _feedback(data: dict[str, Any]) -> list[str]:
    e = render.escape
    if not data.get("feedback"):
        return []
    parts = [f"<h2>{e(_tr('Feedback from your supervisor'))}</h2>"]
    for item in data["feedback"]:
        sender = item.get("sender") or _tr("without a name")
        about = f" · {labels.step_label(item['stage'])}" if item.get("stage") else ""
        origin = _tr("From {sender}, received {when}").format(
            sender=sender, when=local_time(item["received_at"]))
        parts.append(f"<p class='muted'>{e(origin + about)}</p>"
                     f"<blockquote>{_text(item['text'])}</blockquote>")
    return parts


def entry_html(data: dict[str, Any]) -> str:
    """The whole entry: facts, each step's answers and choices, the path with its ratings,
    the Verarbeiten instruments, the reflection, feedback received and shares."""
    e = render.escape
    parts = _facts(data)
    written = False
    for step in Step:
        section = _step_section(data, step)
        if section:
            written = True
            parts.append(f"<h2>{e(labels.step_label(step))}</h2>")
            parts += section
    if not written:
        parts.append(f"<p>{e(_tr('Nothing written down yet.'))}</p>")
    parts += _feedback(data)
    if data.get("shares"):
        shared = "; ".join(f"{local_time(s['shared_at'])} ({s['file_name']})"
                           for s in data["shares"])
        parts.append(f"<p class='muted'>{e(_tr('Shared: {when}').format(when=shared))}</p>")
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
        tags_label.setBuddy(self.tags_edit)
        self.save_tags_button = accessible(QPushButton(self.tr("Sa&ve tags")),
                                           self.tr("Save tags"))
        self.save_tags_button.clicked.connect(self.save_tags)
        self.continue_button = accessible(QPushButton(self.tr("C&ontinue")),
                                          self.tr("Continue this draft"),
                                          self.tr("Opens the draft where you stopped"))
        self.continue_button.clicked.connect(self._continue)
        self.drafts_enabled = lambda: False  # studio_draft.install_draft_action switches it
        self.draft_button = accessible(QPushButton(self.tr("As a scenario &draft")),
                                       self.tr("As a scenario draft"),
                                       self.tr("Opens a scenario skeleton from this case in "
                                               "the scenario studio"))
        self.draft_button.clicked.connect(self._request_draft)
        self._data: dict[str, Any] | None = None
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
        data = None
        if session_id is not None and self._journal.readable:
            try:
                data = self._journal.store.entry(session_id)
            except KeyError:
                data = None
        if data is None:
            hint = self.tr("Choose an entry in the list to read it here.")
            self.document.set_html(f"<p>{render.escape(hint)}</p>")
            self.tags_edit.clear()
        else:
            self._session_id = session_id
            self.document.set_html(entry_html(data))
            self.tags_edit.setText(", ".join(data.get("tags", ())))
            self.mark_words(search_words(highlight))
        has_entry = data is not None
        writable = self._journal.writable
        self.tags_edit.setEnabled(has_entry and writable)
        self.save_tags_button.setEnabled(has_entry and writable)
        self.continue_button.setVisible(has_entry and not data.get("finished_at"))
        self._data = data
        self.draft_button.setVisible(bool(
            has_entry and data.get("finished_at") and data.get("kind") == "eigener-fall"
            and self.drafts_enabled()))
        self.continue_button.setEnabled(writable)
        self.continue_button.setToolTip(self._journal.unavailable_text())
        self.graph_button.setVisible(has_entry and bool(data.get("walk"))
                                     and data.get("scenario_id") in self.scenarios())

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
        selections = []
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
        saved = self._journal.store.set_tags(self._session_id, tags)
        self.tags_edit.setText(", ".join(saved))
        self.tags_did_change.emit(self._session_id)
        self._journal.did_change(ChangeKind.TAGS, session_ids=[self._session_id], origin=self)

    def _request_draft(self) -> None:
        if self._data is not None:
            self.draft_requested.emit(self._data)

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

"""Reflecting on a real case: personal data is marked while typing, replaced with one action,
and what is saved holds none of it; kept data marks the note as never shareable."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import SessionKind, Step
from desktop.ui.common.stage_widgets import PromptBlock
from tests.ui.helpers import make_window

NOTE = "Herr Haddad kam am 12.03.2024 ohne Termin, Az. 32.1-123/24. Er war sehr aufgebracht."
SECRETS = ("Haddad", "12.03.2024", "32.1-123/24")


def open_journal(home):
    data = paths.DataPaths(home)
    return Journal.open(data, config.load(data.settings, policy={}))


def database_bytes(home) -> bytes:
    """Everything SQLite keeps on disk for the journal: main file, WAL and shared memory."""
    return b"".join(p.read_bytes() for p in home.glob("journal.sqlite3*") if p.is_file())


def first_prompt(view) -> PromptBlock:
    return view.step_area.widget().findChildren(PromptBlock)[0]


def walk_to_summary(qtbot, view) -> None:
    while view.session.step is not Step.ZUSAMMENFASSUNG:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)


def test_name_date_and_file_number_are_marked_replaced_and_never_stored(qtbot, data_home):
    """Type a note with a name, a date and an Aktenzeichen: all three are underlined and named;
    replacing them and saving leaves none of the three anywhere in the database files."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    home = window.page("home")
    qtbot.mouseClick(home.own_button, Qt.MouseButton.LeftButton)
    view = window.ctx.practice.view
    assert view.session.kind is SessionKind.EIGENER_FALL
    block = first_prompt(view)
    qtbot.keyClicks(block.edit, NOTE)
    guard = block.guard
    qtbot.waitUntil(lambda: len(guard.replacements) == 3)
    assert {r.finding.kind.value for r in guard.replacements} == {"person", "datum",
                                                                  "aktenzeichen"}
    assert len(block.edit.extraSelections()) == 3
    assert guard.panel.isVisible() and "Haddad" in guard.label.text()
    for _ in range(3):  # one action per finding: the first finding's button each time
        button = guard._button_widgets[0]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not guard.replacements)
    text = block.edit.toPlainText()
    assert "[Person A]" in text and "[Datum 1]" in text and "[Aktenzeichen 1]" in text
    walk_to_summary(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # Fertig: closes
    assert window.ctx.practice.view is None
    # The search index is merged (the scrub) on the thread pool, with its own connection.
    qtbot.waitUntil(lambda: ctx.journal.idle, timeout=10000)
    info = journal.latest_unfinished() or journal.list_sessions()[0]
    stored = journal.resume(info.id, None)
    assert "[Person A]" in stored.answer_text(Step.SITUATION, 0)
    assert stored.personal_data is False
    data = database_bytes(data_home)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
        assert secret.lower().encode() not in data, secret


def _answer_dialog(button_text: str) -> None:
    """Click a button of the modal question, as the user would."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return
    QTimer.singleShot(50, click)


def test_saving_with_findings_asks_and_kept_data_marks_the_note(qtbot, data_home):
    """Saving with unresolved findings asks; "Behalten (nur lokal)" keeps the text and marks the
    entry as containing personal data."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.own_case_requested.emit()
    view = window.ctx.practice.view
    qtbot.keyClicks(first_prompt(view).edit, NOTE)
    _answer_dialog("Behalten (nur lokal)")
    walk_to_summary(qtbot, view)
    session = view.session
    assert session.personal_data is True
    assert journal.info(session.id).personal_data is True
    assert "Haddad" in journal.resume(session.id, None).answer_text(Step.SITUATION, 0)


def test_saving_with_findings_can_replace_them_all(qtbot, data_home):
    """The same question's "Alle ersetzen" replaces everything in every answer before saving."""
    journal = open_journal(data_home)
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.own_case_requested.emit()
    view = window.ctx.practice.view
    qtbot.keyClicks(first_prompt(view).edit, NOTE)
    _answer_dialog("Alle ersetzen")
    walk_to_summary(qtbot, view)
    session = view.session
    assert session.personal_data is False
    assert "Haddad" not in session.answer_text(Step.SITUATION, 0)

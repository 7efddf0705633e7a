"""Exports from the journal page: PDF (its text holds the answers; page numbers), Markdown,
a progress dialog while it runs, cancelling leaves no file, and "export all my data"."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.core.journal import SessionFilter
from desktop.core.practice import SessionKind
from desktop.ui.journal import data_rights
from desktop.ui.journal.export import (
    ExportCancelled,
    ExportDialog,
    Reporter,
    write_markdown,
    write_pdf,
)
from tests.ui import journal_data
from tests.ui.helpers import unnamed_focusable, window_on_template


@pytest.fixture
def setup(qtbot, data_home, template, library):
    """The main window on a copy of the template journal, the journal page shown."""
    yield from window_on_template(qtbot, data_home, template, library, "journal")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_pdf_of_the_selected_entries_holds_their_answers(setup, qtbot, tmp_path):
    """Select two entries, export as PDF: the file's text has both answers and page numbers."""
    ctx, window, page, journal, known = setup
    page.select_row(page.list_model.row_of(known.uebung))
    page.table.selectionModel().select(
        page.list_model.index(page.list_model.row_of(known.own_case), 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows)
    assert set(page.selected_ids()) == {known.uebung, known.own_case}
    target = tmp_path / "auswahl.pdf"
    page.choose_file = lambda _parent, _caption, suggested, _filters: str(target)
    page.export(page.ids_for("selected"), "pdf")
    progress = window.findChild(QProgressDialog)
    assert progress is not None and progress.accessibleName()
    qtbot.waitUntil(target.exists, timeout=20000)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None, timeout=5000)
    text = " ".join(pdf_text(target).split())
    assert journal_data.ANSWER in text
    assert journal_data.OWN_CASE_ANSWER in text
    assert journal_data.FEEDBACK in text
    assert "Seite 1 von" in text
    assert not target.with_name(target.name + ".partial").exists()
    assert "2 Einträge exportiert" in window.status_line.current_message()


def test_markdown_of_the_filtered_entries(setup, qtbot, tmp_path):
    """Filter to own cases, export what the filter shows as Markdown: exactly those entries."""
    ctx, window, page, journal, known = setup
    page.filter_bar.kind.setCurrentIndex(page.filter_bar.kind.findData(SessionKind.EIGENER_FALL))
    ids = page.ids_for("filtered")
    assert ids == journal.session_ids(SessionFilter(kind=SessionKind.EIGENER_FALL))
    target = tmp_path / "eigene-faelle.md"
    page.export(ids, "markdown", str(target))
    qtbot.waitUntil(target.exists, timeout=20000)
    text = target.read_text("utf-8")
    assert journal_data.OWN_CASE_ANSWER in text
    assert journal_data.ANSWER not in text
    assert text.count("\n---\n") == len(ids)
    assert f": {len(ids)} {'Eintrag' if len(ids) == 1 else 'Einträge'}." in text


def test_export_dialog_offers_selection_filter_and_all(qtbot):
    """The dialog names how many entries each choice covers; PDF and "selected" come first."""
    dialog = ExportDialog(selected=2, filtered=300, total=3003)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.format == "pdf" and dialog.scope == "selected"
    assert "(300)" in dialog.scope_filtered.text() and "(3003)" in dialog.scope_all.text()
    qtbot.mouseClick(dialog.markdown, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.scope_all, Qt.MouseButton.LeftButton)
    assert (dialog.format, dialog.scope) == ("markdown", "all")
    assert unnamed_focusable(dialog) == []
    nothing = ExportDialog(selected=0, filtered=5, total=5)
    qtbot.addWidget(nothing)
    assert not nothing.scope_selected.isEnabled() and nothing.scope == "filtered"


def test_a_cancelled_export_leaves_no_file(setup, tmp_path):
    """Cancelling stops the writer at its next report; neither the file nor a part remains."""
    ctx, window, page, journal, known = setup
    reporter = Reporter()
    reporter.cancel()
    ids = journal.session_ids()[:60]
    out = tmp_path / "out"
    out.mkdir()
    for writer, name in ((write_pdf, "a.pdf"), (write_markdown, "a.md")):
        with pytest.raises(ExportCancelled):
            writer(journal.database, ids, out / name, reporter)
        assert list(out.iterdir()) == []


def test_long_pdf_numbers_every_page(setup, tmp_path):
    """Many entries: each starts on a new page and the footer counts the pages."""
    ctx, window, page, journal, known = setup
    ids = journal.session_ids()[:40]
    target = tmp_path / "long.pdf"
    assert write_pdf(journal.database, ids, target) == 40
    text = pdf_text(target)
    pages = text.count("\f")
    assert pages >= 40
    assert f"Seite {pages} von {pages}" in " ".join(text.split())


def test_export_all_my_data_writes_json_and_markdown(setup, qtbot, tmp_path):
    """"Export all my data" (Datei menu) writes journal.json and one file per entry."""
    ctx, window, page, journal, known = setup
    chosen = tmp_path / "export"
    chosen.mkdir()
    assert data_rights.export_all_data(window, ctx, lambda *_args: str(chosen))
    qtbot.waitUntil(lambda: any(chosen.glob("*/journal.json")), timeout=30000)
    folder = next(chosen.glob("gespraechskompass-export-*"))
    qtbot.waitUntil(lambda: len(list((folder / "sitzungen").glob("*.md")))
                    == journal.count_sessions(), timeout=30000)
    assert journal_data.ANSWER in (folder / "journal.json").read_text("utf-8")

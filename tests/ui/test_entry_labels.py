"""One set of words for an entry: the app's translated labels, the command line's German table,
and every renderer (detail, PDF, Markdown, shared entry) speaking the UI's language."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from desktop.commands.labels_de import GERMAN
from desktop.core.exchange import build_share
from desktop.core.journal.entry import EntryLabels
from desktop.core.journal.markdown import render_markdown
from desktop.ui.common import i18n
from desktop.ui.common.labels import entry_labels
from desktop.ui.common.shared_entry import shared_entry_html
from desktop.ui.journal.journal_detail import entry_html
from tests.core.exchange_factory import fill_journal, open_journal, scenario


@pytest.fixture
def english():
    app = QApplication.instance()
    assert i18n.install(app, "en")
    yield
    assert i18n.install(app, "de")


@pytest.fixture
def filled(tmp_path):
    journal = open_journal(tmp_path / "daten")
    ids = fill_journal(journal)
    journal.feedback.add(ids["uebung"], "Gut gedeutet.", stage="deuten", sender="")
    yield journal, ids
    journal.close()


def test_the_command_line_speaks_as_the_german_app():
    """Every word of the command line's German table is what the German app shows (the .qm
    built from the .ts), so a Markdown export reads the same from both."""
    app = entry_labels()
    for field in fields(EntryLabels):
        if field.name == "when":
            continue
        assert getattr(app, field.name) == getattr(GERMAN, field.name), field.name


GERMAN_WORDS = ("Übung ·", "Eigener Fall ·", "Zusammenfassung</h", "## Zusammenfassung",
                "Belastung:", "Gefühle:", "Ihre Wahl:", "Gewählt:", "Ihr Weg durch",
                "Weg durch das", "zurückgenommen)", "Rückmeldung aus der Supervision",
                "Erhalten am", "begonnen am", "abgeschlossen", "Entwurf, unterbrochen",
                "Reflexion:", "empfohlene Option", "Was ich mitnehme", "Was hilft")


def test_english_mode_has_no_german_label_in_any_renderer(filled, english):
    """With the language set to English, the detail (and so the PDF), the Markdown export and
    the shared entry use English words only; German is left only in the user's texts."""
    journal, ids = filled
    words = entry_labels()
    build = build_share([journal.load(i) for i in (ids["uebung"], ids["own"], ids["moment"])],
                        "Kompass-17", date(2025, 3, 14), {scenario().id: scenario()})
    pages = []
    for key in ("uebung", "own", "moment", "kept"):
        view = journal.entry(ids[key])
        pages += [entry_html(view, words), render_markdown(view, words)]
    pages += [shared_entry_html(entry, build.marks) for entry in build.entries]
    for page in pages:
        for word in GERMAN_WORDS:
            assert word not in page, (word, page[:300])
    assert "Own case" in pages[2] and "Exercise" in pages[0]
    # The exercise's feelings were chosen from the catalog (stored in German, "wütend",
    # "unsicher"): every renderer says them in English (the user's own text may say "wütend").
    for page in (pages[0], pages[1], pages[8]):  # detail, Markdown, shared
        line = page[page.index("Feelings"):][:80]
        assert "angry, unsure" in line, line
    assert "Feedback from your supervisor" in pages[1] and "Received " in pages[1]

"""The supervisor's pages: shown only when switched on, accessible, importing, commenting,
exporting feedback; the team view shows nothing below five pseudonyms."""

from __future__ import annotations

import json
import threading
import time

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from desktop.core.exchange import read_feedback
from desktop.core.paths import DataPaths
from desktop.core.scenarios.model import Stage
from desktop.core.supervision import Workspace
from desktop.ui.common.charts import ChartView
from desktop.ui.supervision.supervision_widgets import FeedbackExportDialog
from tests.core.exchange_factory import practice_share
from tests.ui.helpers import (
    Heartbeat,
    assert_chart_keys_scroll,
    make_window,
    mnemonic_clashes,
    tab_through_charts,
    type_text,
    unnamed_focusable,
)


def supervisor_window(qtbot, home, on: bool = True):
    (home / "settings.json").write_text(json.dumps({"supervisor_workspace": on}), "utf-8")
    return make_window(qtbot, home)


def loaded(qtbot, page):
    """The page once its list, read on the thread pool, has arrived."""
    qtbot.waitUntil(lambda: not getattr(page, "loading", False), timeout=10_000)
    return page


def imported(qtbot, page, paths):
    """Import through the page (on the thread pool, as a user's import runs) and wait for the
    report and the list that follows it."""
    with qtbot.waitSignal(page.import_did_finish, timeout=10_000) as report:
        page.import_paths(paths)
    loaded(qtbot, page)
    return report.args[0]


def share_files(folder, people: int, entries: int = 1) -> list:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(people):
        path = folder / f"freigabe-{n}.json"
        path.write_bytes(practice_share(f"Kompass-{n}", entries=entries).data)
        paths.append(path)
    return paths


def test_pages_only_when_switched_on(qtbot, data_home):
    """Off (the default): no supervision pages; switched on in the settings: both appear;
    switched off again: both go."""
    ctx, window = supervisor_window(qtbot, data_home, on=False)
    assert "supervision" not in window.page_keys() and "team" not in window.page_keys()
    ctx.change_setting("supervisor_workspace", True)
    assert {"supervision", "team"} <= set(window.page_keys())
    window.show_page("team")
    ctx.change_setting("supervisor_workspace", False)
    assert "team" not in window.page_keys() and window.current_page_key() == "home"


def test_pages_are_accessible_empty_and_filled(qtbot, data_home, tmp_path):
    """Both pages, empty and with an entry selected: names on every focusable widget and no
    Alt+letter claimed twice (menu bar included)."""
    ctx, window = supervisor_window(qtbot, data_home)
    problems = {}
    for state in ("empty", "filled"):
        if state == "filled":
            page = loaded(qtbot, window.page("supervision"))
            imported(qtbot, page, share_files(tmp_path / "in", 5))
            loaded(qtbot, page)
            page.workspace.add_comment(page.entries.model.row_at(0).id, "Gut.", Stage.DEUTEN)
            page.refresh()
        for key in ("supervision", "team"):
            loaded(qtbot, window.show_page(key))
            missing = unnamed_focusable(window) + mnemonic_clashes(window)
            if missing:
                problems[f"{state}/{key}"] = missing
    assert problems == {}
    page = loaded(qtbot, window.page("supervision"))
    page.panel.comments.setCurrentRow(0)
    assert page.panel.delete_button.isEnabled() and page.panel.save_button.isEnabled()
    assert unnamed_focusable(window) == [] and mnemonic_clashes(window) == []


def test_export_dialog_is_accessible(qtbot, tmp_path):
    dialog = FeedbackExportDialog(["Kompass-1", "Kompass-2"], "Kompass-2", "", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pseudonym.currentText() == "Kompass-2"
    assert unnamed_focusable(dialog) == [] and mnemonic_clashes(dialog) == []
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_import_filter_read_comment_and_export(qtbot, data_home, tmp_path):
    """Import a folder in the background, filter by pseudonym, read an entry as plain text,
    comment on the entry and a stage, export the feedback file."""
    ctx, window = supervisor_window(qtbot, data_home)
    page = loaded(qtbot, window.show_page("supervision"))
    assert "Noch keine geteilten Einträge" in page.document.plain_text()
    share_files(tmp_path / "in", 3, entries=2)
    with qtbot.waitSignal(page.workspace_did_change, timeout=10_000):
        page.import_paths([tmp_path / "in"])
    loaded(qtbot, page)
    assert page.entries.model.rowCount() == 6
    assert "6 Einträge importiert" in page.status.text()
    page.entries.pseudonym_filter.setCurrentIndex(page.entries.pseudonym_filter.findData("Kompass-1"))
    loaded(qtbot, page)
    assert page.entries.model.rowCount() == 2
    assert {page.entries.model.row_at(r).pseudonym for r in range(2)} == {"Kompass-1"}
    assert "Er hat Angst um seine Arbeit." in page.document.plain_text()
    page.panel.edit.setPlainText("Schön beobachtet.")
    assert page.save_comment()
    page.panel.stage.setCurrentIndex(page.panel.stage.findData("reagieren"))
    page.panel.edit.setPlainText("Hier lohnt ein zweiter Versuch.")
    assert page.save_comment()
    shown = page.document.plain_text()
    assert "Schön beobachtet." in shown and "Hier lohnt ein zweiter Versuch." in shown
    assert page.panel.comments.count() == 2
    loaded(qtbot, page)
    assert page.entries.model.data(page.entries.model.index(0, 4)) == "✎ 2"
    path = page.export_feedback("Kompass-1", tmp_path / "out", "Supervision Nord")
    assert path is not None
    document = read_feedback(path.read_bytes())
    assert [c["stage"] for c in document["comments"]] == [None, "reagieren"]
    assert "gesendet" in page.document.plain_text()
    page.panel.comments.setCurrentRow(0)
    page.panel.delete_button.click()
    assert page.panel.comments.count() == 1
    asked: list[str] = []
    page.confirm = lambda _parent, title, _question: asked.append(title) is None
    page.remove_button.click()
    assert asked == ["Eintrag entfernen"]
    loaded(qtbot, page)
    assert page.entries.model.rowCount() == 1


def test_refused_file_is_reported_and_changes_nothing(qtbot, data_home, tmp_path):
    ctx, window = supervisor_window(qtbot, data_home)
    page = loaded(qtbot, window.show_page("supervision"))
    good, = share_files(tmp_path / "in", 1)
    imported(qtbot, page, [good])
    before = list(page.workspace.db.conn.iterdump())
    bad = tmp_path / "boese.json"
    bad.write_bytes(good.read_bytes().replace(b"Angst", b"<script>Angst</script>"))
    imported(qtbot, page, [bad])
    assert "abgelehnte Dateien: 1" in page.status.text()
    assert "boese.json: abgelehnt" in page.status.text()
    assert list(page.workspace.db.conn.iterdump()) == before


def test_list_cannot_be_sorted(qtbot, data_home, tmp_path):
    """No sorting by column: the list can never be ordered by person."""
    ctx, window = supervisor_window(qtbot, data_home)
    page = window.show_page("supervision")
    assert not page.entries.table.isSortingEnabled()


def shown_text(page) -> str:
    """Every text the page shows (labels, headings, the charts' sentences), as a reader meets
    it."""
    return "\n".join(label.text() for label in page.findChildren(QLabel)
                     if label.isVisibleTo(page))


@pytest.mark.parametrize("people, shown", [(4, False), (5, True)])
def test_team_view_needs_five_pseudonyms(qtbot, data_home, tmp_path, people, shown):
    """Four pseudonyms: a sentence why nothing is shown and no chart; five: the team's figures
    as charts, each with the sentence that says its numbers, and no pseudonym anywhere."""
    with Workspace.open(DataPaths(data_home).supervision_database) as ws:
        ws.import_paths(share_files(tmp_path / "in", people, entries=2))
    ctx, window = supervisor_window(qtbot, data_home)
    page = window.show_page("team")
    qtbot.waitUntil(lambda: page.view is not None)  # computed on the thread pool
    text = shown_text(page)
    charts = [v for v in page.findChildren(ChartView) if v.isVisibleTo(page)]
    if shown:
        assert page.view.enough
        assert "Zahlen von 5 Pseudonymen" in text
        assert "Verlängerung mit fehlenden Unterlagen" in text
        assert "Am Schalter" in text
        assert "vorher 6, nachher 3." in text
        assert "Kompass-" not in text
        scenarios = page.scenarios_card.view.chart()
        assert scenarios.categories == [s.title for s in page.view.scenarios]
        assert scenarios.sets[0].values == [float(s.entries) for s in page.view.scenarios]
        assert page.strain_card.view.chart().sets[0].values == [6.0, 3.0]
        assert charts and all(v.accessibleDescription() for v in charts)
        assert not any("Kompass-" in c for v in charts for c in v.chart().categories)
    else:
        assert not page.view.enough
        assert "Noch nicht genug Beteiligte" in text and "mindestens 5" in text
        assert "Verlängerung" not in text and "Am Schalter" not in text
        assert charts == []


def test_a_comment_typed_and_not_saved_stays_with_its_entry_and_is_offered_at_quit(
        qtbot, data_home, tmp_path):
    """Type a comment on one entry and choose another without saving: the box is empty there
    (the comment is never saved onto the wrong entry), and the comment is back with its
    entry. Closing the window asks; "Kommentare speichern" stores it on its own entry."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    ctx, window = supervisor_window(qtbot, data_home)
    page = loaded(qtbot, window.show_page("supervision"))
    imported(qtbot, page, share_files(tmp_path / "in", 2))
    loaded(qtbot, page)
    first, second = page.entries.model.row_at(0).id, page.entries.model.row_at(1).id
    page.entries.table.selectRow(0)
    page.panel.edit.setFocus()
    type_text(page.panel.edit, "Gut zugehört, aber zu früh erklärt.")
    page.entries.table.selectRow(1)
    assert page.panel.edit.toPlainText() == ""
    page.entries.table.selectRow(0)
    assert page.panel.edit.toPlainText() == "Gut zugehört, aber zu früh erklärt."
    page.entries.table.selectRow(1)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "&Kommentare speichern")\
            .click()

    QTimer.singleShot(50, answer)
    assert window.close()
    assert asked == ["Sie haben einen Kommentar geschrieben, der noch nicht gespeichert ist."]
    workspace = Workspace.open(DataPaths(data_home).supervision_database)
    assert [c.text for c in workspace.comments_for(first)] == \
        ["Gut zugehört, aber zu früh erklärt."]
    assert workspace.comments_for(second) == []


def test_the_entry_list_is_read_off_the_gui_thread(qtbot, data_home, tmp_path, monkeypatch):
    """Showing the page and refreshing it after an import read the list on a worker thread
    (its thread is noted, and it is made slow): meanwhile the page says quietly that it is
    loading, the window answers (a heartbeat, and a comment typed on the shown entry), and
    the rows arrive in the list."""
    with Workspace.open(DataPaths(data_home).supervision_database) as ws:
        ws.import_paths(share_files(tmp_path / "in", 3, entries=2))
    threads: list[str] = []
    original = Workspace.list_entries

    def slow_list(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        time.sleep(0.5)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "list_entries", slow_list)
    ctx, window = supervisor_window(qtbot, data_home)
    beat = Heartbeat()
    page = window.show_page("supervision")
    assert page.loading and page.entries.loading_label.isVisible()
    assert page.entries.loading_label.accessibleName() == page.entries.loading_label.text() == \
        "Einträge werden geladen …"
    assert "Einträge werden geladen" in page.document.plain_text()
    assert page.entries.model.rowCount() == 0
    loaded(qtbot, page)
    assert page.entries.model.rowCount() == 6 and not page.entries.loading_label.isVisible()
    assert page.entries.pseudonym_filter.count() == 4  # all pseudonyms and three
    page.panel.edit.setFocus()
    new, = share_files(tmp_path / "neu", 1, entries=2)
    new.write_bytes(practice_share("Kompass-9", entries=2).data)
    with qtbot.waitSignal(page.workspace_did_change, timeout=10_000):
        page.import_paths([new])
    assert page.loading and page.entries.loading_label.isVisible()
    type_text(page.panel.edit, "Gut.")  # typed while the list is read
    loaded(qtbot, page)
    beat.timer.stop()
    assert page.entries.model.rowCount() == 8 and page.entries.pseudonym_filter.findData("Kompass-9") > 0
    assert page.panel.edit.toPlainText() == "Gut."
    assert page.save_comment()  # on the entry it was typed on; nothing left to ask at quit
    assert len(threads) >= 2 and threading.main_thread().name not in threads, threads
    assert beat.worst < 0.2, f"the GUI thread stalled {beat.worst * 1000:.0f} ms"


def test_tab_goes_through_the_page_as_it_reads(qtbot, data_home, tmp_path):
    """Keyboard only, with an entry shown: Tab from the first button walks the actions, the
    filters, the list, the entry, then the comment editor top to bottom ("Comment on" before
    "Remove entry" to its right: the AT-SPI walk found them the other way round), and lands
    nowhere that does nothing (no scroll area, no frame)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    ctx, window = supervisor_window(qtbot, data_home)
    page = loaded(qtbot, window.show_page("supervision"))
    imported(qtbot, page, share_files(tmp_path / "in", 2))
    page.panel.edit.setPlainText("Gut.")  # a comment to save; a saved one to delete
    assert page.save_comment()
    loaded(qtbot, page)
    page.panel.comments.setCurrentRow(0)
    page.import_files_button.setFocus()
    e, p = page.entries, page.panel
    outer = e.parentWidget()  # the dividers are Tab stops too (moved with the arrow keys)
    expected = [page.import_folder_button, page.export_button, e.scenario_filter,
                e.stage_filter, e.pseudonym_filter, e.table, outer.handle(1), page.document,
                outer.widget(1).handle(1), p.stage, page.remove_button,  # one row, as read
                p.edit, p.save_button, p.comments, p.delete_button]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    names = {id(w): f"{type(w).__name__} {w.accessibleName() or w.text()!r}"
             if hasattr(w, "text") else type(w).__name__ for w in expected + seen}
    assert [names[id(w)] for w in seen] == [names[id(w)] for w in expected]


def test_the_keyboard_reaches_every_team_chart_and_scrolls_the_page(qtbot, data_home, tmp_path):
    """The team view's charts, as on Statistik: Tab from "Aktualisieren" goes through the four
    charts in screen order; each is a chart to a screen reader (role Chart, named by its
    heading, described by its sentence), scrolled into sight and framed by the focus ring;
    on a chart the arrow keys and Page Down scroll the page, End goes to its end, Home back to
    its top."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QScrollArea

    from desktop.ui.common import a11y

    with Workspace.open(DataPaths(data_home).supervision_database) as ws:
        ws.import_paths(share_files(tmp_path / "in", 5, entries=2))
    ctx, window = supervisor_window(qtbot, data_home)
    a11y.install(QApplication.instance())  # as the app does at start: the focus ring
    window.resize(1000, 560)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("team")
    qtbot.waitUntil(lambda: page.view is not None)
    area = page.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    page.refresh_button.setFocus(Qt.FocusReason.TabFocusReason)
    cards = [page.scenarios_card, page.stages_card, page.strain_card, page.moments_card]
    tab_through_charts(qtbot, window, cards, tabs=12)
    assert_chart_keys_scroll(cards[0].view, bar)

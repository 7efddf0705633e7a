"""The journal page over a real journal of several thousand sessions: lazy list, filters,
full-text search with marked words, the entry as a document, tags, continue, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel

from desktop.core.journal import SessionFilter
from desktop.core.practice import SessionKind, Step
from desktop.ui.journal.journal_detail import SessionDetailDialog
from desktop.ui.journal.journal_model import PAGE_SIZE, ROLE_HIGHLIGHTS, SearchHitModel
from tests.ui import journal_data
from tests.ui.english import english, german_only_texts  # noqa: F401 - a fixture
from tests.ui.helpers import (
    accessible_name,
    make_window,
    mnemonic_clashes,
    unnamed_focusable,
    window_on_template,
)


@pytest.fixture
def setup(qtbot, data_home, template, library):
    """The main window on a copy of the template journal, the journal page shown with its
    filter choices (what only the journal knows arrives from the thread pool)."""
    for ctx, window, page, journal, known in window_on_template(qtbot, data_home, template,
                                                                library, "journal"):
        qtbot.waitUntil(lambda page=page: not page.loading)
        yield ctx, window, page, journal, known


def row_ids(page) -> list[int]:
    model = page.table.model()
    return [model.session_id(r) for r in range(model.rowCount())]


def entries(n: int) -> str:
    """The count line as German shows it (Qt's plural forms)."""
    return f"{n} Eintrag" if n == 1 else f"{n} Einträge"


def choose(combo, data) -> None:
    """Pick an entry of a combo box by keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def test_list_knows_its_length_and_fetches_only_the_pages_in_view(setup, qtbot):
    """The list counts every entry but fetches only the page in view; Ctrl+End jumps to the
    oldest entry with one more small query, and dragging the scroll bar to the middle shows
    the rows there in the journal's order."""
    ctx, window, page, journal, known = setup
    total = journal.count_sessions()
    assert total == journal_data.GENERATED + 3
    model = page.list_model
    assert model.rowCount() == total
    assert page.count_label.text() == entries(total)
    qtbot.waitUntil(lambda: model.queries >= 1)
    fetched = model.queries
    assert fetched <= 2
    assert [model.session_id(r) for r in range(3)] == [known.moment, known.own_case,
                                                       known.uebung]
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == total - 1)
    oldest = journal.list_sessions(limit=1, oldest_first=True)[0]
    assert page.current_id() == oldest.id
    assert model.queries - fetched <= 2
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    page.table.viewport().repaint()
    top = page.table.rowAt(0)
    assert 0 < top < total - PAGE_SIZE
    shown = [model.session_id(r) for r in range(top, top + 20)]
    assert shown == [i.id for i in journal.list_sessions(offset=top, limit=20)]


def test_filters_by_kind_stage_tag_and_dates(setup, qtbot):
    """Each filter narrows the list to what the journal counts for the same filter."""
    ctx, window, page, journal, known = setup
    choose(page.filter_bar.kind, SessionKind.EIGENER_FALL)
    expected = journal.count_sessions(SessionFilter(kind=SessionKind.EIGENER_FALL))
    assert page.count_label.text() == entries(expected)
    assert row_ids(page)[0] == known.own_case
    assert {journal.info(i).kind for i in row_ids(page)} == {SessionKind.EIGENER_FALL}

    choose(page.filter_bar.stage, Step.DEUTEN)
    both = SessionFilter(kind=SessionKind.EIGENER_FALL, stage=Step.DEUTEN)
    assert page.count_label.text() == entries(journal.count_sessions(both))
    assert known.own_case not in row_ids(page)  # it has no answer in Deuten

    page.filter_bar.reset_button.click()
    choose(page.filter_bar.tag, "gelungen")
    assert row_ids(page) == [known.uebung]
    assert page.count_label.text() == "1 Eintrag"

    page.filter_bar.reset_button.click()
    qtbot.mouseClick(page.filter_bar.date_range, Qt.MouseButton.LeftButton)
    page.filter_bar.date_from.setDate(QDate(2024, 3, 1))
    page.filter_bar.date_to.setDate(QDate(2024, 3, 31))
    march = SessionFilter(since=date(2024, 3, 1), until=date(2024, 3, 31))
    assert page.count_label.text() == entries(journal.count_sessions(march))
    for session_id in row_ids(page)[:50]:
        assert journal.info(session_id).created_at[:7] in ("2024-02", "2024-03", "2024-04")

    choose(page.filter_bar.status, False)
    drafts = SessionFilter(since=date(2024, 3, 1), until=date(2024, 3, 31), finished=False)
    assert page.count_label.text() == entries(journal.count_sessions(drafts))


def test_search_marks_the_matching_words(setup, qtbot):
    """Typing words shows the matching texts with the words marked, in list and document."""
    ctx, window, page, journal, known = setup
    qtbot.keyClicks(page.filter_bar.search, "fuerchtete Stel")
    qtbot.waitUntil(lambda: page.table.model() is page.search_model, timeout=3000)
    model = page.table.model()
    assert isinstance(model, SearchHitModel)
    assert model.rowCount() >= 1
    hit = model.hit(0)
    assert hit.session_id == known.uebung
    spans = model.index(0, 3).data(ROLE_HIGHLIGHTS)
    marked = [hit.snippet[start:end] for start, end in spans]
    assert "fuerchtete" in marked and "Stelle" in marked
    QTest.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    qtbot.waitUntil(lambda: page.detail.session_id == known.uebung, timeout=2000)
    selections = page.detail.document.extraSelections()
    assert {s.cursor.selectedText() for s in selections} == {"fuerchtete", "Stelle"}

    choose(page.filter_bar.kind, SessionKind.ZWISCHENDURCH)  # filters narrow a search too
    assert page.search_model.rowCount() == 0


def test_detail_shows_the_whole_entry_as_a_document(setup, qtbot):
    """Prompts, answers, choices with feedback, the rated path, the instruments, feedback."""
    ctx, window, page, journal, known = setup
    page.select_row(page.list_model.row_of(known.uebung))
    text = page.detail.document.plain_text()
    data = journal.load(known.uebung)
    choice = data["choices"][0]
    for expected in (data["answers"][0]["prompt"], journal_data.ANSWER, choice["question"],
                     choice["option"], choice["feedback"], data["walk"][0]["text"],
                     "Ihr Weg durch das Gespräch", "vorher 7, nachher 3",
                     "erleichtert", "Erst die Sorge, dann die Liste.", journal_data.FEEDBACK,
                     "gelungen, schalter"):
        assert expected in text, expected
    rating = data["walk"][0]["rating"]
    assert {"hilfreich": "✔", "teils": "◐", "ungünstig": "✖"}[rating] in text
    assert not page.detail.continue_button.isVisible()  # finished: nothing to continue

    QTest.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.findChild(SessionDetailDialog)
    assert dialog is not None and dialog.isVisible()
    assert journal_data.ANSWER in dialog.detail.document.plain_text()
    assert unnamed_focusable(dialog) == []
    dialog.close()


def test_tags_are_saved_and_shown_in_list_and_filter(setup, qtbot):
    """Tags typed for an entry are stored, shown in the list and offered in the tag filter."""
    ctx, window, page, journal, known = setup
    page.select_row(page.list_model.row_of(known.own_case))
    page.detail.tags_edit.clear()
    qtbot.keyClicks(page.detail.tags_edit, "Telefon,  schwierig , ")
    qtbot.mouseClick(page.detail.save_tags_button, Qt.MouseButton.LeftButton)
    assert journal.tags.of(known.own_case) == ("Telefon", "schwierig")
    row = page.list_model.row_of(known.own_case)
    assert page.list_model.index(row, 4).data() == "Telefon, schwierig"
    qtbot.waitUntil(lambda: page.filter_bar.tag.findData("schwierig") >= 0)  # from the pool


def test_continue_opens_the_draft(setup, qtbot):
    """A draft offers "Continue", which opens it in the practice view where it stopped."""
    ctx, window, page, journal, known = setup
    page.select_row(page.list_model.row_of(known.own_case))
    assert page.detail.continue_button.isVisible()
    qtbot.mouseClick(page.detail.continue_button, Qt.MouseButton.LeftButton)
    view = window.ctx.practice.view
    assert view is not None and view.session.id == known.own_case
    assert view.session.answer_text("situation", 0) == journal_data.OWN_CASE_ANSWER


def test_delete_asks_first_and_removes_the_entry(setup, qtbot):
    """Declining the confirmation keeps the entry; confirming deletes it from journal and list."""
    ctx, window, page, journal, known = setup
    questions: list[str] = []

    def decline(_parent, _title, text, _action):
        questions.append(text)
        return False

    page.confirm = decline
    page.select_row(page.list_model.row_of(known.moment))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "endgültig" in questions[0]
    assert journal.info(known.moment) is not None

    page.confirm = lambda *_args: True
    total = journal.count_sessions()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: journal.info(known.moment) is None, timeout=10000)
    qtbot.waitUntil(lambda: page.list_model.row_of(known.moment) < 0, timeout=5000)
    assert journal.count_sessions() == total - 1
    assert page.count_label.text() == entries(total - 1)
    assert page.detail.session_id == known.own_case  # the next entry is shown


def test_page_with_data_is_accessible(setup, qtbot):
    """With entries, a search and a draft shown: every control named, no mnemonic twice."""
    ctx, window, page, journal, known = setup
    page.select_row(page.list_model.row_of(known.own_case))
    assert unnamed_focusable(window) == []
    assert mnemonic_clashes(window) == []
    qtbot.keyClicks(page.filter_bar.search, "Sorge")
    page.apply_filters()
    page.select_row(0)
    assert unnamed_focusable(window) == []
    assert mnemonic_clashes(window) == []


def test_page_picks_up_a_journal_opened_after_it(qtbot, data_home, template, library):
    """The app opens the journal after showing the window: a page built before says the
    journal is being opened, and fills when it is."""
    root, known = template
    ctx, window = make_window(qtbot, data_home, None, library)
    page = window.show_page("journal")
    assert not page.table.isEnabled() and page.list_model.rowCount() == 0
    assert page.unavailable.isVisible() and "geöffnet" in page.unavailable.text()
    journal = journal_data.install(root, data_home)
    try:
        ctx.journal.use(journal)
        assert page.table.isEnabled() and page.list_model.rowCount() > 0
        assert not page.unavailable.isVisible()
        assert row_ids(page)[0] == known.moment
        assert window.actions_by_name["delete_all"].isEnabled()
        window.close()
    finally:
        journal.close()


def test_tags_typed_and_left_without_saving_are_kept(setup, qtbot):
    """Tags typed for an entry are stored when the user clicks elsewhere (here: the entry list)
    without pressing Enter or "Tags speichern"; they are not lost with the next entry."""
    ctx, window, page, journal, known = setup
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.select_row(page.list_model.row_of(known.own_case))
    edit = page.detail.tags_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.clear()
    qtbot.keyClicks(edit, "Schalter, laut")
    page.table.setFocus()  # as a click into the list moves the focus
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert journal.tags.of(known.own_case) == ("Schalter", "laut")


def test_entry_list_is_usable_by_keyboard_from_the_first_tab(setup, qtbot):
    """Tabbing from the filters into 'Journaleinträge' lands on a visible, selected entry (the
    newest), shown beside the list; Return opens it in a window; Delete asks first."""
    ctx, window, page, journal, known = setup
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert page.table.currentIndex().row() == -1  # nothing chosen yet
    page.filter_bar.reset_button.setFocus()
    qtbot.waitUntil(page.filter_bar.reset_button.hasFocus)
    QTest.keyClick(page.filter_bar.reset_button, Qt.Key.Key_Tab)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert page.selected_ids() == [known.moment]
    qtbot.waitUntil(lambda: page.detail.session_id == known.moment, timeout=2000)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.findChild(SessionDetailDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    asked: list[str] = []
    page.confirm = lambda _parent, _title, text, _action: asked.append(text) or False
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and journal.info(known.moment) is not None


def test_accessible_names_are_the_visible_labels(setup, qtbot):
    """A voice-control user says what is written: each control's accessible name is its
    visible label (without the "&" and the colour-free colon of a field label)."""
    ctx, window, page, journal, known = setup
    bar = page.filter_bar
    assert accessible_name(page.open_button) == "Im Fenster öffnen"
    assert accessible_name(bar.date_range) == "Zeitraum:"
    assert accessible_name(bar.reset_button) == "Filter zurücksetzen"
    assert accessible_name(bar.search) == "Suche"
    # Combo boxes: Qt on Linux reports the current text as the name; the label reaches the
    # screen reader as the labelled-by relation of its buddy label, which names it too.
    buddies = {label.buddy(): label.text().replace("&", "") for label in bar.findChildren(QLabel)
               if label.buddy() is not None}
    for combo, label in ((bar.kind, "Art"), (bar.stage, "Stufe"), (bar.tag, "Schlagwort")):
        assert buddies[combo] == label + ":" and combo.accessibleName() == label


@pytest.mark.usefixtures("english")
def test_english_mode_shows_no_german_in_the_journal(qtbot, data_home, template, library):
    """With the language set to English, the journal's labels, buttons, filter choices, column
    headers, kinds, progress and counts are English (scenario titles and tags are content)."""
    root, known = template
    journal = journal_data.install(root, data_home)
    try:
        ctx, window = make_window(qtbot, data_home, journal, library)
        page = window.show_page("journal")
        german = german_only_texts()
        bar = page.filter_bar
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
        texts += [c.itemText(i) for c in (bar.kind, bar.stage, bar.status)
                  for i in range(c.count())]
        texts += [bar.scenario.itemText(0), bar.tag.itemText(0), bar.search.placeholderText()]
        model = page.list_model
        texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        texts += [model.index(r, c).data() for r in range(60) for c in (2, 3)]
        shown = {t.replace("&", "") for t in texts if t}
        assert "Own case" in shown and any(t.startswith("✎ draft") for t in shown)
        assert page.count_label.text() == f"Entries: {model.rowCount()}"
        assert sorted(shown & german) == []
        assert not [t for t in shown if any(w in t for w in ("Eintr", "Entwurf", "Übung",
                                                             "abgeschlossen", "Zurücksetzen"))]
        window.close()
    finally:
        journal.close()


def test_search_waits_for_a_pause_in_typing(setup, qtbot):
    """Typing at a human pace (a key every 0.12 s) starts no search; the pause after the last
    key starts exactly one, with every letter typed; typing on later searches again."""
    ctx, window, page, journal, known = setup
    bar = page.filter_bar
    asked: list[str] = []
    bar.filters_changed.connect(lambda _filters: asked.append(bar.search_text()))
    bar.search.setFocus()
    for letter in "Sorge":
        QTest.keyClick(bar.search, letter)
        qtbot.wait(120)  # the user's pace, not a poll
    assert asked == []
    qtbot.waitUntil(lambda: asked == ["Sorge"], timeout=2000)
    assert page.table.model() is page.search_model and page.search_model.text == "Sorge"
    qtbot.keyClicks(bar.search, " Liste")
    qtbot.waitUntil(lambda: asked[-1] == "Sorge Liste", timeout=2000)
    assert len(asked) == 2


def test_journal_turning_unusable_on_screen_is_said_and_announced(setup, qtbot):
    """A write finds the file damaged while the journal is on screen: the page says why above
    the list, announces it to a screen reader, and the list and its actions are off."""
    ctx, window, page, journal, known = setup
    ctx.journal.mark_damaged("Die Datei ist beschädigt (Test).")
    assert page.unavailable.isVisible() and "beschädigt (Test)" in page.unavailable.text()
    assert page.unavailable.accessibleDescription() == page.unavailable.text()
    assert not page.table.isEnabled() and not page.delete_button.isEnabled()


def test_the_filter_choices_are_counted_off_the_gui_thread(qtbot, data_home, template, library,
                                                          monkeypatch):
    """The scenarios only the journal knows (here the generated `szenario-N`, no longer in
    the library) and the tags are counted over every session on the thread pool: the page
    shows at once with the library's scenarios, the GUI thread keeps beating while the count
    (made to take 0.4 s) runs on a worker, and the journal's choices join the filter when
    they arrive."""
    import threading
    import time

    from desktop.core.journal.reading import JournalStats
    from tests.ui.helpers import Heartbeat

    slow, threads = 0.4, []
    counts = JournalStats.scenario_counts

    def counted_slowly(stats):
        threads.append(threading.current_thread().name)
        time.sleep(slow)
        return counts(stats)

    monkeypatch.setattr(JournalStats, "scenario_counts", counted_slowly)
    root, _known = template
    journal = journal_data.install(root, data_home)
    ctx, window = make_window(qtbot, data_home, journal, library)
    beat = Heartbeat()
    started = time.perf_counter()
    page = window.show_page("journal")
    assert time.perf_counter() - started < slow
    scenario = page.filter_bar.scenario
    assert scenario.findData(journal_data.SCENARIO) >= 0  # the library's, at once
    assert page.loading and scenario.findData("szenario-3") < 0
    qtbot.waitUntil(lambda: scenario.findData("szenario-3") >= 0, timeout=10000)
    assert page.filter_bar.tag.findData("gelungen") >= 0
    assert not page.loading
    beat.stop()
    assert threads and threading.main_thread().name not in threads, threads
    # Own time (the heartbeat's lateness less waiting for a busy core, see Heartbeat).
    assert beat.worst_own < slow / 2, f"{beat.worst_own * 1000:.0f} ms"
    window.close()
    ctx.journal.close()

"""The Szenarien filters work together: a level chosen with the keyboard, then a search, keep
only the scenarios that match both, and the count line says how many are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.practice.scenario_table import ROLE_SCENARIO
from tests.ui.helpers import make_window, skip_without_windows_ui_font, type_text


def shown(page) -> list:
    proxy = page.proxy
    return [proxy.data(proxy.index(row, 0), ROLE_SCENARIO) for row in range(proxy.rowCount())]


def test_level_and_search_filter_together(qtbot, data_home):
    """Down in the level box picks "Einstieg" (level 1); typing a word of one title keeps
    the level-1 scenarios with that word; clearing the search brings back all of level 1."""
    ctx, window = make_window(qtbot, data_home)
    page = window.show_page("scenarios")
    every = shown(page)
    page.level.setFocus()
    QTest.keyClick(page.level, Qt.Key.Key_Down)
    assert page.level.currentData() == 1
    level_one = shown(page)
    assert level_one and all(s.level == 1 for s in level_one) and len(level_one) < len(every)
    assert page.count_label.text() == \
        f"Angezeigte Szenarien: {len(level_one)} von {len(every)}"
    word = level_one[0].title.split()[-1]
    QTest.keyClicks(page.search, word)
    both = shown(page)
    assert both and all(s.level == 1 and (word.casefold() in s.title.casefold()
                                          or word.casefold() in s.summary.casefold())
                        for s in both)
    page.search.clear()
    assert [s.id for s in shown(page)] == [s.id for s in level_one]
    window.close()


def test_the_practice_status_arriving_keeps_the_keyboard_users_row(qtbot, data_home):
    """The practice status is read on the thread pool and arrives whenever it arrives (each
    time the page is shown, after every Übung). A keyboard user on the third row stays on the
    third row with focus in the table: the status column changes, the table is not reset (a
    reset dropped the current row and deleted the cell a screen reader had focus on)."""
    from tests.core.exchange_factory import fill_journal
    from tests.ui.journal_data import open_journal

    journal = open_journal(data_home)
    fill_journal(journal)  # practised scenarios: the status column has something to say
    ctx, window = make_window(qtbot, data_home, journal)
    page = window.show_page("scenarios")
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 3)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    chosen = page.table.currentIndex().data(ROLE_SCENARIO)
    before = page._known_status
    page.refresh_status()
    qtbot.waitUntil(lambda: page._known_status is not before)  # the status arrived
    assert page._known_status  # some scenarios were practised
    assert page.table.currentIndex().row() == 2
    assert page.table.currentIndex().data(ROLE_SCENARIO) is chosen
    assert page.table.hasFocus()
    window.close()


def test_the_status_column_widens_when_the_practice_status_arrives(qtbot, data_home):
    """Rows come first ("neu" everywhere), the practice status later from the pool: when a
    longer word arrives ("abgeschlossen"), the Status column grows to show it whole instead
    of cutting it to "abgeschl…"."""
    skip_without_windows_ui_font()
    ctx, window = make_window(qtbot, data_home)
    window.resize(1280, 800)
    page = window.show_page("scenarios")
    table, model = page.table, page.model
    column = model.COLUMNS.index("status")
    model.set_status({})
    model.set_status({s.id: "done" for s in shown(page)})
    word = model.status_text(shown(page)[0].id)
    assert word == "abgeschlossen"
    needed = table.fontMetrics().horizontalAdvance(word)
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(column) > needed)
    window.close()


def test_the_rows_fit_the_titles_the_filter_keeps(qtbot, data_home):
    """In a narrow window the longest title wraps, so every row is two or more lines high;
    a search that keeps only short titles makes the rows one line high again, and clearing
    it brings the taller rows back (the table fits to the rows shown, not to the rows it
    measured first)."""
    ctx, window = make_window(qtbot, data_home)
    skip_without_windows_ui_font()  # which titles wrap at 900 px depends on the font's widths
    window.resize(900, 700)
    page = window.show_page("scenarios")
    table = page.table
    line = table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: table.verticalHeader().defaultSectionSize() >= 2 * line + 8)
    tall = table.verticalHeader().defaultSectionSize()
    titles = [s.title for s in shown(page)]
    short = min(titles, key=len)
    type_text(page.search, short)  # as typed, umlauts included
    qtbot.waitUntil(lambda: [s.title for s in shown(page)] == [short])
    qtbot.waitUntil(lambda: table.verticalHeader().defaultSectionSize() == line + 8)
    page.search.clear()
    qtbot.waitUntil(lambda: table.verticalHeader().defaultSectionSize() == tall)
    window.close()

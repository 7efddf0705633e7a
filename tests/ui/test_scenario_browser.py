"""The Szenarien filters work together: a level chosen with the keyboard, then a search, keep
only the scenarios that match both, and the count line says how many are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.practice.scenario_table import ROLE_SCENARIO
from tests.ui.helpers import make_window


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

"""The supervision, team and statistics rooms in English, filled with real data: with the
language set to "en", no German UI text is left (source strings are English, German comes only
from the .ts). What counts as German is tests/ui/english.py's detector, as in
tests/ui/test_english_ui.py; this test adds the pages' data (a journal, shared entries, a
comment, five pseudonyms) and the charts' own words."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.paths import DataPaths
from desktop.core.supervision import Workspace
from desktop.ui.common.charts import ChartView
from tests.ui import journal_data
from tests.ui.english import english, german_in, german_left  # noqa: F401 - the fixture
from tests.ui.helpers import make_window
from tests.ui.test_supervision_pages import loaded, share_files


def chart_texts(page: QWidget) -> list[str]:
    """What the page's charts draw in words: categories, bar sets and line series."""
    texts: list[str] = []
    for view in page.findChildren(ChartView):
        chart = view.chart()
        if chart is None or not view.isVisibleTo(page):
            continue
        texts += getattr(chart, "categories", [])
        texts += [s.name for s in getattr(chart, "sets", getattr(chart, "series", []))]
    return texts


def test_english_rooms_show_no_german(qtbot, data_home, tmp_path, template, library,
                                      english):  # noqa: F811
    """Statistics over a real journal, the supervision page with entries and a comment, and
    the team view with five pseudonyms, all in English: no German UI text anywhere on them, in
    what is seen, what a screen reader is told, or what the charts draw."""
    with Workspace.open(DataPaths(data_home).supervision_database) as ws:
        ws.import_paths(share_files(tmp_path / "in", 5, entries=2))
    (data_home / "settings.json").write_text(json.dumps({"supervisor_workspace": True}),
                                             "utf-8")
    root, _known = template
    journal = journal_data.install(root, data_home)
    ctx, window = make_window(qtbot, data_home, journal, library)
    problems: dict[str, list[str]] = {}
    checked: dict[str, int] = {}
    try:
        stats = window.show_page("stats")
        qtbot.waitUntil(lambda: stats.data is not None, timeout=20_000)
        supervision = loaded(qtbot, window.show_page("supervision"))
        supervision.select_row(0)
        team = window.show_page("team")
        qtbot.waitUntil(lambda: team.view is not None, timeout=10_000)
        QApplication.processEvents()
        for key, page in (("stats", stats), ("supervision", supervision), ("team", team)):
            window.show_page(key)
            charts = chart_texts(page)
            checked[key] = len(charts)
            found = german_left(page) + [f"Diagramm: {text!r} ({reason})" for text in charts
                                         if (reason := german_in(text))]
            if found:
                problems[key] = found
    finally:
        window.close()
        journal.close()
    assert problems == {}
    assert checked["stats"] > 10 and checked["team"] > 0  # the charts were drawn and read

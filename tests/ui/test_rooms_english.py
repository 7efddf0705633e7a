"""The supervision, team and statistics rooms in English: with the language set to "en", no
German UI text is left (source strings are English, German comes only from the .ts), and the
pages are still laid out with the app's type and spacing scale."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QTableView, QWidget

from desktop.core.paths import DataPaths
from desktop.core.supervision import Workspace
from desktop.ui.common import i18n
from desktop.ui.common.charts import ChartView
from tests.i18n_tool import ROOT
from tests.ui import journal_data
from tests.ui.helpers import make_window
from tests.ui.test_supervision_pages import loaded, share_files

ROOMS = ("StatsPage", "SupervisionPage", "EntryList", "CommentPanel", "SupervisionExchange",
         "TeamPage", "supervision", "FeedbackExportDialog")  # not "labels": it also names
# content values (a setting "Am Schalter" is also a moment's title in the shared entries)
# UI words that only a German string brings (content such as scenario titles, topic names and
# the stage names Deuten … Verarbeiten is German by design and not listed).
GERMAN_WORDS = re.compile(r"\b(hilfreich|ungünstig|Einträge|Eintrag|Sitzung(en)?|empfohlen|"
                          r"Kommentare?|Rückmeldung(en)?|Pseudonymen|vorher|nachher|Zahlen|"
                          r"Übung|Eigener Fall|noch|nicht|und|oder)\b")


def german_translations() -> set[str]:
    """Our rooms' German translations that differ from their English source."""
    found: set[str] = set()
    root = ET.parse(ROOT / "resources" / "translations" / "gespraechskompass_de.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") not in ROOMS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            for text in forms or [node.text or "" if node is not None else ""]:
                text = re.sub(r"\{[^}]*\}|%n", "", text).replace("&", "").strip()
                if len(text) >= 8 and text != source.replace("&", "").strip():
                    found.add(text)
    return found


def shown_texts(page: QWidget) -> list[str]:
    """What the page shows and says: labels, buttons, combo items, table headers and cells,
    chart categories and series, accessible names and descriptions."""
    texts: list[str] = []
    for widget in [page, *page.findChildren(QWidget)]:
        if not widget.isVisibleTo(page) and widget is not page:
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView):
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
            texts += [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                      for c in (2,)]  # the kind column; the others are content
        if isinstance(widget, ChartView) and widget.chart() is not None:
            chart = widget.chart()
            texts += [s.name for s in getattr(chart, "sets", getattr(chart, "series", []))]
    return [t.replace("&", "") for t in texts if t]


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "de")


def test_english_rooms_show_no_german(qtbot, data_home, tmp_path, template, library, english):
    """Statistics over a real journal, the supervision page with entries and a comment, and
    the team view with five pseudonyms, all in English: none of our rooms' German
    translations and no German UI word appears anywhere on them."""
    with Workspace.open(DataPaths(data_home).supervision_database) as ws:
        ws.import_paths(share_files(tmp_path / "in", 5, entries=2))
    (data_home / "settings.json").write_text(json.dumps({"supervisor_workspace": True}),
                                             "utf-8")
    root, _known = template
    journal = journal_data.install(root, data_home)
    ctx, window = make_window(qtbot, data_home, journal, library)
    german = german_translations()
    problems: dict[str, list[str]] = {}
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
            for text in shown_texts(page):
                hits = [g for g in german if g in text]
                if hits or GERMAN_WORDS.search(text):
                    problems.setdefault(key, []).append(text)
    finally:
        window.close()
        journal.close()
    assert problems == {}
    assert len(german) > 50  # the check has something to look for

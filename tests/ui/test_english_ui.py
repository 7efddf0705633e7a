"""With the language set to English, no German UI string is left on any screen.

Every page of the main window, every step of the three session kinds, the settings dialog and
the share dialog are built in English mode, and every text a person or a screen reader meets
is collected (tests/ui/english.py: labels, buttons, tabs, list items, headers, window titles,
accessible names and descriptions, tooltips, placeholders, menus, rendered documents) and
checked for German UI text; content (scenario text, topics' German legal terms in brackets)
stays German by design.

A room whose screen still shows German is marked `xfail(strict=True)` with what is left, so
the list is visible and shrinks (a fixed room turns the xfail into a failure until its mark
is removed).
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from desktop.ui.common.tasks import wait_for_background
from tests.ui.english import english, german_in, german_left, visible_texts  # noqa: F401
from tests.ui.helpers import SESSION_KINDS, make_window, walk_session_steps


@pytest.fixture
def english_home(english, data_home):  # noqa: F811 - the fixture from english.py
    """The app in English (the setting, and the translators), with every page switched on."""
    (data_home / "settings.json").write_text(json.dumps(
        {"language": "en", "authoring": True, "supervisor_workspace": True}), "utf-8")
    return data_home


@pytest.fixture
def window(qtbot, english_home):
    from desktop.core import config
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from tests.core.exchange_factory import fill_journal

    data = DataPaths(english_home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    fill_journal(journal)
    ctx, window = make_window(qtbot, english_home, journal=journal)
    yield ctx, window
    # Everything this test built goes now, while the window and the journal still exist: left
    # to a later test's garbage collection, a page's wrapper crashed the run (a segfault in
    # tests/ui/test_text_view_limits.py, full suite only).
    import gc

    from desktop.ui.common.tasks import wait_for_background

    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    wait_for_background()
    QApplication.processEvents()
    gc.collect()
    window.close()
    QApplication.processEvents()
    journal.close()
    gc.collect()


def test_the_detector_finds_german_and_leaves_content_alone():
    """The check itself: a translated label, a filled-in message and an umlaut word are found;
    English and German scenario content are not."""
    assert german_in("Einstellungen") is not None
    assert german_in("Schließen") is not None
    assert german_in("Settings") is None and german_in("Close") is None
    assert german_in("Ablehnung – persönlich genommen") is None  # content words
    assert german_in("") is None


def test_every_bundled_topic_has_a_name_in_both_languages(qapp, library):
    """A scenario's topics are a slug in its header; each topic of the bundled library has a
    display name of its own (not the slug with a capital), English in English mode and German,
    with its umlauts, in German mode."""
    from desktop.ui.common import i18n, labels

    slugs = {t for s in [*library.scenarios.values(), *library.exercises.values()]
             for t in s.topics}
    assert len(slugs) > 20
    fallback = {slug: slug.replace("-", " ").capitalize() for slug in slugs}
    assert i18n.install(qapp, "en")
    try:
        english = {slug: labels.topic_label(slug) for slug in slugs}
    finally:
        i18n.install(qapp, "de")
    german = {slug: labels.topic_label(slug) for slug in slugs}
    assert [s for s in slugs if english[s] == fallback[s] and german[s] == fallback[s]
            and s not in ("team", "trauma", "ukraine", "aggression")] == []
    assert german["ueberlastung"] == "Überlastung" and english["ueberlastung"] == "Overload"
    assert [s for s in slugs if german_in(english[s])] == []


def test_the_topic_filter_is_in_alphabetical_order_with_umlauts_in_place(qtbot, data_home):
    """German topics in the scenario browser's filter: "Ältere Kundschaft" among the A's (not
    after "Würde", where code-point order puts it), "Beschäftigungsduldung" before
    "Beschwerde"."""
    ctx, win = make_window(qtbot, data_home)
    page = win.show_page("scenarios")
    items = [page.topic.itemText(i) for i in range(1, page.topic.count())]
    assert items.index("Aggression") < items.index("Ältere Kundschaft") \
        < items.index("Arbeitgeber")
    assert items.index("Beschäftigungsduldung") < items.index("Beschwerde")
    win.close()


# Rooms with German left when this test was written (06 Dec 2026): (reason, strict xfail).
PAGES_WITH_GERMAN: dict[str, str] = {}
STEPS_WITH_GERMAN: dict[str, str] = {}
DIALOGS_WITH_GERMAN: dict[str, str] = {}


def _mark(key: str, known: dict[str, str]):
    return pytest.param(key, marks=pytest.mark.xfail(strict=True, reason=known[key])) \
        if key in known else key


def test_the_same_pages_in_german_are_found(qtbot, data_home):
    """The walk sees what a person sees: in German mode the home page, the menus and the
    navigation are reported (so a green English run means something)."""
    ctx, win = make_window(qtbot, data_home)
    win.show_page("home")
    left = german_left(win)
    assert any(where.startswith("Menü") for where in left)
    assert len(left) > 10
    win.close()


PAGE_KEYS = ["home", "scenarios", "techniques", "before", "journal", "stats", "supervision",
             "team", "studio"]


@pytest.mark.parametrize("key", [_mark(k, PAGES_WITH_GERMAN) for k in PAGE_KEYS])
def test_no_german_on_a_page(window, key):
    """Each page of the main window (with its menus and navigation) in English."""
    ctx, win = window
    win.show_page(key)
    wait_for_background()  # the techniques and "before" pages render their text on the pool
    QApplication.processEvents()
    assert german_left(win) == []


def test_every_page_is_checked(window):
    """The list above names every page the window has (a new page is checked too)."""
    ctx, win = window
    assert set(win.page_keys()) == set(PAGE_KEYS)


@pytest.mark.parametrize("kind", [_mark(k, STEPS_WITH_GERMAN) for k in SESSION_KINDS])
def test_no_german_in_the_session_steps(window, kind):
    """Every step of an Übung, a Zwischendurch moment and an eigener Fall in English (the
    scenario's own text stays German: it is content). An eigener Fall has no scenario, so
    there its view shows no umlaut at all."""
    ctx, win = window
    problems = {}
    for _kind, step, view in walk_session_steps(ctx, kinds=(kind,)):
        left = german_left(win)
        if kind == "eigener-fall":
            left += [f"{where}: {text[:80]!r} (Umlaut)" for where, text in visible_texts(view)
                     if re.search("[äöüÄÖÜß]", text)]
        if left:
            problems[step] = left
    assert problems == {}


@pytest.mark.parametrize("name", [_mark(k, DIALOGS_WITH_GERMAN) for k in ("settings", "share")])
def test_no_german_in_the_dialogs(qtbot, window, name):
    """The settings dialog (every tab; opened as the File menu opens it) and the share dialog
    in English."""
    from desktop.ui.journal.share_dialog import ShareDialog
    from desktop.ui.settings.settings_dialog import SettingsDialog
    from desktop.ui.shell.pages import open_settings

    ctx, win = window
    if name == "settings":
        open_settings(ctx, win)
        dialog = win.findChild(SettingsDialog)
    else:
        dialog = ShareDialog(ctx, win)
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    problems = []
    tabs = dialog.findChildren(QTabWidget)
    for index in range(tabs[0].count() if tabs else 1):
        if tabs:
            tabs[0].setCurrentIndex(index)
        problems += german_left(dialog)
    dialog.close()
    assert sorted(set(problems)) == []

"""The app shows German, its users' language, from the compiled translation."""

from __future__ import annotations


def test_german_is_what_the_window_shows(qtbot, data_home):
    """With the German translation installed the navigation, menus and start page are German."""
    from PySide6.QtWidgets import QApplication, QListWidget, QPushButton

    from desktop.app import build_window
    from desktop.core import config, paths
    from desktop.ui.common import i18n

    assert i18n.install(QApplication.instance(), "de")
    data = paths.DataPaths(data_home)
    ctx, window = build_window(config.load(data.settings, policy={}), data)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Ansicht", "&Hilfe"]
    navigation = window.findChild(QListWidget, "navigation")  # the list a user sees, by name
    nav = [navigation.item(i).text() for i in range(navigation.count())]
    assert "Heute" in nav and "Szenarien" in nav and "Statistik" in nav
    buttons = {b.text() for b in window.page("home").findChildren(QPushButton)}
    assert "&Zwischendurch üben" in buttons

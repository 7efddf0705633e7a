"""The settings dialog and the data rights: changes take effect, IT-locked settings are shown
disabled with a note, backups are made and restored, retention and "delete all my data"
delete what they say and nothing more; all against real journal files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from desktop.core import config, paths
from desktop.core.practice import PracticeSession
from desktop.ui.common import theme
from desktop.ui.common.appearance import Appearance
from desktop.ui.common.context import AppContext
from desktop.ui.journal.data_rights import DeleteAllDialog
from desktop.ui.settings.settings_dialog import LOCKED_NOTE, SettingsDialog
from desktop.ui.shell.pages import data_actions
from tests.ui import journal_data
from tests.ui.helpers import bundled_library, make_window, mnemonic_clashes, unnamed_focusable


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("journal-template")
    return root, journal_data.build_template(root, bundled_library())


@pytest.fixture
def journal(data_home):
    journal = journal_data.open_journal(data_home)
    yield journal
    journal.close()


def dialog_for(qtbot, home, journal=None, policy=None, **hooks) -> SettingsDialog:
    data = paths.DataPaths(home)
    settings = config.load(data.settings, policy=policy or {})
    ctx = AppContext(settings, data, journal)
    Appearance(ctx, QApplication.instance())  # applies theme and text size, as in the app
    dialog = SettingsDialog(ctx, data_actions(ctx), **hooks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_tab_is_named_and_has_unique_mnemonics(qtbot, data_home, journal):
    """Each tab: every focusable control has a name, no Alt+letter is used twice."""
    dialog = dialog_for(qtbot, data_home, journal)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed_focusable(dialog) == [], dialog.tabs.tabText(index)
        assert mnemonic_clashes(dialog) == [], dialog.tabs.tabText(index)


def test_settings_locked_by_it_are_disabled_with_a_note(qtbot, data_home, journal):
    """Policy keys: their controls are disabled and "Set by your IT" stands beside them."""
    policy = {"theme": "high-contrast", "retention_days": 30, "streak_enabled": False,
              "language": "de", "data_folder": str(data_home)}
    dialog = dialog_for(qtbot, data_home, journal, policy)
    display, data = dialog.display_tab, dialog.data_tab
    for widget in (display.follow_system, display.high_contrast, data.retention,
                   data.retention_apply, dialog.practice_tab.streak, display.language):
        assert not widget.isEnabled()
        assert "IT" in widget.accessibleDescription()
    assert display.high_contrast.isChecked()
    notes = dialog.findChildren(QLabel, LOCKED_NOTE)
    assert len(notes) == 5 and all(n.text() == "Von Ihrer IT festgelegt" for n in notes)
    assert dialog.practice_tab.reminder.isEnabled() and display.font_size.isEnabled()


def test_changes_take_effect_and_are_saved(qtbot, data_home, journal):
    """Streak, reminder, language, font size and contrast: applied at once and saved."""
    app = QApplication.instance()
    dialog = dialog_for(qtbot, data_home, journal)
    settings = dialog.settings
    display = dialog.display_tab
    try:
        dialog.tabs.setCurrentIndex(1)
        qtbot.mouseClick(dialog.practice_tab.streak, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.practice_tab.reminder, Qt.MouseButton.LeftButton)
        dialog.tabs.setCurrentIndex(0)
        display.language.setCurrentIndex(display.language.findData("en"))
        assert "Neustart" in display.language_note.text()
        display.font_size.setValue(15)
        assert app.font().pointSize() == 15
        display.high_contrast.click()
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        saved = config.load(paths.DataPaths(data_home).settings, policy={})
        assert saved.get("streak_enabled") and saved.get("reminder_enabled")
        assert (saved.get("language"), saved.get("font_size"), saved.get("theme")) == \
            ("en", 15, "high-contrast")
        display.font_size.setValue(display.font_size.minimum())
        display.follow_system.click()
        assert settings.get("font_size") == 0 and settings.get("theme") == "system"
    finally:
        theme.apply_theme(app, "system")
        theme.apply_font_size(app, 0)


def test_back_up_now_then_restore_that_backup(qtbot, data_home, journal):
    """A backup made now is listed with its date; restoring it removes what came after."""
    before = journal.save(PracticeSession.eigener_fall("Vor der Sicherung"))
    dialog = dialog_for(qtbot, data_home, journal, confirm=lambda *_args: True).backups_tab
    assert dialog.backup_list.count() == 0
    qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 1, timeout=10000)
    assert "manuell" in dialog.backup_list.item(0).text()
    after = journal.save(PracticeSession.eigener_fall("Nach der Sicherung"))
    dialog.backup_list.setCurrentRow(0)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.info(after) is None, timeout=10000)
    assert journal.info(before) is not None
    # the content replaced was backed up first, so the restore can be undone
    qtbot.waitUntil(lambda: dialog.backup_list.count() == 2, timeout=5000)


def test_opening_a_backup_folder_uses_the_given_opener(qtbot, data_home, journal):
    """"Open folder" shows the backup folder (here: a plain function records the call)."""
    opened = []
    dialog = dialog_for(qtbot, data_home, journal, open_folder=opened.append)
    dialog.tabs.setCurrentIndex(3)
    button = next(b for b in dialog.findChildren(QAbstractButton)
                  if b.isVisible() and b.accessibleDescription() == "Sicherungsordner öffnen")
    assert button.accessibleName() == button.text().replace("&", "") == "Ordner öffnen"
    button.click()
    assert opened == [journal.backups.folder()]


def test_retention_deletes_old_own_cases_after_confirming(qtbot, data_home, journal):
    """Setting 30 days names how many own-case entries go now; declining changes nothing."""
    old_moment = datetime.now(UTC) - timedelta(days=45)
    old = journal.save(PracticeSession.eigener_fall("Alt", clock=lambda: old_moment))
    recent = journal.save(PracticeSession.eigener_fall("Neu"))
    questions = []

    def decline(_parent, _title, text, _action):
        questions.append(text)
        return False

    dialog = dialog_for(qtbot, data_home, journal, confirm=decline).data_tab
    dialog.retention.setValue(30)
    qtbot.mouseClick(dialog.retention_apply, Qt.MouseButton.LeftButton)
    assert "30 Tage lang" in questions[0] and "1 Eintrag ist schon älter" in questions[0]
    assert dialog.settings.get("retention_days") == 0 and dialog.retention.value() == 0
    assert journal.info(old) is not None

    dialog.confirm = lambda *_args: True
    dialog.retention.setValue(30)
    qtbot.mouseClick(dialog.retention_apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.info(old) is None, timeout=10000)
    assert journal.info(recent) is not None
    assert dialog.settings.get("retention_days") == 30
    qtbot.waitUntil(lambda: "Soeben gelöscht: 1" in dialog.retention_status.text(),
                    timeout=5000)


@pytest.mark.parametrize("with_backups", [False, True])
def test_delete_all_my_data(qtbot, data_home, template, with_backups):
    """From the Datei menu: the confirmation names the count; afterwards the journal is empty,
    and the backups are gone only when the user ticked that."""
    root, _known = template
    journal = journal_data.install(root, data_home)
    try:
        ctx, window = make_window(qtbot, data_home, journal)
        journal.backups.now()
        count = journal.count_sessions()
        window.actions_by_name["delete_all"].trigger()
        dialog = window.findChild(DeleteAllDialog)
        assert dialog is not None and dialog.isVisible()
        assert f"alle {count} Einträge Ihres Journals" in dialog.text.text()
        assert dialog.cancel_button.isDefault() and not dialog.include_backups.isChecked()
        assert "1 Sicherung bleibt erhalten" in dialog.summary.text()  # one, not "(en)"
        assert unnamed_focusable(dialog) == []
        if with_backups:
            qtbot.mouseClick(dialog.include_backups, Qt.MouseButton.LeftButton)
            assert "Ebenfalls gelöscht wird 1 Sicherung." in dialog.summary.text()
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)),
                        timeout=20000)
        assert journal.count_sessions() == 0
        told = next(box for box in window.findChildren(QMessageBox) if box.isVisible())
        assert f"Alle {count} Einträge" in told.text()
        assert bool(journal.backups.list()) != with_backups
        assert journal.search("fuerchtete") == []
        page = window.show_page("journal")
        assert page.list_model.rowCount() == 0
        window.close()
    finally:
        journal.close()


def test_names_are_the_visible_labels(qtbot, data_home, journal):
    """WCAG 2.5.3: every button and check box is named by what it says ("Auswählen …",
    "Ordner öffnen", "Wie im System"), what it acts on is its description; every field and
    combo box has a buddy label and carries that label's words as its name."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

    dialog = dialog_for(qtbot, data_home, journal)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        for button in dialog.tabs.currentWidget().findChildren(QAbstractButton):
            assert button.accessibleName() == button.text().replace("&", ""), button.text()
        labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}
        for control in dialog.tabs.currentWidget().findChildren(QWidget):
            if not isinstance(control, QComboBox | QSpinBox | QLineEdit) \
                    or isinstance(control.parent(), QSpinBox):
                continue  # the spin box's own line edit: named like the spin box
            assert control in labels, control.accessibleName()
            visible = labels[control].text().replace("&", "").rstrip(":")
            assert control.accessibleName() == visible
    assert dialog.display_tab.follow_system.accessibleName() == "Wie im System"


def test_the_retention_days_are_counted_in_words(qtbot, data_home, journal):
    """The day count after the retention field reads as German counts it: "1 Tag", "30 Tage"
    (Qt's plural forms, not "Tag(e)")."""
    tab = dialog_for(qtbot, data_home, journal).data_tab
    for days, text in ((1, "1 Tag"), (30, "30 Tage"), (2, "2 Tage")):
        tab.retention.setValue(days)
        assert tab.retention.text() == text


SHELL_CONTEXTS = ("MainWindow", "pages", "SettingsDialog", "DisplayTab", "PracticeTab",
                  "DataTab", "BackupsTab", "settings", "splitters")


def _german_of(contexts: tuple[str, ...]) -> set[str]:
    """The German translations of these contexts that differ from their English source."""
    import re
    import xml.etree.ElementTree as ET

    from tests.i18n_tool import ROOT

    found: set[str] = set()
    root = ET.parse(ROOT / "resources" / "translations" / "gespraechskompass_de.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            for text in forms or [node.text or "" if node is not None else ""]:
                text = re.sub(r"\{[^}]*\}|%n", "", text).replace("&", "").strip()
                source = (message.findtext("source") or "").replace("&", "").strip()
                if len(text) >= 5 and text != source:
                    found.add(text)
    return found


@pytest.fixture
def english():
    from desktop.ui.common import i18n

    app = QApplication.instance()
    i18n.install(app, "en")
    yield
    i18n.install(app, "de")


def test_english_shell_and_settings_show_no_german(qtbot, data_home, journal, english):
    """With the language "en": the menus, the navigation, the status line and every tab of
    the settings show none of the shell's or the settings' German translations."""
    from PySide6.QtWidgets import QWidget

    ctx, window = make_window(qtbot, data_home, journal)
    dialog = SettingsDialog(ctx, data_actions(ctx), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    german = _german_of(SHELL_CONTEXTS)
    texts = [a.text() for menu in window.menuBar().findChildren(QWidget)
             for a in menu.actions()] + [a.text() for a in window.menuBar().actions()]
    nav = window.findChild(QWidget, "navigation")
    texts += [nav.item(row).text() for row in range(nav.count())]
    texts += [window.status_line.text(), nav.accessibleName(), nav.accessibleDescription()]
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        texts.append(dialog.tabs.tabText(index))
        for widget in dialog.tabs.currentWidget().findChildren(QWidget):
            if widget.isVisible():
                texts += [widget.accessibleName(), widget.accessibleDescription()]
                if isinstance(widget, QLabel | QAbstractButton):
                    texts.append(widget.text())
    shown = [t.replace("&", "") for t in texts if t]
    assert "Settings …" in shown and "Display" in shown
    assert [t for t in shown if any(g in t for g in german)] == []
    assert len(german) > 60  # the check has something to look for

"""The scenario studio as a trainer uses it: typing with pauses shows the linter's finding at the
right line and fixing it clears it; a test run from the node under the cursor and back; save and
reopen byte for byte; a file changed on disk is not overwritten; a hostile pack writes nothing;
a draft from a real case cannot be saved while it holds personal data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core import config, paths
from desktop.core.scenarios.library import load_library
from desktop.ui.common.context import AppContext
from desktop.ui.studio.studio_page import StudioPage
from tests.core.lint_fixtures import VALID_CARD, VALID_SCENARIO, line_of
from tests.core.test_scenario_packs import snapshot, with_entry
from tests.ui.helpers import make_window, mnemonic_clashes, type_text, unnamed_focusable


@pytest.fixture
def team(tmp_path):
    folder = tmp_path / "team"
    (folder / "techniken").mkdir(parents=True)
    (folder / "testfall.md").write_text(VALID_SCENARIO, "utf-8")
    (folder / "techniken" / "aktives-zuhoeren.md").write_text(VALID_CARD, "utf-8")
    return folder


@pytest.fixture
def page(qtbot, data_home, team, monkeypatch):
    data = paths.DataPaths(data_home)
    settings = config.load(data.settings, policy={})
    settings.set("team_scenario_folder", str(team))
    settings.set("authoring", True)
    ctx = AppContext(settings, data)
    ctx.set_library(load_library([paths.bundled_scenarios_dir(), team]))
    page = StudioPage(ctx)
    page._reload_library = lambda: None  # the app's loader is tested elsewhere
    page.messages = []
    page.show_message = lambda title, text: page.messages.append(text)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def move_to_line(page: StudioPage, line: int) -> None:
    page.editor.go_to_line(line)


def test_typing_a_break_shows_the_finding_at_its_line_and_fixing_clears_it(qtbot, page, team):
    """Change a choice's target by typing, pause like a person: the error appears in the list
    at the choice's line with a margin marker; typing the old target back clears it."""
    page.open_file(team / "testfall.md")
    qtbot.waitUntil(lambda: page.summary.text().startswith("0 Fehler"))
    line = line_of(VALID_SCENARIO, "-> @plan")
    move_to_line(page, line)
    editor = page.editor
    from PySide6.QtGui import QTextCursor

    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    type_text(editor, "x")
    qtbot.wait(120)  # a human pause shorter than the debounce: nothing runs yet
    type_text(editor, "yz")
    qtbot.waitUntil(lambda: any(f.line == line for f in editor.findings), timeout=3000)
    assert "@planxyz" in editor.findings[0].message
    assert page.findings.item(0).text().startswith(f"Zeile {line}:")
    page.editor.go_to_line(1)
    page.findings.setFocus()
    page.findings.setCurrentRow(0)
    qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    assert editor.current_line() == line and editor.hasFocus()
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not editor.findings, timeout=3000)
    assert page.findings.count() == 0


def test_play_from_the_node_under_the_cursor_and_back(qtbot, page, team, monkeypatch):
    """F5 on the @aerger node starts the test run there, with ratings and targets shown;
    Enter follows a choice; closing returns to the editor at the same line."""
    from desktop.ui.studio import studio_play

    seen = {}

    def run(dialog):
        seen["first"] = dialog.node_id
        seen["choices"] = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
        seen["then"] = dialog.node_id
        dialog.reject()
        return 0

    monkeypatch.setattr(studio_play.TestRunDialog, "exec", run)
    page.open_file(team / "testfall.md")
    qtbot.waitUntil(lambda: page.last_valid is not None)
    line = line_of(VALID_SCENARIO, "### @aerger") + 2
    move_to_line(page, line)
    qtbot.keyClick(page.editor, Qt.Key.Key_F5)
    assert seen["first"] == "aerger"
    assert seen["choices"][0].startswith("(hilfreich)") and "→ @plan" in seen["choices"][0]
    assert seen["then"] == "plan"
    assert page.editor.current_line() == line and page.editor.hasFocus()


def test_save_and_reopen_byte_for_byte(qtbot, page, team):
    """Ctrl+S after an edit writes exactly the editor's text (CRLF kept), the old version is
    kept, and reopening shows the same text."""
    path = team / "testfall.md"
    path.write_bytes(VALID_SCENARIO.replace("\n", "\r\n").encode("utf-8"))
    page.open_file(path)
    move_to_line(page, line_of(VALID_SCENARIO, "Frau Amiri steht"))
    type_text(page.editor, "Heute: ")
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    expected = page.editor.toPlainText()
    assert path.read_bytes() == expected.replace("\n", "\r\n").encode("utf-8")
    assert not page.editor.document().isModified()
    assert list((team / "_vorversionen").glob("testfall.*.md"))
    page.open_file(path)
    assert page.editor.toPlainText() == expected


def test_file_changed_on_disk_is_not_overwritten(qtbot, page, team):
    """A colleague saves the file meanwhile: the trainer is asked, sees both versions, and
    cancelling leaves the colleague's file untouched; choosing "mine" then writes ours."""
    path = team / "testfall.md"
    page.open_file(path)
    theirs = VALID_SCENARIO.replace("Ein Testfall", "Fassung der Kollegin")
    path.write_text(theirs, "utf-8")
    type_text(page.editor, "")
    page.editor.setPlainText(page.editor.toPlainText().replace("Ein Testfall", "Meine"))
    asked = []
    page.ask_conflict = lambda parent, p, their_text, mine: asked.append(their_text) or ""
    assert not page.save()
    assert asked == [theirs] and path.read_text("utf-8") == theirs
    page.ask_conflict = lambda parent, p, their_text, mine: "mine"
    assert page.save()
    assert "Meine" in path.read_text("utf-8")


def test_bundled_scenarios_are_never_written(qtbot, page):
    """Saving a bundled scenario is refused with a German message and the file is unchanged."""
    bundled = sorted(paths.bundled_scenarios_dir().glob("*.md"))[0]
    before = bundled.read_bytes()
    page.open_file(bundled)
    page.editor.setPlainText(page.editor.toPlainText() + "\n")
    assert not page.save()
    assert "mitgelieferten" in page.messages[-1]
    assert bundled.read_bytes() == before


def test_hostile_pack_import_writes_nothing(qtbot, page, team, tmp_path):
    """A zip-slip pack chosen in the studio: a German refusal, no confirmation asked, and the
    team folder and its parent unchanged."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.scenarios import packs
    from desktop.ui.studio import studio_packs

    good = packs.pack_bytes(page.ctx.library, ["testfall"], "Team")
    hostile = tmp_path / "boese.zip"
    hostile.write_bytes(with_entry(good, "../../boese.md"))
    before = snapshot(tmp_path)
    warnings = []
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda parent, title, text: warnings.append(text))
    try:
        studio_packs.import_pack_dialog(page, page.ctx, team, lambda: None,
                                        ask_path=lambda: str(hostile),
                                        confirm=lambda lines: pytest.fail("asked"))
        qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    finally:
        QMessageBox.warning = original
    assert "unzulässigen Pfad" in warnings[0] and "Nichts wurde geschrieben" in warnings[0]
    assert snapshot(tmp_path) == before


def test_pack_import_preview_then_write(qtbot, page, team, tmp_path, monkeypatch):
    """A pack whose scenario the team folder lost: the preview lists it as new and the card
    the team folder holds in another version as changed (its old bytes kept); confirming writes the scenario byte for byte."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.scenarios import packs
    from desktop.ui.studio import studio_packs

    pack = tmp_path / "gut.zip"
    pack.write_bytes(packs.pack_bytes(page.ctx.library, ["testfall"], "Team"))
    (team / "testfall.md").unlink()
    shown, reloaded = [], []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    studio_packs.import_pack_dialog(page, page.ctx, team, lambda: reloaded.append(1),
                                    ask_path=lambda: str(pack),
                                    confirm=lambda lines: shown.extend(lines) or True)
    qtbot.waitUntil(lambda: any("in den Team-Ordner geschrieben" in text
                                for text in shown), timeout=5000)
    assert "Szenario testfall „Ein Testfall“: neu" in shown
    assert any("aktives-zuhoeren" in line and "geändert" in line for line in shown), shown
    assert list((team / "techniken" / "_vorversionen").glob("aktives-zuhoeren.*.md"))
    assert (team / "testfall.md").read_text("utf-8") == VALID_SCENARIO
    assert reloaded == [1]


def test_draft_from_case_blocks_personal_data(qtbot, page, team):
    """A draft from an own case holds no personal data; a name typed into it blocks saving
    with a German message at its line; removing it lets the draft be saved."""
    page.new_draft("Frist verpasst", {
        "situation": ["Herr Dragan Petrović kam am 4.2. ohne Termin."],
        "reagieren": ["Er wurde laut.\n\nEr verlangte die Leitung."]})
    text = page.editor.toPlainText()
    assert "Petrović" not in text and "4.2." not in text
    page.ask_save_path = lambda suggestion: str(team / "entwurf.md")
    page.editor.setPlainText(text + "\nRückruf bei Frau Kowalczyk unter 0171 9876543.\n")
    assert not page.save()
    assert "personenbezogene" in page.messages[-1].lower()
    assert not (team / "entwurf.md").exists()
    page.editor.setPlainText(text)
    assert page.save()
    assert (team / "entwurf.md").read_text("utf-8") == text


def test_keyboard_and_accessible_names(qtbot, page, team):
    """Every focusable control has an accessible name, and Tab leads from the buttons into the
    editor, on to the findings and the preview."""
    page.open_file(team / "testfall.md")
    assert unnamed_focusable(page) == []
    assert page.editor.tabChangesFocus()


def test_studio_page_follows_the_setting(qtbot, data_home):
    """The studio is in the navigation only when authoring is on; switching it on adds it, and
    its Alt keys clash with nothing else in the window."""
    ctx, window = make_window(qtbot, data_home)
    assert "studio" not in window.page_keys()
    ctx.change_setting("authoring", True)
    assert "studio" in window.page_keys()
    assert isinstance(window.show_page("studio"), StudioPage)
    assert mnemonic_clashes(window) == []
    window.close()


def test_own_case_entry_to_draft_from_the_journal(qtbot, data_home, tmp_path):
    """A finished own-case entry in a real journal: with authoring on, its detail offers "Als
    Szenario-Entwurf"; clicking opens the studio with a skeleton holding the user's moments
    and none of the names, dates or numbers the notes still had."""
    from desktop.core.practice import PracticeSession
    from desktop.core.practice.catalog import Step
    from tests.ui import journal_data

    journal = journal_data.open_journal(data_home)
    session = PracticeSession.eigener_fall("Gespräch mit Herrn Osei")
    session.answer(Step.SITUATION, 0, "Herr Kwame Osei kam am 14.10. mit Az. 56-7788/24.")
    session.answer(Step.REAGIEREN, 0, "Er schlug auf den Tisch.\n\nEr weinte danach.")
    session.finish()
    session_id = journal.save(session)
    team = tmp_path / "team"
    team.mkdir()
    ctx, window = make_window(qtbot, data_home, journal)
    ctx.change_setting("team_scenario_folder", str(team))
    ctx.change_setting("authoring", True)
    page = window.show_page("journal")
    page.select_row(page.list_model.row_of(session_id))
    qtbot.waitUntil(lambda: page.detail.session_id == session_id, timeout=3000)
    assert page.detail.draft_button.isVisible()
    qtbot.mouseClick(page.detail.draft_button, Qt.MouseButton.LeftButton)
    studio = window.page("studio")
    assert window.current_page_key() == "studio"
    text = studio.editor.toPlainText()
    assert "Er schlug auf den Tisch." in text and "@moment-2" in text
    for leak in ("Kwame", "Osei", "14.10.", "56-7788"):
        assert leak not in text
    assert studio.is_draft
    studio.confirm = lambda *args: True  # the unsaved draft may be discarded at closing
    window.close()
    journal.close()


def test_dialogue_map_marks_problems_and_enter_jumps_to_the_line(qtbot, page, team):
    """A node that nothing leads to is marked on the map with the linter's message; arrow keys
    reach it and Enter puts the editor's cursor on its heading line."""
    broken = VALID_SCENARIO.replace("### @ende-schlecht Ohne Plan",
                                    "### @vergessen Niemand kommt hierher\n\n*Stille.*\n\n"
                                    "### @ende-schlecht Ohne Plan")
    (team / "testfall.md").write_text(broken, "utf-8")
    page.open_file(team / "testfall.md")
    page.side.setCurrentWidget(page.map)
    qtbot.waitUntil(lambda: page.map.view is not None)
    assert "vergessen" in page.map.dmap.problems
    assert "nicht erreichbar" in page.map.dmap.problems["vergessen"][0]
    view = page.map.view
    view.setFocus()
    view.select("vergessen")
    assert "nicht erreichbar" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.editor.current_line() == line_of(broken, "### @vergessen")
    assert page.editor.hasFocus()
    page.side.setCurrentWidget(page.map)
    qtbot.mouseClick(page.map.view, Qt.MouseButton.LeftButton,
                     pos=page.map.view.node_rect(view.graph.node("start")).center().toPoint())
    assert page.editor.current_line() == line_of(broken, "### @start")


def test_it_policy_locks_authoring(qtbot, data_home):
    """IT switches the studio on by policy: the page is there, and the settings checkbox is
    ticked and disabled with the "set by your IT" note; a user cannot switch it off."""
    from desktop.core.config import ConfigError
    from desktop.ui.settings.settings_dialog import SettingsDialog
    from desktop.ui.shell.pages import data_actions

    data = paths.DataPaths(data_home)
    settings = config.load(data.settings, policy={"authoring": True})
    ctx = AppContext(settings, data)
    dialog = SettingsDialog(ctx, data_actions(ctx))
    qtbot.addWidget(dialog)
    assert dialog.data_tab.authoring.isChecked() and not dialog.data_tab.authoring.isEnabled()
    with pytest.raises(ConfigError):
        settings.set("authoring", False)


# --- by keyboard alone (issue 21) -------------------------------------------------------------

def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key on whatever has the keyboard focus, as a keyboard user presses it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def tab_to(widget, limit: int = 30) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(widget).__name__} "
                         f"{widget.accessibleName()!r}")


def when_modal(qtbot, act) -> list:
    """Run `act(box)` on the next modal dialog once it is shown (QMessageBox.exec() runs its
    own event loop, so the test answers it from a timer, as a person would); returns what
    `act` returned, for the assertions after the dialog closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    results: list = []

    def poll() -> None:  # the box is shown and active: the keys a person presses reach it
        box = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if box is None or not box.isVisible() or focus is None or not box.isAncestorOf(focus):
            QTimer.singleShot(20, poll)
            return
        results.append(act(box))

    QTimer.singleShot(20, poll)
    return results


def test_pack_export_by_keyboard_alone(qtbot, page, team, tmp_path):
    """From the studio's Export button to a written pack without a mouse: Tab reaches the
    button, Space opens the dialog with the focus in the list, Down and Space tick a scenario
    (OK is disabled until one is ticked), Alt+A reaches the author line, Enter exports; every
    control has an accessible name equal to its visible label."""
    import zipfile

    from PySide6.QtWidgets import QApplication

    from desktop.ui.studio.studio_packs import ExportDialog

    out = tmp_path / "paket.zip"
    page.ask_pack_path = lambda: str(out)
    page.buttons["open"].setFocus()
    tab_to(page.buttons["export"])
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog))
    dialog = QApplication.activeModalWidget()
    assert unnamed_focusable(dialog) == [] and mnemonic_clashes(dialog) == []
    assert QApplication.focusWidget() is dialog.list
    assert dialog.list.accessibleName() == "Szenarien für das Paket"
    assert not dialog.ok.isEnabled()
    ids = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(dialog.list.count())]
    target = ids.index("testfall")
    for _ in range(target):
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)
    assert dialog.chosen() == ["testfall"] and dialog.ok.isEnabled()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.author
    dialog.author.selectAll()
    type_text(dialog.author, "Team Schalter")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.messages), timeout=10000)
    assert "gespeichert" in page.messages[-1]
    with zipfile.ZipFile(out) as pack:
        manifest = pack.read("manifest.json").decode("utf-8")
    assert "testfall" in manifest and "Team Schalter" in manifest


def test_pack_export_escape_writes_nothing(qtbot, page, tmp_path):
    """Escape in the export dialog closes it; nothing is asked and nothing written."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.studio.studio_packs import ExportDialog

    page.ask_pack_path = lambda: pytest.fail("asked for a path after Escape")
    page.buttons["export"].setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog))
    press(Qt.Key.Key_Space)  # tick the first scenario, then change one's mind
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert page.messages == [] and list(tmp_path.glob("*.zip")) == []


def _conflict(page, team):
    """The trainer has the file open and edited; a colleague saved another version meanwhile."""
    path = team / "testfall.md"
    page.open_file(path)
    theirs = VALID_SCENARIO.replace("Ein Testfall", "Fassung der Kollegin")
    path.write_text(theirs, "utf-8")
    page.editor.setFocus()
    page.editor.go_to_line(line_of(VALID_SCENARIO, "Ein Testfall"))
    type_text(page.editor, "Meine Notiz ")
    return path, theirs


def test_conflict_dialog_by_keyboard(qtbot, page, team):
    """Ctrl+S on a file a colleague changed opens the choice with the keyboard focus on a
    button; Escape keeps the colleague's file; Ctrl+S again and Alt+M ("Save my version")
    writes ours and keeps theirs as a previous version."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    path, theirs = _conflict(page, team)
    seen = when_modal(qtbot, lambda box: (
        box.windowTitle(), type(QApplication.focusWidget()).__name__,
        [b.text() for b in box.buttons()], press(Qt.Key.Key_Escape)))
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    title, focused, buttons, _ = seen[0]
    assert title == "Datei von jemand anderem geändert"
    assert focused == "QPushButton"
    assert "&Meine Fassung speichern" in buttons
    assert path.read_text("utf-8") == theirs and page.editor.document().isModified()
    assert QApplication.focusWidget() is page.editor  # the trainer is back in the text

    chose = when_modal(qtbot, lambda box: (isinstance(box, QMessageBox),
                                           press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)))
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(chose))
    assert "Meine Notiz" in path.read_text("utf-8")
    kept = [p.read_text("utf-8") for p in (team / "_vorversionen").glob("testfall.*.md")]
    assert theirs in kept
    assert not page.editor.document().isModified()


def test_conflict_dialog_load_theirs_by_keyboard(qtbot, page, team):
    """Alt+L ("Fassung auf dem Datenträger &laden") shows the colleague's text in the editor and writes
    nothing; the editor has the focus again."""
    from PySide6.QtWidgets import QApplication

    path, theirs = _conflict(page, team)
    chose = when_modal(qtbot, lambda box: press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier))
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(chose))
    assert page.editor.toPlainText() == theirs
    assert path.read_text("utf-8") == theirs
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.editor)


def test_dialogue_map_by_keyboard_tab_order_and_enter(qtbot, page, team):
    """Keyboard only: Alt+K ("Dialog&karte") opens the map tab, Tab moves from the tab bar into the map, the
    arrow keys walk the nodes (the focused node is described), Enter jumps to the node's
    heading in the editor, and Tab from the editor leads on through the findings to the side
    panel again."""
    from PySide6.QtWidgets import QApplication

    page.open_file(team / "testfall.md")
    page.editor.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert page.side.currentWidget() is page.map
    qtbot.waitUntil(lambda: page.map.view is not None)
    view = page.map.view
    tab_to(view, limit=8)
    start = view.current
    press(Qt.Key.Key_Down)
    if view.current == start:
        press(Qt.Key.Key_Right)
    assert view.current != start
    assert view.current in page.map.detail.text() or view.accessibleDescription()
    node = view.current
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.editor
    assert page.editor.current_line() == page.map.dmap.lines[node]
    order = []
    for _ in range(4):
        press(Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order.index(page.findings) < max(
        i for i, w in enumerate(order) if page.side.isAncestorOf(w) or w is page.side)

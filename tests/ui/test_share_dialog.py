"""The share dialog: pick entries, an anonymised preview with replaced parts marked, one file
written, the share recorded, the pseudonym chosen once; feedback imported back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop.core import config
from desktop.core.exchange import OutgoingComment, build_feedback, entry_id
from desktop.core.journal import Journal
from desktop.core.paths import DataPaths
from desktop.ui.common.shared_entry import MARK, marked_html, shared_entry_html
from desktop.ui.journal.feedback_import import import_feedback_path
from desktop.ui.journal.share_dialog import ShareDialog
from tests.core.exchange_factory import PERSONAL, TODAY, fill_journal
from tests.ui.english import english, german_only_texts  # noqa: F401 - a fixture
from tests.ui.helpers import make_window, mnemonic_clashes, unnamed_focusable


@pytest.fixture
def setup(qtbot, data_home, tmp_path):
    """A window over a journal with three shareable entries and one kept with personal data;
    the exchange folder points into the test folder."""
    (data_home / "settings.json").write_text(json.dumps(
        {"exchange_folder": str(tmp_path / "austausch")}), "utf-8")
    data = DataPaths(data_home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    ids = fill_journal(journal)
    ctx, window = make_window(qtbot, data_home, journal=journal)
    yield ctx, window, journal, ids
    journal.close()


def open_dialog(qtbot, ctx, window, selected=()) -> ShareDialog:
    dialog = ShareDialog(ctx, window, selected)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_shows_anonymised_text_with_marks(qtbot, setup):
    """Ticked entries appear anonymised; each placeholder is bold, underlined and has ◆."""
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["uebung"], ids["own"]])
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    shown = dialog.preview.plain_text()
    for original in PERSONAL:
        assert original not in shown
    assert f"{MARK} [Person A]" in shown.replace("\u00a0", " ")
    assert "<b><u>◆" in dialog.preview._html
    assert dialog.write_button.isEnabled()
    assert "durch Platzhalter ersetzt" in dialog.status.text()


def test_markup_from_notes_is_shown_as_plain_text(qtbot, setup):
    """The <script> a user typed is defused and shown literally, never rendered."""
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["own"]])
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    assert "‹script›alert(1)‹/script›" in dialog.preview.plain_text()
    assert "<script" not in dialog.preview._html


def test_only_the_preview_of_the_newest_ticks_is_shown(qtbot, setup):
    """An entry ticked while the preview of the one before is still being prepared: the
    preview shown is the one with both entries; the preview of the first alone, finished
    late, never replaces it (it would offer to write the wrong entries)."""
    from desktop.ui.common.tasks import wait_for_background

    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["uebung"]])
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    shown = []
    show_build = dialog._show_build

    def recording(preview) -> None:
        shown.append(len(preview.build.entries))
        show_build(preview)

    dialog._show_build = recording
    dialog.set_checked([ids["uebung"]])
    dialog.rebuild()  # one entry: prepared on the pool ...
    dialog.set_checked([ids["uebung"], ids["own"]])
    dialog.rebuild()  # ... when the second is ticked
    assert wait_for_background(10_000)
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    qtbot.wait(50)  # a late preview would be shown by now
    assert shown == [2]
    assert len(dialog.build.entries) == 2 and dialog.write_button.isEnabled()


def test_entry_kept_with_personal_data_cannot_be_ticked(qtbot, setup):
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["kept"]])
    items = [dialog.entries.item(r) for r in range(dialog.entries.count())]
    kept = next(i for i in items if i.data(Qt.ItemDataRole.UserRole + 1) == ids["kept"])
    assert not kept.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not kept.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "⊘" in kept.text()
    assert dialog.checked_ids() == []
    assert not dialog.write_button.isEnabled()


def test_write_records_the_share_and_keeps_the_pseudonym(qtbot, setup, tmp_path):
    """One file in the exchange folder; the journal records it per entry; the pseudonym is
    stored once and read-only from then on."""
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["uebung"], ids["moment"], ids["own"]])
    dialog.pseudonym.setText("Kompass-42")
    dialog.rebuild()
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    with qtbot.waitSignal(ctx.journal.changed):
        path = dialog.write()
    assert path is not None and path.parent == tmp_path / "austausch"
    assert json.loads(path.read_bytes())["pseudonym"] == "Kompass-42"
    for key in ("uebung", "moment", "own"):
        assert [s.file_name for s in journal.shares.for_session(ids[key])] == [path.name]
    assert journal.shares.for_session(ids["kept"]) == []
    assert ctx.settings.get("pseudonym") == "Kompass-42"
    assert "Gespeichert" in dialog.status.text()
    again = open_dialog(qtbot, ctx, window)
    assert again.pseudonym.isReadOnly() and again.pseudonym.text() == "Kompass-42"
    assert "↗" in again.entries.item(0).text() or any(
        "↗" in again.entries.item(r).text() for r in range(again.entries.count()))


def test_pseudonym_that_looks_like_a_name_blocks_writing(qtbot, setup):
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["uebung"]])
    dialog.pseudonym.setText("Anna Schmidt")
    dialog.rebuild()
    qtbot.waitUntil(lambda: "echter Name" in dialog.status.text(), timeout=5000)
    assert dialog.build is None and not dialog.write_button.isEnabled()


def test_dialog_is_accessible(qtbot, setup):
    """Every focusable widget has a name; no Alt+letter twice in the dialog."""
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["uebung"]])
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    assert unnamed_focusable(dialog) == []
    assert mnemonic_clashes(dialog) == []


def test_file_menu_offers_share_and_feedback(qtbot, setup):
    ctx, window, journal, ids = setup
    texts = [a.text() for a in window.file_menu.actions()]
    assert window.share_action.text() in texts and window.feedback_action.text() in texts
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if "&" in t]
    assert len(keys) == len(set(keys)), texts


def test_feedback_import_puts_comments_beside_entries(qtbot, setup, tmp_path):
    """The caseworker's import: comments stored with feedback.add, the journal broadcasts a
    change; a hostile file is refused with a message and changes nothing."""
    ctx, window, journal, ids = setup
    ctx.settings.values["pseudonym"] = "Kompass-42"  # the pseudonym this user shares under
    uid = journal.load(ids["uebung"])["uid"]
    build = build_feedback("Kompass-42", "Supervision", [
        OutgoingComment("1" * 32, entry_id(uid), "deuten", "Gut beobachtet.", "2025-03-20")],
        TODAY)
    path = tmp_path / build.file_name
    path.write_bytes(build.data)
    outcomes = []
    with qtbot.waitSignal(ctx.journal.changed, timeout=5000):
        import_feedback_path(ctx, path, window, lambda ok, text: outcomes.append((ok, text)))
    assert outcomes == [(True, "Neu bei Ihren Einträgen: 1 Kommentar aus der Supervision.")]
    assert [f.text for f in journal.feedback.for_session(ids["uebung"])] == ["Gut beobachtet."]
    bad = tmp_path / "boese.json"
    bad.write_text('{"format": "gespraechskompass-rueckmeldung", "version": 1}')
    before = list(journal.db.conn.iterdump())
    import_feedback_path(ctx, bad, window, lambda ok, text: outcomes.append((ok, text)))
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=5000)
    assert outcomes[1][0] is False and "Prüfsumme" in outcomes[1][1]
    assert list(journal.db.conn.iterdump()) == before


def test_renderer_escapes_everything():
    """Even text that slipped past every check would show as text: tags are escaped."""
    entry = {"id": "0" * 32, "kind": "eigener-fall", "scenario_id": None,
             "scenario_title": None, "title": "<b>Titel</b>", "focus_node": None,
             "created": "2025-03-14", "finished": None,
             "answers": [{"step": "situation", "index": 0, "prompt": "<i>Frage</i>",
                          "text": "<script>alert(1)</script>"}],
             "choices": [], "path": [], "strain_before": None, "strain_after": None,
             "feelings": [], "helps": [], "helps_other": "", "takeaway": "",
             "reflection": "<img src=x>"}
    html = shared_entry_html(entry)
    assert "<script" not in html and "<img" not in html and "<b>Titel" not in html
    assert "&lt;script&gt;" in html
    assert marked_html("a [Person A] b", [(2, 12)]) == \
        "a <b><u>◆\u00a0[Person A]</u></b> b"


def test_share_by_keyboard_alone_in_the_real_start_order(qtbot, data_home, tmp_path):
    """As a keyboard user meets it: the window is shown, the journal opens after it; Alt+D
    opens the File menu and T chooses "Einträge mit der Supervision teilen …"; in the dialog
    the list has focus with a visible current entry, Space ticks it, Down and Space tick the
    next; Return writes the file (the default button), the result is announced in the status
    line, and Escape closes the dialog."""
    (data_home / "settings.json").write_text(json.dumps(
        {"exchange_folder": str(tmp_path / "austausch")}), "utf-8")
    data = DataPaths(data_home)
    with Journal.open(data, config.load(data.settings, policy={})) as journal:
        ids = fill_journal(journal)
    ctx, window = make_window(qtbot, data_home)  # no journal yet, as at start
    assert not window.share_action.isEnabled()
    ctx.journal.open(recover=lambda _damaged: False, inform=lambda *_text: None)
    qtbot.waitUntil(window.share_action.isEnabled, timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.file_menu.isVisible())
    QTest.keyClick(window.file_menu, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShareDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.entries.hasFocus()
    first = dialog.entries.currentItem()
    assert first is not None and first.isSelected()  # focus is drawn on an entry at once
    assert first.data(Qt.ItemDataRole.UserRole + 1) == dialog.shareable_ids()[0]

    QTest.keyClick(dialog.entries, Qt.Key.Key_Space)
    QTest.keyClick(dialog.entries, Qt.Key.Key_Down)
    QTest.keyClick(dialog.entries, Qt.Key.Key_Space)
    assert dialog.checked_ids() == dialog.shareable_ids()[:2]
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=10000)
    assert "bereit" in dialog.status.text()
    assert dialog.status.accessibleDescription() == dialog.status.text()  # announced

    QTest.keyClick(dialog.entries, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=5000)
    assert dialog.written.exists() and dialog.written.parent == tmp_path / "austausch"
    assert "Gespeichert" in dialog.status.accessibleDescription()
    shared = [i for i in ids.values() if ctx.journal.store.shares.for_session(i)]
    assert sorted(shared) == sorted(dialog.shareable_ids()[:2])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    ctx.journal.close()


@pytest.mark.usefixtures("english")
def test_english_mode_shows_no_german_in_the_share_dialog(qtbot, setup):
    """In English the dialog's labels, buttons, hints, the entries' kinds and the status line
    are English (titles and the anonymised preview are the user's own content)."""
    ctx, window, journal, ids = setup
    dialog = open_dialog(qtbot, ctx, window, [ids["uebung"]])
    qtbot.waitUntil(lambda: dialog.build is not None, timeout=5000)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    texts += [dialog.entries.item(r).text() for r in range(dialog.entries.count())]
    shown = {t.replace("&", "") for t in texts if t}
    assert dialog.status.text().startswith("Entries ready: 1; parts replaced by placeholders: ")
    assert any(" · Own case · " in t for t in shown)
    assert sorted(shown & german_only_texts()) == []
    kinds = {t.split(" · ")[1] for t in shown if t.count(" · ") >= 2}
    assert kinds <= {"Exercise", "Zwischendurch", "Own case"}, kinds

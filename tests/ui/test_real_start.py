"""The app started the way a user starts it (`python -m desktop`: the window first, the
journal opened after it, off the GUI thread) and used from its File menu; and the journal's
states as the actions show them. The app runs in a process of its own
(tests/ui/real_start_child.py drives it from inside its event loop)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import config
from desktop.core.exchange import OutgoingComment, build_feedback, entry_id
from desktop.core.journal import Journal
from desktop.core.paths import DataPaths
from tests.core.exchange_factory import TODAY, fill_journal

ROOT = Path(__file__).resolve().parents[2]


def run_app(scenario: str, home: Path, **args) -> dict:
    """Start the real app in a child process with `home` as its data folder; what it saw."""
    env = dict(os.environ, GESPRAECHSKOMPASS_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("GESPRAECHSKOMPASS_POLICY", None)
    proc = subprocess.run([sys.executable, "-m", "tests.ui.real_start_child", scenario,
                           json.dumps(args)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("gk-result ")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("gk-result "))


@pytest.fixture
def caseworker(data_home: Path, tmp_path: Path) -> dict:
    """A journal with shareable entries, closed again (the app opens it), and a feedback file
    from the supervisor for one of them."""
    exchange = tmp_path / "austausch"
    (data_home / "settings.json").write_text(json.dumps(
        {"exchange_folder": str(exchange), "pseudonym": "Kompass-42"}), "utf-8")
    data = DataPaths(data_home)
    with Journal.open(data, config.load(data.settings, policy={})) as journal:
        ids = fill_journal(journal)
        uid = journal.load(ids["uebung"])["uid"]
    build = build_feedback("Kompass-42", "Supervision", [
        OutgoingComment("2" * 32, entry_id(uid), "deuten", "Gut beobachtet.", "2025-03-20")],
        TODAY)
    feedback = tmp_path / build.file_name
    feedback.write_bytes(build.data)
    return {"data": data, "ids": ids, "exchange": exchange, "feedback": feedback}


def test_real_start_shares_an_entry_and_imports_feedback_from_the_file_menu(caseworker):
    """Started as a user starts it, the window shows while the journal is still opening
    (the share action says so); once it is open, Datei → teilen writes a share file for a
    ticked entry and Datei → Rückmeldungen importieren puts the supervisor's comment beside
    it."""
    seen = run_app("share", caseworker["data"].root, ids=caseworker["ids"],
                   feedback=str(caseworker["feedback"]))
    assert seen["problems"] == []
    assert seen["first_state"] == "opening"
    assert "geöffnet" in seen["first_tip"]
    share_file = Path(seen["share_file"])
    assert share_file.parent == caseworker["exchange"]
    assert seen["shares"] == [share_file.name]
    assert seen["feedback"] == ["Gut beobachtet."]
    assert "1 Kommentar" in seen["told"][0]


def assert_read_only_start(seen: dict, entries: int) -> None:
    assert seen["problems"] == []
    assert not any("bereits geöffnet" in text for text in seen["told"])
    assert seen["state"] == "read-only"
    assert seen["count"] == entries
    assert seen["enabled"] == [False, False, False, True]  # share, import, delete; export
    for tip in seen["tips"]:
        assert "nur gelesen" in tip and "nichts gespeichert" in tip
    assert "nichts wird gespeichert" in seen["label"]


@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="a folder's mode bits do not stop writes as root or on Windows; "
                           "see the lock-file test")
def test_read_only_data_folder_starts_read_only_and_actions_say_why(caseworker):
    """A read-only data folder is not "already open": the app starts, the journal can be
    read but not written, and share, import and delete are disabled with the reason."""
    home = caseworker["data"].root
    paths = [home, *home.iterdir()]
    for path in paths:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        seen = run_app("settle", home)
    finally:
        for path in paths:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert_read_only_start(seen, len(caseworker["ids"]))


def test_lock_file_that_cannot_be_written_is_not_already_open(caseworker):
    """When the lock file cannot be made for another reason than a second instance (here a
    folder in its place; a read-only folder or a full disk in life), the app does not say it
    is already open and quit: it starts, reads the journal, saves nothing and says so."""
    caseworker["data"].lock_file.mkdir()
    seen = run_app("settle", caseworker["data"].root)
    assert_read_only_start(seen, len(caseworker["ids"]))


def test_damaged_journal_actions_say_why(qtbot, data_home):
    """While the journal is damaged (a write found it so), every action bound to it is
    disabled and names the damage; a widget bound to it follows too."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    from tests.ui.helpers import make_window

    data = DataPaths(data_home)
    journal = Journal.open(data, config.load(data.settings, policy={}))
    ctx, window = make_window(qtbot, data_home, journal)
    button = QPushButton("x")
    qtbot.addWidget(button)
    ctx.journal.requires_journal(button)
    action = QAction("y", window)
    ctx.journal.action_requires_journal(action, write=False)
    assert window.share_action.isEnabled() and button.isEnabled() and action.isEnabled()
    ctx.journal.mark_damaged("Die Journal-Datenbank ist beschädigt.")
    for target in (window.share_action, window.feedback_action,
                   window.actions_by_name["delete_all"], window.actions_by_name["export_all"],
                   button, action):
        assert not target.isEnabled()
        assert "beschädigt" in target.toolTip() and target.toolTip() == target.statusTip()
    assert "beschädigt" in window.journal_state_label.text()
    ctx.journal.close()


def test_real_start_draws_focus_and_names_dividers(data_home):
    """The accessibility helper is installed after the first frame (desktop.app): started as a
    user starts it, Tab onto the start page shows the focus ring around the focused control,
    and a divider is a Tab stop that assistive technology hears as a separator."""
    seen = run_app("focus", data_home)
    assert seen["problems"] == []
    assert seen["ring_around"] is True
    assert seen["divider_tab_stop"] is True
    assert seen["divider_role"] == "Separator"

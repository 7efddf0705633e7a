"""The app as a screen-reader and keyboard user meets it, read through AT-SPI (issue 20).

One walk (tests/a11y/walk.py, under the system Python that has pyatspi) starts its own Xvfb,
D-Bus session and AT-SPI bus, starts the real app against a journal with shareable entries
and a small supervisor's workspace (so the Supervision and Team pages are in the navigation),
and goes with key presses alone through every page of the navigation, a whole Übung to its
summary, a Zwischendurch, an own case, the journal and an entry, the settings, the share
dialog and 200 % text, checking every Tab stop. Each test below asserts one point of issue 20
on that walk's findings, and that the walk checked it at all (no point passes unseen).

Skipped where Xvfb, xdotool, xwd, the AT-SPI bus or pyatspi are missing, except in CI
(CI=true), where missing tools fail the run: `.ci/system-deps test` installs them. Not run on
Windows (the suite under Wine): AT-SPI is the accessibility interface of Linux desktops.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.a11y.conftest import SUMMARY
from tests.a11y.desk import SYSTEM_PYTHON, missing_tools

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() == "true"
if not sys.platform.startswith("linux"):  # the Windows suite under Wine: AT-SPI is Linux's
    pytest.skip("AT-SPI is the accessibility interface of Linux desktops",
                allow_module_level=True)
MISSING = missing_tools()
if MISSING and not IN_CI:
    pytest.skip(f"the AT-SPI walk needs {', '.join(MISSING)} (Debian: xvfb dbus xdotool "
                "x11-apps at-spi2-core python3-pyatspi)", allow_module_level=True)


# Points of issue 20 that main does not meet yet, with the rooms that own them. Each is an
# expected failure (strict: once a room's fix lands, the test passes and the line must go).
OPEN: dict[int, str] = {}


def point(number: int):
    """Mark a test of point `number` as an expected failure while it is OPEN."""
    return pytest.mark.xfail(number in OPEN, strict=True,
                             reason=f"issue 20 point {number}: {OPEN.get(number, '')}")


@pytest.fixture(scope="module")
def walk(tmp_path_factory, request) -> dict:
    """Run the walk once for the module; its report."""
    assert not MISSING, f"CI needs these for the AT-SPI test: {MISSING}"
    from desktop.core import config
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from tests.core.exchange_factory import fill_journal

    base = tmp_path_factory.mktemp("a11y")
    home = base / "home"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps(
        {"exchange_folder": str(base / "austausch"), "pseudonym": "Kompass-42",
         "supervisor_workspace": True}), "utf-8")
    data = DataPaths(home)
    with Journal.open(data, config.load(data.settings, policy={})) as journal:
        fill_journal(journal)
    supervisor_workspace(data, base / "freigaben")
    out = base / "report.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    proc = subprocess.Popen([SYSTEM_PYTHON, str(ROOT / "tests" / "a11y" / "walk.py"),
                             "--python", sys.executable, "--home", str(home), "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        stdout, stderr = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.terminate()  # the walk ends the app, Xvfb and the buses it started
        stdout, stderr = proc.communicate(timeout=30)
    # the figures, shown at the end of the run whatever the outcome (tests/a11y/conftest.py)
    request.config.stash[SUMMARY] = stdout
    assert proc.returncode == 0 and out.exists(), stderr[-3000:]
    report = json.loads(out.read_text("utf-8"))
    report["summary"] = stdout
    return report


def supervisor_workspace(data, folder: Path) -> None:
    """A small supervisor's workspace: shares of five pseudonyms (the team view's charts show
    from five), two entries each, one with a comment."""
    from desktop.core.scenarios.model import Stage
    from desktop.core.supervision import Workspace
    from tests.core.exchange_factory import practice_share

    folder.mkdir()
    paths = []
    for n in range(5):
        path = folder / f"freigabe-{n}.json"
        path.write_bytes(practice_share(f"Kompass-{n}", entries=2).data)
        paths.append(path)
    with Workspace.open(data.supervision_database) as workspace:
        workspace.import_paths(paths)
        first = workspace.list_entries()[0]
        workspace.add_comment(first.id, "Gut beobachtet.", Stage.DEUTEN)


def problems(report: dict, point: int) -> list[str]:
    return [f"{p['screen']}: {p['kind']}: {p['what']} — {p['detail']}"
            for p in report["problems"] if p["point"] == point]


def checked(report: dict, point: int | str) -> int:
    return report["checked"].get(str(point), 0)


def test_the_walk_went_everywhere_by_keyboard(walk):
    """The walk was not blocked: every screen of the route was reached with keys alone (a
    step that cannot be done by keyboard fails here), the app printed no Python error, did
    not crash and ended with Ctrl+Q, and the summary line is printed."""
    found = problems(walk, 0)
    assert not found, "\n".join(found)
    assert walk["app_tracebacks"] == 0, walk["app_stderr"]  # no error, no crash on the way
    assert walk["app_exit"] == 0, walk["app_stderr"]  # Ctrl+Q ended it cleanly
    for screen in ("Seite Heute", "Seite Szenarien", "Seite Techniken", "Seite Vor dem Termin",
                   "Seite Journal", "Seite Statistik", "Seite Supervision",
                   "Seite Team-Übersicht", "Übung Zusammenfassung",
                   "Zwischendurch", "Eigener Fall", "Journaleintrag", "Einstellungen",
                   "Teilen", "200 %"):
        assert any(s.startswith(screen) for s in walk["screens"]), (screen, walk["screens"])
    assert walk["objects"] > 300 and walk["stops"] > 100
    assert "a11y: " in walk["summary"]


@point(1)
def test_point_1_focus_lands_on_a_control_when_a_session_starts(walk):
    """Point 1: after starting an Übung, a Zwischendurch and an own case, and after every
    action that changes the screen, focus is on a focusable control that says it is focused,
    never on the page or nowhere."""
    assert checked(walk, 1) >= 3
    found = problems(walk, 1)
    assert not found, "\n".join(found)


@point(2)
def test_point_2_step_content_comes_before_the_step_buttons(walk):
    """Point 2: in every step, Tab reaches the step's content before Unterbrechen/Zurück/
    Weiter, and inside the content in screen order (in Reagieren the answers before the
    tools; on the summary the path graph before Unterbrechen); on every page and in every
    dialog, Tab goes top to bottom and, on a row, left to right."""
    assert checked(walk, 2) >= 4
    assert checked(walk, "order-pairs") > 40  # pages and dialogs, stop by stop (55 in Dec 2026)
    found = problems(walk, 2)
    assert not found, "\n".join(found)


@point(3)
def test_point_3_the_focused_control_is_in_view(walk):
    """Point 3: every Tab stop lies inside its window and its scroll area's viewport (on
    Verarbeiten the first question was focused out of sight)."""
    assert checked(walk, 3) > 100
    found = problems(walk, 3)
    assert not found, "\n".join(found)


@point(4)
def test_point_4_step_buttons_show_focus_and_are_not_check_boxes(walk):
    """Point 4: the step indicator's buttons change on screen when focused and are not
    announced as check boxes."""
    assert checked(walk, 4) >= 4
    found = problems(walk, 4)
    assert not found, "\n".join(found)


@point(5)
def test_point_5_no_filler_tab_stops_and_charts_have_a_role(walk):
    """Point 5: no Tab stop and no focusable object has the role filler/unknown (scroll areas,
    the five charts); a picture the keyboard reaches (a chart, the path graph) has a text
    alternative; every chart showing on a page is a Tab stop (the team view's were not); a
    page that scrolls can be scrolled to its end with the keyboard (Statistik had no Tab stop
    at all)."""
    assert checked(walk, "stops") > 100
    assert checked(walk, "pictures") >= 9  # five charts on Statistik, four on the team view
    assert checked(walk, "charts") >= 9  # each of them showing, and a Tab stop
    assert checked(walk, 5) >= 1  # at least one page scrolls (Statistik)
    found = problems(walk, 5)
    assert not found, "\n".join(found)


@point(6)
def test_point_6_every_combo_box_has_a_label(walk):
    """Point 6: every combo box the keyboard reaches has a labelled-by relation (Qt on Linux
    names a combo box by its value; only the buddy label names it)."""
    assert checked(walk, 6) >= 5
    found = problems(walk, 6)
    assert not found, "\n".join(found)


@point(7)
def test_point_7_no_silent_tab_stops(walk):
    """Point 7: every Tab press either moves the focus (focus event) or is announced (a link
    inside a text view says its text)."""
    assert checked(walk, "stops") > 100
    found = problems(walk, 7)
    assert not found, "\n".join(found)


@point(8)
def test_point_8_status_messages_are_exposed_and_announced(walk):
    """Point 8: the status message is text inside the status bar's tree and announced, the
    live personal-data notice in an own case is announced while typing, and the share
    dialog's status (preview ready, file written) is announced as an entry is ticked with
    Space and the file written with the keyboard."""
    assert checked(walk, 8) >= 4
    found = problems(walk, 8)
    assert not found, "\n".join(found)


@point(9)
def test_point_9_every_tab_stop_shows_focus(walk):
    """Point 9: each Tab stop looks different on screen with focus than without (default
    buttons, item views with and without rows, frameless text views included)."""
    assert checked(walk, 9) > 100
    found = problems(walk, 9)
    assert not found, "\n".join(found)


@point(10)
def test_point_10_a_dialogue_choice_is_announced(walk):
    """Point 10: after a choice in Reagieren, the client's reply and the feedback are
    announced, and focus stays on a control."""
    assert checked(walk, 10) >= 2
    found = problems(walk, 10)
    assert not found, "\n".join(found)


@point(11)
def test_point_11_accessible_names_are_the_visible_labels(walk):
    """Point 11: every focused control's accessible name is its visible label (button text or
    buddy label, without "&", ":" and "…"; WCAG 2.5.3 asks that it contain it, the project's
    rule is that it be it, so a voice-control user says what is written), and no Tab stop is
    unnamed."""
    assert checked(walk, 11) > 50
    found = problems(walk, 11)
    assert not found, "\n".join(found)


@point(12)
def test_point_12_large_text_and_no_mouse_only_parts(walk):
    """Point 12: at 200 % text the scenario table's title column keeps its words; splitters
    can be moved with the keyboard; no role-less size grip."""
    assert checked(walk, 12) >= 2
    found = problems(walk, 12)
    assert not found, "\n".join(found)


def test_every_control_on_every_screen_is_reached_by_tab(walk):
    """Beyond the twelve points (the issue's "nothing unreachable by Tab"): on every page,
    every step of the sessions and every dialog, each showing control that takes focus was a
    Tab stop of the round of Tab through that screen (items of lists and tables and the other
    buttons of a radio group are reached with the arrow keys)."""
    assert checked(walk, "reach") > 150
    found = problems(walk, "reach")
    assert not found, "\n".join(found)

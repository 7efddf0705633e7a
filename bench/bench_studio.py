"""Typing in the scenario studio on a 200-node scenario: the longest GUI-thread stall around
each keystroke (issue 21: under 50 ms).

The heartbeat of bench/stall_probe.py (a 5 ms timer on the GUI thread) measures each
keystroke's stall: the most a beat came late from the key until the next key, the linter's
debounced run, the preview and the map included. Typing has
human gaps (80-250 ms, every tenth a 700 ms pause, so the debounced linter runs often): into a
node's text with the preview shown, the same with the dialogue map shown, and into a node's
title with the map shown (each lint run then changes the drawn graph); the baseline is the
same typing in a bare QPlainTextEdit in the same run.

    python -m bench.bench_studio [--quick]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result

NODES = 200
KEYS = 200
QUICK_KEYS = 60


def scenario_text(nodes: int = NODES) -> str:
    """A valid scenario with `nodes` dialogue nodes (a ladder with detours and two endings)."""
    from tests.core.lint_fixtures import VALID_SCENARIO

    head, rest = VALID_SCENARIO.split("## Reagieren", 1)
    tail = rest[rest.index("## Verarbeiten"):]
    parts = ["## Reagieren\n"]
    for i in range(nodes - 2):
        ident = "start" if i == 0 else f"n{i}"
        nxt = f"n{i + 1}" if i + 1 < nodes - 2 else "ende-gut"
        back = f"n{max(i - 1, 1)}" if i > 1 else "ende-schlecht"
        parts.append(f"### @{ident} Moment {i}\n\n**Frau Amiri:** „Was heißt das für mich, "
                     f"Schritt {i}?“\n\n- (hilfreich) „Ich erkläre es Ihnen Schritt für "
                     f"Schritt.“ -> @{nxt}\n  > Klar und ruhig.\n- (teils) „Das steht im "
                     f"Bescheid.“ -> @{back}\n  > Richtig, aber ohne Hilfe.\n- (ungünstig) "
                     f"„Lesen Sie das selbst.“ -> @ende-schlecht\n  > Abweisend.\n")
    parts.append("### @ende-gut Ein Plan\n\n*Frau Amiri geht mit einer Liste.*\n")
    parts.append("### @ende-schlecht Ohne Plan\n\n*Frau Amiri geht ratlos.*\n\n### Hinweise\n\n"
                 "Vom Gefühl zur Sache.\n\n")
    return head + "\n".join(parts) + tail


def _type(app, widget, keys: int, seed: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bench.stall_probe import Heartbeat

    rng = random.Random(seed)
    beat = Heartbeat()
    stalls = []
    for index in range(keys):
        char = rng.choice("abcdefghijklmnopqrstuvwxyz äöü")
        beat.reset()
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(char.upper())), char,
                           Qt.KeyboardModifier.NoModifier)
        _idle(app, 0.7 if index % 10 == 9 else rng.uniform(0.08, 0.25))
        stalls.append(beat.worst * 1000)  # the probe counts in seconds
    beat.timer.stop()
    return stalls


def _idle(app, seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)


def settle(app, page) -> None:
    """Until the linter, the preview and the map have followed the text (each result can
    start the next job, so the pool being idle once is not enough)."""
    from desktop.ui.common.tasks import wait_for_background

    while True:
        wait_for_background()
        app.processEvents()
        if not (page.editor.linting or page.map.updating or page.preview_updating):
            return


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.core import config, paths
    from desktop.core.scenarios.library import load_library
    from desktop.ui.common.context import AppContext
    from desktop.ui.studio.studio_page import StudioPage

    keys = QUICK_KEYS if quick else KEYS
    text = scenario_text()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="gk-bench-studio-") as tmp:
        home = Path(tmp)
        os.environ["GESPRAECHSKOMPASS_HOME"] = str(home)
        team = home / "team"
        team.mkdir()
        path = team / "gross.md"
        path.write_text(text, "utf-8")
        data = paths.DataPaths(home)
        settings = config.load(data.settings, policy={})
        settings.set("team_scenario_folder", str(team))
        bare = QPlainTextEdit()
        bare.resize(1200, 800)
        bare.setPlainText(text)
        bare.show()
        bare.setFocus()
        baseline = _type(app, bare, keys, 1)
        bare.close()
        for side, where in (("preview", "body"), ("map", "body"), ("map", "title")):
            ctx = AppContext(settings, data)
            ctx.set_library(load_library([paths.bundled_scenarios_dir()]))
            page = StudioPage(ctx)
            page.resize(1280, 800)
            page.show()
            page.open_file(path)
            if side == "map":
                page.side.setCurrentWidget(page.map)
            settle(app, page)
            heading = text[: text.index("### @n100")].count("\n") + 1
            if where == "body":  # the client's line: the map's shape stays, lines move
                page.editor.go_to_line(heading + 2)
            else:  # the node's title: each lint run gives the map a changed graph
                page.editor.go_to_line(heading)
                page.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
            _idle(app, 0.3)  # the jump's repaint is not a keystroke's
            stalls = _type(app, page.editor, keys, 1)
            settle(app, page)
            page.editor.document().setModified(False)
            page.close()
            results.append(Result(
                f"studio, {NODES}-node scenario, {side} shown, typing in a node's {where}: "
                "worst GUI stall per keystroke",
                "ms", [max(stalls)], target=50.0, goal="max", baseline=[max(baseline)],
                baseline_name="bare QPlainTextEdit, same typing",
                note=f"{keys} keys with human gaps; median stall "
                     f"{sorted(stalls)[len(stalls) // 2]:.1f} ms, five worst "
                     f"{', '.join(f'{v:.0f}' for v in sorted(stalls)[-5:])} ms; baseline five "
                     f"worst {', '.join(f'{v:.0f}' for v in sorted(baseline)[-5:])} ms; "
                     f"{len(text)} chars, linted on the thread pool",
                extra={"stalls_ms": stalls}))
    return results


if __name__ == "__main__":
    for result in run("--quick" in sys.argv):
        print(f"{result.name}: {result.samples[0]:.1f} {result.unit} "
              f"(baseline {result.baseline[0]:.1f}; {result.note})")

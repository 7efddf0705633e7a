"""Typing in the scenario studio on a 200-node scenario: the longest GUI-thread stall around
each keystroke (issue 21: under 50 ms).

A minimal heartbeat (a 5 ms timer on the GUI thread; a keystroke's stall is the most a beat
came late from the key until the next key, the linter's debounced run and its result included)
stands in for bench/stall_probe.py, which is on branch jservice and not yet on main. Typing has
human gaps (80-250 ms, every tenth a 700 ms pause, so the debounced linter runs often), once
with the preview shown and once with the dialogue map; the baseline is the same typing in a
bare QPlainTextEdit in the same run.

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
BEAT_MS = 5


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


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000 - BEAT_MS)
        self._last = now


def _type(app, widget, keys: int, seed: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    rng = random.Random(seed)
    beat = Heartbeat()
    stalls = []
    for index in range(keys):
        char = rng.choice("abcdefghijklmnopqrstuvwxyz äöü")
        beat.reset()
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(char.upper())), char,
                           Qt.KeyboardModifier.NoModifier)
        gap = 0.7 if index % 10 == 9 else rng.uniform(0.08, 0.25)
        until = time.perf_counter() + gap
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.001)
        stalls.append(beat.worst)
    beat.timer.stop()
    return stalls


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.core import config, paths
    from desktop.core.scenarios.library import load_library
    from desktop.ui.context import AppContext
    from desktop.ui.studio_page import StudioPage
    from desktop.ui.tasks import wait_for_background

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
        for side in ("preview", "map"):
            ctx = AppContext(settings, data)
            ctx.set_library(load_library([paths.bundled_scenarios_dir()]))
            page = StudioPage(ctx)
            page.resize(1280, 800)
            page.show()
            page.open_file(path)
            if side == "map":
                page.side.setCurrentWidget(page.map)
            wait_for_background()
            app.processEvents()
            line = text[: text.index("### @n100")].count("\n") + 3
            page.editor.go_to_line(line)
            stalls = _type(app, page.editor, keys, 1)
            wait_for_background()
            page.editor.document().setModified(False)
            page.close()
            results.append(Result(
                f"studio, {NODES}-node scenario, {side} shown: worst GUI stall per keystroke",
                "ms", [max(stalls)], target=50.0, goal="max", baseline=[max(baseline)],
                baseline_name="bare QPlainTextEdit, same typing",
                note=f"{keys} keys with human gaps; median stall {sorted(stalls)[len(stalls)//2]:.1f}"
                     f" ms; {len(text)} chars, linted on the thread pool",
                extra={"stalls_ms": stalls}))
    return results


if __name__ == "__main__":
    for result in run("--quick" in sys.argv):
        print(f"{result.name}: {result.samples[0]:.1f} {result.unit} "
              f"(baseline {result.baseline[0]:.1f}; {result.note})")

"""Plain-language checker: time to check 2,000 characters, as it runs while the user types.

The texts are built here from official and plain sentence parts in a seeded random order
(not the test sentences), each cut to 2,000 characters and each different, so no cache helps.
Baseline in the same run: one pass of the word regex over the same text (the least any check
must do). The target is the issue's: ≤ 20 ms per check without the readability figure (that
one runs in the background in the app; its warm time is reported too).

    python -m bench.bench_klartext [--quick]
"""

from __future__ import annotations

import random
import sys
import time

from bench.common import Result

PARTS = (
    "Aufgrund der Nichtvorlage der erforderlichen Nachweise wurde Ihr Antrag abgelehnt.",
    "Sie werden gebeten, die Unterlagen binnen zwei Wochen vorzulegen.",
    "Bringen Sie bitte Ihren Pass mit.",
    "Sie bekommen heute eine Fiktionsbescheinigung, das ist ein Papier für Ihren Arbeitgeber.",
    "Gegen diesen Bescheid kann innerhalb eines Monats Klage erhoben werden.",
    "Die Verlängerung der Gültigkeit ist seitens der Behörde nicht vorgesehen.",
    "Wir prüfen Ihren Antrag und melden uns im März.",
    "Bringen Sie den Mietvertrag mit und füllen Sie das Formular aus.",
    "Das tut mir leid.",
    "Ihre Duldung gilt drei Monate, danach kommen Sie bitte wieder.",
    "Die Mitwirkungspflicht nach § 60b AufenthG obliegt Ihnen.",
    "Sie dürfen weiter arbeiten.",
    "Hinsichtlich der Passbeschaffung sind Nachweise über Ihre Bemühungen beizubringen.",
    "Am 15. Januar ist Ihr Termin um 9 Uhr in Zimmer 204.",
)


def texts(count: int, seed: int = 23) -> list[str]:
    rng = random.Random(seed)
    out = []
    for index in range(count):
        parts = []
        while sum(len(p) + 1 for p in parts) < 2100:
            parts.append(rng.choice(PARTS))
        out.append((" ".join(parts))[:1990] + f" Nr. {index}.")
    return out


def run(quick: bool = False) -> list[Result]:
    from desktop.core.plain.checker import check, phrases
    from desktop.core.plain.readability import warm_up
    from desktop.core.plain.text import WORD

    runs = 7 if quick else 60
    samples: list[float] = []
    baseline: list[float] = []
    with_figure: list[float] = []
    phrases()  # the word list is read once per process, at the first check
    warm_up()
    for text in texts(runs):
        t0 = time.perf_counter()
        WORD.findall(text)
        baseline.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        check(text)
        samples.append((time.perf_counter() - t0) * 1000)
    for text in texts(runs, seed=24):
        t0 = time.perf_counter()
        check(text, readability=True)
        with_figure.append((time.perf_counter() - t0) * 1000)
    gaps = typing_gaps(quick)
    return [
        Result("klartext: longest event-loop gap while typing into the exercise", "ms", gaps,
               target=50.0, goal="max",
               note="worst gap per round; 5 ms heartbeat; words typed with 30 ms pauses"),
        Result("klartext: check 2,000 characters", "ms", samples, target=20.0, goal="max",
               baseline=baseline, baseline_name="one word-regex pass", paired=True,
               note="hints and points, as run while typing"),
        Result("klartext: check + Wiener Sachtextformel (warm)", "ms", with_figure,
               note="the figure runs in the background in the app"),
    ]


def typing_gaps(quick: bool) -> list[float]:
    """Type into the real exercise page, offscreen, word by word with short pauses, and record
    the longest time the event loop did not get round to a 5 ms heartbeat (one per round)."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.core import paths
    from desktop.core.config import load
    from desktop.core.practice import PracticeSession
    from desktop.core.scenarios.library import load_library
    from desktop.ui.practice.explain_page import ExplainView

    app = QApplication.instance() or QApplication(["bench"])
    os.environ.setdefault("GESPRAECHSKOMPASS_HOME", tempfile.mkdtemp(prefix="gk-bench-kt-"))
    load(user_file=None, policy={})
    exercise = load_library([paths.bundled_scenarios_dir()]).exercises["erklaeren-duldung"]
    rounds = 2 if quick else 5
    words = " ".join(texts(1, seed=25)).split()[: 60 if quick else 300]
    worst: list[float] = []
    for _ in range(rounds):
        view = ExplainView(PracticeSession.erklaeren(exercise), exercise)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        clock = QElapsedTimer()
        clock.start()
        longest = [0.0, clock.elapsed()]

        def beat(longest=longest, clock=clock) -> None:
            now = clock.elapsed()
            longest[0] = max(longest[0], now - longest[1])
            longest[1] = now

        heart = QTimer()
        heart.setInterval(5)
        heart.timeout.connect(beat)
        heart.start()
        for word in words:
            QTest.keyClicks(view.editor, word.encode("ascii", "ignore").decode() + " ")
            QTest.qWait(30)
        QTest.qWait(1200)  # the last check and the figure
        heart.stop()
        worst.append(float(longest[0]))
        view.debounce.pending = False
        view.close()
        view.deleteLater()
        app.processEvents()
    return worst


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run(quick="--quick" in sys.argv))

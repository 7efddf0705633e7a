"""Journal view benchmarks: the journal page on a large journal, offscreen.

Targets (issues 6, 16): with 100,000 sessions the page shows its first rows at most 100 ms
after it is built (page built, shown, the visible rows painted); Ctrl+End from the newest to
the oldest entry takes at most 100 ms (the list knows its length and fetches only the page in
view); dragging the scroll bar anywhere takes at most 50 ms per position; the first search hits
show within 100 ms. `quick` uses 5,000
sessions. The journal is generated once per run (bench/gen_journal.py); figures are taken with
a warm page cache, as on the second start of a day.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench import gen_journal
from bench.common import Result, ms

FULL_SESSIONS = 100_000
QUICK_SESSIONS = 5_000


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.core.config import load
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths
    from desktop.ui.common.context import AppContext
    from desktop.ui.common.tasks import wait_for_background
    from desktop.ui.journal.journal_page import JournalPage

    app = QApplication.instance() or QApplication(["bench"])
    count = QUICK_SESSIONS if quick else FULL_SESSIONS
    settings = load(user_file=None, policy={})
    with tempfile.TemporaryDirectory(prefix="gk-bench-view-") as tmp:
        root = Path(tmp) / "daten"
        t0 = time.perf_counter()
        gen_journal.generate(root, count)
        generated = time.perf_counter() - t0
        journal = Journal.open(DataPaths(root), settings)
        ctx = AppContext(settings, DataPaths(root), journal)

        def build() -> tuple[JournalPage, float]:
            start = time.perf_counter()
            page = JournalPage(ctx)
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            page.table.viewport().repaint()  # the visible rows, painted now
            elapsed = time.perf_counter() - start
            assert page.table.model().rowCount() > 0
            return page, elapsed

        def dispose(page: JournalPage) -> None:
            """Close and really delete the page (processEvents alone leaves deleteLater's
            event queued, and a timer of the page could fire after the journal is closed);
            its reads on the thread pool finish first."""
            wait_for_background(30_000)
            app.processEvents()
            page.close()
            page.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()

        dispose(build()[0])  # warm-up: imports, fonts, page cache
        first_rows = []
        for _ in range(7):
            page, elapsed = build()
            first_rows.append(elapsed)
            dispose(page)

        jumps: list[float] = []  # Ctrl+End from the newest to the oldest entry
        drags: list[float] = []  # the longest of 20 scroll-bar positions, per pass
        for _ in range(5):
            page, _elapsed = build()
            table = page.table
            table.setFocus()
            table.setCurrentIndex(table.model().index(0, 0))
            start = time.perf_counter()
            QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            table.viewport().repaint()
            jumps.append(time.perf_counter() - start)
            assert table.currentIndex().row() == count - 1 == table.model().rowCount() - 1
            bar = table.verticalScrollBar()
            longest = 0.0
            for step in range(20):
                start = time.perf_counter()
                bar.setValue(bar.maximum() * ((step * 7) % 20) // 19)
                app.processEvents()
                table.viewport().repaint()
                longest = max(longest, time.perf_counter() - start)
            drags.append(longest)
            dispose(page)

        page, _elapsed = build()
        searches = []
        for word in ("Angst", "Wartezeit", "Fiktionsbescheinigung", "Sorge Familie", "Term"):
            page.filter_bar.search.clear()
            app.processEvents()
            start = time.perf_counter()
            page.filter_bar.search.setText(word)
            # Enter, as a user presses it: the search runs at once (typing alone waits 250 ms
            # for a pause first; that timer is stopped, so it cannot fire after the bench).
            QTest.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
            app.processEvents()
            page.table.viewport().repaint()
            searches.append(time.perf_counter() - start)
        dispose(page)
        journal.close()

    return [
        Result(f"journal view: first rows shown ({count} sessions)", "ms",
               ms(first_rows), target=100.0,
               note=f"build the page, show it, paint the visible rows; generating {generated:.1f} s"),
        Result(f"journal view: jump to the oldest entry, Ctrl+End ({count} sessions)", "ms",
               ms(jumps), target=100.0, note="one key press, the last page fetched and painted"),
        Result("journal view: scroll bar dragged, longest of 20 positions", "ms", ms(drags),
               target=50.0, note="each position: the page around it fetched and painted"),
        Result("journal view: search to the first hits", "ms", ms(searches),
               target=100.0, note="fetch the hits and show them highlighted (without the 250 ms "
                                  "typing pause)"),
    ]


if __name__ == "__main__":
    import sys

    for result in run(quick="--quick" in sys.argv):
        print(f"{result.name}: median {result.median:.2f} {result.unit} "
              f"(min {min(result.samples):.2f}, max {max(result.samples):.2f}), "
              f"target {result.target}, met: {result.met}. {result.note}")

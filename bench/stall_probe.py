"""GUI-thread stall probe: a scripted tour of every flow, recording per step the longest time
the event loop could not run.

A 5 ms heartbeat timer runs on the GUI thread for the whole tour; a step's stall is the most a
beat came late while the step ran (its action and everything until it has finished, background
work included). Design rule: no step stalls more than 50 ms at 100,000 journal entries.

The tour, offscreen, against a 100,000-session journal (bench/gen_journal.py; own cases past
a 365-day retention, so the start deletes thousands) and a supervisor workspace of 5,000 shared
entries: start (window, then the journal opened, retention, backup, library), every page, a
whole practice session with typing, finishing an own case (scrub), Zwischendurch (and once
more with the review schedule to be replayed whole, as after the update to schema v5), journal
search, filter, jump to the oldest entry, export of 200 entries, delete, statistics, settings,
sharing 50 entries, importing 500 share files, the team view.

    python -m bench.stall_probe [--quick] [--journal FOLDER] [--trace]

The journal, workspace and share files are made in a process of their own: the tour's
process imports nothing of the app before the start step, as a real start (whose imports on
the GUI thread, the scenario parser's 0.1 s once, would otherwise go unseen).
`--journal` copies an already generated journal folder instead of generating one (43 s);
`--trace` prints where the GUI thread was during each stall (StallTracer).
Also runs as `python -m bench --only stall_probe` (one Result per step, target 50 ms).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.common import Result

FULL_SESSIONS = 100_000
QUICK_SESSIONS = 5_000
WORKSPACE_ENTRIES = 5_000
QUICK_WORKSPACE = 500
IMPORT_FILES = 500
QUICK_IMPORT_FILES = 50
BEAT_MS = 5
TARGET_MS = 50.0


class Heartbeat:
    """A timer on the GUI thread; `worst` is the longest a beat came late since `reset`.

    `worst_own` subtracts the time the GUI thread stood in the kernel's run queue during
    that gap (Linux schedstat: runnable, but every core busy with other processes): on a
    machine shared with other work it tells the app's own stalls from the machine's."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        try:  # opened on the GUI thread, so it keeps reading that thread's figures
            self._schedstat: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._schedstat = None
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.reset()
        self.timer.start()

    def _queued(self) -> float:
        """Seconds the GUI thread has waited for a CPU so far (0 where unknown)."""
        if self._schedstat is None:
            return 0.0
        return int(os.pread(self._schedstat, 100, 0).split()[1]) / 1e9

    def reset(self) -> None:
        self.worst = self.worst_own = 0.0
        self._last = time.perf_counter()
        self._last_queued = self._queued()

    def _beat(self) -> None:
        now, queued = time.perf_counter(), self._queued()
        late = now - self._last - BEAT_MS / 1000
        self.worst = max(self.worst, late)
        self.worst_own = max(self.worst_own, late - (queued - self._last_queued))
        self._last, self._last_queued = now, queued


class StallTracer:
    """`--trace`: a watchdog thread that prints where the GUI thread is while a beat is more
    than `after` ms late (the stack of each stall, once per distinct innermost line). It can
    only look when the GUI thread lets go of the GIL, which C calls into SQLite and Qt's
    waits do; a stall that holds the GIL shows as the line right after it."""

    def __init__(self, beat: Heartbeat, after: float = 0.03) -> None:
        import threading

        self.beat, self.after = beat, after
        self.main = threading.main_thread().ident
        self.seen: set[tuple[str, int]] = set()
        self.step = ""
        self._gc_start = 0.0
        import gc

        gc.callbacks.append(self._gc)
        self._trace_tasks()
        threading.Thread(target=self._watch, daemon=True, name="stall-tracer").start()

    def _trace_tasks(self) -> None:
        """Every background task with what it ran (the functions it closes over) and how
        long it took, to tell a GUI stall from work that competes for the GIL."""
        from desktop.ui.common import tasks

        original = tasks._Task.run
        tracer = self

        def run(task) -> None:
            names = [getattr(c.cell_contents, "__qualname__", "")
                     for c in getattr(task.fn, "__closure__", None) or ()
                     if callable(c.cell_contents)] or [getattr(task.fn, "__qualname__", "?")]
            start = time.perf_counter()
            original(task)
            print(f"--- {tracer.step}: background {', '.join(names)} "
                  f"{(time.perf_counter() - start) * 1000:.0f} ms", file=sys.stderr, flush=True)

        tasks._Task.run = run

    def _gc(self, phase: str, info: dict) -> None:
        """Collections that hold the GIL long enough to matter, with the thread that paid."""
        import threading

        if phase == "start":
            self._gc_start = time.perf_counter()
            return
        took = time.perf_counter() - self._gc_start
        if took > 0.01:
            print(f"--- {self.step}: gc generation {info['generation']} took "
                  f"{took * 1000:.0f} ms on {threading.current_thread().name} "
                  f"(collected {info['collected']})", file=sys.stderr, flush=True)

    def _watch(self) -> None:
        import traceback

        while True:
            time.sleep(0.002)
            late = time.perf_counter() - self.beat._last - BEAT_MS / 1000
            if late < self.after:
                continue
            # No frame object of the GUI thread is kept while it runs on: two --trace runs
            # ended in a segfault in the GUI thread (none of ten runs without --trace), and
            # a frame of a running thread held by this watcher's local is the suspect.
            frames = sys._current_frames()
            frame = frames.pop(self.main, None)
            del frames
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            del frame
            key = (stack[-1].filename, stack[-1].lineno or 0)
            if key in self.seen:
                continue
            self.seen.add(key)
            lines = "".join(traceback.format_list(stack[-12:]))
            print(f"--- {self.step}: GUI thread {late * 1000:.0f} ms late at\n{lines}",
                  file=sys.stderr, flush=True)


class Tour:
    """Steps run one after another inside the event loop; each is timed by the heartbeat."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.beat = Heartbeat()
        self.tracer = StallTracer(self.beat) if "--trace" in sys.argv else None
        self.rows: list[tuple[str, float, float, float]] = []  # (step, stall, own ms, wall s)

    def wait(self, done: Callable[[], bool], timeout: float = 120.0) -> None:
        from PySide6.QtCore import QEventLoop

        end = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError("step did not finish")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, BEAT_MS)

    def settle(self, ms: int = 30) -> None:
        end = time.perf_counter() + ms / 1000
        self.wait(lambda: time.perf_counter() >= end)

    def step(self, name: str, action: Callable[[], object],
             done: Callable[[], bool] = lambda: True) -> None:
        self.settle()
        if self.tracer is not None:
            self.tracer.step = name
        self.beat.reset()
        start = time.perf_counter()
        action()
        self.wait(done)
        self.settle()  # what the step queued runs too
        self.rows.append((name, self.beat.worst * 1000, self.beat.worst_own * 1000,
                          time.perf_counter() - start))
        print(f"  {name}: {self.beat.worst * 1000:.1f} ms (own {self.beat.worst_own * 1000:.1f})",
              file=sys.stderr, flush=True)


def make_workspace(database: Path, journal_db: Path, scenarios: dict, entries: int,
                   folder: Path) -> None:
    """A supervisor workspace of `entries` shared entries, from the journal's sessions."""
    from desktop.core.exchange import build_share, write_share
    from desktop.core.journal.reading import ReadOnlyJournal
    from desktop.core.journal.sessions_sql import load_session
    from desktop.core.supervision.workspace import import_into

    folder.mkdir(parents=True, exist_ok=True)
    with ReadOnlyJournal(journal_db) as reader:
        ids = [i.id for i in reader.list_sessions(limit=entries * 2) if not i.personal_data]
        ids = ids[:entries]
        for number in range(0, len(ids), 50):
            sessions = [load_session(reader.db.conn, i) for i in ids[number:number + 50]]
            write_share(build_share(sessions, f"Kompass-{number // 50 % 12 + 1}", date.today(),
                                    scenarios), folder)
    import_into(database, [folder])


def make_share_files(journal_db: Path, scenarios: dict, files: int, folder: Path,
                     skip: int) -> list[Path]:
    """`files` small share files (two entries each) of sessions not in the workspace."""
    from desktop.core.exchange import build_share, write_share
    from desktop.core.journal.reading import ReadOnlyJournal
    from desktop.core.journal.sessions_sql import load_session

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with ReadOnlyJournal(journal_db) as reader:
        infos = reader.list_sessions(offset=skip, limit=files * 4)
        ids = [i.id for i in infos if not i.personal_data][:files * 2]
        for number in range(0, len(ids), 2):
            sessions = [load_session(reader.db.conn, i) for i in ids[number:number + 2]]
            written.append(write_share(build_share(
                sessions, f"Team-{number % 7 + 1}", date.today(), scenarios), folder))
    return written


def forget_review_schedule(database: Path) -> None:
    """Mark every moment's stored review as to be replayed, as the migration to schema v5
    leaves a journal: the next Zwischendurch replays the whole history once."""
    import sqlite3

    conn = sqlite3.connect(database)
    with conn:
        conn.execute("UPDATE review_cards SET folded = NULL")
    conn.close()


def bring_up_to_date(root: Path) -> None:
    """Open the journal once as the app does (migrations) and bring its review schedule up to
    date, as a journal grown in the app has it (the app stores it at every Zwischendurch)."""
    from desktop.core.config import load
    from desktop.core.journal import Journal
    from desktop.core.paths import DataPaths

    with Journal.open(DataPaths(root), load(user_file=None, policy={})) as journal:
        journal.stats.reviews()


def walk_session(tour: Tour, controller, typing: str) -> None:
    """Play the open session to its end as a user would: type into each empty text field,
    take the helpful choice when the dialogue offers one, go on."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    from desktop.core.scenarios.model import Rating

    for _ in range(80):
        view = controller.view
        if view is None:
            return
        for edit in view.step_area.widget().findChildren(QLineEdit) + \
                view.step_area.widget().findChildren(QPlainTextEdit) + \
                view.step_area.widget().findChildren(QTextEdit):
            if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly() and not (
                    edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()):
                for char in typing:  # a key at a time, the event loop running between keys
                    QTest.keyClicks(edit, char)
                    tour.settle(15)
                break
        player = getattr(view, "player", None)
        buttons = [b for b in player.choice_buttons() if b.isVisible() and b.isEnabled()] \
            if player is not None and view.isVisible() else []
        if buttons:
            # The helpful choice: options are shown in a shuffled order, and always taking the
            # first one shown can circle through a dialogue's way-back nodes for ever.
            helpful = {entry.id for entry in player.walk.shown_choices(player.walk.current.id)
                       if entry.item.rating is Rating.HILFREICH}
            chosen = next((b for b in buttons if b.property("choice_id") in helpful),
                          buttons[0])
            chosen.click()
        else:
            view.forward()
        tour.settle(10)
    raise RuntimeError("the session did not end")


def prepare_all(tmp: Path, quick: bool, source: Path | None) -> tuple[Path, list[Path]]:
    """The journal, the supervisor workspace and the share files to import. Run in a process
    of its own (`run`), so that the tour's process has imported nothing of the app before
    its start step, as a user's start has not: the start's imports are part of its stall."""
    from desktop.core import paths
    from desktop.core.scenarios.library import load_library

    root = prepared(tmp, quick, source)
    data = paths.DataPaths(root)
    scenarios = dict(load_library([paths.bundled_scenarios_dir()]).scenarios)
    print("  building the supervisor workspace and share files …", file=sys.stderr)
    make_workspace(data.supervision_database, data.database, scenarios,
                   QUICK_WORKSPACE if quick else WORKSPACE_ENTRIES, root.parent / "ws-in")
    incoming = make_share_files(data.database, scenarios,
                                QUICK_IMPORT_FILES if quick else IMPORT_FILES,
                                root.parent / "eingang",
                                skip=(QUICK_WORKSPACE if quick else WORKSPACE_ENTRIES) * 2)
    (root / "settings.json").write_text(json.dumps({
        "retention_days": 365, "supervisor_workspace": True, "streak_enabled": True,
        "exchange_folder": str(root.parent / "austausch")}), "utf-8")
    return root, incoming


def tour_all(root: Path, incoming: list[Path]) -> list[tuple[str, float, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.app import PRELOAD_DELAY_MS, build_window, start_services
    from desktop.core import config, paths
    from desktop.ui.common.journal_service import JournalState

    app = QApplication.instance() or QApplication(["stall-probe"])
    data = paths.DataPaths(root)
    settings = config.load(data.settings, policy={})
    tour = Tour()
    state: dict = {}

    # The window itself is built and shown before the event loop runs (its time is the
    # start-up figure of bench_startup); the step is what follows while the user sees it.
    ctx, window = build_window(settings, data)
    window.show()
    # As desktop.app.run does once the window is shown: what the start made is never
    # scanned by the collector again (without it, the probe measured full collections the
    # app does not have).
    import gc

    from desktop.core.gcpause import favour_the_gui_thread

    gc.freeze()
    favour_the_gui_thread()  # as desktop.app.run does
    state.update(ctx=ctx, window=window)

    def start() -> None:
        start_services(ctx, recover=lambda _d: False, inform=lambda *_t: None)

    def started() -> bool:
        ctx = state["ctx"]
        return ctx.journal.state is JournalState.READY and ctx.library is not None \
            and ctx.journal.idle

    tour.step("start: journal opened (check, retention, backup), library", start, started)
    tour.settle(PRELOAD_DELAY_MS + 500)  # the user reads the start page; pages preload
    from desktop.ui.common.tasks import wait_for_background

    for key in window.page_keys():
        tour.step(f"page: {key}", lambda key=key: window.show_page(key),
                  lambda key=key: not getattr(window.page(key), "loading", False))
    wait_for_background(60_000)
    tour.settle(200)
    practice = window.ctx.practice
    first = sorted(ctx.library.scenarios)[0]
    tour.step("practice: a whole scenario with typing",
              lambda: (ctx.scenario_requested.emit(first),
                       walk_session(tour, practice, "Er hat Angst um seine Stelle.")),
              lambda: practice.view is None)
    tour.step("own case: written and finished (scrub)",
              lambda: (ctx.own_case_requested.emit(),
                       walk_session(tour, practice, "Die Kundin war sehr aufgebracht.")),
              lambda: practice.view is None and ctx.journal.idle)
    tour.step("Zwischendurch: a moment played",
              lambda: window.page("home").moment_button.click(),
              lambda: practice.view is not None)
    walk_session(tour, practice, "Erst zuhoeren, dann die Liste.")
    forget_review_schedule(data.database)
    tour.step("Zwischendurch: first after the update (every moment replayed)",
              lambda: window.page("home").moment_button.click(),
              lambda: practice.view is not None)
    walk_session(tour, practice, "Nachfragen, was fehlt.")
    page = window.show_page("journal")
    tour.settle(100)
    tour.step("journal: search", lambda: (page.filter_bar.search.setText("Angst"), page._search_now()))
    tour.step("journal: search cleared", lambda: page.filter_bar.search.clear(),
              lambda: page.table.model() is page.list_model or True)
    page.reset_filters()
    tour.step("journal: filter by kind",
              lambda: page.filter_bar.kind.setCurrentIndex(page.filter_bar.kind.findText(page.filter_bar.kind.itemText(1))))
    page.reset_filters()
    page.table.setFocus()
    page.table.setCurrentIndex(page.list_model.index(0, 0))
    tour.step("journal: jump to the oldest entry (Ctrl+End)",
              lambda: QTest.keyClick(page.table, Qt.Key.Key_End,
                                     Qt.KeyboardModifier.ControlModifier),
              lambda: page.table.currentIndex().row() == page.list_model.rowCount() - 1)
    bar = page.table.verticalScrollBar()
    tour.step("journal: scroll bar dragged to the middle",
              lambda: (bar.setValue(bar.maximum() // 2), page.table.viewport().repaint()))
    ids = page.journal.store.session_ids()[:200]
    target = root.parent / "export.md"
    tour.step("journal: export 200 entries (Markdown)",
              lambda: page.export(ids, "md", str(target)), lambda: target.exists())
    page.reset_filters()
    page.confirm = lambda *_a: True
    page.table.setFocus()
    page.select_row(5)
    before = page.list_model.rowCount()
    tour.step("journal: delete an entry", page.delete_selected,
              lambda: page.list_model.rowCount() == before - 1 and ctx.journal.idle)
    stats = window.page("stats")
    tour.step("statistics: shown and read",
              lambda: (window.show_page("stats"), stats.reload()),
              lambda: not stats._figures.busy)

    def settings_dialog() -> None:
        from desktop.ui.settings.settings_dialog import SettingsDialog
        from desktop.ui.shell.pages import data_actions

        dialog = SettingsDialog(ctx, data_actions(ctx), parent=window)
        dialog.show()
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            app.processEvents()
        state["settings"] = dialog

    tour.step("settings: opened, every tab", settings_dialog)
    state["settings"].close()
    state["settings"].deleteLater()

    def share() -> None:
        from desktop.ui.journal.share_dialog import ShareDialog

        dialog = ShareDialog(ctx, window, [])
        dialog.show()
        shareable = [dialog.entries.item(r).data(Qt.ItemDataRole.UserRole + 1)
                     for r in range(dialog.entries.count())
                     if dialog.entries.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable]
        dialog.pseudonym.setText("Kompass-99")
        dialog.set_checked(shareable[:50])
        dialog.rebuild()
        state["share"] = dialog

    def share_written() -> bool:
        dialog = state["share"]
        if dialog.build is not None and dialog.written is None:
            dialog.write()
        return dialog.written is not None

    tour.step("sharing: 50 entries, preview and file", share, share_written)
    state["share"].close()
    supervision = window.show_page("supervision")
    reports: list[object] = []
    supervision.import_did_finish.connect(reports.append)
    tour.settle(100)
    tour.step(f"supervision: import {len(incoming)} share files",
              lambda: supervision.import_paths(incoming),
              lambda: bool(reports) and not supervision.loading)
    tour.step("team view", lambda: window.show_page("team"))
    tour.step("quit: flush and close", window.close)
    wait_for_background(60_000)
    ctx.journal.close()
    return tour.rows


def print_rows(rows: list[tuple[str, float, float, float]]) -> None:
    """The table: stall, the stall less the GUI thread's wait for a busy CPU ("own"), wall."""
    width = max(len(r[0]) for r in rows)
    print(f"{'step'.ljust(width)}  {'stall ms':>9}  {'own ms':>7}  {'wall s':>7}")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 7}  {'-' * 7}")
    for name, stall, own, wall in rows:
        flag = "" if stall <= TARGET_MS else "  > 50 ms"
        print(f"{name.ljust(width)}  {stall:9.1f}  {own:7.1f}  {wall:7.2f}{flag}")
    worst = max(rows, key=lambda r: r[1])
    print(f"worst step: {worst[0]} ({worst[1]:.1f} ms; target ≤ {TARGET_MS:.0f} ms)")
    own = max(rows, key=lambda r: r[2])
    print(f"worst own stall (less waiting for a busy CPU): {own[0]} ({own[2]:.1f} ms)")


def prepared(tmp: Path, quick: bool, source: Path | None) -> Path:
    from bench import gen_journal

    root = tmp / "daten"
    if source is not None:
        shutil.copytree(source, root, ignore=shutil.ignore_patterns("*.lock", "backups"))
    else:
        gen_journal.generate(root, QUICK_SESSIONS if quick else FULL_SESSIONS)
    bring_up_to_date(root)
    return root


def run(quick: bool, source: Path | None = None) -> list[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with tempfile.TemporaryDirectory(prefix="gk-stall-") as tmp:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            root, incoming = pool.submit(prepare_all, Path(tmp), quick, source).result()
        rows = tour_all(root, incoming)
    print_rows(rows)
    size = QUICK_SESSIONS if quick else FULL_SESSIONS
    return [Result(f"GUI stall: {name} ({size} sessions)", "ms", [stall], target=TARGET_MS,
                   note=f"longest heartbeat delay during the step; {own:.0f} ms without the "
                        "GUI thread's wait for a busy CPU") for name, stall, own, _ in rows]


if __name__ == "__main__":
    args = sys.argv[1:]
    journal = Path(args[args.index("--journal") + 1]) if "--journal" in args else None
    run("--quick" in args, journal)

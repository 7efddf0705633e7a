"""The scrub after an own case (merging the search index so replaced text leaves no trace)
runs in short steps on a worker's connection: the autosave of what the user types meanwhile
is never turned away by its lock, and afterwards the replaced words are in no file."""

from __future__ import annotations

import threading

from bench import gen_journal
from desktop.core.journal import Journal, JournalBusy
from desktop.core.practice import PracticeSession, Step
from tests.core.scenario_factory import make_paths, make_settings

SECRET = "Zuzanna Wiśniewska-Okafor"
# As the GUI's connection waits (desktop/ui/common/journal_opening.py GUI_BUSY_TIMEOUT).
GUI_BUSY_TIMEOUT = 0.04


def database_bytes(paths) -> bytes:
    return b"".join(p.read_bytes() for p in paths.root.glob("journal.sqlite3*"))


def test_typing_goes_on_while_the_search_index_is_merged(tmp_path):
    """A 10,000-session journal: an own case names a person, the name is replaced, and the
    scrub starts on a worker connection while the user goes on typing the takeaway (an
    autosave per keystroke, waiting no longer than the GUI does). No keystroke is turned
    away by the lock, and after the scrub the name is in no file of the journal."""
    paths = make_paths(tmp_path / "daten")
    gen_journal.generate(paths.root, 10_000, seed=11)
    gui = Journal.open(paths, make_settings(), busy_timeout=GUI_BUSY_TIMEOUT)
    failures: list[Exception] = []
    session = PracticeSession.eigener_fall("Dienstag")
    gui.attach(session, on_error=failures.append)
    session.answer(Step.SITUATION, 0, f"Frau {SECRET} war sehr aufgebracht.")
    session.answer(Step.SITUATION, 0, "Frau [Person A] war sehr aufgebracht.")
    assert SECRET.split()[0].encode() in database_bytes(paths)  # the index still has it
    finished = threading.Event()

    def scrub() -> None:
        with Journal.open(paths, make_settings()) as worker:
            worker.scrub()
        finished.set()

    worker = threading.Thread(target=scrub)
    worker.start()
    typed = ""
    while not finished.is_set() or not typed:
        typed += "x"
        session.set_takeaway(typed)  # the autosave: one small transaction
    worker.join()
    assert [e for e in failures if isinstance(e, JournalBusy)] == []
    assert failures == []
    assert gui.load(session.id)["instruments"]["takeaway"] == typed
    gui.close()
    data = database_bytes(paths)
    assert SECRET.split()[0].encode() not in data
    assert "Wiśniewska".encode() not in data


"""Child process for the full-disk test: writes while the kernel refuses every file write.

RLIMIT_FSIZE = 0 makes every write(2) to a regular file fail with EFBIG (SIGXFSZ is ignored):
a real write failure from the kernel, as on a full disk, and unlike chmod it also binds root.
It only binds this process, so the test runner and other files are not affected.

Usage: python -m tests.core.journal_full_disk_child DATA_FOLDER; prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from desktop.core.journal import Journal, JournalError, JournalNotWritable
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_scenario, make_settings


def main(folder: str) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    journal = Journal.open(make_paths(Path(folder)), make_settings())
    errors: list[JournalError] = []
    session = PracticeSession.uebung(make_scenario())
    journal.attach(session, on_error=errors.append)
    session.answer("deuten", 0, "vor dem Vollwerden")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
    session.answer("deuten", 1, "geschrieben, während die Platte voll ist")
    session.set_takeaway("auch das bleibt im Speicher")
    unsaved_while_full = len(journal.unsaved)
    try:
        journal.flush()
        flush_while_full = "geschrieben"
    except JournalNotWritable as exc:
        flush_while_full = str(exc)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    flushed = journal.flush()
    journal.close()
    print(json.dumps({
        "errors": [f"{type(e).__name__}: {e}" for e in errors],
        "unsaved_while_full": unsaved_while_full,
        "flush_while_full": flush_while_full,
        "flushed": flushed,
        "uid": session.uid,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

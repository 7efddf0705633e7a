"""Child process of the crash test: records as fast as it can and reports what is saved.

It prints one line per change *after* the journal call returned (so after the commit):
`<uid> answer <index> <text>` or `<uid> walk <seq>`. The parent kills it with SIGKILL at a
random moment and then checks that every reported change is in the database.

Usage: python -m tests.core.journal_crash_child DATA_FOLDER ROUND
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from tests.core.scenario_factory import make_paths, make_scenario, make_settings


def main(folder: str, round_id: str) -> None:
    journal = Journal.open(make_paths(Path(folder)), make_settings())
    scenario = make_scenario()
    out = sys.stdout
    out.write("bereit\n")
    out.flush()
    number = 0
    while True:
        session = PracticeSession.uebung(scenario)
        journal.attach(session)
        texts = []
        for index in (0, 1):
            number += 1
            texts.append(f"{round_id}-{number}")
            session.answer("deuten", index, texts[-1])
            out.write(f"{session.uid} answer {index} {texts[-1]}\n")
            out.flush()
        # Overwriting: the stored text may then be one step ahead of the last one reported.
        session.answer("deuten", 0, f"{texts[0]}-überschrieben")
        out.write(f"{session.uid} answer 0 {texts[0]}-überschrieben\n")
        out.flush()
        session.dialogue.choose(2)
        out.write(f"{session.uid} walk 1\n")
        out.flush()
        session.dialogue.choose(1)
        session.dialogue.undo()
        out.write(f"{session.uid} undone 2\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""A real journal for the journal GUI tests: thousands of generated sessions plus three made
through the practice API with known texts. Built once per test module, copied per test."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import gen_journal
from desktop.core import config, paths
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from desktop.core.scenarios.library import Library

GENERATED = 3000
SCENARIO = "verlaengerung-unterlagen"
ANSWER = "Die Kundin fuerchtete um ihre Stelle; zuerst habe ich die Frist erklaert."
OWN_CASE_ANSWER = "Ein Vater wollte die Entscheidung sofort, ich blieb bei der Pruefung."
FEEDBACK = "Gut, dass Sie zuerst nach der Sorge gefragt haben."
REFLECTION = "Naechstes Mal frage ich nach dem Zusatzblatt, bevor ich die Liste zeige."


@dataclass(frozen=True)
class Known:
    """The ids of the sessions made through the practice API."""

    uebung: int
    own_case: int
    moment: int


def open_journal(home: Path) -> Journal:
    data = paths.DataPaths(home)
    return Journal.open(data, config.load(data.settings, policy={}))


def build_template(root: Path, library: Library) -> Known:
    """Generate the journal into `root` and add the known sessions (newest of all)."""
    gen_journal.generate(root, GENERATED)
    journal = open_journal(root)
    try:
        return _add_known(journal, library)
    finally:
        journal.close()


def _add_known(journal: Journal, library: Library) -> Known:
    # Newer than every generated session (they end early in 2026), and not in the future.
    later = max(datetime.now(UTC) - timedelta(hours=1), datetime(2026, 1, 3, tzinfo=UTC))
    scenario = library.scenarios[SCENARIO]
    uebung = PracticeSession.uebung(scenario, clock=lambda: later)
    uebung.set_strain_before(7)
    uebung.choose("deuten", 0, 0)
    uebung.answer("deuten", 0, ANSWER)
    uebung.answer("beeinflussen", 0, "Ruhig die fehlenden Unterlagen benennen.")
    walk = uebung.dialogue
    while not walk.finished:
        walk.choose(0)
    uebung.set_strain_after(3)
    uebung.set_feelings(["erleichtert"])
    uebung.set_takeaway("Erst die Sorge, dann die Liste.")
    uebung.finish()
    journal.save(uebung)
    journal.feedback.add(uebung.id, FEEDBACK, stage="deuten", sender="Supervision")
    journal.tags.set(uebung.id, ["schalter", "gelungen"])
    own = PracticeSession.eigener_fall("Vorsprache am Montag",
                                       clock=lambda: later + timedelta(minutes=5))
    own.answer("situation", 0, OWN_CASE_ANSWER)
    journal.save(own)
    node = scenario.decision_nodes()[0].id
    moment = PracticeSession.zwischendurch(scenario, node,
                                           clock=lambda: later + timedelta(minutes=10))
    moment.dialogue.choose(0)
    moment.set_reflection(REFLECTION)
    moment.finish()
    journal.save(moment)
    return Known(uebung.id, own.id, moment.id)


def install(template: Path, home: Path) -> Journal:
    """Copy the template journal into a test's data folder and open it there."""
    for item in template.iterdir():
        if item.is_file():
            shutil.copy2(item, home / item.name)
    return open_journal(home)

"""Journals and share files for the exchange and supervision tests (real SQLite files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.exchange import ShareBuild, build_share
from desktop.core.exchange.strict import content_hash, file_bytes, seal
from desktop.core.journal import Journal
from desktop.core.practice import PracticeSession
from desktop.core.scenarios.model import Scenario
from tests.core.scenario_factory import make_paths, make_scenario, make_settings

TODAY = date(2025, 3, 14)

# Personal data written into the notes below; none of it may ever appear in a share file.
PERSONAL = (
    "Haddad", "Öztürk", "Amina", "Yilmaz", "0171 2345678", "amina.yilmaz@example.org",
    "ABH-2024-12345", "12.05.1980", "Hauptstraße 5", "DE89 3704 0044 0532 0130 00",
)


def scenario() -> Scenario:
    return make_scenario()


def fill_journal(journal: Journal) -> dict[str, int]:
    """Three shareable entries full of personal data, and one kept with personal data."""
    sc = scenario()
    uebung = PracticeSession.uebung(sc)
    journal.attach(uebung)
    uebung.set_strain_before(7)
    uebung.answer("deuten", 0, "Herr Haddad (Az. ABH-2024-12345) war wütend; er rief aus "
                               "0171 2345678 an.")
    uebung.answer("beeinflussen", 0, "Frau Amina Yilmaz (amina.yilmaz@example.org) vorher "
                                     "anrufen.")
    uebung.choose("deuten", 0, 1)
    uebung.dialogue.choose(1)
    uebung.dialogue.choose(0)
    uebung.set_strain_after(4)
    uebung.set_feelings(["wütend", "unsicher"])
    uebung.set_takeaway("Bei Herrn Haddad erst die Sorge benennen.")
    uebung.finish()
    moment = PracticeSession.zwischendurch(sc, "laut")
    journal.attach(moment)
    moment.dialogue.choose(1)
    moment.set_reflection("Wie bei Herrn Öztürk am 12.05.1980: ruhig bleiben.")
    own = PracticeSession.eigener_fall("Gespräch mit Herrn Öztürk")
    journal.attach(own)
    own.answer("situation", 0, "Herr Öztürk, geb. 12.05.1980, wohnt Hauptstraße 5, 12345 "
                               "Berlin; IBAN DE89 3704 0044 0532 0130 00.")
    own.answer("reagieren", 0, "Als er schrie, habe ich <b>laut</b> geantwortet. "
                               "<script>alert(1)</script>")
    own.set_strain_before(8)
    own.set_strain_after(5)
    kept = PracticeSession.eigener_fall("Mit Daten")
    journal.attach(kept)
    kept.answer("situation", 0, "Herr Haddad, Akte ABH-2024-12345.")
    kept.mark_personal_data(True)
    return {"uebung": uebung.id, "moment": moment.id, "own": own.id, "kept": kept.id}


def open_journal(root: Path) -> Journal:
    return Journal.open(make_paths(root), make_settings())


def shared(journal: Journal, ids: list[int], pseudonym: str = "Kompass-17") -> ShareBuild:
    return build_share([journal.load(i) for i in ids], pseudonym, TODAY,
                       {scenario().id: scenario()})


def practice_share(pseudonym: str, entries: int = 1, unfavourable: bool = True,
                   strain: tuple[int, int] = (6, 3)) -> ShareBuild:
    """Synthetic Übungen without a journal: a path through "start" (ungünstig if asked)."""
    sc = scenario()
    sessions = []
    for _ in range(entries):
        session = PracticeSession.uebung(sc)
        session.answer("deuten", 0, "Er hat Angst um seine Arbeit.")
        session.dialogue.choose(1 if unfavourable else 0)
        session.set_strain_before(strain[0])
        session.set_strain_after(strain[1])
        sessions.append(session.to_dict())
    return build_share(sessions, pseudonym, TODAY, {sc.id: sc})


def resealed(document: dict[str, Any]) -> bytes:
    """A changed document with a correct hash again: only the field checks can refuse it."""
    return file_bytes(seal(document))


def loads(raw: bytes) -> dict[str, Any]:
    return json.loads(raw)


__all__ = ["PERSONAL", "TODAY", "content_hash", "fill_journal", "loads", "open_journal",
           "practice_share", "resealed", "scenario", "shared"]

"""DRAFT"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke15.txt"
SEED = 20261207_15
TITLE = "Fünfzehntes Korpus (handgeschrieben, Ruhrgebiet und Rheinland; Recht und Beratung)"
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung")
OFFICE_TYPES = ("vermerk", "anhörung", "schriftsatz", "beschluss", "brief", "mail", "eingabe",
                "formular", "liste")
MESSY_TYPES = ("diktat", "chat", "notiz")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus15 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

"""An eighteenth labelled corpus for the anonymiser (docstring completed at the end of writing).

    python -m bench.privacy_corpus18 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus18 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke18.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_18 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_18 + 613
TITLE = ("Achtzehntes Korpus (handgeschrieben, Hessen und Thüringen, Studium, Forschung, "
         "Fachkräfte, Familiennachzug, § 24 und Einbürgerung; je ein Drittel App, Amt, "
         "unordentlich)")
# What caseworkers type into the app itself between appointments.
APP_TYPES = ("reflexion", "zwischennotiz", "fallberatung", "vorbereitung")
OFFICE_TYPES = ("vermerk", "mail", "telefonnotiz", "formular", "stellungnahme")
MESSY_TYPES = ("chat", "sprachnachricht", "diktat", "scan", "tabelle", "kundennachricht",
               "mailverlauf")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
development_half = CORPUS.development_half
sources = CORPUS.sources
build_corpus18 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

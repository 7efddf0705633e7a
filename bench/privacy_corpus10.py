"""A tenth labelled corpus for the anonymiser (draft docstring; completed at the end)."""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke10.txt"
SEED = 20261207_10
TITLE = ("Zehntes Korpus (handgeschrieben, NRW, Niedersachsen, Sachsen, Thüringen; "
         "je ein Drittel App, Amt, unordentlich)")
# What caseworkers, supervisors and trainers type into the app itself.
APP_TYPES = ("reflexion", "gibbs", "supervision", "rückmeldung", "fallberatung")
OFFICE_TYPES = ("vermerk", "anhörung", "mail", "wiedervorlage", "schreiben")
MESSY_TYPES = ("diktat", "chat", "ocr", "formular", "tabelle", "mehrsprachig")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

# Both halves stay untouched until the lead's first measurement.
CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus10 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

"""A thirteenth labelled corpus for the anonymiser: notes by a new hand, a trainer and
supervisor for immigration offices in Bavaria and Berlin; half typed into the app, half the
offices' own texts and messy ones.

(Docstring completed at the end of the session.)

    python -m bench.privacy_corpus13 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus13 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke13.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_13 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_13 + 2041
TITLE = ("Dreizehntes Korpus (handgeschrieben, Bayern und Berlin; halb App, halb Amt und "
         "unordentlich)")
# What caseworkers, supervisors, mentors and trainers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung", "schulung")
OFFICE_TYPES = ("vermerk", "anhörung", "mail", "brief", "liste", "gericht")
MESSY_TYPES = ("diktat", "chat", "ocr", "tabelle", "mehrsprachig")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus13 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

"""A sixteenth labelled corpus for the anonymiser (docstring completed at the end of writing).

    python -m bench.privacy_corpus16 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus16 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke16.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_16 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_16 + 2876
TITLE = ("Sechzehntes Korpus (handgeschrieben, Bayern und Baden-Württemberg, Einbürgerung und "
         "Aufenthalt; je ein Drittel App, Amt, unordentlich)")
# What caseworkers type into the app itself between appointments.
APP_TYPES = ("reflexion", "supervisionsfrage", "zwischennotiz", "fallberatung")
OFFICE_TYPES = ("vermerk", "mail", "telefonnotiz", "formular", "stellungnahme")
MESSY_TYPES = ("chat", "scan", "mehrsprachig", "stichpunkte", "diktat")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus16 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

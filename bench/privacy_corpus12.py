"""A twelfth labelled corpus for the anonymiser: notes by a new hand from the north and the
north-east (Hamburg, Bremen, Schleswig-Holstein, Mecklenburg-Vorpommern, Brandenburg), a third
each typed into the app, written in the office, and messy.

PLACEHOLDER (docstring completed at the end of the session).

    python -m bench.privacy_corpus12 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus12 --evaluate   # recall per kind per half, aggregate only (lead)
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke12.txt"
SEED = 20261207_12 + 532
TITLE = ("Zwölftes Korpus (handgeschrieben, Hamburg, Bremen, Schleswig-Holstein, "
         "Mecklenburg-Vorpommern, Brandenburg; je ein Drittel App, Amt, unordentlich)")
# What caseworkers, supervisors and trainers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung")
# The office's own texts and the letters that reach it (courts, lawyers, Jobcenter, schools,
# employers, doctors: "fremdschreiben").
OFFICE_TYPES = ("vermerk", "anhörung", "brief", "mail", "wiedervorlage", "formular",
                "fremdschreiben")
MESSY_TYPES = ("diktat", "chat", "ocr", "tabelle", "mehrsprachig", "stichpunkte")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

# Both halves stay untouched: no `--misses`, no development half.
CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus12 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

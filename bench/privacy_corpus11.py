"""An eleventh labelled corpus for the anonymiser: notes by a new hand from Baden-Württemberg,
Hesse and Saxony-Anhalt, rich in identifiers, a third each typed into the app, written in the
office, and messy.

Why an eleventh one: the detector must reach 99.5 % on each kind of identifier, and the earlier
hand-written corpora hold only 20 to 40 of each kind per half, too few to tell 99.5 % from 97 %.
These notes (bench/data/aktenvermerke11.txt) were written one by one by hand in the twelfth
session (7 Dec 2026) by the helper "corpus11". PLACEHOLDER_STATS
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke11.txt"
SEED = 20261207_11
TITLE = ("Elftes Korpus (handgeschrieben, Baden-Württemberg, Hessen, Sachsen-Anhalt; "
         "reich an Kennungen; je ein Drittel App, Amt, unordentlich)")
# What caseworkers, supervisors and trainers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "intervision")
OFFICE_TYPES = ("vermerk", "brief", "mail", "telefonnotiz", "übergabe", "formular",
                "wiedervorlage")
MESSY_TYPES = ("diktat", "chat", "ocr", "tabelle", "stichpunkte")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus11 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

"""A fourteenth labelled corpus for the anonymiser (docstring completed at the end of the
session)."""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke14.txt"
SEED = 20261207_14
TITLE = ("Vierzehntes Korpus (handgeschrieben, Rheinland-Pfalz und Saarland; Fachkräfte und "
         "Grenzregion)")
# What caseworkers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "fallberatung")
# The offices', employers' and schools' own texts.
OFFICE_TYPES = ("vermerk", "mail", "brief", "ticket", "tabelle", "checkliste", "vertrag")
# Quick and messy texts.
MESSY_TYPES = ("chat", "voicemail", "ocr", "handnotiz")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE, development=False)
sources = CORPUS.sources
build_corpus14 = CORPUS.build
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

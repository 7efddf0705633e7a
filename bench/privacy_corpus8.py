"""An eighth labelled corpus for the anonymiser: notes by hand from the east, Lower Saxony,
Baden, Ostwestfalen and the Ruhr, a third of them typed into the app, a third of them messy.

Why an eighth one: the detector is now tuned on half A of the third to seventh corpora, so
their figures say less and less about what a new reader would see (issue 19 asks for notes
"made differently", part of them never used for tuning). These notes
(bench/data/aktenvermerke8.txt) were written one by one by hand in the tenth session
(7 Dec 2026) by the helper "corpus8", set where the earlier corpora did not go: Leipzig,
Chemnitz, Görlitz, Erfurt, Jena, Gera, Magdeburg, Halle (Saale), Hannover, Osnabrück,
Göttingen, Oldenburg, Freiburg, Karlsruhe, Konstanz, Paderborn, Detmold, Minden,
Gelsenkirchen, Bochum and Hagen: 314 notes of 67 to 535 characters with 1,159 name mentions
(36 % of them German), in sixteen note types.

The hands are varied on purpose, in three thirds of about equal size:
- what caseworkers and trainers type into Gesprächskompass: reflections after a hard
  conversation, notes for supervision, a supervisor's feedback, trainers' comments on a
  practice session;
- the office's texts: Aktenvermerke, telephone notes, hand-overs, e-mails with headers and
  signatures, text copied out of forms, minutes;
- messy texts: quick lower-case notes, dictated notes with spoken punctuation, chat messages,
  OCR-like copies with broken lines and misread letters (O for 0, l for 1), bullet lists, and
  notes with English, French, Turkish, Russian, Ukrainian, Romanian, Vietnamese or
  transliterated Arabic and Dari fragments.

The names (of the thirty origins in bench/privacy_corpus3.ORIGINS, about a third German) were
chosen from the writer's own knowledge, not from any list in this repository or any package.
Many German surnames are ordinary words (Koch, Schmied, Wolf, Sommer, Winter, Fuchs, Bach,
Berg, Stein, Roth, Krause, Braun, Weiß, Richter, Specht, Hahn, Storch, Kranich, Zimmer …) and
stand beside the same words in their ordinary meaning ("Er ist Koch", "beim Richter", "der
Storch auf dem Kalender"), marked `[[meaning|…]]` where they are written in lower case.
Surnames in firm names (Bäckerei Zimmermann, Gartenbau Fuchs & Hase) are marked as names. Names stand in every position and form: lower case, initials, particles, hyphenated and
double names, nicknames, genitives, "Surname, Firstname", lists, signatures, mail headers.
Identifiers are written as people write them and follow their real rules (IBAN mod 97, the
Steuer-ID's check digit and digit structure, the ICAO check digit where a ten-character German
document number carries one, AZR numbers that start with a registration date, postcodes of the
town named); the writer chose the digits, and only the check digits were computed by a small
calculator outside the repository. The subject matter is residence law as of December 2026
(GEAS, Chancenkarte, Westbalkanregelung, the suspended family reunification for subsidiary
protection, the 2024 citizenship law). Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without reading
their code or word data and without opening the other corpora's data files; only the markup
was checked (`--count` and tests/test_privacy_corpus8.py). The markup, parser, split and
evaluation are the third corpus's (bench/privacy_corpus3.py); the file, the note types and the
seed are this corpus's own. Both halves were measured untouched, aggregate only, on the
session's starting code (7d8ef7c) and after its first wave of changes (docs/performance.md).

**Since then (tenth session, 7 Dec 2026) half A is a development set**: its misses, lost
meaning words and findings without a counterpart may be read (`--misses`, which shows half A
and nothing of half B). **Half B stays untouched**: aggregate figures only (`--evaluate`, run
by the lead), never read its misses or its notes, never tune on it.

    python -m bench.privacy_corpus8 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus8 --misses     # half A only: its figures, then every miss
    python -m bench.privacy_corpus8 --evaluate   # recall per kind per half, aggregate only
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke8.txt"
# The split balances kinds and note types; of the 3,000 seeds from 20261207_8 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_8 + 673
TITLE = ("Achtes Korpus (handgeschrieben, Ost, Niedersachsen, Baden, Ruhr; "
         "je ein Drittel App, Amt, unordentlich)")
# What caseworkers, supervisors and trainers type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "trainer")
OFFICE_TYPES = ("vermerk", "telefonnotiz", "übergabe", "mail", "formular", "protokoll")
MESSY_TYPES = ("schnellnotiz", "diktat", "chat", "ocr", "stichpunkte", "mehrsprachig")
TYPES = APP_TYPES + OFFICE_TYPES + MESSY_TYPES

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
sources = CORPUS.sources
build_corpus8 = CORPUS.build
development_half = CORPUS.development_half
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

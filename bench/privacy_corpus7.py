"""A seventh labelled corpus for the anonymiser: notes by hand, half of them typed into the app.

Why a seventh one: the detector is tuned on the earlier corpora (the third's, fourth's and
sixth's half A, the fifth corpus), so their figures say less and less about what a new reader
would see. These notes (bench/data/aktenvermerke7.txt) were written one by one by hand in the
ninth session (7 Dec 2026) by the helper "corpus7", set where the earlier corpora did not go —
Hamburg, Bremen, Kiel, Lübeck, Flensburg, Nürnberg, Augsburg, Regensburg, Saarbrücken, Trier,
Mainz, Bielefeld, Münster, Dortmund and small towns of the Landkreise around them: 360 notes
of 21 to 1,430 characters with 1,237 name mentions (about 40 % of them German), in fourteen
note types.

Unlike the earlier corpora, about half of the notes are what caseworkers type into
Gesprächskompass itself: reflections after a real difficult conversation (what happened, what I
felt, what I would do differently), notes for a supervisor, the feedback a supervisor writes
back, and notes taken during collegial case consultation. Names slip into them the way they do
in such texts: clients, their relatives, colleagues, interpreters, lawyers, often by first name
or in passing. The other half are the office's everyday texts: Aktenvermerke, telephone notes,
hand-overs, e-mails with headers and signatures, minutes, text copied out of forms, quick notes
in lower case, dictated notes with their typos and spoken punctuation, letters of courts, the
BAMF and lawyers with their references, and chat messages between colleagues. The subject matter
is current law as of December 2026.

The names (of about thirty origins, about a third German) were chosen from the writer's own
knowledge, not from any list in this repository or any package. Many German surnames here are
also ordinary words (Lange, Kurz, Vogel, Engel, Herbst, Hase, Hammer, Jäger, Fink, Nagel,
Fröhlich, Kaiser, Graf, Brück …) and stand in the same notes beside the same words in their
ordinary meaning, marked `[[meaning|…]]` where they are written in lower case or are the words
at risk. The north brings Frisian and Danish names (Petersen, Ketelsen, Kjærgaard), Bavaria its
own (Gruber, Eder, Wimmer). Names stand in every position and form: lower case, initials,
particles, hyphenated and double names, nicknames, genitives, "Surname, Firstname", lists,
signatures, mail headers. Identifiers are written as people write them and follow their real
rules (IBAN mod 97, the Steuer-ID's check digit and digit structure, the ICAO check digit where
a ten-character German document number carries one, AZR numbers that start with a registration
date, postcodes of the town named). Everything is fictional.

The notes were written without running the detector or the anonymiser on them, without reading
their code or word data and without opening the other corpora's data files, so the set is not
shaped by what the detector finds; only the markup was checked (`--count` and
tests/test_privacy_corpus7.py). The markup, parser, split and evaluation are the third corpus's
(bench/privacy_corpus3.py; origin codes in its ORIGINS); the file, the note types and the seed
are this corpus's own. Both halves were untouched in the ninth session (measured twice, aggregate).

**Since the tenth session (7 Dec 2026) half A is a development set**: its misses, lost meaning
words and findings without a counterpart may be read (`--misses`, which shows half A and
nothing of half B). **Half B stays untouched**: aggregate figures only (`--evaluate`, run by
the lead), never read its misses or its notes, never tune on it.

    python -m bench.privacy_corpus7 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus7 --misses     # half A only: its figures, then every miss
    python -m bench.privacy_corpus7 --evaluate   # recall per kind per half, aggregate only
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke7.txt"
# The split balances kinds and note types; of the 300 seeds from 20261207_7 on, this one also
# gives the halves the most even names per origin (chosen by the markup alone, before any run).
SEED = 20261207_7 + 202
TITLE = "Siebtes Korpus (handgeschrieben, Nord, Bayern, Saar, Westfalen; halb App-Notizen)"
# The first four are what caseworkers and supervisors type into the app itself.
APP_TYPES = ("reflexion", "supervision", "rückmeldung", "fallberatung")
TYPES = APP_TYPES + ("vermerk", "telefonnotiz", "übergabe", "mail", "protokoll", "formular",
                     "schnellnotiz", "diktat", "schriftverkehr", "chat")

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
sources = CORPUS.sources
build_corpus7 = CORPUS.build
development_half = CORPUS.development_half
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

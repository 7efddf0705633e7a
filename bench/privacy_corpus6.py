"""A sixth labelled corpus for the anonymiser: notes by hand from offices in the east and south-west.

Why a sixth one: the third and fourth corpora, written by hand to measure the anonymiser on data
made differently from the data it was tuned on, have been evaluated so often (and the third's
half A and the fifth corpus turned into development sets) that they no longer measure what a
new reader would see. These notes (bench/data/aktenvermerke6.txt) were written one by one by
hand in the eighth session (6 Dec 2026) by the helper "corpus6", set in Ausländerbehörden the
earlier corpora did not visit — Leipzig, Chemnitz, Freiburg, Mannheim, Rostock, Kassel, Erfurt,
Passau and a few towns around them — in eleven kinds of text: Aktenvermerke, telephone notes,
hand-overs, e-mails with headers and signatures, minutes with lists of those present, text
copied out of forms, quick notes (many in lower case), dictated notes with typos, letters of
courts, lawyers and other authorities with their references, reflections after a difficult
conversation, and chat messages between colleagues. The subject matter is current law as of
December 2026 (Chancenkarte, Beschäftigungsduldung, Blaue Karte EU, § 24 for Ukrainians,
the suspended family reunification of subsidiary protection, the five-year naturalisation).

The names (of about thirty origins, about a third German) were chosen from the writer's own
knowledge, not from any list in this repository or any package; many German surnames are also
ordinary words (Hahn, Wolf, Stein, Sauer, Fischer, Busch, Mai, Sonntag, Feld, Berg …) and stand,
in the same notes, beside the same words in their ordinary meaning (der Hahn tropft, durch den
Wolf gedreht, im Mai, als Fischer, auf den Busch klopfen), marked `[[meaning|…]]` where they are
written in lower case or where they are the words at risk. Names stand in every position:
sentence start, bare subject, after roles (SB, TL, Vormund, Dolmetscherin), in lists,
signatures, mail headers, possessives, in lower case, with initials and particles. Identifiers
are written as people write them and follow their real rules (IBAN mod 97, the Steuer-ID's
check digit and digit structure, the ICAO check digit where a ten-character German document
number carries one, AZR numbers that start with a registration date, postcodes of the town
named, Sozialversicherungsnummern with their check digit). Everything is fictional.

There is no kind of its own for a Sozialversicherungsnummer, a Kassenzeichen or a Jobcenter
BG-Nummer in the markup: a Sozialversicherungsnummer is marked `ausweisnummer` (a number issued
to one person), Kassenzeichen, BG-Nummern and other references `aktenzeichen`.

The notes were written without running the detector or the anonymiser on them, without
reading their code or word data and without opening the other corpora's data files, so the set
is not shaped by what the detector finds; only the markup was checked (`--count`). The markup,
parser, split and evaluation are the third corpus's (bench/privacy_corpus3.py; origin codes in
its ORIGINS); the file, the note types and the seed are this corpus's own. Both halves were
evaluated untouched once, at the end of the eighth session (docs/performance.md).

**Since the ninth session (7 Dec 2026) half A is a development set**: its misses, lost meaning
words and findings without a counterpart may be read (`--misses`, which shows half A and
nothing of half B). **Half B stays untouched**: aggregate figures only (`--evaluate`, run by
the lead), never read its misses or its notes, never tune on it.

    python -m bench.privacy_corpus6 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus6 --misses     # half A only: its figures, then every miss
    python -m bench.privacy_corpus6 --evaluate   # recall per kind per half, aggregate only
"""

from __future__ import annotations

from pathlib import Path

from bench.privacy_hand import HandCorpus

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke6.txt"
SEED = 20261206_6
TITLE = "Sechstes Korpus (handgeschrieben, Ost und Südwest)"
TYPES = ("vermerk", "telefonnotiz", "übergabe", "mail", "protokoll", "formular", "schnellnotiz",
         "diktat", "schriftverkehr", "reflexion", "chat")

CORPUS = HandCorpus(DATA, TYPES, SEED, TITLE)
sources = CORPUS.sources
build_corpus6 = CORPUS.build
development_half = CORPUS.development_half
main = CORPUS.main

if __name__ == "__main__":
    raise SystemExit(main())

"""A fourth labelled corpus for the anonymiser: notes written by hand by another writer.

Why a fourth one: the third corpus (bench/privacy_corpus3.py) showed that rules made from one
half of its hand-written notes did not carry over to the other half. This one measures again on
notes in a different hand: a large city office (Berlin, Köln, Frankfurt) instead of a
Lower-Saxon one, and other kinds of text — an Anwärterin's long-winded Vermerke, a team lead's
e-mails to colleagues, forwarded messages from the Jobcenter or Bürgeramt, minutes of
Fallbesprechungen, text copied out of forms ("Name, Vorname:", "Geb.-Datum:"), dictated notes
with typos and missing punctuation, notes all in lower case, SMS-like fragments, and letters
with their references (Az., Gz., Unser Zeichen, Kassenzeichen). The names were chosen from the
writer's own knowledge, not from any list in this repository or any package, and none is taken
from the third corpus; identifiers follow their real rules (IBAN mod 97, the Steuer-ID's check
digit and structure, the ICAO check digit where a German document number carries one, AZR
numbers that start with a registration date, postcodes of the town named). Everything is
fictional.

The notes were written without running the detector on them and without reading its code or
data, so the set is not shaped by what the detector finds. The markup, the parser, the split
and the evaluation are the third corpus's (see its docstring for the markup; origin codes in
bench.privacy_corpus3.ORIGINS); only the file, the note types and the seed are this corpus's
own. **Both halves are untouched**: report aggregate figures only, never read misses note by
note, never tune on either half.

    python -m bench.privacy_corpus4 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus4 --evaluate   # recall per kind per half, aggregate only
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.privacy_corpus import Note
from bench.privacy_corpus3 import (
    Source,
    _print_counts,
    _print_evaluation,
    parse,
    read_sources,
    split,
)

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke4.txt"
SEED = 20261206_4
TYPES = ("vermerk", "telefonnotiz", "mail", "weiterleitung", "protokoll", "formular", "diktat",
         "schnellnotiz", "sms", "übergabe", "schriftverkehr", "reflexion")


def sources(path: Path = DATA) -> list[Source]:
    """The notes of the fourth corpus's data file, in file order."""
    return read_sources(path, TYPES)


def build_corpus4(path: Path = DATA) -> tuple[list[Note], list[Note]]:
    """(half A, half B), both untouched, as bench.bench_anonymizer.evaluate takes them."""
    a, b = split(sources(path), SEED)
    return [parse(s.text) for s in a], [parse(s.text) for s in b]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    halves = build_corpus4()
    if "--evaluate" in args:
        _print_evaluation(halves, "Viertes Korpus (handgeschrieben, andere Hand)")
    else:
        _print_counts(halves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

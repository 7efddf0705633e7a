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
own. Both halves were evaluated untouched in the sixth and seventh sessions (docs/performance.md).
**Since the eighth session (7 Dec 2026) half A is a development set** for identifiers as people
write them: its misses, lost meaning words and findings without a counterpart may be read
(`--misses`, which shows half A and nothing of half B). **Half B stays untouched**: aggregate
figures only (`--evaluate`, run by the lead), never read its misses or its notes, never tune
on it.

    python -m bench.privacy_corpus4 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus4 --misses     # half A only: its figures, then every miss
    python -m bench.privacy_corpus4 --evaluate   # recall per kind per half, aggregate only
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.privacy_corpus import Note
from bench.privacy_corpus3 import (
    Source,
    parse,
    print_half,
    read_sources,
    run_corpus,
    split,
)
from bench.privacy_corpus5 import Marked, _context, read
from bench.privacy_corpus5 import print_misses as print_missed_and_lost

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke4.txt"
SEED = 20261206_4
TITLE = "Viertes Korpus (handgeschrieben, andere Hand)"
TYPES = ("vermerk", "telefonnotiz", "mail", "weiterleitung", "protokoll", "formular", "diktat",
         "schnellnotiz", "sms", "übergabe", "schriftverkehr", "reflexion")


def sources(path: Path = DATA) -> list[Source]:
    """The notes of the fourth corpus's data file, in file order."""
    return read_sources(path, TYPES)


def build_corpus4(path: Path = DATA) -> tuple[list[Note], list[Note]]:
    """(half A for development, half B untouched), as bench.bench_anonymizer.evaluate takes
    them."""
    a, b = split(sources(path), SEED)
    return [parse(s.text) for s in a], [parse(s.text) for s in b]


def development_half(path: Path = DATA) -> list[Marked]:
    """Half A alone, with its marked meaning words (half B is split off and never parsed)."""
    return [read(s) for s in split(sources(path), SEED)[0]]


def unmatched(m: Marked) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(findings that overlap no item of the note, items covered only by findings of another
    kind), each as (kind, start, end); the second with the item's kind and span."""
    from desktop.core.privacy import detect

    findings = detect(m.note.text)
    items = [(i.start, i.end) for i in m.note.items]
    alone = [(f.kind.value, f.start, f.end) for f in findings
             if not any(s < f.end and f.start < e for s, e in items)]
    other = []
    for item in m.note.items:
        chars = [p for p in range(item.start, item.end) if not m.note.text[p].isspace()]
        kinds = [{f.kind.value for f in findings if f.start <= p < f.end} for p in chars]
        if all(kinds) and not all(item.kind in k for k in kinds):
            other.append((item.kind, item.start, item.end))
    return alone, other


def print_misses(half_a: list[Marked], title: str = TITLE) -> None:
    """Half A only: its aggregate figures, every missed item and lost meaning word (as the
    fifth corpus prints them), then items found as another kind and findings without a
    counterpart, with context. The sixth corpus prints its half A with this too."""
    print_half([m.note for m in half_a], title, "A")
    print()
    print_missed_and_lost(half_a)
    for m in half_a:
        alone, other = unmatched(m)
        for label, listed in (("andere Art", other), ("ohne Gegenstück", alone)):
            for kind, start, end in listed:
                print(f"{label:<16} {kind:<14} {_context(m.note.text, start, end)}")


def main(argv: list[str] | None = None) -> int:
    return run_corpus(sys.argv[1:] if argv is None else argv, build_corpus4, TITLE,
                      lambda: print_misses(development_half()))

if __name__ == "__main__":
    raise SystemExit(main())

"""Identifiers as people write them: a development set for the rule that reads an identifier
after its keyword (Az., Gz., Kunden-Nr., Pass-Nr., Ausweisnummer, wohnhaft, Anschrift …).

Why: rules written one per shape seen in the third corpus's half A did not carry over to its
half B. These sentences (bench/data/kennungen.txt, one a line, the third corpus's markup) were
written by hand **before** the cue rule, the way caseworkers, lawyers, courts, the BAMF, job
centres and employers write identifiers, in many shapes, in lower case and with sloppy spacing;
a fifth of them hold no identifier but numbers that must stay (dates, times, "§ 25 Abs. 2",
sums, rooms, counts, courses). A fixed seed splits them into a development half (its misses may
be read) and a held half (aggregate only).

Besides recall per kind this reports what matters for a keyword rule: findings without a
counterpart (a time, a sum, a paragraph taken for an identifier) and findings that run past
their item into the words around it.

A second set (bench/data/kennungen2.txt, seventh session) was written the same way before the
detector ran on it, with phone numbers as the writers of the fourth corpus write them (area
codes in every spacing, extensions, mobile groups, the clients' home countries), addresses,
court and office file numbers, and document numbers old and new. It is split by its own seed.

    python -m bench.privacy_identifiers            # development half, with its misses
    python -m bench.privacy_identifiers --held     # held half, aggregate only
    python -m bench.privacy_identifiers --set 2    # the second set's development half
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from bench.privacy_corpus import Note
from bench.privacy_corpus3 import parse

DATA = Path(__file__).resolve().parent / "data" / "kennungen.txt"
SEED = 20261206_6
# The second set, its file and seed ("--set 2").
SETS = {"1": (DATA, SEED), "2": (DATA.with_name("kennungen2.txt"), 20261206_7)}
IDENTIFIER_KINDS = frozenset({"aktenzeichen", "ausweisnummer", "adresse", "telefon"})


def read_sentences(path: Path = DATA) -> list[str]:
    """The sentences of the data file in file order (comments and blank lines skipped)."""
    lines = path.read_text("utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def split(sentences: list[str], seed: int = SEED) -> tuple[list[Note], list[Note]]:
    """(development half, held half): the sentences, grouped by the kind of their first
    identifier (or none), are shuffled by SEED and dealt alternately, so both halves hold as
    many of each kind. Only the markup is read."""
    rng = random.Random(seed)
    groups: dict[str, list[Note]] = {}
    for note in map(parse, sentences):
        kinds = [i.kind for i in note.items if i.kind in IDENTIFIER_KINDS]
        groups.setdefault(kinds[0] if kinds else "", []).append(note)
    halves: tuple[list[Note], list[Note]] = ([], [])
    for _, group in sorted(groups.items()):
        rng.shuffle(group)
        for i, note in enumerate(group):
            halves[i % 2].append(note)
    return halves


def overreach(notes: list[Note]) -> list[tuple[str, str]]:
    """Findings that cover a letter or digit outside every item: (finding, sentence)."""
    from desktop.core.privacy import detect

    out = []
    for note in notes:
        inside = bytearray(len(note.text))
        for item in note.items:
            inside[item.start:item.end] = b"\x01" * (item.end - item.start)
        for f in detect(note.text):
            if any(not inside[p] and note.text[p].isalnum() for p in range(f.start, f.end)):
                out.append((f"{f.kind.value}: {f.text}", note.text))
    return out


def main(argv: list[str] | None = None) -> int:
    from bench.bench_anonymizer import _report, evaluate

    args = sys.argv[1:] if argv is None else argv
    number = args[args.index("--set") + 1] if "--set" in args else "1"
    path, seed = SETS[number]
    dev, held = split(read_sentences(path), seed)
    held_run = "--held" in args
    notes = held if held_run else dev
    title = "Kennungen" + (f" {number}" if number != "1" else "") + (
        ", gehaltene Hälfte" if held_run else ", Entwicklungshälfte")
    ev = evaluate(notes)
    _report(f"{title} ({len(notes)} Sätze)", ev, details=not held_run)
    wide = overreach(notes)
    print(f"Fundstellen, die über ihren Eintrag hinausgreifen: {len(wide)}")
    if not held_run:
        for finding, sentence in wide:
            print(f"  {finding!r:<40} … {sentence!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

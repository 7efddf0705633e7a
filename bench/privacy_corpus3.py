"""A third labelled corpus for the anonymiser: Aktenvermerke written one by one by hand.

Why a third one: the first two corpora are generated from templates, so an outside reviewer's
notes may look like neither. These notes (bench/data/aktenvermerke3.txt) were written by hand,
each on its own, the way caseworkers write: Aktenvermerke after a Vorsprache, telephone notes,
hand-over notes, summaries of lawyers' letters and e-mails, quick lower-case notes between
appointments, lists of those present, reflections on a difficult conversation. The names were
chosen from the writer's own knowledge of the people who come to German immigration offices,
not from any list in this repository; identifiers follow their real rules (IBAN mod 97, the
Steuer-ID's check digit, the ICAO check digit where a document number carries one, AZR numbers
that start with a registration date). Everything is fictional.

The notes were written without running the detector on them, and without reading its code or
data: the set is not shaped by what the detector finds. A fixed seed divides them into two
halves, balanced by the markup alone (items per kind, note types; see `split`). Both were
evaluated once, untouched, at the end of the fifth session (6 Dec 2026, docs/performance.md).
Since then **half A is a development half** (its misses were read and rules made from them);
**half B stays untouched**: report its aggregate figures only, never read its misses.

Markup (one note after each line `=== <number> <type>`; lines before the first note are the
file's own comments):
- `[[kind|text]]` marks an item of personal data: person, adresse, aktenzeichen, ausweisnummer,
  azr, datum, geburtsdatum, email, iban, steuer_id, telefon;
- `[[person/xx|text]]` a name with its origin code (ORIGINS below), reported as person:xx;
  a name is marked without "Herr"/"Frau" and without a genitive s;
- `[[meaning|text]]` a meaning-carrying word that the automatic rule would miss because it is
  written in lower case (quick notes). As in the second corpus, every other capitalised word
  that is not an item and not a function word counts as a meaning-carrying word.

    python -m bench.privacy_corpus3 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus3 --evaluate   # recall per kind per half, aggregate only
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.privacy_corpus import Note
from bench.privacy_corpus2 import _B

DATA = Path(__file__).resolve().parent / "data" / "aktenvermerke3.txt"
SEED = 20261206_3

KINDS = frozenset({"person", "adresse", "aktenzeichen", "ausweisnummer", "azr", "datum",
                   "geburtsdatum", "email", "iban", "steuer_id", "telefon"})

# Origin codes of names (what the writer had in mind; a name's origin is not a nationality).
ORIGINS = {
    "de": "deutsch", "tr": "türkisch", "ku": "kurdisch", "sy": "syrisch/levantinisch",
    "iq": "irakisch", "af": "afghanisch", "ir": "iranisch", "ua": "ukrainisch",
    "ru": "russisch/zentralasiatisch", "er": "eritreisch/äthiopisch", "so": "somalisch",
    "ng": "nigerianisch", "gh": "ghanaisch", "wa": "westafrikanisch (andere)", "in": "indisch", "pk": "pakistanisch", "vn": "vietnamesisch",
    "cn": "chinesisch", "ro": "rumänisch/moldauisch", "bg": "bulgarisch", "pl": "polnisch",
    "yu": "Westbalkan", "al": "albanisch", "ge": "georgisch/armenisch",
    "ma": "marokkanisch/algerisch", "tn": "tunesisch",
    "la": "lateinamerikanisch/portugiesisch", "ph": "philippinisch", "eu": "westeuropäisch",
    "ot": "andere",
}
TYPES = ("aktenvermerk", "telefonnotiz", "übergabe", "schriftverkehr", "schnellnotiz",
         "anwesenheit", "reflexion")

_HEADER = re.compile(r"^=== (\d+) (\S+)\s*$", re.M)
_MARK = re.compile(r"\[\[(\w+)(?:/(\w+))?\|([^\]|]+)\]\]")


@dataclass(frozen=True)
class Source:
    """One note as written in the data file."""

    number: int
    type: str
    text: str


def read_sources(path: Path = DATA, types: tuple[str, ...] = TYPES) -> list[Source]:
    """The notes of the data file, in file order (each of one of `types`)."""
    raw = path.read_text("utf-8")
    heads = list(_HEADER.finditer(raw))
    out = []
    for head, nxt in zip(heads, heads[1:] + [None], strict=True):
        body = raw[head.end():nxt.start() if nxt else len(raw)].strip("\n")
        if head[2] not in types:
            raise ValueError(f"note {head[1]}: unknown type {head[2]!r}")
        out.append(Source(int(head[1]), head[2], body.rstrip()))
    return out


def parse(source: str) -> Note:
    """A note from its markup: the plain text, its items and its meaning-word spans."""
    b = _B()
    extra: list[tuple[int, int]] = []
    pos = 0
    for m in _MARK.finditer(source):
        kind, origin, text = m[1], m[2] or "", m[3]
        if kind != "meaning" and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {m[0]!r}")
        if origin and (kind != "person" or origin not in ORIGINS):
            raise ValueError(f"unknown origin in {m[0]!r}")
        b.text(source[pos:m.start()])
        if kind == "meaning":
            extra.append((b.pos, b.pos + len(text)))
            b.text(text)
        else:
            b.item(text, kind, origin)
        pos = m.end()
    rest = source[pos:]
    if "[[" in rest or "]]" in rest:
        raise ValueError(f"broken markup near {rest[:60]!r}")
    b.text(rest)
    note = b.note()
    meaning = sorted(set(note.meaning) | set(extra))
    return Note(note.text, note.items, tuple(meaning))


def split(sources: list[Source], seed: int = SEED) -> tuple[list[Source], list[Source]]:
    """Two halves fixed by the seed (SEED unless given) and balanced: the notes, in seeded random order, go one by one
    to the half where the counts per kind of item, per note type and of notes stay closest to
    the other half's (a difference weighs more for a rare kind). Nothing but the markup is
    read, so the split does not depend on the detector."""
    rng = random.Random(seed)
    order = list(sources)
    rng.shuffle(order)
    keys = [_keys(s) for s in order]
    overall: Counter[str] = sum(keys, Counter())
    halves: tuple[list[Source], list[Source]] = ([], [])
    totals: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    cap = (len(order) + 1) // 2

    def cost(mine: Counter[str], other: Counter[str], add: Counter[str]) -> float:
        return sum((mine[k] + add[k] - other[k]) ** 2 / overall[k] for k in add)

    for source, add in zip(order, keys, strict=True):
        to_a = cost(totals[0], totals[1], add) - cost(totals[1], totals[0], add)
        side = 0 if to_a < 0 or (to_a == 0 and rng.random() < 0.5) else 1
        if len(halves[side]) == cap:
            side = 1 - side
        halves[side].append(source)
        totals[side].update(add)
    return halves


def _keys(source: Source) -> Counter[str]:
    """What the split balances for one note: its items per kind, its type, the note itself
    (weighted so that the halves grow evenly; their sizes differ by one at most)."""
    c: Counter[str] = Counter(item.kind for item in parse(source.text).items)
    c[f"type:{source.type}"] += 1
    c["notes"] += 4
    return c


def build_corpus3(path: Path = DATA) -> tuple[list[Note], list[Note]]:
    """(half A, half B) as bench.bench_anonymizer.evaluate takes them (A for development, B
    untouched)."""
    a, b = split(read_sources(path))
    return [parse(s.text) for s in a], [parse(s.text) for s in b]


def counts(notes: list[Note]) -> Counter[str]:
    """Items per kind, person items also per origin (person:xx), and meaning words."""
    c: Counter[str] = Counter()
    for note in notes:
        for item in note.items:
            c[item.kind] += 1
            if item.kind == "person":
                c[f"person:{item.origin or '?'}"] += 1
        c["(meaning words)"] += len(note.meaning)
    return c


def _print_counts(halves: tuple[list[Note], list[Note]]) -> None:
    a, b = (counts(h) for h in halves)
    print(f"{'':<24} {'Hälfte A':>9} {'Hälfte B':>9}")
    print(f"{'Notizen':<24} {len(halves[0]):>9} {len(halves[1]):>9}")
    lengths = [len(n.text) for h in halves for n in h]
    print(f"{'Zeichen je Notiz':<24} {min(lengths):>5}–{max(lengths)} (Median "
          f"{sorted(lengths)[len(lengths) // 2]})")
    keys = sorted(KINDS) + ["(meaning words)"] + sorted(k for k in a | b if ":" in k)
    for k in keys:
        print(f"{k:<24} {a[k]:>9} {b[k]:>9}")


def _print_evaluation(halves: tuple[list[Note], list[Note]],
                      title: str = "Drittes Korpus (handgeschrieben)") -> None:
    """Aggregate figures only (no misses, no lost words): half B stays untouched."""
    for label, notes in zip(("A", "B"), halves, strict=True):
        print_half(notes, title, label)


def print_half(notes: list[Note], title: str, label: str) -> None:
    """One half's aggregate figures: recall per kind and origin, meaning words kept, findings
    without a counterpart."""
    from bench.bench_anonymizer import _table, evaluate

    ev = evaluate(notes)
    print(f"\n== {title}, Hälfte {label} ({len(notes)} Notizen) ==")
    print(_table(ev))
    print(f"Bedeutungstragende Wörter behalten: {ev.meaning_kept}/{ev.meaning_total} "
          f"= {ev.retention:.2%}")
    print(f"Fundstellen ohne Gegenstück im Korpus: {ev.false_positives} von {ev.findings}")


def run_corpus(args: list[str], build: Callable[[], tuple[list[Note], list[Note]]],
               title: str, misses: Callable[[], None] | None = None) -> int:
    """A corpus module's command line (the later corpora's too): `--misses` where the corpus
    has a development half (half A only), `--evaluate` (aggregate figures of both halves), else
    the counts of notes and items."""
    if misses is not None and "--misses" in args:
        misses()
        return 0
    halves = build()
    if "--evaluate" in args:
        _print_evaluation(halves, title)
    else:
        _print_counts(halves)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_corpus(sys.argv[1:] if argv is None else argv, build_corpus3,
                      "Drittes Korpus (handgeschrieben)")


if __name__ == "__main__":
    raise SystemExit(main())

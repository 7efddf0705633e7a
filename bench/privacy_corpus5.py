"""A fifth labelled corpus for the anonymiser: German names in the contexts real notes put them.

Why a fifth one: on the untouched hand-written corpora German names were found far less often
(87–89 %) than names of other origins (98–99 %). The hard ones are surnames that are also German
words (Koch, Winter, Zimmer, Lange, Bauer, Vogt, Fuchs, Engel, Richter, Kaufmann, Freitag …)
and first names that are words or rare (Christin, Ernst, Otto, Heide, Rosa, Frauke, Okke …).
These notes (bench/data/namen5.txt) were written one by one by hand to show the grammar around
such names as caseworkers, team leads, trainers, interpreters, social workers, lawyers,
Jobcenter and school staff write it: minutes ("Anwesend:", "Entschuldigt:", "Verteiler:"),
comma and "und" lists of bare surnames, roles ("SB Krause", "TL Winter", "Vormund Engel"),
relations ("ihr Mann Rodel", "Mutter: Erika Sommer"), signatures and mail headers, lower-case
notes and abbreviations ("fr krause", "Hrn. Fuchs"), initials, "laut X", possessives and other
cases, names at a sentence's start and as bare subject or object of a verb, "Familie Bauer",
"Akte Koch", names in parentheses, double names and nobility particles. And, in the same notes,
**the same words in their ordinary meaning** (im Winter, das Zimmer, als Koch beschäftigt, der
Richter, eine lange Wartezeit, der Kleine, Ernst der Lage), marked `[[meaning|…]]`, because
taking those for names is a failure too. Some 30 % of the names are of other origins.

The names and notes come from the writer's own knowledge, not from any list in this repository;
everything is fictional. The notes were written without running the detector on them and
without reading its code or word data, so the set is not shaped by what the detector finds.

Markup, parser, split and the shared evaluation are the third corpus's (bench/privacy_corpus3.py;
origin codes in its ORIGINS). As there, every capitalised word that is not an item and not a
function word counts as a meaning word, and `[[meaning|…]]` adds words the automatic rule would
not take. Here the marked words matter on their own: they are the words at risk (capitalised
nouns that are also names, and lower-case adjectives such as "lange", "ernst", "sauer"), so
they are counted apart from the rest ("markierte Bedeutungswörter"), capitalised and lower-case
separately. The corpus3 and corpus4 figures are unchanged by this.

The whole set is a **development set**, but a seed splits it like the fourth corpus: **half A**
is for development (its misses may be read, `--misses`), **half B** is held (aggregate figures
only; `--evaluate` prints both halves, `--misses` never shows half B).

    python -m bench.privacy_corpus5 --count      # notes and items per kind in each half
    python -m bench.privacy_corpus5 --evaluate   # recall per kind and origin, both halves
    python -m bench.privacy_corpus5 --misses     # half A: missed items, lost meaning words
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.privacy_corpus import Note
from bench.privacy_corpus3 import (
    _MARK,
    Source,
    _print_counts,
    _print_evaluation,
    parse,
    read_sources,
    split,
)

DATA = Path(__file__).resolve().parent / "data" / "namen5.txt"
SEED = 20261206_5
TYPES = ("protokoll", "vermerk", "telefonnotiz", "mail", "übergabe", "schnellnotiz",
         "schriftverkehr", "formular", "bericht", "reflexion")
CONTEXT = 50  # characters shown on each side of a miss


@dataclass(frozen=True)
class Marked:
    """One note with the spans of its explicitly marked meaning words (the words at risk)."""

    note: Note
    marked: tuple[tuple[int, int], ...]

    def words(self) -> list[str]:
        return [self.note.text[s:e] for s, e in self.marked]


def marked_spans(source: str) -> tuple[tuple[int, int], ...]:
    """Where the `[[meaning|…]]` words of a note's markup lie in its plain text (parse() merges
    them with the automatic meaning words; here they are kept apart)."""
    spans = []
    shift = 0  # characters of markup removed before the current mark
    for m in _MARK.finditer(source):
        start = m.start() - shift
        if m[1] == "meaning":
            spans.append((start, start + len(m[3])))
        shift += len(m[0]) - len(m[3])
    return tuple(spans)


def sources(path: Path = DATA) -> list[Source]:
    """The notes of the fifth corpus's data file, in file order."""
    return read_sources(path, TYPES)


def read(source: Source) -> Marked:
    return Marked(parse(source.text), marked_spans(source.text))


def build_corpus5(path: Path = DATA) -> tuple[list[Marked], list[Marked]]:
    """(half A for development, half B held), split by the seed as corpus3 and corpus4 are."""
    a, b = split(sources(path), SEED)
    return [read(s) for s in a], [read(s) for s in b]


@dataclass
class Judged:
    """What the detector did to one note: missed items and lost meaning words, each with the
    span it has in the note's text."""

    missed: list[tuple[str, int, int]]  # (kind or person:xx, start, end)
    lost: list[tuple[bool, int, int]]  # (explicitly marked, start, end)
    marked_total: Counter[str]
    marked_kept: Counter[str]


def judge(m: Marked, findings: list[tuple[int, int]] | None = None) -> Judged:
    """What the findings (spans; detect()'s on the note's text unless given) did to the note:
    an item counts as found when findings cover all of its non-space characters (as
    bench.bench_anonymizer.evaluate counts), a meaning word as lost when any finding touches
    it."""
    text = m.note.text
    if findings is None:
        from desktop.core.privacy import detect

        findings = [(f.start, f.end) for f in detect(text)]
    covered = bytearray(len(text))
    for start, end in findings:
        covered[start:end] = b"\x01" * (end - start)
    out = Judged([], [], Counter(), Counter())
    for item in m.note.items:
        chars = [p for p in range(item.start, item.end) if not text[p].isspace()]
        if not all(covered[p] for p in chars):
            kind = f"person:{item.origin}" if item.kind == "person" else item.kind
            out.missed.append((kind, item.start, item.end))
    marked = set(m.marked)
    for start, end in sorted(set(m.note.meaning) | marked):
        lost = any(covered[start:end])
        if (start, end) in marked:
            group = "groß" if text[start].isupper() else "klein"
            out.marked_total[group] += 1
            out.marked_kept[group] += not lost
        if lost:
            out.lost.append(((start, end) in marked, start, end))
    return out


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT):start].replace("\n", "⏎")
    after = text[end:end + CONTEXT].replace("\n", "⏎")
    return f"…{before}[{text[start:end]}]{after}…"


def _origin_groups(notes: list[Marked], judged: list[Judged]) -> list[str]:
    """Names of German origin against all others (the gap this corpus is for)."""
    total: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for m, j in zip(notes, judged, strict=True):
        for item in m.note.items:
            if item.kind == "person":
                total["de" if item.origin == "de" else "andere"] += 1
        for kind, _, _ in j.missed:
            if kind.startswith("person:"):
                missed["de" if kind == "person:de" else "andere"] += 1
    lines = []
    for group, label in (("de", "Namen deutscher Herkunft"), ("andere", "Namen anderer Herkunft")):
        n = total[group]
        if n:
            lines.append(f"{label:<36} {n - missed[group]:>4}/{n:<4} = {(n - missed[group]) / n:.1%}")
    return lines


def _marked_lines(judged: list[Judged]) -> list[str]:
    total = sum((j.marked_total for j in judged), Counter())
    kept = sum((j.marked_kept for j in judged), Counter())
    lines = []
    for group, label in (("groß", "großgeschrieben"), ("klein", "kleingeschrieben")):
        if total[group]:
            lines.append(f"Markierte Bedeutungswörter, {label:<17} behalten: "
                         f"{kept[group]:>4}/{total[group]:<4} = {kept[group] / total[group]:.1%}")
    return lines


def print_evaluation(halves: tuple[list[Marked], list[Marked]]) -> None:
    """Both halves, aggregate only: corpus3's table (per kind and per origin), then German
    against other names and the marked meaning words."""
    _print_evaluation(([m.note for m in halves[0]], [m.note for m in halves[1]]),
                      "Fünftes Korpus (deutsche Namen im Kontext)")
    for label, half in zip(("A", "B"), halves, strict=True):
        judged = [judge(m) for m in half]
        print(f"\n-- Fünftes Korpus, Hälfte {label}: Herkunft und Wörter mit Namensgestalt --")
        print("\n".join(_origin_groups(half, judged) + _marked_lines(judged)))


def print_misses(half_a: list[Marked]) -> None:
    """Half A only: every missed item and every lost meaning word with its context."""
    for m in half_a:
        j = judge(m)
        for kind, start, end in j.missed:
            print(f"{'nicht gefunden':<16} {kind:<14} {_context(m.note.text, start, end)}")
        for was_marked, start, end in j.lost:
            label = "verloren (mark.)" if was_marked else "verloren"
            print(f"{label:<16} {'':<14} {_context(m.note.text, start, end)}")


def print_marked_counts(halves: tuple[list[Marked], list[Marked]]) -> None:
    for label, half in zip(("A", "B"), halves, strict=True):
        words = [w for m in half for w in m.words()]
        upper = sum(w[0].isupper() for w in words)
        print(f"Hälfte {label}: markierte Bedeutungswörter {len(words)} "
              f"(großgeschrieben {upper}, kleingeschrieben {len(words) - upper})")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    halves = build_corpus5()
    if "--evaluate" in args:
        print_evaluation(halves)
    elif "--misses" in args:
        print_misses(halves[0])
    else:
        _print_counts(([m.note for m in halves[0]], [m.note for m in halves[1]]))
        print_marked_counts(halves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

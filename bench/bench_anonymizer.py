"""Anonymiser benchmark: recall per kind, meaning words kept, throughput, latency while typing.

Runs on the project's own labelled corpus (bench/privacy_corpus.py: 400 notes, a fifth without
personal data) and on a 5 MB corpus for throughput (1 MB with quick=True).
An item counts as removed when findings cover all of its characters, whatever kind they name;
"richtige Art" counts items whose covering findings also name the right kind. Person recall
is split by whether the name's words are in the detector's lists or held out.

    python -m bench.bench_anonymizer [--quick] [--verbose]
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bench.common import Result, ms, time_calls
from bench.privacy_corpus import Note, build_bulk, build_corpus

_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "de", "da", "dos", "van", "von", "der"})


@dataclass
class Evaluation:
    """Counts over the labelled corpus."""

    items: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    right_kind: Counter = field(default_factory=Counter)
    meaning_total: int = 0
    meaning_kept: int = 0
    meaning_unlisted_total: int = 0
    meaning_unlisted_kept: int = 0
    meaning_unlisted_words: set = field(default_factory=set)
    false_positives: int = 0
    findings: int = 0
    clean_notes: int = 0
    clean_notes_with_findings: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    lost_words: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        total = sum(v for k, v in self.items.items() if not k.startswith("person:"))
        found = sum(v for k, v in self.found.items() if not k.startswith("person:"))
        return found / total if total else 1.0

    @property
    def retention(self) -> float:
        return self.meaning_kept / self.meaning_total if self.meaning_total else 1.0


def _name_group(text: str) -> str:
    from desktop.core.privacy.lexicon import fold, lexicon

    lex = lexicon()
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text) if fold(w) not in _PARTICLES]
    known = [lex.is_name(w) for w in words]
    if all(known):
        return "person:in Listen"
    return "person:nicht in Listen" if not any(known) else "person:teilweise in Listen"


def evaluate(notes: list[Note]) -> Evaluation:
    """Recall per kind, meaning words kept and false positives of detect() on the notes."""
    from desktop.core.privacy import detect
    from desktop.core.privacy.lexicon import lexicon

    lex = lexicon()
    ev = Evaluation()
    for note in notes:
        findings = detect(note.text)
        ev.findings += len(findings)
        covered = bytearray(len(note.text))
        kind_at: dict[int, set[str]] = defaultdict(set)
        for f in findings:
            covered[f.start:f.end] = b"\x01" * (f.end - f.start)
            for pos in range(f.start, f.end):
                kind_at[pos].add(f.kind.value)
        for item in note.items:
            groups = [item.kind]
            if item.kind == "person":
                groups += [_name_group(note.text[item.start:item.end]), f"person:{item.origin}"]
            chars = [p for p in range(item.start, item.end) if not note.text[p].isspace()]
            ok = all(covered[p] for p in chars)
            kind_ok = ok and all(item.kind in kind_at[p] for p in chars)
            for g in groups:
                ev.items[g] += 1
                ev.found[g] += ok
                ev.right_kind[g] += kind_ok
            if not ok:
                ev.misses.append((item.kind, note.text[item.start:item.end],
                                  note.text[max(0, item.start - 40):item.end + 30]))
        for start, end in note.meaning:
            word = note.text[start:end]
            lost = any(covered[start:end])
            ev.meaning_total += 1
            ev.meaning_kept += not lost
            if lost:
                ev.lost_words[word] += 1
            if not lex.is_stopword(word):  # kept by the rules, not because a list names it
                ev.meaning_unlisted_total += 1
                ev.meaning_unlisted_kept += not lost
                ev.meaning_unlisted_words.add(word)
        spans = [(i.start, i.end) for i in note.items]
        for f in findings:
            if not any(s < f.end and f.start < e for s, e in spans):
                ev.false_positives += 1
                ev.spurious[f"{f.kind.value}: {f.text}"] += 1
        if not note.items:
            ev.clean_notes += 1
            ev.clean_notes_with_findings += bool(findings)
    return ev


def throughput(texts: list[str], runs: int) -> list[float]:
    """MB (10^6 bytes of UTF-8) per second for anonymize() over all texts, one call each."""
    from desktop.core.privacy import anonymize

    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return [size / s for s in time_calls(lambda: [anonymize(t) for t in texts], runs=runs)]


def typing_note(notes: list[Note], length: int = 2000) -> str:
    text = ""
    for note in notes:
        if len(text) >= length:
            break
        text += note.text
    return text[:length]


def run(quick: bool = False) -> list[Result]:
    t0 = time.perf_counter()
    import desktop.core.privacy  # noqa: F401  (import cost is part of app start, not measured here)

    notes = build_corpus()
    ev = evaluate(notes)
    bulk = build_bulk(1_000_000 if quick else 5_000_000)
    mbps = throughput(bulk, runs=1 if quick else 5)
    from desktop.core.privacy import detect

    note = typing_note(notes)
    latency = ms(time_calls(lambda: detect(note), runs=20 if quick else 100, warmup=3))
    kinds = sorted(k for k in ev.items if not k.startswith("person:"))
    per_kind = {k: {"items": ev.items[k], "found": ev.found[k],
                    "recall": ev.found[k] / ev.items[k]} for k in kinds}
    note_text = (f"{len(notes)} Notizen, {sum(ev.items[k] for k in kinds)} Einträge; "
                 f"Korpus in {time.perf_counter() - t0:.1f} s")
    return [
        Result("anonymiser: personal data removed (recall)", "ratio", [ev.recall], target=0.98,
               goal="min", note=note_text, extra={"per_kind": per_kind}),
        Result("anonymiser: meaning words kept", "ratio", [ev.retention], target=0.95,
               goal="min", note=f"{ev.meaning_kept}/{ev.meaning_total} Wörter"),
        Result("anonymiser: throughput", "MB/s", mbps, target=1.0, goal="min",
               note=f"{sum(len(t.encode()) for t in bulk) / 1e6:.1f} MB in {len(bulk)} Notizen"),
        Result("anonymiser: detect() on a 2,000-character note", "ms", latency, target=10.0,
               goal="max"),
    ]


def _table(ev: Evaluation) -> str:
    lines = [f"{'Art':<28} {'Einträge':>8} {'gefunden':>9} {'Recall':>8} {'richtige Art':>13}"]
    keys = sorted(k for k in ev.items if not k.startswith("person:"))
    person_keys = sorted(k for k in ev.items if k.startswith("person:"))
    for k in keys + person_keys:
        n, f, r = ev.items[k], ev.found[k], ev.right_kind[k]
        label = k if not k.startswith("person:") else "  " + k
        lines.append(f"{label:<28} {n:>8} {f:>9} {f / n:>8.1%} {r / n:>13.1%}")
    total = sum(ev.items[k] for k in keys)
    found = sum(ev.found[k] for k in keys)
    lines.append(f"{'gesamt':<28} {total:>8} {found:>9} {found / total:>8.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    quick, verbose = "--quick" in args, "--verbose" in args
    notes = build_corpus()
    ev = evaluate(notes)
    print(_table(ev))
    print(f"\nBedeutungstragende Wörter behalten: {ev.meaning_kept}/{ev.meaning_total} "
          f"= {ev.retention:.2%}")
    print(f"  davon nicht in den Stopplisten des Detektors: {ev.meaning_unlisted_kept}/"
          f"{ev.meaning_unlisted_total} behalten ({len(ev.meaning_unlisted_words)} verschiedene "
          f"Wörter)")
    print(f"Fundstellen ohne Gegenstück im Korpus: {ev.false_positives} von {ev.findings}; "
          f"Notizen ohne personenbezogene Daten mit Fundstelle: "
          f"{ev.clean_notes_with_findings}/{ev.clean_notes}")
    if verbose:
        print("\nNicht gefunden:")
        for kind, text, context in ev.misses:
            print(f"  {kind:<14} {text!r:<30} … {context!r}")
        print("\nVerlorene Wörter:", ev.lost_words.most_common(30))
        print("Fundstellen ohne Gegenstück:", ev.spurious.most_common(30))
    for result in run(quick)[2:]:
        print(f"{result.name}: Median {statistics.median(result.samples):.2f} {result.unit} "
              f"(Ziel {'≥' if result.goal == 'min' else '≤'} {result.target}) {result.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

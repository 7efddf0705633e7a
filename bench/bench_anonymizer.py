"""Anonymiser benchmark: recall per kind on two corpora, meaning words kept, throughput of the
command line on short notes, latency while typing, first-use cost.

Corpora: the project's first corpus (bench/privacy_corpus.py, 400 notes written alongside the
detector) and the second, made apart from it (bench/privacy_corpus2.py: other name sources,
Aktenvermerk shapes, hand-written notes), split by seed into a tuning part and an untouched
test part; the test part is the figure that counts.
An item counts as removed when findings cover all of its characters, whatever kind they name;
"richtige Art" counts items whose covering findings also name the right kind. Person recall
is split by whether the name's words are in the detector's data or not.

Throughput is measured as a user meets it: `gespraechskompass anonymize --jsonl` as a whole
process (start, loading the word data, 3,000 notes of 300–400 characters, output), wall time
and CPU time; and in-process over 5 MB (1 MB with quick=True).

    python -m bench.bench_anonymizer [--quick] [--verbose] [--test-part]
    python -m bench.bench_anonymizer --timing [--quick]   # speed only: no corpus evaluated

With Faker importable (`PYTHONPATH=/tmp/faker` after `pip install --target /tmp/faker faker`)
the names of bench/privacy_faker.py are reported too, and with Mimesis importable
(`PYTHONPATH=/tmp/mimesis` after `pip install --target /tmp/mimesis mimesis`) those of
bench/privacy_mimesis.py.

`--verbose` lists misses and lost words of the project corpus and the tuning part only; the
test part's misses are printed only with `--test-part` (not for tuning).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bench.common import Result, ms, time_calls
from bench.privacy_corpus import Note, build_bulk, build_corpus, build_note
from bench.privacy_corpus2 import build_corpus2

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


def short_notes(count: int, seed: int = 23) -> list[str]:
    """Notes of 300–400 characters (whole sentences), as typed between appointments: half from
    the first corpus's generator, half from the second corpus's generator with the names of its
    tuning half (bench/privacy_tuning.py). Never from the untouched test part: timing must not
    need it."""
    from bench.privacy_tuning import extra_tuning

    rng = random.Random(seed)
    pool = [n.text for n in extra_tuning(400)]
    out: list[str] = []
    while len(out) < count:
        source = build_note(rng, with_data=len(out) % 5 != 4).text if len(out) % 2 else \
            " ".join(rng.sample(pool, 3))
        text = ""
        for sentence in re.split(r"(?<=[.!?])\s+", source):
            if len(text) + len(sentence) + 1 > 400:
                break
            text = f"{text} {sentence}" if text else sentence
        if len(text) >= 300:
            out.append(text)
    return out


# The command as run: shared out over one process per core (the default), and in one process.
CLI_VARIANTS = {"default": [], "one process": ["--jobs", "1"]}


# `python -m desktop …` as a user starts it, which on its way out also reports the CPU time of
# that first process alone: its forks do their shares beside it, so on idle cores the run takes
# about as long as that process (the figure that does not swing with the machine's load).
CLI_CODE = """
import os, resource, sys
from desktop.cli import main
try:
    code = main()
finally:
    sys.stdout.flush()
    own = resource.getrusage(resource.RUSAGE_SELF)
    os.write(2, b"\\nown cpu %f\\n" % (own.ru_utime + own.ru_stime))
raise SystemExit(code)
"""


def run_cli(args: list[str], stdin_path: str, env: dict[str, str],
            cwd: str | None = None) -> tuple[float, float, float]:
    """One run of `anonymize --jsonl` with `args` over the file `stdin_path`: wall time, CPU
    time of all its processes, CPU time of the first process alone (seconds)."""
    import resource  # POSIX only: the corpus evaluations of this module run under Wine too

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(stdin_path, "rb") as stdin:
        proc = subprocess.run([sys.executable, "-c", CLI_CODE, "anonymize", "--jsonl", *args],
                              stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env, cwd=cwd, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = float(proc.stderr.split(b"own cpu ")[-1])
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, own


def cli_throughput(texts: list[str], runs: int) -> dict[str, tuple[list[float], ...]]:
    """MB/s (10^6 bytes of UTF-8 text) of `anonymize --jsonl` as a whole process: wall, CPU
    (its children's included) and the CPU of the first process alone (see CLI_CODE), for each
    of CLI_VARIANTS in alternating runs.

    Python's compiled modules are cached as in an installed copy (pip writes them, the bundle
    ships them), also where the environment says PYTHONDONTWRITEBYTECODE: compiling the
    sources again is not what a user's start costs. A first run, not counted, fills the cache."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    home, pycache = tempfile.mkdtemp(prefix="gk-bench-"), tempfile.mkdtemp(prefix="gk-bench-pyc-")
    env = {**os.environ, "GESPRAECHSKOMPASS_HOME": home, "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        f.write("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts))
    figures: dict[str, tuple[list[float], ...]] = {v: ([], [], []) for v in CLI_VARIANTS}
    try:
        run_cli(["--jobs", "1"], f.name, env)
        for _ in range(runs):
            for variant, args in CLI_VARIANTS.items():
                for figure, seconds in zip(figures[variant], run_cli(args, f.name, env),
                                           strict=True):
                    figure.append(size / seconds)
    finally:
        os.unlink(f.name)
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(pycache, ignore_errors=True)
    return figures


def first_use_ms(runs: int) -> list[float]:
    """The first detect() in a fresh process: loading the word data and compiling patterns."""
    code = ("import time; import desktop.core.privacy as p; t=time.perf_counter(); "
            "p.detect('Frau Haddad kam am 3.4.2024 mit Tel. 0341 1234567.'); "
            "print((time.perf_counter()-t)*1000)")
    return [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(runs)]


def _recall_results(label: str, ev: Evaluation, names_target: float | None,
                    other_target: float | None, meaning_target: float | None) -> list[Result]:
    kinds = sorted(k for k in ev.items if not k.startswith("person:"))
    per_kind = {k: {"items": ev.items[k], "found": ev.found[k],
                    "recall": ev.found[k] / ev.items[k]} for k in kinds}
    others = [k for k in kinds if k != "person"]
    worst = min(others, key=lambda k: ev.found[k] / ev.items[k])
    return [
        Result(f"anonymiser {label}: names removed", "ratio",
               [ev.found["person"] / ev.items["person"]], target=names_target, goal="min",
               note=f"{ev.found['person']}/{ev.items['person']}", extra={"per_kind": per_kind}),
        Result(f"anonymiser {label}: every other kind removed (lowest)", "ratio",
               [ev.found[worst] / ev.items[worst]], target=other_target, goal="min",
               note=f"lowest: {worst} {ev.found[worst]}/{ev.items[worst]}"),
        Result(f"anonymiser {label}: meaning words kept", "ratio", [ev.retention],
               target=meaning_target, goal="min", note=f"{ev.meaning_kept}/{ev.meaning_total}"),
    ]


def run(quick: bool = False) -> list[Result]:
    """Recall on both corpora (the untouched test part's aggregate figures included), then the
    timing figures."""
    import desktop.core.privacy  # noqa: F401  (import cost is part of app start, not measured here)

    tuning, test = build_corpus2()
    results = (_recall_results("project corpus", evaluate(build_corpus()), 0.99, 0.995, 0.98)
               + _recall_results("2nd corpus, tuning part", evaluate(tuning), None, None, None)
               + _recall_results("2nd corpus, untouched test part", evaluate(test), 0.99, 0.995,
                                 0.98))
    return results + timing_results(quick) + _faker_results(quick) + _mimesis_results(quick)


# The reviewer's shape (issue 19): 3,000 notes of 300–400 characters, about 1.1 MB, through the
# command as a whole process. Also in the quick run: a smaller batch would stay below the size
# at which the command shares the work out, and would mostly time the start of Python.
CLI_NOTES = 3000


def timing_results(quick: bool = False) -> list[Result]:
    """Throughput of the command line and in-process, latency while typing, first use. Needs
    no corpus's test part (`python -m bench.bench_anonymizer --timing` runs only these)."""
    import desktop.core.privacy  # noqa: F401  (import cost is part of app start, not measured here)

    notes = short_notes(CLI_NOTES)
    size = sum(len(t.encode()) for t in notes) / 1e6
    cli = cli_throughput(notes, runs=3 if quick else 5)
    bulk = build_bulk(1_000_000 if quick else 5_000_000)
    mbps = throughput(bulk, runs=1 if quick else 5)
    from desktop.core.privacy import detect

    note = typing_note(build_corpus())
    latency = ms(time_calls(lambda: detect(note), runs=20 if quick else 100, warmup=3))
    return [
        Result("anonymize --jsonl on short notes, whole process (wall)", "MB/s",
               cli["default"][0], target=2.0, goal="min",
               note=f"{len(notes)} notes of 300–400 characters, {size:.2f} MB; "
                    f"shared out over {os.cpu_count()} cores"),
        Result("the same in one process (--jobs 1, wall)", "MB/s", cli["one process"][0],
               note="alternating with the runs above"),
        Result("anonymize --jsonl on short notes, whole process (CPU)", "MB/s",
               cli["default"][1],
               note="user + system time of the process and its children: the work, whatever "
                    "the machine's load"),
        Result("the same in one process (--jobs 1, CPU)", "MB/s", cli["one process"][1]),
        Result("anonymize --jsonl on short notes, CPU of the longest process", "MB/s",
               cli["default"][2],
               note="the first process alone (start, word data, its share, output); its forks "
                    "work beside it: the wall figure on idle cores"),
        Result("anonymiser in-process throughput", "MB/s", mbps,
               note=f"{sum(len(t.encode()) for t in bulk) / 1e6:.1f} MB in {len(bulk)} notes"),
        Result("anonymiser: detect() on a 2,000-character note (typing)", "ms", latency,
               target=5.0, goal="max"),
        Result("anonymiser: first detect() in a fresh process (word data loaded)", "ms",
               first_use_ms(1 if quick else 5)),
    ]


def _mimesis_results(quick: bool) -> list[Result]:
    """Names from Mimesis's person lists in sentence shapes of their own
    (bench/privacy_mimesis.py), when Mimesis is importable: development data, no target."""
    from bench.privacy_mimesis import mimesis_available, mimesis_notes

    if not mimesis_available():
        return []

    ev = evaluate(mimesis_notes(500 if quick else 2000))
    return [Result("anonymiser: names from Mimesis's lists, own sentence shapes", "ratio",
                   [ev.found["person"] / ev.items["person"]],
                   note=f"{ev.found['person']}/{ev.items['person']}; meaning words kept "
                        f"{ev.meaning_kept}/{ev.meaning_total}")]


def _faker_results(quick: bool) -> list[Result]:
    """Names from Faker's person lists (bench/privacy_faker.py), when Faker is importable: a
    source the rules were not written from. A developer's check, so no target."""
    import importlib.util

    if importlib.util.find_spec("faker") is None:
        return []
    from bench.privacy_faker import faker_notes

    ev = evaluate(faker_notes(500 if quick else 2000))
    return [Result("anonymiser: names from Faker's lists (another source)", "ratio",
                   [ev.found["person"] / ev.items["person"]],
                   note=f"{ev.found['person']}/{ev.items['person']}; meaning words kept "
                        f"{ev.meaning_kept}/{ev.meaning_total}")]


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


def _report(title: str, ev: Evaluation, details: bool) -> None:
    print(f"\n== {title} ==")
    print(_table(ev))
    print(f"Bedeutungstragende Wörter behalten: {ev.meaning_kept}/{ev.meaning_total} "
          f"= {ev.retention:.2%}")
    print(f"Fundstellen ohne Gegenstück im Korpus: {ev.false_positives} von {ev.findings}; "
          f"Notizen ohne personenbezogene Daten mit Fundstelle: "
          f"{ev.clean_notes_with_findings}/{ev.clean_notes}")
    if details:
        print("\nNicht gefunden:")
        for kind, text, context in ev.misses:
            print(f"  {kind:<14} {text!r:<30} … {context!r}")
        print("\nVerlorene Wörter:", ev.lost_words.most_common(30))
        print("Fundstellen ohne Gegenstück:", ev.spurious.most_common(30))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    quick, verbose = "--quick" in args, "--verbose" in args
    if "--timing" in args:
        _print_results(timing_results(quick))
        return 0
    tuning, test = build_corpus2()
    _report("Projektkorpus (bench/privacy_corpus.py, 400 Notizen)", evaluate(build_corpus()),
            verbose)
    _report(f"Zweites Korpus, Tuning-Teil ({len(tuning)} Notizen)", evaluate(tuning), verbose)
    _report(f"Zweites Korpus, unberührter Testteil ({len(test)} Notizen)", evaluate(test),
            "--test-part" in args)
    _print_results(timing_results(quick) + _faker_results(quick) + _mimesis_results(quick))
    return 0


def _print_results(results: list[Result]) -> None:
    print()
    for result in results:
        target = "" if result.target is None else \
            f" (Ziel {'≥' if result.goal == 'min' else '≤'} {result.target})"
        print(f"{result.name}: Median {statistics.median(result.samples):.2f} {result.unit}"
              f"{target} {result.note}")


if __name__ == "__main__":
    raise SystemExit(main())

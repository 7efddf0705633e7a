"""Per-kind recall on the development sets only, for work on the name judgement.

Never the second corpus's untouched test part (`bench.bench_anonymizer` evaluates it by
default; this does not). Sets: the project corpus (bench/privacy_corpus.py), the second
corpus's tuning part, and with Mimesis importable the development half of
bench/privacy_mimesis2.py; `--held` adds that set's held half, aggregate only. `--lower` reads
every note typed in lower case instead (quick notes without capitals; notes whose lower case
changes their length are left out), with Faker2's development half (bench/privacy_faker2.py)
when Faker is importable too.

    PYTHONPATH=/tmp/mimesis python -m bench.privacy_dev [--held]
    PYTHONPATH=/tmp/mimesis:/tmp/faker python -m bench.privacy_dev --lower
"""

from __future__ import annotations

import collections
import sys


def _line(label: str, ev) -> str:  # noqa: ANN001  (bench.bench_anonymizer.Evaluation)
    kinds = sorted(k for k in ev.items if ":" not in k)
    per = ", ".join(f"{k} {ev.found[k]}/{ev.items[k]}" for k in kinds)
    person = ev.found["person"] / ev.items["person"] if ev.items["person"] else 1.0
    return (f"{label}: names {person:.2%}; meaning words kept {ev.meaning_kept}/"
            f"{ev.meaning_total} = {ev.retention:.2%}; findings without counterpart "
            f"{ev.false_positives}\n  {per}")


def lowered(notes: list) -> list:  # noqa: ANN001  (bench.privacy_corpus.Note)
    """The notes typed in lower case; the labels stay where they were."""
    from dataclasses import replace

    return [replace(n, text=n.text.lower()) for n in notes if len(n.text.lower()) == len(n.text)]


def main(argv: list[str] | None = None) -> int:
    from bench.bench_anonymizer import evaluate as evaluate_as_typed
    from bench.privacy_corpus import build_corpus
    from bench.privacy_corpus2 import build_corpus2

    args = sys.argv[1:] if argv is None else argv
    lower = "--lower" in args
    if lower:
        print("every note typed in lower case:")

    def evaluate(notes):  # noqa: ANN001, ANN202
        return evaluate_as_typed(lowered(notes) if lower else notes)

    if lower:
        from importlib import util

        from bench.privacy_faker import faker_notes

        if util.find_spec("faker") is not None:
            from bench.privacy_faker2 import notes as faker2_notes

            print(_line("faker", evaluate(faker_notes())), flush=True)
            print(_line("faker2, development half", evaluate(faker2_notes(0))), flush=True)
    print(_line("project corpus", evaluate(build_corpus())), flush=True)
    tuning, _ = build_corpus2()  # the test part is built (the split needs it), never evaluated
    print(_line("2nd corpus, tuning part", evaluate(tuning)), flush=True)
    from bench.privacy_mimesis import mimesis_available

    if not mimesis_available():
        print("Mimesis not importable (PYTHONPATH=/tmp/mimesis): mimesis2 skipped")
        return 0
    from bench.privacy_mimesis2 import notes

    print(_line("mimesis2, development half", evaluate(notes(0))), flush=True)
    if "--held" in args and not lower:
        print(_line("mimesis2, held half (aggregate)", evaluate(notes(1))), flush=True)
    return 0


def print_set(label: str, ev, held: bool) -> None:  # noqa: ANN001  (bench_anonymizer.Evaluation)
    """A development set's figures; with `held`, aggregate only (a held half's misses are never
    printed), else also names by origin, the misses and the meaning words lost."""
    print(f"{label} {'held' if held else 'development'} half: names {ev.found['person']}/"
          f"{ev.items['person']} = {ev.found['person'] / ev.items['person']:.2%}, meaning words "
          f"kept {ev.meaning_kept}/{ev.meaning_total}, findings without a counterpart "
          f"{ev.false_positives}")
    others = {k: (ev.found[k], ev.items[k]) for k in ev.items if ":" not in k and k != "person"}
    print("  other kinds: " + ", ".join(f"{k} {f}/{n}" for k, (f, n) in sorted(others.items())))
    if held:
        return
    per = {k: (ev.found[k], ev.items[k]) for k in ev.items if k.startswith("person:")}
    print("  " + ", ".join(f"{k[7:]} {f}/{n}" for k, (f, n) in sorted(per.items())))
    misses = collections.Counter((kind, text, context) for kind, text, context in ev.misses)
    for (kind, text, context), count in misses.most_common(80):
        print(f"  {count:3} {kind:<12} {text!r:<28} … {context!r}")
    print("Lost words:", ev.lost_words.most_common(30))


if __name__ == "__main__":
    raise SystemExit(main())

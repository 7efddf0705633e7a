"""Per-kind recall on the development sets only, for work on the name judgement.

Never the second corpus's untouched test part (`bench.bench_anonymizer` evaluates it by
default; this does not). Sets: the project corpus (bench/privacy_corpus.py), the second
corpus's tuning part, and with Mimesis importable the development half of
bench/privacy_mimesis2.py; `--held` adds that set's held half, aggregate only.

    PYTHONPATH=/tmp/mimesis python -m bench.privacy_dev [--held]
"""

from __future__ import annotations

import sys


def _line(label: str, ev) -> str:  # noqa: ANN001  (bench.bench_anonymizer.Evaluation)
    kinds = sorted(k for k in ev.items if ":" not in k)
    per = ", ".join(f"{k} {ev.found[k]}/{ev.items[k]}" for k in kinds)
    person = ev.found["person"] / ev.items["person"] if ev.items["person"] else 1.0
    return (f"{label}: names {person:.2%}; meaning words kept {ev.meaning_kept}/"
            f"{ev.meaning_total} = {ev.retention:.2%}; findings without counterpart "
            f"{ev.false_positives}\n  {per}")


def main(argv: list[str] | None = None) -> int:
    from bench.bench_anonymizer import evaluate
    from bench.privacy_corpus import build_corpus
    from bench.privacy_corpus2 import build_corpus2

    args = sys.argv[1:] if argv is None else argv
    print(_line("project corpus", evaluate(build_corpus())), flush=True)
    tuning, _ = build_corpus2()  # the test part is built (the split needs it), never evaluated
    print(_line("2nd corpus, tuning part", evaluate(tuning)), flush=True)
    from bench.privacy_mimesis import mimesis_available

    if not mimesis_available():
        print("Mimesis not importable (PYTHONPATH=/tmp/mimesis): mimesis2 skipped")
        return 0
    from bench.privacy_mimesis2 import notes

    print(_line("mimesis2, development half", evaluate(notes(0))), flush=True)
    if "--held" in args:
        print(_line("mimesis2, held half (aggregate)", evaluate(notes(1))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

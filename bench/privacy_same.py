"""Does the anonymiser of the working tree give the same output as at another revision?

For speed work on desktop/core/privacy: the rewritten code must find exactly what the old one
found. Both trees anonymise the same development notes in their own process and the outputs are
compared note by note (anonymised text, findings with offsets and kinds, placeholders).

The notes are development data only, never the second corpus's untouched test part: the
project corpus (bench/privacy_corpus.py), the second corpus's tuning part, the tuning sets of
bench/privacy_tuning.py, 1 MB of bulk notes, short notes, the hand-written corpora's halves A
(the third to the eleventh, the fourteenth and fifteenth; never a half B), and with Mimesis
importable (`PYTHONPATH=/tmp/mimesis`) the notes of bench/privacy_mimesis.py; each also in lower
case (quick notes typed without capitals), with its lines joined and broken differently, and
anonymised a second time (placeholders in the input).

    python -m bench.privacy_same --against REV [--quick] [--show N]   # REV: a commit, e.g. main

Prints the first differences (10, or N) (fine to read: development data) and exits 1 if there are any.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def development_texts(quick: bool = False) -> list[str]:
    """Texts of the development data (no note of the untouched test part), with variants."""
    from bench.privacy_corpus import build_bulk, build_corpus, build_note
    from bench.privacy_corpus2 import build_corpus2
    from bench.privacy_tuning import extra_tuning, partly_listed, validation

    tuning, _ = build_corpus2()
    base = [n.text for n in build_corpus()] + [n.text for n in tuning]
    scale = 5 if quick else 1
    base += [n.text for n in extra_tuning(2500 // scale)]
    base += [n.text for n in validation(1500 // scale)]
    base += [n.text for n in partly_listed(1500 // scale)]
    base += build_bulk(1_000_000 // scale, seed=5)
    from bench.privacy_mimesis import mimesis_available, mimesis_notes

    if mimesis_available():  # names of more origins, when installed

        base += [n.text for n in mimesis_notes(2000 // scale)]
    rng = random.Random(31)
    base += [build_note(rng, with_data=i % 4 != 3).text for i in range(2000 // scale)]
    base += _hand_halves_a()
    out = list(base)
    out += [t.lower() for t in base[::2]]
    # Lines joined and broken elsewhere: sentence starts and clause ends move.
    out += [t.replace("\n", " ").replace(". ", ".\n", 2) for t in base[1::3]]
    # Long texts, as while typing a long reflection.
    out += ["\n\n".join(base[i:i + 6]) for i in range(0, len(base) // 4, 6)]
    return out


def _hand_halves_a() -> list[str]:
    """The hand-written corpora's development halves A (third to eleventh, fourteenth and
    fifteenth corpus): the notes by other hands, where most rules of the later sessions act.
    Halves B are never read, nor the twelfth and thirteenth corpora (untouched)."""
    import importlib

    texts: list[str] = []
    for n in (*range(3, 12), 14, 15):
        module = importlib.import_module(f"bench.privacy_corpus{n}")
        if n == 5:  # its development half carries marked meaning words
            texts += [m.note.text for m in module.build_corpus5()[0]]
        else:
            texts += [note.text for note in getattr(module, f"build_corpus{n}")()[0]]
    return texts


def outputs(texts: list[str]) -> list[str]:
    """One line per text: the anonymised text and its findings, then the same for a second
    pass over the anonymised text (placeholders already there)."""
    from desktop.core.privacy import anonymize

    lines = []
    for text in texts:
        first = anonymize(text)
        second = anonymize(first.text)
        lines.append(json.dumps([
            first.text, [(r.finding.start, r.finding.end, r.finding.kind.value, r.placeholder)
                         for r in first.replacements],
            second.text, [(f.start, f.end, f.kind.value) for f in second.findings],
        ], ensure_ascii=False))
    return lines


def _child(quick: bool) -> None:
    for line in outputs(development_texts(quick)):
        sys.stdout.write(line + "\n")


def _run(tree: Path, quick: bool) -> list[str]:
    # The notes come from this tree's bench/ in both runs; only desktop/ differs.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(tree), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    code = ("import sys; sys.path[:0] = sys.argv[1:3]; from bench.privacy_same import _child; "
            "_child(sys.argv[3] == 'quick')")
    proc = subprocess.run([sys.executable, "-c", code, str(tree), str(ROOT),
                           "quick" if quick else "full"], env=env, capture_output=True,
                          check=False, cwd=tempfile.gettempdir())
    if proc.returncode:
        raise SystemExit(f"Der Lauf mit {tree} schlug fehl:\n"
                         f"{proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    return proc.stdout.decode("utf-8").splitlines()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    quick = "--quick" in args
    rev = args[args.index("--against") + 1] if "--against" in args else "HEAD"
    show = int(args[args.index("--show") + 1]) if "--show" in args else 10
    from bench.privacy_mimesis import mimesis_available

    if not mimesis_available():
        print("Mimesis ist nicht importierbar: seine Notizen bleiben weg (mit "
              "PYTHONPATH=/tmp/mimesis kommen sie dazu).", flush=True)
    with tempfile.TemporaryDirectory(prefix="gk-same-") as tmp:
        archive = subprocess.run(["git", "archive", rev, "desktop"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        old = _run(Path(tmp), quick)
    new = _run(ROOT, quick)
    texts = development_texts(quick)
    assert len(old) == len(new) == len(texts)
    differ = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    digest = hashlib.sha256("\n".join(new).encode()).hexdigest()[:16]
    print(f"{len(texts)} texts ({sum(map(len, texts)) / 1e6:.1f} M characters), "
          f"{len(differ)} differ from {rev}; output digest {digest}")
    for i in differ[:show]:
        print(f"\n--- text {i}: {texts[i]!r}\n  {rev}: {old[i]}\n  now: {new[i]}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

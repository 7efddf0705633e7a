"""Leave-one-corpus-out evaluation of the name judgement (judge.py) on the hand-written
development halves, and the training examples bench/train_name_model.py takes from them.

The generated training text (bench/name_model_text.py) is one hand: a small grammar. The
hand-written corpora were written by different hands, closer to real Aktenvermerke, reflections
and chats, and their half A is a development set (bench/privacy_corpus3.py … privacy_corpus8.py
say so). Each capitalised token their name rules leave to the judge becomes an example,
labelled by the corpus's markup (part of a marked person or not), with the features judge.py
computes at run time. Whether examples from some hands carry over to a new hand is measured
here: for each half, a model trained without it (generated text, scenario prose and the other
halves) is measured on it, against the committed model on the same half. Thresholds, source
weights and epochs are chosen by this table, never by an untouched half (the halves B, the
second corpus's test part and the ninth corpus are never read here).

    PYTHONPATH=/tmp/faker python -m bench.name_model_cv [--weight 3] [--found 2] \
        [--threshold 1.5] [--epochs 6] [--l2 1e-3] [--save model.txt]

The defaults are the best candidate of the eleventh session; `--weight 0 --found 0
--threshold 2.5 --l2 1e-5` is the recipe of the model before the fourteenth session, which
trains on the same halves as rules that never saw them read them (bench/name_model_tt.py). Each row
pair: the committed model, then the model trained without that half; "alone" scores every
capitalised token of the half by the model alone (names over the threshold, other words over
it), which says how the judgement carries over where the rules found the names. `--save`
writes the model trained on all halves (not the committed file).
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from bench.privacy_corpus import Note

Example = tuple[list[str], int]
T = TypeVar("T")
# Tokens inside an item of another kind (a town of an address, a bank's code in an IBAN) are
# that finder's, and judge.py takes a place only beside a name: they teach the judge nothing.
SKIP_OTHER = True


def development_halves() -> dict[str, list[Note]]:
    """Half A of the third to eighth corpora (half B is split off unparsed)."""
    from bench import (
        privacy_corpus3,
        privacy_corpus4,
        privacy_corpus5,
        privacy_corpus6,
        privacy_corpus7,
        privacy_corpus8,
    )
    from bench.privacy_corpus3 import parse, read_sources, split

    return {
        "corpus3 A": [parse(s.text) for s in split(read_sources(privacy_corpus3.DATA),
                                                    privacy_corpus3.SEED)[0]],
        "corpus4 A": [m.note for m in privacy_corpus4.development_half()],
        "corpus5 A": [parse(s.text) for s in split(privacy_corpus5.sources(),
                                                    privacy_corpus5.SEED)[0]],
        "corpus6 A": [m.note for m in privacy_corpus6.development_half()],
        "corpus7 A": [m.note for m in privacy_corpus7.development_half()],
        "corpus8 A": [m.note for m in privacy_corpus8.development_half()],
    }


def note_examples(notes: list[Note]) -> tuple[list[Example], list[Example]]:
    """(every capitalised token the rules leave to the judge, every one they found), no form
    of address, role or kept word, in the text detect() reads on its first pass, labelled 1
    where it overlaps a marked person. The found ones teach the model how names stand in
    these hands (as the generated examples do, found or not): a new hand's rules find fewer."""
    from desktop.core.privacy.detector import _masked
    from desktop.core.privacy.judge_features import context_features, word_features
    from desktop.core.privacy.names import find_names
    from desktop.core.privacy.wordclass import KEPT, ROLE, TITLE

    left: list[Example] = []
    found: list[Example] = []
    for note in notes:
        people = [(i.start, i.end) for i in note.items if i.kind == "person"]
        others = [(i.start, i.end) for i in note.items if i.kind != "person"] if SKIP_OTHER \
            else []

        def observe(text: str, toks, cls, is_name, strip, people=people,  # noqa: ANN001
                    others=others) -> None:
            for t, (start, end, word) in enumerate(toks):
                if cls[t] in (TITLE, ROLE, KEPT) or len(word) < 2 or any(
                        s < end and start < e for s, e in others):
                    continue
                label = any(s < end and start < e for s, e in people)
                (found if is_name[t] else left).append(
                    (word_features(word, cls[t], strip[t])
                     + context_features(text, toks, cls, is_name, t), int(label)))

        find_names(_masked(note.text), judge=observe)
    return left, found


def token_figures(model_text: str, data: list[Example]) -> tuple[int, int, int, int]:
    """(names scored at or over the threshold, names, other words so scored, other words):
    the model alone on tokens of a hand it was not trained on."""
    from desktop.core.privacy.judge import parse_model

    model = parse_model(model_text)
    get = model.weights.get
    out = [0, 0, 0, 0]
    for feats, y in data:
        hit = model.bias + sum(get(f, 0.0) for f in feats) >= model.threshold
        out[0 if y else 2] += hit
        out[1 if y else 3] += 1
    return out[0], out[1], out[2], out[3]


def measure(notes: list[Note]) -> tuple[int, int, int, int, int]:
    """(names found, names, meaning words kept, meaning words, findings without counterpart)
    of detect() with the judge in use, as bench/bench_anonymizer.evaluate counts them."""
    from bench.bench_anonymizer import evaluate

    ev = evaluate(notes)
    return (ev.found["person"], ev.items["person"], ev.meaning_kept, ev.meaning_total,
            ev.false_positives)


def prose_added(part: int = 1) -> int:
    """Names the judge adds to the rules' on a half of the scenario prose (wrong ones: the
    scenarios name no client but the few fictional ones the rules find; half 0 is training
    text)."""
    from bench.train_name_model import prose_paragraphs
    from desktop.core.privacy.names import find_names

    added = 0
    for text in prose_paragraphs(part):
        rules = set(find_names(text, judge=lambda *_: None))
        added += len(set(find_names(text)) - rules)
    return added


def using(model_text: str | None, run: Callable[[], T]) -> T:
    """`run()` with judge.py reading the model of `model_text` (the committed file if None)."""
    from desktop.core.privacy import judge

    original = judge.name_model
    if model_text is not None:
        model = judge.parse_model(model_text)
        judge.name_model = lambda: model  # type: ignore[assignment]
    try:
        return run()
    finally:
        judge.name_model = original


def _row(label: str, figures: Sequence[int]) -> str:
    found, names, kept, meaning, alone = figures
    return (f"{label:<10} names {found:>4}/{names:<4} meaning {kept / meaning:7.2%} "
            f"({meaning - kept:>2} lost) without counterpart {alone:>3}")


def cross_validate(weight: int, found_weight: int, threshold: float, epochs: int,
                   l2: float, save: str = "") -> None:
    """The table: per half, the committed model against one trained without that half."""
    from bench.train_name_model import (
        NOTES,
        SEED,
        committed,
        examples,
        model_text,
        prose_examples,
        weighted,
    )

    old_model = committed()
    halves = development_halves()
    base = examples(NOTES, SEED) + prose_examples(0)
    hand = {label: note_examples(notes) for label, notes in halves.items()}
    print(f"generated and prose: {len(base)} examples; hand-written, left to the judge / found "
          "by the rules (names): " + ", ".join(
              f"{k} {len(a)} ({sum(y for _, y in a)}) / {len(b)} ({sum(y for _, y in b)})"
              for k, (a, b) in hand.items()), flush=True)
    totals = {"old": [0] * 5, "new": [0] * 5}
    tokens = {"old": [0] * 4, "new": [0] * 4}
    for held, notes in halves.items():
        rest = weighted([ab for label, ab in hand.items() if label != held], weight,
                        found_weight)
        t0 = time.time()
        text = model_text(base, rest, threshold, epochs, l2=l2)
        old = measure(notes)
        new = using(text, functools.partial(measure, notes))
        every = hand[held][0] + hand[held][1]
        for key, fig, tok in (("old", old, token_figures(old_model, every)),
                              ("new", new, token_figures(text, every))):
            totals[key] = [a + b for a, b in zip(totals[key], fig, strict=True)]
            tokens[key] = [a + b for a, b in zip(tokens[key], tok, strict=True)]
            print(_row(held if key == "old" else "", fig) + f"  alone: names {tok[0]}/{tok[1]}, "
                  f"others {tok[2]}/{tok[3]}  ({'committed' if key == 'old' else 'without it'})")
        print(f"           ({time.time() - t0:.0f} s)", flush=True)
    for key in ("old", "new"):
        t = tokens[key]
        print(_row("all" if key == "old" else "", totals[key])
              + f"  alone: names {t[0]}/{t[1]}, others {t[2]}/{t[3]}")
    full = model_text(base, weighted(list(hand.values()), weight, found_weight), threshold,
                      epochs, l2=l2)
    if save:
        Path(save).write_text(full, encoding="utf-8")
    print("scenario prose, names added (held half, training half): committed "
          f"{prose_added()}, {prose_added(0)}; trained on all halves "
          f"{using(full, prose_added)}, {using(full, lambda: prose_added(0))}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv

    def arg(name: str, default: float) -> float:
        return float(args[args.index(name) + 1]) if name in args else default

    cross_validate(int(arg("--weight", 3)), int(arg("--found", 2)), arg("--threshold", 1.5),
                   int(arg("--epochs", 6)), arg("--l2", 1e-3),
                   args[args.index("--save") + 1] if "--save" in args else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

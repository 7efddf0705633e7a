"""Plain-language checker: time to check 2,000 characters, as it runs while the user types.

The texts are built here from official and plain sentence parts in a seeded random order
(not the test sentences), each cut to 2,000 characters and each different, so no cache helps.
Baseline in the same run: one pass of the word regex over the same text (the least any check
must do). The target is the issue's: ≤ 20 ms per check without the readability figure (that
one runs in the background in the app; its warm time is reported too).

    python -m bench.bench_klartext [--quick]
"""

from __future__ import annotations

import random
import sys
import time

from bench.common import Result

PARTS = (
    "Aufgrund der Nichtvorlage der erforderlichen Nachweise wurde Ihr Antrag abgelehnt.",
    "Sie werden gebeten, die Unterlagen binnen zwei Wochen vorzulegen.",
    "Bringen Sie bitte Ihren Pass mit.",
    "Sie bekommen heute eine Fiktionsbescheinigung, das ist ein Papier für Ihren Arbeitgeber.",
    "Gegen diesen Bescheid kann innerhalb eines Monats Klage erhoben werden.",
    "Die Verlängerung der Gültigkeit ist seitens der Behörde nicht vorgesehen.",
    "Wir prüfen Ihren Antrag und melden uns im März.",
    "Bringen Sie den Mietvertrag mit und füllen Sie das Formular aus.",
    "Das tut mir leid.",
    "Ihre Duldung gilt drei Monate, danach kommen Sie bitte wieder.",
    "Die Mitwirkungspflicht nach § 60b AufenthG obliegt Ihnen.",
    "Sie dürfen weiter arbeiten.",
    "Hinsichtlich der Passbeschaffung sind Nachweise über Ihre Bemühungen beizubringen.",
    "Am 15. Januar ist Ihr Termin um 9 Uhr in Zimmer 204.",
)


def texts(count: int, seed: int = 23) -> list[str]:
    rng = random.Random(seed)
    out = []
    for index in range(count):
        parts = []
        while sum(len(p) + 1 for p in parts) < 2100:
            parts.append(rng.choice(PARTS))
        out.append((" ".join(parts))[:1990] + f" Nr. {index}.")
    return out


def run(quick: bool = False) -> list[Result]:
    from desktop.core.plain.checker import check, phrases
    from desktop.core.plain.readability import warm_up
    from desktop.core.plain.text import WORD

    runs = 7 if quick else 60
    samples: list[float] = []
    baseline: list[float] = []
    with_figure: list[float] = []
    phrases()  # the word list is read once per process, at the first check
    warm_up()
    for text in texts(runs):
        t0 = time.perf_counter()
        WORD.findall(text)
        baseline.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        check(text)
        samples.append((time.perf_counter() - t0) * 1000)
    for text in texts(runs, seed=24):
        t0 = time.perf_counter()
        check(text, readability=True)
        with_figure.append((time.perf_counter() - t0) * 1000)
    return [
        Result("klartext: check 2,000 characters", "ms", samples, target=20.0, goal="max",
               baseline=baseline, baseline_name="one word-regex pass", paired=True,
               note="hints and points, as run while typing"),
        Result("klartext: check + Wiener Sachtextformel (warm)", "ms", with_figure,
               note="the figure runs in the background in the app"),
    ]


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run(quick="--quick" in sys.argv))

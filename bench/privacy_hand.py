"""What the hand-written corpora from the sixth on share: a data file, its note types, a seed
that splits it into two halves, a title, and the same command line.

Each of bench/privacy_corpus6.py … privacy_corpus9.py used to repeat the same four functions
(`sources`, `build_corpusN`, `development_half`, `main`); they now name one `HandCorpus` and
export its methods under the old names, so callers (devfig, the tests, the lead's one-off
measurements) keep working. A corpus whose halves are both untouched (`development=False`)
has no `--misses` and no development half: nothing of it is shown note by note.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from bench.privacy_corpus import Note
from bench.privacy_corpus3 import Source, parse, read_sources, run_corpus, split
from bench.privacy_corpus4 import print_misses
from bench.privacy_corpus5 import Marked, read


@dataclass(frozen=True)
class HandCorpus:
    """One hand-written corpus: its file, note types, split seed and title."""

    data: Path
    types: tuple[str, ...]
    seed: int
    title: str
    development: bool = True  # half A may be read note by note (`--misses`)

    def sources(self, path: Path | None = None) -> list[Source]:
        """The notes of the corpus's data file, in file order."""
        return read_sources(path or self.data, self.types)

    def build(self, path: Path | None = None) -> tuple[list[Note], list[Note]]:
        """(half A, half B), as bench.bench_anonymizer.evaluate takes them."""
        a, b = split(self.sources(path), self.seed)
        return [parse(s.text) for s in a], [parse(s.text) for s in b]

    def development_half(self, path: Path | None = None) -> list[Marked]:
        """Half A alone, with its marked meaning words (half B is split off and never
        parsed)."""
        if not self.development:
            raise ValueError(f"{self.title}: both halves are untouched")
        return [read(s) for s in split(self.sources(path), self.seed)[0]]

    def main(self, argv: list[str] | None = None) -> int:
        """The command line: `--count` (default), `--evaluate` (aggregate figures of both
        halves) and, where half A is a development set, `--misses` (half A only)."""
        misses = ((lambda: print_misses(self.development_half(), self.title))
                  if self.development else None)
        return run_corpus(sys.argv[1:] if argv is None else argv, self.build, self.title,
                          misses)

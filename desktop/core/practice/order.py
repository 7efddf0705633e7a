"""Option ids and the per-session order in which options are shown.

Authors write the helpful answer first more often than not (in the bundled library every one of
the 108 decision nodes did), so showing options in file order lets a learner pass by position.
Every session therefore shows each Auswahl and each dialogue decision in its own order, drawn
from a seed stored with the session: the same order after resume, undo, "Ab hier neu", in the
journal and in exports. An Auswahl marked `(Reihenfolge fest)` keeps the file's order.

Records refer to an option by its id, never by where it was shown. The id is derived from the
option's text (CRC-32, as `scenario_digest` does, without loading OpenSSL): stable when an
author reorders options, and computable for records written before ids existed. Two options
with the same text in one list get `-2`, `-3` … in file order (the linter warns about them).
"""

from __future__ import annotations

import random
import uuid
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Shown(Generic[T]):
    """One option as a session shows it: its id, its index in the file, and the option."""

    id: str
    index: int
    item: T


def new_seed() -> str:
    """A fresh seed for a new session (64 random bits as hex).

    uuid4 draws from os.urandom like `secrets`, without loading hashlib's OpenSSL at start.
    """
    return uuid.uuid4().hex[:16]


def text_id(text: str) -> str:
    """The id an option with this text gets (before duplicate suffixes)."""
    normal = " ".join(text.split())
    return f"{zlib.crc32(normal.encode('utf-8')):08x}"


def option_ids(texts: Iterable[str]) -> tuple[str, ...]:
    """The ids of one list of options, in file order; duplicates get a suffix."""
    seen: dict[str, int] = {}
    ids = []
    for text in texts:
        base = text_id(text)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return tuple(ids)


def shown_order(count: int, seed: str, key: str, fixed: bool = False) -> tuple[int, ...]:
    """File indices of `count` options in the order this session shows them.

    `random.Random` seeded with a string is specified to give the same sequence on every
    platform and Python version (seed version 2 hashes the string with SHA-512), so a session
    stored today shows the same order when it is resumed on another PC next year.
    """
    indices = list(range(count))
    if not fixed and count > 1:
        random.Random(f"{seed}/{key}").shuffle(indices)
    return tuple(indices)


def arranged(items: Sequence[T], texts: Sequence[str], seed: str, key: str,
             fixed: bool = False) -> tuple[Shown[T], ...]:
    """The options of one list as this session shows them, each with its id and file index."""
    ids = option_ids(texts)
    return tuple(Shown(ids[i], i, items[i])
                 for i in shown_order(len(items), seed, key, fixed))


def find(shown: Sequence[Shown[T]], option: int | str) -> Shown[T]:
    """The shown option with this id (str) or file index (int); KeyError if there is none."""
    for entry in shown:
        if (entry.id if isinstance(option, str) else entry.index) == option:
            return entry
    raise KeyError(option)

"""The journal service's vocabulary: its states and what a finished write changed (Qt-free)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.journal import JournalDamaged


class JournalState(enum.Enum):
    OPENING = "opening"
    READY = "ready"
    READ_ONLY = "read-only"
    DAMAGED = "damaged"
    UNAVAILABLE = "unavailable"


class ChangeKind(enum.Enum):
    OPENED = "opened"  # (re)opened or restored: everything may differ
    SESSIONS = "sessions"  # sessions written (saved, finished, resumed)
    DELETED = "deleted"
    TAGS = "tags"
    FEEDBACK = "feedback"
    SHARES = "shares"


@dataclass(frozen=True)
class OpChanges:
    """What a finished write changed, and who made it (`origin`, to ignore one's own echo).
    `session_ids` empty: the sessions are not known one by one."""

    kinds: frozenset[ChangeKind]
    session_ids: frozenset[int] = field(default_factory=frozenset)
    origin: object | None = None

    @property
    def everything(self) -> bool:
        return ChangeKind.OPENED in self.kinds

    def touches(self, *kinds: ChangeKind) -> bool:
        """True if any of `kinds` changed (an opened journal changes everything)."""
        return self.everything or any(kind in self.kinds for kind in kinds)


class JournalUnavailable(Exception):
    """The journal cannot be used in its present state; the message says why (German)."""


Recover = Callable[["JournalDamaged"], bool]  # True: restore the newest good backup
Inform = Callable[[str, str], object]  # (message, consequence); what it returns is unused

"""What an explanation must carry: key points and terms (the exercise format gives them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyPoint:
    """A point that must come across in an explanation; found by the author's key words."""

    text: str
    keywords: tuple[str, ...]
    first: bool = False  # the most important point: it belongs in the first sentence
    line: int = 0


@dataclass(frozen=True)
class Term:
    """A technical term that must be explained if it is used."""

    term: str
    explain: tuple[str, ...] = ()  # words that show it was explained ("Papier", "zeigt")
    line: int = 0

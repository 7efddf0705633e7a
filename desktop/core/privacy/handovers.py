"""Hand-overs written in words, on a line that opens with "Übergabe": who hands over to whom
before the date, and whose cases are handed over. headings.py calls this beside its hand-over
with arrows ("Übergabe Baum → Sturm, 04.12.")."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.wordclass import Lazy

Listed = Callable[[str, list[tuple[int, int, str]], list[int], list[bool], int, int, int], None]

# A hand-over in words on its line: "Übergabe Schreibtisch (Team 3) – Anke an Levent,
# 04.12.2026" (from one colleague to another, then the date), "Übergabe Fälle Bach (Urlaub ab
# Mo):" (whose cases; "Übergabe Fälle Aufenthalt:" names a team, a meaning word).
_FROM_TO = Lazy(r"[–:-] ([A-ZÄÖÜ][^\W\d_]+) an ([A-ZÄÖÜ][^\W\d_]+),? \d{1,2}\.\d{1,2}\.")
_WHOSE_CASES = Lazy(r"Übergabe (?:der )?(?:Fälle|Akten|Vorgänge) ([A-ZÄÖÜ][^\W\d_]+)[ \t]*[(:]")


def handed_over_in_words(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                         is_name: list[bool], listed: Listed) -> None:
    """Mark the colleagues of a hand-over line written in words (the frames above); `listed`
    (headings._listed) decides whether a word there may be a name."""
    at = text.find("Übergabe")
    while at >= 0:
        if at and text[at - 1] not in "\n \t#*":
            at = text.find("Übergabe", at + 1)
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        m = _FROM_TO.search(text, at, end)
        if m is not None:
            listed(text, toks, cls, is_name, m.start(1), m.end(1), 1)
            listed(text, toks, cls, is_name, m.start(2), m.end(2), 1)
        m = _WHOSE_CASES.match(text, at)
        if m is not None:
            listed(text, toks, cls, is_name, m.start(1), m.end(1), 1)
        at = text.find("Übergabe", end)

"""Words, sentences and clauses of a German text, with their offsets into the text.

The checker's hints point at words, so everything here keeps code-point offsets. Sentence ends
are the usual marks, a blank line and a list item; a period after an abbreviation ("z. B.",
"Abs.") or after a day before a month ("15. Januar") does not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_END = re.compile(r"[.!?…]+[\"“”»«’')\]]*(?=\s|$)|\n[ \t]*\n"
                  r"|\n(?=[ \t]*(?:[-*•]|\d{1,2}[.)])\s)")
_CLAUSE = re.compile(r"[,;:()–—]|\s-\s")
ABBREVIATIONS = frozenset({
    "z", "b", "d", "h", "u", "a", "o", "g", "i", "v", "m", "s", "abs", "nr", "bzw", "ggf",
    "usw", "ca", "dr", "fr", "hr", "str", "vgl", "inkl", "evtl", "etc", "tel", "geb", "gem",
    "ziff", "art", "bzgl", "zzgl", "max", "min", "mind", "sog", "jan", "feb", "apr", "aug",
    "sept", "okt", "nov", "dez", "az", "aufenthg", "st",
})
MONTHS = frozenset({
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
})


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]

    @property
    def words(self) -> int:
        return len(self.tokens)


def tokens(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    stop = len(text) if end is None else end
    return tuple(Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, stop))


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text` with their words; blank stretches are skipped."""
    found: list[Sentence] = []
    begin = 0
    for m in _END.finditer(text):
        if m.group()[0] == "." and _not_an_end(text, m.start(), m.end()):
            continue
        _add(text, begin, m.end() if m.group()[0] != "\n" else m.start(), found)
        begin = m.end()
    _add(text, begin, len(text), found)
    return found


def _add(text: str, start: int, end: int, found: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    words = tokens(text, start, end)
    if words:  # from the first word: a list dash or an emoji before it is not marked
        found.append(Sentence(words[0].start, end, words))


def _not_an_end(text: str, dot: int, after: int) -> bool:
    """A period that only closes an abbreviation or an ordinal day."""
    if after - dot > 1:  # "..." or ".)" with more marks: an end
        return False
    before = re.search(r"([^\W_]+)$", text[max(0, dot - 12):dot])
    if before is None:
        return False
    word = before.group(1)
    following = re.match(r"\s+([^\W_]+)", text[after:after + 30])
    if word.isdigit():
        if len(word) <= 2 and following is not None:
            nxt = following.group(1)
            return nxt.casefold() in MONTHS or nxt[0].islower()
        return False
    if word.casefold() in ABBREVIATIONS:
        # "Abs. 4", "z. B. der Pass": an abbreviation unless the text ends there.
        return following is not None
    return False


def clauses(text: str, sentence: Sentence) -> list[tuple[Token, ...]]:
    """The sentence's words grouped by commas, colons, semicolons, brackets and dashes."""
    groups: list[list[Token]] = [[]]
    cursor = sentence.start
    for token in sentence.tokens:
        if _CLAUSE.search(text, cursor, token.start):
            groups.append([])
        groups[-1].append(token)
        cursor = token.end
    return [tuple(g) for g in groups if g]

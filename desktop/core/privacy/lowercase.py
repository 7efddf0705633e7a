"""Names written in lower case ("herr mirzaei rief an", "kundin haoran zhao informiert").

Quick notes are often typed without capitals. A lower-case word is a name when it is no German
word by the data (lexicon.is_word) and
- it follows a form of address or a role ("herr", "frau", "hr.", "kundin", "ktn."), or
- it is a name already found in the same text ("Mahdi … mahdi"), or
- it is a known first name followed by another word that is no German word ("ahmad karimi").
A run of such words after the first one (up to three: "yusuf ibn rashid") belongs to the name.
"""

from __future__ import annotations

import functools
import re

from desktop.core.privacy.lexicon import fold, lexicon

_ADDRESS = frozenset({
    "herr", "herrn", "frau", "hr", "fr", "kunde", "kundin", "klient", "klientin", "ktn", "kd",
    "kdn", "mandant", "mandantin", "antragsteller", "antragstellerin", "familie",
})


@functools.cache
def _token_rx() -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")


def _is_german(lw: str) -> bool:
    lex = lexicon()
    return len(lw) < 3 or lex.is_word(lw) or lex.is_compound(lw)


def _is_function_word(lw: str) -> bool:
    """After "herr" or "kundin" only a frequent non-noun ("hat", "und", "war") or a known
    noun ("termin") ends the name; a rare or compound-like word is taken ("warsame")."""
    lex = lexicon()
    return len(lw) < 2 or lw in lex.words or lex.is_noun(lw) or lex.is_stopword(lw)


def lower_case_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (names found so far, sorted) plus the names written in lower case."""
    lex = lexicon()
    toks = [(m.start(), m.end(), m[0]) for m in _token_rx().finditer(text)]
    found = {fold(w) for s, e in spans for w in text[s:e].split()}
    extra: list[tuple[int, int]] = []
    taken = {s for s, _ in spans}
    n = len(toks)
    i = 0
    while i < n:
        start, end, word = toks[i]
        if not word[0].islower() or start in taken:
            i += 1
            continue
        lw = word.lower()
        prev = toks[i - 1][2].lower() if i else ""
        gap = text[toks[i - 1][1]:start] if i else ""
        cue = prev in _ADDRESS and gap in (" ", ". ", ": ")
        known = fold(lw) in found or (lw in lex.first_names and i + 1 < n)
        german = _is_function_word if cue else _is_german
        if not (cue or known) or german(lw):
            i += 1
            continue
        j = i
        while j + 1 < n and j - i < 3 and text[toks[j][1]:toks[j + 1][0]] == " " \
                and toks[j + 1][2][0].islower() and not german(toks[j + 1][2].lower()):
            j += 1
        if cue or fold(lw) in found or j > i:
            extra.append((start, toks[j][1]))
        i = j + 1
    if not extra:
        return spans
    out = sorted(spans + [e for e in extra if not any(s < e[1] and e[0] < t for s, t in spans)])
    return out

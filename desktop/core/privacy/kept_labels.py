"""Frames of transcripts, forms, letters and reflections that show a word to be no name: the
first word of a speaker's turn ("SB: Haben Sie …"), the printed labels of an identity document
("Given Names:", "Mbiemri / Surname:"), a table's header, a bank field's value, a letter's
subject, paired languages and the author of a reflection model ("Reflexion nach Gibbs", "Glasl
Stufe 5"). kept.kept_tokens asks them where their words are in the note."""

from __future__ import annotations

import bisect

from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import (
    NAMEISH,
    NO_NAME_BEFORE,
    NOT_AFTER_TITLE,
    NOUN,
    PREPOSITIONS,
    ROLE,
    STOP,
    TITLE,
    Lazy,
)

# A speaker's label opening a line of a hearing's transcript: the caseworker ("SB:", "SBin:")
# or the client's initial ("K.:", "H.:"); the turn follows.
TURN = Lazy(r"(?m)^[ \t]*(?:SB|SBin|[A-ZÄÖÜ]\.?)[ \t]*:[ \t]+(?=[A-ZÄÖÜ])")
# Words that open a spoken sentence and never a name: pronouns, articles, prepositions,
# question words and the auxiliary and modal verbs of a question ("Haben Sie …?", "Seit wann
# …?", "In Ihrem Antrag …").
_TURN_OPENERS = NOT_AFTER_TITLE | NO_NAME_BEFORE | PREPOSITIONS | frozenset("""
haben hat hatten hatte sind ist war waren werden wird wurde wurden können kann konnten konnte
müssen muss mussten musste wollen will wollten wollte dürfen darf sollen soll sollten möchten
möchte gibt gab wann wer wen wem was wo woher wohin warum weshalb wieso welche welcher welchen
welches ja nein gut okay dann also jetzt heute gestern morgen""".split())


def speaker_turns(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                  out: list[int]) -> None:
    """The first word of a turn after a speaker's label is the spoken sentence's: a function
    word ("SB: Sie sind …", "SB: Haben Sie …", "SB: Seit wann …") or a noun asked alone
    ("SB: Geburtsdatum?"); a name after the label stays one ("SB: Krause / Vertr.: Vogt")."""
    t = 0
    n = len(toks)
    for m in TURN.finditer(text):
        at = m.end()
        while t < n and toks[t][0] < at:
            t += 1
        if t == n:
            return
        start, end, word = toks[t]
        if start != at:
            continue
        if word.lower() in _TURN_OPENERS or (
                cls[t] in (STOP, NOUN) and text[end:end + 1] == "?"):
            out.append(t)


# The printed labels of identity documents and residence permits in English (ICAO 9303 and
# the bilingual German permits): "Surname:", "Given Names:", "Date of Birth:", "Date of
# Expiry:", "Place of Birth:", "Address:".
_DOCUMENT_LABELS = frozenset("""surname surnames given name names middle last first date birth
expiry issue place address nationality sex authority passport type code holder personal
issuing country of no number permit residence""".split())
# A label at a line's start, before its colon or, in an OCR copy, before a wider gap
# ("Vornamen/Given names  ANDRII").
_LABEL_LINE = Lazy(r"(?m)^[ \t]*([^\n:]{2,60}?)(?::|[ \t]{2})")


def document_labels(text: str, toks: list[tuple[int, int, str]], out: list[int]) -> None:
    """The words of a label before its colon at a line's start, each of the documents' label
    words ("Given Names:", "Date of Birth:"), and the other language's label before "/" and
    such a label ("Mbiemri / Surname:", "Vornamen/Given names  ANDRII")."""
    for m in _LABEL_LINE.finditer(text):
        sides = [side.strip() for side in m[1].split("/")]
        english = [all(w.rstrip(".").lower() in _DOCUMENT_LABELS for w in side.split())
                   and side.strip() != "" for side in sides]
        if not any(english) or len(sides) > 2:
            continue
        if len(sides) == 2 and not english[0] and len(sides[0].split()) > 2:
            continue  # a sentence before the slash, not a label
        out.extend([t for t, tok in enumerate(toks) if m.start(1) <= tok[0] and
                    tok[1] <= m.end(1)])


# Authors of the reflection and conflict models that trainees are taught ("Reflexion nach
# Gibbs", "Glasl Stufe 5", "Watzlawick: Man kann nicht nicht kommunizieren"): rare as surnames
# here, and kept only where no form of address, role or name stands beside them.
THEORISTS = frozenset({"Gibbs", "Glasl", "Watzlawick", "Maslow", "Johari", "Kübler-Ross"})


def theorists(text: str, toks: list[tuple[int, int, str]], cls: list[int],
              out: list[int]) -> None:
    """A model's author alone is the model; "Herr Gibbs" or "Anna Gibbs" is a person, and then
    every mention in the note is."""
    found = [t for t, tok in enumerate(toks) if tok[2] in THEORISTS]
    for t in found:
        start, end, _ = toks[t]
        before = t and text[toks[t - 1][1]:start] in (" ", ". ") and (
            cls[t - 1] in (TITLE, ROLE) or cls[t - 1] in NAMEISH)
        after = t + 1 < len(toks) and toks[t + 1][0] == end + 1 and cls[t + 1] in NAMEISH
        if before or after:
            return  # a person of that name: no mention is kept
    out.extend(found)


# Column labels of a table of persons: a row holding one of them is the table's header.
_COLUMN_LABELS = frozenset({"Name", "Namen", "Vorname", "Vornamen", "Familienname", "Nachname",
                            "Geburtsdatum", "Geburtsname", "Staatsangehörigkeit", "Aktenzeichen"})
_HEADER_ROW = Lazy(r"(?m)^[ \t]*\|?([^\n|]*\|){2,}[^\n|]*$")


def table_headers(text: str, toks: list[tuple[int, int, str]], out: list[int]) -> None:
    """The cells of a table's header row, one of them a column label of persons ("| Lfd |
    Familienname | Vorname | Geb. |"): labels, no names; the rows below are read as ever."""
    for m in _HEADER_ROW.finditer(text):
        row = [t for t, tok in enumerate(toks) if m.start() <= tok[0] and tok[1] <= m.end()]
        cells = [c.strip().rstrip(".") for c in m[0].split("|")]
        if sum(c in _COLUMN_LABELS for c in cells) >= 2:
            out.extend(row)
            return  # one header a table


BANK_LABELS = frozenset({"Kreditinstitut", "Geldinstitut", "Bank", "Bankname"})
# Field labels whose value is a bank ("Kreditinstitut: Caixa Geral de Depósitos").
_BANK_FIELD = Lazy(r"(?m)^[ \t]*(?:Kreditinstitut|Geldinstitut|Bank|Name der Bank|Bankname)"
                   r"[ \t]*:[ \t]*([^\n]+)")


# Points after a criterion of a points table ("Alter (2), …").
POINTS_AFTER = Lazy(r" \(\d\)[,;\n ]")
# Endings of abstract nouns: a letter's subject opening with one is a matter, not a person
# ("Betr.: Erteilung einer AE", "Betreff: Reiseunfähigkeit Zarina Umarova").
_ABSTRACT = ("ung", "heit", "keit", "schaft", "ion", "tät", "nis")


def languages_paired(text: str, toks: list[tuple[int, int, str]], out: list[int]) -> None:
    """A language paired with a language is one too: "(Darija/Französisch)",
    "(Arabisch/Darija)", though "Darija" is a first name."""
    lex = lexicon()
    i = text.find("/")
    while i >= 0:
        if not text[i + 1:i + 2].isupper():
            i = text.find("/", i + 1)
            continue
        after = token_at(toks, i + 1)
        if after is not None and after and toks[after - 1][1] == i:
            first, second = toks[after - 1][2], toks[after][2]
            if second.endswith("isch") and lex.is_stopword(second):
                out.append(after - 1)
            elif first.endswith("isch") and lex.is_stopword(first) and lex.is_stopword(second):
                out.append(after)  # "(Arabisch/Darija)"
        i = text.find("/", i + 1)


def subjects_of_a_letter(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                         out: list[int]) -> None:
    """An abstract noun or a long compound opening a letter's subject is its matter, not a
    person ("Betreff: Reiseunfähigkeit …", "Betreff: Zuständigkeitswechsel …")."""
    lex = lexicon()
    for t in [t for t, tok in enumerate(toks[:-1]) if tok[2] == "Betr" or tok[2] == "Betreff"]:
        if text[toks[t][1]:toks[t + 1][0]] not in (".: ", ": ", ". "):
            continue
        nxt = toks[t + 1][2]
        lw = nxt.lower()
        if cls[t + 1] in (STOP, NOUN) and len(lw) >= 7 and (lw.endswith(_ABSTRACT) or (
                len(lw) >= 12 and lex.is_compound(lw))) and \
                not lex.is_name(fold(nxt)):
            out.append(t + 1)  # also a long compound: "Betreff: Zuständigkeitswechsel …"


def bank_names(text: str, toks: list[tuple[int, int, str]], out: list[int]) -> None:
    """The value of a bank field is the bank's name, never a person's."""
    for m in _BANK_FIELD.finditer(text):
        out.extend([t for t, tok in enumerate(toks) if m.start(1) <= tok[0] < m.end(1)])


def token_at(toks: list[tuple[int, int, str]], start: int) -> int | None:
    """The token that starts at `start`, if one does."""
    t = bisect.bisect_left(toks, start, key=lambda tok: tok[0])
    return t if t < len(toks) and toks[t][0] == start else None

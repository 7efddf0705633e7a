"""Colleagues named by their surname alone where an office names whose work a list or a
note is:

- a work list's, a tray's or a stand-in's title (on the note's first line, or a later line
  its word opens) names its keeper beside the office, the team or the month, set off by a
  slash, a comma, a dash or a bracket, or right after the list's word: "WV Heller / Oldenburg
  – nach Eingang sortiert", "WV Bochum / Fröhlich – Dezember", "WV Region Hannover, Team
  32.24-3, Berg – offene Rückrufe", "WV-Liste Koch, Stand 13.11.", "Vorsprachen ohne Termin
  (Strichliste Kurz)", "Wiedervorlage Kranz – offene Fälle", "Postkorb Schenk", "Vertretung
  Krebs bis 18.12.", "Urlaubsvertretung Graf:";
- an office's function written like a title before the surname of whoever holds it:
  "Teamleitung Schäfer nach dem Mitarbeitergespräch", "Sachbearbeitung Herzog";
- the colleague a note is for, where it opens: "Kurzvermerk für Vogel Doppelpunkt bitte
  Rückruf …", "Notiz für Koch: …", "Vermerk für Ritter – bitte …".

Such surnames are often German words too ("Koch", "Berg", "Kurz"), which no rule takes alone;
in these places a list's or a function's holder stands, and a place, a month or a team would
be the only other words there (a place and a month stay, a team is no listed name)."""

from __future__ import annotations

from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.staff_frames import rare_noun
from desktop.core.privacy.wordclass import CALENDAR_WORDS, KEPT, NAMEISH, Lazy

# The list's word opens the title or one of its parts: a work list ("WV …", "WV-Liste …",
# "Strichliste …", "Wiedervorlage …", "Fristenliste …"), a tray or an in-box ("Postkorb …",
# "Posteingang …") or a stand-in's ("Vertretung …", "Urlaubsvertretung …"); the keeper's surname
# is one part of the title between separators, or the word right after the list's word.
_LIST_WORD = (r"(?:WV(?:-Liste)?|Wiedervorlagen?(?:liste)?|[A-ZÄÖÜ][a-zäöüß]*liste"
              r"|[A-ZÄÖÜ][a-zäöüß]*korb|Posteingang|Eingangskorb|Fristen"
              r"|(?:[A-ZÄÖÜ][a-zäöüß]*v|V)ertretung)")
_LIST_TITLE = Lazy(r"(?:^|[\s(])" + _LIST_WORD + r"(?=[ ,:])")
# A heading of such a list opening a later line of the note.
_LIST_LINE = Lazy(r"(?m)^[ \t*#>-]*" + _LIST_WORD + r" ")
_PART = Lazy(r"(?:(?<=^)|(?<= / )|(?<=, )|(?<= – )|(?<=\()|(?<=WV )|(?<=Liste )|(?<=liste )"
             r"|(?<=Wiedervorlage )|(?<=vorlagen )|(?<=korb )|(?<=Posteingang )|(?<=ertretung )|(?<=Fristen ))"
             r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
             r"(?= / |, | – | - |\)|: | \(| bis | ab |$)")
# What the list's word itself is followed by when the keeper comes right after it.
_AFTER_LIST_WORD = ("WV ", "Liste ", "liste ", "Wiedervorlage ", "vorlagen ", "korb ",
                    "Posteingang ", "ertretung ", "Fristen ")
# Functions of an office written like a title before their holder's surname.
_FUNCTIONS = Lazy(r"(?:Teamleitung|Sachgebietsleitung|Abteilungsleitung|Amtsleitung"
                  r"|Fachbereichsleitung|Sachbearbeitung) ([A-ZÄÖÜ][a-zäöüß]+)(?=[ ,:;.)\n]|$)")


def list_keepers(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                 is_name: list[bool]) -> None:
    """Mark the keeper's surname in a work list's title (see the module's docstring): on the
    note's first line, or on a later line the list's word opens; a listed name, also one that
    is a word, that is no place and no month or day; right after the list's word also a rare
    German noun no list has ("Strichliste Meister", "Wiedervorlage Kranz –")."""
    if "\n" not in text:
        if _LIST_LINE.match(text) is None:
            return  # one line: a title only where the list's word opens it (one anchored match)
    elif "WV" not in text and "iste" not in text and "orlage" not in text and \
            "ertretung" not in text and "korb" not in text and "eingang" not in text:
        return  # (six substring tests: no list's word in most notes)
    heads: list[tuple[int, int]] = []
    end = text.find("\n", 0, 160)
    if end >= 0 and _LIST_TITLE.search(text, 0, end) is not None:
        heads.append((0, end))
    for m in _LIST_LINE.finditer(text):
        if m.start() == 0 and heads:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - m.start() <= 160:
            heads.append((m.start(), line_end))
    if not heads:
        return  # a title is a short line above the list
    lex = lexicon()
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for begin, stop in heads:
        for m in _PART.finditer(text[begin:stop]):
            t = starts.get(begin + m.start(1))
            if t is None or is_name[t] or toks[t][1] != begin + m.end(1):
                continue
            lw = m[1].lower()
            if lw in CALENDAR_WORDS or lex.is_place(lw) and not lex.is_name(fold(lw)):
                continue
            if cls[t] in NAMEISH or text.endswith(_AFTER_LIST_WORD, 0, toks[t][0]) and \
                    rare_noun(toks[t][2], cls[t]):
                is_name[t] = True


def function_holders(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                     is_name: list[bool]) -> None:
    """Mark the surname after an office's function written like a title ("Teamleitung
    Schäfer"): a listed name that is no place and no meaning word ("Teamleitung Einbürgerung"
    names a team)."""
    lex = lexicon()
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for m in _FUNCTIONS.finditer(text):
        t = starts.get(m.start(1))
        if t is None or is_name[t] or cls[t] not in NAMEISH or cls[t] == KEPT:
            continue
        lw = m[1].lower()
        if lex.is_place(lw) or lex.is_meaning_word(lw) or lw in lex.common_words:
            continue
        is_name[t] = True


# The colleague a note is written for, at its start or a line's: "Notiz für Koch:",
# "Kurzvermerk für Vogel Doppelpunkt" (dictated), "Vermerk für Ritter – bitte …".
# (NOTE_WORDS: what a one-line note opens with where it is for someone, a test before the
# pattern)
NOTE_WORDS = ("Kurzvermerk", "Vermerk", "Aktenvermerk", "Notiz", "Kurznotiz", "Telefonnotiz")
_NOTE_FOR = Lazy(r"(?:^|\n)[ \t]*(?:" + "|".join(NOTE_WORDS) + r")"
                 r" für ([A-ZÄÖÜ][a-zäöüß]+)(?::| Doppelpunkt\b| [–-] |,)")


def note_addressees(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool]) -> None:
    """Mark the colleague a note is for (see _NOTE_FOR): a listed name, also one that is a
    word; "Notiz für Montag:" names a day, "Vermerk für Akte:" no person."""
    lex = lexicon()
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for m in _NOTE_FOR.finditer(text):
        t = starts.get(m.start(1))
        if t is None or is_name[t] or m[1].lower() in CALENDAR_WORDS or \
                lex.is_place(m[1].lower()):
            continue
        if cls[t] in NAMEISH or rare_noun(m[1], cls[t]):
            is_name[t] = True

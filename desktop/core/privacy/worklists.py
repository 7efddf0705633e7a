"""Colleagues named by their surname alone where an office names whose work a list or a
note is:

- a work list's title on the note's first line names its keeper beside the office, the team
  or the month, set off by a slash, a comma, a dash or a bracket: "WV Heller / Oldenburg – nach
  Eingang sortiert", "WV Bochum / Fröhlich – Dezember", "WV Region Hannover, Team 32.24-3,
  Berg – offene Rückrufe", "WV-Liste Koch, Stand 13.11.", "Vorsprachen ohne Termin
  (Strichliste Kurz)";
- an office's function written like a title before the surname of whoever holds it:
  "Teamleitung Schäfer nach dem Mitarbeitergespräch", "Sachbearbeitung Herzog";
- the colleague a note is for, where it opens: "Kurzvermerk für Vogel Doppelpunkt bitte
  Rückruf …", "Notiz für Koch: …".

Such surnames are often German words too ("Koch", "Berg", "Kurz"), which no rule takes alone;
in these places a list's or a function's holder stands, and a place, a month or a team would
be the only other words there (a place and a month stay, a team is no listed name)."""

from __future__ import annotations

from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import KEPT, NAMEISH, Lazy

# The list's word opens the title or one of its parts ("WV …", "WV-Liste …", "Strichliste …",
# "Wiedervorlagen …"), and the keeper's surname is one part of the title between separators.
_LIST_TITLE = Lazy(r"(?:^|[\s(])(?:WV(?:-Liste)?|Wiedervorlagen?(?:liste)?|[A-ZÄÖÜ][a-zäöüß]*liste)"
                   r"(?=[ ,])")
_PART = Lazy(r"(?:(?<=^)|(?<= / )|(?<=, )|(?<= – )|(?<=\()|(?<=WV )|(?<=Liste )|(?<=liste ))"
             r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?= / |, | – | - |\)|$)")
_MONTHS_AND_DAYS = frozenset("""januar februar märz april mai juni juli august september oktober
november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag""".split())
# Functions of an office written like a title before their holder's surname.
_FUNCTIONS = Lazy(r"(?:Teamleitung|Sachgebietsleitung|Abteilungsleitung|Amtsleitung"
                  r"|Fachbereichsleitung|Sachbearbeitung) ([A-ZÄÖÜ][a-zäöüß]+)(?=[ ,:;.)\n]|$)")


def list_keepers(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                 is_name: list[bool]) -> None:
    """Mark the keeper's surname in a work list's title on the note's first line (see the
    module's docstring): a listed name, also one that is a word, that is no place and no
    month or day."""
    end = text.find("\n", 0, 160)
    if end < 0:
        return  # a title is a short line above the list
    if text.find("WV", 0, end) < 0 and text.find("iste", 0, end) < 0 and \
            text.find("Wiedervorlage", 0, end) < 0:
        return
    head = text[:end]
    if _LIST_TITLE.search(head) is None:
        return
    lex = lexicon()
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for m in _PART.finditer(head):
        t = starts.get(m.start(1))
        if t is None or is_name[t] or cls[t] not in NAMEISH or toks[t][1] != m.end(1):
            continue
        lw = m[1].lower()
        if lw in _MONTHS_AND_DAYS or lex.is_place(lw) and not lex.is_name(fold(lw)):
            continue
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
# "Kurzvermerk für Vogel Doppelpunkt" (dictated).
_NOTE_FOR = Lazy(r"(?:^|\n)[ \t]*(?:Kurzvermerk|Vermerk|Aktenvermerk|Notiz|Kurznotiz|Telefonnotiz)"
                 r" für ([A-ZÄÖÜ][a-zäöüß]+)(?::| Doppelpunkt\b)")


def note_addressees(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                    is_name: list[bool]) -> None:
    """Mark the colleague a note is for (see _NOTE_FOR): a listed name, also one that is a
    word; "Notiz für Montag:" names a day, "Vermerk für Akte:" no person."""
    lex = lexicon()
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for m in _NOTE_FOR.finditer(text):
        t = starts.get(m.start(1))
        if t is None or is_name[t] or cls[t] not in NAMEISH or \
                m[1].lower() in _MONTHS_AND_DAYS or lex.is_place(m[1].lower()):
            continue
        is_name[t] = True

"""A table's name columns: a note copied from a list or a spreadsheet says once, in its header
row ("Nr;Name;Vorname;Staatsang.", "| Familienname | Vorname |", "Name;geb.;Bearbeiter/in"),
which columns hold people, and the rows below give the names without a cue of their own. There
a surname that is also a word ("Koch", "Gurung") is the person all the same: a column headed
"Name" lists no cooks. The twin of birth_table.py for names (documents.py adds the cells)."""

from __future__ import annotations

from desktop.core.privacy.lexicon import fold, lexicon
from desktop.core.privacy.wordclass import Lazy

# A header cell naming people ("Name", "Vorname(n)", "Name, Vorname", "Bearbeiter/in", "SB").
_NAME_HEADER = Lazy(
    r"[ \t]*(?i:(?:familien|nach|vor|geburts|ruf)?namen?(?:, ?vorname| ?/ ?vorname)?"
    r"|vornamen?|surname|given names?|first names?|last name|full name"
    r"|(?:sach)?bearbeiter(?:in|/in|\*in|:in)?|sb|zuständig(?:e|e/r)?|dolmetscher(?:in|/in)?"
    r"|kund(?:e|in|e/in)|klient(?:in|/in)?|antragsteller(?:in|/in)?|person)[ \t]*")
# A cell that holds a name: capitalised words or particles, perhaps inverted with a comma, and
# a bracketed comment after it ("Marlene Sommer (dt., VE-Geberin)").
_NAME_CELL = Lazy(r"[ \t]*((?:(?:[A-ZÄÖÜ\u00c0-\u024f][^\W\d_]*(?:['’-][^\W\d_]+)*"
                  r"|de|da|dos|del|la|los|van|der|den|von|bin|binti|al|el|ter|ten|dela)"
                  r",?(?: |(?=[ \t]*(?:\(|$)))){1,5})[ \t]*(?:\([^()]*\))?[ \t]*")


def name_cells(text: str, headers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names in a table's name columns: below a header row whose cells (split by ";", "|"
    or a tab) name people, the cell of such a column in each row with as many cells, up to a
    line that has none; a cell that starts with a German word no list holds as a name ("offen",
    "Team Nord") is none. The
    header rows go to `headers`: their words are labels ("| Lfd | Familienname |")."""
    cells: list[tuple[int, int]] = []
    columns: list[int] = []
    width, sep, pos = 0, "", 0
    words = lexicon()
    for line in text.split("\n"):
        if columns and line.count(sep) == width:
            parts = line.split(sep)
            for column in columns:
                start = pos + sum(len(p) + 1 for p in parts[:column])
                m = _NAME_CELL.fullmatch(parts[column])
                if m is None:
                    continue
                name = m[1].rstrip(" ,")
                first = name.split()[0].rstrip(",")
                if words.is_word(first.lower()) and not words.is_name(fold(first)):
                    continue  # "Offen", "Team Süd": a word, no name
                cells.append((start + m.start(1), start + m.start(1) + len(name)))
        else:
            columns = []
            for sep in ";|\t":
                parts = line.split(sep)
                # two columns too where both headers are short ("Name | Geb.")
                if len(parts) > 2 or len(parts) == 2 and all(
                        0 < len(p.split()) <= 3 for p in parts):
                    columns = [i for i, p in enumerate(parts) if _NAME_HEADER.fullmatch(p)]
                    if columns:
                        width = len(parts) - 1
                        headers.append((pos, pos + len(line)))
                        break
        pos += len(line) + 1
    return cells

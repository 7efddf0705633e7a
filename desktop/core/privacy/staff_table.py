"""A table's column of people: a note copied from a list or a spreadsheet names, in its header
row, the column that holds whoever works on a case ("Name;geb.;Pass/Dokument;Bearbeiter/in",
"| Az. | Name | SB |"), and the rows below give surnames alone, often German words too
("Koch", "Vogel"), without any other cue. A cell of that column that is one or two
capitalised words names a person."""

from __future__ import annotations

from desktop.core.privacy.wordclass import CANDIDATE, KEPT, Lazy

# Header cells of columns that hold people (compared without surrounding spaces).
_PEOPLE_HEADER = Lazy(r"(?i:bearbeiter(?:/in|in|\*in|:in)?|sachbearbeiter(?:/in|in)?|sb|zuständig"
                      r"|zuständige?/?r?|verantwortlich|dolmetscher(?:/in|in)?|vertretung"
                      r"|mitarbeiter(?:/in|in)?|team ?mitglied|kolleg(?:e|in|e/in))")
# Substrings of those headers as they are usually written, for a cheap test first.
_HEADER_MARKS = ("earbeiter", "SB", "uständig", "olmetscher", "itarbeiter", "ertretung",
                 "erantwortlich", "olleg", "EARBEITER", "Sb")
# A cell's words: one or two capitalised words, perhaps a double-barrelled surname.
_CELL = Lazy(r"[ \t]*[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?(?: [A-ZÄÖÜ][^\W\d_]+)?[ \t]*")


def staff_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table's people column (see the module's docstring): below a header row
    whose cells (split by ";", "|" or a tab) name one, the cell of that column in each row
    with as many cells, up to a line that has none."""
    cells: list[tuple[int, int]] = []
    if not any(mark in text for mark in _HEADER_MARKS):
        return cells  # (most notes with a semicolon or a bar have no such table: one test)
    column, width, sep, pos = -1, 0, "", 0
    for line in text.split("\n"):
        if column >= 0 and line.count(sep) == width:
            parts = line.split(sep)
            start = pos + sum(len(p) + 1 for p in parts[:column])
            if _CELL.fullmatch(parts[column]) is not None:
                cells.append((start, start + len(parts[column])))
        else:
            column = -1
            for sep in ";|\t":
                if sep not in line:
                    continue
                parts = line.split(sep)
                found = [i for i, p in enumerate(parts) if _PEOPLE_HEADER.fullmatch(p.strip())]
                if len(parts) > 2 and found:
                    column, width = found[0], len(parts) - 1
                    break
        pos += len(line) + 1
    return cells


def names_in_staff_columns(text: str, toks: list[tuple[int, int, str]], cls: list[int],
                           is_name: list[bool]) -> None:
    """Mark the words of each cell of a people column that may be a name by the data (a
    listed name, also one that is a word, or an unknown word), not written in capitals."""
    cells = staff_cells(text)
    if not cells:
        return
    starts = {tok[0]: i for i, tok in enumerate(toks)}
    for start, end in cells:
        cell = text[start:end]
        t = starts.get(start + len(cell) - len(cell.lstrip(" \t")))
        while t is not None and t < len(toks) and toks[t][1] <= end:
            if cls[t] in CANDIDATE and cls[t] != KEPT and not toks[t][2].isupper():
                is_name[t] = True
            t += 1

"""A table's birth-date column: a note copied from a list or a spreadsheet names the birth date
once, in its header row ("Name;Vorname;Geb.;Nationalität;AZR"), and the rows below give the
dates without a cue of their own. The dates in that column are birth dates (patterns._BirthCues).
"""

from __future__ import annotations

import re

# A table's header cell naming the birth date ("Name;Vorname;Geb.;Nationalität", "| geb. am |").
_BIRTH_HEADER = re.compile(r"[ \t]*(?i:geb\.?(?:[ -]?dat(?:um|\.)?| am)?|geburtsdatum|geboren(?: am)?"
                           r"|dob|date of birth)[ \t]*")


def birth_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table's birth-date column: below a header row whose cells (split by ";",
    "|" or a tab) name one a birth date, the cell of that column in each row with as many
    cells, up to a line that has none."""
    cells: list[tuple[int, int]] = []
    column, width, sep, pos = -1, 0, "", 0
    for line in text.split("\n"):
        if column >= 0 and line.count(sep) == width:
            parts = line.split(sep)
            start = pos + sum(len(p) + 1 for p in parts[:column])
            cells.append((start, start + len(parts[column])))
        else:
            column = -1
            for sep in ";|\t":
                parts = line.split(sep)
                found = [i for i, p in enumerate(parts) if _BIRTH_HEADER.fullmatch(p)]
                if len(parts) > 2 and found:
                    column, width = found[0], len(parts) - 1
                    break
        pos += len(line) + 1
    return cells

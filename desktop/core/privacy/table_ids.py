"""A table's identifier columns: a note copied from a list or a spreadsheet names the kind once,
in its header row ("Name;IBAN;Betrag;Az.", "Frist | Az. | Name | Was"), and the rows below give
the values without a keyword of their own. A cell of such a column that holds digits is of the
header's kind, whole as written, even where its shape alone would not say so (an IBAN with a
group too many, a file number without an office's code). As birth_table.py reads a birth-date
column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.model import Kind

Candidate = tuple[int, int, Kind, int]

# A header cell naming an identifier's kind, alone in its cell.
_HEADERS = (
    (re.compile(r"(?i:iban)"), Kind.IBAN),
    (re.compile(r"(?i:az\.?|aktenzeichen|gz\.?|geschäftszeichen|kassenzeichen)"), Kind.AKTENZEICHEN),
    (re.compile(r"(?i:pass(?:[ -]?nr\.?|nummer)?|ausweis(?:[ -]?nr\.?|nummer)?|dokument(?:en)?"
                r"(?:[ -]?nr\.?|nummer)?)"), Kind.AUSWEISNUMMER),
    (re.compile(r"(?i:tel\.?|telefon(?:nummer)?|handy|mobil)"), Kind.TELEFON),
)
_WORDS = ("IBAN", "Iban", "Az", "AZ", "Aktenzeichen", "Gz", "zeichen", "Pass", "Ausweis",
          "Dokument", "Tel", "Handy", "Mobil")
_VALUE = re.compile(r"[ \t]*(?P<v>\S(?:.*\S)?)[ \t]*")
_SEPARATORS = (";", "|", "\t")
# No value: words ("abgelaufen 2024", "liegt vor"), a date, a year or a sum.
_WORDY = re.compile("[a-zäöüß]{3}")
_DATE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{2}|[0-9]{4})?|(?:19|20)[0-9]{2}"
                   r"|[0-9.]+,[0-9]{2}(?: ?(?:€|EUR))?")


def table_ids(text: str, priority: int) -> Iterator[Candidate]:
    """The cells of a table's identifier columns: below a header row whose cells (split by
    ";", "|" or a tab) name a kind, the cell of that column in each row with as many cells
    that holds three digits or more (and no word, no date), up to a line that has as many cells
    no more."""
    if not any(map(text.__contains__, _WORDS)):
        return  # (the separators are tested before the call: patterns.FINDERS)
    columns: list[tuple[int, Kind]] = []
    width, sep, pos = 0, "", 0
    for line in text.split("\n"):
        if columns and line.count(sep) == width:
            parts = line.split(sep)
            for column, kind in columns:
                start = pos + sum(len(p) + 1 for p in parts[:column])
                cell = _VALUE.fullmatch(parts[column])
                if cell is not None and sum(map(str.isdigit, cell["v"])) >= 3 and not (
                        _WORDY.search(cell["v"]) or _DATE.fullmatch(cell["v"])):
                    yield start + cell.start("v"), start + cell.end("v"), kind, priority
        else:
            columns = []
            for sep in _SEPARATORS:
                parts = line.split(sep)
                if len(parts) > 2:
                    columns = [(i, kind) for i, part in enumerate(parts)
                               for rx, kind in _HEADERS if rx.fullmatch(part.strip())]
                    if columns:
                        width = len(parts) - 1
                        break
        pos += len(line) + 1

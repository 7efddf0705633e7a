"""Names on copied identity documents, where the layout says what each field holds:
- the machine-readable zone of a passport or card ("P<GHAOPOKU<<KOFI<BOADU<<<<…",
  "AHMED<<HODAN<ABDI<<<<"): the surname before "<<", the given names after it;
- a passport's labelled name fields, in English or beside the country's language ("Surname:
  ASANBEKOVA", "Emri / Given names: ARDIT", "Last Name: DE LOS SANTOS", "Mittelname:
  Villanueva", "(Rufname: Henry)"); the German "Name:"/"Vorname:" are headings.py's;
- a name in Cyrillic letters (cyrillic.py);
- the cells of a table's name columns (name_table.py).
Each is a frame a form or a passport copy sets, whoever types it; names.py adds the spans."""

from __future__ import annotations

from desktop.core.privacy.cyrillic import cyrillic_names, has_cyrillic
from desktop.core.privacy.field_labels import FIELD, PLACE_FIELD, field_labels
from desktop.core.privacy.name_table import name_cells
from desktop.core.privacy.script_names import script_names
from desktop.core.privacy.truecase import merged
from desktop.core.privacy.wordclass import Lazy

# A line of the machine-readable zone that holds the name: capitals and fillers only (the
# other lines carry digits; OCR reads a name's O as 0 now and then: "P<GHA0WUSU<<K0JO"),
# with "<<" between surname and given names. OCR may put a space before the fillers ("AHMED
# <<HODAN<ABDI").
_MRZ_LINE = Lazy(r"(?m)^[ \t]*([A-Z0<][A-Z0< ]*<<[A-Z0< ]*)[ \t]*$")
# The same name line after other words on its line ("MRZ: P<GEOBERIDZE<<NINO<<<<…"): there
# only with its document's code before it and the fillers after it.
_MRZ_INLINE = Lazy(r"(?<![\w<])[PIACV][A-Z<][A-Z<]{3}(([A-Z0]{2,}(?:<[A-Z0]+)*)<<"
                   r"((?:[A-Z0]+<)*[A-Z0]+)?<{3,})")
# The first line of a passport (TD3) or a two-line card (TD2): the document's code, a filler
# or its kind, the issuing state (three letters or fillers), then the name field.
_DOCUMENT_CODE = Lazy(r"[PIACV][A-Z<][A-Z<]{3}")
_MRZ_NAME = Lazy(r"([A-Z0]{2,}(?:<[A-Z0]+)*) ?<<((?:[A-Z0]+<)*[A-Z0]+)?(?:<*)$")

# A field's value: what follows its label on the line, up to a wide gap, a tab, a bracket or
# a semicolon ("Mittelname: Villanueva   Staatsang.: …", "(Rufname: Henry)").
_VALUE = Lazy(r"[ \t]*([^\n\t();]+?)(?=[ \t]{3}|[ \t]*[\n\t);]|[ \t]*$)")
# A word of a name: letters, perhaps with an apostrophe or a hyphen inside; in capitals or
# capitalised, any script.
_NAME_WORD = Lazy(r"[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*")
# Particles a name field may hold in lower case or in capitals ("DE LOS SANTOS", "van der").
_PARTICLES = frozenset({"de", "del", "de la", "la", "los", "las", "da", "das", "do", "dos",
                        "di", "du", "van", "von", "der", "den", "ter", "ten", "bin", "binti",
                        "bint", "ibn", "al", "el", "y", "e"})
# What a name field holds when it names nobody ("Father: Unknown", "Mother: DECEASED").
_NO_NAME = frozenset("""unknown deceased none unbekannt verstorben keine keiner entfällt
inconnu inconnue décédé décédée desconocido desconocida fallecido fallecida sconosciuto
bilinmiyor vefat неизвестно невідомо n/a""".split())

def with_document_names(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`found` and the names a document's layout announces (see the module's docstring),
    overlapping spans joined ("KOFI" and "BOADU" of "KOFI<BOADU" become one)."""
    out: list[tuple[int, int]] = []
    if "<" in text and "<<" in text:  # (one character first: C's memchr, 0.05 µs, not 0.3)
        out += _machine_readable(text)
    if ":" in text:
        labels: list[tuple[int, int]] = []
        out += _labelled(text, labels)
        if labels:  # a label's words are no name ("Emri / Given names:", "Nacionalidad:"),
            # nor is a place's field
            found = [(a, b) for a, b in found if not any(s <= a and b <= e for s, e in labels)]
    if len(text.encode("latin-1", "ignore")) != len(text):  # (as has_cyrillic's first test)
        if has_cyrillic(text):
            out += cyrillic_names(text, found)
        out += script_names(text, found)  # "خانم Jessen", "Sun Xiaotong (孙晓彤)"
    if (";" in text or "|" in text or "\t" in text) and any(
            hint in text for hint in _TABLE_HINTS):
        headers: list[tuple[int, int]] = []
        out += name_cells(text, headers)
        if headers:  # a name table's header row holds labels ("| Lfd | Familienname |")
            found = [(a, b) for a, b in found if not any(s <= a and b <= e for s, e in headers)]
    return merged(found, out) if out else found


# What a table's header row that names people has in it ("Name", "Vorname", "Bearbeiter/in",
# "SB", "Kunde", "Person", "Dolmetscher"): a few plain searches before the table is read.
_TABLE_HINTS = ("ame", "AME", "earbeit", "SB", "ständig", "olmetsch", "Kund", "lient",
                "ntragst", "erson")


def _machine_readable(text: str) -> list[tuple[int, int]]:
    """Surname and given names of the machine-readable zone's name line."""
    out: list[tuple[int, int]] = []
    for line in _MRZ_LINE.finditer(text):
        start = line.start(1)
        field = line[1].rstrip()
        if _DOCUMENT_CODE.match(field) and (field[1] == "<" or len(field) >= 36):
            start, field = start + 5, field[5:]
        m = _MRZ_NAME.match(field)
        if m is None or not (m[2] or field.endswith("<<<<<")):
            continue  # a surname alone only before the zone's fillers: not "WICHTIG<<"
        if sum(c.isalpha() for c in m[1]) < 2:
            continue  # fillers after digits ("0000<<")
        out.append((start + m.start(1), start + m.end(1)))
        if m[2]:
            out.append((start + m.start(2), start + m.end(2)))
    for m in _MRZ_INLINE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] == "\n" or not (
                m[3] or text[m.start() + 1] == "<"):
            continue  # a line's start: read above; "ACHTUNG<<<<<<" is no document's code
        out.append(m.span(2))
        if m[3]:
            out.append(m.span(3))
    return out


def _labelled(text: str, labels: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The value of a name field (field_labels.py) whose every word is a name's: capitalised
    or in capitals, or a particle ("Given names: AIZADA TALANTBEKOVNA", "Apellidos: DE LOS
    SANTOS"); each document label goes to `labels`."""
    out: list[tuple[int, int]] = []
    for start, colon, kind in field_labels(text):
        labels.append((start, colon))
        if kind == FIELD:
            continue
        m = _VALUE.match(text, colon + 1)
        if m is None:
            continue
        if kind == PLACE_FIELD:  # a place's value is no name ("Miejsce urodzenia: Kraków")
            labels.append(m.span(1))
            continue
        words = m[1].replace("/", " ").split()
        if words and all(w.lower() in _NO_NAME for w in words):
            labels.append(m.span(1))  # "Father: Unknown": no name, whatever found it
            continue
        if not words or len(words) > 5 or not all(_name_word(w) for w in words) or \
                all(w.lower() in _PARTICLES for w in words):
            continue
        out.append((m.start(1), m.end(1)))
    return out


def _name_word(word: str) -> bool:
    """A word as a name field holds it: capitalised or in capitals, or a particle."""
    if word.lower() in _PARTICLES:
        return True
    if word.lower() in _NO_NAME:
        return False
    return _NAME_WORD.fullmatch(word) is not None and word[0].isupper() and (
        word.isupper() or word[1:] == word[1:].lower() or "-" in word)

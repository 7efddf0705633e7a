"""The TOML header of scenario and technique files: reading it and checking its keys.

Every problem becomes a finding through a `Reporter`, with the line of the key at fault.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core.scenarios.model import Finding, Person, Severity

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TOML_LINE = re.compile(r"at line (\d+)(?:, column (\d+))?")
PERSON_KEYS = {"key", "name", "role", "description"}
# `key = …` at the start of a header line: a bare key or a "quoted" one.
KEY_LINE = re.compile(r'^\s*(?:"([^"\n]*)"|([A-Za-z0-9_-]+))\s*=')


class Reporter:
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def error(self, line: int, message: str) -> None:
        self.findings.append(Finding(self.path, line, Severity.ERROR, message))

    def warning(self, line: int, message: str) -> None:
        self.findings.append(Finding(self.path, line, Severity.WARNING, message))

    @property
    def failed(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)


@dataclass
class Header:
    values: dict[str, Any]
    first: int  # file line of the opening +++
    raw: list[str]
    # Built once on first use, so that a header with many keys is checked in linear time (a
    # search per key made 20,000 keys take over a minute).
    _keys: dict[str, list[int]] | None = field(default=None, init=False, repr=False,
                                               compare=False)
    _tables: dict[str, list[int]] | None = field(default=None, init=False, repr=False,
                                                 compare=False)

    def _index(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        if self._keys is None or self._tables is None:
            keys: dict[str, list[int]] = {}
            tables: dict[str, list[int]] = {}
            for offset, text in enumerate(self.raw):
                line = self.first + 1 + offset
                m = KEY_LINE.match(text)
                if m:
                    keys.setdefault(m.group(1) or m.group(2), []).append(line)
                    continue
                bare = text.strip().replace(" ", "")
                if bare.startswith("[[") and bare.endswith("]]"):
                    tables.setdefault(bare[2:-2], []).append(line)
            self._keys, self._tables = keys, tables
        return self._keys, self._tables

    def line_of(self, key: str, occurrence: int = 0) -> int:
        """File line where `key = …` stands (the n-th time), else the opening line."""
        lines = self._index()[0].get(key, ())
        return lines[occurrence] if occurrence < len(lines) else self.first

    def table_line(self, name: str, index: int) -> int:
        lines = self._index()[1].get(name, ())
        return lines[index] if index < len(lines) else self.line_of(name)


def read_header(lines: list[str], report: Reporter) -> tuple[Header | None, int]:
    if not lines or lines[0].strip() != "+++":
        report.error(1, "Die Datei muss mit einer Zeile „+++“ beginnen, gefolgt vom Kopf "
                        "(TOML) und einer weiteren Zeile „+++“.")
        return None, 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "+++"), None)
    if end is None:
        report.error(1, "Der Kopf wird nicht geschlossen: Fügen Sie nach den Kopfangaben eine "
                        "Zeile „+++“ ein.")
        return None, 0
    raw = lines[1:end]
    try:
        values = tomllib.loads("\n".join(raw))
    except tomllib.TOMLDecodeError as exc:
        m = TOML_LINE.search(str(exc))
        line = 1 + int(m.group(1)) if m else 1
        detail = str(exc).split(" (at line")[0]
        report.error(line, "Der Kopf ist kein gültiges TOML "
                           f"({detail}). Prüfen Sie Anführungszeichen, Kommas und Klammern.")
        return None, 0
    except RecursionError:
        report.error(2, "Der Kopf ist zu tief verschachtelt (Listen oder Tabellen in Listen "
                        "oder Tabellen). Ein Szenario-Kopf braucht höchstens zwei Ebenen.")
        return None, 0
    except ValueError:  # Python's limit for integers: 4,300 digits
        report.error(2, "Der Kopf enthält eine Zahl mit zu vielen Ziffern (mehr als 4.300), "
                        "die nicht gelesen werden kann. Prüfen Sie die Zahlen im Kopf.")
        return None, 0
    return Header(values, 1, raw), end + 1


def check_common(h: Header, report: Reporter, kind: str, allowed: set[str]) -> None:
    v = h.values
    for key in v:
        if key not in allowed:
            report.warning(h.line_of(key), f"Unbekannter Schlüssel „{key}“ im Kopf wird "
                                           "ignoriert. Prüfen Sie die Schreibweise.")
    if "format" not in v:
        report.error(1, "Im Kopf fehlt „format = 1“.")
    elif not is_int(v["format"]) or v["format"] != 1:
        report.error(h.line_of("format"), f"Unbekannte Formatversion {v['format']!r}: Diese "
                                          "Version der App liest „format = 1“.")
    ident = v.get("id")
    if ident is None:
        report.error(1, "Im Kopf fehlt die Kennung „id“ (z. B. id = \"ablehnung-am-schalter\").")
    elif not isinstance(ident, str) or not SLUG.match(ident) or len(ident) > 60:
        report.error(h.line_of("id"), "Die Kennung „id“ darf nur Kleinbuchstaben a–z, Ziffern "
                                      "und einzelne Bindestriche enthalten (höchstens 60 "
                                      "Zeichen), z. B. „ablehnung-am-schalter“.")
    check_str(h, report, "title", 80, "den Titel")
    check_str(h, report, "summary", 300, "die Kurzbeschreibung")


def check_str(h: Header, report: Reporter, key: str, limit: int, what: str,
               required: bool = True) -> None:
    value = h.values.get(key)
    if value is None:
        if required:
            report.error(1, f"Im Kopf fehlt „{key}“ ({what}).")
        return
    if not isinstance(value, str) or not value.strip():
        report.error(h.line_of(key), f"„{key}“ muss ein nicht leerer Text sein.")
    elif len(value) > limit:
        report.error(h.line_of(key), f"„{key}“ ist {len(value)} Zeichen lang; erlaubt sind "
                                     f"höchstens {limit}. Kürzen Sie {what}.")


def one_of(h: Header, report: Reporter, key: str, allowed: Sequence[str], what: str = "") -> None:
    """A required value from a fixed list (a scenario's `setting`, an exercise's
    `language_level`); `what` says in the message what the value means."""
    value = h.values.get(key)
    if value is None:
        choices = ", ".join(allowed[:-1]) + f" oder {allowed[-1]}"
        report.error(1, f"Im Kopf fehlt „{key}“{what} ({choices}).")
    elif value not in allowed:
        report.error(h.line_of(key), f"Unbekanntes „{key}“ {value!r}: erlaubt sind "
                                     f"{', '.join(allowed)}.")


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def int_in(h: Header, report: Reporter, key: str, low: int, high: int, what: str) -> None:
    value = h.values.get(key)
    if value is None:
        report.error(1, f"Im Kopf fehlt „{key}“ ({what}).")
    elif not is_int(value) or not low <= value <= high:
        report.error(h.line_of(key), f"„{key}“ muss eine ganze Zahl von {low} bis {high} sein "
                                     f"({what}).")


def slug_list(h: Header, report: Reporter, key: str, required: bool) -> tuple[str, ...]:
    value = h.values.get(key)
    if value is None:
        if required:
            report.error(1, f"Im Kopf fehlt „{key}“ (eine Liste, z. B. {key} = [\"…\"]).")
        return ()
    if not isinstance(value, list) or (required and not value):
        report.error(h.line_of(key), f"„{key}“ muss eine Liste mit mindestens einem Eintrag "
                                     "sein.")
        return ()
    good = []
    for item in value:
        if not isinstance(item, str) or not SLUG.match(item):
            report.error(h.line_of(key), f"Ungültiger Eintrag {item!r} in „{key}“: nur "
                                         "Kleinbuchstaben, Ziffern und Bindestriche.")
        else:
            good.append(item)
    return tuple(good)


def read_people(h: Header, report: Reporter) -> tuple[Person, ...]:
    value = h.values.get("people")
    if value is None:
        report.error(1, "Im Kopf fehlt mindestens eine Person ([[people]] mit key, name, role).")
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(p, dict) for p in value):
        report.error(h.line_of("people"), "„people“ muss eine Liste von Tabellen sein: "
                                          "[[people]] mit key, name und role.")
        return ()
    people: list[Person] = []
    keys: set[str] = set()
    for index, entry in enumerate(value):
        line = h.table_line("people", index)
        for extra in entry.keys() - PERSON_KEYS:
            report.warning(line, f"Unbekannter Schlüssel „{extra}“ bei einer Person wird "
                                 "ignoriert.")
        key, name, role = entry.get("key"), entry.get("name"), entry.get("role")
        desc = entry.get("description")
        if not isinstance(key, str) or not SLUG.match(key):
            report.error(line, "Jede Person braucht einen „key“ aus Kleinbuchstaben, Ziffern und "
                               "Bindestrichen, z. B. key = \"kundin\".")
            continue
        if key in keys:
            report.error(line, f"Der Personen-key „{key}“ kommt doppelt vor; jeder key muss "
                               "eindeutig sein.")
        keys.add(key)
        if not isinstance(name, str) or not name.strip():
            report.error(line, f"Person „{key}“: „name“ fehlt (der angezeigte Name).")
            continue
        if not isinstance(role, str) or not role.strip():
            report.error(line, f"Person „{key}“: „role“ fehlt (z. B. \"Kundin\").")
            continue
        if desc is not None and not isinstance(desc, str):
            report.error(line, f"Person „{key}“: „description“ muss ein Text sein.")
            desc = None
        people.append(Person(key, name.strip(), role.strip(), desc))
    return tuple(people)


def read_date(h: Header, report: Reporter, key: str, what: str) -> date | None:
    """An optional TOML date (`rechtsstand = 2026-12-01`); a text or a date with time is an
    error, because a date in quotes would silently never be compared."""
    value = h.values.get(key)
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        report.error(h.line_of(key), f"„{key}“ muss ein Datum ohne Anführungszeichen und ohne "
                                     f"Uhrzeit sein, z. B. {key} = 2026-12-01 ({what}).")
        return None
    return value


@dataclass(frozen=True)
class PracticeFields:
    """The header fields a scenario and an exercise share, read and checked."""

    topics: tuple[str, ...]
    techniques: tuple[str, ...]
    rechtsstand: date | None
    people: tuple[Person, ...]


def practice_fields(h: Header, report: Reporter, minutes_what: str) -> PracticeFields:
    """Check minutes, level and the content note; read topics, techniques, the day of the last
    legal check and the people (scenario-format.md, docs/format-erklaeren.md)."""
    int_in(h, report, "minutes", 1, 60, minutes_what)
    int_in(h, report, "level", 1, 3, "1 Einstieg, 2 Fortgeschritten, 3 Anspruchsvoll")
    topics = slug_list(h, report, "topics", required=True)
    techniques = slug_list(h, report, "techniques", required=False)
    check_str(h, report, "content_note", 1000, "den Inhaltshinweis", required=False)
    rechtsstand = read_date(h, report, "rechtsstand", "der Tag der letzten rechtlichen Prüfung")
    return PracticeFields(topics, techniques, rechtsstand, read_people(h, report))

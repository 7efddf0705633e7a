"""Strict reading and sealing of exchange files (share packages and feedback packages).

An exchange file comes from another PC, so it is read as hostile until proven otherwise, in an
order that never does expensive or risky work first:

1. only a regular file, at most `MAX_FILE_BYTES`: the size is checked before a byte is parsed;
2. strict UTF-8;
3. on the raw text, before any parsing: the number of objects and arrays against the most a
   valid file of the format can hold (derived from its spec), and the nesting depth (strings
   blanked out, then one bracket level removed per pass) against the depth it allows; both
   are C-speed string work, so a 20 MB bracket bomb is refused in a fraction of a second and
   never reaches the JSON parser's recursion;
4. JSON with duplicate keys, NaN and Infinity refused;
5. `format` and `version` first, so that a foreign file gets a message that says what it is;
6. the content hash (`sha256`, over the canonical form below) before the fields are read;
7. every field against the format's declarative spec: exactly the allowed keys per level, the
   types (no floats, no booleans for numbers), lengths, patterns, fixed value lists, dates as
   YYYY-MM-DD; no control characters, no HTML or script markup in any text.

Canonical form: the document without `sha256`, as JSON with sorted keys, no whitespace, UTF-8
(`ensure_ascii=False`), no NaN. The hash finds damage and tampering by anyone who does not
recompute it; it is an integrity check, not a signature (the app has no keys to sign with).

All failures raise `PackageRefused` with a German reason; callers add the file name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.exchange.errors import PackageRefused

MAX_FILE_BYTES = 20 * 1024 * 1024
HASH_FIELD = "sha256"

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
HEX32 = re.compile(r"[0-9a-f]{32}")
HEX64 = re.compile(r"[0-9a-f]{64}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Characters a reader cannot see or that make a text read differently from what it contains:
# C0 controls except tab and line breaks, DEL, C1 controls (U+0085, U+009B …), the soft hyphen,
# the combining grapheme joiner, the Arabic letter mark, the Hangul fillers (letters that draw
# nothing), Mongolian and Khmer invisible marks, zero-width spaces and joiners, the directional
# marks, overrides and isolates, the line and paragraph separators, invisible operators, the
# byte order mark inside a text, interlinear annotations and the tag characters.
CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb"
    "\U000e0000-\U000e007f]")
# Anything a browser or Qt's rich text would take as markup: a tag, a comment, a declaration or
# a processing instruction. The views show every imported text as plain text anyway; refusing
# it here keeps such a file out of the workspace altogether.
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>|<\s*[!?]")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_PAIR = re.compile(r"\[\]|\{\}")


# -- the declarative spec ------------------------------------------------------------------


class Spec:
    """One level of a format: `check` raises PackageRefused; `depth` is its nesting and
    `containers` the most objects and arrays a valid value can hold."""

    depth = 0
    containers = 0

    def check(self, value: Any, where: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def _refuse(where: str, problem: str) -> PackageRefused:
    return PackageRefused(f"Ungültiger Inhalt bei „{where}“: {problem}")


@dataclass(frozen=True)
class Text(Spec):
    """A string; `choices` or `pattern` narrow it; never control characters or markup."""

    max_len: int
    min_len: int = 0
    nullable: bool = False
    pattern: re.Pattern[str] | None = None
    choices: frozenset[str] | None = None

    def check(self, value: Any, where: str) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, str):
            raise _refuse(where, "hier wird ein Text erwartet.")
        if len(value) > self.max_len:
            raise _refuse(where, f"Der Text ist länger als {self.max_len} Zeichen.")
        if len(value) < self.min_len:
            raise _refuse(where, "Der Text ist leer." if self.min_len == 1 else
                          f"Der Text ist kürzer als {self.min_len} Zeichen.")
        found = CONTROL.search(value)
        if found:
            raise _refuse(where, "Der Text enthält ein unsichtbares oder Steuerzeichen "
                                 f"(U+{ord(found.group()):04X}).")
        if MARKUP.search(value):
            raise _refuse(where, "Der Text enthält HTML- oder Skript-Auszeichnungen.")
        if self.pattern is not None and not self.pattern.fullmatch(value):
            raise _refuse(where, "Der Wert hat nicht die erlaubte Form.")
        if self.choices is not None and value not in self.choices:
            raise _refuse(where, f"„{value[:40]}“ ist kein erlaubter Wert.")


@dataclass(frozen=True)
class Integer(Spec):
    low: int
    high: int
    nullable: bool = False

    def check(self, value: Any, where: str) -> None:
        if value is None and self.nullable:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(where, "hier wird eine ganze Zahl erwartet.")
        if not self.low <= value <= self.high:
            raise _refuse(where, f"Die Zahl liegt nicht zwischen {self.low} und {self.high}.")


@dataclass(frozen=True)
class Boolean(Spec):
    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, bool):
            raise _refuse(where, "hier wird true oder false erwartet.")


@dataclass(frozen=True)
class Day(Spec):
    """A calendar day, YYYY-MM-DD: exchange files carry dates only to the day."""

    nullable: bool = False

    def check(self, value: Any, where: str) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            raise _refuse(where, "hier wird ein Datum der Form JJJJ-MM-TT erwartet.")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _refuse(where, f"„{value}“ ist kein gültiges Datum.") from None


@dataclass(frozen=True)
class ListOf(Spec):
    item: Spec
    max_items: int
    min_items: int = 0

    @property
    def depth(self) -> int:  # type: ignore[override]
        return 1 + self.item.depth

    @property
    def containers(self) -> int:  # type: ignore[override]
        return 1 + self.max_items * self.item.containers

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, list):
            raise _refuse(where, "hier wird eine Liste erwartet.")
        if len(value) > self.max_items:
            raise _refuse(where, f"Die Liste hat mehr als {self.max_items} Einträge.")
        if len(value) < self.min_items:
            raise _refuse(where, "Die Liste ist leer.")
        for index, item in enumerate(value):
            self.item.check(item, f"{where}[{index}]")


@dataclass(frozen=True)
class Record(Spec):
    """An object with exactly these fields: none unknown, none missing unless `optional`
    (a field added in a later version that older files do not have yet)."""

    fields: Mapping[str, Spec] = field(default_factory=dict)
    optional: frozenset[str] = frozenset()

    @property
    def depth(self) -> int:  # type: ignore[override]
        return 1 + max((spec.depth for spec in self.fields.values()), default=0)

    @property
    def containers(self) -> int:  # type: ignore[override]
        return 1 + sum(spec.containers for spec in self.fields.values())

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _refuse(where, "hier wird ein Objekt erwartet.")
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            raise _refuse(where, f"unbekanntes Feld „{unknown[0][:40]}“.")
        missing = [name for name in self.fields if name not in value
                   and name not in self.optional]
        if missing:
            raise _refuse(where, f"das Feld „{missing[0]}“ fehlt.")
        for name, spec in self.fields.items():
            if name in value:
                spec.check(value[name], f"{where}.{name}" if where else name)


# -- sealing -------------------------------------------------------------------------------


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """The bytes the content hash is computed over (the document without its hash)."""
    body = {k: v for k, v in document.items() if k != HASH_FIELD}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def content_hash(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


def seal(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document with its content hash as the last field."""
    body = {k: v for k, v in document.items() if k != HASH_FIELD}
    return {**body, HASH_FIELD: content_hash(body)}


def file_bytes(sealed: Mapping[str, Any]) -> bytes:
    """A sealed document as the file's bytes: readable JSON, UTF-8, a final newline."""
    return (json.dumps(sealed, ensure_ascii=False, indent=1, allow_nan=False) + "\n") \
        .encode("utf-8")


# -- reading -------------------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes; refused if it is larger than MAX_FILE_BYTES (before reading)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise PackageRefused(f"Die Datei kann nicht gelesen werden ({exc.strerror or exc}).") \
            from exc
    if not stat.S_ISREG(info.st_mode):
        raise PackageRefused("Das ist keine gewöhnliche Datei.")
    if info.st_size > MAX_FILE_BYTES:
        raise PackageRefused(f"Die Datei ist größer als {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PackageRefused(f"Die Datei kann nicht gelesen werden ({exc.strerror or exc}).") \
            from exc
    if len(raw) > MAX_FILE_BYTES:  # it grew after stat()
        raise PackageRefused(f"Die Datei ist größer als {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    return raw


def too_many_containers(text: str, limit: int) -> bool:
    """True if the JSON text holds more objects and arrays than `limit` (strings not counted).

    Counting is C-speed: the raw count is an upper bound, and only when it exceeds the limit
    are the strings blanked out for the exact count.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    bare = _STRING.sub('""', text)
    return bare.count("[") + bare.count("{") > limit


def too_deep(text: str, limit: int) -> bool:
    """True if the JSON text nests arrays and objects deeper than `limit` (root = 1).

    Strings are blanked out, everything but brackets dropped, then innermost pairs removed one
    level per pass. What cannot be reduced is malformed and left for the JSON parser to
    report, unless it opens more than `limit` levels in a row (a truncated deep nest).
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub('""', text))
    for _ in range(limit):
        if not brackets:
            return False
        reduced = _PAIR.sub("", brackets)
        if reduced == brackets:
            break
        brackets = reduced
    if _PAIR.search(brackets) is not None:
        return True
    return re.search(rf"[\[{{]{{{limit + 1}}}", brackets) is not None


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def parse(raw: bytes, max_depth: int, max_containers: int) -> Any:
    """Bytes → JSON value, refusing bad UTF-8, too many or too deeply nested objects and
    arrays (before the parser sees them), duplicate keys and NaN."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageRefused("Die Datei ist kein UTF-8-Text.") from None
    if not text.strip():
        raise PackageRefused("Die Datei ist leer.")
    if too_many_containers(text, max_containers):
        raise PackageRefused("Die Datei enthält mehr Einträge und Listen, als das Format "
                             "erlaubt.")
    if too_deep(text, max_depth):
        raise PackageRefused(f"Die Datei ist tiefer verschachtelt, als das Format erlaubt "
                             f"(höchstens {max_depth} Ebenen).")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constants)
    except _DuplicateKey as exc:
        raise PackageRefused(f"Das Feld „{str(exc)[:40]}“ kommt in einem Objekt doppelt vor.") \
            from None
    except json.JSONDecodeError as exc:
        raise PackageRefused(f"Die Datei ist kein gültiges JSON (Zeile {exc.lineno}, Spalte "
                             f"{exc.colno}); sie ist vielleicht abgeschnitten oder "
                             "beschädigt.") from None
    except (ValueError, RecursionError):
        raise PackageRefused("Die Datei enthält Werte, die das Format nicht kennt.") from None


@dataclass(frozen=True)
class Format:
    """One exchange format: its name, the version this app reads and writes, its spec."""

    name: str
    version: int
    spec: Record
    label: str  # German, for messages: "eine Freigabedatei"


def check_document(document: Any, fmt: Format, known: tuple[Format, ...] = ()) -> None:
    """Format, version, content hash, then every field (in that order); raises PackageRefused."""
    if not isinstance(document, dict) or "format" not in document:
        raise PackageRefused(f"Das ist keine Datei von Gesprächskompass (erwartet wird "
                             f"{fmt.label}).")
    name = document.get("format")
    if name != fmt.name:
        other = next((f for f in known if f.name == name), None)
        if other is not None:
            raise PackageRefused(f"Das ist {other.label}, nicht {fmt.label}.")
        raise PackageRefused(f"Das ist keine Datei von Gesprächskompass (erwartet wird "
                             f"{fmt.label}).")
    version = document.get("version")
    if version != fmt.version or isinstance(version, bool):
        newer = isinstance(version, int) and not isinstance(version, bool) \
            and version > fmt.version
        hint = (" Sie stammt von einer neueren Version von Gesprächskompass; bitte "
                "aktualisieren Sie diese Installation.") if newer else ""
        raise PackageRefused(f"Die Formatversion {str(version)[:20]!s} wird nicht unterstützt "
                             f"(diese Version liest Version {fmt.version}).{hint}")
    declared = document.get(HASH_FIELD)
    if not isinstance(declared, str) or not HEX64.fullmatch(declared):
        raise PackageRefused("Die Prüfsumme (sha256) fehlt oder hat nicht die richtige Form.")
    try:
        actual = content_hash(document)
    except (TypeError, ValueError):
        raise PackageRefused("Die Datei enthält Werte, die das Format nicht kennt.") from None
    if not hmac.compare_digest(actual, declared):
        raise PackageRefused("Die Prüfsumme stimmt nicht: Die Datei wurde nach dem Erstellen "
                             "verändert oder ist beschädigt.")
    fmt.spec.check(document, "")


def read_document(raw: bytes, fmt: Format, known: tuple[Format, ...] = ()) -> dict[str, Any]:
    """Parse and check a whole document; returns it, or raises PackageRefused."""
    if len(raw) > MAX_FILE_BYTES:
        raise PackageRefused(f"Die Datei ist größer als {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    # Deep enough for every known format, so that a file of the other kind is named as such;
    # the field checks then refuse anything deeper than this format allows.
    formats = (fmt, *known)
    document = parse(raw, max(f.spec.depth for f in formats),
                     max(f.spec.containers for f in formats))
    check_document(document, fmt, known)
    return document


def unique(values: list[str], what: str) -> None:
    """Refuse a list of ids with a repeated value."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise PackageRefused(f"Die {what} „{value}“ kommt in der Datei mehrfach vor.")
        seen.add(value)

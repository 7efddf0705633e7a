"""`journal check|backup|restore|export|stats`: care of the journal from the command line.

For IT and for the user's own scripts (design.md §4). Messages are German; exit 0 on success,
1 on a failure or finding that is explained, 2 on a wrong call. The data folder is the app's
(`GESPRAECHSKOMPASS_HOME` overrides it). `check` only reads: it diagnoses a damaged file
without moving it, which the other commands (like the app) do when they meet one.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.journal import BackupInfo, Journal


def register(sub: argparse._SubParsersAction) -> None:
    journal = sub.add_parser("journal", help="Journal prüfen, sichern, wiederherstellen, "
                                             "exportieren, zählen")
    commands = journal.add_subparsers(dest="journal_command", metavar="AKTION",
                                      parser_class=type(journal), required=True)
    check = commands.add_parser("check", help="Integrität der Datenbank prüfen (nur lesend)")
    check.set_defaults(func=run_check)
    backup = commands.add_parser("backup", help="jetzt eine Sicherung anlegen")
    backup.set_defaults(func=run_backup)
    restore = commands.add_parser("restore", help="eine Sicherung wiederherstellen")
    restore.add_argument("backup", nargs="?", metavar="SICHERUNG",
                         help="Nummer aus der Liste (1 = neueste), Dateiname oder Pfad")
    restore.add_argument("--neueste", action="store_true",
                         help="die neueste intakte Sicherung wiederherstellen")
    restore.add_argument("--liste", action="store_true", help="nur die Sicherungen auflisten")
    restore.set_defaults(func=run_restore)
    export = commands.add_parser("export", help="alles als JSON und Markdown exportieren")
    export.add_argument("target", nargs="?", metavar="ZIEL",
                        help="Zielordner (Standard: gespraechskompass-export-DATUM)")
    export.set_defaults(func=run_export)
    stats = commands.add_parser("stats", help="Anzahlen ausgeben")
    stats.add_argument("--json", action="store_true", help="als JSON ausgeben")
    stats.set_defaults(func=run_stats)


def _context():
    """The data folder and settings, resolved as the app resolves them (IT policy included)."""
    from desktop.core import config

    settings, data = config.resolve_settings()
    return data, settings


def _open(reading: bool = False) -> Journal:
    """The journal, or a CommandError; `reading`: the command only reads the journal, so a
    folder that cannot be written is explained as such (not as "cannot be saved")."""
    from desktop.commands.errors import CommandError
    from desktop.core.journal import Journal, JournalDamaged, JournalError, JournalNotWritable

    data, settings = _context()
    try:
        return Journal.open(data, settings)
    except JournalDamaged as exc:
        hint = (" Wiederherstellen mit: gespraechskompass journal restore --neueste"
                if exc.backup is not None else "")
        raise CommandError(f"{exc}{hint}") from exc
    except JournalNotWritable as exc:
        if not reading:
            raise CommandError(str(exc)) from exc
        raise CommandError(
            f"Das Journal in {data.root} kann nicht geöffnet werden: Der Datenordner ist voll, "
            "schreibgeschützt oder nicht erreichbar, und SQLite braucht dort auch zum Lesen "
            "Platz für seine Arbeitsdateien. Am Journal wurde nichts verändert. Bitte schaffen "
            "Sie Platz oder wenden Sie sich an Ihre IT.") from exc
    except JournalError as exc:
        raise CommandError(str(exc)) from exc


def _size(number: int) -> str:
    return f"{number / 1_000_000:.1f} MB" if number >= 100_000 else f"{number / 1000:.0f} kB"


def run_check(args: argparse.Namespace) -> int:
    from desktop.core.journal import backup as backups
    from desktop.core.journal import schema
    from desktop.core.journal.maintenance import check_database
    from desktop.core.journal.places import network_reason

    data, settings = _context()
    problems: list[str] = []
    reason = network_reason(data.root)
    if reason and not settings.get("allow_network_data_folder", False):
        problems.append(f"Der Datenordner {data.root} liegt auf einem Netzlaufwerk ({reason}); "
                        "die App öffnet das Journal dort nicht.")
    print(f"Datenordner: {data.root}")
    if not data.database.exists():
        print("Es gibt noch kein Journal; es wird beim ersten Start angelegt.")
    else:
        print(f"Datenbank: {data.database} ({_size(data.database.stat().st_size)}, "
              f"diese Version schreibt Schema {schema.SCHEMA_VERSION})")
        problems += check_database(data.database)
    folder = backups.backup_folder(data, settings)
    found = backups.list_backups(folder)
    if found:
        good = backups.newest_good(folder, schema.SCHEMA_VERSION)
        newest = f"neueste intakte: {good.label}" if good else "keine davon ist intakt"
        print(f"Sicherungen: {len(found)} in {folder} ({newest})")
    else:
        print(f"Sicherungen: keine in {folder}")
    if problems:
        print("Probleme:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("Ergebnis: in Ordnung.")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core.journal import JournalError

    journal = _open()
    try:
        info = journal.backups.now()
    except JournalError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        journal.close()
    print(f"Sicherung angelegt und geprüft: {info.path} ({_size(info.size)})")
    return 0


def _print_list(found: list[BackupInfo]) -> None:
    if not found:
        print("Es gibt keine Sicherungen.")
    for number, info in enumerate(found, 1):
        print(f"{number:3d}  {info.label:<50} {info.name}")


def _pick(choice: str, found: list[BackupInfo], folder: Path) -> Path:
    from desktop.commands.errors import CommandError

    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(found):
            raise CommandError(f"Es gibt keine Sicherung Nummer {number} "
                               f"(es gibt {len(found)}).", code=2)
        return found[number - 1].path
    for candidate in (folder / choice, Path(choice)):
        if candidate.is_file():
            return candidate
    raise CommandError(f"Sicherung nicht gefunden: {choice}", code=2)


def run_restore(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core.journal import JournalDamaged, JournalError, schema
    from desktop.core.journal import backup as backups

    data, settings = _context()
    folder = backups.backup_folder(data, settings)
    found = backups.list_backups(folder)
    if args.liste:
        _print_list(found)
        return 0
    if args.neueste:
        good = backups.newest_good(folder, schema.SCHEMA_VERSION)
        if good is None:
            raise CommandError("Es gibt keine intakte Sicherung.")
        chosen = good.path
    elif args.backup:
        chosen = _pick(args.backup, found, folder)
    else:
        _print_list(found)
        print("Bitte geben Sie an, welche Sicherung wiederhergestellt werden soll "
              "(Nummer, Dateiname oder --neueste).", file=sys.stderr)
        return 2
    from desktop.core.journal import Journal

    try:
        journal = Journal.open(data, settings)
    except JournalDamaged as exc:
        print(exc, file=sys.stderr)
        journal = _open()  # the damaged file is aside now: a fresh journal to restore into
    except JournalError as exc:
        raise CommandError(str(exc)) from exc
    try:
        safety = journal.restore(chosen)
    except JournalError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        journal.close()
    print(f"Wiederhergestellt: {chosen.name}.")
    if safety is not None:
        print(f"Der vorherige Stand ist gesichert als {safety.path}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.commands.labels_de import GERMAN
    from desktop.core.journal import JournalError

    target = Path(args.target) if args.target else Path(
        f"gespraechskompass-export-{datetime.now():%Y-%m-%d_%H%M%S}")
    journal = _open(reading=True)
    try:
        result = journal.export_all(target, GERMAN)
    except JournalError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        journal.close()
    print(f"{result.sessions} Sitzung(en) exportiert nach {result.folder}: "
          f"{result.json_file.name} und {result.markdown_files} Markdown-Datei(en) "
          "im Ordner sitzungen.")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from desktop.core.practice.catalog import SessionKind

    journal = _open(reading=True)
    try:
        totals = journal.stats.totals()
        backups_found = journal.backups.list()
        tags = journal.tags.all()
    finally:
        journal.close()
    if args.json:
        json.dump({"sessions": totals.sessions, "by_kind": totals.by_kind,
                   "unfinished": totals.unfinished, "answers": totals.answers,
                   "tags": len(tags), "feedback": totals.feedback, "shares": totals.shares,
                   "first": totals.first, "last": totals.last, "backups": len(backups_found)},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Sitzungen: {totals.sessions} (davon nicht abgeschlossen: {totals.unfinished})")
    for kind in SessionKind:
        print(f"  {kind.title}: {totals.by_kind.get(kind.value, 0)}")
    print(f"Antworten: {totals.answers}")
    print(f"Schlagwörter: {len(tags)}")
    print(f"Rückmeldungen erhalten: {totals.feedback}")
    print(f"Geteilt: {totals.shares}")
    if totals.first:
        first = datetime.fromisoformat(totals.first).astimezone()
        last = datetime.fromisoformat(totals.last or totals.first).astimezone()
        print(f"Zeitraum: {first:%d.%m.%Y} bis {last:%d.%m.%Y}")
    print(f"Sicherungen: {len(backups_found)}")
    return 0

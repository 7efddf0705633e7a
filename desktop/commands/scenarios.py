"""`lint` and `show`: check scenario files and print a parsed document (scenario-format.md §4)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    lint = sub.add_parser("lint", help="Szenario-Dateien und -Ordner prüfen")
    lint.add_argument("paths", nargs="*", metavar="PFAD",
                      help="Dateien oder Ordner (ohne Angabe: alle Bibliotheken der App)")
    lint.add_argument("--rechtsstand-monate", type=_months, metavar="N", default=None,
                      help="warnen, wenn der Rechtsstand eines Szenarios älter als N Monate "
                           "ist (Standard: Einstellung rechtsstand_months, 18; 0: keine "
                           "Altersgrenze)")
    lint.set_defaults(func=run_lint)
    show = sub.add_parser("show", help="ein Dokument geparst ausgeben")
    show.add_argument("path", metavar="PFAD")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    show.set_defaults(func=run_show)


def _months(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Zahl von Monaten (0 oder mehr).")
    return value


def _context():
    """Settings and data folder, resolved as the app resolves them (IT policy included)."""
    from desktop.core import config

    return config.resolve_settings()


def run_lint(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.commands.errors import CommandError
    from desktop.core.scenarios import library as lib
    from desktop.core.scenarios import rechtsstand
    from desktop.core.scenarios.parser import ParseResult

    settings, data = _context()
    pairs: list[tuple[Path, str]] = []
    refused: list[ParseResult] = []
    whole = not args.paths
    if whole:
        for folder in lib.configured_folders(settings):
            if folder.is_dir():
                pairs.extend(lib.collect(folder, refused=refused))
    for arg in args.paths:
        path = Path(arg)
        if path.is_dir():
            whole = True
            pairs.extend(lib.collect(path, arg.rstrip("/\\") or arg, refused))
        elif path.exists() or path.is_symlink():
            pairs.append((path, arg))  # not a regular file: the parser says so
        else:
            raise CommandError(f"Pfad nicht gefunden: {arg}", code=2)
    cache = lib.ParseCache(data.scenario_cache)
    results = lib.parse_paths(pairs, cache, save=False) + refused
    # Files and team folders are checked against the techniques the app knows as well, so a
    # trainer's new scenario that uses the bundled cards is not flagged.
    known = set(lib.load_library(lib.configured_folders(settings), cache,
                                 save=False).techniques)
    cache.save()
    library = lib.assemble(results, whole=whole, known_techniques=known)
    months = args.rechtsstand_monate
    if months is None:
        months = int(settings.get(rechtsstand.SETTING) or 0)
    library.findings.extend(rechtsstand.check(results, date.today(), months))
    library.findings.sort(key=lambda f: (f.path, f.line))
    out = sys.stdout
    for finding in library.findings:
        out.write(f"{finding}\n")
    errors = len(library.errors)
    warnings = len(library.findings) - errors
    print(f"{library.files} Datei(en) geprüft: {errors} Fehler, {warnings} Warnung(en).",
          file=sys.stderr)
    return 1 if errors else 0


def run_show(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core.scenarios.parser import parse_file

    path = Path(args.path)
    if not (path.exists() or path.is_symlink()):
        raise CommandError(f"Datei nicht gefunden: {args.path}", code=2)
    result = parse_file(path, args.path)
    if result.document is None:
        for finding in result.findings:
            print(finding, file=sys.stderr)
        return 1
    doc = result.document
    if args.json:
        json.dump(doc.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{doc.title} ({doc.kind}, {doc.id})")
        print(doc.summary)
    return 0

"""`pack export` and `pack import`: scenario packs on the command line, for IT and trainers.

Exit codes: 0 exported or imported, 1 refused or failed (the German reason on stderr, nothing
written), 2 a wrong call (no such file, no team folder configured and no --into).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    pack = sub.add_parser("pack", help="Szenario-Pakete exportieren und importieren")
    actions = pack.add_subparsers(dest="pack_command", metavar="AKTION", required=True)
    export = actions.add_parser("export", help="Szenarien mit ihren Technikkarten als Paket "
                                               "speichern")
    export.add_argument("out", metavar="PAKET.zip")
    export.add_argument("ids", nargs="+", metavar="KENNUNG", help="Kennungen der Szenarien")
    export.add_argument("--autor", default="", help="Autorenzeile im Paket (z. B. das Team)")
    export.set_defaults(func=run_export)
    imp = actions.add_parser("import", help="ein Paket in den Team-Ordner übernehmen")
    imp.add_argument("pack", metavar="PAKET.zip")
    imp.add_argument("--into", metavar="ORDNER", default=None,
                     help="Zielordner (Standard: der eingestellte Team-Ordner)")
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core import config
    from desktop.core.scenarios import library as lib
    from desktop.core.scenarios.packs import PackError, export_pack

    settings, data = config.resolve_settings()
    cache = lib.ParseCache(data.scenario_cache)
    library = lib.load_library(lib.configured_folders(settings), cache)
    try:
        out = export_pack(library, list(args.ids), Path(args.out), args.autor)
    except PackError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Paket gespeichert: {out}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core import config, paths
    from desktop.core.scenarios import library as lib
    from desktop.core.scenarios import packs

    source = Path(args.pack)
    if not (source.exists() or source.is_symlink()):
        raise CommandError(f"Paket nicht gefunden: {args.pack}", code=2)
    settings, data = config.resolve_settings()
    folder = args.into or settings.get("team_scenario_folder")
    if not folder:
        raise CommandError("Es ist kein Team-Ordner eingestellt. Geben Sie mit --into ORDNER "
                           "an, wohin das Paket soll.", code=2)
    target = Path(folder).expanduser()
    if paths.bundled_scenarios_dir().resolve() in (target.resolve(), *target.resolve().parents):
        raise CommandError("In die mitgelieferten Szenarien wird nichts importiert. Geben Sie "
                           "den Team-Ordner an.")
    try:
        pack = packs.read_pack(source)
        others = [f for f in lib.configured_folders(settings)
                  if f.is_dir() and f.resolve() != target.resolve()]
        elsewhere = lib.load_library(others, lib.ParseCache(data.scenario_cache))
        plan = packs.plan_import(pack, target, elsewhere)
    except packs.PackError as exc:
        raise CommandError(f"Paket abgelehnt, nichts wurde geschrieben: {exc}") from exc
    try:
        written = packs.apply_import(plan)
    except packs.PackError as exc:
        raise CommandError(str(exc)) from exc
    for line in packs.describe(plan):
        print(line)
    print(f"{len(written)} Datei(en) nach {target} übernommen.", file=sys.stderr)
    return 0

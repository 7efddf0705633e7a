"""`supervision import PATH…` and `feedback import PATH`: exchange files for automation.

`supervision import` reads share files (or every *.json file of a folder) into the supervisor's
workspace, which must be switched on (setting or IT policy „supervisor_workspace“). Each file
is checked completely and stored all or nothing; duplicates are reported, not an error. Exit 0
when every file was imported (or was already there), 1 with a German message per refused file.

`feedback import` stores a supervisor's feedback file beside the entries of this user's journal.
Exit 0 when imported, 1 with a German message when the file is refused or answers no entry here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    supervision = sub.add_parser("supervision", help="Supervision: geteilte Einträge "
                                                     "importieren")
    actions = supervision.add_subparsers(dest="supervision_command", metavar="AKTION",
                                         parser_class=type(supervision), required=True)
    imports = actions.add_parser("import", help="Freigabedateien oder ganze Ordner in den "
                                                "Supervisions-Arbeitsbereich importieren")
    imports.add_argument("paths", nargs="+", type=Path, metavar="PFAD",
                         help="Freigabedatei (.json) oder Ordner mit Freigabedateien")
    imports.set_defaults(func=run_supervision_import)
    feedback = sub.add_parser("feedback", help="Rückmeldungen der Supervision übernehmen")
    feedback_actions = feedback.add_subparsers(dest="feedback_command", metavar="AKTION",
                                               parser_class=type(feedback), required=True)
    feedback_import = feedback_actions.add_parser(
        "import", help="eine Rückmeldungsdatei ins eigene Journal übernehmen")
    feedback_import.add_argument("path", type=Path, metavar="PFAD", help="Rückmeldungsdatei")
    feedback_import.set_defaults(func=run_feedback_import)


def _context():
    """The data folder and settings, resolved as the app resolves them (IT policy included)."""
    from desktop.core import config

    settings, data = config.resolve_settings()
    return data, settings


def run_supervision_import(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core.supervision import Workspace, WorkspaceError

    data, settings = _context()
    if not settings.get("supervisor_workspace", False):
        raise CommandError("Der Supervisions-Arbeitsbereich ist nicht eingeschaltet. Er wird "
                           "in den Einstellungen („supervisor_workspace“) oder von Ihrer IT "
                           "per Richtlinie eingeschaltet.")
    try:
        with Workspace.open(data.supervision_database) as workspace:
            report = workspace.import_paths(args.paths)
    except WorkspaceError as exc:
        raise CommandError(str(exc)) from exc
    for result, line in zip(report.files, report.lines(), strict=True):
        print(line, file=sys.stderr if result.refused else sys.stdout)
    refused = len(report.refused)
    if refused:
        raise CommandError(f"{refused} von {len(report.files)} Datei(en) abgelehnt; aus "
                           "ihnen wurde nichts übernommen. Die übrigen sind importiert.")
    print(f"Fertig: {report.imported} Eintrag/Einträge importiert, {report.duplicates} schon "
          "vorhanden.")
    return 0


def run_feedback_import(args: argparse.Namespace) -> int:
    from desktop.commands.errors import CommandError
    from desktop.core.exchange import PackageRefused, import_feedback_file
    from desktop.core.journal import Journal, JournalError

    path: Path = args.path
    if not path.is_file():
        raise CommandError(f"Die Datei {path} gibt es nicht.")
    data, settings = _context()
    try:
        journal = Journal.open(data, settings)
    except JournalError as exc:
        raise CommandError(str(exc)) from exc
    try:
        result = import_feedback_file(journal, path,
                                      pseudonym=settings.get("pseudonym") or "")
    except (PackageRefused, JournalError) as exc:
        raise CommandError(f"{exc} Ihr Journal ist unverändert.") from exc
    finally:
        journal.close()
    print(result.message())
    return 0

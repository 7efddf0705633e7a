"""The command line: subcommands for IT, trainers and automation; no arguments starts the GUI.

Exit codes (design.md §4): 0 success, 1 a finding or failure that is explained, 2 a wrong call.
No expected failure prints a traceback. Each subcommand lives in `desktop.commands.<name>` and
registers itself through `register(subparsers)`; the modules import their heavy parts lazily so
that `--version` and the GUI start stay fast.
"""

from __future__ import annotations

import importlib
import sys

from desktop import APP_NAME, __version__
from desktop.commands.errors import CommandError

# Not `from typing import TYPE_CHECKING`: typing costs 2 ms to import, and nothing else on the
# path of a short `anonymize --jsonl` run needs it (type checkers read this name the same way).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace
    from typing import NoReturn

# argparse is imported only for subcommands: the GUI start (no arguments) does not need it.

# Each command name and the module that registers it. A call names its command first, so only
# that module is imported (importing all of them took 15 ms, a tenth of a short
# `anonymize --jsonl` run's fixed cost); anything else (--help, a wrong name) gets them all.
# tests/core/test_privacy_cli.py checks that this table matches what the modules register.
COMMANDS = {
    "lint": "desktop.commands.scenarios",
    "show": "desktop.commands.scenarios",
    "journal": "desktop.commands.journal",
    "anonymize": "desktop.commands.anonymize",
    "klartext": "desktop.commands.klartext",
    "supervision": "desktop.commands.exchange",
    "feedback": "desktop.commands.exchange",
    "self-test": "desktop.commands.selftest",
    "pack": "desktop.commands.pack",
    "config": "desktop.commands.config",
    "remove-user-data": "desktop.commands.userdata",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only with `command` when it is one of COMMANDS."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:  # German, exit 2, no traceback
            self.print_usage(sys.stderr)
            print(f"{self.prog}: Fehler: {message}", file=sys.stderr)
            raise SystemExit(2)

    parser = _Parser(prog="gespraechskompass",
                     description=f"{APP_NAME}: Gespräche üben und reflektieren.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="BEFEHL")
    for name in (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if not args_list:
        from desktop.app import run

        return run()
    utf8_stdio()
    args = _quick_args(args_list)
    if args is None:
        parser = build_parser(args_list[0])
        args = parser.parse_args(args_list)
        if not getattr(args, "func", None):
            parser.print_help()
            return 2
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1


def _quick_args(args_list: list[str]) -> argparse.Namespace | SimpleNamespace | None:
    """The arguments of a usual call read by its command module without argparse, where the
    module offers that (`quick_args`, for the commands whose runs are short and many); None
    otherwise."""
    name = COMMANDS.get(args_list[0])
    if name is None:
        return None
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None
    quick = getattr(module, "quick_args", None)
    return None if quick is None else quick(args_list[1:])


def utf8_stdio() -> None:
    """UTF-8 on the standard streams: a Windows pipe would otherwise get the ANSI code page."""
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass

"""`gespraechskompass klartext [--json] [--uebung DATEI]`: plain-language hints on stdin text.

Plain: one line per hint (`Zeichen START-END: Art: Meldung`) and the figures. With --json one
object {"hints": [{"start", "end", "kind", "message"}], "figures": {…}, "points": […]};
offsets count Unicode code points of the input. With --uebung the key points and terms of an
exercise file (kind = "erklaeren") are checked too.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands.errors import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "klartext",
        help="Text von der Standardeingabe auf einfache Sprache prüfen",
        description="Liest Text von der Standardeingabe und gibt Hinweise auf einfache "
                    "Sprache aus: das Wichtigste zuerst, Satzlänge, Passiv, Nominalstil, "
                    "Amtsdeutsch, unerklärte Fachwörter, eine Bitte pro Satz, dazu die Wiener "
                    "Sachtextformel.")
    parser.add_argument("--json", action="store_true",
                        help='ein JSON-Objekt {"hints", "figures", "points"} ausgeben')
    parser.add_argument("--uebung", metavar="DATEI",
                        help="eine Übung (kind = \"erklaeren\"): ihre Kernpunkte und "
                             "Fachwörter mitprüfen")
    parser.set_defaults(func=run)


def _expectations(path_text: str | None):
    from desktop.core.plain.checker import Expectations
    from desktop.core.scenarios.model import Exercise
    from desktop.core.scenarios.parser import parse_file

    if path_text is None:
        return Expectations()
    path = Path(path_text)
    if not path.is_file():
        raise CommandError(f"Datei nicht gefunden: {path_text}", code=2)
    result = parse_file(path, path_text)
    if not isinstance(result.document, Exercise):
        details = "\n".join(str(f) for f in result.errors)
        raise CommandError(f"{path_text} ist keine gültige Übung (kind = \"erklaeren\")."
                           + (f"\n{details}" if details else ""))
    doc = result.document
    return Expectations(doc.points, doc.terms, doc.language_level)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.anonymize import _read_stdin, _write
    from desktop.core.plain.checker import check

    expect = _expectations(args.uebung)
    text = _read_stdin()
    report = check(text, expect, readability=True)
    if args.json:
        _write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
        return 0
    lines = [f"Zeichen {h.start}-{h.end}: {h.kind.title}: {h.message}" for h in report.hints]
    for point in report.points:
        mark = "ja  " if point.covered else "FEHLT"
        lines.append(f"Kernpunkt {mark}: {point.text}")
    f = report.figures
    score = "–" if f.readability is None else f"{f.readability:.1f}".replace(".", ",")
    sentences = "Satz" if f.sentences == 1 else "Sätze"
    lines.append(f"{f.sentences} {sentences}, {f.words} Wörter, im Schnitt "
                 f"{f.words_per_sentence:.1f}".replace(".", ",") +
                 f" Wörter je Satz; längster Satz {f.longest_words} Wörter; Wiener "
                 f"Sachtextformel {score} (bis 4 sehr leicht … ab 15 sehr schwer).")
    _write("\n".join(lines) + "\n")
    return 0

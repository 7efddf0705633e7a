"""`gespraechskompass anonymize [--jsonl]`: anonymise text from stdin to stdout.

Plain: the whole input is one text. With --jsonl: one JSON object {"text": …} per line in,
one {"text": anonymised, "findings": [{"start", "end", "kind"}]} per line out; offsets count
Unicode code points of the input text. Other keys of an input object are not passed through:
they could carry personal data. Blank lines are skipped. A bad line stops the run with exit 1
and a German message naming the line; the lines before it have been written.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands.errors import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "anonymize",
        help="Text von der Standardeingabe anonymisieren",
        description="Liest Text von der Standardeingabe und schreibt ihn anonymisiert auf die "
                    "Standardausgabe: Namen, Daten, Aktenzeichen, Telefonnummern, E-Mail- und "
                    "Postadressen, IBAN, Ausweis-, AZR- und Steuernummern werden durch "
                    "Platzhalter wie [Person A] oder [Datum 1] ersetzt.")
    parser.add_argument(
        "--jsonl", action="store_true",
        help='je Zeile ein JSON-Objekt {"text": …} lesen und {"text", "findings"} schreiben')
    parser.set_defaults(func=run)


def _read_stdin() -> str:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a test or an embedding host: already text
        return sys.stdin.read()
    data = stream.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"Die Eingabe ist kein gültiger UTF-8-Text (Byte {exc.start + 1}). "
            "Bitte als UTF-8 speichern und erneut versuchen.") from None


def _write(text: str) -> None:
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
    else:  # bytes: no newline translation, so offsets and line ends stay as they were
        stream.write(text.encode("utf-8"))
        stream.flush()


def run(args: argparse.Namespace) -> int:
    from desktop.core.privacy import anonymize

    text = _read_stdin()
    if not args.jsonl:
        _write(anonymize(text).text)
        return 0
    # The output is gathered and written once (also when a bad line stops the run): a write
    # and flush per line is one system call per line.
    out: list[str] = []
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    try:
        # Only "\n" ends a line: JSON strings may hold U+2028 and friends, which splitlines() splits.
        for number, line in enumerate(text.split("\n"), start=1):
            line = line.removesuffix("\r")
            if not line.strip():
                continue
            result = anonymize(_parse_line(line, number, len(out)))
            # The same bytes as json.dumps of {"text", "findings": [{"start", "end", "kind"}]}:
            # offsets are ints and kinds plain ASCII words, so only the text needs the encoder
            # (a third of the per-note cost of the output went into encoding the small dicts).
            findings = ", ".join(
                f'{{"start": {f.start}, "end": {f.end}, "kind": "{f.kind.value}"}}'
                for f in result.findings)
            out.append(f'{{"text": {dumps(result.text)}, "findings": [{findings}]}}\n')
    finally:
        _write("".join(out))
    return 0


def _parse_line(line: str, number: int, written: int) -> str:
    done = f" Abgebrochen; {written} Zeile(n) wurden davor ausgegeben."
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"Zeile {number}: kein gültiges JSON ({exc.msg}, Spalte {exc.colno}).{done}") from None
    except RecursionError:
        raise CommandError(f"Zeile {number}: JSON ist zu tief verschachtelt.{done}") from None
    if not isinstance(obj, dict):
        raise CommandError(f'Zeile {number}: erwartet wird ein JSON-Objekt wie {{"text": "…"}}.'
                           f"{done}")
    if "text" not in obj:
        raise CommandError(f'Zeile {number}: das Feld "text" fehlt.{done}')
    if not isinstance(obj["text"], str):
        raise CommandError(f'Zeile {number}: das Feld "text" muss eine Zeichenkette sein.{done}')
    return obj["text"]

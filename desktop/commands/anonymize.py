"""`gespraechskompass anonymize [--jsonl]`: anonymise text from stdin to stdout.

Plain: the whole input is one text. With --jsonl: one JSON object {"text": …} per line in,
one {"text": anonymised, "findings": [{"start", "end", "kind"}]} per line out; offsets count
Unicode code points of the input text. Other keys of an input object are not passed through:
they could carry personal data. Blank lines are skipped. A bad line stops the run with exit 1
and a German message naming the line; the lines before it have been written.

A large --jsonl batch is shared out over child processes (`--jobs`, by default one per core):
each note is anonymised on its own, so the split changes nothing in the output, which keeps the
input's order. On Linux the children are forks of this process made after the word data is
loaded: they start in about a millisecond and share the loaded data; they and this process
take chunks of the notes in turn until none is left, so that none idles while another works.
Elsewhere (Windows has no fork) they are this program started again (the frozen -cli.exe or
`python -m desktop`), which first loads Python and the word data, each for a fixed share; not
`multiprocessing`, which the bundle leaves out for the start time of every launch. A child that
fails has its work done here instead.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from types import SimpleNamespace

from desktop.commands.errors import CommandError

# Not `from typing import TYPE_CHECKING` (2 ms to import): type checkers read this name alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


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
    parser.add_argument(
        "--jobs", type=_jobs, default=0, metavar="N",
        help="mit --jsonl: höchstens N Prozesse gleichzeitig (Standard: einer je Prozessorkern)")
    parser.set_defaults(func=run)


def _jobs(value: str) -> int:
    import argparse

    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"erwartet wird eine ganze Zahl ab 1, nicht {value!r}")
    return jobs


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
    _write_bytes(text.encode("utf-8"))


def _write_bytes(data: bytes) -> None:
    """UTF-8 to stdout as bytes: no newline translation, so offsets and line ends stay as they
    were."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # replaced by a test or an embedding host: text only
        sys.stdout.write(data.decode("utf-8"))
    else:
        stream.write(data)
        stream.flush()


def quick_args(argv: list[str]) -> SimpleNamespace | None:
    """The arguments after "anonymize" of the usual calls (`--jsonl`, `--jobs N`) as argparse
    reads them, read without it: importing argparse and the modules its help formatter loads
    (shutil, locale) was 3 ms of a short batch's fixed cost. None for anything else (a wrong
    call, --help, an abbreviation), which argparse then reads and explains."""
    jsonl, jobs, i = False, 0, 0
    while i < len(argv):
        if argv[i] == "--jsonl":
            jsonl = True
        elif argv[i] == "--jobs" and i + 1 < len(argv) and argv[i + 1].isascii() and \
                argv[i + 1].isdigit() and int(argv[i + 1]) >= 1:
            i += 1
            jobs = int(argv[i])
        else:
            return None
        i += 1
    return SimpleNamespace(command="anonymize", jsonl=jsonl, jobs=jobs, func=run)


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    text = _read_stdin()
    if not args.jsonl:
        from desktop.core.privacy import anonymize

        _write(anonymize(text).text)
        return 0
    # Every line is checked before any is anonymised, so that the notes before a bad line can be
    # shared out; the output is the same as line by line: those notes, then the message.
    lines: list[str] = []
    notes: list[str] = []
    error: CommandError | None = None
    # Only "\n" ends a line: JSON strings may hold U+2028 and friends, which splitlines() splits.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            notes.append(_parse_line(line, number, len(notes)))
        except CommandError as exc:
            error = exc
            break
        lines.append(line)
    # The output is gathered and written once: a write and flush per line is one system call
    # per line.
    _write_bytes(b"".join(_anonymize_shared(lines, notes, args.jobs)))
    # The command ends here: the interpreter's last garbage collections would walk every
    # cache entry the run made (4 ms CPU after 3,000 short notes); frozen, they are left
    # alone (the word data was frozen when it was loaded, lexicon.py).
    gc.freeze()
    if error is not None:
        raise error
    return 0


# A started child first loads Python, imports and loads the word lists (about 0.1 s of CPU): in
# that time one process anonymises about this many characters of short notes. A child is only
# started for a share well above it, and the parent's own share is larger by about as much.
_START_CHARS = 100_000
# A forked child costs the fork and the copies of the pages it writes to: a few milliseconds.
_FORK_CHARS = 10_000
_FORK = sys.platform.startswith("linux") and hasattr(os, "fork")


def _anonymize_shared(lines: list[str], notes: list[str], jobs: int) -> list[bytes]:
    """The output of `notes` in UTF-8, in parts: shared out over this process and children."""
    total = sum(map(len, notes))
    start = _FORK_CHARS if _FORK else _START_CHARS
    jobs = min(jobs or _cores(), max(1, total // (3 * start)))
    if jobs <= 1:
        return [_output(notes)]
    if _FORK:
        from desktop.commands.forks import share_forked

        # the word data and patterns loaded once before the forks, shared by them
        return share_forked(notes, jobs, _output, lambda: _output_lines(notes[:1]))
    # Started children: each gets a fixed share, the first share (done here) larger by what a
    # child spends starting. A child's output is passed on as the bytes it wrote (it is this
    # program's own encoding, checked line by line), not decoded and encoded again.
    bounds = _split(notes, jobs, start)
    children = [(_Child(lines[bounds[i]:bounds[i + 1]]), i) for i in range(1, jobs)]
    out = [_output(notes[:bounds[1]])]
    for child, i in children:
        share = notes[bounds[i]:bounds[i + 1]]
        done = child.result(len(share))
        out.append(done if done is not None else _output(share))
    return out


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        return os.cpu_count() or 1


def _split(notes: list[str], jobs: int, start: int = _START_CHARS) -> list[int]:
    """`jobs + 1` indices cutting `notes` into shares: the parent's first, larger by what a
    child spends starting (`start`, in characters of work), then the children's of about equal
    characters."""
    total = sum(map(len, notes))
    parent = (total + start * (jobs - 1)) // jobs
    child = (total - parent) / (jobs - 1)
    targets = [parent + round(child * i) for i in range(jobs - 1)]
    bounds, done = [0], 0
    for index, note in enumerate(notes):
        if len(bounds) <= len(targets) and done >= targets[len(bounds) - 1]:
            bounds.append(index)
        done += len(note)
    bounds.extend([len(notes)] * (jobs + 1 - len(bounds)))
    return bounds


class _Child:
    """This command with `--jsonl --jobs 1` in a child process over some already-checked lines."""

    def __init__(self, lines: list[str]) -> None:
        import subprocess  # only where there is no fork: 3 ms of every Linux run's start
        import threading

        self._stdout: bytes | None = None
        if getattr(sys, "frozen", False):
            command = [sys.executable, "anonymize", "--jsonl", "--jobs", "1"]
        else:
            command = [sys.executable, "-m", "desktop", "anonymize", "--jsonl", "--jobs", "1"]
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        try:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                command, bufsize=0, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except OSError:
            self._process = None
            return
        # Fed and drained from a thread while the parent works. Not communicate(): it writes
        # PIPE_BUF bytes per turn, and each turn waits for the busy parent thread's GIL.
        self._thread = threading.Thread(target=self._talk, args=(data,), daemon=True)
        self._thread.start()

    def _talk(self, data: bytes) -> None:
        assert self._process is not None and self._process.stdin and self._process.stdout
        try:
            with self._process.stdin as stdin:
                view = memoryview(data)
                while view:  # unbuffered: one blocking write, the GIL released meanwhile
                    view = view[stdin.write(view) or 0:]
            self._stdout = self._process.stdout.read()
        except OSError:
            self._stdout = None
        self._process.wait()

    def result(self, count: int) -> bytes | None:
        """Its output of `count` lines, or None when it failed (the caller then does the share
        itself)."""
        if self._process is None:
            return None
        self._thread.join()
        from desktop.commands.forks import checked

        return checked(self._process.returncode, self._stdout, count)


def _output(notes: list[str]) -> bytes:
    """The output lines of `notes` as UTF-8."""
    return "".join(_output_lines(notes)).encode("utf-8")


def _output_lines(notes: list[str]) -> list[str]:
    """One output line per note: the same bytes as json.dumps of {"text", "findings":
    [{"start", "end", "kind"}]}. Offsets are ints and kinds plain ASCII words, so only the text
    needs the encoder (a third of the per-note cost of the output went into encoding the small
    dicts)."""
    from desktop.core.privacy.anonymizer import anonymized_texts
    from desktop.core.privacy.model import Kind

    # Each kind's end of a finding, made once: `kind.value` is an enum property, 0.1 µs each
    # of 7 findings a short note; a list, not a generator, for join (together 8 ms of 3,000
    # notes' output, a third of it).
    tails = {kind: f', "kind": "{kind.value}"}}' for kind in Kind}
    out = []
    # Batches of equal size: a chunk of 110 notes as 55 and 55, not 100 and a batch of 10
    # that gains little from batching.
    size = -(-len(notes) // -(-len(notes) // _BATCH)) if notes else 1
    for i in range(0, len(notes), size):
        for text, found in anonymized_texts(notes[i:i + size]):
            findings = ", ".join([f'{{"start": {f.start}, "end": {f.end}{tails[f.kind]}'
                                  for f in found])
            out.append(f'{{"text": {_dumps(text)}, "findings": [{findings}]}}\n')
    return out


# What json.JSONEncoder(ensure_ascii=False).encode does with a str, without its Python frame.
_dumps = json.encoder.encode_basestring
# Notes detected together (detector.detect_many); bounded, so that a large input does not hold
# every note's candidates at once.
_BATCH = 100


_raw_decode = json.JSONDecoder().raw_decode
_JSON_SPACE = " \t\n\r"


def _loads(line: str) -> object:
    """json.loads(line), read without its two whitespace patterns where the line has none
    around the value (half of json.loads's time on a short note's line: 2 ms of the serial
    part before the fork for 3,000 notes). Anything else, errors included, goes to json.loads,
    so the object and the messages are the same."""
    try:
        obj, end = _raw_decode(line)
    except (ValueError, RecursionError):
        return json.loads(line)
    if end != len(line) and line[end:].strip(_JSON_SPACE):
        return json.loads(line)  # "Extra data"
    return obj


def _parse_line(line: str, number: int, written: int) -> str:
    # The usual line first, with no message made (every line is read before the work is
    # shared out: this is serial time of a batch).
    try:
        obj = _loads(line)
    except json.JSONDecodeError as exc:
        problem = f"kein gültiges JSON ({exc.msg}, Spalte {exc.colno})."
    except RecursionError:
        problem = "JSON ist zu tief verschachtelt."
    else:
        if isinstance(obj, dict) and isinstance(text := obj.get("text"), str):
            return text
        if not isinstance(obj, dict):
            problem = 'erwartet wird ein JSON-Objekt wie {"text": "…"}.'
        elif "text" not in obj:
            problem = 'das Feld "text" fehlt.'
        else:
            problem = 'das Feld "text" muss eine Zeichenkette sein.'
    raise CommandError(
        f"Zeile {number}: {problem} Abgebrochen; {written} Zeile(n) wurden davor ausgegeben.")

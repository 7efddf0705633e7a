"""`gespraechskompass anonymize [--jsonl]`: anonymise text from stdin to stdout.

Plain: the whole input is one text. With --jsonl: one JSON object {"text": …} per line in,
one {"text": anonymised, "findings": [{"start", "end", "kind"}]} per line out; offsets count
Unicode code points of the input text. Other keys of an input object are not passed through:
they could carry personal data. Blank lines are skipped. A bad line stops the run with exit 1
and a German message naming the line; the lines before it have been written.

A large --jsonl batch is shared out over child processes (`--jobs`, by default one per core):
each note is anonymised on its own, so the split changes nothing in the output, which keeps the
input's order. On Linux the children are forks of this process made after the word data is
loaded: they start in about a millisecond and share the loaded data. Elsewhere (Windows has no
fork) they are this program started again (the frozen -cli.exe or `python -m desktop`), which
first loads Python and the word data; not `multiprocessing`, which the bundle leaves out for the
start time of every launch. A child that fails has its share done here instead.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading

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
    parser.add_argument(
        "--jobs", type=_jobs, default=0, metavar="N",
        help="mit --jsonl: höchstens N Prozesse gleichzeitig (Standard: einer je Prozessorkern)")
    parser.set_defaults(func=run)


def _jobs(value: str) -> int:
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


def run(args: argparse.Namespace) -> int:
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
    """The output of `notes` in UTF-8, in parts: the first share's done here, later shares'
    by child processes meanwhile. A child's output is passed on as the bytes it wrote (it is
    this program's own encoding, checked line by line), not decoded and encoded again."""
    total = sum(map(len, notes))
    start = _FORK_CHARS if _FORK else _START_CHARS
    jobs = min(jobs or _cores(), max(1, total // (3 * start)))
    if jobs <= 1:
        return [_output(notes)]
    bounds = _split(notes, jobs, start)
    children: list[tuple[_Forked | _Child, int]]
    if _FORK:
        _output_lines(notes[:1])  # word data and patterns loaded once, shared by the forks
        forks = [_Forked(notes[bounds[i]:bounds[i + 1]]) for i in range(1, jobs)]
        for fork in forks:  # threads only after the last fork: a fork copies only its thread
            fork.start_reading()
        children = [(fork, i) for i, fork in enumerate(forks, start=1)]
    else:
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
        return _checked(self._process.returncode, self._stdout, count)


class _Forked:
    """A fork of this process that anonymises `notes` and writes its output lines to a pipe.

    Made before any thread of this process exists (a fork copies only the calling thread, so a
    lock held by another one would stay locked in the child); `start_reading` then drains the
    pipe from a thread while the parent works, so that the child never waits on a full pipe."""

    def __init__(self, notes: list[str]) -> None:
        self._stdout: bytes | None = None
        self._thread: threading.Thread | None = None
        try:
            read, write = os.pipe()
        except OSError:
            self._pid = 0
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            self._pid = 0
            return
        if pid == 0:  # the child: never returns
            status = 1
            try:
                os.close(read)
                view = memoryview(_output(notes))
                while view:
                    view = view[os.write(write, view):]
                status = 0
            finally:
                # No clean-up of the parent's state (buffers, atexit, temporary files): it is
                # the parent's.
                os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def start_reading(self) -> None:
        if self._pid:
            self._thread = threading.Thread(target=self._drain, daemon=True)
            self._thread.start()

    def _drain(self) -> None:
        chunks = []
        with open(self._read, "rb", closefd=True) as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        self._stdout = b"".join(chunks)

    def result(self, count: int) -> bytes | None:
        """Its output of `count` lines, or None when it failed (the caller then does the share
        itself)."""
        if not self._pid:
            return None
        if self._thread is not None:
            self._thread.join()
        else:
            os.close(self._read)
        _, status = os.waitpid(self._pid, 0)
        return _checked(status, self._stdout, count)


def _checked(status: int | None, output: bytes | None, count: int) -> bytes | None:
    """A child's output if it ended well and holds its `count` lines, else None. Only "\n"
    ends an output line (the encoder escapes it inside the texts), and a child that is cut off
    leaves fewer; what it wrote is UTF-8 from this program's own encoder, checked here all the
    same (a broken pipe could in principle mix in anything)."""
    if status != 0 or output is None or output.count(b"\n") != count:
        return None
    try:
        output.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return output


def _output(notes: list[str]) -> bytes:
    """The output lines of `notes` as UTF-8."""
    return "".join(_output_lines(notes)).encode("utf-8")


def _output_lines(notes: list[str]) -> list[str]:
    """One output line per note: the same bytes as json.dumps of {"text", "findings":
    [{"start", "end", "kind"}]}. Offsets are ints and kinds plain ASCII words, so only the text
    needs the encoder (a third of the per-note cost of the output went into encoding the small
    dicts)."""
    from desktop.core.privacy.anonymizer import anonymize_many
    from desktop.core.privacy.model import Kind

    # Each kind's end of a finding, made once: `kind.value` is an enum property, 0.1 µs each
    # of 7 findings a short note; a list, not a generator, for join (together 8 ms of 3,000
    # notes' output, a third of it).
    tails = {kind: f', "kind": "{kind.value}"}}' for kind in Kind}
    out = []
    for i in range(0, len(notes), _BATCH):
        for result in anonymize_many(notes[i:i + _BATCH]):
            findings = ", ".join([f'{{"start": {f.start}, "end": {f.end}{tails[f.kind]}'
                                  for f in result.findings])
            out.append(f'{{"text": {_dumps(result.text)}, "findings": [{findings}]}}\n')
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
    done = f" Abgebrochen; {written} Zeile(n) wurden davor ausgegeben."
    try:
        obj = _loads(line)
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

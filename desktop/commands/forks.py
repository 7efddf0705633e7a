"""Sharing an `anonymize --jsonl` batch with forks of this process (Linux).

The parent loads the word data and patterns, then forks; it and its forks take chunks of the
notes in turn from a pipe of chunk numbers until none is left, so that none idles while
another works (a fixed share each left one process waiting for the other: notes differ in
their work, and so do the cores' other loads). Each chunk's output comes back as the bytes
its process wrote, checked (`checked`); a chunk a failed fork took is done by the parent.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

Output = Callable[[list[str]], bytes]


def share_forked(notes: list[str], jobs: int, output: Output, warm_up: Callable[[], object],
                 ) -> list[bytes]:
    """`output` of `notes` in parts, by this process and `jobs - 1` forks of it taking chunks
    in turn (Worker), each fork made after `warm_up` (the data loaded once, shared). A fixed
    share each left one process idle 30–100 ms while the other finished (3,000 notes on a
    busy machine)."""
    parts = chunks_of(notes, jobs)
    warm_up()
    tokens = token_pipe(len(parts))
    workers = [Worker(notes, parts, tokens, output) for _ in range(jobs - 1)]
    done: dict[int, bytes] = {}
    for i, data in take_chunks(notes, parts, tokens, output):
        done[i] = data
        for worker in workers:
            worker.drain()
    os.close(tokens)
    for worker in workers:
        done.update(worker.result())
    # A chunk a failed fork took and never reported is done here.
    return [done[i] if i in done else output(notes[a:b]) for i, (a, b) in enumerate(parts)]


# Chunks of at most this many characters (about 110 short notes, 40 ms of work: the batches
# of detect_many keep their speed), smaller towards the end, down to CHUNK_MIN (4 ms): the
# process that takes the last chunk finishes at most that much after the others.
CHUNK_CHARS = 40_000
CHUNK_MIN = 4_000
# At most this many chunks: their numbers (2 bytes each) fit a pipe's smallest buffer (one
# page, where a user's pipes exceed their quota), written at once before any fork.
MAX_CHUNKS = 2_000


def chunks_of(notes: list[str], jobs: int) -> list[tuple[int, int]]:
    """Index ranges cutting `notes` into chunks in order: each about a (2 · jobs)-th of the
    characters still left, between CHUNK_MIN and CHUNK_CHARS (guided scheduling)."""
    total = sum(map(len, notes))
    floor = max(CHUNK_MIN, total // MAX_CHUNKS + 1)
    chunks: list[tuple[int, int]] = []
    start, left = 0, total
    while start < len(notes):
        target = max(floor, min(CHUNK_CHARS, left // (2 * jobs)))
        end, size = start, 0
        while end < len(notes) and size < target:
            size += len(notes[end])
            end += 1
        chunks.append((start, end))
        start, left = end, left - size
    return chunks


def token_pipe(count: int) -> int:
    """A pipe's reading end holding the chunk numbers 0 … count-1, two bytes each, and no
    writer left: a read of two bytes takes one number (reads of a pipe are whole under its
    lock, and the bytes left are always even), and a read past the last gives b''."""
    read, write = os.pipe()
    try:
        os.write(write, b"".join(i.to_bytes(2, "big") for i in range(count)))
    finally:
        os.close(write)
    return read


def take_chunks(notes: list[str], chunks: list[tuple[int, int]], tokens: int, output: Output,
                ) -> Iterator[tuple[int, bytes]]:
    """The number and output of each chunk this process takes from `tokens`, until none is
    left."""
    while len(token := os.read(tokens, 2)) == 2:
        i = int.from_bytes(token, "big")
        yield i, output(notes[chunks[i][0]:chunks[i][1]])


class Worker:
    """A fork of this process that takes chunks from the token pipe as the parent does and
    writes the output of each to a pipe: a line "number length", then the chunk's output
    lines. Forked while this process has no other thread (a fork copies only the calling
    thread, so a lock held by another one would stay locked in the child). The parent drains
    the pipe between its own chunks (`drain`), so that at the end only the fork's last chunk
    is left to read; the pipe is enlarged to hold what the fork writes meanwhile."""

    def __init__(self, notes: list[str], chunks: list[tuple[int, int]], tokens: int,
                 output: Output) -> None:
        self._chunks = chunks
        self._parts: list[bytes] = []
        try:
            read, write = os.pipe()
        except OSError:
            self._pid = 0
            return
        import fcntl  # Linux only, as forks here are

        try:
            fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
        except OSError:  # above the system's limit: the fork waits for the parent at times
            pass
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
                for i, data in take_chunks(notes, chunks, tokens, output):
                    view = memoryview(b"%d %d\n" % (i, len(data)) + data)
                    while view:
                        view = view[os.write(write, view):]
                status = 0
            finally:
                # No clean-up of the parent's state (buffers, atexit, temporary files): it is
                # the parent's.
                os._exit(status)
        os.close(write)
        os.set_blocking(read, False)
        self._pid, self._read = pid, read

    def drain(self) -> None:
        """Read what the fork has written so far, without waiting."""
        if self._pid:
            try:
                while chunk := os.read(self._read, _PIPE_SIZE):
                    self._parts.append(chunk)
            except BlockingIOError:
                pass

    def result(self) -> dict[int, bytes]:
        """The output of each chunk it did, by number; none where it failed (the caller then
        does those chunks itself)."""
        if not self._pid:
            return {}
        os.set_blocking(self._read, True)
        self.drain()
        os.close(self._read)
        _, status = os.waitpid(self._pid, 0)
        if status != 0:
            return {}
        output = b"".join(self._parts)
        done: dict[int, bytes] = {}
        pos = 0
        while pos < len(output):
            head_end = output.find(b"\n", pos)
            if head_end < 0:
                return {}
            try:
                i, size = map(int, output[pos:head_end].split(b" "))
            except ValueError:
                return {}
            pos = head_end + 1 + size
            a, b = self._chunks[i] if 0 <= i < len(self._chunks) else (0, -1)
            data = checked(0, output[head_end + 1:pos], b - a) if pos <= len(output) else None
            if data is None:
                return {}
            done[i] = data
        return done


# What a fork's pipe can hold (the usual limit of /proc/sys/fs/pipe-max-size): about 13
# chunks' output, more than the fork writes while the parent does a chunk.
_PIPE_SIZE = 1 << 20


def checked(status: int | None, output: bytes | None, count: int) -> bytes | None:
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



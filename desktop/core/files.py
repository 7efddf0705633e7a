"""Reading a file that someone else may have put there: only a regular file, size first.

Scenario folders, policy files and the caches may be written by others (a shared team folder,
a planted file). A FIFO would block a plain read for ever, a link to /dev/zero would fill the
memory, a huge file would take minutes: the file is opened without blocking and checked through
its open handle (type, size) before a byte is read, so even a file swapped in after a listing
is caught.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotReadable(Exception):
    """The file is not read at all; the message (German) says why."""


def read_regular(path: Path, limit: int, too_large: str | None = None) -> bytes:
    """The bytes of the regular file `path` of at most `limit` bytes, else NotReadable."""
    too_large = too_large or f"Die Datei ist größer als {_size(limit)}."
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        if os.path.isdir(path):  # Windows cannot open a folder at all: say what it is
            raise NotReadable("Das ist ein Ordner, keine Datei.")
        fd = os.open(path, flags)
    except OSError as exc:
        raise NotReadable(f"Die Datei kann nicht gelesen werden: {exc.strerror or exc}.") \
            from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise NotReadable("Das ist ein Ordner, keine Datei.")
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable("Das ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder "
                              "ein Gerät); sie wird nicht gelesen.")
        if info.st_size > limit:
            raise NotReadable(too_large)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise NotReadable(f"Die Datei kann nicht gelesen werden: {exc.strerror or exc}.") \
            from exc
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew after the check
        raise NotReadable(too_large)
    return data


def _size(limit: int) -> str:
    return f"{limit // 1_000_000} MB" if limit >= 1_000_000 else f"{limit // 1000} kB"

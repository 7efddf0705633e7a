"""The Linux tarball: the bundle, a .desktop file, the icon, install.sh and the IT documents.

The archive is reproducible: members sorted, owner root, every time stamp the source date.
"""

from __future__ import annotations

import gzip
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "gespraechskompass"
DOCS = ("it-betrieb.md", "datenschutz.md", "lizenzen.md")


def tarball_name(version: str) -> str:
    return f"{APP}-{version}-linux-x86_64.tar.gz"


def _members(bundle: Path) -> list[tuple[Path, str]]:
    """(source, name in the archive below the top folder) pairs."""
    pairs = [(bundle, APP)]
    pairs += [(p, f"{APP}/{p.relative_to(bundle).as_posix()}") for p in bundle.rglob("*")]
    pairs += [
        (ROOT / "build/linux/install.sh", "install.sh"),
        (ROOT / "build/linux" / f"{APP}.desktop", f"{APP}.desktop"),
        (ROOT / "resources/icons" / f"{APP}.svg", f"{APP}.svg"),
        (ROOT / "resources/icons" / f"{APP}.png", f"{APP}.png"),
    ]
    pairs += [(ROOT / "docs" / d, f"doku/{d}") for d in DOCS if (ROOT / "docs" / d).is_file()]
    return sorted(pairs, key=lambda pair: pair[1])


def make_tarball(bundle: Path, out_dir: Path, version: str, source_date: int) -> Path:
    """Write dist/gespraechskompass-<version>-linux-x86_64.tar.gz and return its path."""
    top = f"{APP}-{version}"
    out = out_dir / tarball_name(version)
    # gzip writes the current time into its header unless told otherwise.
    with out.open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=source_date,
                          compresslevel=6) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        top_info = tarfile.TarInfo(top)
        top_info.type, top_info.mode, top_info.mtime = tarfile.DIRTYPE, 0o755, source_date
        tar.addfile(top_info)
        for source, name in _members(bundle):
            info = tar.gettarinfo(str(source), f"{top}/{name}")
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = source_date
            # Only the execute bits carry meaning; write bits for others never ship.
            info.mode = 0o755 if (info.isdir() or info.mode & 0o100) else 0o644
            if info.issym():
                info.mode = 0o777
            if info.isfile():
                with source.open("rb") as fh:
                    tar.addfile(info, fh)
            else:
                tar.addfile(info)
    return out

"""Render resources/icons/gespraechskompass.svg into the PNG and Windows ICO files beside it.

Run by hand after changing the SVG (`.venv/bin/python build/make_icons.py`); the outputs are
committed, so a build needs neither Qt's SVG renderer at build time nor Pillow.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "gespraechskompass.svg"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The SVG rendered at size × size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (allowed since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text/painting needs one
    (ICONS / "gespraechskompass.png").write_bytes(render_png(PNG_SIZE))
    (ICONS / "gespraechskompass.ico").write_bytes(
        ico_bytes({size: render_png(size) for size in ICO_SIZES}))
    print(f"wrote {ICONS / 'gespraechskompass.png'} and .ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Highlighting for the scenario format (scenario-format.md) in the studio's editor.

Colours come from the palette (links, placeholder text) and weight/italics carry the rest, so
the high-contrast theme and the system colours stay readable and nothing depends on colour
alone: a rating is bold, a target underlined, a heading bold and larger.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

HEADER_FENCE = re.compile(r"^\+\+\+\s*$")
TOML_KEY = re.compile(r"^\s*(\[\[?[A-Za-z_]+\]\]?|[A-Za-z_]+)\s*(=)?")
SECTION = re.compile(r"^##\s.*$")
BLOCK = re.compile(r"^###\s+(@[A-Za-z0-9-]+|Auswahl[^:]*:|Fragen|Hinweise).*$")
CHOICE = re.compile(r"^-\s+\((hilfreich|teils|ungünstig|unguenstig)\)")
TARGET = re.compile(r"(->|→)\s*@[A-Za-z0-9-]*\s*$")
TASK = re.compile(r"^-\s+\[[ xX]\]")
SPEAKER = re.compile(r"^\*\*[^*\n]+?(:\*\*|\*\*:)")
QUOTE = re.compile(r"^\s*>.*$")
TODO = re.compile(r"\bTODO\b")
IN_HEADER = 1


class ScenarioHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        accent = palette.color(QPalette.ColorRole.Link)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self.formats: dict[str, QTextCharFormat] = {}

        def fmt(name: str, *, bold: bool = False, italic: bool = False, color=None,
                underline: bool = False, scale: float = 1.0) -> None:
            f = QTextCharFormat()
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            f.setFontItalic(italic)
            f.setFontUnderline(underline)
            if color is not None:
                f.setForeground(color)
            if scale != 1.0:
                f.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1)
            self.formats[name] = f

        fmt("fence", bold=True, color=muted)
        fmt("key", color=accent)
        fmt("section", bold=True, color=accent, scale=1.2)
        fmt("block", bold=True, color=accent)
        fmt("rating", bold=True)
        fmt("target", underline=True, color=accent)
        fmt("speaker", bold=True)
        fmt("quote", italic=True, color=muted)
        fmt("todo", bold=True, underline=True)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        previous = self.previousBlockState()
        in_header = previous == IN_HEADER or (previous == -1 and self.currentBlock()
                                              .blockNumber() == 0 and HEADER_FENCE.match(text))
        if HEADER_FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            starting = self.currentBlock().blockNumber() == 0
            self.setCurrentBlockState(IN_HEADER if starting else 0)
            return
        self.setCurrentBlockState(IN_HEADER if in_header else 0)
        if in_header:
            match = TOML_KEY.match(text)
            if match:
                self.setFormat(match.start(1), match.end(1) - match.start(1), self.formats["key"])
        else:
            self._body(text)
        for match in TODO.finditer(text):
            self.setFormat(match.start(), 4, self.formats["todo"])

    def _body(self, text: str) -> None:
        for rx, name in ((SECTION, "section"), (BLOCK, "block"), (QUOTE, "quote")):
            if rx.match(text):
                self.setFormat(0, len(text), self.formats[name])
                return
        for rx, name in ((CHOICE, "rating"), (TASK, "rating"), (SPEAKER, "speaker")):
            match = rx.match(text)
            if match:
                self.setFormat(0, match.end(), self.formats[name])
        target = TARGET.search(text)
        if target:
            self.setFormat(target.start(), target.end() - target.start(), self.formats["target"])

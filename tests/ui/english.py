"""English mode for tests: the `english` fixture, and how German UI text is recognised.

A text is German UI when it is (or contains) the German side of a message in the .ts that
differs from its English source, or when it has a word with an umlaut or ß that the German
content (scenarios, the journal's test entries) does not contain: content stays German by
design, the interface does not. `german_left(root)` walks everything a person sees or a
screen reader says under a widget and names what is German.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.i18n_tool import ROOT, load


@pytest.fixture
def english(qapp):
    """The app's translators in English for one test, German again after it."""
    from desktop.ui.common import i18n

    assert i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "de")


def german_only_texts() -> set[str]:
    """Every German translation that is not also an English source text (so "Status:", a word
    in both, does not count), without "&"."""
    translations = load().read_ts()
    english = {source.replace("&", "") for _context, source in translations}
    found: set[str] = set()
    for text in translations.values():
        forms = text if isinstance(text, tuple) else (text,)
        found.update(form.replace("&", "") for form in forms if form)
    return found - english


UMLAUT_WORD = re.compile(r"\w*[äöüÄÖÜß]\w*")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|%\d")
TAG = re.compile(r"<[^>]+>")


@cache
def german_texts() -> tuple[frozenset[str], tuple[str, ...]]:
    """German sides of the .ts that differ from their source: whole texts (for labels that are
    exactly one message) and fragments of 12+ characters between placeholders (for texts
    built from a message with values filled in)."""
    whole: set[str] = set()
    fragments: set[str] = set()
    translations = load().read_ts()
    english = {_normal(source) for _context, source in translations}  # "Tag" is English too
    for (_context, source), text in translations.items():
        for form in (text if isinstance(text, tuple) else (text,)):
            if not form or _normal(form) == _normal(source):
                continue
            if _normal(form) not in english:
                whole.add(_normal(form))
            for part in PLACEHOLDER.split(form):
                part = _normal(part)
                if len(part) >= 12 and part not in _normal(source) \
                        and part not in content_text():
                    fragments.add(part)
    return frozenset(whole), tuple(sorted(fragments))


@cache
def content_text() -> str:
    """The German content: scenario and card files, the test journal's entries."""
    files = sorted((ROOT / "scenarios").rglob("*.md"))
    files += [ROOT / "tests" / "core" / "exchange_factory.py"]
    return _normal(" ".join(f.read_text("utf-8") for f in files))


@cache
def content_words() -> frozenset[str]:
    names = {"gesprächskompass"}  # the app's name is a name in every language
    return frozenset(w.lower() for w in re.findall(r"\w+", content_text())) | names


def _normal(text: str) -> str:
    return " ".join(TAG.sub(" ", text).replace("&amp;", "&").replace("&", "").split()) \
        .strip(" :…")


def german_in(text: str) -> str | None:
    """Why `text` is German UI, or None."""
    plain = _normal(text)
    if not plain:
        return None
    whole, fragments = german_texts()
    if plain in whole:
        return "übersetzter Text"
    for fragment in fragments:
        if fragment in plain:
            return f"enthält „{fragment}“"
    words = [w for w in UMLAUT_WORD.findall(plain) if w.lower() not in content_words()]
    return f"Umlaut in {words}" if words else None


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a person sees or a screen reader says under `root`."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text:
            found.append((where, text))

    widgets = [root] + [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for w in widgets:
        name = f"{type(w).__name__} {w.objectName() or ''}".strip()
        if w.isWindow():
            add(f"{name}: Fenstertitel", w.windowTitle())
        add(f"{name}: accessibleName", w.accessibleName())
        add(f"{name}: accessibleDescription", w.accessibleDescription())
        add(f"{name}: toolTip", w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            add(name, w.text())
        if isinstance(w, QLineEdit):
            add(f"{name}: placeholder", w.placeholderText())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            add(f"{name}: placeholder", w.placeholderText())
            add(name, w.toPlainText())
        if isinstance(w, QGroupBox):
            add(name, w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name}: Reiter", w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name}: Eintrag", w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            columns = min(header().count(), 12) if header is not None else 1
            rows = min(model.rowCount(), 30)
            for column in range(columns):
                add(f"{name}: Spaltenkopf", model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(rows):
                for column in range(columns):
                    add(f"{name}: Zeile {row}", model.index(row, column).data())
        for action in w.actions():
            add(f"{name}: Aktion", action.text())
            add(f"{name}: Aktion-Tooltip", action.toolTip() if action.toolTip() !=
                action.text().replace("&", "") else "")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add("Menü", action.text())
            if action.menu() is not None:
                for sub in action.menu().actions():
                    add(f"Menü {action.text()}", sub.text())
    return [(where, str(text)) for where, text in found if isinstance(text, str)]


def german_left(root: QWidget) -> list[str]:
    QApplication.processEvents()
    problems = []
    for where, text in visible_texts(root):
        reason = german_in(text)
        if reason:
            problems.append(f"{where}: {text[:80]!r} ({reason})")
    return sorted(set(problems))

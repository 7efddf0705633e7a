"""Translations: English source strings, German by default (resources/translations/*.qm)."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import paths

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


class Translate(Protocol):
    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def translator(context: str) -> Translate:
    """The translation function of a module outside a QObject: `_tr = translator("journal")`,
    then `_tr("Delete")` or, for a count, `_tr("%n entries", "", n)` (Qt's plural forms).

    build/i18n.py reads the context from this line, so the literal must stay literal."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    return tr


def install(app: QCoreApplication, language: str = "de") -> bool:
    """Install the app's and Qt's own translators for `language`; True if ours was found.

    English has one too, holding only the counts: the source strings are English, but a count
    needs its singular and plural ("1 scenario loaded.", "30 scenarios loaded.")."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English))
    ours = QTranslator(app)
    found = ours.load(str(paths.resource("translations", f"gespraechskompass_{language}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation for %s not found; showing the English source text", language)
    if language == "en":
        return found  # Qt's own texts are English already
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(
            str(paths.resource("translations", f"qtbase_{language}.qm"))):
        app.installTranslator(qt)
        _installed.append(qt)
    return found

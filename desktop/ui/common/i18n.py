"""Translations: English source strings, German by default (resources/translations/*.qm)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import paths

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str = "de") -> bool:
    """Install the app's and Qt's own translators for `language`; True if ours was found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English))
    if language == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(str(paths.resource("translations", f"gespraechskompass_{language}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation for %s not found; showing English", language)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(
            str(paths.resource("translations", f"qtbase_{language}.qm"))):
        app.installTranslator(qt)
        _installed.append(qt)
    return found

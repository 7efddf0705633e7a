"""`self-test`: a headless check of an installation that IT runs after a rollout (design.md §4).

Each check prints one German line, "OK  …", "FEHLER  …" or "HINWEIS  …" (skipped, not a
failure), as soon as it is done, so a crash still leaves the lines before it. The checks never
touch the user's data: the database and the window use a temporary folder. Exit 0 when no
check failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OK, FAILED, NOTE = "OK", "FEHLER", "HINWEIS"
# Whatever the anonymiser does, this name and date of birth must not survive it.
ANONYMIZER_SAMPLE = "Herr Haddad, geb. 12.03.1988"
ANONYMIZER_MUST_GO = ("Haddad", "12.03.1988")
# Official wording the plain-language check must flag, with a readability figure (textstat and
# pyphen's German dictionary: both are loaded only when an exercise is checked).
PLAIN_SAMPLE = ("Bezüglich Ihres Antrags erfolgt seitens der Ausländerbehörde eine Überprüfung "
                "der Erteilungsvoraussetzungen.")


@dataclass
class Check:
    status: str
    text: str


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("self-test", help="die Installation prüfen (ohne Benutzerdaten)",
                            description="Prüft Ressourcen, Szenarien, Datenbank, Anonymisierung "
                                        "und das Hauptfenster (ohne Bildschirm).")
    parser.set_defaults(func=run_selftest)


# --- the checks (each returns one Check; an exception becomes a FEHLER line) -----------------

def check_policy() -> Check:
    from desktop.core import config

    policy, problems = config.read_policy()
    if problems:
        return Check(FAILED, "IT-Richtlinie: " + " ".join(problems))
    if not policy:
        return Check(OK, "IT-Richtlinie: keine festgelegten Einstellungen")
    return Check(OK, f"IT-Richtlinie: {len(policy)} Einstellung(en) festgelegt "
                     f"({', '.join(sorted(policy))})")


def check_scenarios(state: dict) -> Check:
    from desktop.core import paths
    from desktop.core.scenarios.library import load_library
    from desktop.core.scenarios.render import to_html

    folder = paths.bundled_scenarios_dir()
    if not folder.is_dir():
        return Check(FAILED, f"Szenarien: Ordner fehlt ({folder})")
    library = load_library([folder])  # no cache: nothing is written anywhere
    state["library"] = library
    if library.errors:
        shown = "; ".join(str(f) for f in library.errors[:3])
        return Check(FAILED, f"Szenarien: {len(library.errors)} Fehler in "
                             f"{len(library.broken_files)} Datei(en): {shown}")
    if not library.scenarios:
        return Check(FAILED, f"Szenarien: keine Szenarien gefunden in {folder}")
    # Markdown and its sanitiser must work in this installation too.
    first = library.sorted_scenarios()[0]
    if "<" not in to_html(first.summary or first.title or "Test"):
        return Check(FAILED, "Szenarien: Markdown-Darstellung liefert kein HTML")
    return Check(OK, f"Szenarien: {len(library.scenarios)} Szenarien und "
                     f"{len(library.techniques)} Technikkarten geladen, keine Fehler")


def check_database(tmp: Path) -> Check:
    from desktop.core import config, paths

    try:
        from desktop.core.journal import Journal
        from desktop.core.practice.session import PracticeSession
    except ImportError:
        return _check_plain_sqlite(tmp / "test.sqlite3")
    # Defaults only: a policy backup folder must not receive the self-test's backup.
    settings = config.load(None, policy={})
    journal = Journal.open(paths.DataPaths(tmp / "journal"), settings, verify=True)
    try:
        session_id = journal.save(PracticeSession.eigener_fall("Selbsttest"))
        if not journal.load(session_id):
            return Check(FAILED, "Datenbank: ein gespeicherter Eintrag ließ sich nicht lesen")
        problems = journal.check()
        if problems:
            return Check(FAILED, "Datenbank: " + " ".join(problems[:3]))
        journal.backups.now()
    finally:
        journal.close()
    return Check(OK, "Datenbank: Journal im temporären Ordner angelegt, Eintrag geschrieben "
                     "und gelesen, Integrität und Sicherung in Ordnung")


def _check_plain_sqlite(database: Path) -> Check:
    """Fallback while desktop.core.journal offers no Journal.open: SQLite itself."""
    import sqlite3

    conn = sqlite3.connect(database)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("CREATE VIRTUAL TABLE probe_fts USING fts5(text)")  # journal search
        conn.execute("INSERT INTO probe (text) VALUES ('Selbsttest')")
        conn.commit()
        row = conn.execute("SELECT text FROM probe").fetchone()
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if mode != "wal" or row != ("Selbsttest",) or integrity != "ok":
        return Check(FAILED, f"Datenbank: SQLite-Prüfung fehlgeschlagen (Modus {mode}, "
                             f"Integrität {integrity})")
    return Check(OK, "Datenbank: SQLite mit WAL und Volltextsuche in Ordnung")


def check_anonymizer() -> Check:
    try:
        from desktop.core.privacy import anonymize
    except ImportError:
        return Check(NOTE, "Anonymisierung: in dieser Version noch nicht enthalten, "
                           "übersprungen")
    result = anonymize(ANONYMIZER_SAMPLE)
    text = result if isinstance(result, str) else getattr(result, "text", "")
    left = [part for part in ANONYMIZER_MUST_GO if part in text]
    if left or not text:
        return Check(FAILED, f"Anonymisierung: „{ANONYMIZER_SAMPLE}“ ergab „{text}“")
    return Check(OK, f"Anonymisierung: „{ANONYMIZER_SAMPLE}“ → „{text}“")


def check_plain_language() -> Check:
    from desktop.core.plain.checker import check

    report = check(PLAIN_SAMPLE, readability=True)
    score = report.figures.readability
    if not report.hints or score is None:
        return Check(FAILED, f"Klartext-Prüfung: {len(report.hints)} Hinweise, "
                             f"Lesbarkeitswert {score} für einen Satz in Amtsdeutsch")
    return Check(OK, f"Klartext-Prüfung: {len(report.hints)} Hinweise und Lesbarkeitswert "
                     f"{score:.1f} für einen Satz in Amtsdeutsch")


def _expected_translations() -> tuple[list[str], bool]:
    """Languages the app must have translations for, and whether a missing one is an error."""
    from desktop.core import paths

    if getattr(sys, "frozen", False):
        info = paths.bundle_root() / "build-info.json"
        return json.loads(info.read_text("utf-8")).get("translations", []), True
    # From source the .qm files are build products (make bundle compiles them).
    sources = sorted(paths.resource("translations").glob("gespraechskompass_*.ts"))
    return [p.stem.rsplit("_", 1)[-1] for p in sources], False


def check_resources() -> Check:
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QIcon, QImage

    from desktop.core import paths

    problems: list[str] = []
    notes: list[str] = []
    if QImage(str(paths.resource("icons", "gespraechskompass.png"))).isNull():
        problems.append("Programmsymbol (PNG) fehlt oder ist unlesbar")
    # The SVG is what Linux desktops show for the program; Windows shows the icon inside the
    # .exe, and its bundle has no SVG renderer (build/bundle_rules.py: NOT_ON_WINDOWS).
    if sys.platform != "win32" and QIcon(
            str(paths.resource("icons", "gespraechskompass.svg"))).pixmap(32, 32).isNull():
        problems.append("Programmsymbol (SVG) fehlt oder ist unlesbar")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_de", qt_dir):
        problems.append("Qt-Übersetzung qtbase_de.qm fehlt")
    languages, required = _expected_translations()
    for language in languages:
        qm = paths.resource("translations", f"gespraechskompass_{language}.qm")
        translator = QTranslator()
        if translator.load(str(qm)) and not translator.isEmpty():
            continue
        (problems if required else notes).append(f"Übersetzung {qm.name} fehlt")
    if problems:
        return Check(FAILED, "Ressourcen: " + "; ".join(problems))
    found = ", ".join(languages) or "keine vorgesehen"
    text = f"Ressourcen: Programmsymbol, Qt-Übersetzung, App-Übersetzungen ({found})"
    if notes:
        return Check(NOTE, text + "; " + "; ".join(notes) + " (aus dem Quelltext: erst "
                                                            "„make bundle“ kompiliert sie)")
    return Check(OK, text)


def check_window(tmp: Path, state: dict) -> Check:
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.app import build_window
    from desktop.core import config, paths
    from desktop.ui.common import i18n

    app = QApplication.instance()
    assert app is not None  # the self-test made it before checking the window
    settings = config.load(None)  # the real policy (locked keys), no user file
    i18n.install(app, settings.get("language", "de"))
    ctx, window = build_window(settings, paths.DataPaths(tmp / "fenster"))
    try:
        window.show()
        if state.get("library") is not None:
            ctx.set_library(state["library"])
        for _ in range(5):
            app.processEvents()
        if not window.isVisible():
            return Check(FAILED, "Hauptfenster: wurde nicht angezeigt")
        if window.windowTitle() != APP_NAME:
            return Check(FAILED, f"Hauptfenster: unerwarteter Titel „{window.windowTitle()}“")
        platform = QApplication.platformName()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return Check(OK, f"Hauptfenster: aufgebaut und angezeigt (Qt-Plattform „{platform}“)")


def _watched_folders() -> list[Path]:
    """The installation's own files: the bundle, or from source the content folders."""
    from desktop.core import paths

    if getattr(sys, "frozen", False):
        return [paths.install_dir()]
    root = paths.bundle_root()
    return [root / "resources", root / "scenarios", root / "desktop" / "core" / "privacy"]


def _snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for name in filenames:
                st = (Path(dirpath) / name).lstat()
                found[os.path.join(dirpath, name)] = (st.st_size, st.st_mtime_ns)
    return found


def check_install_folder(folders: list[Path], before: dict[str, tuple[int, int]]) -> Check:
    after = _snapshot(folders)
    changed = sorted((before.keys() ^ after.keys())
                     | {p for p in before.keys() & after.keys() if before[p] != after[p]})
    if changed:
        return Check(FAILED, f"Programmordner: {len(changed)} Datei(en) neu oder verändert, "
                             f"z. B. {changed[0]}")
    return Check(OK, f"Programmordner: unverändert ({len(before)} Dateien geprüft)")


# --- running them ------------------------------------------------------------------------------

def _use_offscreen_without_display() -> None:
    """No display (a rollout script, SSH, CI): Qt's offscreen platform builds the window."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _run(label: str, check: Callable[[], Check], results: list[Check]) -> None:
    try:
        result = check()
    except Exception as exc:  # noqa: BLE001 - every failure becomes a report line
        result = Check(FAILED, f"{label}: {type(exc).__name__}: {exc}")
    results.append(result)
    print(f"{result.status}  {result.text}", flush=True)


def run_selftest(args: argparse.Namespace) -> int:
    from desktop import APP_NAME, __version__
    from desktop.core import paths

    # Problems are reported in the lines below; the log would only repeat them on stderr.
    logging.getLogger().addHandler(logging.NullHandler())
    _use_offscreen_without_display()
    print(f"{APP_NAME} {__version__}: Selbsttest der Installation in {paths.install_dir()}",
          flush=True)
    watched = _watched_folders()
    before = _snapshot(watched)
    results: list[Check] = []
    state: dict = {}
    with tempfile.TemporaryDirectory(prefix="gespraechskompass-selbsttest-") as tmp_name:
        tmp = Path(tmp_name)
        _run("IT-Richtlinie", check_policy, results)
        _run("Szenarien", lambda: check_scenarios(state), results)
        _run("Datenbank", lambda: check_database(tmp), results)
        _run("Anonymisierung", check_anonymizer, results)
        _run("Klartext-Prüfung", check_plain_language, results)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
        _run("Ressourcen", check_resources, results)
        _run("Hauptfenster", lambda: check_window(tmp, state), results)
    _run("Programmordner", lambda: check_install_folder(watched, before), results)
    failed = sum(1 for r in results if r.status == FAILED)
    if failed:
        print(f"Selbsttest fehlgeschlagen: {failed} von {len(results)} Prüfungen mit Fehlern.")
        return 1
    print(f"Selbsttest bestanden: {len(results)} Prüfungen ohne Fehler.")
    return 0

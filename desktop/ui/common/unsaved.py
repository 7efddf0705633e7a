"""Input the journal could not write, offered as a text file when the app is closed.

While the app runs, a session whose changes could not be written stays in memory (the journal
keeps it in `unsaved` and writes it whole with the next write that works). Only quitting
would lose it: so closing asks first, in German, and offers a plain text file in a place the
user chooses (the same readable page as the Markdown export), quitting without it, or going
back to the app.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("unsaved", text)


def unsaved_text(sessions: Sequence, now: datetime | None = None) -> str:
    """The sessions as one readable plain-text page (German, like the Markdown export)."""
    from desktop.core.journal.entry import entry_view
    from desktop.core.journal.markdown import render_markdown
    from desktop.ui.common.labels import entry_labels

    moment = (now or datetime.now()).strftime("%d.%m.%Y, %H:%M")
    head = (f"Nicht gespeicherte Eingaben aus Gesprächskompass ({moment})\n\n"
            "Diese Eingaben konnten nicht im Journal gespeichert werden.\n")
    words = entry_labels()
    return "\n\n".join([head, *(render_markdown(entry_view(s.to_dict()), words)
                                 for s in sessions)])


def write_text_file(path: Path, text: str) -> None:
    """Write the file under a temporary name and rename it: never a half-written file."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def _suggested_path() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or str(Path.home())
    name = f"Gesprächskompass-nicht-gespeichert-{datetime.now():%Y-%m-%d_%H%M}.txt"
    return str(Path(folder) / name)


def choose_file(parent: QWidget) -> str:
    """The platform's save dialog, starting in the documents folder with a dated name."""
    dialog = QFileDialog(parent, _tr("Save unsaved input as a text file"), _suggested_path(),
                         _tr("Text files (*.txt)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("txt")
    dialog.setAccessibleName(_tr("Save unsaved input as a text file"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def offer_before_quit(parent: QWidget, sessions: Sequence, reason: str) -> bool:
    """Ask what to do with input that could not be saved; True when the app may close."""
    while True:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Input not saved"), _tr(
            "Some of your input could not be saved in the journal. If you quit now, it is "
            "lost."), parent=parent)
        box.setInformativeText(_tr(
            "Save it as a text file in a place you choose, then quit? Reason: {reason}").format(
            reason=reason))
        save = box.addButton(_tr("&Save as text file …"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("&Quit without saving"),
                                QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(_tr("&Back to the app"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            log.warning("quit without saving %d unsaved session(s)", len(sessions))
            return True
        if clicked is not save:
            return False
        chosen = choose_file(parent)
        if not chosen:
            continue  # the save dialog was cancelled: ask again
        try:
            write_text_file(Path(chosen), unsaved_text(sessions))
        except OSError as exc:
            QMessageBox.warning(parent, _tr("Input not saved"), _tr(
                "The file {file} could not be written ({error}). Please choose another "
                "place, for example a USB stick.").format(file=chosen,
                                                          error=exc.strerror or exc))
            continue
        log.info("unsaved input written to %s", chosen)
        return True

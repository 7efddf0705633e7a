"""The studio's dialogs and templates: the choice when a file changed on disk, a yes/no
confirmation, the new technique card. The page holds them as attributes (plain functions), so
tests answer them without patching Qt classes."""

from __future__ import annotations

import difflib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.common.i18n import translator

_tr = translator("studio")

CARD_TEMPLATE = """+++
format = 1
kind = "technik"
id = "neue-technik"
title = "TODO: Titel der Technik"
summary = "TODO: In einem Satz: wobei hilft diese Technik?"
stages = ["reagieren"]
+++

## Worum es geht

TODO

## So geht's

TODO

## Formulierungen

- „TODO“

## Stolpersteine

TODO
"""


def ask_conflict_with_box(parent: QWidget, path: Path, theirs: str | None, mine: str) -> str:
    """Show both versions (as a diff) and let the trainer choose: "mine", "theirs" or ""."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("File changed by someone else"),
                      _tr("“{name}” was changed on disk since you opened it. Which "
                                "version do you want to keep? The other one is kept as a "
                                "previous version.").format(name=path.name), parent=parent)
    if theirs is None:
        box.setInformativeText(_tr("The file was deleted on disk."))
    else:
        diff = difflib.unified_diff(theirs.splitlines(), mine.splitlines(),
                                    _tr("on disk"), _tr("in the studio"),
                                    lineterm="")
        box.setDetailedText("\n".join(diff))
    keep_mine = box.addButton(_tr("Save &my version"), QMessageBox.ButtonRole.AcceptRole)
    take_theirs = box.addButton(_tr("&Load the version on disk"),
                                QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    if theirs is None:
        take_theirs.setEnabled(False)
    box.exec()
    clicked = box.clickedButton()
    return "mine" if clicked is keep_mine else "theirs" if clicked is take_theirs else ""


def confirm_with_box(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes

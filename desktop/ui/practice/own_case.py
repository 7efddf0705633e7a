"""Before an eigener Fall is saved as finished: what still looks like personal data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.practice import PracticeSession


def tr(text: str) -> str:
    return QCoreApplication.translate("own_case", text)


def confirm_personal_data(parent: QWidget, s: PracticeSession) -> bool:
    """Replace what still looks like personal data, or keep it in this local note, marked
    (such a note can never be shared). False when the user goes back to the note."""
    from desktop.core.privacy import replace_all
    from desktop.ui.common.privacy_guard import describe, unresolved

    ins = s.instruments
    found = unresolved([a.text for a in s.answers] + [s.title, ins.takeaway, ins.helps_other])
    if not found:
        s.mark_personal_data(False)
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Personal data in the note"),
                      tr("Your note still contains details that could identify a person: "
                         "{items}.").format(
                          items=", ".join(describe(r) for r in found[:6])),
                      parent=parent)
    box.setInformativeText(tr(
        "Replace them with placeholders, or keep them in this note on this computer. A "
        "note with personal data can never be shared."))
    replace = box.addButton(tr("Replace all"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Keep (this computer only)"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Back to the note"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(replace)
    box.exec()
    if box.clickedButton() is replace:
        for answer in s.answers:
            s.answer(answer.step, answer.index, replace_all(answer.text))
        s.set_title(replace_all(s.title))
        s.set_takeaway(replace_all(ins.takeaway))
        s.set_helps_other(replace_all(ins.helps_other))
        s.mark_personal_data(False)
        return True
    if box.clickedButton() is keep:
        s.mark_personal_data(True)
        return True
    return False

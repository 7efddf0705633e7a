"""Scenario packs from the studio: choose scenarios to export; preview an import before any
file is written (what is new, changed or already there). Reading and checking run off the GUI
thread; a refused pack is a German message and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios import packs
from desktop.ui.common.a11y import chain, label_for
from desktop.ui.common.context import AppContext
from desktop.ui.common.i18n import translator
from desktop.ui.common.tasks import run_in_background

_tr = translator("studio_packs")


class ExportDialog(QDialog):
    """Choose scenarios with the arrow keys and Space, name the author, Enter exports. OK is
    enabled once a scenario is ticked (an empty pack is never offered)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export scenario pack"))
        self.list = QListWidget()
        for scenario in (ctx.library.sorted_scenarios() if ctx.library else []):
            item = QListWidgetItem(f"{scenario.title} ({scenario.id})")
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)  # Space ticks at once; no invisible "nothing current"
        scenarios = label_for(QLabel(self.tr("&Scenarios for the pack:")), self.list)
        hint = QLabel(self.tr("Space ticks a scenario. The technique cards it uses are added."))
        hint.setWordWrap(True)
        self.author = QLineEdit(ctx.settings.get("pseudonym") or "")
        author = label_for(QLabel(self.tr("&Author line (e.g. your team):")), self.author)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.list.itemChanged.connect(lambda _item: self.ok.setEnabled(bool(self.chosen())))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (scenarios, self.list, hint, author, self.author, self.buttons):
            layout.addWidget(widget, 1 if widget is self.list else 0)
        chain(self.list, self.author, self.buttons)
        self.list.setFocus()

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def ask_pack_path_with_dialog(parent: QWidget) -> str:
    return QFileDialog.getSaveFileName(parent, _tr("Save pack"), "szenario-paket.zip",
                                       _tr("Scenario packs (*.zip)"))[0]


def export_pack_dialog(parent: QWidget, ctx: AppContext, ask_path: Callable[[], str],
                       tell: Callable[[str, str], None]) -> ExportDialog:
    """Open the export dialog (window-modal, not a nested event loop); after OK ask where to
    save, then write the pack on the worker pool and `tell` (title, text) how it went."""
    dialog = ExportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def export() -> None:
        library, ids, author = ctx.library, dialog.chosen(), dialog.author.text()
        if library is None or not ids:
            return
        out = ask_path()
        if not out:
            return
        run_in_background(
            lambda: packs.export_pack(library, ids, Path(out), author),
            lambda path: tell(_tr("Pack saved"),
                              _tr("The pack was saved as {path}.").format(path=path)),
            lambda exc: tell(_tr("Pack refused"), _refusal(exc)), owner=parent)

    dialog.accepted.connect(export)
    dialog.open()
    return dialog


def import_pack_dialog(parent: QWidget, ctx: AppContext, team: Path | None,
                       reload: Callable[[], None],
                       ask_path: Callable[[], str] | None = None,
                       confirm: Callable[[list[str]], bool] | None = None) -> None:
    if team is None:
        QMessageBox.warning(parent, _tr("No team folder"), _tr(
            "Set the team scenario folder in the settings first."))
        return
    path = (ask_path or (lambda: QFileDialog.getOpenFileName(
        parent, _tr("Import scenario pack"), "",
        _tr("Scenario packs (*.zip)"))[0]))()
    if not path:
        return
    library = ctx.library

    def plan() -> packs.ImportPlan:
        elsewhere = None
        if library is not None:
            from desktop.core.scenarios.library import Library

            elsewhere = Library(
                scenarios={k: v for k, v in library.scenarios.items() if not _in(v.path, team)},
                techniques={k: v for k, v in library.techniques.items()
                            if not _in(v.path, team)})
        return packs.plan_import(packs.read_pack(Path(path)), team, elsewhere)

    def ask(result: packs.ImportPlan) -> None:
        lines = packs.describe(result)
        ok = (confirm or (lambda ls: _confirm_box(parent, result, ls)))(lines)
        if ok:
            run_in_background(lambda: packs.apply_import(result), imported,
                              lambda exc: _refused(parent, exc), owner=parent)

    def imported(written: list[Path]) -> None:
        reload()
        QMessageBox.information(parent, _tr("Pack imported"), _tr(
            "%n file(s) written to the team folder.", "", len(written)))

    run_in_background(plan, ask, lambda exc: _refused(parent, exc), owner=parent)


def _in(path: Path | None, folder: Path) -> bool:
    from desktop.core.scenarios.authoring import inside

    return path is not None and inside(path, folder)


def _confirm_box(parent: QWidget, plan: packs.ImportPlan, lines: list[str]) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Import scenario pack"), _tr(
        "Pack by {author}: {new} new, {changed} changed, {same} unchanged. Import it into the "
        "team folder?").format(author=plan.pack.author or _tr("unknown"),
                               new=plan.count(packs.Status.NEW),
                               changed=plan.count(packs.Status.CHANGED),
                               same=plan.count(packs.Status.SAME)), parent=parent)
    box.setInformativeText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _refusal(exc: BaseException) -> str:
    message = str(exc) if isinstance(exc, packs.PackError) else repr(exc)
    return _tr("Nothing was written. {reason}").format(reason=message)


def _refused(parent: QWidget, exc: BaseException) -> None:
    QMessageBox.warning(parent, _tr("Pack refused"), _refusal(exc))

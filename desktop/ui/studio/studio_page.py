"""The scenario studio: edit a scenario or technique card of the team folder with the linter's
findings while typing, a live preview, a test run from any dialogue node, safe saving and packs.

The file stays the source of truth: the studio edits its text, never a model. Dialogs the page
needs (open, save as, the conflict choice, confirmations) are attributes holding plain
functions, so tests replace them without patching Qt classes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import paths
from desktop.core.scenarios import authoring, draft, preview
from desktop.core.scenarios.authoring import ChangedOnDisk, OpenedFile, SaveRefused
from desktop.core.scenarios.model import Document, Scenario, Severity
from desktop.ui.common.context import AppContext
from desktop.ui.common.i18n import translator
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.widgets import accessible, heading
from desktop.ui.studio.studio_dialogs import CARD_TEMPLATE, ask_conflict_with_box, confirm_with_box
from desktop.ui.studio.studio_editor import ScenarioEditor
from desktop.ui.studio.studio_preview import StudioPreview

_tr = translator("studio")

def _wrap(view: QListWidget) -> None:
    """Long findings and choices wrap instead of running off to the right."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setUniformItemSizes(False)


class StudioPage(QWidget):
    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.opened: OpenedFile | None = None
        self.is_draft = False  # from an own case: the personal-data check runs before saving
        self.last_valid: Document | None = None
        self._preview_stale = False  # the side not shown catches up when it is shown
        self._map_stale = False
        self._preview_job = LatestJob(self)
        self.ask_conflict: Callable[[QWidget, Path, str | None, str], str] = \
            ask_conflict_with_box
        self.confirm: Callable[[QWidget, str, str], bool] = confirm_with_box
        self.ask_open_path: Callable[[], str] = self._ask_open_path
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.show_message: Callable[[str, str], None] = self._show_message
        self.ask_pack_path: Callable[[], str] = self._ask_pack_path

        self.editor = ScenarioEditor(self._known_techniques)
        self.editor.setAccessibleName(self.tr("Scenario text"))
        self.editor.findings_did_change.connect(self._on_findings_change)
        self.editor.document().modificationChanged.connect(lambda _m: self._update_title())
        self.editor.cursorPositionChanged.connect(self._on_cursor_change)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Findings"))
        _wrap(self.findings)
        self.findings.itemActivated.connect(self._on_finding_activate)
        self.findings.itemClicked.connect(self._on_finding_activate)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Check result"))
        self.preview = StudioPreview(name=self.tr("Preview"))
        from desktop.ui.studio.studio_map import StudioMap

        self.map = StudioMap()
        self.map.line_requested.connect(self.editor.go_to_line)
        self.side = QTabWidget()
        self.side.setAccessibleName(self.tr("Preview and dialogue map"))
        self.side.addTab(self.preview, self.tr("Pre&view"))
        self.side.addTab(self.map, self.tr("Dialogue &map"))
        self.side.currentChanged.connect(lambda _i: self._on_side_change())
        self.file_label = QLabel()
        self.file_label.setAccessibleName(self.tr("File"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot, shortcut in (
                ("open", self.tr("&Open …"), self.open_file, "Ctrl+O"),
                ("new", self.tr("&New scenario"), self.new_scenario, "Ctrl+N"),
                ("card", self.tr("New &technique card"), self.new_card, None),
                ("save", self.tr("&Save"), self.save, "Ctrl+S"),
                ("play", self.tr("&Play from here"), self.play_from_here, "F5"),
                ("export", self.tr("E&xport pack …"), self.export_pack, None),
                ("import", self.tr("&Import pack …"), self.import_pack, None)):
            button = accessible(QPushButton(label), label.replace("&", "").rstrip(" …"))
            button.clicked.connect(slot)
            if shortcut:
                QShortcut(QKeySequence(shortcut), self, slot,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                button.setToolTip(shortcut)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.editor)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.summary)
        below_layout.addWidget(self.findings, 1)
        left.addWidget(below)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Scenario studio")))
        layout.addLayout(buttons)
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.buttons["import"], self.editor)
        self.setTabOrder(self.editor, self.findings)
        self.setTabOrder(self.findings, self.side)
        self._update_title()

    # --- places ------------------------------------------------------------------------------

    def team_folder(self) -> Path | None:
        folder = self.ctx.settings.get("team_scenario_folder")
        return Path(folder).expanduser() if folder else None

    def _known_techniques(self) -> set[str]:
        library = self.ctx.library
        return set(library.techniques) if library else set()

    def _ask_open_path(self) -> str:
        start = str(self.team_folder() or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open scenario or technique card"),
                                              start, self.tr("Scenario files (*.md)"))
        return path

    def _ask_save_path(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save in the team folder"),
                                              suggestion, self.tr("Scenario files (*.md)"))
        return path

    def _ask_pack_path(self) -> str:
        from desktop.ui.studio.studio_packs import ask_pack_path_with_dialog

        return ask_pack_path_with_dialog(self)

    def _show_message(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # --- documents ---------------------------------------------------------------------------

    def may_discard(self) -> bool:
        if not self.editor.document().isModified():
            return True
        return self.confirm(self, self.tr("Unsaved changes"),
                            self.tr("The text has unsaved changes. Discard them?"))

    def may_quit(self) -> bool:
        return self.may_discard()

    def open_file(self, path: Path | str | None = None) -> bool:
        if not self.may_discard():
            return False
        chosen = path or self.ask_open_path()
        if not chosen:
            return False
        try:
            text, opened = authoring.open_document(Path(chosen))
        except SaveRefused as exc:
            self.show_message(self.tr("Cannot open"), str(exc))
            return False
        self._load(text, opened, draft_=False)
        return True

    def new_scenario(self) -> None:
        if self.may_discard():
            self._load(draft.draft_from_case(self.tr("New scenario"), {}), None, draft_=False)

    def new_card(self) -> None:
        if self.may_discard():
            self._load(CARD_TEMPLATE, None, draft_=False)

    def new_draft(self, title: str, answers: dict[str, list[str]]) -> bool:
        """A scenario skeleton from an own-case entry; saving checks it for personal data."""
        if not self.may_discard():
            return False
        self._load(draft.draft_from_case(title, answers), None, draft_=True)
        return True

    def _load(self, text: str, opened: OpenedFile | None, draft_: bool) -> None:
        self.opened = opened
        self.is_draft = draft_
        self.last_valid = None
        self.editor.display = opened.path.name if opened else "<neu>"
        self.editor.setPlainText(text)
        self.editor.document().setModified(opened is None)
        self.editor.lint_now()
        self._update_title()
        self.editor.setFocus()

    def _update_title(self) -> None:
        where = str(self.opened.path) if self.opened else self.tr("not saved yet")
        star = " *" if self.editor.document().isModified() else ""
        self.file_label.setText(self.tr("File: {where}{star}").format(where=where, star=star))

    # --- findings and preview ----------------------------------------------------------------

    def _on_findings_change(self) -> None:
        self.findings.clear()
        for finding in self.editor.findings:
            kind = self.tr("Error") if finding.severity is Severity.ERROR else self.tr("Warning")
            item = QListWidgetItem(self.tr("Line {line}: {kind}: {message}").format(
                line=finding.line, kind=kind, message=finding.message))
            item.setData(Qt.ItemDataRole.UserRole, finding.line)
            self.findings.addItem(item)
        errors = sum(f.severity is Severity.ERROR for f in self.editor.findings)
        warnings = len(self.editor.findings) - errors
        self.summary.setText(self.tr("%n error(s)", "", errors) + ", "
                             + self.tr("%n warning(s)", "", warnings))
        self.summary.setAccessibleDescription(self.summary.text())
        result = self.editor.result
        if result is not None and result.document is not None:
            self.last_valid = result.document
            self._preview_stale = True
        elif self.last_valid is None:
            self._preview_job.cancel()
            self._preview_stale = False
            self.preview.set_html("<p>" + self.tr("The preview appears once the file has no "
                                                  "errors.") + "</p>")
        self._map_stale = True
        self._on_cursor_change()
        self._on_side_change()

    @property
    def preview_updating(self) -> bool:
        """A newer preview is being rendered."""
        return self._preview_job.busy

    def _on_side_change(self) -> None:
        """Only the side shown follows the text; the other catches up when it is shown."""
        shown = self.side.currentWidget()
        if shown is self.preview and self._preview_stale and self.last_valid is not None:
            self._preview_stale = False
            self._render_preview(self.last_valid)
        elif shown is self.map and self._map_stale:
            self._map_stale = False
            self.map.refresh(self.editor.linted_text, self.editor.findings)

    def _render_preview(self, document: Document) -> None:
        """Rendering every text of a large scenario takes a fifth of a second: always on the
        thread pool; only the newest result is shown, and only its changed pieces."""
        self._preview_job.submit(lambda: preview.document_parts(document),
                                 self.preview.show_parts)

    def _on_finding_activate(self, item: QListWidgetItem) -> None:
        self.editor.go_to_line(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_cursor_change(self) -> None:
        self.buttons["play"].setEnabled(isinstance(self.last_valid, Scenario))

    # --- play --------------------------------------------------------------------------------

    def play_from_here(self) -> None:
        """Test run from the dialogue node under the cursor (the start elsewhere); the editor
        keeps its place and gets the focus back."""
        scenario = self.last_valid
        if not isinstance(scenario, Scenario):
            self.show_message(self.tr("Play from here"), self.tr(
                "The scenario has errors; fix them first (see the list of findings)."))
            return
        from desktop.ui.studio.studio_play import TestRunDialog

        line = self.editor.current_line()
        node_id = preview.node_at(self.editor.toPlainText(), line)
        ids = {n.id for n in scenario.dialogue.nodes}
        start = node_id if node_id in ids else scenario.dialogue.start
        cursor = self.editor.textCursor()
        dialog = TestRunDialog(scenario, start, parent=self)
        dialog.exec()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        text = self.editor.toPlainText()
        if self.is_draft:
            found = draft.personal_data(text)
            if found:
                lines = sorted({text[: f.start].count("\n") + 1 for f in found})
                kinds = ", ".join(sorted({f.kind.label for f in found}))
                self.show_message(self.tr("Personal data in the draft"), self.tr(
                    "The draft still contains personal data ({kinds}) in %n line(s): {lines}. "
                    "Replace it with invented details before saving.", "", len(lines)).format(
                        kinds=kinds, lines=", ".join(map(str, lines))))
                self.editor.go_to_line(lines[0])
                return False
        opened = self.opened
        if opened is None:
            team = self.team_folder()
            result = self.editor.result
            ident = result.document.id if result and result.document else "neu"
            suggestion = str((team / f"{ident}.md") if team else f"{ident}.md")
            chosen = self.ask_save_path(suggestion)
            if not chosen:
                return False
            opened = authoring.new_document(Path(chosen))
        return self._write(text, opened, force=False)

    def _write(self, text: str, opened: OpenedFile, force: bool) -> bool:
        try:
            self.opened = authoring.save_document(text, opened, self.team_folder(),
                                                  paths.bundled_scenarios_dir(), force=force)
        except ChangedOnDisk as exc:
            choice = self.ask_conflict(self, exc.path, exc.theirs, text)
            self.window().activateWindow()  # back to the text, whichever way the trainer
            self.editor.setFocus()  # chose (not to an unfocused window)
            if choice == "mine":
                return self._write(text, opened, force=True)
            if choice == "theirs" and exc.theirs is not None:
                reopened = authoring.open_document(exc.path)
                self._load(*reopened, draft_=False)
                self.editor.document().setModified(False)
            return False
        except SaveRefused as exc:
            self.show_message(self.tr("Not saved"), str(exc))
            return False
        self.is_draft = False
        self.editor.display = self.opened.path.name
        self.editor.document().setModified(False)
        self._update_title()
        self._reload_library()
        return True

    def _reload_library(self) -> None:
        self.ctx.reload_library()

    # --- packs -------------------------------------------------------------------------------

    def export_pack(self) -> None:
        from desktop.ui.studio.studio_packs import export_pack_dialog

        export_pack_dialog(self, self.ctx, self.ask_pack_path, self.show_message)

    def import_pack(self) -> None:
        from desktop.ui.studio.studio_packs import import_pack_dialog

        import_pack_dialog(self, self.ctx, self.team_folder(), self._reload_library)

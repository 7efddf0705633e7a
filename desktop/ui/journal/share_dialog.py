"""Share entries with the supervisor: pick entries, see exactly what leaves the PC, write a file.

The preview is rendered from the very package that will be written (the sealed document), with
each placeholder marked in bold, underlined and with ◆ (shared_entry.py), so that the replaced
parts are visible without relying on colour; every text is shown as plain text, never markup.
Entries kept with personal data are listed but cannot be ticked. The pseudonym is chosen once
and kept in the settings ("pseudonym"); the journal records each share (`add_share`).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange import (
    ExchangeError,
    ShareBuild,
    build_share,
    check_pseudonym,
    default_folder,
    entry_id,
    write_share,
)
from desktop.core.journal import SessionFilter, SessionInfo

if TYPE_CHECKING:
    from desktop.core.journal.reading import ReadOnlyJournal
from desktop.core.scenarios import render
from desktop.ui.common import a11y
from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_service import ChangeKind
from desktop.ui.common.labels import kind_label, local_time
from desktop.ui.common.shared_entry import MARK, day_label, shared_entry_html
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import FittedLabel

MAX_LISTED = 300


@dataclass(frozen=True)
class Preview:
    """What the worker prepares for the preview: the package, each entry's page (HTML), and
    which journal session each of the package's entry ids came from."""

    build: ShareBuild
    pages: list[str]
    sessions_of: dict[str, int]
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("share", text)


def suggest_pseudonym() -> str:
    """A neutral suggestion the user may keep or change."""
    return f"Kompass-{secrets.randbelow(900) + 100}"


class ShareDialog(QDialog):
    """Pick entries, read the anonymised preview, write one share file."""

    share_did_write = Signal(object)  # Path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 selected: Iterable[int] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.build: ShareBuild | None = None
        self._sessions_of: dict[str, int] = {}  # the build's entry ids -> journal session ids
        self.written: Path | None = None
        self._preview = LatestJob(self, start=ctx.journal.query)  # of the newest ticks
        self._folder = default_folder(ctx.settings)
        self.setWindowTitle(self.tr("Share entries with your supervisor"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1100, 720)
        intro = FittedLabel(self.tr(
            "Choose the entries to share. Everything you wrote is anonymised first; the "
            "preview shows exactly what the file will contain. Entries you kept with personal "
            "data stay on this computer and cannot be chosen."))
        self.entries = QListWidget()
        self.entries.setAccessibleDescription(self.tr("Tick the entries to share; Space ticks"))
        entries_label = a11y.label_for(QLabel(self.tr("&Entries:")), self.entries)
        self.preview = TextView(name=self.tr("Preview of the share file"))
        self.preview.setAccessibleDescription(self.tr(
            "Exactly what leaves this computer; parts replaced by placeholders are marked "
            "with a diamond"))
        legend = FittedLabel(self.tr(
            "{mark} bold and underlined: a part replaced by a placeholder (the file contains "
            "only the placeholder, without {mark}).").format(mark=MARK))
        self.pseudonym = QLineEdit()
        self.pseudonym.setAccessibleDescription(self.tr(
            "The name your supervisor sees instead of yours"))
        pseudonym_label = a11y.label_for(QLabel(self.tr("&Pseudonym:")), self.pseudonym)
        self.pseudonym_hint = FittedLabel()
        self.folder_label = FittedLabel()
        # Buttons are named by their visible text (WCAG 2.5.3); Qt drops the "&".
        self.folder_button = QPushButton(self.tr("Choose &folder …"))
        self.folder_button.setAccessibleDescription(self.tr(
            "Choose the folder for the share file"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.status = FittedLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.buttons = QDialogButtonBox()
        self.write_button = QPushButton(self.tr("&Write share file"))
        self.close_button = QPushButton(self.tr("&Cancel"))
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)
        self._layout(intro, entries_label, legend, pseudonym_label)
        # Default only once inside the dialog: set earlier, the dialog does not know it and
        # makes the first button after the focus ("Choose folder") the default for Return.
        self.write_button.setDefault(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.rebuild)
        self._fill_pseudonym()
        self._fill_entries(set(selected))
        self._show_folder()
        self.entries.itemChanged.connect(lambda _item: self._timer.start())
        self.pseudonym.textChanged.connect(lambda _text: self._timer.start())
        self.rebuild()

    def _layout(self, intro: QLabel, entries_label: QLabel, legend: QLabel,
                pseudonym_label: QLabel) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(entries_label)
        left_layout.addWidget(self.entries, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Preview: exactly what leaves this computer")))
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(legend)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        pseudonym_row = QHBoxLayout()
        pseudonym_row.addWidget(pseudonym_label)
        pseudonym_row.addWidget(self.pseudonym)
        pseudonym_row.addWidget(self.pseudonym_hint, 1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(pseudonym_row)
        layout.addLayout(folder_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        a11y.chain(self.entries, self.preview, self.pseudonym, self.folder_button,
                   self.write_button, self.close_button)

    # -- filling -----------------------------------------------------------------------------

    def _fill_pseudonym(self) -> None:
        chosen = self.ctx.settings.get("pseudonym") or ""
        if chosen:
            self.pseudonym.setText(chosen)
            self.pseudonym.setReadOnly(True)
            self.pseudonym_hint.setText(self.tr(
                "Chosen once: you always share under this pseudonym, so that feedback finds "
                "its way back."))
        else:
            self.pseudonym.setText(suggest_pseudonym())
            self.pseudonym_hint.setText(self.tr(
                "Choose it once; it is kept for all later shares. Use nothing that identifies "
                "you."))

    def _fill_entries(self, selected: set[int]) -> None:
        journal = self.ctx.journal
        infos: list[SessionInfo] = []
        shared: dict[int, str] = {}
        if journal.readable:
            infos = journal.store.list_sessions(SessionFilter(), 0, MAX_LISTED)
            shared = journal.store.shares.last_shared(i.id for i in infos)
        blocker = QSignalBlocker(self.entries)
        for info in infos:
            item = QListWidgetItem(self._item_text(info, shared.get(info.id)))
            item.setData(ROLE_ID, info.id)
            if info.personal_data:
                item.setFlags(Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(self.tr("Kept with personal data: stays on this computer."))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if info.id in selected
                                   else Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        blocker.unblock()
        shareable = self.shareable_ids()
        if shareable:  # a current row from the start: Space ticks it, focus is drawn on it
            self.entries.setCurrentRow(self._row_of(shareable[0]))
        if not infos:
            self.status.setText(self.tr("Your journal has no entries yet."))

    def _item_text(self, info: SessionInfo, shared_at: str | None) -> str:
        text = f"{local_time(info.created_at)} · {kind_label(info.kind)} · {info.title}"
        if info.personal_data:
            return text + " · ⊘ " + self.tr("kept with personal data, cannot be shared")
        if shared_at:
            text += " · " + self.tr("↗ shared {when}").format(when=local_time(shared_at))
        return text

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("The file is written to: {folder}").format(
            folder=self._folder))
        self.folder_button.setVisible(not self.ctx.settings.is_locked("exchange_folder"))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the share file"),
                                                  str(self._folder))
        if folder:
            self._folder = Path(folder)
            self._show_folder()

    def _say(self, text: str) -> None:
        """The dialog's status line, spoken by a screen reader too."""
        self.status.setText(text)
        a11y.announce(self.status, text)

    def shareable_ids(self) -> list[int]:
        """The entries listed that can be ticked (not kept with personal data), in order."""
        return [self.entries.item(r).data(ROLE_ID) for r in range(self.entries.count())
                if self.entries.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def _row_of(self, session_id: int) -> int:
        return next((r for r in range(self.entries.count())
                     if self.entries.item(r).data(ROLE_ID) == session_id), -1)

    def checked_ids(self) -> list[int]:
        return [self.entries.item(row).data(ROLE_ID) for row in range(self.entries.count())
                if self.entries.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, session_ids: Iterable[int]) -> None:
        """Tick exactly these entries (those that can be shared)."""
        wanted = set(session_ids)
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if item.data(ROLE_ID) in wanted
                                   else Qt.CheckState.Unchecked)

    # -- preview -------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Build the package for the ticked entries; anonymising runs off the GUI thread."""
        self._timer.stop()
        self._preview.cancel()  # a preview of the ticks before is no longer wanted
        self.build = None
        self.write_button.setEnabled(False)
        ids = self.checked_ids()
        if not ids or not self.ctx.journal.readable:
            hint = self.tr("Tick one or more entries to see what would be shared.")
            self.preview.set_html(f"<p>{render.escape(hint)}</p>")
            self.status.setText("")
            return
        scenarios = dict(self.ctx.library.scenarios) if self.ctx.library else {}
        pseudonym = self.pseudonym.text()
        today = date.today()

        def work(reader: ReadOnlyJournal) -> Preview:
            # The entries read, anonymised and rendered here, on the worker: for 50 entries
            # that was 40 ms on the GUI thread (reading 11, the preview's HTML 12, …).
            sessions = [reader.load(i) for i in ids]
            build = build_share(sessions, pseudonym, today, scenarios)
            pages = [shared_entry_html(entry, build.marks) for entry in build.entries]
            return Preview(build, pages, {entry_id(s["uid"]): s["id"] for s in sessions})

        self.status.setText(self.tr("Preparing the preview …"))
        self._preview.submit(work, self._show_build, self._show_problem)

    def _show_build(self, preview: Preview) -> None:
        build = preview.build
        self.build, self._sessions_of = build, preview.sessions_of
        pseudonym = build.document["pseudonym"]
        head = self.tr("Pseudonym: {name} · written on {day} · entries: %n", "",
                       len(preview.pages)).format(
            name=pseudonym, day=day_label(build.document["created"]))
        self.preview.set_html(f"<p class='muted'>{render.escape(head)}</p><hr>"
                              + "<hr>".join(preview.pages))
        self._say(self.tr("Entries ready: %n", "", len(build.entries)) + "; " + self.tr(
            "parts replaced by placeholders: %n.", "", build.replaced))
        self.write_button.setEnabled(True)

    def _show_problem(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, ExchangeError) else self.tr(
            "The preview could not be prepared: {error}").format(error=exc)
        nothing = self.tr("Nothing can be shared yet.")
        self.preview.set_html(f"<p><b>{render.escape(nothing)}</b></p>"
                              f"<p>{render.escape(message)}</p>")
        self._say("⚠ " + message)

    # -- writing ---------------------------------------------------------------------------

    def write(self) -> Path | None:
        """Write the previewed package, record the share in the journal, remember the
        pseudonym; returns the file's path (None if it could not be written)."""
        build = self.build
        if build is None or not self.ctx.journal.writable:
            return None
        try:
            path = write_share(build, self._folder)
        except ExchangeError as exc:
            self._say("⚠ " + str(exc))
            return None
        by_entry = self._sessions_of
        shared = [by_entry[entry["id"]] for entry in build.entries if entry["id"] in by_entry]
        self.ctx.journal.store.shares.add_many(shared, path.name)
        self._remember_pseudonym(build.document["pseudonym"])
        self.written = path
        self._say(self.tr("✔ Written: {path}. Give this file to your supervisor.")
                  .format(path=path))
        self.write_button.setEnabled(False)
        self.close_button.setText(self.tr("&Close"))
        self.ctx.journal.did_change(ChangeKind.SHARES, session_ids=shared, origin=self)
        self.share_did_write.emit(path)
        return path

    def _remember_pseudonym(self, name: str) -> None:
        settings = self.ctx.settings
        if not settings.get("pseudonym") and not settings.is_locked("pseudonym"):
            try:
                self.ctx.change_setting("pseudonym", check_pseudonym(name))
            except Exception:  # noqa: BLE001 - a settings file that cannot be written
                return
        self.pseudonym.setReadOnly(True)


def open_share_dialog(ctx: AppContext, parent: QWidget | None = None,
                      selected: Iterable[int] = ()) -> ShareDialog:
    """Show the share dialog (window-modal, without blocking the caller); returns it."""
    dialog = ShareDialog(ctx, parent, selected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ShareDialog", "open_share_dialog", "suggest_pseudonym"]

"""Export journal entries as PDF (printable, with page numbers) or Markdown, with progress.

The writers run on the thread pool and read through a `ReadOnlyJournal` of their own (the
journal's connection belongs to the GUI thread). A file appears under its name only when it is
complete: it is written as `<name>.partial` and renamed at the end, so a cancelled or failed
export leaves nothing half-written behind. `run_with_progress` is the one progress dialog that
long work (exports, backups, deleting everything) shows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.core.journal.entry import EntryLabels
from desktop.core.journal.markdown import render_markdown
from desktop.core.journal.reading import ReadOnlyJournal
from desktop.core.scenarios import render
from desktop.ui.common.i18n import translator
from desktop.ui.common.tasks import run_in_background
from desktop.ui.common.widgets import accessible
from desktop.ui.journal.journal_detail import entry_html, entry_title, journal_labels

PDF_DPI = 300
FULL_PAGE_COUNT_UP_TO = 300  # up to this many entries the footer says "page n of m"
FileChooser = Callable[[QWidget, str, str, str], str]


_tr = translator("export")


class ExportCancelled(Exception):
    """The user stopped the export; the partial file has been removed."""


class Reporter(QObject):
    """Progress from a worker to the GUI thread, and the user's wish to stop, back."""

    progressed = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; raises ExportCancelled once the user stopped."""
        if self._cancel.is_set():
            raise ExportCancelled()
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _ProgressView(QObject):
    """Keeps a QProgressDialog in step with a Reporter (slots run on the GUI thread)."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)


def run_with_progress(parent: QWidget, title: str, text: str,
                      work: Callable[[Reporter], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      cancellable: bool = True) -> QProgressDialog:
    """Run `work(reporter)` on the thread pool behind a window-modal progress dialog.

    Until the work reports a total, the bar runs as a busy indicator. Cancelling asks the work
    to stop at its next report; it then fails with ExportCancelled.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setAccessibleName(title)
    bar = accessible(QProgressBar(dialog), title, text)
    dialog.setBar(bar)
    reporter = Reporter(dialog)
    if cancellable:
        cancel = accessible(QPushButton(_tr("Cancel")), _tr("Cancel"))
        dialog.setCancelButton(cancel)
    else:
        dialog.setCancelButton(None)
    dialog.setRange(0, 0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    view = _ProgressView(dialog)
    reporter.progressed.connect(view.show_progress)
    dialog.canceled.connect(reporter.cancel)
    finished = False

    def done(callback: Callable[[Any], None], value: Any) -> None:
        nonlocal finished
        finished = True
        dialog.canceled.disconnect(reporter.cancel)
        dialog.close()
        dialog.deleteLater()
        callback(value)

    dialog.show()
    run_in_background(lambda: work(reporter), lambda result: done(on_success, result),
                      lambda exc: done(on_failure, exc))
    return dialog


# -- writers (worker thread) -------------------------------------------------------------------

def _finish(partial: Path, target: Path) -> None:
    os.replace(partial, target)


def _discard(partial: Path) -> None:
    partial.unlink(missing_ok=True)


def write_markdown(database: Path, ids: Sequence[int], target: Path,
                   reporter: Reporter | None = None, now: datetime | None = None,
                   words: EntryLabels | None = None) -> int:
    """The entries, newest first, in one Markdown file, in the words of the PDF; returns how
    many were written."""
    words = words or journal_labels()
    partial = target.with_name(target.name + ".partial")
    moment = (now or datetime.now().astimezone()).astimezone()
    try:
        with ReadOnlyJournal(database) as journal, partial.open("w", encoding="utf-8") as out:
            out.write(f"# {APP_NAME}: " + _tr("Journal") + "\n\n")
            out.write(_tr("Exported on {date}, %n entries.", "", len(ids)).format(
                date=f"{moment:%d.%m.%Y, %H:%M}") + "\n\n")
            for number, session_id in enumerate(ids, 1):
                out.write("---\n\n")
                out.write(_shift_headings(render_markdown(journal.entry(session_id), words)))
                out.write("\n")
                if reporter is not None and (number % 20 == 0 or number == len(ids)):
                    reporter.report(number, len(ids))
        _finish(partial, target)
    except BaseException:
        _discard(partial)
        raise
    return len(ids)


def _shift_headings(markdown: str) -> str:
    """One level down, so the file's own title stays the only top-level heading."""
    return "\n".join("#" + line if line.startswith("#") else line
                     for line in markdown.splitlines()) + "\n"


class _PdfPages:
    """Paints laid-out documents onto a QPdfWriter page by page, with a footer."""

    def __init__(self, writer: QPdfWriter, footer_left: str, total: int | None) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.footer_font = QFont()
        self.footer_font.setPointSizeF(8.5)
        self.footer_height = self.height * 0.045
        self.body_height = self.height - self.footer_height
        self.footer_left = footer_left
        self.total = total
        self.number = 0

    def document(self, html: str, font: QFont) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(render.style_sheet(text="#000000", muted="#333333",
                                                    accent="#1f4e79", quote_bg="#eeeeee"))
        doc.setHtml(html)
        doc.setPageSize(QSizeF(self.width, self.body_height))
        return doc

    def paint(self, doc: QTextDocument, title: str) -> None:
        for page in range(doc.pageCount()):
            if self.number:
                self.writer.newPage()
            self.number += 1
            self.painter.save()
            self.painter.translate(0, -page * self.body_height)
            visible = QRectF(0, page * self.body_height, self.width, self.body_height)
            self.painter.setClipRect(visible)  # a block split by the page ends at its edge
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = visible
            doc.documentLayout().draw(self.painter, context)
            self.painter.restore()
            self._footer(title)

    def _footer(self, title: str) -> None:
        self.painter.save()
        self.painter.setFont(self.footer_font)
        area = QRectF(0, self.body_height, self.width, self.footer_height)
        self.painter.drawLine(area.topLeft(), area.topRight())
        number = (_tr("Page {n} of {total}").format(n=self.number, total=self.total)
                  if self.total else _tr("Page {n}").format(n=self.number))
        flags = Qt.AlignmentFlag.AlignBottom
        self.painter.drawText(area, flags | Qt.AlignmentFlag.AlignLeft,
                              f"{self.footer_left} · {title}")
        self.painter.drawText(area, flags | Qt.AlignmentFlag.AlignRight, number)
        self.painter.restore()

    def end(self) -> None:
        self.painter.end()


def write_pdf(database: Path, ids: Sequence[int], target: Path, reporter: Reporter | None = None,
              font: QFont | None = None, now: datetime | None = None,
              words: EntryLabels | None = None) -> int:
    """The entries as a printable A4 PDF, each starting on a new page; returns the count.

    Up to FULL_PAGE_COUNT_UP_TO entries are laid out first, so the footer can say
    "page n of m"; a longer export is streamed entry by entry and says "page n".
    """
    words = words or journal_labels()
    partial = target.with_name(target.name + ".partial")
    moment = (now or datetime.now().astimezone()).astimezone()
    body_font = QFont(font) if font is not None else QFont()
    body_font.setPointSizeF(10.5)
    total = len(ids)
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(_tr("{app}: journal").format(app=APP_NAME))
    writer.setCreator(APP_NAME)
    footer = _tr("{app}, journal, {date}").format(app=APP_NAME, date=f"{moment:%d.%m.%Y}")
    pages: _PdfPages | None = None
    try:
        with ReadOnlyJournal(database) as journal:
            pages = _PdfPages(writer, footer, None)
            if total <= FULL_PAGE_COUNT_UP_TO:
                laid_out = []
                for number, session_id in enumerate(ids, 1):
                    view = journal.entry(session_id)
                    laid_out.append((pages.document(entry_html(view, words), body_font),
                                     entry_title(view, words)))
                    if reporter is not None:
                        reporter.report(number // 2, total)
                pages.total = sum(doc.pageCount() for doc, _ in laid_out)
                for number, (doc, title) in enumerate(laid_out, 1):
                    pages.paint(doc, title)
                    if reporter is not None:
                        reporter.report((total + number) // 2, total)
            else:
                for number, session_id in enumerate(ids, 1):
                    view = journal.entry(session_id)
                    pages.paint(pages.document(entry_html(view, words), body_font),
                                entry_title(view, words))
                    if reporter is not None and (number % 10 == 0 or number == total):
                        reporter.report(number, total)
        pages.end()
        pages = None
        del writer
        _finish(partial, target)
    except BaseException:
        if pages is not None:
            pages.end()
        _discard(partial)
        raise
    return total


def export_entries(parent: QWidget, database: Path, ids: Sequence[int], fmt: str,
                   target: str | None, choose_file: FileChooser,
                   status: Callable[[str], None]) -> bool:
    """Write entries as "pdf" or "markdown" to `target` (else a file the user picks) on the
    thread pool behind a progress dialog; `status` hears how it ended. False: nothing to do."""
    suffix, filters = (("pdf", _tr("PDF files (*.pdf)")) if fmt == "pdf" else
                       ("md", _tr("Markdown files (*.md)")))
    if target is None:
        suggested = f"gespraechskompass-journal-{datetime.now():%Y-%m-%d}.{suffix}"
        target = choose_file(parent, _tr("Export entries"), suggested, filters)
    if not target or not ids:
        return False
    path = Path(target)
    font = parent.font()
    entries = list(ids)
    words = journal_labels()  # translated here, on the GUI thread

    def work(reporter: Reporter) -> int:
        if fmt == "pdf":
            return write_pdf(database, entries, path, reporter, font, words=words)
        return write_markdown(database, entries, path, reporter, words=words)

    def done(count: int) -> None:
        status(_tr("%n entries exported to {file}.", "", count).format(file=path))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):
            status(_tr("Export cancelled; no file was written."))
        else:
            status(str(exc))
            QMessageBox.warning(parent, _tr("Export"), str(exc))

    run_with_progress(parent, _tr("Export"), _tr("Exporting %n entries …", "", len(entries)),
                      work, done, failed)
    return True


# -- the dialog --------------------------------------------------------------------------------

def default_file_chooser(parent: QWidget, caption: str, suggested: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, caption, suggested, filters)[0]


class ExportDialog(QDialog):
    """Which entries (selected, those the filter shows, all) and which format."""

    def __init__(self, selected: int, filtered: int, total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export entries"))
        self.setAccessibleName(self.tr("Export entries"))
        self.pdf = accessible(QRadioButton(self.tr("&PDF, for printing")), self.tr("PDF"))
        self.markdown = accessible(QRadioButton(self.tr("&Markdown, plain text")),
                                   self.tr("Markdown"))
        self.pdf.setChecked(True)
        formats = QGroupBox(self.tr("Format"))
        box = QVBoxLayout(formats)
        box.addWidget(self.pdf)
        box.addWidget(self.markdown)
        self.scope_selected = QRadioButton(self.tr("&Selected entries ({n})").format(n=selected))
        self.scope_filtered = QRadioButton(
            self.tr("Entries the &filter shows ({n})").format(n=filtered))
        self.scope_all = QRadioButton(self.tr("A&ll entries ({n})").format(n=total))
        scopes = QGroupBox(self.tr("Entries"))
        box = QVBoxLayout(scopes)
        self._scopes = QButtonGroup(self)
        for number, button in enumerate((self.scope_selected, self.scope_filtered,
                                         self.scope_all)):
            button.setAccessibleName(button.text().replace("&", ""))
            self._scopes.addButton(button, number)
            box.addWidget(button)
        self.scope_selected.setEnabled(selected > 0)
        self.scope_filtered.setEnabled(filtered > 0)
        self.scope_all.setEnabled(total > 0)
        (self.scope_selected if selected else self.scope_filtered).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = accessible(buttons.addButton(
            self.tr("&Export …"), QDialogButtonBox.ButtonRole.AcceptRole), self.tr("Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(scopes)
        layout.addWidget(buttons)

    @property
    def format(self) -> str:
        return "pdf" if self.pdf.isChecked() else "markdown"

    @property
    def scope(self) -> str:
        return ("selected", "filtered", "all")[max(self._scopes.checkedId(), 0)]

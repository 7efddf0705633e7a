"""Qt models over the journal: the session list, fetched page by page, and search hits.

`SessionListModel` never loads the journal up front: it holds the rows fetched so far and asks
the journal for the next page when the view scrolls near the end (`canFetchMore`/`fetchMore`),
so the first rows of a 100,000-entry journal appear after one small query. `SearchHitModel`
shows the texts that match a full-text search, the matched words marked (`ROLE_HIGHLIGHTS`,
painted by `HighlightDelegate`: bold and underlined, not by colour alone).
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.journal import SearchHit, SessionFilter, SessionInfo

ROLE_SESSION_ID = Qt.ItemDataRole.UserRole + 1
ROLE_HIGHLIGHTS = Qt.ItemDataRole.UserRole + 2
ROLE_FINISHED = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 200
SEARCH_PAGE = 100

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal", text)


_PATTERNS: dict[str, str] = {}
_QT_TO_STRFTIME = {"dd": "%d", "MM": "%m", "yyyy": "%Y", "yy": "%y"}


def _date_pattern() -> str:
    """The locale's short date format as a strftime pattern ("" if it uses other fields).

    Converting once per locale keeps formatting a page of rows fast: a call into QLocale per
    row costs more than the query that fetched it.
    """
    locale = QLocale()
    name = locale.name()
    if name not in _PATTERNS:
        qt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        parts = re.findall(r"yyyy|yy|MM|dd|[^dMy]+|[dMy]+", qt)
        ok = all(p in _QT_TO_STRFTIME or not re.match(r"[dMy]", p) for p in parts)
        _PATTERNS[name] = "".join(_QT_TO_STRFTIME.get(p, p.replace("%", "%%"))
                                  for p in parts) if ok else ""
    return _PATTERNS[name]


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp as local date and time in the user's locale (short format)."""
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp).astimezone()
    pattern = _date_pattern()
    if pattern:
        return f"{moment.strftime(pattern)} {moment:%H:%M}"
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day),
                             QLocale.FormatType.ShortFormat)
    return f"{day} {moment:%H:%M}"


def progress_text(finished: bool, step_title: str) -> str:
    """How far a session got, with a symbol so it does not rely on colour or style."""
    if finished:
        return _tr("✔ finished")
    return _tr("✎ draft: {step}").format(step=step_title)


# A list line is a plain tuple, formatted once when fetched (data() runs for every painted
# cell): (id, date, entry, kind, progress, tags, title alone, finished). Plain tuples of
# strings and numbers are left alone by the garbage collector, which keeps 100,000 fetched
# rows from slowing every collection down.
_ID, _TITLE, _FINISHED = 0, 6, 7
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ROLES = _TEXT_ROLES | {Qt.ItemDataRole.ToolTipRole, ROLE_SESSION_ID, ROLE_FINISHED}


def journal_row(info: SessionInfo) -> tuple:
    scenario = info.scenario_title or ""
    entry = f"{info.title} ({scenario})" if scenario and scenario != info.title else info.title
    return (info.id, local_time(info.created_at), entry, info.kind.title,
            progress_text(info.finished, info.step.title), ", ".join(info.tags), info.title,
            info.finished)


class SessionListModel(QAbstractTableModel):
    """The journal's sessions, newest first, filtered; rows arrive a page at a time."""

    COLUMNS = ("when", "title", "kind", "progress", "tags")
    WIDTH_SAMPLES = ("00.00.00 00:00", "", "Zwischendurch", "✎ draft: Beeinflussen",
                     "schalter, wut")

    def __init__(self, journal, parent=None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filters = SessionFilter()
        self._rows: list[tuple] = []
        self._cursor: tuple[str, int] | None = None  # (created_at, id) of the last row fetched
        self._exhausted = journal is None

    @property
    def filters(self) -> SessionFilter:
        return self._filters

    def use_journal(self, journal) -> None:
        """Read from another journal (the app opens it after the window); fetched again."""
        self._journal = journal
        self.reload()

    def set_filters(self, filters: SessionFilter) -> None:
        """Show the sessions these filters keep, starting again with the first page."""
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        """Drop the fetched rows and fetch the first page again (after outside changes)."""
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = self._journal is None
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._exhausted:
            return
        # Page by the last row seen (keyset), not by OFFSET: the 500th page costs what the
        # first does.
        infos = self._journal.list_sessions(self._filters, limit=PAGE_SIZE, after=self._cursor)
        if len(infos) < PAGE_SIZE:
            self._exhausted = True
        if not infos:
            return
        self._cursor = (infos[-1].created_at, infos[-1].id)
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(infos) - 1)
        self._rows.extend(journal_row(info) for info in infos)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Fetch every remaining page (Ctrl+End: the user asked for the oldest entry)."""
        while self.canFetchMore():
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Entry"), self.tr("Kind"), self.tr("Progress"),
                    self.tr("Tags"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return row[1 + index.column()]
        if role == ROLE_SESSION_ID:
            return row[_ID]
        if role == ROLE_FINISHED:
            return row[_FINISHED]
        return row[_TITLE] if index.column() == 1 else None

    def session_id(self, row: int) -> int:
        return self._rows[row][_ID]

    def row_of(self, session_id: int) -> int:
        """The row showing a session among those fetched so far; -1 if none."""
        for number, row in enumerate(self._rows):
            if row[_ID] == session_id:
                return number
        return -1

    def update_session(self, info: SessionInfo) -> None:
        """Show a changed session (its tags, say) without fetching the list again."""
        number = self.row_of(info.id)
        if number >= 0:
            self._rows[number] = journal_row(info)
            self.dataChanged.emit(self.index(number, 0),
                                  self.index(number, len(self.COLUMNS) - 1))

    def remove_session(self, session_id: int) -> None:
        number = self.row_of(session_id)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()


def source_text(hit: SearchHit) -> str:
    """Where a search hit was found, in words."""
    step = f" · {hit.step.title}" if hit.step is not None else ""
    return {
        "answer": _tr("Answer") + step,
        "title": _tr("Title"),
        "takeaway": _tr("Takeaway"),
        "helps_other": _tr("What helps"),
        "reflection": _tr("Reflection"),
        "feedback": _tr("Feedback received") + step,
    }.get(hit.source, hit.source)


class SearchHitModel(QAbstractTableModel):
    """The texts matching a search, newest first; more are fetched when scrolled to the end."""

    COLUMNS = ("when", "label", "source", "snippet")
    WIDTH_SAMPLES = ("00.00.00 00:00", "x" * 22, "Answer · Beeinflussen", "")

    def __init__(self, journal, parent=None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._text = ""
        self._filters = SessionFilter()
        self._hits: list[SearchHit] = []
        self._when: list[str] = []
        self._limit = SEARCH_PAGE
        self._complete = True

    @property
    def text(self) -> str:
        return self._text

    def use_journal(self, journal) -> None:
        self._journal = journal
        self.search(self._text, self._filters)

    def search(self, text: str, filters: SessionFilter) -> None:
        """Run a new search (the words typed so far; the last one counts as a prefix)."""
        self.beginResetModel()
        self._text, self._filters, self._limit = text, filters, SEARCH_PAGE
        self._hits, self._when = [], []
        self._complete = self._journal is None
        self.endResetModel()
        if self._journal is not None:
            self._load()

    def _load(self) -> None:
        found = self._journal.search(self._text, self._limit, self._filters)
        # The journal returns at most `limit` hits per kind of text; fewer means all are in.
        self._complete = len(found) < self._limit
        seen = {self._key(h) for h in self._hits}
        new = [h for h in found if self._key(h) not in seen]
        if new:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._hits.extend(new)
            self._when.extend(local_time(h.created_at) for h in new)
            self.endInsertRows()

    @staticmethod
    def _key(hit: SearchHit) -> tuple:
        return (hit.session_id, hit.source, hit.step, hit.prompt, hit.snippet)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._complete:
            return
        self._limit *= 2
        self._load()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Entry"), self.tr("Found in"),
                    self.tr("Match"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != "snippet":
                return None
            return {"when": self._when[index.row()], "label": hit.label,
                    "source": source_text(hit), "snippet": hit.snippet}[column]
        if role == ROLE_HIGHLIGHTS and column == "snippet":
            return hit.highlights
        if role == ROLE_SESSION_ID:
            return hit.session_id
        return None

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def session_id(self, row: int) -> int:
        return self._hits[row].session_id

    def row_of(self, session_id: int) -> int:
        for number, hit in enumerate(self._hits):
            if hit.session_id == session_id:
                return number
        return -1

    def update_session(self, info: SessionInfo) -> None:
        """Search rows show no tags; nothing to update."""

    def remove_session(self, session_id: int) -> None:
        """Drop every hit of a deleted session."""
        for number in reversed(range(len(self._hits))):
            if self._hits[number].session_id == session_id:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._hits[number]
                del self._when[number]
                self.endRemoveRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()


def near_first_mark(text: str, spans: tuple[tuple[int, int], ...],
                    lead: int = 24) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut the text so that it starts shortly before the first marked word (with "…"), so a
    narrow cell still shows the match."""
    if not spans or min(s for s, _ in spans) <= lead:
        return text, spans
    cut = min(s for s, _ in spans) - lead
    space = text.find(" ", cut)
    if 0 <= space < min(s for s, _ in spans):
        cut = space + 1
    shift = cut - 1  # the "…" takes one character
    return "…" + text[cut:], tuple((s - shift, e - shift) for s, e in spans if s >= cut)


def marked_html(text: str, spans: tuple[tuple[int, int], ...], palette: QPalette,
                selected: bool = False) -> str:
    """Plain text as HTML with the spans bold, underlined and on the highlight colour (on the
    base colour in a selected row, which already has the highlight colour)."""
    roles = ((QPalette.ColorRole.Base, QPalette.ColorRole.Text) if selected else
             (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText))
    back = palette.color(roles[0]).name()
    front = palette.color(roles[1]).name()
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        out.append(html.escape(text[position:start]))
        out.append(f"<b><u><span style='background-color:{back}; color:{front}'>"
                   f"{html.escape(text[start:end])}</span></u></b>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with its `ROLE_HIGHLIGHTS` spans marked; other cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = index.data(ROLE_HIGHLIGHTS)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        # One line, offsets kept: a line break becomes one space, the cell clips the rest.
        line, marks = near_first_mark(text.replace("\n", " "), spans)
        doc.setHtml(f"<span style='color:{opt.palette.color(role).name()}'>"
                    f"{marked_html(line, marks, opt.palette, selected)}</span>")
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, rect.width(), doc.size().height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()

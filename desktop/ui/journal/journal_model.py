"""Qt models over the journal: the session list, fetched page by page, and search hits.

`SessionListModel` never loads the journal up front: it counts the rows the filters keep and
fetches the page of 200 around whichever rows the view paints (by keyset from a neighbouring
page, else by offset from the nearer end), so the first rows of a 100,000-entry journal, its
last rows (Ctrl+End) and any row the scroll bar is dragged to each cost one small query. `SearchHitModel`
shows the texts that match a full-text search, the matched words marked (`ROLE_HIGHLIGHTS`,
painted by `highlight.HighlightDelegate`: bold and underlined, not by colour alone).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.journal import SearchHit, SessionFilter, SessionInfo
from desktop.core.practice.catalog import SessionKind, Step
from desktop.ui.common.labels import kind_label, local_time, step_label

if TYPE_CHECKING:
    from desktop.ui.common.journal_service import JournalService

ROLE_SESSION_ID = Qt.ItemDataRole.UserRole + 1
ROLE_HIGHLIGHTS = Qt.ItemDataRole.UserRole + 2
ROLE_FINISHED = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 200
MAX_PAGES = 64  # pages kept (12,800 rows); others are fetched again when scrolled back to
SEARCH_PAGE = 100

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal", text)


def progress_text(finished: bool, step_title: str) -> str:
    """How far a session got, with a symbol so it does not rely on colour or style."""
    if finished:
        return _tr("✔ finished")
    return _tr("✎ draft: {step}").format(step=step_title)


class RowLabels:
    """The translated names a list line shows, looked up once per page of rows, not per row
    (a translation lookup per cell would cost more than the query)."""

    def __init__(self) -> None:
        self.kinds = {kind: kind_label(kind) for kind in SessionKind}
        self.progress = {step: progress_text(False, step_label(step)) for step in Step}
        self.finished = progress_text(True, "")

    def kind(self, kind: SessionKind) -> str:
        return self.kinds.get(kind) or kind_label(kind)

    def progress_of(self, finished: bool, step: Step) -> str:
        return self.finished if finished else (self.progress.get(step)
                                               or progress_text(False, step_label(step)))


# A list line is a plain tuple, formatted once when fetched (data() runs for every painted
# cell): (id, date, entry, kind, progress, tags, title alone, finished, keyset key). Plain
# tuples of strings and numbers are left alone by the garbage collector.
_ID, _TITLE, _FINISHED, _KEY = 0, 6, 7, 8
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ROLES = _TEXT_ROLES | {Qt.ItemDataRole.ToolTipRole, ROLE_SESSION_ID, ROLE_FINISHED}


def journal_row(info: SessionInfo, names: RowLabels) -> tuple:
    scenario = info.scenario_title or ""
    entry = f"{info.title} ({scenario})" if scenario and scenario != info.title else info.title
    return (info.id, local_time(info.created_at), entry, names.kind(info.kind),
            names.progress_of(info.finished, info.step), ", ".join(info.tags), info.title,
            info.finished, (info.created_at, info.id))


class SessionListModel(QAbstractTableModel):
    """The journal's sessions, newest first, filtered. It knows its row count and fetches
    only the page around the rows the view paints, so jumping to any row (Ctrl+End, dragging
    the scroll bar) costs one small query wherever it lands."""

    COLUMNS = ("when", "title", "kind", "progress", "tags")
    WIDTH_SAMPLES = ("00.00.00 00:00", "", "Zwischendurch", "✎ draft: Beeinflussen",
                     "schalter, wut")

    def __init__(self, journal: JournalService, parent=None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filters = SessionFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.queries = 0  # pages fetched so far (benchmarks, tests)

    @property
    def filters(self) -> SessionFilter:
        return self._filters

    def set_filters(self, filters: SessionFilter) -> None:
        """Show the sessions these filters keep, from the top."""
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        """Count again and forget the fetched pages (after outside changes)."""
        self.beginResetModel()
        self._pages.clear()
        journal = self._journal
        self._count = journal.store.count_sessions(self._filters) if journal.readable else 0
        self.endResetModel()

    def _page(self, number: int) -> list[tuple]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        names = RowLabels()
        rows = [journal_row(info, names) for info in self._fetch(number)]
        self._pages[number] = rows
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _fetch(self, number: int) -> list[SessionInfo]:
        """One page: by keyset from a neighbour already fetched (exact even while the list
        changes), else by offset from the nearer end of the list (a few ms at 50,000)."""
        store, filters = self._journal.store, self._filters
        self.queries += 1
        start = number * PAGE_SIZE
        size = min(PAGE_SIZE, self._count - start)
        if size <= 0:
            return []
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        if before:
            return store.list_sessions(filters, limit=size, after=before[-1][_KEY])
        if after:
            older = store.list_sessions(filters, limit=size, after=after[0][_KEY],
                                        oldest_first=True)
            return older[::-1]
        from_end = self._count - start - size
        if from_end < start:
            return store.list_sessions(filters, offset=from_end, limit=size,
                                       oldest_first=True)[::-1]
        return store.list_sessions(filters, offset=start, limit=size)

    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < self._count or not self._journal.readable:
            return None
        rows = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._count

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
        row = self._row(index.row())
        if row is None:
            return None
        if role in _TEXT_ROLES:
            return row[1 + index.column()]
        if role == ROLE_SESSION_ID:
            return row[_ID]
        if role == ROLE_FINISHED:
            return row[_FINISHED]
        return row[_TITLE] if index.column() == 1 else None

    def session_id(self, row: int) -> int:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found[_ID]

    def row_of(self, session_id: int) -> int:
        """The row showing a session (-1 if the filters drop it)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[_ID] == session_id:
                    return number * PAGE_SIZE + offset
        if not self._journal.readable:
            return -1
        return self._journal.store.position(session_id, self._filters)

    def update_session(self, info: SessionInfo) -> None:
        """Show a changed session (its tags, say) without fetching the list again."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[_ID] == info.id:
                    rows[offset] = journal_row(info, RowLabels())
                    at = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(at, 0),
                                          self.index(at, len(self.COLUMNS) - 1))
                    return

    def remove_session(self, session_id: int) -> None:
        """Take a deleted session out; the pages after it shift, so they are fetched again."""
        number = self.row_of(session_id)
        if number < 0:
            return
        self.beginRemoveRows(QModelIndex(), number, number)
        self._count -= 1
        for page in [p for p in self._pages if p >= number // PAGE_SIZE]:
            del self._pages[page]
        self.endRemoveRows()


def source_text(hit: SearchHit) -> str:
    """Where a search hit was found, in words."""
    step = f" · {step_label(hit.step)}" if hit.step is not None else ""
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

    def __init__(self, journal: JournalService, parent=None) -> None:
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

    def search(self, text: str, filters: SessionFilter) -> None:
        """Run a new search (the words typed so far; the last one counts as a prefix)."""
        self.beginResetModel()
        self._text, self._filters, self._limit = text, filters, SEARCH_PAGE
        self._hits, self._when = [], []
        self._complete = not self._journal.readable
        self.endResetModel()
        if self._journal.readable:
            self._load()

    def _load(self) -> None:
        found = self._journal.store.search(self._text, self._limit, self._filters)
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

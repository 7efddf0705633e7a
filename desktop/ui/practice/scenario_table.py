"""The Szenarien page's table: scenarios with their practice status, filtered and sorted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.core.scenarios.model import Scenario
from desktop.ui.common import labels

ROLE_SCENARIO = Qt.ItemDataRole.UserRole + 1


class ScenarioTableModel(QAbstractTableModel):
    """Scenarios with their practice status (neu, begonnen, abgeschlossen)."""

    COLUMNS = ("title", "setting", "level", "minutes", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Scenario] = []
        self._status: dict[str, str] = {}

    def set_rows(self, scenarios: list[Scenario], status: dict[str, str]) -> None:
        """Replace all rows (a reset: the list is small)."""
        self.beginResetModel()
        self._rows = list(scenarios)
        self._status = dict(status)
        self.endResetModel()

    def set_status(self, status: dict[str, str]) -> None:
        """New practice status for the same rows: only the status column changes. Not a reset,
        which would drop the current row under a keyboard user and delete the table cell a
        screen reader has focus on (the status arrives from the thread pool at any time)."""
        self._status = dict(status)
        if self._rows:
            column = self.COLUMNS.index("status")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def scenario(self, row: int) -> Scenario:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Scenario"), self.tr("Place"), self.tr("Level"), self.tr("Duration"),
                    self.tr("Status"))[section]
        return None

    def status_text(self, scenario_id: str) -> str:
        return {"done": self.tr("completed"), "in_progress": self.tr("started")}.get(
            self._status.get(scenario_id, ""), self.tr("new"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROLE_SCENARIO:
            return s
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                "title": s.title, "setting": labels.setting_label(s.setting.value),
                "level": labels.level_label(s.level), "minutes": labels.minutes_label(s.minutes),
                "status": self.status_text(s.id),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return s.summary
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return {"title": s.title.casefold(), "setting": s.setting.value, "level": s.level,
                    "minutes": s.minutes, "status": self._status.get(s.id, "")}[column]
        return None


class ScenarioTable(QTableView):
    """The scenario list. The title column keeps room for a readable title at any text size
    (200 % too): the other columns get their natural width only while the title keeps
    TITLE_MIN_CHARS; below that they share what is left, and a long title wraps onto up to
    MAX_LINES lines instead of collapsing to "…".

    Widths come from the font's metrics over the cell texts and rows share one height: Qt's
    ResizeToContents lays out every cell again on each resize (the page took 150–400 ms to
    appear with it, 60 ms without)."""

    TITLE_MIN_CHARS = 18
    MAX_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        if model is not None:
            # The practice status arrives from the pool after the rows ("new" becomes
            # "completed"): widths follow the texts, or the column shows "complet…".
            model.dataChanged.connect(self._texts_changed)

    def _texts_changed(self, *_args: object) -> None:
        self.fit_columns()

    def _text_widths(self, column: int) -> list[int]:
        model = self.model()
        metrics = self.fontMetrics()
        return [metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
                for row in range(model.rowCount())]

    def char_width(self) -> float:
        """The mean advance of one character of the titles shown, in pixels.

        averageCharWidth() comes from the font file's table and can be far off the text: under
        Wine the substitute font reports 24 px at 200 % where German titles average 13."""
        metrics = self.fontMetrics()
        model = self.model()
        titles = [str(model.index(row, 0).data() or "") for row in range(model.rowCount())] \
            if model is not None else []
        chars = sum(len(t) for t in titles)
        if not chars:
            return float(metrics.averageCharWidth())
        return sum(metrics.horizontalAdvance(t) for t in titles) / chars

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.columnCount() < 2:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        char = self.char_width()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) \
            + int(char * 2)
        others = range(1, model.columnCount())
        wanted = [max([header.sectionSizeHint(c)] + [w + pad for w in self._text_widths(c)])
                  for c in others]
        # The title keeps TITLE_MIN_CHARS plus its padding; the others share what is left,
        # each at least four characters unless even that would squeeze the title.
        room = max(self.viewport().width() - int(char * self.TITLE_MIN_CHARS) - pad, 0)
        total = sum(wanted)
        scale = 1.0 if total <= room or total <= 0 else room / total
        floor = min(int(char * 4), room // len(others))
        used = 0
        for column, width in zip(others, wanted, strict=True):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            size = max(floor, int(width * scale), 1)
            header.resizeSection(column, size)
            used += size
        title_width = max(self.viewport().width() - used - pad, 1)
        longest = max(self._text_widths(0), default=0)
        lines = min(self.MAX_LINES, max(1, -(-longest // title_width)))
        self.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * lines + 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()


@dataclass(frozen=True)
class ScenarioQuery:
    """What the Szenarien filters ask for; empty or 0 means "any"."""

    topic: str = ""
    setting: str = ""
    level: int = 0
    max_minutes: int = 0
    text: str = ""  # searched in title and summary

    def accepts(self, s: Scenario) -> bool:
        if self.topic and self.topic not in s.topics:
            return False
        if self.setting and s.setting.value != self.setting:
            return False
        if self.level and s.level != self.level:
            return False
        if self.max_minutes and s.minutes > self.max_minutes:
            return False
        needle = self.text.casefold()
        return not needle or needle in s.title.casefold() or needle in s.summary.casefold()


class ScenarioFilter(QSortFilterProxyModel):
    """The table's rows that the current `ScenarioQuery` accepts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ScenarioQuery()
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_query(self, query: ScenarioQuery) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+
        if modern:
            self.beginFilterChange()
        self.query = query
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ScenarioTableModel)
        return self.query.accepts(model.scenario(row))

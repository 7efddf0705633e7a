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
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

from desktop.core.scenarios.model import Scenario
from desktop.ui.common import labels

ROLE_SCENARIO = Qt.ItemDataRole.UserRole + 1


class ScenarioTableModel(QAbstractTableModel):
    """Scenarios with their practice status (neu, begonnen, abgeschlossen).

    The cells' texts and sort keys are made once per row when the rows or the status arrive:
    the view, the proxy's sorting and the column fitting ask for them some thousand times
    while the page is first shown, and each label is a lookup through Qt's translator."""

    COLUMNS = ("title", "setting", "level", "minutes", "status")
    STATUS = COLUMNS.index("status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Scenario] = []
        self._status: dict[str, str] = {}
        self._texts: list[list[str]] = []  # per row, per column: what the cell shows
        self._keys: list[tuple[object, ...]] = []  # per row, per column: its sort key

    def set_rows(self, scenarios: list[Scenario], status: dict[str, str]) -> None:
        """Replace all rows (a reset: the list is small)."""
        self.beginResetModel()
        self._rows = list(scenarios)
        self._status = dict(status)
        words = self._status_words()
        self._texts = [[s.title, labels.setting_label(s.setting.value),
                        labels.level_label(s.level), labels.minutes_label(s.minutes),
                        self._status_text(s.id, words)] for s in self._rows]
        self._keys = [(s.title.casefold(), s.setting.value, s.level, s.minutes,
                       self._status.get(s.id, "")) for s in self._rows]
        self.endResetModel()

    def set_status(self, status: dict[str, str]) -> None:
        """New practice status for the same rows: only the status column changes. Not a reset,
        which would drop the current row under a keyboard user and delete the table cell a
        screen reader has focus on (the status arrives from the thread pool at any time)."""
        self._status = dict(status)
        words = self._status_words()
        for row, s in enumerate(self._rows):
            self._texts[row][self.STATUS] = self._status_text(s.id, words)
            self._keys[row] = self._keys[row][:self.STATUS] + (self._status.get(s.id, ""),)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.STATUS),
                                  self.index(len(self._rows) - 1, self.STATUS))

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

    def _status_words(self) -> dict[str, str]:
        return {"done": self.tr("completed"), "in_progress": self.tr("started"),
                "": self.tr("new")}

    def _status_text(self, scenario_id: str, words: dict[str, str]) -> str:
        return words.get(self._status.get(scenario_id, ""), words[""])

    def status_text(self, scenario_id: str) -> str:
        return self._status_text(scenario_id, self._status_words())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row][column]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return self._keys[row][column]
        if role == ROLE_SCENARIO:
            return self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._rows[row].summary
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
        # Text widths in the font last fitted for (a title is measured once, not at every
        # resize), and what the columns were last fitted for: the page's first show asks several
        # times (rows, status, resizes) and each fit costs a few milliseconds.
        self._advances: dict[str, int] = {}
        self._fitted: tuple[object, ...] | None = None
        # The cell texts of the rows shown, per column, read from the model once until it
        # says they changed: a fit compares them with the last fit's, and reading them
        # through the filter proxy cell by cell was most of a fit (43 reads of a column on
        # the page's first show).
        self._texts: tuple[tuple[str, ...], ...] | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        self._texts = None
        if model is not None:
            # The practice status arrives from the pool after the rows ("new" becomes
            # "completed"): widths follow the texts, or the column shows "complet…".
            model.dataChanged.connect(self._texts_changed)
            for changed in (model.modelReset, model.layoutChanged, model.rowsInserted,
                            model.rowsRemoved, model.columnsInserted, model.columnsRemoved):
                changed.connect(self._forget_texts)

    def _forget_texts(self, *_args: object) -> None:
        self._texts = None

    def _texts_changed(self, *_args: object) -> None:
        self._texts = None
        self.fit_columns()

    def _column_texts(self, column: int) -> tuple[str, ...]:
        if self._texts is None:
            model = self.model()
            rows = range(model.rowCount())
            self._texts = tuple(tuple(str(model.index(row, c).data() or "") for row in rows)
                                for c in range(model.columnCount()))
        return self._texts[column]

    def _advance(self, text: str) -> int:
        width = self._advances.get(text)
        if width is None:
            width = self._advances[text] = self.fontMetrics().horizontalAdvance(text)
        return width

    def _text_widths(self, column: int) -> list[int]:
        return [self._advance(text) for text in self._column_texts(column)]

    def char_width(self) -> float:
        """The mean advance of one character of the titles shown, in pixels.

        averageCharWidth() comes from the font file's table and can be far off the text: under
        Wine the substitute font reports 24 px at 200 % where German titles average 13."""
        titles = self._column_texts(0) if self.model() is not None else []
        chars = sum(len(t) for t in titles)
        if not chars:
            return float(self.fontMetrics().averageCharWidth())
        return sum(self._advance(t) for t in titles) / chars

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.columnCount() < 2:
            return
        texts = tuple(self._column_texts(c) for c in range(model.columnCount()))
        font = self.font().key()
        fitted = (self.viewport().width(), font, texts)
        if fitted == self._fitted:
            return
        if self._fitted is None or self._fitted[1] != font:
            self._advances.clear()
        self._fitted = fitted
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        char = self.char_width()
        # the enum from its class: read through the style object it was once missing
        # ("'QCommonStyle' object has no attribute 'PixelMetric'", an AT-SPI walk in CI)
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) \
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

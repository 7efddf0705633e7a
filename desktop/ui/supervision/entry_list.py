"""The supervision page's list: filters by scenario, stage and pseudonym over a table of the
imported entries, read on the thread pool.

The list and the filters' choices are read by `read_listing` on a connection of its own (5,000
entries take ~0.1 s), so showing the page or refreshing it after an import never freezes the
window; "Loading the entries …" is shown meanwhile. The table is not sortable, so it can never
be ordered by person, and it shows no counts per pseudonym.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios.model import Stage
from desktop.core.supervision import EntryFilter, Listing, read_listing
from desktop.ui.common import labels
from desktop.ui.common.a11y import label_for
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.widgets import SPACE
from desktop.ui.supervision.supervision_widgets import EntryTableModel


class EntryList(QWidget):
    """Filters (`filter_bar`, placed by the page) and the entry table. `refresh()` reads in the background; `listing_did_arrive`
    follows, `entry_chosen(id or None)` whenever the selected entry changes."""

    entry_chosen = Signal(object)
    listing_did_arrive = Signal()
    listing_failed = Signal(object)

    def __init__(self, database: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database  # None: the workspace could not be opened
        self._listing = LatestJob(self)  # one read at a time, the newest filters win
        self._to_first = False  # the filter changed: select the first entry of the new list
        self._keep: str | None = None  # the entry to select again after a refresh
        self.pseudonyms: list[str] = []
        self.scenario_filter = self._combo()
        self.stage_filter = self._combo()
        self.pseudonym_filter = self._combo()
        self.model = EntryTableModel(self)
        self.table = self._table()
        self.loading_label = QLabel(self.tr("Loading the entries …"))
        self.loading_label.setAccessibleName(self.loading_label.text())
        self.loading_label.hide()
        self._lay_out()

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        # As wide as about 10 characters, not as the longest scenario title: three filters
        # fit one row at 200 % text too; the open list shows the whole titles.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(lambda _i: self._on_filter_change())
        return combo

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Shared entries"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(False)  # never ordered by person
        table.verticalHeader().hide()
        # Fixed row heights, and column widths from the first 100 rows: otherwise the view
        # asks every one of 5,000 entries for its size at each refresh (0.3 s on the GUI).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(100)
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_row_change(current.row()))
        return table

    def _lay_out(self) -> None:
        # The filters stand in a bar of their own that the page puts above the list and the
        # entry (full width, so the choices are never squeezed by the splitter).
        self.filter_bar = QWidget()
        filters = QHBoxLayout(self.filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(SPACE[1])
        for text, combo in ((self.tr("Sce&nario:"), self.scenario_filter),
                            (self.tr("S&tage:"), self.stage_filter),
                            (self.tr("&Pseudonym:"), self.pseudonym_filter)):
            filters.addWidget(label_for(QLabel(text), combo))
            filters.addWidget(combo)
            filters.addSpacing(SPACE[1])
        filters.addStretch(1)
        filters.addWidget(self.loading_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)

    # -- reading ----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """A listing is being read on the thread pool."""
        return self._listing.busy

    def refresh(self, keep: str | None = None) -> None:
        """Read the filters' choices and the list on the thread pool, then show them, keeping
        the entry `keep` selected if it is still there. Asked again while reading: the newest
        request is read when the running one is done, and only its listing is shown."""
        self._keep = keep
        if self.database is None:
            self._listing.cancel()
            self._show_listing(Listing([], [], []))
            return
        self.loading_label.show()
        database, filters = self.database, self.current_filter()
        self._listing.submit(lambda: read_listing(database, filters), self._on_listing,
                             self._on_failed)

    def _on_listing(self, listing: Listing) -> None:
        self.loading_label.hide()
        self._show_listing(listing)

    def _on_failed(self, exc: BaseException) -> None:
        self.loading_label.hide()
        self.listing_failed.emit(exc)

    def _show_listing(self, listing: Listing) -> None:
        self.pseudonyms = listing.pseudonyms
        self._fill_filters(listing.scenarios, listing.pseudonyms)
        keep = None if self._to_first else self._keep
        self._to_first = False
        self.model.set_rows(listing.rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self.select_row(row)
        self.listing_did_arrive.emit()

    def _fill_filters(self, scenarios: list[tuple[str, str]], pseudonyms: list[str]) -> None:
        options = {
            self.scenario_filter: [(self.tr("all scenarios"), None)] + [
                (title or ident if ident else self.tr("own cases (real conversations)"), ident)
                for ident, title in scenarios],
            self.stage_filter: [(self.tr("all stages"), None)] + [
                (labels.stage_label(s), s.value) for s in Stage],
            self.pseudonym_filter: [(self.tr("all pseudonyms"), None)] + [
                (p, p) for p in pseudonyms],
        }
        for combo, items in options.items():
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                for text, data in items:
                    combo.addItem(text, data)
                index = combo.findData(current) if current is not None else 0
                combo.setCurrentIndex(max(index, 0))

    def current_filter(self) -> EntryFilter:
        stage = self.stage_filter.currentData()
        return EntryFilter(scenario_id=self.scenario_filter.currentData(),
                           stage=Stage(stage) if stage else None,
                           pseudonym=self.pseudonym_filter.currentData())

    def _on_filter_change(self) -> None:
        self._to_first = True
        self.refresh()

    # -- choosing ---------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Select the entry in `row` and show it (-1 or past the end: no entry)."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self._on_row_change(row)
        else:
            self.entry_chosen.emit(None)

    def _on_row_change(self, row: int) -> None:
        entry = self.model.row_at(row)
        self.entry_chosen.emit(entry.id if entry else None)

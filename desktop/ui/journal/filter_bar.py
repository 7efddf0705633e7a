"""The journal's filter bar: search words (debounced while typing), kind, scenario, stage,
status, tag and a date range; it says what is chosen as one `SessionFilter` plus the words.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.journal import SessionFilter
from desktop.core.practice.catalog import SessionKind, Step
from desktop.ui.common import a11y
from desktop.ui.common.labels import kind_label, step_label
from desktop.ui.common.widgets import accessible

if TYPE_CHECKING:
    from desktop.core.journal.reading import ReadOnlyJournal
    from desktop.core.scenarios.library import Library
    from desktop.ui.common.journal_service import JournalService

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250  # a pause in typing, not every key, starts a search
STAGES = (Step.DEUTEN, Step.BEEINFLUSSEN, Step.REAGIEREN, Step.VERARBEITEN)


class JournalFilterBar(QWidget):
    """Search field and filters above the journal list.

    `filters_changed(SessionFilter)` fires when a filter is chosen, and once typing pauses
    for `SEARCH_DELAY_MS` (the words are `search_text()`); `search_submitted` when Return is
    pressed in the search field (the search runs at once, then the list takes the focus).
    """

    filters_changed = Signal(object)  # SessionFilter
    search_submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self._library: Library | None = None
        self._choices_asked = 0  # reads of the journal's choices started (0: none running)
        self._journal_choices: tuple[list[str], list[str]] = ([], [])  # scenario ids, tags
        self.search = QLineEdit()
        self.search.setAccessibleDescription(tr("Finds entries containing all the words typed"))
        self.search.setPlaceholderText(tr("Words from answers, notes, titles, feedback …"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._submit)
        self.kind = QComboBox()
        self.kind.addItem(tr("All kinds"), None)
        for kind in SessionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.scenario = QComboBox()
        self.stage = QComboBox()
        self.stage.addItem(tr("Any stage"), None)
        for step in STAGES:
            self.stage.addItem(step_label(step), step)
        self.stage.setToolTip(tr("Entries with written answers in this stage"))
        self.status = QComboBox()
        self.status.addItem(tr("Finished and drafts"), None)
        self.status.addItem(tr("Finished only"), True)
        self.status.addItem(tr("Drafts only"), False)
        self.tag = QComboBox()
        self.date_range = QCheckBox(tr("Date &range:"))  # named by its text (WCAG 2.5.3)
        self.date_range.setAccessibleDescription(tr("Only entries from this date range"))
        today = QDate.currentDate()
        self.date_from = self._date_edit(tr("From date"), today.addDays(-30))
        self.date_to = self._date_edit(tr("To date"), today)
        self.date_range.toggled.connect(self._on_date_range_toggle)
        self._on_date_range_toggle(False)
        self.reset_button = QPushButton(tr("Reset fi&lters"))
        self.reset_button.clicked.connect(self.reset)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._emit)
        self._layout()

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.kind, self.scenario, self.stage, self.status, self.tag)

    def _layout(self) -> None:
        tr = self.tr
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(a11y.label_for(QLabel(tr("&Search:")), self.search), 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 8)
        grid.addWidget(self.reset_button, 0, 9)
        for number, (text, combo) in enumerate(((tr("&Kind:"), self.kind),
                                                (tr("Sce&nario:"), self.scenario),
                                                (tr("S&tage:"), self.stage),
                                                (tr("Stat&us:"), self.status),
                                                (tr("Ta&g:"), self.tag))):
            row, col = divmod(number, 3)
            grid.addWidget(a11y.label_for(QLabel(text), combo), 1 + row, col * 3)
            grid.addWidget(combo, 1 + row, col * 3 + 1, 1, 2 if col < 2 else 3)
        dates = QHBoxLayout()
        dates.addWidget(self.date_range)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 6, 1, 4)
        for column in (1, 4, 7):
            grid.setColumnStretch(column, 1)
        a11y.chain(self.search, self.kind, self.scenario, self.stage, self.status, self.tag,
                   self.date_range, self.date_from, self.date_to, self.reset_button)

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = accessible(QDateEdit(value), name)
        edit.lineEdit().setAccessibleName(name)  # the field inside takes the focus
        edit.setCalendarPopup(True)
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)  # the user's language
        edit.setDisplayFormat(short if "yyyy" in short else short.replace("yy", "yyyy"))
        # The whole date stays readable whatever the length of the labels around it.
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        return edit

    # --- what is chosen ---------------------------------------------------------------------

    def current_filters(self) -> SessionFilter:
        since = until = None
        if self.date_range.isChecked():
            since, until = _day(self.date_from.date()), _day(self.date_to.date())
        return SessionFilter(kind=self.kind.currentData(), scenario_id=self.scenario.currentData(),
                             stage=self.stage.currentData(), tag=self.tag.currentData(),
                             since=since, until=until, finished=self.status.currentData())

    def search_text(self) -> str:
        return self.search.text().strip()

    def set_choices(self, scenarios: list[tuple[str, str]], tags: list[str]) -> None:
        """Offer these scenarios (id, title) and tags, keeping what was chosen if still there."""
        _refill(self.scenario, self.tr("All scenarios"), scenarios)
        _refill(self.tag, self.tr("All tags"), [(t, t) for t in tags])

    def fill_choices(self, library: Library | None, journal: JournalService) -> None:
        """Offer the library's scenarios at once, and those only the journal knows (a pack
        no longer installed) with the tags when they arrive: both are counted over every
        session (tens of ms at 100,000), on the thread pool. Until then the choices the
        journal gave last time stay, so what was chosen stays chosen."""
        self._library = library
        self._show_choices(journal)
        if not journal.readable:
            return
        self._choices_asked += 1
        asked = self._choices_asked

        def read(reader: ReadOnlyJournal) -> tuple[list[str], list[str]]:
            return (list(reader.stats.scenario_counts()),
                    [tag for tag, _count in reader.stats.tag_counts()])

        def arrived(found: tuple[list[str], list[str]]) -> None:
            if asked == self._choices_asked:  # an older read finishing late is not shown
                self._choices_asked = 0
                self._journal_choices = found
                self._show_choices(journal)

        def failed(exc: BaseException) -> None:
            if asked == self._choices_asked:
                self._choices_asked = 0
            log.warning("the journal's scenarios and tags could not be read: %r", exc)

        journal.query(read, arrived, failed, owner=self)

    @property
    def loading(self) -> bool:
        """The journal's choices are being read (tests, the stall probe)."""
        return self._choices_asked > 0

    def _show_choices(self, journal: JournalService) -> None:
        scenarios: dict[str, str] = {}
        if self._library is not None:
            scenarios.update({s.id: s.title for s in self._library.sorted_scenarios()})
        known, tags = self._journal_choices if journal.readable else ([], [])
        for ident in known:
            scenarios.setdefault(ident, ident)
        self.set_choices(sorted(scenarios.items(), key=lambda item: item[1].casefold()), tags)

    def reset(self) -> None:
        """Back to everything, no words: one `filters_changed`."""
        with ExitStack() as quiet:
            for widget in (*self.combos(), self.date_range, self.search):
                quiet.enter_context(QSignalBlocker(widget))
            for combo in self.combos():
                combo.setCurrentIndex(0)
            self.date_range.setChecked(False)
            self.search.clear()
        self._on_date_range_toggle(False)

    def _on_date_range_toggle(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        self._search_timer.stop()
        self.filters_changed.emit(self.current_filters())

    def _submit(self) -> None:
        self._emit()
        self.search_submitted.emit()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))

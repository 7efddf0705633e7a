"""The start page "Heute": continue, a suggestion, a Zwischendurch moment, cards, Vor dem Termin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios.cards import APPOINTMENT_KINDS
from desktop.ui.common import labels
from desktop.ui.common.context import AppContext
from desktop.ui.common.journal_service import ChangeKind, OpChanges
from desktop.ui.common.widgets import accessible, heading, wrapped_label

if TYPE_CHECKING:
    from desktop.core.scenarios.model import Scenario


REMINDER_AFTER_DAYS = 4


# The start page is the first screen: it is built without touching PySide6's `Qt` namespace
# (tests/test_startup_imports.py), so it names its buttons through widgets.accessible here
# instead of stage_widgets.push_button, which imports `Qt`; same rule.
def _button(text: str, description: str = "") -> QPushButton:
    """A button whose accessible name is its visible text (WCAG 2.5.3)."""
    button = QPushButton(text)
    accessible(button, labels.visible_text(text), description)
    return button


class Tile(QFrame):
    """A framed box with a heading, a line of text and a button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 14)
        self.layout_.addWidget(heading(title, 2))
        self.text = wrapped_label()
        self.layout_.addWidget(self.text)
        self.layout_.addStretch(1)

    def add_button(self, button: QPushButton) -> None:
        """The tile's button at its natural width, on the left."""
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, window=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self._suggested: Scenario | None = None
        self._resume_id: int | None = None

        # The scroll area gets its content before the content is built: handed over complete,
        # the whole page would be laid out once at a wrong width before it is shown.
        inner = QWidget()
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Start page"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setProperty("focusPolicy", "NoFocus")  # not a Tab stop: it draws no focus
        scroll.setWidget(inner)
        outer = QVBoxLayout(inner)

        self._build_practice_tiles()
        self._build_help_tiles()
        self._lay_out(outer, scroll)
        ctx.library_did_load.connect(lambda _lib: self.refresh())
        ctx.journal.changed.connect(self._on_journal_change)
        ctx.settings_did_change.connect(lambda _key: self.refresh())
        # Filled in by on_show, which the window calls as it shows the page (also the first
        # time): refreshing here as well did the start page's work twice before its first frame.

    def _build_practice_tiles(self) -> None:
        """Continue, the suggestion, Zwischendurch and Verständlich erklären."""
        self.resume_tile = Tile(self.tr("Continue"))
        self.resume_button = _button(self.tr("&Continue"),
                                         self.tr("Continue the paused exercise"))
        self.resume_button.clicked.connect(self._resume)
        self.resume_tile.add_button(self.resume_button)

        self.suggest_tile = Tile(self.tr("Suggestion for today"))
        self.suggest_button = _button(self.tr("&Start exercise"),
                                          self.tr("Start the suggested exercise"))
        self.suggest_button.clicked.connect(self._start_suggested)
        self.suggest_tile.add_button(self.suggest_button)

        self.moment_tile = Tile(self.tr("Zwischendurch (2 minutes)"))
        self.moment_tile.text.setText(self.tr(
            "A single difficult moment from a scenario: read, respond, get feedback, reflect "
            "in one sentence."))
        # Opt-in: moments from earlier exercises that are due again (practice/review.py).
        self.review_hint = wrapped_label()
        self.review_hint.setObjectName("review_hint")
        self.review_hint.setAccessibleName(self.tr("Moments ready for review"))
        self.review_hint.hide()
        self.moment_tile.layout_.insertWidget(2, self.review_hint)
        self.moment_button = _button(self.tr("Start &Zwischendurch"),
                                         self.tr("Start a two-minute exercise"))
        self.moment_button.clicked.connect(self._start_moment)
        self.moment_tile.add_button(self.moment_button)
        self.moment_explain_button = _button(self.tr("Explain &plainly"))
        self.moment_explain_button.clicked.connect(lambda: self.ctx.exercise_requested.emit(""))
        self.moment_tile.add_button(self.moment_explain_button)

        self.explain_tile = Tile(self.tr("Explain in plain words"))
        self.explain_tile.text.setText(self.tr(
            "Put an official letter into words a client with little German understands. Hints "
            "appear in your text as you write; then compare with model answers."))
        self.explain_combo = QComboBox()
        # A buddy label names a combo box (on Linux its accessible name is only its value).
        self.explain_label = labels.label_for(
            wrapped_label(self.tr("Exercise to explain:")), self.explain_combo)
        self.explain_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.explain_combo.setMinimumContentsLength(8)
        self.explain_button = _button(self.tr("Start e&xplaining"))
        self.explain_button.clicked.connect(
            lambda: self.ctx.exercise_requested.emit(self.explain_combo.currentData() or ""))
        self.explain_tile.layout_.addWidget(self.explain_label)
        self.explain_tile.layout_.addWidget(self.explain_combo)  # above: narrow windows
        self.explain_tile.add_button(self.explain_button)

    def _build_help_tiles(self) -> None:
        """Vor dem Termin, the technique cards and the own case."""
        self.before_tile = Tile(self.tr("Before the appointment"))
        self.before_tile.text.setText(self.tr(
            "What kind of appointment is coming up? The right steps and phrases on one page."))
        self.kind_combo = QComboBox()
        self.kind_label = labels.label_for(
            wrapped_label(self.tr("Type of appointment:")), self.kind_combo)
        # Narrower than its longest entry when the window is narrow (the entry is elided),
        # instead of pushing the page sideways.
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(8)
        for kind in APPOINTMENT_KINDS:
            self.kind_combo.addItem(labels.appointment_kind_label(kind), kind)
        self.before_button = _button(self.tr("Sho&w"), self.tr("Show steps and phrases"))
        self.before_button.clicked.connect(self._show_before)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo, 1)
        row.addWidget(self.before_button)
        self.before_tile.layout_.addWidget(self.kind_label)
        self.before_tile.layout_.addLayout(row)

        self.cards_tile = Tile(self.tr("Techniques"))
        self.cards_tile.text.setText(self.tr(
            "Short cards on conversation techniques: what it is about, how it works, phrases, "
            "pitfalls."))
        self.cards_button = _button(self.tr("Open &technique cards"))
        self.cards_button.clicked.connect(lambda: self._go("techniques"))
        self.cards_tile.add_button(self.cards_button)

        self.own_tile = Tile(self.tr("Reflect on your own case"))
        self.own_tile.text.setText(self.tr(
            "Think through a real conversation that stays with you, in four steps. Clients' "
            "personal data is detected as you write."))
        self.own_button = _button(self.tr("&Reflect on a case"),
                                      self.tr("Reflect on your own case"))
        self.own_button.clicked.connect(self.ctx.own_case_requested.emit)
        self.own_tile.add_button(self.own_button)

    def _lay_out(self, outer: QVBoxLayout, scroll: QScrollArea) -> None:
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.resume_tile, 0, 0)
        grid.addWidget(self.suggest_tile, 0, 1)
        grid.addWidget(self.moment_tile, 1, 0)
        grid.addWidget(self.before_tile, 1, 1)
        grid.addWidget(self.cards_tile, 2, 0)
        grid.addWidget(self.own_tile, 2, 1)
        grid.addWidget(self.explain_tile, 3, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.addWidget(heading(self.tr("Today")))
        self.greeting = wrapped_label(self.tr(
            "A few minutes between two appointments? Choose where you would like to start."))
        outer.addWidget(self.greeting)
        self.reminder = wrapped_label()
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self.reminder.hide()
        outer.addWidget(self.reminder)
        self.takeaway = wrapped_label()
        self.takeaway.setObjectName("takeaway")
        self.takeaway.hide()
        outer.addWidget(self.takeaway)
        outer.addSpacing(8)
        outer.addLayout(grid)
        outer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def on_show(self) -> None:
        self.refresh()

    def _on_journal_change(self, changes: OpChanges) -> None:
        # Drafts and practice counts: tags, feedback and shares do not show here.
        if changes.touches(ChangeKind.SESSIONS, ChangeKind.DELETED):
            self.refresh()

    def _go(self, key: str) -> None:
        if self.window_ is not None:
            self.window_.show_page(key)

    def refresh(self) -> None:
        self._refresh_reminder()
        self._refresh_review_hint()
        self._refresh_takeaway()
        journal = self.ctx.journal
        lib = self.ctx.library
        draft = journal.store.latest_unfinished() if journal.readable else None
        self._resume_id = None
        if draft is not None and (lib is None or draft.scenario_id in lib.scenarios
                                  or draft.scenario_id in lib.exercises
                                  or not draft.scenario_id):
            self._resume_id = draft.id
            self.resume_tile.text.setText(self.tr("{title}\nLast step: {step}").format(
                title=draft.title, step=labels.step_label(draft.step)))
        else:
            self.resume_tile.text.setText(self.tr("No paused exercise. Everything you write is "
                                                  "saved straight away."))
        self.resume_button.setEnabled(self._resume_id is not None)
        self._refresh_suggestion()
        self.moment_button.setEnabled(lib is not None and bool(lib.scenarios))
        self._refresh_exercises()
        self.own_tile.setVisible(bool(self.ctx.settings.get("own_case_enabled", True)))

    def _refresh_exercises(self) -> None:
        lib = self.ctx.library
        exercises = lib.sorted_exercises() if lib is not None else []
        chosen = self.explain_combo.currentData()
        with QSignalBlocker(self.explain_combo):  # refilling is no choice of the user's
            self.explain_combo.clear()
            for exercise in exercises:
                self.explain_combo.addItem(exercise.title, exercise.id)
            index = self.explain_combo.findData(chosen) if chosen else -1
            self.explain_combo.setCurrentIndex(max(index, 0))
        for widget in (self.explain_combo, self.explain_button, self.moment_explain_button):
            widget.setEnabled(bool(exercises))

    def _refresh_takeaway(self) -> None:
        """Opt-in (chosen in the debrief): what the user took from the last session, shown
        until the next one starts."""
        journal = self.ctx.journal
        text = None
        if self.ctx.settings.get("takeaway_on_start") and journal.readable:
            text = journal.store.pending_takeaway()
        if text:
            shown = self.tr("What you took from last time: “{text}”").format(text=text)
            self.takeaway.setText(shown)
            self.takeaway.setAccessibleName(shown)
        self.takeaway.setVisible(bool(text))

    def _refresh_review_hint(self) -> None:
        """The opt-in hint that moments are ready for review: one quiet sentence, no count,
        no colour, nothing about what was missed. The journal replays only moments changed
        since it was last asked (all of them once after the update to schema v5: seconds at
        a hundred thousand sessions), so it is worked out on the thread pool, storing what it
        replayed when the journal can be written."""
        journal = self.ctx.journal
        if not self.ctx.settings.get("review_hint_enabled") or not journal.readable:
            self.review_hint.hide()
            return
        work = journal.run if journal.writable else journal.query
        work(lambda reader: len(reader.stats.due_reviews()), self._show_review_hint,
             lambda _exc: self.review_hint.hide(), owner=self)

    def _show_review_hint(self, due: int) -> None:
        if not self.ctx.settings.get("review_hint_enabled"):
            due = 0
        if due:
            self.review_hint.setText(
                self.tr("One moment from an earlier exercise is ready to be looked at again; "
                        "Zwischendurch starts with it.") if due == 1 else
                self.tr("A few moments from earlier exercises are ready to be looked at again; "
                        "Zwischendurch starts with them."))
        self.review_hint.setVisible(bool(due))

    def _refresh_reminder(self) -> None:
        """The opt-in reminder: a friendly line after a few quiet days, never a count of
        missed days and never a pop-up."""
        journal = self.ctx.journal
        days = None
        if self.ctx.settings.get("reminder_enabled") and journal.readable:
            latest = journal.store.list_sessions(limit=1)
            if latest:
                from datetime import UTC, datetime

                last = datetime.fromisoformat(latest[0].updated_at)
                days = (datetime.now(UTC) - last).days
        if days is not None and days >= REMINDER_AFTER_DAYS:
            self.reminder.setText(self.tr(
                "It has been a few days since your last exercise. A two-minute moment fits "
                "between two appointments, whenever it suits you."))
            self.reminder.show()
        else:
            self.reminder.hide()

    def _refresh_suggestion(self) -> None:
        """Suggest the least practised scenario. Counting the sessions per scenario reads the
        journal's whole index (10–20 ms at 100,000 sessions, after every session), so it is
        counted on the thread pool; the tile keeps what it showed until the count is in."""
        journal = self.ctx.journal
        if self.ctx.library is None or not journal.readable:
            self._show_suggestion({})
            return
        journal.query(lambda reader: reader.stats.scenario_counts(), self._show_suggestion,
                      lambda _exc: self._show_suggestion({}), owner=self)

    def _show_suggestion(self, counts: dict[str, int]) -> None:
        lib = self.ctx.library
        self._suggested = None
        if lib is not None:
            # Imported with the first library: the scenario model is no part of the first
            # screen, which shows "Loading the scenarios …" here.
            from desktop.core.practice.moments import suggest_scenario

            self._suggested = suggest_scenario(lib.sorted_scenarios(), counts)
        if self._suggested is None:
            self.suggest_tile.text.setText(self.tr("Loading the scenarios …") if lib is None
                                           else self.tr("No scenarios found."))
        else:
            s = self._suggested
            self.suggest_tile.text.setText(f"{s.title}\n{labels.setting_label(s.setting.value)}"
                                           f" · {labels.minutes_label(s.minutes)} · "
                                           f"{labels.level_label(s.level)}")
        self.suggest_button.setEnabled(self._suggested is not None)

    def _resume(self) -> None:
        if self._resume_id is not None:
            self.ctx.session_requested.emit(self._resume_id)

    def _start_suggested(self) -> None:
        if self._suggested is not None:
            self.ctx.scenario_requested.emit(self._suggested.id)

    def _start_moment(self) -> None:
        self.ctx.moment_requested.emit()

    def _show_before(self) -> None:
        from desktop.ui.practice.before_page import BeforeAppointmentPage

        page = self.window_.show_page("before") if self.window_ is not None else None
        if isinstance(page, BeforeAppointmentPage):
            page.show_kind(self.kind_combo.currentData())

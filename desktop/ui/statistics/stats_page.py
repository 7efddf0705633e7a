"""Statistics for the learner alone: sessions per week, strain before and after, the ratings of
choices, the topics practised and not yet, and (only when switched on) the days with practice
in the last four weeks, a rolling view that never becomes a streak.

Nothing here is a score or a comparison (design.md §2.3), and a day without practice is never
shown as a failure. Every chart has a text description beside it (also its accessible
description), series differ by pattern, marker and label as well as colour, and the colours
come from the palette, so our high-contrast palette and the system's both work. The figures
are read on the thread pool through a read-only journal connection of their own.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.core.journal import StageRatings
from desktop.core.journal.stats import (
    DAYS_WINDOW,
    STRAIN_WEEKS,
    WEEKS_SHOWN,
    StatsData,
    days_practised,
    mean,
    monday,
    read_stats,
)
from desktop.core.scenarios.model import Stage
from desktop.ui.common import a11y, labels
from desktop.ui.common.chart_layout import count_axis
from desktop.ui.common.charts import (
    BarChart,
    BarSet,
    ChartCard,
    LineChart,
    LineSeries,
    series_colours,
)
from desktop.ui.common.context import AppContext
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.widgets import SPACE, heading, page_layout, wrapped_label
from desktop.ui.statistics.days_strip import DaysStrip

CHOICE_STAGES = (Stage.DEUTEN, Stage.BEEINFLUSSEN, Stage.REAGIEREN)


class StatsPage(QWidget):
    """The learner's own statistics; figures load in the background when the page is shown."""

    def __init__(self, ctx: AppContext, window=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.data: StatsData | None = None
        self._figures = LatestJob(self)  # read on the pool; only the newest read is drawn
        self._dirty = True
        inner = QWidget()
        layout = page_layout(QVBoxLayout(inner))
        layout.addWidget(heading(self.tr("Statistics")))
        self.summary = wrapped_label(self.tr("The figures are being read …"))
        layout.addWidget(self.summary)
        self.streak = wrapped_label()
        self.streak.setObjectName("streak")
        layout.addWidget(self.streak)
        self.days_strip = DaysStrip()
        self.days_strip.setVisible(False)
        layout.addWidget(self.days_strip)
        self.weeks_card = ChartCard(self.tr("Sessions per week"))
        self.strain_card = ChartCard(self.tr("Strain before and after"))
        self.ratings_card = ChartCard(self.tr("How your dialogue choices were rated"))
        self.choices_card = ChartCard(self.tr("Your choices compared with the recommendation"))
        self.topics_card = ChartCard(self.tr("Topics practised"))
        for card in self._cards():
            # the charts are what the page is for: each is a Tab stop that says its figures,
            # and the arrow keys on it scroll the page (the page itself takes no focus)
            a11y.reading_stop(card.view)
        grid = QGridLayout()
        grid.setSpacing(SPACE[3])
        for number, card in enumerate((self.weeks_card, self.strain_card, self.ratings_card,
                                       self.choices_card)):
            grid.addWidget(card, number // 2, number % 2)
        grid.addWidget(self.topics_card, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Statistics"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a control: no Tab stop
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        ctx.journal.changed.connect(self._on_journal_change)
        ctx.journal.state_did_change.connect(lambda _state: self._on_change())
        ctx.library_did_load.connect(lambda _lib: self._redraw())
        ctx.settings_did_change.connect(self._on_setting_change)
        self.streak.setVisible(False)
        self.reload()

    def _cards(self) -> tuple[ChartCard, ...]:
        return (self.weeks_card, self.strain_card, self.ratings_card, self.choices_card,
                self.topics_card)

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the figures again on the thread pool; the charts follow when they arrive."""
        journal = self.ctx.journal
        self._dirty = False
        if not journal.readable:
            self.summary.setText(journal.unavailable_text(write=False))
            return
        streak = bool(self.ctx.settings.get("streak_enabled"))
        database = journal.data.database
        self._figures.submit(lambda: read_stats(database, streak), self._on_loaded,
                             self._on_failed)

    def _on_loaded(self, data: StatsData) -> None:
        self.data = data
        self._redraw()

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The figures could not be read: {error}").format(error=exc))

    def _on_journal_change(self, changes) -> None:
        from desktop.ui.common.journal_service import ChangeKind

        if changes.touches(ChangeKind.SESSIONS, ChangeKind.DELETED, ChangeKind.TAGS):
            self._on_change()

    def _on_change(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def _on_setting_change(self, key: str) -> None:
        if key == "streak_enabled":
            self._on_change()

    def on_show(self) -> None:
        if self._dirty:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._redraw()

    # --- drawing ------------------------------------------------------------------------------

    def _bars(self, name: str, values: list[int], colour: QColor | None = None) -> BarSet:
        """One set of bars in the first series colour (each bar carries its value, so the
        figure is readable without telling colours or bar lengths apart)."""
        return BarSet(name, [float(v) for v in values],
                      colour or series_colours(self.palette())[0])

    def _redraw(self) -> None:
        data = self.data
        if data is None:
            return
        self.summary.setText(self.tr(
            "Sessions in your journal: %n. These figures are for you alone; nobody else sees "
            "them.", "", data.sessions))
        self._show_streak(data)
        self._draw_weeks(data)
        self._draw_strain(data)
        self._draw_ratings(data)
        self._draw_choices(data)
        self._draw_topics(data)

    def _show_streak(self, data: StatsData) -> None:
        """Days with practice out of the last 28, as a sentence and a strip of 28 boxes:
        no run of days, nothing to break, nothing missed."""
        enabled = bool(self.ctx.settings.get("streak_enabled"))
        self.streak.setVisible(enabled)
        self.days_strip.setVisible(enabled)
        if not enabled:
            return
        count = days_practised(data.practice_days, data.today)
        if count:
            text = self.tr("In the last four weeks you practised on {n} of {total} days.").format(
                n=count, total=DAYS_WINDOW)
        else:
            text = self.tr("Whenever you have a few minutes: every session counts.")
        self.streak.setText(text)
        self.streak.setAccessibleName(text)
        self.days_strip.show_days(data.practice_days, data.today, text)

    def _draw_weeks(self, data: StatsData) -> None:
        first = monday(data.today) - timedelta(weeks=WEEKS_SHOWN - 1)
        weeks = [first + timedelta(weeks=n) for n in range(WEEKS_SHOWN)]
        counts = [data.weeks.get(w, 0) for w in weeks]
        top, step = count_axis(max(counts))
        chart = BarChart([f"{w:%d.%m}" for w in weeks],  # the Monday of each week
                         [self._bars(self.tr("Sessions"), counts)], top, step,
                         small_category_labels=True)
        total = sum(counts)
        active = sum(1 for c in counts if c)
        if total:
            best = weeks[counts.index(max(counts))]
            text = self.tr("Sessions in the last {weeks} weeks: %n, in {active} of the weeks; "
                           "most in the week of {best:%d.%m.} ({most}).",
                           "", total).format(weeks=WEEKS_SHOWN, active=active, best=best,
                                             most=max(counts))
        else:
            text = self.tr("No sessions in the last {weeks} weeks yet. The chart fills as you "
                           "practise.").format(weeks=WEEKS_SHOWN)
        self.weeks_card.show_chart(chart, text)

    def _draw_strain(self, data: StatsData) -> None:
        before_colour, after_colour, _ = series_colours(self.palette())

        def day(moment) -> float:  # x positions in days
            return float(moment.toordinal())

        before = LineSeries(self.tr("before: solid line, round points"),
                            [(day(w.week_start), w.before) for w in data.strain
                             if w.before is not None], before_colour)
        after = LineSeries(self.tr("after: dashed line, square points"),
                           [(day(w.week_start), w.after) for w in data.strain
                            if w.after is not None], after_colour, dashed=True, square=True)
        if data.strain:
            lo, hi = day(data.strain[0].week_start) - 3, day(data.strain[-1].week_start) + 3
            every = max(1, -(-len(data.strain) // 5))  # at most about six labels
            ticks = [(day(w.week_start), f"{w.week_start:%d.%m.}")
                     for w in data.strain[::every]]
        else:
            today = day(data.today)
            lo, hi, ticks = today - 7, today + 7, [(today, f"{data.today:%d.%m.}")]
        chart = LineChart([before, after], (lo, hi), ticks, 10, 2)
        befores = [w.before for w in data.strain if w.before is not None]
        afters = [w.after for w in data.strain if w.after is not None]
        if befores or afters:
            text = self.tr("Weekly averages over the last {weeks} weeks (0 = not at all, 10 = "
                           "very strong): before {before}, after {after}. In {lower} of {pairs} "
                           "sessions with both values the strain was lower afterwards.").format(
                weeks=STRAIN_WEEKS, before=_fmt(mean(befores)), after=_fmt(mean(afters)),
                lower=data.strain_lower_after, pairs=data.strain_pairs)
        else:
            text = self.tr("No strain noted yet. In {stage} you can note how strained you "
                           "feel before and after.").format(
                stage=labels.stage_label(Stage.VERARBEITEN))
        self.strain_card.show_chart(chart, text)

    def _draw_ratings(self, data: StatsData) -> None:
        r = data.ratings.get(Stage.REAGIEREN, StageRatings())
        values = (("hilfreich", r.hilfreich), ("teils", r.teils), ("ungünstig", r.unguenstig))
        names = [f"{labels.rating_symbol(k)} {labels.rating_label(k)}" for k, _ in values]
        top, step = count_axis(max(v for _, v in values))
        chart = BarChart(names, [self._bars(self.tr("Choices"), [v for _, v in values])],
                         top, step, horizontal=True)
        total = sum(v for _, v in values)
        if total:
            text = self.tr("Of {n} choices in the dialogue ({stage}): {h} helpful, {t} partly "
                           "helpful, {u} unhelpful. Choices taken back are not counted.").format(
                n=total, stage=labels.stage_label(Stage.REAGIEREN), h=r.hilfreich, t=r.teils,
                u=r.unguenstig)
        else:
            text = self.tr("No dialogue choices yet.")
        self.ratings_card.show_chart(chart, text)

    def _draw_choices(self, data: StatsData) -> None:
        first, second, _ = series_colours(self.palette())
        counts = [data.ratings.get(stage, StageRatings()) for stage in CHOICE_STAGES]
        recommended = BarSet(self.tr("recommended option (solid)"),
                             [float(c.recommended) for c in counts], first)
        other = BarSet(self.tr("another option (hatched)"), [float(c.other) for c in counts],
                       second, hatched=True)
        top, step = count_axis(max([c.recommended for c in counts]
                                          + [c.other for c in counts]))
        chart = BarChart([labels.stage_label(s) for s in CHOICE_STAGES], [recommended, other], top, step,
                         legend=True)
        parts = []
        for stage in CHOICE_STAGES:
            c = data.ratings.get(stage, StageRatings())
            if c.recommended or c.other:
                parts.append(self.tr("{stage}: {r} recommended, {o} other").format(
                    stage=labels.stage_label(stage), r=c.recommended, o=c.other))
        text = ("; ".join(parts) + ". " + self.tr("Another option is often a fine choice too; "
                                                  "the feedback says why.")) if parts else \
            self.tr("No choices in {a}, {b} or {c} yet.").format(
                **dict(zip("abc", (labels.stage_label(s) for s in CHOICE_STAGES), strict=True)))
        self.choices_card.show_chart(chart, text)

    def _draw_topics(self, data: StatsData) -> None:
        lib = self.ctx.library
        per_topic: Counter[str] = Counter()
        all_topics: set[str] = set()
        if lib is not None:
            for scenario in lib.scenarios.values():
                all_topics.update(scenario.topics)
                for topic in scenario.topics:
                    per_topic[topic] += data.scenario_counts.get(scenario.id, 0)
        # Every topic, the practised ones first (most first, equals alphabetically); a topic
        # not practised yet is a bar of 0. Alphabetical as a reader expects it: "Ältere
        # Kundschaft" among the A's, not after "Würde" as code points would put it.
        by_name = sorted(all_topics, key=lambda t: labels.sort_key(labels.topic_label(t)))
        practised = sorted(((t, per_topic[t]) for t in by_name if per_topic[t]),
                           key=lambda item: -item[1])  # stable: equal counts stay alphabetical
        missing = [labels.topic_label(t) for t in by_name if not per_topic[t]]
        shown = practised + [(t, 0) for t in by_name if not per_topic[t]]
        colour = series_colours(self.palette())[2 if self.palette().color(
            QPalette.ColorRole.Base).lightness() >= 128 else 1]
        top, step = count_axis(max([n for _, n in practised] or [0]))
        chart = BarChart([labels.topic_label(t) for t, _ in shown] or ["–"],
                         [self._bars(self.tr("Sessions"), [n for _, n in shown] or [0],
                                     colour)], top, step, horizontal=True)
        if lib is None:
            text = self.tr("The scenarios are still loading.")
        else:
            done = ", ".join(f"{labels.topic_label(t)} ({n})" for t, n in practised)
            text = (self.tr("Practised: {topics}.").format(topics=done) if practised else
                    self.tr("No topic practised yet."))
            if missing:
                text += " " + self.tr("Not practised yet: {topics}.").format(
                    topics=", ".join(missing))
        self.topics_card.fit_rows(len(shown))
        self.topics_card.show_chart(chart, text)


def _fmt(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "f", 1)

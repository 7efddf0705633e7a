"""The team view: what the team practises and where it struggles, never about one person.

Every figure comes from `Workspace.team_view()`, which leaves out any figure with fewer than
five contributing pseudonyms; below five overall the page says plainly why it shows nothing.
The figures are charts of the team as a whole (scenarios, stages, hardest moments, strain),
each with a sentence that says its numbers; there is no figure per pseudonym and nothing is
ordered by person.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.supervision import MIN_CONTRIBUTORS, TeamView, Workspace, WorkspaceError
from desktop.ui.common import labels
from desktop.ui.common.chart_layout import count_axis, number
from desktop.ui.common.charts import BarChart, BarSet, ChartCard, series_colours
from desktop.ui.common.context import AppContext
from desktop.ui.common.tasks import LatestJob
from desktop.ui.common.widgets import SPACE, heading, page_layout, paragraph


class TeamPage(QWidget):
    """Team figures from the supervisor's workspace, refreshed whenever the page is shown."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view: TeamView | None = None
        self._figures = LatestJob(self)  # shown, refreshed, shown again: the newest read wins
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.summary = paragraph()
        self.hidden_note = paragraph()
        self.scenarios_card = ChartCard(self.tr("Scenarios practised"))
        self.stages_card = ChartCard(self.tr("Stages reflected"))
        self.moments_card = ChartCard(self.tr("Hardest moments"))
        self.strain_card = ChartCard(self.tr("Strain before and after"))
        self.cards = (self.scenarios_card, self.stages_card, self.moments_card,
                      self.strain_card)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, SPACE[1], 0)
        body.setSpacing(SPACE[3])
        body.addWidget(self.summary)
        body.addWidget(self.scenarios_card)
        body.addWidget(self.hidden_note)
        pair = QHBoxLayout()
        pair.setSpacing(SPACE[3])
        pair.addWidget(self.stages_card, 1)
        pair.addWidget(self.strain_card, 1)
        body.addLayout(pair)
        body.addWidget(self.moments_card)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a control: no Tab stop
        scroll.setWidget(inner)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Team view")), 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = page_layout(QVBoxLayout(self))
        layout.addLayout(top)
        layout.addWidget(paragraph(self.tr(
            "What the team practises and where it struggles, to plan trainings and collegial "
            "case consultation. There are no figures about single people and no rankings of "
            "people.")))
        layout.addWidget(scroll, 1)

    def on_show(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures on the thread pool (a connection of its own: they read every
        imported entry, a quarter of a second at 5,000), then show them."""
        database = self.ctx.data.supervision_database

        def work() -> TeamView:
            with Workspace.open(database) as workspace:
                return workspace.team_view()

        self._figures.submit(work, self.show_view, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self._show_sentence(str(exc) if isinstance(exc, WorkspaceError) else self.tr(
            "The team figures could not be read: {error}").format(error=exc))

    def _show_sentence(self, text: str) -> None:
        self.summary.setText(text)
        self.hidden_note.hide()
        for card in self.cards:
            card.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.view is not None:
            self.show_view(self.view)  # the series colours follow the palette

    def show_view(self, view: TeamView) -> None:
        """Draw the figures (or say why there are none)."""
        self.view = view
        n = MIN_CONTRIBUTORS
        if not view.enough:
            self._show_sentence(self.tr(
                "Not enough contributors yet. The team view shows a figure only when at least "
                "{n} different pseudonyms contributed to it, so that no figure is about one "
                "person. So far fewer than {n} pseudonyms have shared entries with you.").format(
                n=n))
            return
        self.summary.setText(self.tr(
            "Pseudonyms contributing: %n. Each figure below counts at least {n} of them; "
            "figures about fewer are left out.", "", view.contributors or 0).format(n=n))
        for card in self.cards:
            card.show()
        self.hidden_note.setVisible(bool(view.scenarios_hidden))
        self.hidden_note.setText(self.tr(
            "Scenarios or own cases not shown because fewer than {n} pseudonyms contributed "
            "to each: %n.", "", view.scenarios_hidden).format(n=n))
        self._draw_scenarios(view)
        self._draw_stages(view)
        self._draw_moments(view)
        self._draw_strain(view)

    def _bars(self, name: str, values: list[float], which: int = 0,
              hatched: bool = False) -> BarSet:
        return BarSet(name, values, series_colours(self.palette())[which], hatched)

    def _draw_scenarios(self, view: TeamView) -> None:
        own = self.tr("own cases (real conversations)")
        names = [s.title or s.scenario_id or own for s in view.scenarios]
        counts = [float(s.entries) for s in view.scenarios]
        if not counts:
            self.scenarios_card.show_chart(None, self.tr(
                "No scenario has reached {n} pseudonyms yet.").format(n=MIN_CONTRIBUTORS))
            return
        top, step = count_axis(max(counts))
        self.scenarios_card.fit_rows(len(names))
        self.scenarios_card.show_chart(
            BarChart(names, [self._bars(self.tr("Entries"), counts)], top, step,
                     horizontal=True),
            self.tr("Entries per scenario: {figures}.").format(figures=", ".join(
                f"{name} ({s.entries})" for name, s in zip(names, view.scenarios,
                                                           strict=True))))

    def _draw_stages(self, view: TeamView) -> None:
        if not view.stages:
            self.stages_card.show_chart(None, self.tr(
                "No stage has reached {n} pseudonyms yet.").format(n=MIN_CONTRIBUTORS))
            return
        names = [labels.stage_label(s.stage) for s in view.stages]
        counts = [float(s.entries) for s in view.stages]
        top, step = count_axis(max(counts))
        self.stages_card.show_chart(
            BarChart(names, [self._bars(self.tr("Entries"), counts)], top, step),
            self.tr("Entries that reflect each stage: {figures}.").format(figures=", ".join(
                f"{name} ({s.entries})" for name, s in zip(names, view.stages, strict=True))))

    def _draw_moments(self, view: TeamView) -> None:
        explained = self.tr(
            "Decision points where unfavourable choices were made most often; each moment "
            "counts at least {n} pseudonyms who chose unfavourably there.").format(
            n=MIN_CONTRIBUTORS)
        if not view.moments:
            self.moments_card.show_chart(None, explained + " " + self.tr(
                "No moment has reached {n} pseudonyms yet.").format(n=MIN_CONTRIBUTORS))
            return
        names = [f"{m.scenario_title or m.scenario_id}: {m.node_title or m.node_id}"
                 for m in view.moments]
        unfavourable = self._bars(self.tr("✖ unfavourable choices (solid)"),
                                  [float(m.unfavourable) for m in view.moments])
        every = self._bars(self.tr("all choices there (hatched)"),
                           [float(m.choices) for m in view.moments], 1, hatched=True)
        top, step = count_axis(max(m.choices for m in view.moments))
        self.moments_card.fit_rows(2 * len(names) + 1)
        self.moments_card.show_chart(
            BarChart(names, [unfavourable, every], top, step, horizontal=True, legend=True),
            explained + " " + "; ".join(self.tr("{moment}: {bad} of {all} choices "
                                                "unfavourable").format(
                moment=name, bad=m.unfavourable, all=m.choices)
                for name, m in zip(names, view.moments, strict=True)) + ".")

    def _draw_strain(self, view: TeamView) -> None:
        s = view.strain
        if s is None:
            self.strain_card.show_chart(None, self.tr(
                "Fewer than {n} pseudonyms gave their strain before and after.").format(
                n=MIN_CONTRIBUTORS))
            return
        chart = BarChart([self.tr("before"), self.tr("after")],
                         [self._bars(self.tr("Average strain (0–10)"), [s.before, s.after])],
                         10, 2)
        self.strain_card.show_chart(chart, self.tr(
            "Average strain (0 = not at all, 10 = very strong): before {before}, after "
            "{after}. Entries with both values: %n; each pseudonym counts once, however "
            "many entries it shared.", "", s.entries).format(
            before=number(s.before), after=number(s.after)))

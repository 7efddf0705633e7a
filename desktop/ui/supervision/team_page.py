"""The team view: what the team practises and where it struggles, never about one person.

Every figure comes from `Workspace.team_view()`, which leaves out any figure with fewer than
five contributing pseudonyms; below five overall the page says plainly why it shows nothing.
Figures are tables with text bars (▇), so nothing depends on colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.scenarios import render
from desktop.core.supervision import MIN_CONTRIBUTORS, TeamView, Workspace, WorkspaceError
from desktop.ui.common import labels
from desktop.ui.common.context import AppContext
from desktop.ui.common.text_view import TextView
from desktop.ui.common.widgets import accessible, heading
from desktop.ui.supervision.shared_entry import fitted_label

BAR = "▇"
BAR_WIDTH = 20



def _tr(text: str) -> str:
    return QCoreApplication.translate("team", text)


def _bar(value: float, largest: float) -> str:
    return BAR * max(1, round(BAR_WIDTH * value / largest)) if largest > 0 and value > 0 else ""


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    e = render.escape
    head = "".join(f"<th align='left'>{e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table cellpadding='4'><tr>{head}</tr>{body}</table>"


def _p(text: str, muted: bool = False) -> str:
    style = " class='muted'" if muted else ""
    return f"<p{style}>{render.escape(text)}</p>"


def _h(text: str) -> str:
    return f"<h2>{render.escape(text)}</h2>"


def team_html(view: TeamView) -> str:
    """The whole team view as HTML; every text escaped."""
    n = MIN_CONTRIBUTORS
    if not view.enough:
        return _h(_tr("Not enough contributors yet")) + _p(_tr(
            "The team view shows a figure only when at least {n} different pseudonyms "
            "contributed to it, so that no figure is about one person. So far fewer than {n} "
            "pseudonyms have shared entries with you.").format(n=n))
    parts = [_p(_tr("Figures from {count} pseudonyms. Each figure below counts at least {n} "
                    "of them; figures about fewer are left out.").format(
        count=view.contributors, n=n))]
    parts.append(_h(_tr("Scenarios practised")))
    if view.scenarios:
        largest = max(s.entries for s in view.scenarios)
        own = _tr("own cases (real conversations)")
        parts.append(_table((_tr("Scenario"), _tr("Entries"), ""), [
            (s.title or s.scenario_id or own, str(s.entries), _bar(s.entries, largest))
            for s in view.scenarios]))
    else:
        parts.append(_p(_tr("No scenario has reached {n} pseudonyms yet.").format(n=n)))
    if view.scenarios_hidden:
        parts.append(_p(_tr("Not shown because fewer than {n} pseudonyms contributed to each: "
                            "{count} (scenarios or own cases).").format(
            count=view.scenarios_hidden, n=n), muted=True))
    parts.append(_h(_tr("Stages reflected")))
    if view.stages:
        largest = max(s.entries for s in view.stages)
        parts.append(_table((_tr("Stage"), _tr("Entries"), ""), [
            (labels.stage_label(s.stage), str(s.entries), _bar(s.entries, largest))
            for s in view.stages]))
    else:
        parts.append(_p(_tr("No stage has reached {n} pseudonyms yet.").format(n=n)))
    parts.append(_h(_tr("Hardest moments")))
    parts.append(_p(_tr("Decision points where unfavourable choices were made most often; "
                        "each moment counts at least {n} pseudonyms who chose unfavourably "
                        "there.").format(n=n)))
    if view.moments:
        parts.append(_table((_tr("Scenario"), _tr("Moment"), _tr("✖ unfavourable"),
                             _tr("of all choices there")), [
            (m.scenario_title or m.scenario_id, m.node_title or m.node_id,
             str(m.unfavourable), str(m.choices)) for m in view.moments]))
    else:
        parts.append(_p(_tr("No moment has reached {n} pseudonyms yet.").format(n=n)))
    parts.append(_h(_tr("Strain before and after")))
    if view.strain is not None:
        s = view.strain
        parts.append(_table((_tr("Strain (0–10)"), _tr("Average"), ""), [
            (_tr("before"), f"{s.before:.1f}", _bar(s.before, 10)),
            (_tr("after"), f"{s.after:.1f}", _bar(s.after, 10))]))
        parts.append(_p(_tr("From {count} entries with both values; each pseudonym counts "
                            "once, however many entries it shared.").format(count=s.entries),
                        muted=True))
    else:
        parts.append(_p(_tr("Fewer than {n} pseudonyms gave their strain before and "
                            "after.").format(n=n)))
    return "".join(parts)


class TeamPage(QWidget):
    """Team figures from the supervisor's workspace, refreshed whenever the page is shown."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view: TeamView | None = None
        self.report = TextView(name=self.tr("Team figures"))
        self.refresh_button = accessible(QPushButton(self.tr("&Refresh")),
                                         self.tr("Refresh the team figures"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Team view")), 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(fitted_label(self.tr(
            "What the team practises and where it struggles, to plan trainings and collegial "
            "case consultation. There are no figures about single people and no rankings of "
            "people.")))
        layout.addWidget(self.report, 1)
        self.refresh()

    def on_show(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures on the thread pool (a connection of its own: they read every
        imported entry, a quarter of a second at 5,000), then show them."""
        from desktop.ui.common.tasks import run_in_background

        database = self.ctx.data.supervision_database

        def work() -> TeamView:
            with Workspace.open(database) as workspace:
                return workspace.team_view()

        def show(view: TeamView) -> None:
            self.view = view
            self.report.set_html(team_html(view))

        def failed(exc: BaseException) -> None:
            text = str(exc) if isinstance(exc, WorkspaceError) else self.tr(
                "The team figures could not be read: {error}").format(error=exc)
            self.report.set_html(f"<p>{render.escape(text)}</p>")

        run_in_background(work, show, failed, owner=self)

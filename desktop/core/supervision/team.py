"""Team figures for planning trainings: never about one person (design.md §2.3).

The rule, applied to every single figure: it is given only when at least `MIN_CONTRIBUTORS`
different pseudonyms contributed to it; otherwise it is left out (None or absent), and the
whole view says `enough=False` while fewer than five pseudonyms have shared anything. There are
no figures per pseudonym and no ordering by person. Which figure counts whom:

- scenarios and stages practised: the pseudonyms with an entry in that scenario or stage;
- hardest moments (decision nodes with the most "ungünstig" choices): the pseudonyms who made
  an unfavourable choice there, so that no moment is shown because of one person's path;
- strain before and after: the pseudonyms with both values; each pseudonym weighs the same
  (the mean of each one's mean), so that one prolific sharer cannot set the team's figure.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from desktop.core.scenarios.model import Rating

MIN_CONTRIBUTORS = 5
MAX_MOMENTS = 10


@dataclass(frozen=True)
class ScenarioFigure:
    scenario_id: str | None  # None: eigene Fälle (real cases, no scenario)
    title: str
    entries: int


@dataclass(frozen=True)
class StageFigure:
    stage: str
    entries: int


@dataclass(frozen=True)
class MomentFigure:
    """A decision node where many unfavourable choices were made."""

    scenario_id: str
    scenario_title: str
    node_id: str
    node_title: str | None
    unfavourable: int
    choices: int


@dataclass(frozen=True)
class StrainFigure:
    before: float
    after: float
    entries: int


@dataclass(frozen=True)
class TeamView:
    """Everything the team page shows; empty unless at least five pseudonyms contributed."""

    enough: bool
    contributors: int | None = None  # only told when there are at least five
    scenarios: tuple[ScenarioFigure, ...] = ()
    scenarios_hidden: int = 0
    stages: tuple[StageFigure, ...] = ()
    stages_hidden: int = 0
    moments: tuple[MomentFigure, ...] = field(default_factory=tuple)
    strain: StrainFigure | None = None


def team_view(conn: sqlite3.Connection, minimum: int = MIN_CONTRIBUTORS) -> TeamView:
    """All team figures from a workspace connection, each gated by `minimum` pseudonyms."""
    total = conn.execute("SELECT count(DISTINCT pseudonym) FROM entries").fetchone()[0]
    if total < minimum:
        return TeamView(enough=False)
    scenarios, scenarios_hidden = _scenarios(conn, minimum)
    stages, stages_hidden = _stages(conn, minimum)
    return TeamView(enough=True, contributors=total, scenarios=scenarios,
                    scenarios_hidden=scenarios_hidden, stages=stages,
                    stages_hidden=stages_hidden, moments=_moments(conn, minimum),
                    strain=_strain(conn, minimum))


def _scenarios(conn: sqlite3.Connection, minimum: int) -> tuple[tuple[ScenarioFigure, ...], int]:
    rows = conn.execute(
        "SELECT scenario_id, coalesce(max(scenario_title), ''), count(*), "
        "count(DISTINCT pseudonym) FROM entries GROUP BY scenario_id").fetchall()
    shown = [ScenarioFigure(r[0], r[1], r[2]) for r in rows if r[3] >= minimum]
    shown.sort(key=lambda f: (-f.entries, f.title.lower()))
    return tuple(shown), sum(1 for r in rows if r[3] < minimum)


def _stages(conn: sqlite3.Connection, minimum: int) -> tuple[tuple[StageFigure, ...], int]:
    rows = conn.execute(
        "SELECT s.stage, count(*), count(DISTINCT e.pseudonym) FROM entry_stages s "
        "JOIN entries e ON e.id = s.entry_id GROUP BY s.stage").fetchall()
    order = ("deuten", "beeinflussen", "reagieren", "verarbeiten")
    shown = [StageFigure(r[0], r[1]) for r in rows if r[2] >= minimum]
    shown.sort(key=lambda f: order.index(f.stage) if f.stage in order else len(order))
    return tuple(shown), sum(1 for r in rows if r[2] < minimum)


def _moments(conn: sqlite3.Connection, minimum: int) -> tuple[MomentFigure, ...]:
    rows = conn.execute(
        "SELECT e.scenario_id, coalesce(max(e.scenario_title), ''), p.node_id, "
        "max(p.node_title), sum(p.rating = ?), count(*), "
        "count(DISTINCT CASE WHEN p.rating = ? THEN e.pseudonym END) AS people "
        "FROM path_steps p JOIN entries e ON e.id = p.entry_id "
        "WHERE e.scenario_id IS NOT NULL GROUP BY e.scenario_id, p.node_id "
        "HAVING people >= ? ORDER BY 5 DESC, 2, 4, 3 LIMIT ?",
        (Rating.UNGUENSTIG.value, Rating.UNGUENSTIG.value, minimum, MAX_MOMENTS)).fetchall()
    return tuple(MomentFigure(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows)


def _strain(conn: sqlite3.Connection, minimum: int) -> StrainFigure | None:
    rows = conn.execute(
        "SELECT avg(strain_before), avg(strain_after), count(*) FROM entries "
        "WHERE strain_before IS NOT NULL AND strain_after IS NOT NULL "
        "GROUP BY pseudonym").fetchall()
    if len(rows) < minimum:
        return None
    return StrainFigure(before=round(sum(r[0] for r in rows) / len(rows), 1),
                        after=round(sum(r[1] for r in rows) / len(rows), 1),
                        entries=sum(r[2] for r in rows))

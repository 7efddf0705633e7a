"""What to practise next: a Zwischendurch moment (one decision node, due reviews first, then
what was practised least) and the start page's suggested scenario."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence

from desktop.core.scenarios.model import Scenario


def candidate_moments(scenarios: Iterable[Scenario]) -> list[tuple[Scenario, str]]:
    """Every decision node that has a title (titled nodes stand on their own)."""
    found = []
    for scenario in scenarios:
        for node in scenario.decision_nodes():
            if node.title:
                found.append((scenario, node.id))
    return found


def pick_moment(scenarios: Iterable[Scenario], node_counts: Mapping[tuple[str, str], int],
                scenario_counts: Mapping[str, int] | None = None,
                rng: random.Random | None = None,
                due: Sequence[tuple[str, str]] = ()) -> tuple[Scenario, str] | None:
    """A moment due for review first (`due`, most overdue first, see review.py); else a
    decision node practised least often (as a moment), then in the least practised scenario;
    ties are broken at random so that two quick sessions differ."""
    scenarios = list(scenarios)
    by_id = {s.id: s for s in scenarios}
    for scenario_id, node_id in due:
        scenario = by_id.get(scenario_id)
        if scenario is not None and any(n.id == node_id for n in scenario.decision_nodes()):
            return scenario, node_id
    moments = candidate_moments(scenarios)
    if not moments:
        return None
    rng = rng or random.Random()
    scenario_counts = scenario_counts or {}

    def key(item: tuple[Scenario, str]) -> tuple[int, int]:
        scenario, node = item
        return node_counts.get((scenario.id, node), 0), scenario_counts.get(scenario.id, 0)

    best = min(key(m) for m in moments)
    return rng.choice([m for m in moments if key(m) == best])


def suggest_scenario(scenarios: Iterable[Scenario], counts: Mapping[str, int]
                     ) -> Scenario | None:
    """The start page's suggestion: the scenario practised least often (`counts`: sessions per
    scenario id), an easier one first; among equals the first in `scenarios`' order (the
    library's sorted order), so the suggestion does not jump around between two looks."""
    return min(scenarios, key=lambda s: (counts.get(s.id, 0), s.level), default=None)

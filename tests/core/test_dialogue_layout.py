"""The dialogue as a graph to draw (issue 17.3): every node placed once, columns by distance
from the start, the recommended path along hilfreich choices to an ending."""

from __future__ import annotations

from desktop.core.paths import bundled_scenarios_dir
from desktop.core.scenarios.layout import layout
from desktop.core.scenarios.library import load_library
from desktop.core.scenarios.model import Rating


def test_every_bundled_dialogue_lays_out():
    """For every bundled scenario: each node has one distinct place, the start is alone in
    column 0, each edge's target is at most one column right of its source (breadth first), and
    the recommended path starts at the start, follows hilfreich choices and ends at an
    ending."""
    lib = load_library([bundled_scenarios_dir()], save=False)
    assert lib.scenarios
    for scenario in lib.scenarios.values():
        section = scenario.dialogue
        graph = layout(section)
        places = [(n.column, n.row) for n in graph.nodes]
        assert len(set(places)) == len(places) == len(section.nodes), scenario.id
        assert [n.id for n in graph.nodes if n.column == 0] == [graph.start]
        column = {n.id: n.column for n in graph.nodes}
        assert all(column[e.target] <= column[e.source] + 1 for e in graph.edges)
        way = graph.recommended
        assert way[0] == graph.start and graph.node(way[-1]).ending, scenario.id
        for a, b in zip(way, way[1:], strict=False):
            ratings = {c.rating for c in section.node(a).choices if c.target == b}
            assert Rating.HILFREICH in ratings, (scenario.id, a, b)

"""A dialogue as a graph to draw: nodes in columns by distance from the start, the edges, the
recommended path. Qt-free plain data, so the replay after a session, the journal and later the
scenario studio all draw the same picture.

Columns are breadth-first distances from the start, so a reader follows the conversation left
to right; within a column nodes keep the order in which the breadth-first walk (in file order)
met them, which keeps the first-written branch on top and the picture stable across runs.
Loops back simply point left.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.scenarios.model import DialogueNode, Rating, StageSection


@dataclass(frozen=True)
class GraphNode:
    id: str
    title: str | None
    column: int
    row: int
    ending: bool
    thought: str | None


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    rating: Rating
    text: str


@dataclass(frozen=True)
class DialogueGraph:
    start: str
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    recommended: tuple[str, ...]  # node ids from the start along hilfreich choices

    @property
    def columns(self) -> int:
        return 1 + max((n.column for n in self.nodes), default=0)

    @property
    def rows(self) -> int:
        return 1 + max((n.row for n in self.nodes), default=0)

    def node(self, node_id: str) -> GraphNode:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)


def recommended_path(section: StageSection, start: str) -> tuple[str, ...]:
    """From the start along the first hilfreich choice of each node (else the first choice)
    until an ending or a node already on the way."""
    way = [start]
    nodes = {n.id: n for n in section.nodes}
    current = nodes.get(start)
    while current is not None and current.choices:
        best = next((c for c in current.choices if c.rating is Rating.HILFREICH),
                    current.choices[0])
        if best.target in way or best.target not in nodes:
            break
        way.append(best.target)
        current = nodes[best.target]
    return tuple(way)


def layout(section: StageSection) -> DialogueGraph:
    """The graph of a dialogue section; unreachable nodes go to a last column of their own."""
    nodes: dict[str, DialogueNode] = {n.id: n for n in section.nodes}
    start = section.start or (section.nodes[0].id if section.nodes else "")
    depth: dict[str, int] = {}
    order: list[str] = []
    if start in nodes:
        depth[start] = 0
        queue = [start]
        for current in queue:  # grows while iterating: breadth first
            order.append(current)
            for choice in nodes[current].choices:
                if choice.target in nodes and choice.target not in depth:
                    depth[choice.target] = depth[current] + 1
                    queue.append(choice.target)
    last = 1 + max(depth.values(), default=-1)
    for node_id in nodes:
        if node_id not in depth:
            depth[node_id] = last
            order.append(node_id)
    rows: dict[int, int] = {}
    placed = []
    for node_id in order:
        column = depth[node_id]
        row = rows.get(column, 0)
        rows[column] = row + 1
        node = nodes[node_id]
        placed.append(GraphNode(node_id, node.title, column, row, node.ending, node.thought))
    edges = tuple(GraphEdge(n.id, c.target, c.rating, c.text)
                  for n in section.nodes for c in n.choices if c.target in nodes)
    return DialogueGraph(start, tuple(placed), edges, recommended_path(section, start))

"""The studio's dialogue map: the Reagieren graph read from a file's text even while it has
errors, with the linter's findings attached to the nodes they concern.

The parser gives no document for a file with errors, yet a trainer needs the map most then
(an unreachable node, a trap, a target that does not exist). So the nodes and choices are read
here with the format's own patterns, line by line, and the findings are not recomputed: each
finding of the linter belongs to the node whose lines hold it, and the rest of the dialogue's
findings (too thin to practise, no ending) are notes for the whole map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.scenarios.layout import DialogueGraph, layout
from desktop.core.scenarios.model import (
    DialogueChoice,
    DialogueNode,
    Finding,
    Rating,
    Stage,
    StageSection,
)
from desktop.core.scenarios.stages import CHOICE, RATINGS

NODE = re.compile(r"^###\s+@(?P<id>[^\s]+)\s*(?P<title>.*)$")
SECTION = re.compile(r"^##\s+(?P<title>.+?)\s*$")


@dataclass
class DialogueMap:
    graph: DialogueGraph | None
    lines: dict[str, int] = field(default_factory=dict)  # node id -> heading line
    problems: dict[str, list[str]] = field(default_factory=dict)  # node id -> messages
    notes: list[str] = field(default_factory=list)  # findings about the whole dialogue


def build(text: str, findings: list[Finding]) -> DialogueMap:
    lines = text.split("\n")
    start = end = None
    for index, line in enumerate(lines):
        match = SECTION.match(line)
        if match and not line.startswith("###"):
            if start is not None:
                end = index
                break
            if match["title"].casefold() == "reagieren":
                start = index
    if start is None:
        return DialogueMap(None)
    end = end if end is not None else len(lines)
    nodes: list[tuple[str, str, int, list[DialogueChoice]]] = []
    for index in range(start + 1, end):
        line = lines[index]
        head = NODE.match(line)
        if head:
            nodes.append((head["id"], head["title"].strip(), index + 1, []))
            continue
        if nodes and line.startswith(("- ", "* ")):
            choice = CHOICE.match(line[2:].strip())
            if choice:
                rating = RATINGS.get(choice["rating"].strip().casefold(), Rating.TEILS)
                nodes[-1][3].append(DialogueChoice(rating, choice["text"],
                                                   choice["target"].lstrip("@"), None,
                                                   index + 1))
    model = tuple(DialogueNode(ident, title or None, line, (), None, tuple(choices))
                  for ident, title, line, choices in nodes)
    section = StageSection(Stage.REAGIEREN, nodes=model, start=model[0].id if model else None,
                           line=start + 1)
    result = DialogueMap(layout(section) if model else None,
                         {n.id: n.line for n in model})
    bounds = [(n.line, model[i + 1].line if i + 1 < len(model) else end + 1, n.id)
              for i, n in enumerate(model)]
    for finding in findings:
        if not start + 1 <= finding.line <= end:
            continue
        owner = next((ident for first, after, ident in bounds if first <= finding.line < after),
                     None)
        if owner is None:
            result.notes.append(finding.message)
        else:
            result.problems.setdefault(owner, []).append(finding.message)
    return result

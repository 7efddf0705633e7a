"""Checks on the dialogue graph of a Reagieren stage (scenario-format.md §3.2)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.scenarios.model import StageSection

Report = Callable[[int, str], None]


def check(section: StageSection, error: Report, warning: Report) -> None:
    """Report duplicate or unknown targets, unreachable nodes, traps and thin dialogues."""
    nodes = section.nodes
    if not any(n.choices for n in nodes):
        error(section.line, "„Reagieren“ braucht mindestens einen Dialogknoten mit "
                            "Antwortmöglichkeiten (### @start … und eine Liste „- (hilfreich) "
                            "… -> @ziel“).")
        return
    ids: dict[str, int] = {}
    for node in nodes:
        if node.id in ids:
            error(node.line, f"Die Knoten-Kennung „@{node.id}“ kommt doppelt vor (zuerst in "
                             f"Zeile {ids[node.id]}).")
        else:
            ids[node.id] = node.line
    broken = False
    for node in nodes:
        for choice in node.choices:
            if choice.target not in ids:
                error(choice.line, f"Das Ziel „@{choice.target}“ gibt es nicht. Legen Sie "
                                   f"„### @{choice.target}“ an oder korrigieren Sie das Ziel.")
                broken = True
    if broken:
        return
    edges = successors(section)
    reachable = _closure({section.start or nodes[0].id}, edges)
    for node in nodes:
        if node.id not in reachable:
            error(node.line, f"Der Knoten „@{node.id}“ ist vom Start aus nicht erreichbar. "
                             "Verweisen Sie mit „-> @" + node.id + "“ darauf oder löschen Sie "
                             "ihn.")
    endings = {n.id for n in nodes if n.ending}
    if not endings:
        error(section.line, "Der Dialog hat kein Ende: Mindestens ein Knoten braucht keine "
                            "Antwortmöglichkeiten.")
        return
    reverse: dict[str, set[str]] = {n.id: set() for n in nodes}
    for source, targets in edges.items():
        for target in targets:
            reverse[target].add(source)
    can_end = _closure(endings, reverse)
    for node in nodes:
        if node.id in reachable and node.id not in can_end:
            error(node.line, f"Vom Knoten „@{node.id}“ aus ist kein Ende erreichbar (eine "
                             "Schleife ohne Ausweg). Führen Sie mindestens eine Antwort zu "
                             "einem Ende.")
    if len(endings & reachable) < 2 or longest_decision_path(section, cap=3) < 3:
        warning(section.line, "Der Dialog ist zu dünn zum Üben: Er braucht mindestens zwei "
                              "Enden und drei Entscheidungen auf dem längsten Weg.")


def successors(section: StageSection) -> dict[str, set[str]]:
    return {n.id: {c.target for c in n.choices} for n in section.nodes}


def _closure(start: set[str], edges: dict[str, set[str]]) -> set[str]:
    seen = set(start)
    stack = list(start)
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def longest_decision_path(section: StageSection, cap: int = 1_000) -> int:
    """Decision nodes on the longest simple path from the start (stops counting at `cap`)."""
    edges = successors(section)
    deciding = {n.id for n in section.nodes if n.choices}
    best = 0

    def walk(node: str, visited: set[str], count: int) -> bool:
        nonlocal best
        count += node in deciding
        best = max(best, count)
        if best >= cap:
            return True
        for nxt in edges.get(node, ()):
            if nxt not in visited:
                visited.add(nxt)
                if walk(nxt, visited, count):
                    return True
                visited.discard(nxt)
        return False

    if section.start:
        walk(section.start, {section.start}, 0)
    return best

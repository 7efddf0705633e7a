"""The walk through a scenario's dialogue in Reagieren: choose, undo, restart, reveal thoughts.

The walk keeps every choice ever made (`history`); the active `path` is the part not taken back.
The current node is derived from the path (the last target, or the start), so there is exactly
one source of truth and a stored walk always resumes at the same node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from desktop.core.practice.order import Shown, arranged, find
from desktop.core.practice.state import Change, ChangeKind, Clock, PathStep, stamp
from desktop.core.scenarios.model import DialogueChoice, DialogueNode, StageSection


class DialogueWalk:
    """A walk through the dialogue graph of one scenario, starting at `start`.

    `single_choice` (Zwischendurch) allows exactly one choice on the active path: the learner
    sees the reaction, may take the choice back and try another, but does not walk on.
    """

    def __init__(self, section: StageSection, start: str, clock: Clock,
                 notify: Callable[[Change], None], single_choice: bool = False,
                 seed: str = "") -> None:
        section.node(start)  # KeyError for an unknown start: a programming error
        self._section = section
        self.start = start
        self.seed = seed  # the session's order seed: each node's choices in its own order
        self._clock = clock
        self._notify = notify
        self.single_choice = single_choice
        self._history: list[PathStep] = []
        self._thoughts: list[str] = []
        # "Own words first": what the learner is writing at the current node before seeing
        # the options; it goes into the path step when they choose.
        self._own_words = ""

    # -- reading -------------------------------------------------------------------------

    @property
    def history(self) -> tuple[PathStep, ...]:
        """Every choice made, taken back or not, in the order made."""
        return tuple(self._history)

    @property
    def path(self) -> tuple[PathStep, ...]:
        """The active path: the choices not taken back, from the start to the current node."""
        return tuple(s for s in self._history if not s.undone)

    @property
    def visited(self) -> tuple[str, ...]:
        """Node ids along the active path, the start first and the current node last."""
        return (self.start, *(s.target for s in self.path))

    @property
    def current(self) -> DialogueNode:
        return self._section.node(self.visited[-1])

    @property
    def finished(self) -> bool:
        """True at an ending (or, in single-choice mode, once the one choice is made)."""
        if self.single_choice and self.path:
            return True
        return self.current.ending

    @property
    def can_undo(self) -> bool:
        return bool(self.path)

    @property
    def thoughts_seen(self) -> tuple[str, ...]:
        """Ids of the nodes whose thought the learner has revealed, in the order revealed."""
        return tuple(self._thoughts)

    def node(self, node_id: str) -> DialogueNode:
        return self._section.node(node_id)

    def shown_choices(self, node_id: str | None = None) -> tuple[Shown[DialogueChoice], ...]:
        """A node's choices (default: the current node's) in the order this session shows
        them; the same after undo, restart and resume."""
        node = self._section.node(node_id) if node_id is not None else self.current
        return arranged(node.choices, [c.text for c in node.choices], self.seed,
                        f"node/{node.id}")

    def thought_available(self, node_id: str | None = None) -> bool:
        """A node's thought may be revealed once the learner has chosen at that node."""
        target = node_id if node_id is not None else self._last_choice_node()
        if target is None:
            return False
        try:
            node = self._section.node(target)
        except KeyError:
            return False
        return bool(node.thought) and any(s.node_id == target for s in self._history)

    # -- changing ------------------------------------------------------------------------

    @property
    def own_words(self) -> str:
        """The words written at the current node so far (before choosing)."""
        return self._own_words

    def set_own_words(self, text: str) -> None:
        """Keep what the learner would say at the current node (autosaved like any text)."""
        if text != self._own_words:
            self._own_words = text
            self._notify(Change(ChangeKind.OWN_WORDS))

    def choose(self, choice: int | str) -> DialogueChoice:
        """Take a choice at the current node, named by its id (str) or its index in the file
        (int), never by where it is shown; returns it with its rating and feedback."""
        node = self.current
        if node.ending:
            raise ValueError(f"Knoten „{node.id}“ ist ein Ende; hier gibt es keine Wahl.")
        if self.single_choice and self.path:
            raise ValueError("In einer Zwischendurch-Übung gibt es nur eine Entscheidung.")
        try:
            shown = find(self.shown_choices(), choice)
        except KeyError:
            raise IndexError(choice) from None
        taken = shown.item
        seq = max((s.seq for s in self._history), default=0) + 1
        step = PathStep(seq=seq, node_id=node.id, choice_index=shown.index,
                        text=taken.text, rating=taken.rating, target=taken.target,
                        feedback=taken.feedback, at=stamp(self._clock()), choice_id=shown.id,
                        own_words=self._own_words.strip())
        self._history.append(step)
        self._own_words = ""
        self._notify(Change(ChangeKind.WALK, seqs=(step.seq,)))
        return taken

    def undo(self) -> PathStep | None:
        """Take back the last choice of the active path; returns it, or None at the start."""
        path = self.path
        if not path:
            return None
        self._mark_undone([path[-1].seq])
        return replace(path[-1], undone=True)

    def restart_from(self, node_id: str) -> None:
        """Go back to a node on the active path and continue from there.

        When a loop visited the node more than once, the latest visit counts: that keeps as
        much of the walk as possible.
        """
        visited = self.visited
        if node_id not in visited:
            raise ValueError(f"Knoten „{node_id}“ liegt nicht auf dem bisherigen Weg.")
        position = len(visited) - 1 - visited[::-1].index(node_id)
        path = self.path
        self._mark_undone([s.seq for s in path[position:]])

    def reveal_thought(self, node_id: str | None = None) -> str | None:
        """Reveal a node's thought (default: the node of the last choice); returns its text."""
        target = node_id if node_id is not None else self._last_choice_node()
        if target is None or not self.thought_available(target):
            raise ValueError("Der Gedanke wird erst gezeigt, wenn Sie hier gewählt haben.")
        if target not in self._thoughts:
            self._thoughts.append(target)
            self._notify(Change(ChangeKind.THOUGHT))
        return self._section.node(target).thought

    # -- restoring -----------------------------------------------------------------------

    def restore(self, history: Iterable[PathStep], thoughts: Iterable[str],
                own_words: str = "") -> bool:
        """Load a stored walk without events; returns False if it no longer fits the scenario.

        A step that no longer matches the dialogue (a node or choice edited away) and every
        active step after it are kept in the history but marked undone, so the walk resumes
        at the last point that still exists and no stored choice is dropped.
        """
        fits = True
        current = self.start
        restored: list[PathStep] = []
        for step in sorted(history, key=lambda s: s.seq):
            if not step.undone:
                found = self._matches(current, step) if fits else None
                if found is not None:
                    step = found
                    current = step.target
                else:
                    fits = False
                    step = replace(step, undone=True)
            restored.append(step)
        self._history = restored
        self._thoughts = [t for t in dict.fromkeys(thoughts)]
        self._own_words = own_words
        return fits

    def _matches(self, current: str, step: PathStep) -> PathStep | None:
        """The stored step, its file index brought up to date, if it still fits; else None.

        The choice is found by its id (an author may have reordered the choices since), and
        by its stored index when the id is gone (its text was edited) but the target fits.
        """
        if step.node_id != current:
            return None
        try:
            self._section.node(current)
            self._section.node(step.target)
        except KeyError:
            return None
        shown = self.shown_choices(current)
        try:
            entry = find(shown, step.choice_id)
        except KeyError:
            try:
                entry = find(shown, step.choice_index)
            except KeyError:
                return None
        if entry.item.target != step.target:
            return None
        return replace(step, choice_index=entry.index)

    def _mark_undone(self, seqs: list[int]) -> None:
        if not seqs:
            return
        wanted = set(seqs)
        self._history = [replace(s, undone=True) if s.seq in wanted else s
                         for s in self._history]
        self._notify(Change(ChangeKind.WALK, seqs=tuple(seqs)))

    def _last_choice_node(self) -> str | None:
        path = self.path
        if path:
            return path[-1].node_id
        return self._history[-1].node_id if self._history else None


def shortest_way(section: StageSection, start: str, goal: str) -> tuple[str, ...]:
    """Node ids of a shortest way from start to goal, both included; () if unreachable."""
    previous: dict[str, str | None] = {start: None}
    queue = [start]
    for current in queue:  # the list grows while iterating: a breadth-first search
        if current == goal:
            way = [current]
            while (before := previous[way[-1]]) is not None:
                way.append(before)
            return tuple(reversed(way))
        for choice in section.node(current).choices:
            if choice.target not in previous:
                previous[choice.target] = current
                queue.append(choice.target)
    return ()

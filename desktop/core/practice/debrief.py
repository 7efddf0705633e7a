"""The structured debrief a finished session writes itself (issue 17.4).

It follows the steps of a debriefing after a simulation: how it was for me (strain and
feelings), what happened (the path with each choice's feedback), analysis (the client's
thoughts the learner did not reveal, the Deuten readings missed, the technique cards that fit
the moments answered ungünstig) and one thing I take with me (the takeaway, saved with the
entry). Derived, never stored, like the Summary it extends: it cannot disagree with what was
recorded.

Cards for a moment: the scenario's own technique cards for Reagieren, the ones that share the
most words with that moment (its title, the feedback on the unfavourable choice and on the
helpful ones) first. Scenario files name cards per scenario, not per node; word overlap is a
plain, explainable way to say which of them fits where.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.practice.state import Instruments, PathStep
from desktop.core.scenarios.model import (
    DialogueNode,
    Rating,
    Scenario,
    Stage,
    TechniqueCard,
)

if TYPE_CHECKING:
    from desktop.core.practice.session import PracticeSession

CARDS_PER_MOMENT = 2
_WORD = re.compile(r"[^\W\d_]{5,}")


@dataclass(frozen=True)
class MissedThought:
    """A thought on the path that stayed hidden: what the other person was thinking."""

    node_id: str
    node_title: str | None
    speaker: str | None
    thought: str


@dataclass(frozen=True)
class MissedReading:
    """A Deuten question where a recommended reading was not chosen (or nothing was)."""

    question: str
    chosen: str | None
    recommended: tuple[tuple[str, str | None], ...]  # (text, feedback)


@dataclass(frozen=True)
class HardMoment:
    """A moment answered ungünstig (taken back or not), with the cards that fit it."""

    node_id: str
    node_title: str | None
    choice: str
    feedback: str | None
    cards: tuple[str, ...]


@dataclass(frozen=True)
class Debrief:
    instruments: Instruments
    path: tuple[PathStep, ...]
    ending: str | None
    missed_thoughts: tuple[MissedThought, ...]
    missed_readings: tuple[MissedReading, ...]
    hard_moments: tuple[HardMoment, ...]
    takeaway: str

    @property
    def analysis_empty(self) -> bool:
        return not (self.missed_thoughts or self.missed_readings or self.hard_moments)


def _speaker(scenario: Scenario, node: DialogueNode) -> str | None:
    """The last speaker of a node: the one whose thought the node's Gedanke is."""
    for line in reversed(node.lines):
        person = scenario.person(line.speaker)
        if person is not None:
            return person.name
    return None


def _words(*texts: str | None) -> set[str]:
    return {w.casefold() for t in texts if t for w in _WORD.findall(t)}


def fitting_cards(session: PracticeSession, node_id: str, feedback: str | None,
                  cards: Mapping[str, TechniqueCard]) -> tuple[str, ...]:
    """Ids of the scenario's Reagieren cards that fit a moment best (see the module doc)."""
    scenario = session.scenario
    if scenario is None:
        return ()
    node = scenario.dialogue.node(node_id)
    helpful = [c.feedback for c in node.choices if c.rating is Rating.HILFREICH]
    moment = _words(node.title, feedback, *helpful, *(c.text for c in node.choices
                                                     if c.rating is Rating.HILFREICH))
    ranked = []
    for position, card_id in enumerate(scenario.techniques):
        card = cards.get(card_id)
        if card is None or Stage.REAGIEREN not in card.stages:
            continue
        overlap = len(moment & _words(card.title, card.summary, " ".join(card.tags)))
        ranked.append((-overlap, position, card_id))
    return tuple(card_id for _, _, card_id in sorted(ranked)[:CARDS_PER_MOMENT])


def debrief(session: PracticeSession, cards: Mapping[str, TechniqueCard]) -> Debrief:
    """The debrief of a session in its current state."""
    walk = session.dialogue
    path = walk.path if walk is not None else ()
    thoughts: list[MissedThought] = []
    hard: list[HardMoment] = []
    ending = None
    if walk is not None and session.scenario is not None:
        if walk.current.ending:
            ending = walk.current.title or walk.current.id
        for node_id in dict.fromkeys(s.node_id for s in path):
            node = walk.node(node_id)
            if node.thought and node_id not in walk.thoughts_seen:
                thoughts.append(MissedThought(node_id, node.title,
                                              _speaker(session.scenario, node), node.thought))
        seen: set[str] = set()
        for step in walk.history:
            if step.rating is Rating.UNGUENSTIG and step.node_id not in seen:
                seen.add(step.node_id)
                node = walk.node(step.node_id)
                hard.append(HardMoment(step.node_id, node.title, step.text, step.feedback,
                                       fitting_cards(session, step.node_id, step.feedback,
                                                     cards)))
    readings: list[MissedReading] = []
    for index, question in enumerate(session.questions(Stage.DEUTEN)):
        record = session.choice(Stage.DEUTEN, index)
        if record is not None and record.recommended:
            continue
        readings.append(MissedReading(
            question.question, record.option if record else None,
            tuple((o.text, o.feedback) for o in question.options if o.recommended)))
    return Debrief(session.instruments, path, ending, tuple(thoughts), tuple(readings),
                   tuple(hard), session.instruments.takeaway)

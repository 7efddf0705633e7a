"""Path replay of a session (issue 17.3): the dialogue graph with this walk, the recommended
path and the user's own earlier walks through the same scenario, after the summary and from
any journal entry. Earlier walks come from this user's journal only, never anyone else's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.core.practice import PracticeSession
from desktop.core.scenarios.layout import layout
from desktop.ui.common.dialogue_graph import GraphReplay, Overlay
from desktop.ui.journal.journal_model import local_time

MAX_EARLIER = 10  # the most recent earlier walks; more lines would hide the picture


def tr(text: str) -> str:
    return QCoreApplication.translate("replay", text)


def overlays(session: PracticeSession, earlier: list[tuple[int, str, tuple[str, ...]]]
             ) -> list[Overlay]:
    """This session's path (with my choices and ratings) and the earlier walks."""
    walk = session.dialogue
    assert walk is not None
    ratings = {s.node_id: s.rating for s in walk.path}
    choices = {s.node_id: s.text for s in walk.path}
    found = [Overlay(tr("Your path this time"), walk.visited, "mine", ratings, choices)]
    for _sid, created, visited in earlier[-MAX_EARLIER:]:
        found.append(Overlay(tr("Attempt of {date}").format(date=local_time(created)), visited,
                             "earlier"))
    return found


def replay_for(session: PracticeSession, journal) -> GraphReplay | None:
    """The replay widget of a session with a dialogue (None for an eigener Fall)."""
    if session.dialogue is None or session.scenario is None:
        return None
    earlier = (journal.stats.scenario_walks(session.scenario.id, session.id)
               if journal is not None else [])
    return GraphReplay(layout(session.scenario.dialogue), overlays(session, earlier),
                       session.dialogue.thoughts_seen)


class PathReplayDialog(QDialog):
    """A journal entry's path in a window of its own."""

    def __init__(self, session: PracticeSession, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = tr("Path through the conversation: {title}").format(
            title=session.scenario_title or "")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(980, 720)
        self.replay = replay_for(session, journal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        box = QVBoxLayout(self)
        if self.replay is not None:
            box.addWidget(self.replay, 1)
        box.addWidget(buttons)
        if self.replay is not None:
            self.replay.view.setFocus()

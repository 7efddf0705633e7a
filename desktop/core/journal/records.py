"""Plain rows the journal hands to the GUI: list entries, search hits, feedback, statistics."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.core.practice.catalog import SessionKind, Step
from desktop.core.scenarios.model import Stage


@dataclass(frozen=True)
class SessionInfo:
    """One line of the journal list.

    `title` is what the list shows: an eigener Fall's own label, else the scenario's title,
    else the kind; `own_title` is the label the user typed (empty for most sessions).
    """

    id: int
    uid: str
    kind: SessionKind
    scenario_id: str | None
    scenario_title: str | None
    title: str
    own_title: str
    step: Step
    created_at: str
    updated_at: str
    finished_at: str | None
    strain_before: int | None
    strain_after: int | None
    tags: tuple[str, ...] = ()
    personal_data: bool = False  # kept with personal data: local only, never shared

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def label(self) -> str:
        return self.title

    @property
    def step_label(self) -> str:
        """The German name of the step the session was left at."""
        return self.step.label


@dataclass(frozen=True)
class SessionFilter:
    """Filters for listing; None means "any". Dates compare with the session's start.

    `stage` keeps sessions with a written answer in that step (for an eigener Fall: the stage
    reflected in free text); `finished` False gives the drafts.
    """

    kind: SessionKind | None = None
    scenario_id: str | None = None
    stage: Step | Stage | None = None
    tag: str | None = None
    since: datetime | date | None = None
    until: datetime | date | None = None
    finished: bool | None = None


@dataclass(frozen=True)
class SearchHit:
    """One text that matches a search, with a snippet to show.

    `highlights` are (start, end) offsets into `snippet` of the matched words; `source` says
    which text matched: "answer", "title", "takeaway", "helps_other", "reflection", "feedback".
    """

    session_id: int
    kind: SessionKind
    created_at: str
    label: str
    source: str
    step: Step | None
    prompt: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class FeedbackRow:
    """Feedback a supervisor sent back for a shared entry (stage None: the whole entry)."""

    id: int
    session_id: int
    stage: Stage | None
    text: str
    sender: str
    written_at: str | None
    received_at: str


@dataclass(frozen=True)
class ShareRow:
    """A share package made from an entry."""

    id: int
    session_id: int
    shared_at: str
    file_name: str


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # the Monday of the week (local time)
    count: int


@dataclass(frozen=True)
class StrainPoint:
    session_id: int
    created_at: str
    kind: SessionKind
    before: int | None
    after: int | None


@dataclass(frozen=True)
class StageRatings:
    """Per stage: Auswahl answers recommended or not, and dialogue ratings (Reagieren)."""

    recommended: int = 0
    other: int = 0
    hilfreich: int = 0
    teils: int = 0
    unguenstig: int = 0


@dataclass(frozen=True)
class Totals:
    """Counts for `journal stats` and the about box."""

    sessions: int
    by_kind: dict[str, int] = field(default_factory=dict)
    unfinished: int = 0
    answers: int = 0
    tags: int = 0
    feedback: int = 0
    shares: int = 0
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    json_file: Path
    markdown_files: int
    sessions: int

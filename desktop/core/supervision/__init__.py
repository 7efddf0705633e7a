"""The supervisor's workspace: imported share files, comments, feedback out, team figures.

Qt-free; its own SQLite file (`DataPaths.supervision_database`), never the supervisor's journal.

API in brief:

- `Workspace.open(path)` (raises `WorkspaceError`, `WorkspaceDamaged`, `WorkspaceNewerSchema`
  with German messages; a damaged or newer file is left untouched), `close()`.
- Import: `import_paths([files or folders]) -> ImportReport` (one `FileResult` per file:
  imported, duplicates, or the German reason it was refused; atomic per file),
  `import_bytes(name, raw)`; `import_into(database, paths)` for a worker thread.
- Reading: `list_entries(EntryFilter(scenario_id, stage, pseudonym)) -> [EntryRow]`,
  `entry(id) -> dict` (as shared, plus "pseudonym"), `scenarios()`, `pseudonyms()`,
  `count_entries()`, `delete_entry(id)`; `read_listing(database, filter) -> Listing` (the
  list and the filters' choices, for a worker thread).
- Comments: `add_comment(entry_id, text, stage=None)`, `update_comment`, `delete_comment`,
  `comments_for(entry_id)`.
- Feedback: `feedback(pseudonym, sender) -> FeedbackBuild`,
  `export_feedback(pseudonym, folder, sender) -> Path`, `sender()`.
- Team: `team_view() -> TeamView`: every figure only over at least `MIN_CONTRIBUTORS` (5)
  pseudonyms, nothing per person (team.py).
"""

from __future__ import annotations

from desktop.core.supervision.errors import (
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceNewerSchema,
)
from desktop.core.supervision.records import (
    Comment,
    EntryFilter,
    EntryRow,
    FileResult,
    ImportReport,
    Listing,
)
from desktop.core.supervision.schema import SCHEMA_VERSION
from desktop.core.supervision.team import (
    MIN_CONTRIBUTORS,
    MomentFigure,
    ScenarioFigure,
    StageFigure,
    StrainFigure,
    TeamView,
)
from desktop.core.supervision.workspace import Workspace, import_into, read_listing, stages_of

__all__ = [
    "MIN_CONTRIBUTORS", "SCHEMA_VERSION", "Comment", "EntryFilter", "EntryRow", "FileResult",
    "ImportReport", "Listing", "MomentFigure", "ScenarioFigure", "StageFigure", "StrainFigure",
    "TeamView", "Workspace", "WorkspaceDamaged", "WorkspaceError", "WorkspaceNewerSchema",
    "import_into", "read_listing", "stages_of",
]

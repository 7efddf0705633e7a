"""Plain rows the workspace hands out: list entries, comments, import reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.scenarios.model import Stage


@dataclass(frozen=True)
class EntryFilter:
    """Filters for the entry list; None means "any". `scenario_id` "" means eigener Fall."""

    scenario_id: str | None = None
    stage: Stage | None = None
    pseudonym: str | None = None


@dataclass(frozen=True)
class EntryRow:
    """One line of the entry list (the whole entry comes from `Workspace.entry`)."""

    id: str
    pseudonym: str
    kind: str
    scenario_id: str | None
    scenario_title: str | None
    title: str
    created: str
    comments: int

    @property
    def label(self) -> str:
        return self.title or self.scenario_title or ""


@dataclass(frozen=True)
class Listing:
    """What the entry list shows at once: its rows and the filters' choices (`read_listing`)."""

    rows: list[EntryRow]
    scenarios: list[tuple[str, str]]
    pseudonyms: list[str]


@dataclass(frozen=True)
class Comment:
    """A supervisor's comment on an entry (stage None) or on one of its stages."""

    id: str
    entry_id: str
    stage: Stage | None
    text: str
    written: str  # YYYY-MM-DD
    exported: str | None  # the day it last went out in a feedback file


@dataclass(frozen=True)
class FileResult:
    """What importing one file did: entries added, duplicates skipped, or why it was refused."""

    name: str
    imported: int = 0
    duplicates: int = 0
    refused: str | None = None  # German reason; nothing from the file was stored
    already: bool = False  # this very file was imported before


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileResult, ...] = field(default_factory=tuple)

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def refused(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.refused)

    def lines(self) -> list[str]:
        """One German line per file, for the command line and the import dialog."""
        out = []
        for f in self.files:
            if f.refused:
                out.append(f"{f.name}: abgelehnt. {f.refused}")
            elif f.already:
                out.append(f"{f.name}: wurde schon früher importiert; nichts geändert.")
            else:
                text = f"{f.name}: {f.imported} Eintrag/Einträge importiert"
                if f.duplicates:
                    text += f", {f.duplicates} schon vorhanden (übersprungen)"
                out.append(text + ".")
        return out

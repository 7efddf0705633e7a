"""`Workspace`: the supervisor's own database of shared entries, comments and feedback out.

Importing is atomic per file: a file is read and checked completely (exchange.read_share)
before anything is written, then stored in one transaction, so a refused or failing file leaves
the workspace exactly as it was. Duplicates are recognised twice over: a file whose content hash
was imported before is reported as such, and an entry whose id is already present (the same
entry shared again, in another file) is skipped and counted.

Lists are ordered by date and scenario, never by person; the pseudonym is a filter only.
The connection belongs to the thread that opened the workspace; a worker thread opens its own
(`import_into`), which WAL allows beside the GUI's.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.exchange import (
    FeedbackBuild,
    OutgoingComment,
    PackageRefused,
    build_feedback,
    read_bytes,
    read_share,
    write_file,
)
from desktop.core.exchange.feedback import MAX_COMMENT
from desktop.core.exchange.share import pseudonym_skeleton
from desktop.core.practice.state import Clock, stamp, utc_now
from desktop.core.scenarios.model import Stage
from desktop.core.supervision import schema
from desktop.core.supervision.errors import WorkspaceError
from desktop.core.supervision.records import (
    Comment,
    EntryFilter,
    EntryRow,
    FileResult,
    ImportReport,
)
from desktop.core.supervision.team import TeamView, team_view

_VERARBEITEN_FIELDS = ("feelings", "helps", "helps_other", "takeaway")


def stages_of(entry: dict[str, Any]) -> set[str]:
    """The stages an entry says something about (for the stage filter and team figures)."""
    stages = {a["step"] for a in entry["answers"]} | {c["stage"] for c in entry["choices"]}
    if entry["path"]:
        stages.add(Stage.REAGIEREN.value)
    if entry["strain_after"] is not None or any(entry[f] for f in _VERARBEITEN_FIELDS):
        stages.add(Stage.VERARBEITEN.value)
    return stages & {s.value for s in Stage}


class Workspace:
    """Create it with `Workspace.open(path)`; close it when done."""

    def __init__(self, db: sqlite_utils.Database, database: Path, clock: Clock) -> None:
        self.db = db
        self.database = database
        self._clock = clock

    @classmethod
    def open(cls, database: Path, clock: Clock = utc_now) -> Workspace:
        """Open or create the workspace file; raises WorkspaceError subclasses (German)."""
        return cls(schema.connect(database), database, clock)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def today(self) -> date:
        return self._clock().astimezone().date()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with self.db.atomic():
                yield self.db.conn
        except sqlite3.Error as exc:
            raise WorkspaceError(f"Der Supervisions-Arbeitsbereich konnte nicht geschrieben "
                                 f"werden ({exc}). Er ist unverändert geblieben.") from exc

    # -- importing -------------------------------------------------------------------------

    def import_paths(self, paths: Iterable[Path]) -> ImportReport:
        """Import files and the *.json files of folders; one result per file, never raises
        for a bad file (its result says why it was refused)."""
        results: list[FileResult] = []
        for path in paths:
            if path.is_dir():
                # Every *.json is tried, whatever it is: a FIFO or a link to a device is refused
                # by read_bytes with a reason, never skipped without a word.
                files = sorted(p for p in path.iterdir()
                               if p.suffix.lower() == ".json" and not p.is_dir())
                if not files:
                    results.append(FileResult(path.name or str(path), refused=(
                        "Der Ordner enthält keine Freigabedateien (*.json).")))
                results.extend(self.import_file(p) for p in files)
            else:
                results.append(self.import_file(path))
        return ImportReport(tuple(results))

    def import_file(self, path: Path) -> FileResult:
        if not path.exists() and not path.is_symlink():
            return FileResult(path.name, refused="Die Datei gibt es nicht.")
        try:
            raw = read_bytes(path)
        except PackageRefused as exc:
            return FileResult(path.name, refused=str(exc))
        return self.import_bytes(path.name, raw)

    def import_bytes(self, name: str, raw: bytes) -> FileResult:
        """Check a share file's bytes completely, then store its new entries in one
        transaction; a refused file changes nothing."""
        try:
            document = read_share(raw)
        except PackageRefused as exc:
            return FileResult(name, refused=str(exc))
        entries = document["entries"]
        conn = self.db.conn
        if conn.execute("SELECT 1 FROM imports WHERE sha256 = ?",
                        (document["sha256"],)).fetchone():
            return FileResult(name, duplicates=len(entries), already=True)
        pseudonym = document["pseudonym"]
        lookalike = self._lookalike(pseudonym)
        if lookalike is not None:
            return FileResult(name, refused=(
                f"Das Pseudonym „{pseudonym}“ sieht aus wie das schon vorhandene "
                f"„{lookalike}“, ist aber ein anderes (andere Schriftzeichen oder "
                "Schreibweise). Zwei Personen dürfen nicht verwechselbar sein; bitte klären "
                "Sie, von wem die Datei stammt."))
        ids = [e["id"] for e in entries]
        marks = ",".join("?" * len(ids))
        owners = dict(conn.execute(
            f"SELECT id, pseudonym FROM entries WHERE id IN ({marks})", ids).fetchall())
        clash = sorted({owner for owner in owners.values() if owner != pseudonym})
        if clash:
            # An entry id belongs to the pseudonym that first shared it: the same ids under
            # another pseudonym mean one of the two files is forged (ids are in share files).
            return FileResult(name, refused=(
                f"Die Datei enthält Einträge, die im Arbeitsbereich schon unter dem Pseudonym "
                f"„{clash[0]}“ stehen, gibt aber „{pseudonym}“ an. Ein Eintrag gehört immer "
                "zu dem Pseudonym, unter dem er zuerst geteilt wurde; eine der beiden Dateien "
                "ist gefälscht oder vertauscht. Bitte klären Sie das, bevor Sie sie lesen."))
        existing = set(owners)
        new = [e for e in entries if e["id"] not in existing]
        if not new:
            return FileResult(name, duplicates=len(entries))
        try:
            with self._write() as conn:
                self._store(conn, name, document, new)
        except WorkspaceError as exc:
            return FileResult(name, refused=str(exc))
        return FileResult(name, imported=len(new), duplicates=len(existing))

    def _lookalike(self, pseudonym: str) -> str | None:
        """A different pseudonym already here that looks the same (case, other scripts)."""
        skeleton = pseudonym_skeleton(pseudonym)
        for (other,) in self.db.conn.execute("SELECT DISTINCT pseudonym FROM entries"):
            if other != pseudonym and pseudonym_skeleton(other) == skeleton:
                return str(other)
        return None

    def _store(self, conn: sqlite3.Connection, name: str, document: dict[str, Any],
               entries: list[dict[str, Any]]) -> None:
        pseudonym = document["pseudonym"]
        import_id = conn.execute(
            "INSERT INTO imports (sha256, file_name, pseudonym, created, imported_at, entries) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (document["sha256"], name[:200], pseudonym, document["created"],
             stamp(self._clock()), len(entries))).lastrowid
        for e in entries:
            conn.execute(
                "INSERT INTO entries (id, import_id, pseudonym, kind, scenario_id, "
                "scenario_title, title, created, finished, strain_before, strain_after, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e["id"], import_id, pseudonym, e["kind"], e["scenario_id"],
                 e["scenario_title"], e["title"], e["created"], e["finished"],
                 e["strain_before"], e["strain_after"], json.dumps(e, ensure_ascii=False)))
            conn.executemany("INSERT INTO entry_stages (entry_id, stage) VALUES (?, ?)",
                             [(e["id"], s) for s in sorted(stages_of(e))])
            conn.executemany(
                "INSERT INTO path_steps (entry_id, seq, node_id, node_title, rating, undone) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(e["id"], i, p["node"], p["node_title"], p["rating"], int(p["undone"]))
                 for i, p in enumerate(e["path"])])

    # -- reading ---------------------------------------------------------------------------

    def list_entries(self, filters: EntryFilter = EntryFilter(),
                     limit: int = 5000) -> list[EntryRow]:
        """Entries newest first (by day), then by scenario; never ordered by pseudonym."""
        clauses, params = [], []
        if filters.scenario_id is not None:
            clauses.append("coalesce(e.scenario_id, '') = ?")
            params.append(filters.scenario_id)
        if filters.pseudonym is not None:
            clauses.append("e.pseudonym = ?")
            params.append(filters.pseudonym)
        if filters.stage is not None:
            clauses.append("EXISTS (SELECT 1 FROM entry_stages s WHERE s.entry_id = e.id "
                           "AND s.stage = ?)")
            params.append(str(filters.stage))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.conn.execute(
            "SELECT e.id, e.pseudonym, e.kind, e.scenario_id, e.scenario_title, e.title, "
            "e.created, (SELECT count(*) FROM comments c WHERE c.entry_id = e.id) "
            f"FROM entries e {where} ORDER BY e.created DESC, "
            "coalesce(e.scenario_title, e.title), e.id LIMIT ?", (*params, limit))
        return [EntryRow(*r) for r in rows]

    def count_entries(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def entry(self, entry_id: str) -> dict[str, Any]:
        """The entry as it was shared (checked on import), with its pseudonym; KeyError."""
        row = self.db.conn.execute("SELECT data, pseudonym FROM entries WHERE id = ?",
                                   (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        data = json.loads(row[0])
        data["pseudonym"] = row[1]
        return data

    def scenarios(self) -> list[tuple[str, str]]:
        """(scenario id, title) of the entries present, by title; ("", "") for eigene Fälle."""
        rows = self.db.conn.execute(
            "SELECT coalesce(scenario_id, ''), coalesce(max(scenario_title), '') FROM entries "
            "GROUP BY coalesce(scenario_id, '')")
        return sorted(((r[0], r[1]) for r in rows), key=lambda r: (r[0] != "", r[1].lower()))

    def pseudonyms(self) -> list[str]:
        """The pseudonyms present, alphabetically (for the filter; no counts per person)."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT pseudonym FROM entries ORDER BY pseudonym COLLATE NOCASE")]

    def delete_entry(self, entry_id: str) -> None:
        """Remove an entry with its comments; a file left without entries is forgotten too,
        so that importing it again brings the entry back."""
        with self._write() as conn:
            conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            conn.execute("DELETE FROM imports WHERE id NOT IN "
                         "(SELECT DISTINCT import_id FROM entries)")

    # -- comments --------------------------------------------------------------------------

    def add_comment(self, entry_id: str, text: str, stage: Stage | str | None = None) -> Comment:
        """A comment on the whole entry (stage None) or on one stage."""
        body = self._comment_text(text)
        key = Stage(str(stage)).value if stage else None
        if not self.db.conn.execute("SELECT 1 FROM entries WHERE id = ?",
                                    (entry_id,)).fetchone():
            raise WorkspaceError("Diesen Eintrag gibt es im Arbeitsbereich nicht mehr.")
        comment = Comment(uuid.uuid4().hex, entry_id, Stage(key) if key else None, body,
                          self.today().isoformat(), None)
        with self._write() as conn:
            conn.execute("INSERT INTO comments (id, entry_id, stage, text, written, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         (comment.id, entry_id, key, body, comment.written,
                          stamp(self._clock())))
        return comment

    def update_comment(self, comment_id: str, text: str) -> None:
        body = self._comment_text(text)
        with self._write() as conn:
            conn.execute("UPDATE comments SET text = ?, written = ?, updated_at = ?, "
                         "exported = NULL WHERE id = ?",
                         (body, self.today().isoformat(), stamp(self._clock()), comment_id))

    def delete_comment(self, comment_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM comments WHERE id = ?", (comment_id,))

    def comments_for(self, entry_id: str) -> list[Comment]:
        return [Comment(r[0], r[1], Stage(r[2]) if r[2] else None, r[3], r[4], r[5])
                for r in self.db.conn.execute(
                    "SELECT id, entry_id, stage, text, written, exported FROM comments "
                    "WHERE entry_id = ? ORDER BY rowid", (entry_id,))]

    @staticmethod
    def _comment_text(text: str) -> str:
        body = text.strip()
        if not body:
            raise WorkspaceError("Der Kommentar ist leer.")
        if len(body) > MAX_COMMENT:
            raise WorkspaceError(f"Ein Kommentar hat höchstens {MAX_COMMENT} Zeichen.")
        return body

    # -- feedback out ----------------------------------------------------------------------

    def sender(self) -> str:
        """How the supervisor signs feedback (remembered from the last export)."""
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = 'sender'").fetchone()
        return row[0] if row else ""

    def feedback(self, pseudonym: str, sender: str = "",
                 today: date | None = None) -> FeedbackBuild:
        """Every comment on this pseudonym's entries as one feedback package."""
        rows = self.db.conn.execute(
            "SELECT c.id, c.entry_id, c.stage, c.text, c.written FROM comments c "
            "JOIN entries e ON e.id = c.entry_id WHERE e.pseudonym = ? "
            "ORDER BY e.created, c.rowid", (pseudonym,)).fetchall()
        comments = [OutgoingComment(*r) for r in rows]
        return build_feedback(pseudonym, sender, comments, today or self.today())

    def export_feedback(self, pseudonym: str, folder: Path, sender: str = "",
                        today: date | None = None) -> Path:
        """Write the feedback file for one pseudonym into `folder`; returns its path."""
        build = self.feedback(pseudonym, sender, today)
        target = write_file(folder, build.file_name, build.data)
        ids = [c["id"] for c in build.document["comments"]]
        with self._write() as conn:
            conn.executemany("UPDATE comments SET exported = ? WHERE id = ?",
                             [(build.document["created"], i) for i in ids])
            conn.execute("INSERT INTO meta (key, value) VALUES ('sender', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (build.document["sender"],))
        return target

    # -- team ------------------------------------------------------------------------------

    def team_view(self) -> TeamView:
        """Team figures, each only over at least five pseudonyms (see team.py)."""
        return team_view(self.db.conn)


def import_into(database: Path, paths: Iterable[Path]) -> ImportReport:
    """Import with a connection of its own (for a worker thread); closes it afterwards."""
    with Workspace.open(database) as workspace:
        return workspace.import_paths(list(paths))
